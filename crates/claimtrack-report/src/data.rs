//! The [`Report`]: everything a report shows, read from the ledger as of a date, as plain data.
//!
//! Building reads the ledger through its query API (`Ledger::for_each_claim_with_evidence`: the
//! claims as of the date with their evidence, a page at a time) and then only sorts, groups and
//! sums. Every list is sorted on values, never left in database order, so equal ledgers give
//! equal reports.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use claimtrack_ledger::{ClaimQuery, ClaimRecord, Evidence, Ledger};
use claimtrack_model::{
    Action, Approx, Category, ClaimDetail, ClaimKind, Deadline, Exchange, Interval, PlaceType,
    Territorial,
};
use serde::Serialize;

use crate::{ReportOptions, Result};

/// The `schema` field of a JSON report.
pub const REPORT_SCHEMA: &str = "claimtrack/report/v1";

/// A whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Always [`REPORT_SCHEMA`].
    pub schema: String,
    pub as_of: NaiveDate,
    pub since: Option<NaiveDate>,
    pub kind: Option<ClaimKind>,
    pub summary: Summary,
    pub deadlines: Deadlines,
    /// Territorial claims grouped by country, then region.
    pub territorial: Vec<CountryGroup>,
    pub exchanges: Exchanges,
    /// Claims that some source denies or disputes, and exchanges whose sources give different
    /// counts.
    pub disputed: Vec<DisputedRow>,
    /// The outlets and articles the report's claims come from, with the quoted sentences.
    pub sources: Vec<Outlet>,
}

/// Counts over the whole report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub claims: usize,
    pub deadlines_open: usize,
    pub deadlines_expired: usize,
    pub deadlines_superseded: usize,
    pub territorial: usize,
    pub territorial_confirmed: usize,
    pub territorial_disputed: usize,
    pub exchanges: usize,
    pub exchanges_completed: usize,
    /// People (every category but bodies) released in completed exchanges, exact counts only.
    pub people_exchanged: u64,
    /// Bodies returned in completed exchanges, exact counts only.
    pub bodies_returned: u64,
    pub disputed: usize,
    pub outlets: usize,
    pub articles: usize,
    /// The first and last day any of the report's claims was reported.
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
}

/// Deadlines by state as of the report date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Deadlines {
    /// Still running, soonest due first.
    pub open: Vec<DeadlineRow>,
    /// Run out (due before the as-of date), most recent first.
    pub expired: Vec<DeadlineRow>,
    /// Replaced by a later deadline in the same thread.
    pub superseded: Vec<DeadlineRow>,
    /// Each thread of deadlines that superseded one another, oldest first.
    pub chains: Vec<DeadlineChain>,
}

/// One deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineRow {
    pub id: String,
    /// `open`, `expired` or `superseded` (as the ledger says).
    pub status: String,
    pub issuer: Option<String>,
    pub targets: Vec<String>,
    pub demand: Option<String>,
    pub consequence: Option<String>,
    /// The time limit as written: `within 50 days`.
    pub expression: String,
    pub issued: Option<Interval>,
    pub due: Option<Interval>,
    /// Days from the as-of date to the last possible due day, for open deadlines with a due date.
    pub days_left: Option<i64>,
    pub speaker: Option<String>,
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
    pub sources: usize,
    pub supersedes: Option<String>,
    pub superseded_by: Option<String>,
}

/// Deadlines that replaced one another, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineChain {
    pub issuer: Option<String>,
    /// Claim ids, oldest first; the last one is the deadline that stands.
    pub ids: Vec<String>,
    /// The due day (last possible) of each, in the same order.
    pub due: Vec<Option<NaiveDate>>,
}

/// Territorial claims in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryGroup {
    /// `None` when no source names the country.
    pub country: Option<String>,
    pub regions: Vec<RegionGroup>,
}

/// Territorial claims in one region, earliest reported first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionGroup {
    /// `None` when no source names the region.
    pub region: Option<String>,
    pub claims: Vec<TerritorialRow>,
}

