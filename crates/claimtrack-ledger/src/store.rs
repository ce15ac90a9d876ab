//! The write path: articles with their claims, merged into the ledger in one transaction.
//!
//! A batch is written in three steps, so that the cost per claim is a few rows rather than a few
//! round trips: (1) read which articles exist and every stored claim that shares a merge key with
//! a claim of the batch; (2) decide every merge in memory with the rules of `merge`, keeping the
//! candidates up to date as the batch adds claims; (3) write the new rows with multi-row inserts.
//! The caller's `BEGIN IMMEDIATE` transaction holds the write lock throughout, so what step 1
//! read cannot change before step 3 writes (and the claim numbers taken in step 2 stay free).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use claimtrack_model::{
    Claim, ClaimDetail, ClaimKind, ClaimsDoc, Deadline, Exchange, Interval, Territorial,
};
use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};

use crate::merge::{
    self, DeadlineCandidate, DeadlineMatch, DueChange, ExchangeCandidate, Role,
    TerritorialCandidate,
};
use crate::{EventKind, StoreSummary, key};

/// A failure inside the transaction, before the path and context are attached.
pub(crate) enum StoreError {
    Sql(&'static str, sqlx::Error),
    Encode(serde_json::Error),
    Corrupt(String),
}

type StoreResult<T> = Result<T, StoreError>;

trait Context<T> {
    fn ctx(self, context: &'static str) -> StoreResult<T>;
}

impl<T> Context<T> for Result<T, sqlx::Error> {
    fn ctx(self, context: &'static str) -> StoreResult<T> {
        self.map_err(|e| StoreError::Sql(context, e))
    }
}

pub(crate) fn day_text(day: Option<NaiveDate>) -> Option<String> {
    day.map(|d| d.format("%Y-%m-%d").to_string())
}

pub(crate) fn parse_day(text: Option<&str>) -> Result<Option<NaiveDate>, String> {
    text.map(|t| {
        NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| format!("date `{t}` is not ISO"))
    })
    .transpose()
}

/// How many keys or rows go into one statement: well under SQLite's limit of 32,766 bound
/// parameters for the widest row (evidence, 13 columns).
const CHUNK: usize = 1_000;

/// A claim as the batch knows it: stored before, or new in this batch.
#[derive(Debug, Clone)]
struct Known {
    seq: i64,
    id: String,
    kind: ClaimKind,
    merge_key: String,
    action: Option<String>,
    actor: Option<String>,
    categories: Option<String>,
    status_class: Option<String>,
    when: Option<(NaiveDate, NaiveDate)>,
    thread: Option<String>,
    due: Option<(NaiveDate, NaiveDate)>,
    demand: Option<String>,
    first_published: Option<NaiveDate>,
    /// Whether some evidence asserts it (support or confirm), for telling a denial of an
    /// asserted claim (`disputed`) from a bare denial (`denied`).
    asserted: bool,
    /// Whether this batch created it (its row is still to be written).
    new: bool,
    /// Whether `first_published` moved earlier and the stored row needs an update.
    moved: bool,
}

struct EvidenceRow {
    claim_seq: i64,
    article_id: String,
    extract_id: String,
    published: Option<String>,
    role: Role,
    text: String,
    span: (i64, i64),
    speaker: Option<String>,
    actor: Option<String>,
    verb: Option<String>,
    detail: String,
}

struct EventRow {
    claim_seq: i64,
    event: EventKind,
    on: Option<String>,
    article_id: String,
    note: Option<String>,
}

/// The batch's view of the ledger and the rows it will write.
#[derive(Default)]
struct Batch {
    claims: Vec<Known>,
    /// Claims by `(kind, merge key)`, as indexes into `claims`.
    by_key: HashMap<(ClaimKind, String), Vec<usize>>,
    by_seq: HashMap<i64, usize>,
    next_seq: i64,
    evidence: Vec<EvidenceRow>,
    events: Vec<EventRow>,
}

/// The `(kind, merge key)` a claim is looked up by, or `None` when it never merges.
fn lookup_key(detail: &ClaimDetail) -> Option<(ClaimKind, String)> {
    let key = match detail {
        ClaimDetail::Territorial(t) => key::text_key(&t.place),
        ClaimDetail::Exchange(x) => key::set_key(x.parties.iter().map(String::as_str)),
        ClaimDetail::Deadline(d) => deadline_key(d)?,
    };
    (!key.is_empty()).then(|| (detail.kind(), key))
}

/// The merge key of a deadline: issuer and targets, or `None` when either is unknown (such a
/// deadline never merges).
fn deadline_key(d: &Deadline) -> Option<String> {
    let issuer = key::actor_key(d.issuer.as_deref());
    let targets = key::set_key(d.targets.iter().map(String::as_str));
    (!issuer.is_empty() && !targets.is_empty()).then(|| format!("{issuer}>{targets}"))
}

/// Stores the documents in order inside the caller's transaction.
pub(crate) async fn store_docs(
    conn: &mut SqliteConnection,
    docs: &[&ClaimsDoc],
    ingested_at: &str,
) -> StoreResult<StoreSummary> {
    let mut summary = StoreSummary::default();
    for kind in ClaimKind::ALL {
        summary.by_kind.insert(kind, (0, 0));
    }

    // Step 1: which articles are new, and the stored claims the new ones may merge into.
    let ids: Vec<&str> = docs.iter().map(|d| d.article.id.as_str()).collect();
    let stored = existing_articles(conn, &ids).await?;
    let mut seen: HashSet<&str> = HashSet::new();
    let mut fresh: Vec<&ClaimsDoc> = Vec::with_capacity(docs.len());
    for doc in docs {
        let id = doc.article.id.as_str();
        if stored.contains(id) || !seen.insert(id) {
            summary.articles_duplicate += 1;
        } else {
            fresh.push(doc);
        }
    }
    let mut keys: HashMap<ClaimKind, HashSet<String>> = HashMap::new();
    for doc in &fresh {
        for claim in &doc.claims {
            if let Some((kind, key)) = lookup_key(&claim.detail) {
                keys.entry(kind).or_default().insert(key);
            }
        }
    }
    let mut batch = Batch {
        next_seq: sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(seq) FROM claims")
            .fetch_one(&mut *conn)
            .await
            .ctx("numbering claims")?
            .unwrap_or(0)
            + 1,
        ..Batch::default()
    };
    for (kind, keys) in &keys {
        let keys: Vec<&String> = keys.iter().collect();
        for chunk in keys.chunks(CHUNK) {
            load_candidates(conn, *kind, chunk, &mut batch).await?;
        }
    }

    // Step 2: every merge, in memory.
    for doc in &fresh {
        summary.articles_new += 1;
        for (index, claim) in doc.claims.iter().enumerate() {
            let merged = batch.place(doc, index, claim)?;
            let entry = summary.by_kind.entry(claim.kind()).or_insert((0, 0));
            if merged {
                summary.claims_merged += 1;
                entry.1 += 1;
            } else {
                summary.claims_new += 1;
                entry.0 += 1;
            }
        }
    }

    // Step 3: the rows, parents before children for the foreign keys.
    write_articles(conn, &fresh, ingested_at).await?;
    batch.write(conn).await?;
    Ok(summary)
}

async fn existing_articles(
    conn: &mut SqliteConnection,
    ids: &[&str],
) -> StoreResult<HashSet<String>> {
    let mut found = HashSet::new();
    for chunk in ids.chunks(CHUNK) {
        let mut q = QueryBuilder::<Sqlite>::new("SELECT id FROM articles WHERE id IN (");
        let mut list = q.separated(", ");
        for id in chunk {
            list.push_bind(*id);
        }
        q.push(")");
        for row in q
            .build()
            .fetch_all(&mut *conn)
            .await
            .ctx("looking up articles")?
        {
            found.insert(row.try_get::<String, _>("id").ctx("reading an article")?);
        }
    }
    Ok(found)
}

fn corrupt(e: String) -> StoreError {
    StoreError::Corrupt(e)
}

fn get_days(
    row: &sqlx::sqlite::SqliteRow,
    start: &str,
    end: &str,
) -> StoreResult<Option<(NaiveDate, NaiveDate)>> {
    let s: Option<String> = row.try_get(start).ctx("reading a claim")?;
    let e: Option<String> = row.try_get(end).ctx("reading a claim")?;
    Ok(
        match (
            parse_day(s.as_deref()).map_err(corrupt)?,
            parse_day(e.as_deref()).map_err(corrupt)?,
        ) {
            (Some(s), Some(e)) => Some((s, e)),
            _ => None,
        },
    )
}

async fn load_candidates(
    conn: &mut SqliteConnection,
    kind: ClaimKind,
    keys: &[&String],
    batch: &mut Batch,
) -> StoreResult<()> {
    let mut q = QueryBuilder::<Sqlite>::new(
        "SELECT c.seq, c.id, c.merge_key, c.action, c.actor, c.categories, c.status_class, \
         c.when_start, c.when_end, c.thread, c.due_start, c.due_end, c.demand, \
         c.first_published, EXISTS (SELECT 1 FROM evidence e WHERE e.claim_seq = c.seq \
         AND e.role IN ('support', 'confirm')) AS asserted \
         FROM claims c WHERE c.kind = ",
    );
    q.push_bind(kind.as_str());
    q.push(" AND c.merge_key IN (");
    let mut list = q.separated(", ");
    for key in keys {
        list.push_bind(key.as_str());
    }
    q.push(") ORDER BY c.seq");
    let rows = q
        .build()
        .fetch_all(&mut *conn)
        .await
        .ctx("looking up claims")?;
    for row in rows {
        let first: Option<String> = row.try_get("first_published").ctx("reading a claim")?;
        let known = Known {
            seq: row.try_get("seq").ctx("reading a claim")?,
            id: row.try_get("id").ctx("reading a claim")?,
            kind,
            merge_key: row.try_get("merge_key").ctx("reading a claim")?,
            action: row.try_get("action").ctx("reading a claim")?,
            actor: row.try_get("actor").ctx("reading a claim")?,
            categories: row.try_get("categories").ctx("reading a claim")?,
            status_class: row.try_get("status_class").ctx("reading a claim")?,
            when: get_days(&row, "when_start", "when_end")?,
            thread: row.try_get("thread").ctx("reading a claim")?,
            due: get_days(&row, "due_start", "due_end")?,
            demand: row.try_get("demand").ctx("reading a claim")?,
            first_published: parse_day(first.as_deref()).map_err(corrupt)?,
            asserted: row.try_get::<bool, _>("asserted").ctx("reading a claim")?,
            new: false,
            moved: false,
        };
        batch.add(known);
    }
    Ok(())
}

/// Where one report goes, decided from the candidates.
struct Placement {
    /// The claim it joins (an index into `Batch::claims`), or `None` for a new claim.
    existing: Option<usize>,
    role: Role,
    /// For a new deadline: its thread, and the claim it supersedes with the change.
    thread: Option<String>,
    supersedes: Option<(i64, String, DueChange)>,
}

fn new_placement(role: Role) -> Placement {
    Placement {
        existing: None,
        role,
        thread: None,
        supersedes: None,
    }
}

fn interval_text(i: &Interval) -> String {
    if i.start == i.end {
        i.start.to_string()
    } else {
        format!("{}..{}", i.start, i.end)
    }
}

impl Batch {
    fn add(&mut self, known: Known) {
        let index = self.claims.len();
        self.by_key
            .entry((known.kind, known.merge_key.clone()))
            .or_default()
            .push(index);
        self.by_seq.insert(known.seq, index);
        self.claims.push(known);
    }

