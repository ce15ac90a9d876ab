//! The write path: articles with their claims, merged into the ledger in one transaction.
//!
//! A batch is written in three steps, so that the cost per claim is a few rows rather than a few
//! round trips: (1) read which articles exist and the stored claims that a claim of the batch
//! can merge into (a bounded slice per merge key, see `Wanted::load`); (2) decide every merge in
//! memory with the rules of `merge`, keeping the candidates up to date as the batch adds claims
//! (indexed by merge key, exchanges by first day, see `ExchangeIndex`, and deadlines by demand
//! and thread, see `DeadlineIndex`); (3) write the new rows with multi-row inserts of a few
//! sizes and one shape per table (see `insert_rows`).
//! The caller's `BEGIN IMMEDIATE` transaction holds the write lock throughout, so what step 1
//! read cannot change before step 3 writes (and the claim numbers taken in step 2 stay free).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::mem::take;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use claimtrack_model::{Action, Claim, ClaimDetail, ClaimKind, Deadline, Interval, Territorial};
use sqlx::sqlite::SqliteArguments;
use sqlx::{Arguments, Encode, QueryBuilder, Sqlite, SqliteConnection, Type};

use crate::merge::{
    self, DeadlineCandidate, DeadlineMatch, DueChange, ExchangeCandidate, Role,
    TerritorialCandidate,
};
use crate::prepare::{ClaimFacts, ClaimTexts, Entry, KindFacts};
use crate::{EventKind, StoreSummary, key};

/// The writer's maps and sets, keyed by merge keys, place keys and ids: hashed with foldhash,
/// seeded per process like the standard hasher but several times faster on short strings
/// (SipHash was 3% of the writer). Their iteration order, random per process as before, is
/// only the order in which keys are sent to SQLite: each key's claims come back in storage
/// order and are merged per key.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

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

/// A day as stored: ISO `YYYY-MM-DD`.
pub(crate) fn day_text(day: Option<NaiveDate>) -> Option<String> {
    day.map(|d| {
        let mut text = String::with_capacity(10);
        push_day(&mut text, d);
        text
    })
}

/// Appends `day` as chrono's `Display` writes it (ISO `YYYY-MM-DD`), digit by digit:
/// chrono's `format` parses its pattern on every call and its `Display` goes through the
/// formatting machinery, and the store writes several dates per claim. Years beyond four
/// digits (never in the news) take chrono's form.
fn push_day(text: &mut String, day: NaiveDate) {
    let year = day.year();
    if (0..=9_999).contains(&year) {
        push_digits(text, year.unsigned_abs(), 4);
        text.push('-');
        push_digits(text, day.month(), 2);
        text.push('-');
        push_digits(text, day.day(), 2);
    } else {
        text.push_str(&day.format("%Y-%m-%d").to_string());
    }
}

/// Appends `interval` as its `Display` writes it (`2025-07-23`, or `2025-07-14..2025-07-20`
/// for a longer one), without the formatting machinery (see [`push_day`]).
fn push_interval(text: &mut String, interval: &Interval) {
    push_day(text, interval.start);
    if interval.end != interval.start {
        text.push_str("..");
        push_day(text, interval.end);
    }
}

/// The history note of a deadline that supersedes `head_id` with a new due date: what
/// `format!("due {from} -> {to} (supersedes {head_id})")` writes.
fn due_note(from: &Interval, to: &Interval, head_id: &str) -> String {
    let mut note = String::with_capacity(64 + head_id.len());
    note.push_str("due ");
    push_interval(&mut note, from);
    note.push_str(" -> ");
    push_interval(&mut note, to);
    note.push_str(" (supersedes ");
    note.push_str(head_id);
    note.push(')');
    note
}

/// Appends the last `width` decimal digits of `n`, zero-padded (without `format!`, whose
/// machinery cost more than the rest of writing a date).
fn push_digits(text: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = (n / 10_u32.pow(place)) % 10;
        text.push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
    }
}

/// A stored day (see [`day_text`]).
pub(crate) fn parse_day(text: Option<&str>) -> Result<Option<NaiveDate>, String> {
    text.map(|t| {
        // The stored form, `YYYY-MM-DD`, is read directly (chrono's parser interprets its
        // pattern on every call); anything else, and any error, goes through chrono.
        iso_day(t)
            .map_or_else(|| NaiveDate::parse_from_str(t, "%Y-%m-%d"), Ok)
            .map_err(|_| format!("date `{t}` is not ISO"))
    })
    .transpose()
}

/// A valid date written exactly `YYYY-MM-DD`.
fn iso_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0_u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

/// How many merge keys go into one deadline lookup: well under SQLite's limit of 32,766 bound
/// parameters (two per key; the report days and due intervals go as JSON).
const CHUNK: usize = 1_000;

/// The lookup of the undated deadlines of a chunk's keys (`wanted`), with `$kind` for the
/// kind's literal. Written with `IN`: as a join, SQLite 3.46 plans it as a scan of every
/// deadline. Both conditions of `claims_undated`, the partial index of the undated deadlines
/// alone, are written out, so that it applies (a test checks the plan).
pub(crate) const UNDATED: &str = "FROM claims c WHERE c.kind = $kind \
     AND c.merge_key IN (SELECT merge_key FROM wanted) AND c.first_published IS NULL";

/// The condition of a deadline lookup that a claim (`p`) is not reached: it keeps its first
/// report through the batch (see `Wanted::load`). (`IN` a subquery: SQLite builds its index
/// once per statement.)
pub(crate) const FREE: &str = "p.seq NOT IN (SELECT seq FROM reached)";

/// The lookup of the head of each thread of a chunk's keys on each report day (the days in
/// `temp.head_days`, see [`fill_head_days`]), with `$kind` and `$free` as in [`GROUP_HEADS`]:
/// the latest claim not reached of the thread first reported on or before the day, a seek in
/// `claims_thread_order` that reads the index alone (only deadlines have a thread, and a day on
/// or before a report's is a date: undated claims sort last). `IN` reads a claim that heads a
/// thread on several days once.
///
/// A thread's days are walked latest first, and every day on or after the first report of
/// the head found for a later day has that head too (no claim not reached comes between), so
/// the walk seeks the head of the latest day before that first report next, which is one seek
/// in the days: on the bench's ledger of 3,000 articles, about 820 seeks per batch rather than
/// one per thread and day (2,117), and 23 M fewer instructions over the run. Walking every day
/// instead, seeking only where the head changes, cost 70 M more: a step of the walk costs
/// about what a seek does. The walk carries a head as the text of its first report (undated
/// last, as the order has it) and its `seq`, apart at a unit separator, which no day holds;
/// each next day is before the last, so the walk ends.
pub(crate) const HEADS: &str = "FROM claims c WHERE c.kind = $kind AND c.seq IN \
     (WITH RECURSIVE walk (merge_key, thread, head) AS (\
     SELECT t.merge_key, t.thread, (SELECT COALESCE(p.first_published, '9999-12-31') \
     || char(31) || p.seq FROM claims p WHERE p.thread = t.thread \
     AND COALESCE(p.first_published, '9999-12-31') <= (SELECT max(h.day) \
     FROM temp.head_days h WHERE h.merge_key = t.merge_key) AND $free \
     ORDER BY COALESCE(p.first_published, '9999-12-31') DESC, p.seq DESC LIMIT 1) \
     FROM (SELECT DISTINCT merge_key, thread FROM deadline_groups \
     WHERE merge_key IN (SELECT merge_key FROM wanted)) t \
     UNION ALL \
     SELECT w.merge_key, w.thread, (SELECT COALESCE(p.first_published, '9999-12-31') \
     || char(31) || p.seq FROM claims p WHERE p.thread = w.thread \
     AND COALESCE(p.first_published, '9999-12-31') <= (SELECT max(h.day) \
     FROM temp.head_days h WHERE h.merge_key = w.merge_key \
     AND h.day < substr(w.head, 1, instr(w.head, char(31)) - 1)) AND $free \
     ORDER BY COALESCE(p.first_published, '9999-12-31') DESC, p.seq DESC LIMIT 1) \
     FROM walk w WHERE w.head IS NOT NULL) \
     SELECT CAST(substr(head, instr(head, char(31)) + 1) AS INTEGER) FROM walk)";

/// Puts the report days of each key of a chunk (`days`, a JSON object of arrays of days) into
/// the connection's `temp.head_days`, which [`HEADS`] seeks the next day in: a table of this
/// connection alone, in memory (`temp_store`), not of the ledger file. A materialized `WITH`
/// table has no index of its own, and the one SQLite built for it only matched the key: the
/// walk read every day of the key for each next day (in the sqlite3 shell, ten times the work
/// of the seek from every day). `WITHOUT ROWID` and the `temp` schema are SQLite's; on
/// PostgreSQL a temporary table would stand in.
async fn fill_head_days(conn: &mut SqliteConnection, days: &str) -> StoreResult<()> {
    sqlx::query(
        "CREATE TEMP TABLE IF NOT EXISTS head_days (merge_key TEXT NOT NULL, \
         day TEXT NOT NULL, PRIMARY KEY (merge_key, day)) WITHOUT ROWID",
    )
    .execute(&mut *conn)
    .await
    .ctx("listing report days")?;
    sqlx::query("DELETE FROM temp.head_days")
        .execute(&mut *conn)
        .await
        .ctx("listing report days")?;
    sqlx::query(
        "INSERT INTO temp.head_days (merge_key, day) \
         SELECT k.key, d.value FROM json_each($1) k, json_each(k.value) d",
    )
    .bind(days)
    .execute(&mut *conn)
    .await
    .ctx("listing report days")?;
    Ok(())
}

/// The lookup of the latest claim not reached of each thread and demand of a chunk's keys
/// (`deadline_groups`), with `$kind` for the kind's literal and `$free` for [`FREE`]: a seek
/// in `claims_thread_demand` (thread, demand, first report with undated last, seq), whose
/// order it is written in, latest first (a test checks the plan). It walked
/// `claims_thread_order` back from the thread's latest claim to the first with the demand
/// before, reading each claim's row on the way, which cost more than the index costs the
/// deadlines stored (see its migration).
pub(crate) const GROUP_HEADS: &str = "FROM wanted w \
     JOIN deadline_groups g ON g.merge_key = w.merge_key \
     JOIN claims c ON c.seq = (SELECT p.seq FROM claims p WHERE p.thread = g.thread \
     AND p.kind = $kind AND p.demand_key = g.demand_key \
     AND p.first_published IS NOT NULL AND $free \
     ORDER BY COALESCE(p.first_published, '9999-12-31') DESC, p.seq DESC LIMIT 1) \
     WHERE c.kind = $kind";

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
    /// The demand as written, kept only for a claim this batch creates (the column is written,
    /// never read back).
    demand: Option<String>,
    /// For a deadline, its stored demand key ([`key::demand_key`] of the demand's content
    /// words, empty when no demand is stated): read as stored for a loaded claim, computed
    /// once from the report for a new one. A claim's words are split out of it only when it
    /// starts a demand group (see [`DeadlineIndex`]).
    demand_key: String,
    first_published: Option<NaiveDate>,
    /// Whether some evidence asserts it (support or confirm), for telling a denial of an
    /// asserted claim (`disputed`) from a bare denial (`denied`). Stored for a territorial
    /// claim (the `asserted` column), whose lookups read it.
    asserted: bool,
    /// Whether a stored territorial claim that was not asserted became so in this batch, and
    /// the stored row needs an update.
    newly_asserted: bool,
    /// For a deadline with a merge key, its group in the key's [`DeadlineIndex`].
    demand_group: usize,
    /// Whether this batch created it (its row is still to be written).
    new: bool,
    /// Whether `first_published` moved earlier and the stored row needs an update.
    moved: bool,
}

/// An evidence row, its texts borrowed from the batch's articles or taken from them (see
/// [`ClaimTexts`]; sqlx copies a borrowed text, so an owned copy here would be one copy more).
/// Its article's id and publication day are not bound: the row names its article by rowid
/// (see [`Batch::write`]).
struct EvidenceRow<'a> {
    claim_seq: i64,
    article: i64,
    role: Role,
    span: (i64, i64),
    texts: ClaimTexts<'a>,
    detail: Cow<'a, str>,
}

/// A history row; its note is borrowed as the evidence's texts are, but for the notes that
/// name claims of the batch. Its day and article come from its article, named by rowid.
struct EventRow<'a> {
    claim_seq: i64,
    event: EventKind,
    article: i64,
    note: Option<Cow<'a, str>>,
}

/// The batch's view of the ledger and the rows it will write.
#[derive(Default)]
struct Batch<'a> {
    claims: Vec<Known>,
    /// Territorial claims by `(kind, merge key)`, as indexes into `claims`.
    by_key: HashMap<(ClaimKind, String), Vec<usize>>,
    /// Exchanges with days by merge key, ordered by their first day (see [`ExchangeIndex`]).
    exchanges: HashMap<String, ExchangeIndex>,
    /// Deadlines by merge key, grouped by demand and by thread (see [`DeadlineIndex`]).
    deadlines: HashMap<String, DeadlineIndex>,
    next_seq: i64,
    evidence: Vec<EvidenceRow<'a>>,
    events: Vec<EventRow<'a>>,
}

/// What a written batch leaves: the claims it knew (candidates read and claims made, tens of
/// thousands of small texts) and its indexes of them, only to be freed, which
/// [`crate::Ledger::store_prepared`] leaves to its caller (in [`crate::Spent`]).
#[derive(Default)]
#[expect(
    dead_code,
    reason = "the indexes are held only to be freed by whoever drops them"
)]
pub(crate) struct Scraps {
    claims: Vec<Known>,
    by_key: HashMap<(ClaimKind, String), Vec<usize>>,
    exchanges: HashMap<String, ExchangeIndex>,
    deadlines: HashMap<String, DeadlineIndex>,
}