/// One territorial claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TerritorialRow {
    pub id: String,
    pub place: String,
    pub place_type: Option<PlaceType>,
    pub action: Action,
    pub verb: Option<String>,
    pub actor: Option<String>,
    pub claimant: Option<String>,
    /// `claimed`, `confirmed`, `denied` or `disputed` (derived by the ledger from every source).
    pub status: String,
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
    pub sources: usize,
    pub denials: usize,
    pub confirmations: usize,
}

/// Exchanges with their totals.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Exchanges {
    /// Earliest first; undated ones last.
    pub rows: Vec<ExchangeRow>,
    /// Per releasing side, over completed exchanges.
    pub totals_by_side: Vec<SideTotal>,
    /// Per calendar month, over completed exchanges with a date.
    pub by_month: Vec<MonthTotal>,
}

/// One exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExchangeRow {
    pub id: String,
    /// The first day of the exchange as reported, else the day it was first reported.
    pub date: Option<NaiveDate>,
    /// `completed`, `agreed`, `proposed` or `demanded`.
    pub status: String,
    pub categories: Vec<Category>,
    pub items: Vec<ItemRow>,
    /// Per releasing side (`None`: the sources do not say who released them).
    pub sides: Vec<SideCount>,
    /// The sum of exact counts, when every item has one.
    pub total: Option<u64>,
    pub parties: Vec<String>,
    pub mediator: Option<String>,
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
    pub sources: usize,
    /// What each source reported, when sources differ on the counts.
    pub reported_counts: Vec<SourceCount>,
}

/// One group of people or remains in an exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRow {
    pub category: Category,
    pub count: Option<u64>,
    pub approx: Option<Approx>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What one side released in one exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideCount {
    pub side: Option<String>,
    pub people: u64,
    pub bodies: u64,
    /// The largest order of magnitude given without an exact count, if any.
    pub approx: Option<Approx>,
}

/// The counts one source gave for an exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceCount {
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub total: Option<u64>,
    pub items: Vec<ItemRow>,
}

/// What one side released over all completed exchanges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideTotal {
    pub side: Option<String>,
    pub exchanges: usize,
    pub people: u64,
    pub bodies: u64,
}

/// Completed exchanges in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthTotal {
    /// `YYYY-MM`.
    pub month: String,
    pub exchanges: usize,
    pub people: u64,
    pub bodies: u64,
}

/// A claim that sources disagree on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisputedRow {
    pub id: String,
    pub kind: ClaimKind,
    pub status: String,
    /// One line saying what is claimed: `Russia captured Varachyne (Sumy, Ukraine)`.
    pub headline: String,
    /// Why it is listed: `denied by 1 source`, `sources give different counts`.
    pub reason: String,
    pub sources: usize,
    pub denials: usize,
    pub confirmations: usize,
    /// What each source said, earliest first.
    pub statements: Vec<Statement>,
}

/// What one source said about a disputed claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub speaker: Option<String>,
    /// The source's own stance: a territorial status (`claimed`, `denied` ...) or the count it
    /// gave for an exchange.
    pub stance: String,
    pub quote: String,
}

/// One outlet and the articles from it that the report cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outlet {
    /// `None` for articles whose outlet is unknown.
    pub name: Option<String>,
    pub articles: Vec<ArticleRef>,
}

/// One cited article, earliest first within its outlet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleRef {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub quotes: Vec<Quote>,
}

/// A sentence of an article that is evidence for a claim in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub claim_id: String,
    pub kind: ClaimKind,
    pub speaker: Option<String>,
    pub text: String,
}

impl Report {
    /// Reads the claims visible as of `options.as_of` (and their evidence) from `ledger`.
    pub fn build(ledger: &Ledger, options: &ReportOptions) -> Result<Report> {
        let query = ClaimQuery {
            as_of: Some(options.as_of),
            since: options.since,
            kind: options.kind,
            ..ClaimQuery::default()
        };
        let mut claims = Vec::new();
        // One walk reads every claim with its evidence, a page at a time, rather than one
        // `Ledger::claim` per claim.
        ledger.for_each_claim_with_evidence(&query, |record, evidence| {
            claims.push(ReportClaim { record, evidence });
            Ok(())
        })?;
        Ok(Report::from_claims(options, claims))
    }

