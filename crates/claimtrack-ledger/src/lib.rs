//! The claim ledger: articles, claims, evidence and history in SQLite through sqlx.
//!
//! A claim is not one sentence: several outlets report it, the other side confirms or denies it,
//! and a deadline is shortened, extended or left to expire. [`Ledger`] stores every article once,
//! merges each extracted [`claimtrack_model::Claim`] into the real-world claim it reports, keeps
//! every report as [`Evidence`] with what that article said, and answers every query as of a
//! date. It is the only crate that knows SQL.
//!
//! ```no_run
//! # fn main() -> claimtrack_ledger::Result<()> {
//! use claimtrack_ledger::{ClaimQuery, Ledger};
//! let ledger = Ledger::open(std::path::Path::new("claimtrack.db"))?;
//! for claim in ledger.claims(&ClaimQuery::default())? {
//!     let _ = (claim.id, claim.status);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # The facade
//!
//! [`Ledger`] is blocking: it owns a current-thread tokio runtime and a one-connection sqlx pool,
//! so callers need no async (and must not call it from inside an async runtime: its calls block).
//! [`Ledger::open`] creates the file if missing, turns on WAL and a busy timeout, and runs the
//! embedded migrations (`migrations/`). The schema's `REFERENCES` are not enforced row by row
//! (SQLite's `foreign_keys` stays off): the only writer, [`Ledger::store`], writes every
//! parent before its children in one transaction, and a test checks the stored rows with
//! `PRAGMA foreign_key_check`. Enforcing them cost two index lookups for every evidence and
//! history row and made SQLite keep a statement journal for every statement writing them.
//!
//! # Merge rules
//!
//! Every rule is conservative: when unsure, the ledger keeps two claims.
//!
//! - **Territorial**: reports with the same place key (accent-, case- and punctuation-insensitive;
//!   the place as written stays in each report's evidence), the same action and the same actor
//!   (gainer) are one claim. A report that a side *withdrew* from a place mirrors a claim that a
//!   different side *captured* it, and the other way round, when exactly one such claim exists.
//! - **Territorial roles**: each report bears on its claim as `support` (status `claimed`, by the
//!   gaining side or in the reporter's voice), `confirm` (status `confirmed`, or `claimed` by a
//!   claimant other than the gaining side, or a mirrored report asserting it), `deny` (status
//!   `denied`) or `dispute` (status `disputed`: claim and denial in one sentence).
//! - **Territorial status**, folded over the reports in date order: the first `support` makes it
//!   `claimed`; a `confirm` makes it `confirmed`; a `deny` makes an asserted claim `disputed`
//!   (an unasserted one `denied`); a `support` after a denial makes it `disputed`; a `dispute`
//!   makes it `disputed`.
//! - **Exchange**: reports with the same parties (as a set), a shared category (or both without
//!   items), the same status class (`demanded` stays apart from `proposed`/`agreed`/`completed`)
//!   and days within one day of each other are one exchange. A report's days are its `when`
//!   dates, else its publication day; a report with neither, or without parties, never merges.
//!   Among several candidates the nearest in time wins. Counts are never merged: each report's
//!   own items stay in its evidence; the claim shows the first report's. The status is the
//!   furthest any report gives (`completed` > `agreed` > `proposed` > `demanded`).
//! - **Deadline**: reports with the same issuer and the same targets (as a set), both known, and
//!   agreeing demands (at least half of the shorter demand's content words in the other; a demand
//!   the text does not state agrees with any) form one thread. A report with a due date that a
//!   claim of the thread already has (the same interval, else an overlapping one: "10 or 12
//!   days" and "until August 8" name one deadline), or with no due date, is one more source of
//!   that claim. A report with a due date apart from all of them becomes a new claim of the thread that supersedes the
//!   thread's latest claim as of the report's day: `superseded` on the old claim, `shortened` or
//!   `extended` on the new one (comparing the last due day).
//! - **Deadline status** as of a day: `superseded` when a later claim of its thread is visible,
//!   else `expired` when its due interval ended before the day, else `open`.
//! - **Canonical values**: a claim shows the values and attribution of its first visible report
//!   that asserts it (the first visible report, when none does); later reports never overwrite
//!   them.
//!
//! # Guarantees
//!
//! - **Idempotent**: an article already stored (by id) is skipped whole; storing it again changes
//!   nothing but the run log.
//! - **Atomic**: [`Ledger::store`] (and [`Ledger::store_prepared`]) writes a whole batch in one
//!   transaction; an error anywhere leaves nothing of the batch.
//! - **Concurrent**: writes take the write lock up front (`BEGIN IMMEDIATE`) and wait up to a
//!   minute for it, so two processes storing into one file serialise instead of failing or
//!   duplicating. Migrating a file takes the same lock, so two processes creating one new
//!   file migrate it once.
//! - **As of**: every query takes an optional day and sees only articles published on or before
//!   it; undated articles are visible only to queries without a day. States are derived from the
//!   visible evidence at query time, never stored. Without a day, deadlines expire against
//!   today's date (UTC).
//!
//! # Write path and cost
//!
//! A batch has one writer, which the batch's other threads wait for, so the work of storing
//! an article that needs no ledger state is done before the writer sees it:
//! [`Prepared::new`] computes an article's merge keys, a deadline's demand words, its days as
//! text, the id each claim would get, the claim details as JSON and the notes of its history,
//! on whichever thread calls it, and [`Ledger::store_prepared`] stores prepared articles.
//! [`Ledger::store`] prepares its documents itself and stores them the same way (a test
//! checks that both give the same rows). [`Ledger::store_prepared`] takes its articles: the
//! texts of their evidence go into the statements that store them rather than being copied,
//! and what is left comes back as [`Spent`], for the caller to free off the writer's thread.
//!
//! [`Ledger::store`] reads, per merge key of the batch, only the stored claims a report of the
//! batch could merge into, through indexed lookups (a few statements per batch, never one per
//! claim): territorial claims with the exact place key and an action a report there can
//! merge into (its own or the one it mirrors); exchanges whose days come within a day of a
//! report's (each report's window looked up on its own in `claims_when`, bounded by the
//! longest span of the key's stored exchanges, which `exchange_spans` keeps); deadlines
//! undated, due within a day range of a report's due interval (bounded as the exchanges are,
//! by `deadline_spans`), and of each thread the latest claim of each demand and the latest on
//! or before each report's day (the `deadline_groups` table lists the threads and demands),
//! with the whole of a thread only when a report without a due date comes before all of its
//! claims. The merges come out exactly as if every claim with the key had been read (tests
//! check this over random batches in random order), and what a batch reads follows its
//! reports, not the ledger, whatever order its articles come in (measured on the bench's
//! shuffled corpus, see `Wanted::load`): a claim first reported long ago is read only as the
//! latest of its thread on some report's day. Each lookup has a partial index
//! of its kind's claims (`WHERE kind = '...'`, which its query names as a literal), keyed
//! without the kind, so that a stored claim updates only its own kind's lookup indexes, with
//! shorter keys to compare. Each lookup returns its claims as one text rather than a row per
//! claim, because sqlx copies every value of every row across threads: the columns the merge
//! rules of the kind read, joined by control characters that no stored key, day or id holds
//! (building and parsing JSON for it cost more than the lookup; `concat` costs SQLite less
//! than `format`), decoded without copying a text that is not kept. The latest claim of a
//! thread and demand is a seek in `claims_thread_demand`, the latest of a thread on or before
//! a day one in `claims_thread_order` (a thread's report days are walked latest first, from
//! one head to the latest day before its first report, so that a seek finds a head that
//! no seek found before: the days are put into a table of the connection, `temp.head_days`,
//! so that the next day is one seek too), and undated deadlines are read through
//! `claims_undated`, a partial index of those alone. The articles, the place keys, the
//! exchange windows and the deadline keys, reaches and report days of a batch, the long
//! lists, are bound as one JSON value each (`json_each`; a window as one text of three
//! ten-character days, which `substr` cuts, where an array per window cost SQLite a parse
//! for every value it read), so that their statements are compiled once per connection
//! rather than once per batch; a list of distinct keys is joined to the claims rather than
//! tested with `IN`, which indexed the list first. A claim's detail is written as JSON
//! directly, as `serde_json` writes it (a test compares the two), at a third of serde's cost.
//! A deadline's demand is normalised once, when its claim is stored (`demand_key`), never again
//! per comparison; a report's demand once per report.
//!
//! In memory, a batch indexes its candidates by merge key, exchanges further by first day and
//! deadlines by demand and by thread: an exchange report looks only at the exchanges that
//! start near its days, and a deadline report's demand is compared with each distinct demand
//! of its key once per batch (a key's index keeps, by report demand, the groups that agree;
//! each group keeps its best-ranked claim up to date), and the report then reads only its
//! thread's claims, so placing a report does not scan every claim of its parties or issuer.
//! The writer's maps hash with foldhash (SipHash was 3% of the writer).
//! Keys are normalised without Unicode decomposition when the text is ASCII (the same key).
//!
//! Rows are written 256 to a statement, `INSERT ... VALUES (...), (...)` (the evidence and
//! history rows `SELECT` from such a `VALUES`, see below), one shape per table (and per claim
//! kind), and the rows a batch has left over in statements of the powers of two their number
//! is the sum of: a table has at most nine statements, each of which sqlx prepares once per
//! connection (compiling a statement cost SQLite about as much as running it). Every statement
//! is a round trip to sqlx's SQLite thread, whose two thread switches cost more time than a
//! few more instructions per row (`INSERT_ROWS` in `store.rs` has the measurements). A claim
//! binds only the columns of its kind, its kind is a literal, and a role or event is bound as
//! its number, which the statement turns into its name. An evidence or history row names its
//! article by rowid (the batch numbers its articles as SQLite would) and the statement reads
//! the article's id and day from it, rather than binding the same two texts for every row:
//! each bound text costs an allocation and a copy on both of sqlx's sides and two frees. The
//! texts of the rows are moved into sqlx where the ledger owns them (a new claim's columns,
//! the evidence of [`Ledger::store_prepared`]), else borrowed until sqlx copies them (once,
//! as it must to hand them to its thread). Inserts are `INSERT OR FAIL`: a failing row fails the
//! whole batch, which is rolled back, so SQLite keeps no statement journal to undo one
//! statement. The `REFERENCES` of the schema are not enforced row by row (see the facade).
//!
//! The connection runs with `synchronous = NORMAL` (safe in WAL mode), a 16 MiB page
//! cache, temporary tables in memory, a row buffer of 1,024 so that reading candidates does
//! not make sqlx's SQLite thread and the caller take turns every 50 rows, and a WAL
//! auto-checkpoint at 64 MiB rather than 4 MiB, so that a batch's commit seldom copies the
//! log back into the database and syncs both files (the last connection to close checkpoints
//! the rest; other processes keep their own threshold, and an automatic checkpoint is
//! passive: it never blocks a reader or writer). A new ledger has 16 KiB pages rather than
//! SQLite's 4 KiB: the log and the checkpoint write every changed page whole (two write calls
//! per page in the log), and most of what a batch writes is appended rows, so the log takes
//! about as many bytes in a quarter of the pages (over 3,000 articles, 1,440 pages of 16 KiB
//! rather than 5,150 of 4 KiB; 3,700 write calls in all rather than 13,500), and SQLite
//! splits and balances its b-tree pages less often. A ledger made
//! with 4 KiB pages keeps them (SQLite sets the size only on an empty file) and works as
//! before. Memory-mapped reads (`mmap_size`) are left off: SQLite reads the log's pages with
//! `pread` in any case, and the page cache already holds a batch's hot pages.
//!
//! On the read side, [`Ledger::for_each_claim_with_evidence`] gives every claim with its
//! evidence from one statement per page, for callers that need both (the reports), and a
//! deadline's thread links are one seek each in `claims_thread_order`, an index on the
//! thread's order (first report, undated last, then storage order).
//!
//! # Portability
//!
//! The SQL is plain enough for PostgreSQL: `$n` binds, ISO dates as text, JSON as text,
//! `ON CONFLICT DO NOTHING`, `RETURNING`, `LIMIT`, `UPDATE ... FROM`, `VALUES` columns named
//! `column1` and on. The exceptions are marked where they are (the candidate lookups'
//! `group_concat`, which PostgreSQL spells `string_agg`, `json_each`, which it spells
//! `json_array_elements_text`, and `->>`; `INSERT OR FAIL`, which PostgreSQL writes `INSERT`;
//! `CROSS JOIN` as a join order; `AS MATERIALIZED`; the backfills of `exchange_spans` and
//! `deadline_spans` with `julianday`; the
//! articles' `rowid`, which evidence and history rows are written by and an identity column
//! would stand in for).