impl std::fmt::Debug for Scraps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scraps")
            .field("claims", &self.claims.len())
            .finish_non_exhaustive()
    }
}

/// The exchanges of one merge key (parties) that have days, ordered by first day, so that a
/// report finds those within a day of its own days without a scan of every exchange of its
/// parties (a batch whose articles span years holds hundreds per key).
#[derive(Default)]
struct ExchangeIndex {
    /// `(first day, index into Batch::claims)`.
    by_start: BTreeSet<(NaiveDate, usize)>,
    /// The most days any of them spans (last day minus first), which bounds how early the
    /// first day of an exchange reaching a given day can be.
    longest: u64,
}

/// The deadlines of one merge key (issuer and targets), grouped so that a report compares its
/// demand once per distinct demand rather than once per claim, and finds its thread's claims
/// without a scan. Every list holds indexes into `Batch::claims`, in storage order.
#[derive(Default)]
struct DeadlineIndex {
    /// By demand key ([`key::demand_key`]; a deadline without a demand has the empty key, which
    /// agrees with every demand as a missing one does), as an index into `groups`.
    demands: HashMap<String, usize>,
    groups: Vec<DemandGroup>,
    /// By thread.
    threads: HashMap<String, Vec<usize>>,
    /// By the demand key of a report, the groups whose demand agrees with its own, so that
    /// the words of a report's demand and a group's are compared once per batch rather than
    /// once per report (a demand key is its words joined: one key, one demand).
    agreeing: HashMap<String, Agreeing>,
}

/// The groups of a [`DeadlineIndex`] whose demand agrees with a report's, as indexes into
/// its `groups`, which are only ever added to.
#[derive(Default)]
struct Agreeing {
    /// How many of the groups were compared.
    compared: usize,
    groups: Vec<usize>,
}

/// The deadlines of one merge key with one demand.
struct DemandGroup {
    /// The demand's content words.
    tokens: Vec<String>,
    members: Vec<usize>,
    /// The member that ranks highest by [`merge::thread_rank`], the only one a report can take
    /// its thread from; kept up to date as claims join the group or move earlier.
    best: usize,
}

/// The deadline at `i` in `claims` as a merge candidate (its `seq` is its place in `claims`,
/// which is storage order).
fn deadline_candidate(claims: &[Known], i: usize) -> DeadlineCandidate<'_> {
    let c = &claims[i];
    DeadlineCandidate {
        seq: i64::try_from(i).unwrap_or(i64::MAX),
        id: &c.id,
        thread: deadline_thread(c),
        due: c.due,
        first_published: c.first_published,
    }
}

/// The thread of a deadline: its own id when it starts one.
fn deadline_thread(c: &Known) -> &str {
    c.thread.as_deref().unwrap_or(&c.id)
}

