//! Builders for articles and claims, and a `check` helper that renders claims compactly.

use chrono::NaiveDate;
use claimtrack_ledger::{ClaimQuery, ClaimRecord, Ledger};
use claimtrack_model::{
    Action, ArticleMeta, Attribution, Category, Claim, ClaimDetail, ClaimsDoc, Deadline, Exchange,
    ExchangeItem, ExchangeStatus, Interval, Span, Territorial, TerritorialStatus,
};

/// A fresh ledger in its own temporary folder (kept alive with it).
pub(crate) struct TempLedger {
    pub(crate) ledger: Ledger,
    pub(crate) dir: tempfile::TempDir,
}

pub(crate) fn ledger() -> TempLedger {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = Ledger::open(&dir.path().join("ledger.db")).expect("open ledger");
    TempLedger { ledger, dir }
}

pub(crate) fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

pub(crate) fn days(start: &str, end: &str) -> Interval {
    Interval {
        start: day(start),
        end: day(end),
        text: None,
    }
}

/// An article with its claims; the claims get ids `c0`, `c1`, ... and spans in order.
pub(crate) fn doc(
    id: &str,
    source: &str,
    published: Option<&str>,
    claims: Vec<Claim>,
) -> ClaimsDoc {
    let claims = claims
        .into_iter()
        .enumerate()
        .map(|(i, mut claim)| {
            claim.id = format!("c{i}");
            claim.span = Span::new(i * 100, i * 100 + claim.text.len());
            claim
        })
        .collect();
    ClaimsDoc::new(
        ArticleMeta {
            id: id.to_owned(),
            source: Some(source.to_owned()),
            title: Some(format!("{source} report")),
            url: Some(format!("https://news.invalid/{id}")),
            published: published.map(day),
            dateline: None,
            path: Some(format!("{id}.txt")),
        },
        claims,
    )
}

fn claim(text: &str, speaker: Option<&str>, actor: Option<&str>, detail: ClaimDetail) -> Claim {
    Claim {
        id: String::new(),
        text: text.to_owned(),
        span: Span::new(0, 0),
        attribution: Attribution {
            speaker: speaker.map(str::to_owned),
            actor: actor.map(str::to_owned),
            verb: speaker.map(|_| "said".to_owned()),
        },
        detail,
        explain: Vec::new(),
    }
}

/// A territorial claim: `place`, `action` by `actor`, claimed by `claimant` with `status`.
pub(crate) fn territorial(
    text: &str,
    place: &str,
    action: Action,
    actor: &str,
    claimant: Option<&str>,
    status: TerritorialStatus,
) -> Claim {
    claim(
        text,
        claimant.map(|c| {
            if c == "Russia" {
                "the Russian defence ministry"
            } else {
                c
            }
        }),
        claimant,
        ClaimDetail::Territorial(Territorial {
            place: place.to_owned(),
            place_type: Some(claimtrack_model::PlaceType::Village),
            region: None,
            country: None,
            action,
            verb: Some(action.as_str().to_owned()),
            actor: Some(actor.to_owned()),
            claimant: claimant.map(str::to_owned),
            announced: None,
            status,
        }),
    )
}

/// An exchange between `parties` of the given items, on `when` (if given).
pub(crate) fn exchange(
    text: &str,
    parties: &[&str],
    items: &[(Category, Option<u64>)],
    when: Option<&str>,
    status: ExchangeStatus,
) -> Claim {
    claim(
        text,
        None,
        None,
        ClaimDetail::Exchange(Exchange {
            items: items
                .iter()
                .map(|&(category, count)| ExchangeItem {
                    category,
                    count,
                    approx: None,
                    from: None,
                    to: None,
                })
                .collect(),
            parties: parties.iter().map(|p| (*p).to_owned()).collect(),
            mediator: None,
            when: when.map(|w| days(w, w)).into_iter().collect(),
            status,
        }),
    )
}

/// A deadline of `issuer` for `targets`, demanding `demand`, due in `due`.
pub(crate) fn deadline(
    text: &str,
    issuer: &str,
    targets: &[&str],
    demand: Option<&str>,
    expression: &str,
    due: Option<Interval>,
) -> Claim {
    claim(
        text,
        Some(issuer),
        Some(issuer),
        ClaimDetail::Deadline(Deadline {
            issuer: Some(issuer.to_owned()),
            targets: targets.iter().map(|t| (*t).to_owned()).collect(),
            demand: demand.map(str::to_owned),
            consequence: None,
            expression: expression.to_owned(),
            issued: None,
            due,
        }),
    )
}

/// One line per claim: kind, status, what it is about, and its counts.
pub(crate) fn render(records: &[ClaimRecord]) -> String {
    let mut out = String::new();
    for r in records {
        let about = match &r.detail {
            ClaimDetail::Territorial(t) => format!(
                "{} {} {}",
                t.place,
                t.action,
                t.actor.as_deref().unwrap_or("?")
            ),
            ClaimDetail::Exchange(x) => {
                let counts: Vec<String> = x
                    .items
                    .iter()
                    .map(|i| {
                        format!(
                            "{}:{}",
                            i.category,
                            i.count.map_or("?".into(), |c| c.to_string())
                        )
                    })
                    .collect();
                format!("{} {}", x.parties.join("+"), counts.join(","))
            }
            ClaimDetail::Deadline(d) => format!(
                "{}>{} due {}",
                d.issuer.as_deref().unwrap_or("?"),
                d.targets.join("+"),
                d.due
                    .as_ref()
                    .map_or("?".into(), |i| format!("{}..{}", i.start, i.end))
            ),
        };
        let mut line = format!(
            "{} {} | {} | sources={} denials={} confirmations={}",
            r.kind, r.status, about, r.sources, r.denials, r.confirmations
        );
        if r.supersedes.is_some() {
            line.push_str(" supersedes");
        }
        if r.superseded_by.is_some() {
            line.push_str(" superseded_by");
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Stores `docs` (one batch each) into a fresh ledger and compares its claims as of `as_of`
/// with `expected` (as [`render`] writes them, in any order, indentation ignored).
pub(crate) fn check(batches: &[Vec<ClaimsDoc>], as_of: Option<&str>, expected: &str) -> TempLedger {
    let t = ledger();
    for batch in batches {
        t.ledger.store(batch).expect("store");
    }
    check_ledger(&t.ledger, as_of, expected);
    t
}

pub(crate) fn check_ledger(ledger: &Ledger, as_of: Option<&str>, expected: &str) {
    let query = ClaimQuery {
        as_of: as_of.map(day),
        ..ClaimQuery::default()
    };
    let mut actual: Vec<String> = render(&ledger.claims(&query).expect("claims"))
        .lines()
        .map(str::to_owned)
        .collect();
    actual.sort();
    let mut expected: Vec<String> = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    expected.sort();
    assert_eq!(actual, expected, "claims as of {as_of:?}");
}