mod error;
mod json;
mod key;
mod merge;
mod prepare;
mod query;
mod store;
mod types;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use claimtrack_model::ClaimsDoc;
use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

pub use error::{Error, Result};
pub use prepare::{Prepared, Spent};
pub use types::{
    ArticleRow, ClaimQuery, ClaimRecord, ClaimView, EventKind, Evidence, HistoryEvent, RunId,
    RunStats, StoreSummary,
};

/// How long a write waits for another process's transaction before it fails.
const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// SQLite's page cache per connection, in KiB (as `PRAGMA cache_size` takes it, negated).
///
/// A batch's hot pages (the index pages its lookups and inserts touch) fit in 16 MiB; the rest
/// is read back from the operating system's file cache. Over 200,000 articles in chunks of
/// 2,048, 16 MiB rather than 32 took as long (28.1 and 28.3 s against 27.8 and 28.6 s, 1 s
/// more of system time in 49 s of CPU) and peaked at 131 MB rather than 153 MB (10,000
/// articles: 104 MB against 111 MB, as fast): a full cache was a third of what a long batch's
/// memory grew by (the rest: the claims a chunk reads, and freed memory mimalloc keeps a while).
const CACHE_KIB: i64 = -16 * 1024;

/// The page size of a new ledger, in bytes (SQLite's default is 4 KiB). An existing ledger keeps
/// the size it was made with: SQLite changes it only on an empty file (or by a `VACUUM`).
const PAGE_BYTES: u32 = 16_384;