    fn candidates(&self, key: &Option<(ClaimKind, String)>) -> impl Iterator<Item = usize> + '_ {
        key.as_ref()
            .and_then(|k| self.by_key.get(k))
            .into_iter()
            .flatten()
            .copied()
    }

    fn place_territorial(
        &self,
        key: &Option<(ClaimKind, String)>,
        claim: &Claim,
        t: &Territorial,
    ) -> Placement {
        let role = merge::territorial_role(t, &claim.attribution);
        let candidates: Vec<TerritorialCandidate> = self
            .candidates(key)
            .map(|i| TerritorialCandidate {
                seq: i64::try_from(i).unwrap_or(i64::MAX),
                action: self.claims[i].action.clone().unwrap_or_default(),
                actor: self.claims[i].actor.clone().unwrap_or_default(),
            })
            .collect();
        match merge::match_territorial(t, role, &candidates) {
            Some((index, role)) => Placement {
                existing: usize::try_from(index).ok(),
                ..new_placement(role)
            },
            None => new_placement(role),
        }
    }

    fn place_exchange(
        &self,
        key: &Option<(ClaimKind, String)>,
        x: &Exchange,
        published: Option<NaiveDate>,
    ) -> Placement {
        let Some((start, end)) = merge::exchange_interval(x, published) else {
            return new_placement(Role::Support);
        };
        let near = |c: &Known| {
            c.when
                .is_some_and(|(s, e)| (s - end).num_days() <= 1 && (start - e).num_days() <= 1)
        };
        let candidates: Vec<ExchangeCandidate> = self
            .candidates(key)
            .filter(|&i| near(&self.claims[i]))
            .filter_map(|i| {
                let c = &self.claims[i];
                let (start, end) = c.when?;
                Some(ExchangeCandidate {
                    seq: i64::try_from(i).unwrap_or(i64::MAX),
                    categories: c.categories.clone().unwrap_or_default(),
                    status_class: c.status_class.clone().unwrap_or_default(),
                    start,
                    end,
                })
            })
            .collect();
        let categories = merge::exchange_categories(x);
        let class = merge::exchange_status_class(x.status);
        match merge::match_exchange(&categories, class, (start, end), &candidates) {
            Some(index) => Placement {
                existing: usize::try_from(index).ok(),
                ..new_placement(Role::Support)
            },
            None => new_placement(Role::Support),
        }
    }