    /// Assembles a report from claims already read, each with its evidence.
    fn from_claims(options: &ReportOptions, mut claims: Vec<ReportClaim>) -> Report {
        claims.sort_by(|a, b| a.record.id.cmp(&b.record.id));
        for claim in &mut claims {
            claim.evidence.sort_by(|a, b| {
                (a.published, &a.article_id, a.span).cmp(&(b.published, &b.article_id, b.span))
            });
        }
        let deadlines = deadlines(options.as_of, &claims);
        let territorial = territorial(&claims);
        let exchanges = exchanges(&claims);
        let disputed = disputed(&claims, &exchanges);
        let sources = sources(&claims);
        let summary = summary(
            &claims,
            &deadlines,
            &territorial,
            &exchanges,
            &disputed,
            &sources,
        );
        Report {
            schema: REPORT_SCHEMA.to_owned(),
            as_of: options.as_of,
            since: options.since,
            kind: options.kind,
            summary,
            deadlines,
            territorial,
            exchanges,
            disputed,
            sources,
        }
    }
}

/// A claim as of the report date with the evidence that backs it.
struct ReportClaim {
    record: ClaimRecord,
    evidence: Vec<Evidence>,
}

fn summary(
    claims: &[ReportClaim],
    deadlines: &Deadlines,
    territorial: &[CountryGroup],
    exchanges: &Exchanges,
    disputed: &[DisputedRow],
    sources: &[Outlet],
) -> Summary {
    let rows = territorial
        .iter()
        .flat_map(|country| &country.regions)
        .flat_map(|region| &region.claims);
    let (mut territorial_all, mut confirmed, mut contested) = (0, 0, 0);
    for row in rows {
        territorial_all += 1;
        confirmed += usize::from(row.status == "confirmed");
        contested += usize::from(matches!(row.status.as_str(), "disputed" | "denied"));
    }
    let completed = exchanges
        .rows
        .iter()
        .filter(|row| row.status == "completed")
        .count();
    Summary {
        claims: claims.len(),
        deadlines_open: deadlines.open.len(),
        deadlines_expired: deadlines.expired.len(),
        deadlines_superseded: deadlines.superseded.len(),
        territorial: territorial_all,
        territorial_confirmed: confirmed,
        territorial_disputed: contested,
        exchanges: exchanges.rows.len(),
        exchanges_completed: completed,
        people_exchanged: exchanges.totals_by_side.iter().map(|t| t.people).sum(),
        bodies_returned: exchanges.totals_by_side.iter().map(|t| t.bodies).sum(),
        disputed: disputed.len(),
        outlets: sources.len(),
        articles: sources.iter().map(|outlet| outlet.articles.len()).sum(),
        first_reported: claims.iter().filter_map(|c| c.record.first_reported).min(),
        last_reported: claims.iter().filter_map(|c| c.record.last_reported).max(),
    }
}

fn deadlines(as_of: NaiveDate, claims: &[ReportClaim]) -> Deadlines {
    let mut rows: Vec<DeadlineRow> = claims
        .iter()
        .filter_map(|claim| match &claim.record.detail {
            ClaimDetail::Deadline(detail) => Some(deadline_row(as_of, &claim.record, detail)),
            _ => None,
        })
        .collect();
    let chains = chains(&rows);
    let mut out = Deadlines {
        chains,
        ..Deadlines::default()
    };
    rows.sort_by(|a, b| {
        (due_day(a), issued_day(a), &a.id).cmp(&(due_day(b), issued_day(b), &b.id))
    });
    for row in rows {
        match row.status.as_str() {
            "expired" => out.expired.push(row),
            "superseded" => out.superseded.push(row),
            // The ledger's other state is `open`; anything it may add later is shown as standing
            // rather than hidden.
            _ => out.open.push(row),
        }
    }
    out.expired.reverse();
    out
}

