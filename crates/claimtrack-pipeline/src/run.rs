//! The batch into the ledger: walk the inputs lazily, process them chunk by chunk, store each
//! chunk in one transaction, and sum it all up in a [`Summary`].

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use claimtrack_ingest::{Problem, Severity, Walk};
use claimtrack_ledger::{Ledger, Prepared, RunStats, Spent, StoreSummary};
use claimtrack_model::ClaimKind;

use crate::colocate::Colocated;
use crate::pool::Pool;
use crate::process::{Config, Processed, process_chunks_with};
use crate::progress::ProgressSink;
use crate::{Error, Result};

/// What a batch did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Inputs discovered (files, and `-`).
    pub inputs: usize,
    /// Articles read from them, including those that failed extraction.
    pub articles_read: usize,
    /// Articles stored for the first time.
    pub articles_new: usize,
    /// Articles not stored again: seen earlier in this run or already in the ledger.
    pub articles_duplicate: usize,
    /// Inputs with at least one error, and paths that could not be discovered.
    pub failed_inputs: usize,
    /// Every error, in input order, named `path:line`.
    pub failures: Vec<Problem>,
    /// Every warning (a missing date ...), in input order.
    pub warnings: Vec<Problem>,
    /// Claims the ledger did not know yet.
    pub claims_new: usize,
    /// Claims merged into a claim the ledger already had (one more source).
    pub claims_merged: usize,
    /// `(new, merged)` claims per kind.
    pub by_kind: BTreeMap<ClaimKind, (usize, usize)>,
    /// Bytes read.
    pub bytes: u64,
    /// Wall-clock time of the whole batch.
    pub elapsed: Duration,
    /// Wall-clock time spent in the ledger's transactions, one per chunk stored, all on the one
    /// writer. With worker threads, extraction overlaps it (the workers process the next chunk
    /// meanwhile); on one thread it adds to extraction.
    pub storing: Duration,
    /// Of [`Summary::storing`], the last chunk's transaction. With worker threads nothing
    /// overlaps it, as every input has been processed by then: this much of the batch runs on
    /// one thread whatever their number, which caps a short batch's speed-up from more threads.
    pub last_store: Duration,
}

impl Summary {
    /// Articles read per second of wall-clock time.
    pub fn articles_per_second(&self) -> f64 {
        per_second(self.articles_read as f64, self.elapsed)
    }

    /// Megabytes (10^6 bytes) read per second of wall-clock time.
    pub fn megabytes_per_second(&self) -> f64 {
        per_second(self.bytes as f64 / 1e6, self.elapsed)
    }

    /// Adds what one processed input gave (its articles are stored separately).
    fn add_input<D>(&mut self, processed: &mut Processed<D>) {
        self.inputs += 1;
        self.articles_read += processed.articles;
        self.bytes += processed.bytes;
        if processed.failed() {
            self.failed_inputs += 1;
        }
        self.add_problems(std::mem::take(&mut processed.problems));
    }

    /// Adds the problems of discovery: a path that cannot be used counts as a failed input.
    fn add_discovery(&mut self, problems: Vec<Problem>) {
        self.failed_inputs += problems.iter().filter(|problem| problem.is_error()).count();
        self.add_problems(problems);
    }

    fn add_problems(&mut self, problems: Vec<Problem>) {
        for problem in problems {
            match problem.severity {
                Severity::Error => self.failures.push(problem),
                Severity::Warning => self.warnings.push(problem),
            }
        }
    }

    fn add_store(&mut self, stored: &StoreSummary) {
        self.articles_new += stored.articles_new;
        self.articles_duplicate += stored.articles_duplicate;
        self.claims_new += stored.claims_new;
        self.claims_merged += stored.claims_merged;
        for (kind, (new, merged)) in &stored.by_kind {
            let entry = self.by_kind.entry(*kind).or_default();
            entry.0 += new;
            entry.1 += merged;
        }
    }
}

fn per_second(amount: f64, elapsed: Duration) -> f64 {
    let seconds = elapsed.as_secs_f64();
    if seconds > 0.0 { amount / seconds } else { 0.0 }
}