/// How much the write-ahead log may hold before a commit copies it into the database (SQLite
/// counts it in the file's pages: see [`set_wal_checkpoint`]).
const WAL_CHECKPOINT_BYTES: i64 = 64 * 1024 * 1024;

/// Rows in flight between sqlx's SQLite thread and the caller (a few hundred KiB at most).
const ROW_CHANNEL: usize = 1_024;

/// Statements sqlx keeps prepared per connection (its default is 100). Batches run some 80 to
/// 110 shapes (the multi-row inserts of up to nine sizes per table, the candidate lookups):
/// in a cache that filled up, the least recently used would be compiled again in every batch,
/// and compiling a statement costs SQLite about as much as running it. A test stores batches
/// of many sizes and checks that the cache never fills (an LRU cache full is one evicting).
pub(crate) const STATEMENT_CACHE: usize = 256;

/// How many claims [`Ledger::for_each_claim`] holds in memory at once.
const PAGE: i64 = 2_000;

/// An open ledger database. See the crate documentation.
#[derive(Debug)]
pub struct Ledger {
    runtime: tokio::runtime::Runtime,
    pool: SqlitePool,
    path: PathBuf,
    /// The number sqlx gave the thread of the ledger's connection (see [`Ledger::sqlite_thread`]),
    /// [`NO_THREAD`] before the connection is made.
    thread: Arc<AtomicU64>,
}