fn deadline_row(as_of: NaiveDate, record: &ClaimRecord, detail: &Deadline) -> DeadlineRow {
    let open = record.status == "open";
    DeadlineRow {
        id: record.id.clone(),
        status: record.status.clone(),
        issuer: detail.issuer.clone(),
        targets: detail.targets.clone(),
        demand: detail.demand.clone(),
        consequence: detail.consequence.clone(),
        expression: detail.expression.clone(),
        issued: detail.issued.clone(),
        due: detail.due.clone(),
        days_left: detail
            .due
            .as_ref()
            .filter(|_| open)
            .map(|due| (due.end - as_of).num_days()),
        speaker: record.attribution.speaker.clone(),
        first_reported: record.first_reported,
        last_reported: record.last_reported,
        sources: record.sources,
        supersedes: record.supersedes.clone(),
        superseded_by: record.superseded_by.clone(),
    }
}

/// Sort key: the last possible due day, undated deadlines last.
fn due_day(row: &DeadlineRow) -> (bool, Option<NaiveDate>) {
    let day = row.due.as_ref().map(|due| due.end);
    (day.is_none(), day)
}

fn issued_day(row: &DeadlineRow) -> Option<NaiveDate> {
    row.issued.as_ref().map(|i| i.start).or(row.first_reported)
}

/// Follows `superseded_by` links from each deadline that starts a thread. Links to deadlines
/// outside the report (filtered out by `since`) end a chain; a cycle, which the ledger should
/// never produce, ends it too.
fn chains(rows: &[DeadlineRow]) -> Vec<DeadlineChain> {
    let by_id: HashMap<&str, &DeadlineRow> = rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut chains = Vec::new();
    let starts = rows.iter().filter(|row| {
        row.superseded_by.is_some()
            && row
                .supersedes
                .as_deref()
                .is_none_or(|prev| !by_id.contains_key(prev))
    });
    for start in starts {
        let mut seen = BTreeSet::new();
        let mut chain = DeadlineChain {
            issuer: start.issuer.clone(),
            ids: Vec::new(),
            due: Vec::new(),
        };
        let mut next = Some(start);
        while let Some(row) = next {
            if !seen.insert(row.id.as_str()) {
                break;
            }
            chain.ids.push(row.id.clone());
            chain.due.push(row.due.as_ref().map(|due| due.end));
            next = row
                .superseded_by
                .as_deref()
                .and_then(|id| by_id.get(id).copied());
        }
        if chain.ids.len() > 1 {
            chains.push(chain);
        }
    }
    chains.sort_by(|a, b| a.ids.cmp(&b.ids));
    chains
}

fn territorial(claims: &[ReportClaim]) -> Vec<CountryGroup> {
    type Key = (Option<String>, Option<String>);
    let mut groups: BTreeMap<(bool, Key), Vec<TerritorialRow>> = BTreeMap::new();
    for claim in claims {
        let ClaimDetail::Territorial(detail) = &claim.record.detail else {
            continue;
        };
        // Unknown countries and regions sort after the named ones.
        let key = (
            detail.country.is_none(),
            (detail.country.clone(), detail.region.clone()),
        );
        groups
            .entry(key)
            .or_default()
            .push(territorial_row(&claim.record, detail));
    }
    let mut countries: Vec<CountryGroup> = Vec::new();
    for ((_, (country, region)), mut rows) in groups {
        rows.sort_by(|a, b| {
            (a.first_reported, &a.place, &a.id).cmp(&(b.first_reported, &b.place, &b.id))
        });
        let group = RegionGroup {
            region,
            claims: rows,
        };
        match countries.last_mut() {
            Some(last) if last.country == country => last.regions.push(group),
            _ => countries.push(CountryGroup {
                country,
                regions: vec![group],
            }),
        }
    }
    for country in &mut countries {
        // Named regions first, then claims whose region no source gives.
        country
            .regions
            .sort_by(|a, b| (a.region.is_none(), &a.region).cmp(&(b.region.is_none(), &b.region)));
    }
    countries
}