    fn place_deadline(
        &self,
        key: &Option<(ClaimKind, String)>,
        d: &Deadline,
        published: Option<NaiveDate>,
    ) -> Placement {
        let candidates: Vec<DeadlineCandidate> = self
            .candidates(key)
            .map(|i| {
                let c = &self.claims[i];
                DeadlineCandidate {
                    seq: i64::try_from(i).unwrap_or(i64::MAX),
                    id: c.id.clone(),
                    thread: c.thread.clone().unwrap_or_else(|| c.id.clone()),
                    due: c.due,
                    demand: c.demand.clone(),
                    first_published: c.first_published,
                }
            })
            .collect();
        match merge::match_deadline(d.demand.as_deref(), d.due.as_ref(), published, &candidates) {
            DeadlineMatch::New => new_placement(Role::Support),
            DeadlineMatch::Reaffirm(index) => Placement {
                existing: usize::try_from(index).ok(),
                ..new_placement(Role::Support)
            },
            DeadlineMatch::Supersede {
                thread,
                head_seq,
                head_id,
                change,
            } => {
                let head_seq = usize::try_from(head_seq)
                    .ok()
                    .and_then(|i| self.claims.get(i))
                    .map_or(0, |c| c.seq);
                Placement {
                    existing: None,
                    role: Role::Support,
                    thread: Some(thread),
                    supersedes: Some((head_seq, head_id, change)),
                }
            }
        }
    }