/// [`Ledger::thread`] before sqlx has named a thread.
const NO_THREAD: u64 = u64::MAX;

/// The name of the thread sqlx runs a ledger's connection on, from the number sqlx gives it
/// (unique in the process). Linux keeps the first 15 bytes of a thread's name: this one is whole
/// below the 100,000th connection of a process, and [`Ledger::sqlite_thread`] gives up beyond.
fn thread_name(number: u64) -> String {
    format!("ct-sqlite-{number}")
}

impl Drop for Ledger {
    /// Closes the connections. SQLite's last connection to a file copies the write-ahead log
    /// back into the database and removes it, so after a run the `.db` file alone holds
    /// everything (a user may copy or mail it without its `-wal`). Without the close, the
    /// process would exit with the connection still open on sqlx's worker thread, leaving up to
    /// 64 MiB of the run in the log beside the file.
    fn drop(&mut self) {
        // `block_on` panics inside another runtime; a ledger dropped there keeps the log,
        // which any later open reads and checkpoints.
        if tokio::runtime::Handle::try_current().is_err() {
            self.runtime.block_on(self.pool.close());
        }
    }
}

impl Ledger {
    /// Opens the ledger at `path`, creating the file if it is missing, and brings its schema up
    /// to date.
    pub fn open(path: &Path) -> Result<Ledger> {
        Ledger::connect(path, true)
    }

    /// Opens an existing ledger: a missing file is [`Error::Missing`] rather than a new, empty
    /// database (for commands that only read).
    pub fn open_existing(path: &Path) -> Result<Ledger> {
        if !path.is_file() {
            return Err(Error::Missing {
                path: path.to_owned(),
            });
        }
        Ledger::connect(path, false)
    }