fn territorial_row(record: &ClaimRecord, detail: &Territorial) -> TerritorialRow {
    TerritorialRow {
        id: record.id.clone(),
        place: detail.place.clone(),
        place_type: detail.place_type,
        action: detail.action,
        verb: detail.verb.clone(),
        actor: detail.actor.clone(),
        claimant: detail.claimant.clone(),
        status: record.status.clone(),
        first_reported: record.first_reported,
        last_reported: record.last_reported,
        sources: record.sources,
        denials: record.denials,
        confirmations: record.confirmations,
    }
}

fn exchanges(claims: &[ReportClaim]) -> Exchanges {
    let mut rows: Vec<ExchangeRow> = claims
        .iter()
        .filter_map(|claim| match &claim.record.detail {
            ClaimDetail::Exchange(detail) => Some(exchange_row(claim, detail)),
            _ => None,
        })
        .collect();
    rows.sort_by(|a, b| (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id)));
    let mut by_side: BTreeMap<(bool, Option<String>), SideTotal> = BTreeMap::new();
    let mut by_month: BTreeMap<(i32, u32), MonthTotal> = BTreeMap::new();
    for row in rows.iter().filter(|row| row.status == "completed") {
        for side in &row.sides {
            let total = by_side
                .entry((side.side.is_none(), side.side.clone()))
                .or_insert_with(|| SideTotal {
                    side: side.side.clone(),
                    exchanges: 0,
                    people: 0,
                    bodies: 0,
                });
            total.exchanges += 1;
            total.people += side.people;
            total.bodies += side.bodies;
        }
        if let Some(date) = row.date {
            let month = by_month
                .entry((date.year(), date.month()))
                .or_insert_with(|| MonthTotal {
                    month: format!("{:04}-{:02}", date.year(), date.month()),
                    exchanges: 0,
                    people: 0,
                    bodies: 0,
                });
            month.exchanges += 1;
            month.people += row.sides.iter().map(|s| s.people).sum::<u64>();
            month.bodies += row.sides.iter().map(|s| s.bodies).sum::<u64>();
        }
    }
    Exchanges {
        rows,
        totals_by_side: by_side.into_values().collect(),
        by_month: by_month.into_values().collect(),
    }
}

fn exchange_row(claim: &ReportClaim, detail: &Exchange) -> ExchangeRow {
    let record = &claim.record;
    let items = item_rows(detail);
    let mut reported: Vec<SourceCount> = claim
        .evidence
        .iter()
        .filter_map(|evidence| match &evidence.detail {
            ClaimDetail::Exchange(said) => {
                let items = item_rows(said);
                Some(SourceCount {
                    article_id: evidence.article_id.clone(),
                    source: evidence.source.clone(),
                    published: evidence.published,
                    total: total(&items),
                    items,
                })
            }
            _ => None,
        })
        .collect();
    // What each source counted, as a comparable value: the rows are kept only when two differ.
    type Counted = Vec<(Category, Option<u64>, Option<Approx>)>;
    let counts: BTreeSet<Counted> = reported
        .iter()
        .map(|source| {
            let mut key: Vec<_> = source
                .items
                .iter()
                .map(|item| (item.category, item.count, item.approx))
                .collect();
            key.sort();
            key
        })
        .collect();
    if counts.len() < 2 {
        reported.clear();
    }
    let mut categories: Vec<Category> = items.iter().map(|item| item.category).collect();
    categories.sort();
    categories.dedup();
    ExchangeRow {
        id: record.id.clone(),
        date: detail
            .when
            .iter()
            .map(|when| when.start)
            .min()
            .or(record.first_reported),
        status: record.status.clone(),
        categories,
        sides: sides(&items),
        total: total(&items),
        items,
        parties: detail.parties.clone(),
        mediator: detail.mediator.clone(),
        first_reported: record.first_reported,
        last_reported: record.last_reported,
        sources: record.sources,
        reported_counts: reported,
    }
}

fn item_rows(detail: &Exchange) -> Vec<ItemRow> {
    detail
        .items
        .iter()
        .map(|item| ItemRow {
            category: item.category,
            count: item.count,
            approx: item.approx,
            from: item.from.clone(),
            to: item.to.clone(),
        })
        .collect()
}