/// Stores the articles in order inside the caller's transaction. `texts` holds the evidence
/// texts taken out of each article (see [`ClaimTexts`]), in the order of `docs`, or nothing
/// when they are borrowed from the documents; the texts of the articles stored are taken from
/// it, those of the duplicates stay.
pub(crate) async fn store_docs<'a>(
    conn: &mut SqliteConnection,
    docs: &[Entry<'a>],
    texts: &mut [Vec<ClaimTexts<'static>>],
    ingested_at: &str,
) -> StoreResult<(StoreSummary, Scraps)> {
    let mut summary = StoreSummary::default();
    for kind in ClaimKind::ALL {
        summary.by_kind.insert(kind, (0, 0));
    }

    // Step 1: which articles are new, and the stored claims the new ones may merge into.
    let ids: Vec<&str> = docs.iter().map(|d| d.doc.article.id.as_str()).collect();
    let stored = existing_articles(conn, &ids).await?;
    let mut seen: HashSet<&str> = HashSet::default();
    let mut fresh: Vec<Entry<'_>> = Vec::with_capacity(docs.len());
    // The taken texts of each fresh article (empty when they are borrowed).
    let mut fresh_texts: Vec<&mut [ClaimTexts<'static>]> = Vec::with_capacity(docs.len());
    let mut texts = texts.iter_mut();
    for entry in docs {
        let taken = texts.next().map_or(&mut [][..], Vec::as_mut_slice);
        let id = entry.doc.article.id.as_str();
        if stored.contains(id) || !seen.insert(id) {
            summary.articles_duplicate += 1;
        } else {
            fresh.push(*entry);
            fresh_texts.push(taken);
        }
    }
    let wanted = Wanted::of(&fresh);
    // The numbers the batch's claims and articles get: a claim's `seq` and an article's rowid
    // are the next after the largest stored (SQLite numbers a row without one so too).
    let (last_claim, last_article) = sqlx::query_as::<_, (Option<i64>, Option<i64>)>(
        "SELECT (SELECT MAX(seq) FROM claims), (SELECT MAX(rowid) FROM articles)",
    )
    .fetch_one(&mut *conn)
    .await
    .ctx("numbering claims")?;
    let first_article = last_article.unwrap_or(0) + 1;
    let mut batch = Batch {
        next_seq: last_claim.unwrap_or(0) + 1,
        ..Batch::default()
    };
    wanted.load(conn, &mut batch).await?;

    // Step 2: every merge, in memory. Each report adds an evidence row, a history entry or
    // more, and at most one claim: reserved at once, as the lists grown by doubling copied
    // their rows over and over (4.4 M of the writer's 188 M instructions over 3,000 articles).
    let reports: usize = fresh.iter().map(|entry| entry.doc.claims.len()).sum();
    batch.evidence.reserve_exact(reports);
    batch.events.reserve(reports + reports / 2);
    batch.claims.reserve(reports);
    for ((article, entry), taken) in (first_article..).zip(&fresh).zip(fresh_texts) {
        summary.articles_new += 1;
        let mut taken = taken.iter_mut();
        for (claim, facts) in entry.doc.claims.iter().zip(&entry.facts.claims) {
            let texts = match taken.next() {
                Some(texts) => texts.take(),
                None => ClaimTexts::of(claim, facts),
            };
            let merged = batch.place(*entry, article, claim, facts, texts)?;
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
    write_articles(conn, &fresh, first_article, ingested_at).await?;
    let scraps = batch.write(conn).await?;
    Ok((summary, scraps))
}

async fn existing_articles(
    conn: &mut SqliteConnection,
    ids: &[&str],
) -> StoreResult<HashSet<String>> {
    // The ids as one JSON array, so that the statement is prepared once per connection (see
    // `Wanted::load`), joined rather than `IN (SELECT ...)`, which built an index of them
    // first (an id the batch repeats is found twice, once is enough).
    let ids = serde_json::to_string(ids).map_err(StoreError::Encode)?;
    let found: Vec<String> = sqlx::query_scalar(
        "SELECT a.id FROM json_each($1) k CROSS JOIN articles a ON a.id = k.value",
    )
    .bind(ids)
    .fetch_all(&mut *conn)
    .await
    .ctx("looking up articles")?;
    Ok(found.into_iter().collect())
}

fn corrupt(e: String) -> StoreError {
    StoreError::Corrupt(e)
}

/// What the batch needs to read from the ledger: per merge key, the slice of stored claims its
/// reports can merge into (see [`Wanted::load`]).
#[derive(Default)]
struct Wanted {
    /// Territorial place keys, each with the actions of the claims its reports can merge into
    /// (their own actions and those they mirror, see [`merge::mirror`]), a bit per action of
    /// `Action::ALL` (see [`actions`]).
    places: HashMap<String, u8>,
    /// Exchange party keys with the days each report of the batch can reach (its days, one day
    /// either side).
    exchanges: HashMap<String, Vec<(NaiveDate, NaiveDate)>>,
    /// Deadline issuer-and-targets keys.
    deadlines: HashMap<String, DeadlineWindow>,
}

/// The bit of `action` in a set of [`Wanted`]'s places.
fn action_bit(action: Action) -> u8 {
    let place = Action::ALL.iter().position(|&a| a == action).unwrap_or(0);
    u8::try_from(place).map_or(0, |place| 1 << place.min(7))
}

// A set of actions must fit a byte: a ninth action would share the eighth's bit and its
// claims would go unread.
const _: () = assert!(Action::ALL.len() <= 8);

/// The actions of the set `bits` (see [`action_bit`]) as one text, each after a `|`, which
/// SQL finds a claim's action in with `instr`, a test that copies nothing (no action's name
/// is found inside another's).
fn actions(bits: u8) -> String {
    let mut text = String::new();
    for (place, action) in Action::ALL.iter().enumerate().take(8) {
        if bits & (1 << place) != 0 {
            text.push('|');
            text.push_str(action.as_str());
        }
    }
    text
}

/// The reach of a batch's deadline reports with one key.
#[derive(Default)]
struct DeadlineWindow {
    /// The earliest publication day of a report without a due date (see `Wanted::load`).
    undue_since: Option<NaiveDate>,
    /// The publication days of the reports: a report's head is the latest claim of its thread
    /// first reported on or before its day.
    days: BTreeSet<NaiveDate>,
    /// The due intervals of the reports: the stored claims a report can reaffirm by its due
    /// date (and so move earlier) are those whose due interval overlaps one of them.
    dues: Vec<(NaiveDate, NaiveDate)>,
}

/// Day windows by merge key, each window one text of its first, last and end day, ten
/// characters each (see [`window_text`]): bound as a JSON object of arrays of texts (see
/// [`push_windows`]).
type Windows<'k> = BTreeMap<&'k str, Vec<String>>;

/// Pushes a select of the rows `(merge_key, lo, hi, end)` of `windows` (a [`Windows`] as
/// JSON), which it binds. A lookup bound its windows as `[key, first, last, end]` arrays before, read with
/// `->>`: `json_each` writes an inner array back out as text, which `->>` parses again for
/// each value, and that cost more than the rest of the lookup; a window's text is cut with
/// `substr`.
fn push_windows<'q>(q: &mut QueryBuilder<'q, Sqlite>, windows: &'q str) {
    q.push(
        "SELECT k.key, substr(d.value, 1, 10), substr(d.value, 11, 10), \
         substr(d.value, 21, 10) FROM json_each(",
    );
    q.push_bind(windows);
    q.push(") k, json_each(k.value) d");
}

/// A window's first, last and end day as one text of three ten-character days. A day whose
/// text is not ten characters (a year beyond four digits, which no report has) widens the
/// window to the texts that sort below or above every stored day, so that the window reads at
/// least the claims it did.
fn window_text(lo: NaiveDate, hi: NaiveDate, end: NaiveDate) -> String {
    // Written into one text: a text per day cost more than the days.
    let mut text = String::with_capacity(30);
    for (day, widest) in [(lo, "          "), (hi, "9999-12-31"), (end, "9999-12-31")] {
        // `push_day` writes ten characters exactly for these years.
        if (0..=9_999).contains(&day.year()) {
            push_day(&mut text, day);
        } else {
            text.push_str(widest);
        }
    }
    text
}

/// `reaches` (`(first, last, end)` day triples) sorted and merged where their `first` to `end`
/// ranges meet, so that each stored claim is read at most once, added to `into` under `key`.
fn merged_windows<'k>(
    key: &'k str,
    mut reaches: Vec<(NaiveDate, NaiveDate, NaiveDate)>,
    into: &mut Windows<'k>,
) {
    reaches.sort_unstable();
    let mut merged: Vec<(NaiveDate, NaiveDate, NaiveDate)> = Vec::new();
    for (lo, hi, end) in reaches {
        match merged.last_mut() {
            Some(last) if lo <= last.2 => {
                last.1 = last.1.max(hi);
                last.2 = last.2.max(end);
            }
            _ => merged.push((lo, hi, end)),
        }
    }
    let texts = into.entry(key).or_default();
    texts.extend(
        merged
            .into_iter()
            .map(|(lo, hi, end)| window_text(lo, hi, end)),
    );
}

/// The longest span in days of the stored claims of each of `keys` in `table`
/// (`exchange_spans` or `deadline_spans`; a key without a row has none longer than a day).
async fn spans(
    conn: &mut SqliteConnection,
    table: &'static str,
    keys: &[&String],
) -> StoreResult<HashMap<String, u64>> {
    // Joined, as the candidate lookups are (the keys are distinct).
    let sql = format!(
        "SELECT s.merge_key, s.longest FROM json_each($1) k CROSS JOIN {table} s \
         ON s.merge_key = k.value"
    );
    let rows = sqlx::query_as::<_, (String, i64)>(&sql)
        .bind(serde_json::to_string(keys).map_err(StoreError::Encode)?)
        .fetch_all(&mut *conn)
        .await
        .ctx("looking up spans")?;
    Ok(rows
        .into_iter()
        .map(|(key, days)| (key, u64::try_from(days).unwrap_or(0)))
        .collect())
}

/// `day` plus `span` days, no later than the last day a text can hold (`day_text` writes
/// later years another way).
fn reach_end(day: NaiveDate, span: u64) -> NaiveDate {
    let last_day = NaiveDate::from_ymd_opt(9_999, 12, 31).unwrap_or(NaiveDate::MAX);
    day.checked_add_days(Days::new(span))
        .unwrap_or(last_day)
        .min(last_day)
}

impl Wanted {
    /// What the claims of `docs` need, by each claim's merge key.
    fn of(docs: &[Entry<'_>]) -> Wanted {
        let mut wanted = Wanted::default();
        for entry in docs {
            let published = entry.doc.article.published;
            for (claim, facts) in entry.doc.claims.iter().zip(&entry.facts.claims) {
                let Some((_, key)) = &facts.key else {
                    continue;
                };
                let key = key.clone();
                match (&claim.detail, &facts.kind) {
                    (ClaimDetail::Territorial(t), _) => {
                        let mirror = merge::mirror(t.action).map_or(0, action_bit);
                        *wanted.places.entry(key).or_default() |= action_bit(t.action) | mirror;
                    }
                    (ClaimDetail::Exchange(_), KindFacts::Exchange { days, .. }) => {
                        // A report without days never merges: it needs no candidates.
                        if let &Some((start, end)) = days {
                            let reach = (
                                start.pred_opt().unwrap_or(start),
                                end.succ_opt().unwrap_or(end),
                            );
                            wanted.exchanges.entry(key).or_default().push(reach);
                        }
                    }
                    // Not reached: the facts of a claim are those of its own kind.
                    (ClaimDetail::Exchange(_), _) => {}
                    (ClaimDetail::Deadline(d), _) => {
                        let window = wanted.deadlines.entry(key).or_default();
                        if let Some(day) = published {
                            window.days.insert(day);
                        }
                        match (&d.due, published) {
                            (Some(due), _) => window.dues.push((due.start, due.end)),
                            (None, Some(day)) => {
                                window.undue_since =
                                    Some(window.undue_since.map_or(day, |s| s.min(day)));
                            }
                            (None, None) => {}
                        }
                    }
                }
            }
        }
        wanted
    }

    /// Reads the candidates into the batch, each merge key's claims in storage order.
    ///
    /// The slices are chosen so that every merge decision comes out as if every claim with the
    /// key had been read (the rules of `merge` only ever look at these):
    /// - territorial: every claim with the exact place key and the action of one of its
    ///   reports or one they mirror (no report merges into a claim of another action);
    /// - exchange: the claims whose days fall within a day of a report's days (and a few
    ///   between two such windows, when their ranges meet: a claim that is not near a report
    ///   never takes part in its placement);
    /// - deadline: the undated claims; the "reached", those whose due interval overlaps a
    ///   report's (a report reaffirms by due date only one of them); the latest claim not
    ///   reached of each thread and demand (which names the thread a report joins); the latest
    ///   claim not reached of each thread first reported on or before each report's day (its
    ///   head, which it supersedes, or reaffirms when it states no due date); and every claim
    ///   of the threads that have none on or before the day of a report without a due date.
    ///   A claim moves only when a report merges into it from an earlier day: a reached one,
    ///   or the latest of such a thread (a report without a due date and no claim of its
    ///   thread on or before its day reaffirms the thread's latest). Every other claim keeps
    ///   its first report through the batch, so the latest of them in each of these orders is
    ///   the one the rules pick, and no claim of the ledger reaches beyond these slices: what
    ///   is read grows with the batch and with the claims due when its reports are, not with
    ///   every deadline of its keys.
    async fn load(&self, conn: &mut SqliteConnection, batch: &mut Batch<'_>) -> StoreResult<()> {
        #[cfg(test)]
        if tests::FULL_LOAD.with(std::cell::Cell::get) {
            return self.load_all(conn, batch).await;
        }
        // The place keys as one JSON object (`json_each`), so that the statement's text is the
        // same for every batch and sqlx prepares it once per connection: compiling a list of a
        // thousand bound keys cost SQLite more than the lookup itself.
        // Joined rather than `IN (SELECT ...)`, which built an index of the keys first: they
        // are distinct already. `CROSS JOIN` keeps the keys the outer loop (see the exchanges
        // below). Of a place's claims, only those of an action its reports can merge into (see
        // `actions`): the others are never a candidate, and reading them cost more than
        // testing the action.
        let places: HashMap<&str, String> = self
            .places
            .iter()
            .map(|(key, &bits)| (key.as_str(), actions(bits)))
            .collect();
        let mut q = QueryBuilder::<Sqlite>::new("SELECT ");
        q.push(claim_rows(ClaimKind::Territorial));
        q.push(" FROM json_each(");
        q.push_bind(serde_json::to_string(&places).map_err(StoreError::Encode)?);
        q.push(
            ") k CROSS JOIN claims c ON c.merge_key = k.key \
             WHERE c.kind = 'territorial' AND instr(k.value, c.action) > 0",
        );
        read_claims(conn, q, ClaimKind::Territorial, batch, true).await?;

        // The exchanges by window (see `exchange_windows`), all windows as one JSON object
        // (one statement text for every batch), read into the columns of a materialized
        // table once (see `push_windows`), rather than compared with every claim as JSON.
        // `CROSS JOIN` keeps the windows the outer loop: SQLite's planner, without
        // statistics, would scan `claims_when` for every exchange and test each against
        // every window.
        let windows = self.exchange_windows(conn).await?;
        if !windows.is_empty() {
            let windows = serde_json::to_string(&windows).map_err(StoreError::Encode)?;
            let mut q =
                QueryBuilder::<Sqlite>::new("WITH w (merge_key, lo, hi, end) AS MATERIALIZED (");
            push_windows(&mut q, &windows);
            q.push(") SELECT ");
            q.push(claim_rows(ClaimKind::Exchange));
            // The kind is a literal, so that the partial index `claims_when` applies.
            q.push(
                " FROM w CROSS JOIN claims c ON c.merge_key = w.merge_key \
                 WHERE c.kind = 'exchange' AND c.when_end >= w.lo AND c.when_end <= w.end \
                 AND c.when_start <= w.hi",
            );
            read_claims(conn, q, ClaimKind::Exchange, batch, true).await?;
        }

        // Five indexed lookups per chunk of keys (see above), each a slice that does not grow
        // with the ledger but by the batch's reports: the undated claims; the "reached", due
        // within a report's due interval (`claims_due`); for each thread and demand of a key
        // (`deadline_groups`), its latest claim not reached (`claims_thread_demand`), and for
        // each thread and report day, its latest claim not reached first reported on or
        // before that day (`claims_thread_order`, walked: see `HEADS`); and the claims of the
        // threads that have none on or before the day of a report without a due date. They run
        // as separate statements: SQLite plans their `UNION` as a scan of the key's claims.
        let kind = ClaimKind::Deadline.as_str();
        // The first two, whose claims the others pass over (see `reached` below).
        let given = [
            UNDATED,
            // `CROSS JOIN` keeps the reach the outer loop (see the exchanges above).
            // A claim due to end after `end` is due to start after `hi` (see `deadline_spans`).
            "FROM reach r CROSS JOIN claims c ON c.merge_key = r.merge_key \
             WHERE c.kind = $kind AND c.due_end >= r.lo AND c.due_end <= r.end \
             AND c.due_start <= r.hi",
        ];
        let free = FREE;
        let latest = [GROUP_HEADS, HEADS];
        // A thread whose every stored claim is undated or first reported after the day of a
        // dated report without a due date can have none on or before that day: such a report
        // takes the thread's latest claim as its head and moves it to its day, so the claim
        // before it can head the next. Read whole; `CROSS JOIN` keeps the keys the outer loop
        // (SQLite would scan every claim of every thread).
        let young = "FROM wanted w CROSS JOIN (SELECT DISTINCT merge_key, thread \
                     FROM deadline_groups WHERE merge_key IN (SELECT merge_key FROM wanted)) t \
                     ON t.merge_key = w.merge_key \
                     CROSS JOIN claims c ON c.thread = t.thread \
                     WHERE c.kind = $kind AND w.undue_since IS NOT NULL \
                     AND (SELECT COALESCE(p.first_published, '9999-12-31') FROM claims p \
                     WHERE p.thread = t.thread \
                     ORDER BY COALESCE(p.first_published, '9999-12-31') LIMIT 1) \
                     > w.undue_since";
        let deadlines: Vec<(&String, &DeadlineWindow)> = self.deadlines.iter().collect();
        for chunk in deadlines.chunks(CHUNK) {
            // The reach and the report days of the chunk's keys, as JSON arrays (their number
            // is bounded by the batch's reports, not by SQLite's bound parameters).
            let keys: Vec<&String> = chunk.iter().map(|&(key, _)| key).collect();
            let spans = spans(conn, "deadline_spans", &keys).await?;
            let mut reach = Windows::new();
            // The report days by key: a JSON object of arrays of days, whose days `json_each`
            // gives as plain texts, put into `temp.head_days` (see `fill_head_days`).
            let mut days: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (key, window) in chunk {
                let span = spans.get(*key).copied().unwrap_or(0);
                let dues = window.dues.iter();
                let reaches = dues
                    .map(|&(lo, hi)| (lo, hi, reach_end(hi, span)))
                    .collect();
                merged_windows(key.as_str(), reaches, &mut reach);
                let text = |&day| day_text(Some(day)).unwrap_or_default();
                days.insert(key.as_str(), window.days.iter().map(text).collect());
            }
            let reach = serde_json::to_string(&reach).map_err(StoreError::Encode)?;
            let days = serde_json::to_string(&days).map_err(StoreError::Encode)?;
            fill_head_days(conn, &days).await?;
            let keys: BTreeMap<&str, Option<String>> = chunk
                .iter()
                .map(|(key, window)| (key.as_str(), day_text(window.undue_since)))
                .collect();
            let keys = serde_json::to_string(&keys).map_err(StoreError::Encode)?;
            let undue = chunk.iter().any(|(_, w)| w.undue_since.is_some());
            let mut found: BTreeMap<i64, Known> = BTreeMap::new();
            // The claims of the first two statements, once they have run.
            let mut reached: Option<String> = None;
            let statements = given
                .iter()
                .map(|&b| (b, false))
                .chain(latest.iter().map(|&b| (b, true)))
                .chain(undue.then_some((young, true)));
            for (branch, after_given) in statements {
                if after_given && reached.is_none() {
                    let seqs: Vec<i64> = found.keys().copied().collect();
                    reached = Some(serde_json::to_string(&seqs).map_err(StoreError::Encode)?);
                }
                // The keys as one JSON object too (key -> `undue_since`, a JSON null for
                // none, which `json_each` gives as NULL), so that every statement's text is
                // the same for every batch and sqlx prepares it once per connection: as
                // `VALUES` rows, one per key, each batch compiled all five again. Materialized:
                // a `json_each` read again parses its JSON again.
                let mut q = QueryBuilder::<Sqlite>::new(
                    "WITH wanted (merge_key, undue_since) AS MATERIALIZED \
                     (SELECT key, value FROM json_each(",
                );
                q.push_bind(keys.as_str());
                q.push(")), reach (merge_key, lo, hi, end) AS MATERIALIZED (");
                push_windows(&mut q, &reach);
                q.push("), reached (seq) AS MATERIALIZED (SELECT value FROM json_each(");
                q.push_bind(reached.as_deref().unwrap_or("[]"));
                q.push(")) SELECT ");
                q.push(claim_rows(ClaimKind::Deadline));
                q.push(" ");
                // The kind is a constant of the code, not input: it is written into the SQL.
                q.push(
                    branch
                        .replace("$free", free)
                        .replace("$kind", &format!("'{kind}'")),
                );
                let read = |seq| found.contains_key(&seq);
                for known in fetch_claims(conn, q, ClaimKind::Deadline, true, read).await? {
                    found.insert(known.seq, known);
                }
            }
            // In storage order, as the merge rules expect their candidates.
            batch.claims.reserve(found.len());
            for known in found.into_values() {
                batch.add(known);
            }
        }
        Ok(())
    }

    /// The day windows of the batch's exchange reports (first, last and end day by key):
    /// the exchanges a report can merge with are those whose days overlap its reach (`first`
    /// to `last`), and none of them ends after `end`, its last day plus the longest span of a
    /// stored exchange with the key (`exchange_spans`; one that ends later starts after
    /// `last`). The windows of a key are merged where their `first` to `end` ranges meet, so
    /// that each stored exchange is read at most once.
    async fn exchange_windows(&self, conn: &mut SqliteConnection) -> StoreResult<Windows<'_>> {
        let mut windows = Windows::new();
        if self.exchanges.is_empty() {
            return Ok(windows);
        }
        let keys: Vec<&String> = self.exchanges.keys().collect();
        let spans = spans(conn, "exchange_spans", &keys).await?;
        for (key, reaches) in &self.exchanges {
            let span = spans.get(key).copied().unwrap_or(0);
            let reaches = reaches
                .iter()
                .map(|&(lo, hi)| (lo, hi, reach_end(hi, span)))
                .collect();
            merged_windows(key, reaches, &mut windows);
        }
        Ok(windows)
    }

    /// Reads every claim sharing a merge key with a report of the batch: the reference the
    /// bounded slices of [`Wanted::load`] are tested against.
    #[cfg(test)]
    async fn load_all(
        &self,
        conn: &mut SqliteConnection,
        batch: &mut Batch<'_>,
    ) -> StoreResult<()> {
        let kinds = [
            (
                ClaimKind::Territorial,
                self.places.keys().collect::<Vec<_>>(),
            ),
            (ClaimKind::Exchange, self.exchanges.keys().collect()),
            (ClaimKind::Deadline, self.deadlines.keys().collect()),
        ];
        for (kind, keys) in kinds {
            for chunk in keys.chunks(CHUNK) {
                let mut q = QueryBuilder::<Sqlite>::new("SELECT ");
                q.push(claim_rows(kind));
                q.push(" FROM claims c WHERE c.kind = ");
                q.push_bind(kind.as_str());
                q.push(" AND c.merge_key IN (");
                let mut list = q.separated(", ");
                for key in chunk {
                    list.push_bind(key.as_str());
                }
                q.push(")");
                read_claims(conn, q, kind, batch, false).await?;
            }
        }
        Ok(())
    }
}

/// Separates the candidates of a lookup (ASCII's record separator).
const ROW: char = '\u{1e}';

/// Separates the columns of a candidate (ASCII's unit separator).
const FIELD: char = '\u{1f}';

/// The select list of a candidate lookup of `kind`: its claims from `claims c` as one text,
/// each claim's columns joined by [`FIELD`] (a NULL written as an empty text), the claims
/// joined by [`ROW`], with only the columns the merge rules of that kind read (see
/// [`decode_claims`]). One value per lookup rather than a row per claim: sqlx copies every
/// value of every row and hands each row from its SQLite thread to the caller, which cost more
/// than the lookup itself. Joined text rather than a JSON array (as this was written before),
/// because building and parsing JSON cost SQLite and the writer more than the lookup: every
/// column is a key, a day, an id or a number that the ledger wrote, none holds a control
/// character, and a value that does (a ledger written by another program) makes the row's
/// column count wrong, which the decoder reports. Each row is one `concat` of its columns and
/// the separators (SQLite 3.44+ and PostgreSQL, which spells `group_concat` `string_agg`): it
/// writes a NULL as nothing, as the `format` this was written with did, for a seventh less
/// (`format` interprets its pattern for every row; `concat_ws` would skip a NULL or empty
/// column, moving the columns after it).
const fn claim_rows(kind: ClaimKind) -> &'static str {
    match kind {
        // With whether some evidence asserts the claim: only territorial claims have denials
        // (every exchange and deadline report supports its claim), so only they need it. Kept
        // on the claim (`asserted`, written by the batch that asserts it first) rather than an
        // `EXISTS` over its evidence, whose table reads grew with the ledger: over 200,000
        // bench articles the column took 57% of the ledger's page reads (pread) away and 15%
        // of the time storing.
        ClaimKind::Territorial => {
            "group_concat(concat(c.seq, '\u{1f}', c.merge_key, '\u{1f}', c.action, '\u{1f}', \
             c.actor, '\u{1f}', c.first_published, '\u{1f}', c.asserted), char(30))"
        }
        ClaimKind::Exchange => {
            "group_concat(concat(c.seq, '\u{1f}', c.merge_key, '\u{1f}', c.categories, '\u{1f}', \
             c.status_class, '\u{1f}', c.when_start, '\u{1f}', c.when_end, '\u{1f}', \
             c.first_published), char(30))"
        }
        ClaimKind::Deadline => {
            "group_concat(concat(c.seq, '\u{1f}', c.id, '\u{1f}', c.merge_key, '\u{1f}', \
             c.thread, '\u{1f}', c.due_start, '\u{1f}', c.due_end, '\u{1f}', c.demand_key, \
             '\u{1f}', c.first_published), char(30))"
        }
    }
}

/// The columns of one candidate as [`claim_rows`] joins them, read in order.
struct Columns<'a> {
    fields: std::str::Split<'a, char>,
    row: &'a str,
}