    /// Places one claim of an article; returns whether it merged into a known claim.
    fn place(&mut self, doc: &ClaimsDoc, index: usize, claim: &Claim) -> StoreResult<bool> {
        let published = doc.article.published;
        let key = lookup_key(&claim.detail);
        let placement = match &claim.detail {
            ClaimDetail::Territorial(t) => self.place_territorial(&key, claim, t),
            ClaimDetail::Exchange(x) => self.place_exchange(&key, x, published),
            ClaimDetail::Deadline(d) => self.place_deadline(&key, d, published),
        };
        let published_text = day_text(published);
        let article_id = doc.article.id.as_str();
        let by = claim
            .attribution
            .actor
            .as_deref()
            .or(claim.attribution.speaker.as_deref())
            .map(|who| format!("by {who}"));

        let (slot, merged) = match placement.existing {
            Some(slot) if slot < self.claims.len() => (slot, true),
            _ => (self.new_claim(doc, index, claim, key, &placement), false),
        };
        let asserted_before = self.claims[slot].asserted;
        let claim_seq = self.claims[slot].seq;
        let claim_id = self.claims[slot].id.clone();
        {
            let known = &mut self.claims[slot];
            known.asserted |= placement.role.asserts();
            if merged
                && let Some(day) = published
                && known.first_published.is_none_or(|first| day < first)
            {
                known.first_published = Some(day);
                known.moved = !known.new;
            }
        }

        // The history entry this report adds. A denial of an asserted claim disputes it.
        let event = match (merged, placement.role) {
            (false, _) => EventKind::Reported,
            (true, Role::Support) => EventKind::Reaffirmed,
            (true, Role::Confirm) => EventKind::Confirmed,
            (true, Role::Dispute) => EventKind::Disputed,
            (true, Role::Deny) if asserted_before => EventKind::Disputed,
            (true, Role::Deny) => EventKind::Denied,
        };
        self.evidence.push(EvidenceRow {
            claim_seq,
            article_id: article_id.to_owned(),
            extract_id: claim.id.clone(),
            published: published_text.clone(),
            role: placement.role,
            text: claim.text.clone(),
            span: (
                i64::try_from(claim.span.start).unwrap_or(i64::MAX),
                i64::try_from(claim.span.end).unwrap_or(i64::MAX),
            ),
            speaker: claim.attribution.speaker.clone(),
            actor: claim.attribution.actor.clone(),
            verb: claim.attribution.verb.clone(),
            detail: serde_json::to_string(&claim.detail).map_err(StoreError::Encode)?,
        });

        let role_note = match placement.role {
            Role::Support => None,
            Role::Confirm | Role::Deny | Role::Dispute => by,
        };
        let note = match (&claim.detail, event) {
            (ClaimDetail::Exchange(x), EventKind::Reaffirmed) => {
                Some(format!("reported {}", x.status))
            }
            _ => role_note.clone(),
        };
        let event_row = |claim_seq, event, note| EventRow {
            claim_seq,
            event,
            on: published_text.clone(),
            article_id: article_id.to_owned(),
            note,
        };
        let mut events = vec![event_row(claim_seq, event, note)];
        if !merged && placement.role != Role::Support {
            let follow = match placement.role {
                Role::Confirm => EventKind::Confirmed,
                Role::Deny => EventKind::Denied,
                Role::Support | Role::Dispute => EventKind::Disputed,
            };
            events.push(event_row(claim_seq, follow, role_note));
        }
        if let (Some((head_seq, head_id, change)), false) = (&placement.supersedes, merged) {
            let change = match change {
                DueChange::Shortened { from, to } => Some((EventKind::Shortened, from, to)),
                DueChange::Extended { from, to } => Some((EventKind::Extended, from, to)),
                DueChange::Changed => None,
            };
            if let Some((kind, from, to)) = change {
                let note = format!(
                    "due {} -> {} (supersedes {head_id})",
                    interval_text(from),
                    interval_text(to)
                );
                events.push(event_row(claim_seq, kind, Some(note)));
            }
            events.push(event_row(
                *head_seq,
                EventKind::Superseded,
                Some(format!("by {claim_id}")),
            ));
        }
        self.events.extend(events);
        Ok(merged)
    }