fn total(items: &[ItemRow]) -> Option<u64> {
    items
        .iter()
        .map(|item| item.count)
        .try_fold(0u64, |sum, count| Some(sum.saturating_add(count?)))
        .filter(|_| !items.is_empty())
}

fn sides(items: &[ItemRow]) -> Vec<SideCount> {
    let mut sides: BTreeMap<(bool, Option<String>), SideCount> = BTreeMap::new();
    for item in items {
        let side = sides
            .entry((item.from.is_none(), item.from.clone()))
            .or_insert_with(|| SideCount {
                side: item.from.clone(),
                people: 0,
                bodies: 0,
                approx: None,
            });
        let count = item.count.unwrap_or(0);
        if item.category == Category::Bodies {
            side.bodies = side.bodies.saturating_add(count);
        } else {
            side.people = side.people.saturating_add(count);
        }
        if item.count.is_none() {
            side.approx = side.approx.max(item.approx);
        }
    }
    sides.into_values().collect()
}

fn disputed(claims: &[ReportClaim], exchanges: &Exchanges) -> Vec<DisputedRow> {
    let differing: HashMap<&str, &ExchangeRow> = exchanges
        .rows
        .iter()
        .filter(|row| !row.reported_counts.is_empty())
        .map(|row| (row.id.as_str(), row))
        .collect();
    let mut out = Vec::new();
    for claim in claims {
        let record = &claim.record;
        let contested =
            matches!(record.status.as_str(), "disputed" | "denied") || record.denials > 0;
        let counts_differ = differing.contains_key(record.id.as_str());
        if !contested && !counts_differ {
            continue;
        }
        let reason = if contested {
            match record.denials {
                0 => format!("status {}", record.status),
                1 => "denied by 1 source".to_owned(),
                n => format!("denied by {n} sources"),
            }
        } else {
            "sources give different counts".to_owned()
        };
        out.push(DisputedRow {
            id: record.id.clone(),
            kind: record.kind,
            status: record.status.clone(),
            headline: headline(&record.detail),
            reason,
            sources: record.sources,
            denials: record.denials,
            confirmations: record.confirmations,
            statements: claim.evidence.iter().map(statement).collect(),
        });
    }
    out.sort_by(|a, b| (a.kind, &a.headline, &a.id).cmp(&(b.kind, &b.headline, &b.id)));
    out
}

fn statement(evidence: &Evidence) -> Statement {
    let stance = match &evidence.detail {
        ClaimDetail::Territorial(said) => said.status.as_str().to_owned(),
        ClaimDetail::Exchange(said) => {
            let items = item_rows(said);
            match total(&items) {
                Some(total) => format!("{} ({total})", said.status),
                None => said.status.as_str().to_owned(),
            }
        }
        ClaimDetail::Deadline(said) => said.expression.clone(),
    };
    Statement {
        article_id: evidence.article_id.clone(),
        source: evidence.source.clone(),
        published: evidence.published,
        url: evidence.url.clone(),
        speaker: evidence.attribution.speaker.clone(),
        stance,
        quote: evidence.text.clone(),
    }
}

/// One line saying what a claim claims, for lists that mix kinds.
pub(crate) fn headline(detail: &ClaimDetail) -> String {
    match detail {
        ClaimDetail::Territorial(t) => {
            let who = t.actor.as_deref().unwrap_or("Someone");
            let mut line = format!("{who} {} {}", action_phrase(t.action), t.place);
            let wider: Vec<&str> = [t.region.as_deref(), t.country.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if !wider.is_empty() {
                line.push_str(&format!(" ({})", wider.join(", ")));
            }
            line
        }
        ClaimDetail::Exchange(e) => {
            let parties = if e.parties.is_empty() {
                "Unnamed parties".to_owned()
            } else {
                e.parties.join(" and ")
            };
            let categories: BTreeSet<&str> =
                e.items.iter().map(|i| category_label(i.category)).collect();
            let what: Vec<&str> = categories.into_iter().collect();
            format!("{parties}: exchange of {}", what.join(", "))
        }
        ClaimDetail::Deadline(d) => {
            let issuer = d.issuer.as_deref().unwrap_or("Someone");
            format!("{issuer}: deadline {}", d.expression)
        }
    }
}

/// The action as a verb phrase: `captured`, `made a buffer zone in`.
pub(crate) const fn action_phrase(action: Action) -> &'static str {
    match action {
        Action::Captured => "captured",
        Action::Withdrew => "withdrew from",
        Action::Encircled => "encircled",
        Action::Entered => "entered",
        Action::Held => "held",
        Action::BufferZone => "made a buffer zone in",
        Action::Other => "acted in",
    }
}