impl<'a> Columns<'a> {
    fn of(row: &'a str) -> Columns<'a> {
        Columns {
            fields: row.split(FIELD),
            row,
        }
    }

    fn bad(&self, what: &str) -> StoreError {
        corrupt(format!("claim lookup row {:?}: {what}", self.row))
    }

    /// The next column's text (empty for NULL).
    fn text(&mut self) -> StoreResult<&'a str> {
        match self.fields.next() {
            Some(text) => Ok(text),
            None => Err(self.bad("too few columns")),
        }
    }

    /// The next column, `None` when it is NULL or empty.
    fn owned(&mut self) -> StoreResult<Option<String>> {
        let text = self.text()?;
        Ok((!text.is_empty()).then(|| text.to_owned()))
    }

    fn number(&mut self) -> StoreResult<i64> {
        let text = self.text()?;
        text.parse().map_err(|_| self.bad("not a number"))
    }

    /// The next column as a stored day, `None` when it is NULL.
    fn day(&mut self) -> StoreResult<Option<NaiveDate>> {
        let text = self.text()?;
        parse_day((!text.is_empty()).then_some(text)).map_err(corrupt)
    }

    /// The next two columns as a stored interval: both days, or `None` when either is missing.
    fn days(&mut self) -> StoreResult<Option<(NaiveDate, NaiveDate)>> {
        Ok(match (self.day()?, self.day()?) {
            (Some(start), Some(end)) => Some((start, end)),
            _ => None,
        })
    }

    /// Fails unless every column was read.
    fn end(mut self) -> StoreResult<()> {
        match self.fields.next() {
            Some(_) => Err(self.bad("too many columns")),
            None => Ok(()),
        }
    }
}

/// A claim as a lookup reads it, with the columns its kind's merge rules do not read left
/// empty (a loaded territorial or exchange claim has no `id`: only a deadline's is ever
/// written into another row, in the history note of the claim that supersedes it).
fn loaded(seq: i64, kind: ClaimKind, merge_key: &str) -> Known {
    Known {
        seq,
        id: String::new(),
        kind,
        merge_key: merge_key.to_owned(),
        action: None,
        actor: None,
        categories: None,
        status_class: None,
        when: None,
        thread: None,
        due: None,
        demand: None,
        demand_key: String::new(),
        first_published: None,
        asserted: false,
        newly_asserted: false,
        demand_group: 0,
        new: false,
        moved: false,
    }
}

/// The candidates of one lookup of `kind` (its text, see [`claim_rows`]), in storage order,
/// but for those whose `seq` the batch has already read (`read`): the deadline lookups of a
/// chunk overlap (a thread's latest claim is its head on the later days too), and decoding
/// a claim cost the writer more than skipping it.
fn decode_claims(
    kind: ClaimKind,
    rows: &str,
    read: impl Fn(i64) -> bool,
) -> StoreResult<Vec<Known>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    // An aggregate has no order of its own: the rows are put in storage order, as the merge
    // rules expect, by their first column (`seq`) before they are decoded, so that what is
    // sorted is a number and a slice rather than a claim of some 300 bytes. The `seq` is read
    // once, and the rest of the row kept apart from it.
    let mut ordered: Vec<(i64, &str)> = Vec::new();
    for row in rows.split(ROW) {
        let (seq, rest) = row.split_once(FIELD).unwrap_or((row, ""));
        let seq = seq
            .parse()
            .map_err(|_| Columns::of(row).bad("not a number"))?;
        if !read(seq) {
            ordered.push((seq, rest));
        }
    }
    ordered.sort_unstable_by_key(|&(seq, _)| seq);
    let mut claims = Vec::with_capacity(ordered.len());
    for (seq, rest) in ordered {
        let mut c = Columns::of(rest);
        let known = match kind {
            ClaimKind::Territorial => {
                let key = c.text()?;
                Known {
                    action: c.owned()?,
                    actor: c.owned()?,
                    first_published: c.day()?,
                    asserted: c.number()? != 0,
                    ..loaded(seq, kind, key)
                }
            }
            ClaimKind::Exchange => {
                let key = c.text()?;
                Known {
                    categories: c.owned()?,
                    status_class: c.owned()?,
                    when: c.days()?,
                    first_published: c.day()?,
                    ..loaded(seq, kind, key)
                }
            }
            ClaimKind::Deadline => {
                let (id, key) = (c.text()?, c.text()?);
                Known {
                    id: id.to_owned(),
                    thread: c.owned()?,
                    due: c.days()?,
                    demand_key: c.text()?.to_owned(),
                    first_published: c.day()?,
                    ..loaded(seq, kind, key)
                }
            }
        };
        c.end()?;
        claims.push(known);
    }
    Ok(claims)
}

async fn read_claims(
    conn: &mut SqliteConnection,
    q: QueryBuilder<'_, Sqlite>,
    kind: ClaimKind,
    batch: &mut Batch<'_>,
    persistent: bool,
) -> StoreResult<()> {
    let found = fetch_claims(conn, q, kind, persistent, |_| false).await?;
    // Reserved, as the batch's rows are (see `store_docs`).
    batch.claims.reserve(found.len());
    for known in found {
        batch.add(known);
    }
    Ok(())
}

/// The candidates a lookup of `kind` selects with [`claim_rows`], in storage order, but for
/// those already `read` (see [`decode_claims`]).
async fn fetch_claims(
    conn: &mut SqliteConnection,
    mut q: QueryBuilder<'_, Sqlite>,
    kind: ClaimKind,
    persistent: bool,
    read: impl Fn(i64) -> bool,
) -> StoreResult<Vec<Known>> {
    // Kept in the statement cache only when its text is the same for every batch: a
    // statement whose shape depends on the number of keys would hold a compiled program per
    // shape for the life of the connection.
    let rows: Option<String> = q
        .build_query_scalar()
        .persistent(persistent)
        .fetch_one(&mut *conn)
        .await
        .ctx("looking up claims")?;
    decode_claims(kind, rows.as_deref().unwrap_or_default(), read)
}

/// Whether a deadline report compares its demand with every group of its key again (the
/// reference the agreement cache of [`DeadlineIndex`] is tested against) rather than reading
/// the groups it agrees with from the cache. Never outside tests.
fn reference_agreement() -> bool {
    #[cfg(test)]
    return tests::FULL_LOAD.with(std::cell::Cell::get);
    #[cfg(not(test))]
    false
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

/// The value of `key` in `map`, inserted as the default if missing. `HashMap::entry` takes
/// the key owned, so it is copied every time, but hashed once. Looking it up first so as to
/// copy it only when new hashes it two or three times: with SipHash that cost the writer more
/// than the copy; with foldhash the two cost the same (2.7001 G and 2.7004 G instructions
/// over 3,000 articles), and this is the shorter.
fn entry<'m, V: Default>(map: &'m mut HashMap<String, V>, key: &str) -> &'m mut V {
    map.entry(key.to_owned()).or_default()
}

impl<'a> Batch<'a> {
    fn add(&mut self, known: Known) {
        let index = self.claims.len();
        if known.kind == ClaimKind::Exchange {
            // An exchange without days never merges: no report looks for it.
            if let Some((start, end)) = known.when {
                let exchanges = entry(&mut self.exchanges, &known.merge_key);
                exchanges.by_start.insert((start, index));
                let days = u64::try_from((end - start).num_days()).unwrap_or(0);
                exchanges.longest = exchanges.longest.max(days);
            }
            self.claims.push(known);
            return;
        }
        if known.kind != ClaimKind::Deadline {
            self.by_key
                .entry((known.kind, known.merge_key.clone()))
                .or_default()
                .push(index);
            self.claims.push(known);
            return;
        }
        // The claims are borrowed beside the key's index, which is looked up once.
        let claims = &mut self.claims;
        let deadlines = entry(&mut self.deadlines, &known.merge_key);
        entry(&mut deadlines.threads, deadline_thread(&known)).push(index);
        let group = match deadlines.demands.get(known.demand_key.as_str()) {
            Some(&group) => group,
            None => {
                deadlines.groups.push(DemandGroup {
                    tokens: key::key_tokens(&known.demand_key),
                    members: Vec::new(),
                    best: index,
                });
                let group = deadlines.groups.len() - 1;
                deadlines.demands.insert(known.demand_key.clone(), group);
                group
            }
        };
        claims.push(Known {
            demand_group: group,
            ..known
        });
        let rank = |i: usize| merge::thread_rank(&deadline_candidate(claims, i));
        if let Some(group) = deadlines.groups.get_mut(group) {
            let new_best = rank(index) > rank(group.best);
            group.members.push(index);
            if new_best {
                group.best = index;
            }
        }
    }

    /// Finds the best member of a deadline's demand group again, after its first report moved.
    fn rerank(&mut self, slot: usize) {
        let c = &self.claims[slot];
        let Some(group) = self
            .deadlines
            .get_mut(&c.merge_key)
            .and_then(|index| index.groups.get_mut(c.demand_group))
        else {
            return;
        };
        let claims = &self.claims;
        group.best = group
            .members
            .iter()
            .copied()
            .max_by_key(|&i| merge::thread_rank(&deadline_candidate(claims, i)))
            .unwrap_or(slot);
    }