    /// Adds a new claim for a report and returns its index.
    fn new_claim(
        &mut self,
        doc: &ClaimsDoc,
        index: usize,
        claim: &Claim,
        key: Option<(ClaimKind, String)>,
        placement: &Placement,
    ) -> usize {
        let published = doc.article.published;
        let index_text = index.to_string();
        let hash = key::stable_hash(&[&doc.article.id, &claim.id, &index_text]);
        let prefix = match claim.kind() {
            ClaimKind::Territorial => "t",
            ClaimKind::Exchange => "x",
            ClaimKind::Deadline => "d",
        };
        let id = format!("{prefix}-{hash:016x}");
        let mut known = Known {
            seq: self.next_seq,
            id: id.clone(),
            kind: claim.kind(),
            // A claim that never merges gets a key no lookup asks for.
            merge_key: key.map(|(_, k)| k).unwrap_or_default(),
            action: None,
            actor: None,
            categories: None,
            status_class: None,
            when: None,
            thread: None,
            due: None,
            demand: None,
            first_published: published,
            asserted: false,
            new: true,
            moved: false,
        };
        self.next_seq += 1;
        match &claim.detail {
            ClaimDetail::Territorial(t) => {
                known.action = Some(t.action.as_str().to_owned());
                known.actor = Some(key::actor_key(t.actor.as_deref()));
            }
            ClaimDetail::Exchange(x) => {
                known.categories = Some(merge::exchange_categories(x));
                known.status_class = Some(merge::exchange_status_class(x.status).to_owned());
                known.when = merge::exchange_interval(x, published);
            }
            ClaimDetail::Deadline(d) => {
                known.thread = Some(placement.thread.clone().unwrap_or(id));
                known.due = d.due.as_ref().map(|i| (i.start, i.end));
                known.demand.clone_from(&d.demand);
            }
        }
        let slot = self.claims.len();
        if known.merge_key.is_empty() {
            self.by_seq.insert(known.seq, slot);
            self.claims.push(known);
        } else {
            self.add(known);
        }
        slot
    }