/// Reads every article under `paths`, extracts its claims and stores them in `ledger`.
///
/// Bad inputs do not stop the batch: they are counted and listed in the [`Summary`]. The run is
/// logged in the ledger (`begin_run` ... `finish_run`). Each chunk of
/// [`Config::chunk_size`] inputs is stored in one transaction, so a killed process leaves every
/// article wholly stored or not at all, and running again completes the work.
pub fn run(
    paths: &[PathBuf],
    ledger: &Ledger,
    config: &Config,
    progress: &dyn ProgressSink,
) -> Result<Summary> {
    let started = Instant::now();
    let pool = Pool::behind_writer(config.threads)?;
    // A counting walk first, for the progress bar's total: it keeps no paths, and it reports the
    // paths that cannot be used before any input's problems, in the order a full listing did.
    let census = claimtrack_ingest::census(paths);
    progress.start(census.inputs);

    let names: Vec<String> = paths
        .iter()
        .map(|path| path.display().to_string())
        .collect();
    let run_id = ledger.begin_run(&names).map_err(Error::RunLog)?;
    let mut summary = Summary::default();
    summary.add_discovery(census.problems.clone());

    let mut walk = Walk::new(paths);
    std::thread::scope(|scope| {
        // Freeing a stored chunk (tens of thousands of small strings) is work the serial writer
        // need not do: with worker threads, a thread of its own frees each chunk while the
        // writer goes on to the next. The hand-over waits for that thread to be free, so at
        // most one stored chunk is being freed and none waits.
        let bin = (!pool.is_sequential()).then(|| {
            let (bin, stored) = mpsc::sync_channel::<Spent>(0);
            scope.spawn(move || stored.into_iter().for_each(drop));
            bin
        });
        let mut writer = Writer {
            ledger,
            summary: &mut summary,
            bin,
            colocated: None,
        };
        // What storing an article needs that no ledger state decides is prepared on the
        // workers, so that the one writer only merges and writes.
        process_chunks_with(
            &pool,
            &mut walk,
            Some(census.inputs),
            config,
            progress,
            Prepared::new,
            |chunk| writer.write(chunk),
        )
    })?;
    // The walk meets the census's problems again. One it meets anew (a folder that became
    // unreadable in between) is reported too, so that no input goes missing without a word.
    summary.add_discovery(census.unseen(walk.into_problems()));

    let stats = RunStats {
        read: summary.articles_read,
        new: summary.articles_new,
        duplicate: summary.articles_duplicate,
        failed: summary.failed_inputs,
    };
    ledger.finish_run(run_id, &stats).map_err(Error::RunLog)?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The one sequential writer of a run.
///
/// It keeps no set of the article ids it has seen: the ledger skips an article already stored
/// (by an earlier chunk or an earlier run) or repeated within the chunk, and counts it as a
/// duplicate, so the writer's memory does not grow with the corpus.
struct Writer<'a> {
    ledger: &'a Ledger,
    summary: &'a mut Summary,
    /// Where stored chunks go to be freed off the writer's thread (`None`: freed here).
    bin: Option<mpsc::SyncSender<Spent>>,
    /// The writer and the ledger's SQLite thread on one CPU (see [`Colocated`]), from the first
    /// chunk on: by then every other thread of the batch has started without the pin. `None`
    /// before the first chunk, `Some(None)` where nothing could be pinned.
    colocated: Option<Option<Colocated>>,
}

impl Writer<'_> {
    /// Stores one chunk in one transaction.
    fn write(&mut self, chunk: Vec<Processed<Prepared>>) -> Result<()> {
        let ledger = self.ledger;
        self.colocated.get_or_insert_with(|| Colocated::pin(ledger));
        let mut docs: Vec<Prepared> =
            Vec::with_capacity(chunk.iter().map(|processed| processed.docs.len()).sum());
        for mut processed in chunk {
            self.summary.add_input(&mut processed);
            docs.append(&mut processed.docs);
        }
        if docs.is_empty() {
            return Ok(());
        }
        let articles = docs.len();
        let started = Instant::now();
        let (stored, spent) = self
            .ledger
            .store_prepared(docs)
            .map_err(|source| Error::Store { articles, source })?;
        let took = started.elapsed();
        self.summary.storing += took;
        self.summary.last_store = took;
        self.summary.add_store(&stored);
        if let Some(bin) = &self.bin {
            // Should the freeing thread be gone, what is spent comes back in the error and is
            // freed here instead.
            let _ = bin.send(spent);
        }
        Ok(())
    }
}