    fn candidates(&self, key: &Option<(ClaimKind, String)>) -> impl Iterator<Item = usize> + '_ {
        key.as_ref()
            .and_then(|k| self.by_key.get(k))
            .into_iter()
            .flatten()
            .copied()
    }

    /// Places a territorial report, given its own role and its actor's key.
    fn place_territorial(
        &self,
        key: &Option<(ClaimKind, String)>,
        t: &Territorial,
        role: Role,
        actor: &str,
    ) -> Placement {
        let candidates: Vec<TerritorialCandidate<'_>> = self
            .candidates(key)
            .map(|i| TerritorialCandidate {
                seq: i64::try_from(i).unwrap_or(i64::MAX),
                action: self.claims[i].action.as_deref().unwrap_or_default(),
                actor: self.claims[i].actor.as_deref().unwrap_or_default(),
            })
            .collect();
        match merge::match_territorial(t, actor, role, &candidates) {
            Some((index, role)) => Placement {
                existing: usize::try_from(index).ok(),
                ..new_placement(role)
            },
            None => new_placement(role),
        }
    }

    /// Places an exchange report, given its categories, status class and days.
    fn place_exchange(
        &self,
        key: &Option<(ClaimKind, String)>,
        categories: &str,
        class: &str,
        days: Option<(NaiveDate, NaiveDate)>,
    ) -> Placement {
        let Some((start, end)) = days else {
            return new_placement(Role::Support);
        };
        // Within a day: compared as dates, which is what the day counts amount to (the
        // counts remain for the far ends of the calendar, where a day has no neighbour).
        let (after, before) = (end.succ_opt(), start.pred_opt());
        let near = |(s, e): (NaiveDate, NaiveDate)| match (after, before) {
            (Some(after), Some(before)) => s <= after && before <= e,
            _ => (s - end).num_days() <= 1 && (start - e).num_days() <= 1,
        };
        let Some(index) = key.as_ref().and_then(|(_, k)| self.exchanges.get(k)) else {
            return new_placement(Role::Support);
        };
        // Those within a day start at most `longest` days before the day before `start`, and
        // at the latest the day after `end`; the ends of the calendar leave the range open.
        let (from, to) = match (before, after) {
            (Some(before), Some(after)) => (
                before
                    .checked_sub_days(Days::new(index.longest))
                    .unwrap_or(NaiveDate::MIN),
                after,
            ),
            _ => (NaiveDate::MIN, NaiveDate::MAX),
        };
        // `match_exchange` ranks by gap, then storage order: the order of the list is free.
        let candidates: Vec<ExchangeCandidate<'_>> = index
            .by_start
            .range((from, 0)..=(to, usize::MAX))
            .filter_map(|&(_, i)| {
                let c = &self.claims[i];
                let (start, end) = c.when.filter(|&when| near(when))?;
                Some(ExchangeCandidate {
                    seq: i64::try_from(i).unwrap_or(i64::MAX),
                    categories: c.categories.as_deref().unwrap_or_default(),
                    status_class: c.status_class.as_deref().unwrap_or_default(),
                    start,
                    end,
                })
            })
            .collect();
        match merge::match_exchange(categories, class, (start, end), &candidates) {
            Some(index) => Placement {
                existing: usize::try_from(index).ok(),
                ..new_placement(Role::Support)
            },
            None => new_placement(Role::Support),
        }
    }

    fn place_deadline(
        &mut self,
        key: &Option<(ClaimKind, String)>,
        d: &Deadline,
        (demand, demand_key): (Option<&[String]>, &str),
        published: Option<NaiveDate>,
    ) -> Placement {
        let Some((_, key)) = key else {
            return new_placement(Role::Support);
        };
        // One lookup of the key's index: the claims are borrowed beside it.
        let claims = &self.claims;
        let Some(index) = self.deadlines.get_mut(key.as_str()) else {
            return new_placement(Role::Support);
        };
        // The groups whose demand agrees, compared only with the groups added since the
        // last report with this demand.
        let agreeing = entry(&mut index.agreeing, demand_key);
        for (i, group) in index.groups.iter().enumerate().skip(agreeing.compared) {
            if key::tokens_agree(Some(&group.tokens), demand) {
                agreeing.groups.push(i);
            }
        }
        agreeing.compared = index.groups.len();
        // The thread: that of the best-ranked claim among the demands that agree (the
        // groups in the order they were added, as the reference compares them).
        let groups = &index.groups;
        let best = if reference_agreement() {
            groups
                .iter()
                .filter(|g| key::tokens_agree(Some(&g.tokens), demand))
                .map(|g| deadline_candidate(claims, g.best))
                .max_by_key(merge::thread_rank)
        } else {
            agreeing
                .groups
                .iter()
                .filter_map(|&g| groups.get(g))
                .map(|g| deadline_candidate(claims, g.best))
                .max_by_key(merge::thread_rank)
        };
        let Some(best) = best else {
            return new_placement(Role::Support);
        };
        let members: Vec<DeadlineCandidate<'_>> = index
            .threads
            .get(best.thread)
            .into_iter()
            .flatten()
            .map(|&i| deadline_candidate(claims, i))
            .collect();
        match merge::match_in_thread(best.thread, d.due.as_ref(), published, &members) {
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
                    .and_then(|i| claims.get(i))
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

    /// Places one claim of an article (stored as rowid `article`), with its facts and the
    /// texts of its evidence row; returns whether it merged into a known claim.
    fn place(
        &mut self,
        entry: Entry<'a>,
        article: i64,
        claim: &'a Claim,
        facts: &'a ClaimFacts,
        mut texts: ClaimTexts<'a>,
    ) -> StoreResult<bool> {
        let published = entry.doc.article.published;
        let key = &facts.key;
        let placement = match (&claim.detail, &facts.kind) {
            (ClaimDetail::Territorial(t), &KindFacts::Territorial { role, ref actor }) => {
                self.place_territorial(key, t, role, actor)
            }
            (
                ClaimDetail::Exchange(_),
                KindFacts::Exchange {
                    categories,
                    class,
                    days,
                    ..
                },
            ) => self.place_exchange(key, categories, class, *days),
            (ClaimDetail::Deadline(d), KindFacts::Deadline { demand, demand_key }) => {
                self.place_deadline(key, d, (demand.as_deref(), demand_key), published)
            }
            // Not reached: the facts of a claim are those of its own kind.
            _ => new_placement(Role::Support),
        };
        let (slot, merged) = match placement.existing {
            Some(slot) if slot < self.claims.len() => (slot, true),
            _ => (self.new_claim(published, claim, facts, &placement), false),
        };
        let asserted_before = self.claims[slot].asserted;
        let claim_seq = self.claims[slot].seq;
        {
            let known = &mut self.claims[slot];
            known.asserted |= placement.role.asserts();
            known.newly_asserted |= known.asserted
                && !asserted_before
                && !known.new
                && known.kind == ClaimKind::Territorial;
            if merged
                && let Some(day) = published
                && known.first_published.is_none_or(|first| day < first)
            {
                known.first_published = Some(day);
                known.moved = !known.new;
                if known.kind == ClaimKind::Deadline {
                    self.rerank(slot);
                }
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
        // A detail that could not be written ahead of time is written again for its error.
        let detail = match texts.detail.take() {
            Some(json) => json,
            None => Cow::Owned(serde_json::to_string(&claim.detail).map_err(StoreError::Encode)?),
        };
        self.evidence.push(EvidenceRow {
            claim_seq,
            article,
            role: placement.role,
            span: (
                i64::try_from(claim.span.start).unwrap_or(i64::MAX),
                i64::try_from(claim.span.end).unwrap_or(i64::MAX),
            ),
            texts,
            detail,
        });

        // Who confirms, denies or disputes (a report that supports its claim has no note).
        let role_note = match placement.role {
            Role::Support => None,
            Role::Confirm | Role::Deny | Role::Dispute => facts.by.as_deref().map(Cow::Borrowed),
        };
        let note = match (&facts.kind, event) {
            (KindFacts::Exchange { reported, .. }, EventKind::Reaffirmed) => {
                Some(Cow::Borrowed(reported.as_str()))
            }
            _ => role_note.clone(),
        };
        let event_row = |claim_seq, event, note| EventRow {
            claim_seq,
            event,
            article,
            note,
        };
        self.events.push(event_row(claim_seq, event, note));
        if !merged && placement.role != Role::Support {
            let follow = match placement.role {
                Role::Confirm => EventKind::Confirmed,
                Role::Deny => EventKind::Denied,
                Role::Support | Role::Dispute => EventKind::Disputed,
            };
            self.events.push(event_row(claim_seq, follow, role_note));
        }
        if let (Some((head_seq, head_id, change)), false) = (placement.supersedes, merged) {
            let change = match change {
                DueChange::Shortened { from, to } => Some((EventKind::Shortened, from, to)),
                DueChange::Extended { from, to } => Some((EventKind::Extended, from, to)),
                DueChange::Changed => None,
            };
            if let Some((kind, from, to)) = change {
                let note = due_note(&from, &to, &head_id);
                self.events
                    .push(event_row(claim_seq, kind, Some(Cow::Owned(note))));
            }
            let by = ["by ", self.claims[slot].id.as_str()].concat();
            self.events.push(event_row(
                head_seq,
                EventKind::Superseded,
                Some(Cow::Owned(by)),
            ));
        }
        Ok(merged)
    }

    /// Adds a new claim for a report and returns its index.
    fn new_claim(
        &mut self,
        published: Option<NaiveDate>,
        claim: &Claim,
        facts: &ClaimFacts,
        placement: &Placement,
    ) -> usize {
        let mut known = Known {
            seq: self.next_seq,
            id: facts.id.clone(),
            kind: claim.kind(),
            // A claim that never merges gets a key no lookup asks for.
            merge_key: facts
                .key
                .as_ref()
                .map(|(_, k)| k.clone())
                .unwrap_or_default(),
            action: None,
            actor: None,
            categories: None,
            status_class: None,
            when: None,
            thread: None,
            due: None,
            demand: None,
            demand_key: String::new(),
            first_published: published,
            asserted: false,
            newly_asserted: false,
            demand_group: 0,
            new: true,
            moved: false,
        };
        self.next_seq += 1;
        match (&claim.detail, &facts.kind) {
            (ClaimDetail::Territorial(t), KindFacts::Territorial { actor, .. }) => {
                known.action = Some(t.action.as_str().to_owned());
                known.actor = Some(actor.clone());
            }
            (
                ClaimDetail::Exchange(_),
                KindFacts::Exchange {
                    categories,
                    class,
                    days,
                    ..
                },
            ) => {
                known.categories = Some(categories.clone());
                known.status_class = Some((*class).to_owned());
                known.when = *days;
            }
            (ClaimDetail::Deadline(d), KindFacts::Deadline { demand_key, .. }) => {
                known.thread = Some(placement.thread.clone().unwrap_or_else(|| facts.id.clone()));
                known.due = d.due.as_ref().map(|i| (i.start, i.end));
                known.demand.clone_from(&d.demand);
                known.demand_key.clone_from(demand_key);
            }
            // Not reached: the facts of a claim are those of its own kind.
            _ => {}
        }
        let slot = self.claims.len();
        if known.merge_key.is_empty() {
            self.claims.push(known);
        } else {
            self.add(known);
        }
        slot
    }

    /// Writes the batch's new claims, evidence and events, and moves first reports earlier.
    /// It takes the batch, so that a text it made for a row (a note, a detail written late) is
    /// handed to sqlx rather than copied, and gives back the claims it knew (see [`Scraps`]).
    async fn write(mut self, conn: &mut SqliteConnection) -> StoreResult<Scraps> {
        // Claim ids are 64-bit hashes of the article id and the claim's place in it; a clash
        // with a stored id fails the batch on the unique index rather than merging two
        // unrelated claims.
        write_claims(conn, &mut self.claims).await?;
        // First reports moved earlier (`UPDATE ... FROM`: SQLite 3.33+ and PostgreSQL), in
        // statements of one shape, as the inserts: a `CASE` of a bound pair per claim, as
        // this was written before, cost SQLite more to compile than to run.
        let mut moved: Vec<(i64, Option<String>)> = self
            .claims
            .iter()
            .filter(|c| c.moved)
            .map(|c| (c.seq, day_text(c.first_published)))
            .collect();
        insert_rows(
            conn,
            &Insert {
                head: "UPDATE claims SET first_published = v.column2 FROM (VALUES ",
                row: "(?,?)",
                tail: ") AS v WHERE claims.seq = v.column1",
            },
            &mut moved,
            |v, (seq, day)| {
                v.bind(*seq).bind(day.take());
            },
            "updating claims",
        )
        .await?;
        // Stored territorial claims asserted for the first time (few: a claim first named by
        // a denial, then supported).
        let mut asserted: Vec<i64> = self
            .claims
            .iter()
            .filter(|c| c.newly_asserted)
            .map(|c| c.seq)
            .collect();
        insert_rows(
            conn,
            &Insert {
                head: "UPDATE claims SET asserted = 1 FROM (VALUES ",
                row: "(?)",
                tail: ") AS v WHERE claims.seq = v.column1",
            },
            &mut asserted,
            |v, seq| {
                v.bind(*seq);
            },
            "updating claims",
        )
        .await?;
        // The role and the event are bound as their number and written by a `CASE` of
        // literals (see `names_case`): a literal costs SQLite nothing to copy, a bound text
        // two allocations and two copies. For the same reason a row's article id and day are
        // read from its article (`OF_ARTICLE`), which the row names by rowid.
        insert_rows(
            conn,
            &Insert {
                head: &EVIDENCE_HEAD,
                row: "(?,?,?,?,?,?,?,?,?,?,?)",
                tail: OF_ARTICLE,
            },
            &mut self.evidence,
            |v, e| {
                let texts = &mut e.texts;
                v.bind(e.claim_seq)
                    .bind(e.article)
                    .bind(take(&mut texts.extract_id))
                    .bind(code_of(&Role::ALL, e.role))
                    .bind(take(&mut texts.text))
                    .bind(e.span.0)
                    .bind(e.span.1)
                    .bind(texts.speaker.take())
                    .bind(texts.actor.take())
                    .bind(texts.verb.take())
                    .bind(take(&mut e.detail));
            },
            "storing evidence",
        )
        .await?;
        insert_rows(
            conn,
            &Insert {
                head: &EVENT_HEAD,
                row: "(?,?,?,?)",
                tail: OF_ARTICLE,
            },
            &mut self.events,
            |v, e| {
                v.bind(e.claim_seq)
                    .bind(e.article)
                    .bind(code_of(&EventKind::ALL, e.event))
                    .bind(e.note.take());
            },
            "storing history",
        )
        .await?;
        Ok(Scraps {
            claims: self.claims,
            by_key: self.by_key,
            exchanges: self.exchanges,
            deadlines: self.deadlines,
        })
    }
}

/// Writes the batch's new claims, one statement shape per kind: a kind writes only the
/// columns it has (the others default to NULL) and its name as a literal, so that a claim
/// binds six to nine values rather than sixteen. Storage order is kept by `seq`, which every
/// row names. A claim's texts are moved into its statement (sqlx would copy a borrowed text
/// before sending it to its SQLite thread), so the lookup tables that read them are written
/// first.
async fn write_claims(conn: &mut SqliteConnection, claims: &mut [Known]) -> StoreResult<()> {
    let is_new = |kind: ClaimKind| move |c: &&mut Known| c.new && c.kind == kind;
    write_spans(conn, claims, ClaimKind::Exchange).await?;
    write_spans(conn, claims, ClaimKind::Deadline).await?;
    write_deadline_groups(conn, claims).await?;
    insert_rows(
        conn,
        &Insert {
            head: "INSERT OR FAIL INTO claims (seq, id, kind, merge_key, action, actor, \
                   first_published, asserted) VALUES ",
            row: "(?,?,'territorial',?,?,?,?,?)",
            tail: "",
        },
        &mut claims
            .iter_mut()
            .filter(is_new(ClaimKind::Territorial))
            .collect::<Vec<_>>(),
        |v, c| {
            v.bind(c.seq)
                .bind(take(&mut c.id))
                .bind(take(&mut c.merge_key))
                .bind(c.action.take())
                .bind(c.actor.take())
                .bind(day_text(c.first_published))
                .bind(i64::from(c.asserted));
        },
        "storing claims",
    )
    .await?;
    insert_rows(
        conn,
        &Insert {
            head: "INSERT OR FAIL INTO claims (seq, id, kind, merge_key, categories, \
                   status_class, when_start, when_end, first_published) VALUES ",
            row: "(?,?,'exchange',?,?,?,?,?,?)",
            tail: "",
        },
        &mut claims
            .iter_mut()
            .filter(is_new(ClaimKind::Exchange))
            .collect::<Vec<_>>(),
        |v, c| {
            v.bind(c.seq)
                .bind(take(&mut c.id))
                .bind(take(&mut c.merge_key))
                .bind(c.categories.take())
                .bind(c.status_class.take())
                .bind(day_text(c.when.map(|w| w.0)))
                .bind(day_text(c.when.map(|w| w.1)))
                .bind(day_text(c.first_published));
        },
        "storing claims",
    )
    .await?;
    insert_rows(
        conn,
        &Insert {
            head: "INSERT OR FAIL INTO claims (seq, id, kind, merge_key, thread, due_start, \
                   due_end, demand, demand_key, first_published) VALUES ",
            row: "(?,?,'deadline',?,?,?,?,?,?,?)",
            tail: "",
        },
        &mut claims
            .iter_mut()
            .filter(is_new(ClaimKind::Deadline))
            .collect::<Vec<_>>(),
        |v, c| {
            v.bind(c.seq)
                .bind(take(&mut c.id))
                .bind(take(&mut c.merge_key))
                .bind(c.thread.take())
                .bind(day_text(c.due.map(|d| d.0)))
                .bind(day_text(c.due.map(|d| d.1)))
                .bind(c.demand.take())
                .bind(take(&mut c.demand_key))
                .bind(day_text(c.first_published));
        },
        "storing claims",
    )
    .await
}

/// Adds the thread and demand groups of the batch's new deadlines that can merge, for the
/// lookup of each group's latest claim (`ON CONFLICT DO NOTHING`: SQLite 3.24+ and
/// PostgreSQL).
async fn write_deadline_groups(conn: &mut SqliteConnection, claims: &[Known]) -> StoreResult<()> {
    let mut groups: Vec<(&str, &str, &str)> = claims
        .iter()
        .filter(|c| c.new && c.kind == ClaimKind::Deadline && !c.merge_key.is_empty())
        .filter_map(|c| {
            Some((
                c.merge_key.as_str(),
                c.thread.as_deref()?,
                c.demand_key.as_str(),
            ))
        })
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    insert_rows(
        conn,
        &Insert {
            head: "INSERT INTO deadline_groups (merge_key, thread, demand_key) VALUES ",
            row: "(?,?,?)",
            tail: " ON CONFLICT DO NOTHING",
        },
        &mut groups,
        |v, &mut (key, thread, demand)| {
            v.bind(key).bind(thread).bind(demand);
        },
        "storing deadline threads",
    )
    .await
}

/// Raises the longest span of each key's exchanges (`exchange_spans`, which lists spans of a
/// day or more) to the longest of the batch's new exchanges with the key.
/// The longest span of the new claims of `kind` (exchanges: their days; deadlines: their due
/// interval) per merge key, where it lengthens the stored one (`exchange_spans`,
/// `deadline_spans`; see `Wanted::exchange_windows` and `Wanted::load`).
async fn write_spans(
    conn: &mut SqliteConnection,
    claims: &[Known],
    kind: ClaimKind,
) -> StoreResult<()> {
    let mut longest: HashMap<&str, i64> = HashMap::default();
    for c in claims.iter().filter(|c| c.new && c.kind == kind) {
        let span = if kind == ClaimKind::Exchange {
            c.when
        } else {
            c.due
        };
        if let Some((start, end)) = span
            && !c.merge_key.is_empty()
        {
            let days = (end - start).num_days();
            if days > 0 {
                let entry = longest.entry(c.merge_key.as_str()).or_insert(0);
                *entry = (*entry).max(days);
            }
        }
    }
    let mut rows: Vec<(&str, i64)> = longest.into_iter().collect();
    let insert = if kind == ClaimKind::Exchange {
        Insert {
            head: "INSERT INTO exchange_spans (merge_key, longest) VALUES ",
            row: "(?,?)",
            tail: " ON CONFLICT (merge_key) DO UPDATE SET longest = excluded.longest \
                   WHERE excluded.longest > exchange_spans.longest",
        }
    } else {
        Insert {
            head: "INSERT INTO deadline_spans (merge_key, longest) VALUES ",
            row: "(?,?)",
            tail: " ON CONFLICT (merge_key) DO UPDATE SET longest = excluded.longest \
                   WHERE excluded.longest > deadline_spans.longest",
        }
    };
    insert_rows(
        conn,
        &insert,
        &mut rows,
        |v, &mut (key, days)| {
            v.bind(key).bind(days);
        },
        "storing spans",
    )
    .await
}

/// The shape of a multi-row statement: `head`, then `row` once per row, separated by commas,
/// then `tail`; the `?` of `row` are bound in order. Most are a plain `INSERT ... VALUES`,
/// whose rows SQLite reads straight from the `VALUES` into the new record; the evidence and
/// history rows `SELECT` from the `VALUES` joined to their articles (see [`OF_ARTICLE`]), and
/// the claims moved earlier are an `UPDATE ... FROM` them. A value every row of a table has (a
/// claim's kind) is a literal of `row`; one of a few names (a role, an event) is bound as its
/// number and named by a `CASE` in the `SELECT` (see [`names_case`]).
struct Insert<'a> {
    head: &'a str,
    row: &'static str,
    tail: &'static str,
}

/// Rows per multi-row statement; the rows of a batch left over are written in statements of
/// the powers of two their number is the sum of (at most eight more). So a table has at most
/// nine statements, each of which sqlx prepares once per connection and reuses (compiling a
/// statement cost SQLite about as much as running it). The last statement of a table bound
/// NULL to the rows it did not fill, which a `WHERE` skipped, before: a plain `INSERT` has no
/// `WHERE`, and for the statements that `SELECT` from their rows the powers of two cost the
/// writer less than the NULLs (1.5 M instructions over 3,000 articles) and SQLite the same.
///
/// Each statement is a round trip to sqlx's SQLite thread: two thread switches, which on a
/// small virtual machine cost more wall-clock time than the statement's own work, and more
/// when the batch's workers hold both cores (the thread woken preempts one). Counted in
/// instructions, 16 rows cost the least (with more, SQLite's copies of the bound texts outgrow
/// its per-connection lookaside memory and go through `malloc`). With chunks of 512, 64 rows
/// stored about a quarter faster than 16 on one thread (2,100 thread switches over 3,000
/// articles rather than 6,500) and 128 no faster. With chunks of 2,048, 256 rows rather than
/// 64, over 10,000 articles: thread switches 5,300 -> 2,000 on one thread and 11,300 -> 5,200
/// on two; runs taken in turn, 4% less time on one thread and 2% on two; 0.6% more
/// instructions (3,000 articles); 1,024 rows no faster than 256. Sending several statements in
/// one `execute` instead cost more instructions than it saved: SQLite keeps each statement's
/// bound copies until that statement runs again, so the earlier statements of a round trip
/// crowd out the later ones'.
const INSERT_ROWS: usize = 256;

/// The sizes of the statements of [`insert_rows`]: [`INSERT_ROWS`] and every power of two
/// below it.
const SIZES: usize = INSERT_ROWS.trailing_zeros() as usize + 1;

/// Writes `rows` with statements of the shape `insert` (see [`INSERT_ROWS`] for their sizes),
/// each row's values bound by `bind` (which may take them out of the row, so that an owned text
/// is handed to sqlx rather than copied).
///
/// The statements are `INSERT OR FAIL` where a row can break a constraint: a failure fails the
/// batch, whose transaction is then rolled back whole, so SQLite need not keep a statement
/// journal to undo just the failing statement (the default, `ABORT`, copies every page the
/// statement changes before changing it; `OR FAIL` is SQLite's, PostgreSQL fails the whole
/// statement).
async fn insert_rows<T>(
    conn: &mut SqliteConnection,
    insert: &Insert<'_>,
    mut rows: &mut [T],
    mut bind: impl for<'q> FnMut(&mut Values<'q>, &'q mut T),
    context: &'static str,
) -> StoreResult<()> {
    let values = insert.row.matches('?').count();
    // Each size's text, written when first used.
    let mut sqls: [Option<String>; SIZES] = Default::default();
    while !rows.is_empty() {
        let n = if rows.len() >= INSERT_ROWS {
            INSERT_ROWS
        } else {
            1 << rows.len().ilog2()
        };
        let (chunk, rest) = take(&mut rows).split_at_mut(n);
        rows = rest;
        let sql = sqls
            .get_mut(n.trailing_zeros() as usize)
            .map(|sql| sql.get_or_insert_with(|| insert_sql(insert, n)).as_str())
            .unwrap_or_default();
        let mut arguments = Values::with_capacity(n * values);
        for row in chunk {
            bind(&mut arguments, row);
        }
        let arguments = arguments
            .finish()
            .map_err(|e| StoreError::Sql(context, e))?;
        sqlx::query_with(sql, arguments)
            .execute(&mut *conn)
            .await
            .ctx(context)?;
    }
    Ok(())
}

/// The values of one statement of [`insert_rows`], bound in order. They go straight into
/// sqlx's argument list, reserved once: `Query::bind` moves the whole query for every value,
/// which cost more than the value.
struct Values<'q> {
    arguments: SqliteArguments<'q>,
    /// The first value that could not be encoded (none of the ledger's types fail).
    error: Option<sqlx::error::BoxDynError>,
}

impl<'q> Values<'q> {
    fn with_capacity(values: usize) -> Values<'q> {
        let mut arguments = SqliteArguments::default();
        arguments.reserve(values, 0);
        Values {
            arguments,
            error: None,
        }
    }

    /// Binds the next value.
    fn bind<V: 'q + Encode<'q, Sqlite> + Type<Sqlite>>(&mut self, value: V) -> &mut Values<'q> {
        if self.error.is_none()
            && let Err(error) = self.arguments.add(value)
        {
            self.error = Some(error);
        }
        self
    }

    fn finish(self) -> Result<SqliteArguments<'q>, sqlx::Error> {
        match self.error {
            Some(error) => Err(sqlx::Error::Encode(error)),
            None => Ok(self.arguments),
        }
    }
}