    /// Writes the batch's new claims, evidence and events, and moves first reports earlier.
    async fn write(&self, conn: &mut SqliteConnection) -> StoreResult<()> {
        let new: Vec<&Known> = self.claims.iter().filter(|c| c.new).collect();
        for chunk in new.chunks(CHUNK) {
            // Claim ids are 64-bit hashes of the article id and the claim's place in it; a
            // clash with a stored id fails the batch on the unique index rather than merging
            // two unrelated claims.
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO claims (seq, id, kind, merge_key, action, actor, categories, \
                 status_class, when_start, when_end, thread, due_start, due_end, demand, \
                 first_published) ",
            );
            q.push_values(chunk, |mut row, c| {
                row.push_bind(c.seq)
                    .push_bind(&c.id)
                    .push_bind(c.kind.as_str())
                    .push_bind(&c.merge_key)
                    .push_bind(&c.action)
                    .push_bind(&c.actor)
                    .push_bind(&c.categories)
                    .push_bind(&c.status_class)
                    .push_bind(day_text(c.when.map(|w| w.0)))
                    .push_bind(day_text(c.when.map(|w| w.1)))
                    .push_bind(&c.thread)
                    .push_bind(day_text(c.due.map(|d| d.0)))
                    .push_bind(day_text(c.due.map(|d| d.1)))
                    .push_bind(&c.demand)
                    .push_bind(day_text(c.first_published));
            });
            q.build().execute(&mut *conn).await.ctx("storing claims")?;
        }
        for c in self.claims.iter().filter(|c| c.moved) {
            sqlx::query("UPDATE claims SET first_published = $1 WHERE seq = $2")
                .bind(day_text(c.first_published))
                .bind(c.seq)
                .execute(&mut *conn)
                .await
                .ctx("updating a claim")?;
        }
        for chunk in self.evidence.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO evidence (claim_seq, article_id, extract_id, published, role, text, \
                 span_start, span_end, speaker, actor, verb, detail) ",
            );
            q.push_values(chunk, |mut row, e| {
                row.push_bind(e.claim_seq)
                    .push_bind(&e.article_id)
                    .push_bind(&e.extract_id)
                    .push_bind(&e.published)
                    .push_bind(e.role.as_str())
                    .push_bind(&e.text)
                    .push_bind(e.span.0)
                    .push_bind(e.span.1)
                    .push_bind(&e.speaker)
                    .push_bind(&e.actor)
                    .push_bind(&e.verb)
                    .push_bind(&e.detail);
            });
            q.build()
                .execute(&mut *conn)
                .await
                .ctx("storing evidence")?;
        }
        for chunk in self.events.chunks(CHUNK) {
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO events (claim_seq, event, on_date, article_id, note) ",
            );
            q.push_values(chunk, |mut row, e| {
                row.push_bind(e.claim_seq)
                    .push_bind(e.event.as_str())
                    .push_bind(&e.on)
                    .push_bind(&e.article_id)
                    .push_bind(&e.note);
            });
            q.build().execute(&mut *conn).await.ctx("storing history")?;
        }
        Ok(())
    }
}

async fn write_articles(
    conn: &mut SqliteConnection,
    docs: &[&ClaimsDoc],
    ingested_at: &str,
) -> StoreResult<()> {
    for chunk in docs.chunks(CHUNK) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO articles (id, source, title, url, published, dateline, path, \
             ingested_at) ",
        );
        q.push_values(chunk, |mut row, doc| {
            let a = &doc.article;
            row.push_bind(&a.id)
                .push_bind(&a.source)
                .push_bind(&a.title)
                .push_bind(&a.url)
                .push_bind(day_text(a.published))
                .push_bind(&a.dateline)
                .push_bind(&a.path)
                .push_bind(ingested_at);
        });
        q.build()
            .execute(&mut *conn)
            .await
            .ctx("storing articles")?;
    }
    Ok(())
}