/// A category for people: `prisoners of war`.
pub(crate) const fn category_label(category: Category) -> &'static str {
    match category {
        Category::PrisonersOfWar => "prisoners of war",
        Category::Civilians => "civilians",
        Category::Children => "children",
        Category::Hostages => "hostages",
        Category::Prisoners => "prisoners",
        Category::Bodies => "bodies",
        Category::Other => "other",
    }
}

fn sources(claims: &[ReportClaim]) -> Vec<Outlet> {
    struct Article {
        title: Option<String>,
        url: Option<String>,
        published: Option<NaiveDate>,
        quotes: BTreeMap<(usize, String), Quote>,
    }
    let mut outlets: BTreeMap<(bool, Option<String>), BTreeMap<String, Article>> = BTreeMap::new();
    for claim in claims {
        for evidence in &claim.evidence {
            let article = outlets
                .entry((evidence.source.is_none(), evidence.source.clone()))
                .or_default()
                .entry(evidence.article_id.clone())
                .or_insert_with(|| Article {
                    title: evidence.title.clone(),
                    url: evidence.url.clone(),
                    published: evidence.published,
                    quotes: BTreeMap::new(),
                });
            article
                .quotes
                .entry((evidence.span.start, claim.record.id.clone()))
                .or_insert_with(|| Quote {
                    claim_id: claim.record.id.clone(),
                    kind: claim.record.kind,
                    speaker: evidence.attribution.speaker.clone(),
                    text: evidence.text.clone(),
                });
        }
    }
    outlets
        .into_iter()
        .map(|((_, name), articles)| {
            let mut articles: Vec<ArticleRef> = articles
                .into_iter()
                .map(|(id, article)| ArticleRef {
                    id,
                    title: article.title,
                    url: article.url,
                    published: article.published,
                    quotes: article.quotes.into_values().collect(),
                })
                .collect();
            articles.sort_by(|a, b| (a.published, &a.id).cmp(&(b.published, &b.id)));
            Outlet { name, articles }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, supersedes: Option<&str>, superseded_by: Option<&str>) -> DeadlineRow {
        DeadlineRow {
            id: id.to_owned(),
            status: "superseded".to_owned(),
            issuer: Some("Issuer".to_owned()),
            targets: Vec::new(),
            demand: None,
            consequence: None,
            expression: "within 10 days".to_owned(),
            issued: None,
            due: None,
            days_left: None,
            speaker: None,
            first_reported: None,
            last_reported: None,
            sources: 1,
            supersedes: supersedes.map(str::to_owned),
            superseded_by: superseded_by.map(str::to_owned),
        }
    }

    #[test]
    fn chains_follow_links_in_order() {
        let rows = [
            row("c", Some("b"), None),
            row("a", None, Some("b")),
            row("b", Some("a"), Some("c")),
        ];
        let chains = chains(&rows);
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].ids, ["a", "b", "c"]);
    }

    #[test]
    fn chains_end_at_missing_links_and_cycles() {
        // `z` is outside the report (filtered out by `since`); `p` and `q` point at each other,
        // which the ledger never produces but must not loop forever.
        let rows = [
            row("y", Some("z"), Some("x")),
            row("x", Some("y"), None),
            row("p", Some("q"), Some("q")),
            row("q", Some("p"), Some("p")),
        ];
        let chains = chains(&rows);
        assert_eq!(chains.len(), 1);
        assert_eq!(chains[0].ids, ["y", "x"]);
    }
}