/// The statement of `insert` with `n` rows. Written directly rather than with
/// `QueryBuilder`, which formats every separator through `fmt` (a tenth of the store's time
/// for some 900,000 values), and without spaces: sqlx finds a prepared statement by its text.
fn insert_sql(insert: &Insert<'_>, n: usize) -> String {
    let mut sql =
        String::with_capacity(insert.head.len() + n * (insert.row.len() + 1) + insert.tail.len());
    sql.push_str(insert.head);
    for r in 0..n {
        if r > 0 {
            sql.push(',');
        }
        sql.push_str(insert.row);
    }
    sql.push_str(insert.tail);
    sql
}

/// A `CASE` that turns the number in `column` into the name at that place of `names` (the
/// last name for any other number), for a column with a few fixed values.
fn names_case(column: &str, names: &[&str]) -> String {
    let mut sql = format!("CASE {column}");
    for (code, name) in names.iter().enumerate() {
        if code + 1 == names.len() {
            sql.push_str(&format!(" ELSE '{name}' END"));
        } else {
            sql.push_str(&format!(" WHEN {code} THEN '{name}'"));
        }
    }
    sql
}

/// The place of `value` in `all`, as [`names_case`] reads it.
fn code_of<T: PartialEq>(all: &[T], value: T) -> i64 {
    let place = all.iter().position(|v| *v == value).unwrap_or(all.len());
    i64::try_from(place).unwrap_or(i64::MAX)
}

/// Joins to the rows of an evidence or history statement the article each names by rowid in
/// its second value, whose id and day the row stores: read from the article's row, they cost
/// SQLite no bound copies (the rows of one article are adjacent, so the seek for the next row
/// finds the article where the last left it). `CROSS JOIN` keeps the rows the outer loop, so
/// that they are stored in order. SQLite's rowid; on PostgreSQL an identity column of
/// `articles` would stand in for it.
const OF_ARTICLE: &str = ") AS v CROSS JOIN articles a ON a.rowid = v.column2";

/// The start of the evidence statement, up to its rows: the role is bound as its place in
/// [`Role::ALL`], the article by rowid ([`OF_ARTICLE`]). (Written as a plain `INSERT`, with
/// the article's id and day bound in every row, it cost SQLite 7 M and the writer 14 M
/// instructions more over 3,000 articles.)
static EVIDENCE_HEAD: LazyLock<String> = LazyLock::new(|| {
    let role = names_case("column4", &Role::ALL.map(Role::as_str));
    format!(
        "INSERT OR FAIL INTO evidence (claim_seq, article_id, extract_id, published, role, \
         text, span_start, span_end, speaker, actor, verb, detail) \
         SELECT column1, a.id, column3, a.published, {role}, column5, column6, column7, \
         column8, column9, column10, column11 FROM (VALUES "
    )
});