    fn connect(path: &Path, create: bool) -> Result<Ledger> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(Error::Runtime)?;
        let open_err = |source| Error::Open {
            path: path.to_owned(),
            source,
        };
        let thread = Arc::new(AtomicU64::new(NO_THREAD));
        let named = Arc::clone(&thread);
        let options = SqliteConnectOptions::from_str("sqlite:")
            .map_err(open_err)?
            .filename(path)
            // sqlx runs the connection on a thread of its own; its name, unique in the process,
            // lets a batch find it (`sqlite_thread`). A connection made again (the pool replaces
            // one past its lifetime) names its new thread, and the number follows.
            .thread_name(move |number| {
                named.store(number, Ordering::Relaxed);
                thread_name(number)
            })
            .create_if_missing(create)
            // Larger pages for a new file (see the crate documentation): a quarter of the
            // write calls for the same rows, and fewer b-tree splits. SQLite applies it only
            // to an empty file; an existing ledger keeps its pages.
            .page_size(PAGE_BYTES)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(BUSY_TIMEOUT)
            // Not enforced per row: see the crate documentation (the facade).
            .foreign_keys(false)
            // A batch reads candidates and writes rows across the claim and evidence indexes;
            // a page cache of 16 MiB (the default is 2 MiB) keeps their hot pages in memory
            // instead of reading them back from the file (negative: KiB, not pages).
            .pragma("cache_size", CACHE_KIB.to_string())
            .pragma("temp_store", "MEMORY")
            // sqlx's SQLite worker thread hands rows over a channel of this many: the default
            // (50) makes the two threads take turns every 50 rows of a candidate lookup.
            .row_buffer_size(ROW_CHANNEL)
            .statement_cache_capacity(STATEMENT_CACHE);
        // Turning on WAL while another process creates or migrates the same new file can fail
        // with SQLITE_BUSY at once, without waiting in the busy handler; it succeeds as soon as
        // that process is done, so a busy open is tried again until the busy timeout.
        let started = std::time::Instant::now();
        let pool = loop {
            let pool = runtime.block_on(async {
                SqlitePoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(BUSY_TIMEOUT)
                    .after_connect(|conn, _| Box::pin(set_wal_checkpoint(conn)))
                    .connect_with(options.clone())
                    .await
            });
            match pool {
                Err(err) if is_busy(&err) && started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                pool => break pool.map_err(open_err)?,
            }
        };
        migrate(&runtime, &pool).map_err(|source| Error::Migrate {
            path: path.to_owned(),
            source,
        })?;
        Ok(Ledger {
            runtime,
            pool,
            path: path.to_owned(),
            thread,
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The operating system's id of the thread SQLite runs this ledger's statements on.
    ///
    /// sqlx gives the connection a thread of its own, and every call of the ledger hands its
    /// statements to that thread and waits for the answer: a caller that schedules threads (the
    /// batch keeps its writer and this thread on one CPU) needs its id. Found by the thread's
    /// name among the process's threads in `/proc`, so on Linux only; `None` elsewhere, and when
    /// `/proc` cannot be read or the thread is gone.
    pub fn sqlite_thread(&self) -> Option<i32> {
        let number = self.thread.load(Ordering::Relaxed);
        if number == NO_THREAD {
            return None;
        }
        find_thread(&thread_name(number))
    }

    fn sql_err(&self, context: &'static str) -> impl FnOnce(sqlx::Error) -> Error + '_ {
        move |source| Error::Sql {
            context,
            path: self.path.clone(),
            source,
        }
    }

    fn query_err(&self, err: query::QueryError) -> Error {
        match err {
            query::QueryError::Sql(context, source) => Error::Sql {
                context,
                path: self.path.clone(),
                source,
            },
            query::QueryError::Corrupt(what) => Error::Corrupt {
                path: self.path.clone(),
                what,
            },
        }
    }

    /// Starts an entry in the run log for the given inputs (paths as the user gave them).
    pub fn begin_run(&self, inputs: &[String]) -> Result<RunId> {
        let inputs = serde_json::to_string(inputs).map_err(Error::Encode)?;
        let id = self.runtime.block_on(async {
            sqlx::query_scalar::<_, i64>(
                "INSERT INTO runs (started_at, inputs) VALUES ($1, $2) RETURNING id",
            )
            .bind(now())
            .bind(inputs)
            .fetch_one(&self.pool)
            .await
        });
        id.map(RunId).map_err(self.sql_err("starting a run"))
    }

    /// Stores a batch of extracted articles in one transaction: each article once (an article
    /// already stored is counted as a duplicate and skipped whole), each claim merged into the
    /// claim it reports or stored as a new one. Articles are stored in publication order
    /// (undated last), so that a batch's supersessions follow the dates.
    ///
    /// It prepares each document as [`Prepared::new`] does and stores them as
    /// [`Ledger::store_prepared`] does: a batch that can prepare its documents on other
    /// threads should call those instead.
    pub fn store(&self, docs: &[ClaimsDoc]) -> Result<StoreSummary> {
        let facts: Vec<prepare::Facts> = docs.iter().map(prepare::Facts::of).collect();
        let mut ordered: Vec<prepare::Entry<'_>> = docs
            .iter()
            .zip(&facts)
            .map(|(doc, facts)| prepare::Entry { doc, facts })
            .collect();
        ordered.sort_by_key(|e| storage_order(e.doc));
        self.store_entries(&ordered, &mut [])
            .map(|(summary, _)| summary)
    }

    /// Stores a batch of [`Prepared`] articles in one transaction, as [`Ledger::store`] stores
    /// their documents (the same ledger, the same summary), with the work that needs no ledger
    /// state already done by [`Prepared::new`].
    ///
    /// It takes the articles, so that the texts of their evidence (a claim's sentence, its
    /// detail, its attribution) are moved into the statements that store them rather than
    /// copied, and gives back what is left of them: [`Spent`], to be freed wherever suits the
    /// caller (a batch frees it off its writer's thread). On an error they are freed here.
    pub fn store_prepared(&self, mut docs: Vec<Prepared>) -> Result<(StoreSummary, Spent)> {
        docs.sort_by_key(|p| storage_order(p.doc()));
        let mut texts: Vec<_> = docs.iter_mut().map(Prepared::take_texts).collect();
        let ordered: Vec<prepare::Entry<'_>> = docs.iter().map(Prepared::entry).collect();
        let (summary, scraps) = self.store_entries(&ordered, &mut texts)?;
        Ok((
            summary,
            Spent {
                docs,
                texts,
                scraps,
            },
        ))
    }

    /// The transaction of [`Ledger::store`] and [`Ledger::store_prepared`], given the
    /// articles in [`storage_order`] and the texts taken out of each (none when borrowed).
    fn store_entries(
        &self,
        ordered: &[prepare::Entry<'_>],
        texts: &mut [Vec<prepare::ClaimTexts<'static>>],
    ) -> Result<(StoreSummary, store::Scraps)> {
        let ingested_at = now();
        let outcome = self.runtime.block_on(async {
            let mut tx = self
                .pool
                .begin_with("BEGIN IMMEDIATE")
                .await
                .map_err(|e| store::StoreError::Sql("starting a write", e))?;
            let stored = store::store_docs(&mut tx, ordered, texts, &ingested_at).await?;
            tx.commit()
                .await
                .map_err(|e| store::StoreError::Sql("committing a batch", e))?;
            Ok(stored)
        });
        outcome.map_err(|err| match err {
            store::StoreError::Sql(context, source) => Error::Sql {
                context,
                path: self.path.clone(),
                source,
            },
            store::StoreError::Encode(e) => Error::Encode(e),
            store::StoreError::Corrupt(what) => Error::Corrupt {
                path: self.path.clone(),
                what,
            },
        })
    }

    /// Ends a run log entry with its counts.
    pub fn finish_run(&self, run: RunId, stats: &RunStats) -> Result<()> {
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let done = self.runtime.block_on(async {
            sqlx::query(
                "UPDATE runs SET finished_at = $1, read_count = $2, new_count = $3, \
                 dup_count = $4, fail_count = $5 WHERE id = $6",
            )
            .bind(now())
            .bind(count(stats.read))
            .bind(count(stats.new))
            .bind(count(stats.duplicate))
            .bind(count(stats.failed))
            .bind(run.0)
            .execute(&self.pool)
            .await
        });
        done.map(drop).map_err(self.sql_err("finishing a run"))
    }

    /// The claims matching `query`, in order of first report (undated last), then id.
    pub fn claims(&self, query: &ClaimQuery) -> Result<Vec<ClaimRecord>> {
        let mut all = Vec::new();
        let unlimited = ClaimQuery {
            limit: None,
            ..query.clone()
        };
        self.for_each_claim(&unlimited, |record| {
            all.push(record);
            Ok(())
        })?;
        all.sort_by(|a, b| {
            let key = |r: &ClaimRecord| (r.first_reported.is_none(), r.first_reported);
            key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
        });
        if let Some(limit) = query.limit {
            all.truncate(limit);
        }
        Ok(all)
    }

    /// Calls `f` with every claim matching `query`, in storage order, holding one page of claims
    /// in memory at a time. `f` may call the ledger again. An error from `f` stops the walk and
    /// is returned.
    pub fn for_each_claim(
        &self,
        query: &ClaimQuery,
        mut f: impl FnMut(ClaimRecord) -> Result<()>,
    ) -> Result<()> {
        self.walk(query, false, |record, _| f(record))
    }

    /// Calls `f` with every claim matching `query` and its evidence as of the query's day (what
    /// [`Ledger::claim`] gives as `evidence`, in the same order), in storage order. It reads a
    /// page of claims with all their evidence in one statement, where calling
    /// [`Ledger::claim`] for each claim costs three; memory holds one page at a time.
    pub fn for_each_claim_with_evidence(
        &self,
        query: &ClaimQuery,
        f: impl FnMut(ClaimRecord, Vec<Evidence>) -> Result<()>,
    ) -> Result<()> {
        self.walk(query, true, f)
    }

    /// The page walk behind [`Ledger::for_each_claim`] and
    /// [`Ledger::for_each_claim_with_evidence`] (`sources`: read the evidence's outlets too).
    fn walk(
        &self,
        query: &ClaimQuery,
        sources: bool,
        mut f: impl FnMut(ClaimRecord, Vec<Evidence>) -> Result<()>,
    ) -> Result<()> {
        let today = query.as_of.unwrap_or_else(today);
        let mut after = 0_i64;
        let mut left = query.limit.unwrap_or(usize::MAX);
        while left > 0 {
            let page = self.runtime.block_on(async {
                let mut conn = self
                    .pool
                    .acquire()
                    .await
                    .map_err(|e| query::QueryError::Sql("connecting to the ledger", e))?;
                query::claim_page(&mut conn, query, after, PAGE, today, sources).await
            });
            let (items, last) = page.map_err(|e| self.query_err(e))?;
            let Some(last) = last else {
                break;
            };
            after = last;
            for (record, evidence) in items {
                if left == 0 {
                    break;
                }
                if query::matches(&record, query) {
                    left -= 1;
                    f(record, evidence)?;
                }
            }
        }
        Ok(())
    }

    /// One claim with its history and sources as of a day, or `None` when there is no claim
    /// with that id visible on that day.
    pub fn claim(&self, id: &str, as_of: Option<NaiveDate>) -> Result<Option<ClaimView>> {
        let today = as_of.unwrap_or_else(today);
        let view = self.runtime.block_on(async {
            let mut conn = self
                .pool
                .acquire()
                .await
                .map_err(|e| query::QueryError::Sql("connecting to the ledger", e))?;
            query::claim_view(&mut conn, id, as_of, today).await
        });
        view.map_err(|e| self.query_err(e))
    }

    /// The stored articles published on or before `as_of` (every article without it), by date.
    pub fn articles(&self, as_of: Option<NaiveDate>) -> Result<Vec<ArticleRow>> {
        let rows = self.runtime.block_on(async {
            let mut conn = self
                .pool
                .acquire()
                .await
                .map_err(|e| query::QueryError::Sql("connecting to the ledger", e))?;
            query::articles(&mut conn, as_of).await
        });
        rows.map_err(|e| self.query_err(e))
    }
}

/// Sets the log's automatic checkpoint to [`WAL_CHECKPOINT_BYTES`], in pages of the file's
/// own size, on a new connection.
///
/// A batch writes a few MiB: with SQLite's default threshold (1,000 pages, 4 MiB of 4 KiB
/// pages) every batch's commit copied the log back into the database and synced both files.
/// The log now grows to 64 MiB before a commit checkpoints it (passively: readers and other
/// writers are never blocked), and the last connection to close checkpoints the rest. SQLite
/// counts the threshold in pages, whose size is the file's: [`PAGE_BYTES`] for a new ledger,
/// 4 KiB for one made before, so it is set once the file is open rather than among the
/// connect options.
async fn set_wal_checkpoint(conn: &mut sqlx::SqliteConnection) -> Result<(), sqlx::Error> {
    let page: i64 = sqlx::query_scalar("PRAGMA page_size")
        .fetch_one(&mut *conn)
        .await?;
    let pages = WAL_CHECKPOINT_BYTES / page.max(512);
    // A pragma takes no bound value; the number is computed here, not input.
    sqlx::query(&format!("PRAGMA wal_autocheckpoint = {pages}"))
        .persistent(false)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The order a batch's articles are stored in: by publication day, undated last (stable, so
/// that articles of one day keep the caller's order), so that its supersessions follow the
/// dates.
fn storage_order(doc: &ClaimsDoc) -> (bool, Option<NaiveDate>) {
    let published = doc.article.published;
    (published.is_none(), published)
}

/// The id of the thread of this process named `name`, from `/proc/self/task/<id>/comm`.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn find_thread(name: &str) -> Option<i32> {
    // Linux cuts a name to 15 bytes: a longer one could match another thread's.
    const NAME_BYTES: usize = 15;
    if name.len() > NAME_BYTES {
        return None;
    }
    std::fs::read_dir("/proc/self/task")
        .ok()?
        .flatten()
        .find(|task| {
            std::fs::read_to_string(task.path().join("comm"))
                .is_ok_and(|comm| comm.trim_end_matches('\n') == name)
        })
        .and_then(|task| task.file_name().to_str()?.parse().ok())
}

/// Elsewhere threads are not listed by name.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn find_thread(_name: &str) -> Option<i32> {
    None
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Brings the schema up to date with the embedded migrations, holding the write lock.
///
/// sqlx takes no lock around a run on SQLite: it reads which migrations are applied, then
/// applies each missing one in its own transaction. Two processes opening the same new file
/// would both read "none applied", and the slower one would replay a migration the other had
/// just committed and fail ("index ... already exists", or the `_sqlx_migrations` row's UNIQUE
/// constraint). Here the whole run is one `BEGIN IMMEDIATE` transaction (sqlx nests each
/// migration's own as a savepoint): a second process waits for the write lock, as any writer
/// does, and then reads the list as the first left it.
fn migrate(
    runtime: &tokio::runtime::Runtime,
    pool: &SqlitePool,
) -> std::result::Result<(), sqlx::migrate::MigrateError> {
    runtime.block_on(async {
        let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::migrate!().run_direct(&mut *tx).await?;
        tx.commit().await?;
        Ok(())
    })
}

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Whether `err` is SQLite's "database is locked" (`SQLITE_BUSY` or one of its extended codes).
fn is_busy(err: &sqlx::Error) -> bool {
    const SQLITE_BUSY: i32 = 5;
    match err {
        sqlx::Error::Database(db) => db
            .code()
            .and_then(|code| code.parse::<i32>().ok())
            .is_some_and(|code| code & 0xff == SQLITE_BUSY),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::Ledger;

    /// A pragma's value on the ledger's own connection.
    fn pragma(ledger: &Ledger, name: &str) -> i64 {
        ledger
            .runtime
            .block_on(sqlx::query_scalar(&format!("PRAGMA {name}")).fetch_one(&ledger.pool))
            .expect("pragma")
    }

    /// Makes `path` a WAL database of 4 KiB pages, as builds before 16 KiB pages made them.
    fn old_file(path: &Path) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            use sqlx::Connection;
            let url = format!("sqlite://{}?mode=rwc", path.display());
            let mut conn = sqlx::SqliteConnection::connect(&url)
                .await
                .expect("connect");
            for sql in ["PRAGMA page_size = 4096", "PRAGMA journal_mode = WAL"] {
                sqlx::query(sql).execute(&mut conn).await.expect("pragma");
            }
            conn.close().await.expect("close");
        });
    }

    /// What SQLite's plan for `sql` on a new ledger's connection does, one step a line.
    fn plan(sql: &str) -> String {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = Ledger::open(&dir.path().join("plan.db")).expect("open");
        let steps: Vec<(i64, i64, i64, String)> = ledger
            .runtime
            .block_on(sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}")).fetch_all(&ledger.pool))
            .expect("plan");
        let steps: Vec<String> = steps.into_iter().map(|step| step.3).collect();
        steps.join("\n")
    }

    #[test]
    fn undated_deadlines_are_read_through_their_own_index() {
        let lookup = crate::store::UNDATED.replace("$kind", "'deadline'");
        let sql = format!(
            "WITH wanted (merge_key, undue_since) AS MATERIALIZED \
             (SELECT key, value FROM json_each('{{\"a>b\":null,\"c>d\":null}}')) \
             SELECT c.seq {lookup}"
        );
        let plan = plan(&sql);
        assert!(
            plan.contains("SEARCH c USING INDEX claims_undated (merge_key=?)"),
            "{plan}"
        );
    }

    #[test]
    fn the_latest_claim_of_a_thread_and_demand_is_one_seek() {
        let lookup = crate::store::GROUP_HEADS
            .replace("$free", crate::store::FREE)
            .replace("$kind", "'deadline'");
        let sql = format!(
            "WITH wanted (merge_key, undue_since) AS MATERIALIZED \
             (SELECT key, value FROM json_each('{{\"a>b\":null}}')), \
             reached (seq) AS (VALUES (1)) SELECT c.seq {lookup}"
        );
        let plan = plan(&sql);
        assert!(
            plan.contains("SEARCH p USING INDEX claims_thread_demand (thread=? AND demand_key=?)"),
            "{plan}"
        );
    }

    #[test]
    fn the_log_checkpoints_at_64_mib_whatever_the_page_size() {
        let dir = tempfile::tempdir().expect("temp dir");
        let new = Ledger::open(&dir.path().join("new.db")).expect("open");
        assert_eq!(pragma(&new, "page_size"), 16_384);
        assert_eq!(pragma(&new, "wal_autocheckpoint"), 4_096);
        let path = dir.path().join("old.db");
        old_file(&path);
        let old = Ledger::open(&path).expect("open");
        assert_eq!(pragma(&old, "page_size"), 4_096);
        assert_eq!(pragma(&old, "wal_autocheckpoint"), 16_384);
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[test]
    fn the_sqlite_thread_of_each_ledger_is_found_by_its_own_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let one = Ledger::open(&dir.path().join("one.db")).expect("open");
        let two = Ledger::open(&dir.path().join("two.db")).expect("open");
        let thread = one.sqlite_thread().expect("the SQLite thread of one");
        assert_ne!(Some(thread), two.sqlite_thread());
        let comm = std::fs::read_to_string(format!("/proc/self/task/{thread}/comm"))
            .expect("a thread of this process");
        assert!(comm.starts_with("ct-sqlite-"), "{comm}");
        // The caller's thread is not it, and a statement runs on it: the thread is sqlx's worker,
        // whose CPU time grows while the caller waits.
        let caller = std::fs::read_to_string("/proc/thread-self/comm").expect("own comm");
        assert_ne!(caller, comm);
        let busy = |thread: i32| -> u64 {
            let stat =
                std::fs::read_to_string(format!("/proc/self/task/{thread}/stat")).expect("stat");
            // The fields after the name (which is in parentheses): utime and stime are the
            // 14th and 15th of the line, the 12th and 13th after the name.
            let after = stat.rsplit_once(')').expect("name").1;
            let fields: Vec<&str> = after.split_whitespace().collect();
            fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime")
        };
        let before = busy(thread);
        let started = std::time::Instant::now();
        while busy(thread) == before && started.elapsed() < std::time::Duration::from_secs(20) {
            one.runtime
                .block_on(
                    sqlx::query_scalar::<_, i64>(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n \
                         WHERE i < 300000) SELECT count(*) FROM n",
                    )
                    .fetch_one(&one.pool),
                )
                .expect("count");
        }
        assert!(busy(thread) > before, "no CPU time on {comm}");
        assert_eq!(one.sqlite_thread(), Some(thread));
        assert_eq!(
            super::find_thread("ct-sqlite-123456"),
            None,
            "a name Linux would cut"
        );
    }
}