/// The start of the history statement, up to its rows: the event is bound as its place in
/// [`EventKind::ALL`], the article by rowid ([`OF_ARTICLE`]).
static EVENT_HEAD: LazyLock<String> = LazyLock::new(|| {
    let event = names_case("column3", &EventKind::ALL.map(EventKind::as_str));
    format!(
        "INSERT OR FAIL INTO events (claim_seq, event, on_date, article_id, note) \
         SELECT column1, {event}, a.published, a.id, column4 FROM (VALUES "
    )
});

/// Writes the batch's new articles, numbered from rowid `first` in order (the numbers their
/// evidence and history rows name them by).
async fn write_articles(
    conn: &mut SqliteConnection,
    docs: &[Entry<'_>],
    first: i64,
    ingested_at: &str,
) -> StoreResult<()> {
    let mut docs: Vec<(i64, Entry<'_>)> = (first..).zip(docs.iter().copied()).collect();
    insert_rows(
        conn,
        &Insert {
            head: "INSERT OR FAIL INTO articles (rowid, id, source, title, url, published, \
                   dateline, path, ingested_at) VALUES ",
            row: "(?,?,?,?,?,?,?,?,?)",
            tail: "",
        },
        &mut docs,
        |v, (rowid, entry)| {
            let a = &entry.doc.article;
            v.bind(*rowid)
                .bind(a.id.as_str())
                .bind(a.source.as_deref())
                .bind(a.title.as_deref())
                .bind(a.url.as_deref())
                .bind(entry.facts.published.as_deref())
                .bind(a.dateline.as_deref())
                .bind(a.path.as_deref())
                .bind(ingested_at);
        },
        "storing articles",
    )
    .await
}

#[cfg(test)]
pub(crate) mod tests {
    //! The bounded candidate slices decide every merge as reading every claim with the key does.

    use std::cell::Cell;
    use std::collections::{BTreeMap, BTreeSet};

    use chrono::{Days, NaiveDate};
    use claimtrack_model::{
        Action, ArticleMeta, Attribution, Category, Claim, ClaimDetail, ClaimsDoc, Deadline,
        Exchange, ExchangeItem, ExchangeStatus, Interval, Span, Territorial, TerritorialStatus,
    };
    use fastrand::Rng;

    use crate::{ClaimQuery, Ledger, Prepared};

    thread_local! {
        /// Makes the store the reference its fast paths are tested against: `Wanted::load`
        /// reads every claim with a batch's merge keys, and a deadline report compares its
        /// demand with every group of its key (`reference_agreement`). The ledger runs its
        /// queries and merges on the calling thread.
        pub(crate) static FULL_LOAD: Cell<bool> = const { Cell::new(false) };
    }

    #[test]
    fn rows_are_written_once_each_in_order_whatever_their_number() {
        // Every number of rows up to past two full statements: the full statements and the
        // powers of two of what is left write each row once, in order.
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = Ledger::open(&dir.path().join("rows.db")).expect("open");
        ledger.runtime.block_on(async {
            let mut conn = ledger.pool.acquire().await.expect("connection");
            sqlx::query("CREATE TEMP TABLE written (seq INTEGER PRIMARY KEY, n INTEGER)")
                .execute(&mut *conn)
                .await
                .expect("table");
            let insert = super::Insert {
                head: "INSERT INTO written (n) VALUES ",
                row: "(?)",
                tail: "",
            };
            for n in 0..=(2 * super::INSERT_ROWS + 3) {
                let mut rows: Vec<i64> = (0..).take(n).collect();
                let bind = |v: &mut super::Values<'_>, row: &mut i64| {
                    v.bind(*row);
                };
                let written = super::insert_rows(&mut conn, &insert, &mut rows, bind, "rows");
                assert!(written.await.is_ok(), "{n} rows");
                let stored: Vec<i64> = sqlx::query_scalar("SELECT n FROM written ORDER BY seq")
                    .fetch_all(&mut *conn)
                    .await
                    .expect("rows");
                assert_eq!(stored, (0..).take(n).collect::<Vec<i64>>(), "{n} rows");
                sqlx::query("DELETE FROM written")
                    .execute(&mut *conn)
                    .await
                    .expect("emptied");
            }
        });
    }

    /// The lookup finds a claim's action in a set's text (`instr`) exactly when the set holds
    /// it, for every set: no action's name is found inside another's.
    #[test]
    fn an_action_is_found_in_the_text_of_a_set_only_when_the_set_holds_it() {
        for bits in 0..=u8::MAX {
            let text = super::actions(bits);
            for &action in Action::ALL {
                assert_eq!(
                    text.contains(action.as_str()),
                    bits & super::action_bit(action) != 0,
                    "{action:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn windows_are_three_ten_character_days_widened_past_four_digit_years() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let (lo, hi, end) = (date(2025, 3, 1), date(2025, 3, 4), date(2025, 4, 2));
        assert_eq!(
            super::window_text(lo, hi, end),
            "2025-03-012025-03-042025-04-02"
        );
        let far = date(12_025, 1, 1);
        assert_eq!(
            super::window_text(far, far, far),
            "          9999-12-319999-12-31"
        );
    }

    /// The notes written without the formatting machinery are those `format!` writes, for
    /// days of every width of year (chrono signs years beyond four digits) and intervals of
    /// one day or more.
    #[test]
    fn due_notes_are_written_as_format_writes_them() {
        let mut rng = Rng::with_seed(14);
        let years = [-12_025, -1, 0, 7, 999, 1_999, 2_025, 9_999, 10_000, 12_025];
        let date = |rng: &mut Rng| {
            let year = years[rng.usize(..years.len())];
            NaiveDate::from_ymd_opt(year, rng.u32(1..=12), rng.u32(1..=28)).unwrap_or_default()
        };
        for _ in 0..2_000 {
            let start = date(&mut rng);
            let end = if rng.bool() { start } else { date(&mut rng) };
            let from = Interval {
                start,
                end,
                text: None,
            };
            let to = Interval {
                start: end,
                end: date(&mut rng),
                text: None,
            };
            assert_eq!(
                super::due_note(&from, &to, "d-0123456789abcdef"),
                format!("due {from} -> {to} (supersedes d-0123456789abcdef)")
            );
            assert_eq!(
                super::day_text(Some(start)),
                Some(start.format("%Y-%m-%d").to_string())
            );
        }
    }

    /// One of `items`, drawn from the seeded generator of a reproducible mix of reports.
    fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
        items[rng.usize(..items.len())]
    }

    fn day(offset: u64) -> NaiveDate {
        let base = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
        base.checked_add_days(Days::new(offset)).unwrap_or(base)
    }

    fn interval(rng: &mut Rng, from: u64) -> Interval {
        let start = from + rng.u64(..40);
        let end = start + [0, 0, 0, 2][rng.usize(..4)];
        Interval {
            start: day(start),
            end: day(end),
            text: None,
        }
    }

    fn report(rng: &mut Rng, published: Option<u64>) -> ClaimDetail {
        let around = published.unwrap_or(30);
        match rng.u64(..3) {
            0 => ClaimDetail::Deadline(Deadline {
                issuer: Some(pick(rng, &["the President", "the Council", "Hamas"]).to_owned()),
                targets: vec![pick(rng, &["Russia", "Israel"]).to_owned()],
                demand: [
                    None,
                    Some("agree to a ceasefire"),
                    Some("a ceasefire deal"),
                    Some("release the hostages"),
                    Some("withdraw troops from the border"),
                ][rng.usize(..5)]
                .map(str::to_owned),
                consequence: None,
                expression: "within days".into(),
                issued: None,
                due: (rng.u64(..6) > 0).then(|| interval(rng, around)),
            }),
            1 => ClaimDetail::Exchange(Exchange {
                items: (0..rng.u64(..2))
                    .map(|_| ExchangeItem {
                        category: [Category::PrisonersOfWar, Category::Bodies][rng.usize(..2)],
                        count: Some(rng.u64(..300)),
                        approx: None,
                        from: None,
                        to: None,
                    })
                    .collect(),
                parties: vec![
                    "Russia".into(),
                    pick(rng, &["Ukraine", "Belarus"]).to_owned(),
                ],
                mediator: None,
                when: if rng.u64(..3) == 0 {
                    vec![interval(rng, around.saturating_sub(3))]
                } else {
                    Vec::new()
                },
                status: [
                    ExchangeStatus::Completed,
                    ExchangeStatus::Agreed,
                    ExchangeStatus::Demanded,
                ][rng.usize(..3)],
            }),
            _ => ClaimDetail::Territorial(Territorial {
                place: pick(rng, &["Novopil", "Chasiv Yar", "Kúpyansk"]).to_owned(),
                place_type: None,
                region: None,
                country: None,
                // Mostly a capture or a withdrawal, which mirror each other; some actions that
                // mirror none, whose claims no other action's report reads.
                action: [
                    Action::Captured,
                    Action::Withdrew,
                    Action::Captured,
                    Action::Withdrew,
                    Action::Encircled,
                    Action::Held,
                ][rng.usize(..6)],
                verb: None,
                actor: Some(pick(rng, &["Russia", "Ukraine"]).to_owned()),
                claimant: Some(pick(rng, &["Russia", "Ukraine"]).to_owned()),
                announced: None,
                status: [
                    TerritorialStatus::Claimed,
                    TerritorialStatus::Claimed,
                    TerritorialStatus::Denied,
                    TerritorialStatus::Confirmed,
                ][rng.usize(..4)],
            }),
        }
    }

    /// Articles over five months, some undated, in no particular order.
    fn articles(rng: &mut Rng, n: usize) -> Vec<ClaimsDoc> {
        (0..n)
            .map(|i| {
                let published = (rng.u64(..12) > 0).then(|| rng.u64(..150));
                let claims = (0..1 + rng.u64(..3))
                    .map(|j| Claim {
                        id: format!("c{j}"),
                        text: format!("Report {j} of article {i}."),
                        span: Span::new(0, 10),
                        attribution: Attribution {
                            speaker: None,
                            actor: Some(pick(rng, &["Russia", "Ukraine"]).to_owned()),
                            verb: None,
                        },
                        detail: report(rng, published),
                        explain: Vec::new(),
                    })
                    .collect();
                ClaimsDoc::new(
                    ArticleMeta {
                        id: format!("article-{i}"),
                        source: None,
                        title: None,
                        url: None,
                        published: published.map(day),
                        dateline: None,
                        path: None,
                    },
                    claims,
                )
            })
            .collect()
    }

    /// The rows whose `REFERENCES` name no stored row (the ledger does not enforce them row
    /// by row: the write path stores every parent first).
    fn orphans(ledger: &Ledger) -> usize {
        ledger
            .runtime
            .block_on(sqlx::query("PRAGMA foreign_key_check").fetch_all(&ledger.pool))
            .expect("foreign key check")
            .len()
    }

    /// Everything a reader can see: every claim with its history and evidence.
    fn everything(ledger: &Ledger) -> String {
        let as_of = Some(day(400));
        let query = ClaimQuery {
            as_of,
            ..ClaimQuery::default()
        };
        let mut all = String::new();
        for record in ledger.claims(&query).expect("claims") {
            let view = ledger.claim(&record.id, as_of).expect("claim");
            all.push_str(&serde_json::to_string(&view).expect("json"));
            all.push('\n');
        }
        all
    }

    /// Every stored row but the ingest times, table by table, in storage order: a row is a
    /// JSON array of its columns, one row a line.
    fn rows(ledger: &Ledger) -> Vec<String> {
        let tables = [
            (
                "articles",
                "id, source, title, url, published, dateline, path",
                "rowid",
            ),
            (
                "claims",
                "seq, id, kind, merge_key, action, actor, categories, status_class, \
                 when_start, when_end, thread, due_start, due_end, demand, demand_key, \
                 first_published",
                "seq",
            ),
            (
                "evidence",
                "seq, claim_seq, article_id, extract_id, published, role, text, span_start, \
                 span_end, speaker, actor, verb, detail",
                "seq",
            ),
            (
                "events",
                "seq, claim_seq, event, on_date, article_id, note",
                "seq",
            ),
            (
                "deadline_groups",
                "merge_key, thread, demand_key",
                "merge_key, thread, demand_key",
            ),
            ("exchange_spans", "merge_key, longest", "merge_key"),
        ];
        tables
            .iter()
            .map(|(table, columns, order)| {
                let sql = format!(
                    "SELECT group_concat(json_array({columns}), char(10)) \
                     FROM (SELECT * FROM {table} ORDER BY {order})"
                );
                ledger
                    .runtime
                    .block_on(sqlx::query_scalar::<_, Option<String>>(&sql).fetch_one(&ledger.pool))
                    .expect("rows")
                    .unwrap_or_default()
            })
            .collect()
    }

    /// `docs` cut into consecutive batches of 1 to `largest` articles, at random.
    fn random_batches<'d>(
        rng: &mut Rng,
        docs: &'d [ClaimsDoc],
        largest: u64,
    ) -> Vec<&'d [ClaimsDoc]> {
        let mut batches = Vec::new();
        let mut rest = docs;
        while !rest.is_empty() {
            let take = usize::try_from(1 + rng.u64(..largest))
                .unwrap_or(1)
                .min(rest.len());
            let (batch, after) = rest.split_at(take);
            batches.push(batch);
            rest = after;
        }
        batches
    }

    /// The `asserted` column of every territorial claim says what its evidence says, after
    /// batches of many sizes (with claims first named by a denial and supported later), and the
    /// migration that added it computes the same from the evidence of a ledger made before.
    #[test]
    fn territorial_claims_know_whether_their_evidence_asserts_them() {
        const BACKFILL: &str =
            include_str!("../migrations/20261126000008_territorial_asserted.sql");
        let mut rng = Rng::with_seed(23);
        let docs = articles(&mut rng, 600);
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = Ledger::open(&dir.path().join("asserted.db")).expect("open");
        for batch in random_batches(&mut rng, &docs, 120) {
            ledger.store(batch).expect("store");
        }
        let count = |sql: &str| -> i64 {
            ledger
                .runtime
                .block_on(sqlx::query_scalar(sql).fetch_one(&ledger.pool))
                .expect("count")
        };
        let supported = "EXISTS (SELECT 1 FROM evidence e WHERE e.claim_seq = c.seq \
                         AND e.role IN ('support', 'confirm'))";
        let wrong = format!(
            "SELECT count(*) FROM claims c WHERE c.kind = 'territorial' \
             AND c.asserted != {supported}"
        );
        // Asserted by a report after the first, which denied or disputed: the flag was updated.
        let later = count(&format!(
            "SELECT count(*) FROM claims c WHERE c.kind = 'territorial' AND {supported} \
             AND (SELECT e.role FROM evidence e WHERE e.claim_seq = c.seq ORDER BY e.seq \
             LIMIT 1) IN ('deny', 'dispute')"
        ));
        assert!(later > 0, "no claim was asserted after a denial");
        assert!(count("SELECT count(*) FROM claims WHERE asserted = 1") > 0);
        assert_eq!(count(&wrong), 0);
        assert_eq!(
            count("SELECT count(*) FROM claims WHERE kind != 'territorial' AND asserted != 0"),
            0
        );

        // A ledger from before the column: every flag 0, then the migration's update.
        let update = BACKFILL
            .find("UPDATE claims")
            .map(|at| &BACKFILL[at..])
            .expect("the migration updates the claims");
        ledger
            .runtime
            .block_on(async {
                sqlx::query("UPDATE claims SET asserted = 0")
                    .execute(&ledger.pool)
                    .await?;
                sqlx::query(update).execute(&ledger.pool).await
            })
            .expect("backfill");
        assert_eq!(count(&wrong), 0);
    }

    #[test]
    fn prepared_articles_are_stored_as_their_documents_are() {
        for seed in 0..3 {
            let mut rng = Rng::with_seed(seed);
            let docs = articles(&mut rng, 240);
            let dir = tempfile::tempdir().expect("temp dir");
            let plain = Ledger::open(&dir.path().join("plain.db")).expect("open");
            let prepared = Ledger::open(&dir.path().join("prepared.db")).expect("open");
            for batch in random_batches(&mut rng, &docs, 40) {
                let a = plain.store(batch).expect("store");
                let ready: Vec<Prepared> = batch.iter().cloned().map(Prepared::new).collect();
                assert_eq!(
                    ready.iter().map(Prepared::doc).collect::<Vec<_>>(),
                    batch.iter().collect::<Vec<_>>()
                );
                let (b, _spent) = prepared.store_prepared(ready).expect("store prepared");
                assert_eq!(
                    serde_json::to_string(&a).expect("json"),
                    serde_json::to_string(&b).expect("json")
                );
            }
            // Articles stored before, and one twice in a batch, are duplicates either way (their
            // texts, which `store_prepared` takes only from the articles it stores, stay
            // whole), and the new articles among them are stored with their own texts.
            let mut again: Vec<ClaimsDoc> = docs[..30].to_vec();
            for (n, source) in [3, 17, 120].into_iter().enumerate() {
                let mut new = docs[source].clone();
                new.article.id = format!("new-{n}");
                again.push(new);
                again.extend(docs[200 + n * 10..210 + n * 10].iter().cloned());
            }
            again.push(docs[210].clone());
            let a = plain.store(&again).expect("store again");
            let ready: Vec<Prepared> = again.iter().cloned().map(Prepared::new).collect();
            let (b, _spent) = prepared
                .store_prepared(ready)
                .expect("store prepared again");
            assert_eq!((a.articles_new, a.articles_duplicate), (3, 61));
            assert_eq!(
                serde_json::to_string(&a).expect("json"),
                serde_json::to_string(&b).expect("json")
            );
            let (a, b) = (rows(&plain), rows(&prepared));
            assert!(
                a[1].lines().count() > 50,
                "too few claims to compare: {}",
                a[1]
            );
            assert_eq!(a, b, "seed {seed}");
        }
    }

    /// Batches of every size, stored both ways, prepare fewer statements than the connection
    /// keeps, so that none is compiled again in a later batch: the number grows with each
    /// insert size and lookup shape a change adds.
    #[test]
    fn every_statement_of_a_batch_stays_prepared() {
        use sqlx::Connection;
        let mut rng = Rng::with_seed(11);
        let docs = articles(&mut rng, 480);
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = Ledger::open(&dir.path().join("cache.db")).expect("open");
        for (n, batch) in random_batches(&mut rng, &docs, 150).into_iter().enumerate() {
            if n % 2 == 0 {
                ledger.store(batch).expect("store");
            } else {
                let ready: Vec<Prepared> = batch.iter().cloned().map(Prepared::new).collect();
                ledger.store_prepared(ready).expect("store prepared");
            }
        }
        let cached = ledger.runtime.block_on(async {
            let conn = ledger.pool.acquire().await.expect("connection");
            conn.cached_statements_size()
        });
        assert!(
            (40..crate::STATEMENT_CACHE).contains(&cached),
            "{cached} statements prepared, the cache keeps {}",
            crate::STATEMENT_CACHE
        );
    }

    #[test]
    fn prepared_articles_can_be_sent_to_the_writer() {
        fn send<T: Send>() {}
        send::<Prepared>();
        send::<crate::Spent>();
    }

    /// Stores `docs` in random batches of 1 to `largest` articles into two new ledgers, one
    /// with the bounded candidate lookups and one reading every claim, and checks that each
    /// batch sums up the same in both. Returns their folder, the two ledgers and how many
    /// claims merged.
    fn store_bounded_and_full(
        rng: &mut Rng,
        docs: &[ClaimsDoc],
        largest: u64,
    ) -> (tempfile::TempDir, Ledger, Ledger, usize) {
        let dir = tempfile::tempdir().expect("temp dir");
        let bounded = Ledger::open(&dir.path().join("bounded.db")).expect("open");
        let full = Ledger::open(&dir.path().join("full.db")).expect("open");
        let mut merged = 0;
        for batch in random_batches(rng, docs, largest) {
            let a = bounded.store(batch).expect("store bounded");
            FULL_LOAD.with(|f| f.set(true));
            let b = full.store(batch);
            FULL_LOAD.with(|f| f.set(false));
            let b = b.expect("store full");
            merged += a.claims_merged;
            assert_eq!(
                serde_json::to_string(&a).expect("json"),
                serde_json::to_string(&b).expect("json")
            );
        }
        (dir, bounded, full, merged)
    }

    #[test]
    fn bounded_candidates_merge_as_reading_every_claim_does() {
        for seed in 0..4 {
            let mut rng = Rng::with_seed(seed);
            let docs = articles(&mut rng, 240);
            let (_dir, bounded, full, _) = store_bounded_and_full(&mut rng, &docs, 25);
            let (a, b) = (everything(&bounded), everything(&full));
            assert!(a.lines().count() > 50, "too few claims to compare: {a}");
            assert_eq!(a, b, "seed {seed}");
            assert_eq!(orphans(&bounded), 0, "seed {seed}");
        }
    }

    /// Deadlines of one issuer and target over two years in no order: few threads, each with
    /// hundreds of claims, as in the bench corpus; some without a due date, some undated, and
    /// due dates that recur, so that reports reaffirm stored claims by due date and move
    /// them earlier.
    fn deadlines(rng: &mut Rng, n: usize) -> Vec<ClaimsDoc> {
        let mut docs = articles(rng, n);
        for doc in &mut docs {
            doc.article.published = (rng.u64(..15) > 0).then(|| day(rng.u64(..700)));
            for claim in &mut doc.claims {
                let due = (rng.u64(..5) > 0).then(|| {
                    let start = 7 * rng.u64(..100);
                    Interval {
                        start: day(start),
                        end: day(start + [0, 0, 3, 30][rng.usize(..4)]),
                        text: None,
                    }
                });
                claim.detail = ClaimDetail::Deadline(Deadline {
                    issuer: Some("the Council".to_owned()),
                    targets: vec!["Russia".to_owned()],
                    // Demands that agree with some of the others and not with the rest.
                    demand: [
                        None,
                        Some("agree to a ceasefire"),
                        Some("release the hostages"),
                        Some("release the hostages and the prisoners"),
                        Some("free the prisoners"),
                    ][rng.usize(..5)]
                    .map(str::to_owned),
                    consequence: None,
                    expression: "within days".into(),
                    issued: None,
                    due,
                });
            }
        }
        docs
    }

    /// The deadline lookups read, per thread, its latest claims around each report's day and
    /// due date rather than every claim since the batch's first day: a ledger of long threads
    /// stored in batches that span its years merges as one that reads every claim.
    #[test]
    fn bounded_deadline_lookups_merge_as_reading_every_claim_does() {
        for seed in 0..3 {
            let mut rng = Rng::with_seed(100 + seed);
            let docs = deadlines(&mut rng, 300);
            let (_dir, bounded, full, merged) = store_bounded_and_full(&mut rng, &docs, 40);
            assert!(merged > 50, "too few merges to compare: {merged}");
            assert_eq!(rows(&bounded), rows(&full), "seed {seed}");
        }
    }

    /// The statement [`super::HEADS`] replaced: the seek from every report day of every
    /// thread, the days a materialized table (`days`).
    const EVERY_DAY: &str = "FROM claims c WHERE c.kind = $kind AND c.seq IN (SELECT (SELECT p.seq \
         FROM claims p WHERE p.thread = t.thread \
         AND COALESCE(p.first_published, '9999-12-31') <= d.day AND $free \
         ORDER BY COALESCE(p.first_published, '9999-12-31') DESC, p.seq DESC LIMIT 1) \
         FROM days d JOIN (SELECT DISTINCT merge_key, thread FROM deadline_groups \
         WHERE merge_key IN (SELECT merge_key FROM wanted)) t ON t.merge_key = d.merge_key)";

    /// The claims `lookup` reads (with `$kind` and `$free`), with the keys, the report days
    /// by key and the reached claims bound as `Wanted::load` binds them.
    async fn heads(
        conn: &mut sqlx::SqliteConnection,
        lookup: &str,
        (keys, days, reached): (&str, &str, &str),
    ) -> Vec<i64> {
        let sql = format!(
            "WITH wanted (merge_key, undue_since) AS MATERIALIZED \
             (SELECT key, value FROM json_each($1)), \
             days (merge_key, day) AS MATERIALIZED (SELECT k.key, d.value \
             FROM json_each($2) k, json_each(k.value) d), \
             reached (seq) AS MATERIALIZED (SELECT value FROM json_each($3)) \
             SELECT c.seq {}",
            lookup
                .replace("$free", super::FREE)
                .replace("$kind", "'deadline'")
        );
        let mut seqs: Vec<i64> = sqlx::query_scalar(&sql)
            .bind(keys)
            .bind(days)
            .bind(reached)
            .fetch_all(&mut *conn)
            .await
            .expect("heads");
        seqs.sort_unstable();
        seqs
    }

    /// The walk of `HEADS` finds the heads that the seek from every report day found, on
    /// random ledgers of long threads, with random report days and reached claims.
    #[test]
    fn the_walk_finds_the_head_of_every_report_day() {
        let mut found = 0;
        for seed in 0..4 {
            let mut rng = Rng::with_seed(300 + seed);
            let docs = deadlines(&mut rng, 200);
            let dir = tempfile::tempdir().expect("temp dir");
            let ledger = Ledger::open(&dir.path().join("heads.db")).expect("open");
            for batch in random_batches(&mut rng, &docs, 40) {
                ledger.store(batch).expect("store");
            }
            ledger.runtime.block_on(async {
                let mut conn = ledger.pool.acquire().await.expect("connection");
                let keys: Vec<String> =
                    sqlx::query_scalar("SELECT DISTINCT merge_key FROM deadline_groups")
                        .fetch_all(&mut *conn)
                        .await
                        .expect("keys");
                let seqs: Vec<i64> =
                    sqlx::query_scalar("SELECT seq FROM claims WHERE kind = 'deadline'")
                        .fetch_all(&mut *conn)
                        .await
                        .expect("claims");
                let wanted: BTreeMap<&str, Option<String>> =
                    keys.iter().map(|key| (key.as_str(), None)).collect();
                let wanted = serde_json::to_string(&wanted).expect("keys");
                for _ in 0..20 {
                    // Days before, among and after the claims' first reports.
                    let days: BTreeMap<&str, BTreeSet<String>> = keys
                        .iter()
                        .map(|key| {
                            let days = (0..rng.usize(..30))
                                .filter_map(|_| super::day_text(Some(day(rng.u64(..760)))))
                                .collect();
                            (key.as_str(), days)
                        })
                        .collect();
                    let days = serde_json::to_string(&days).expect("days");
                    let reached: Vec<i64> =
                        seqs.iter().copied().filter(|_| rng.u8(..4) == 0).collect();
                    let reached = serde_json::to_string(&reached).expect("reached");
                    let bound = (wanted.as_str(), days.as_str(), reached.as_str());
                    let every_day = heads(&mut conn, EVERY_DAY, bound).await;
                    assert!(super::fill_head_days(&mut conn, &days).await.is_ok());
                    let walked = heads(&mut conn, super::HEADS, bound).await;
                    assert_eq!(walked, every_day, "seed {seed}, days {days}");
                    found += every_day.len();
                }
            });
        }
        assert!(found > 500, "too few heads to compare: {found}");
    }
}
