//! Where per-input work runs, and how a panic in it is contained.
//!
//! [`Pool`] is the thread choice of a batch: the calling thread alone (`threads = 1`), a local
//! rayon pool of a given size, or rayon's global pool. [`process_with`] maps a function over a
//! slice on a pool, catches a panic of each call separately, and returns the results in slice
//! order, so nothing downstream depends on scheduling.
//!
//! [`Pool::behind_writer`] builds a pool whose workers yield the CPU to the batch's one writer:
//! the writer is the serial part of a batch, so every moment it waits for a core held by a worker
//! lengthens the whole run, while a worker that waits only lets the next chunk queue up.

use std::any::Any;
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;

use crate::{Error, Result};

/// The threads a batch runs its per-input work on.
#[derive(Debug)]
pub struct Pool {
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    /// Everything on the calling thread, in order: the `--threads 1` path.
    Sequential,
    /// rayon's global pool, one worker per CPU.
    Global,
    /// A pool of its own with a chosen number of workers.
    Local(rayon::ThreadPool),
}

impl Pool {
    /// `None` uses one worker per CPU; `Some(1)` runs everything on the calling thread; `Some(n)`
    /// builds a local pool of `n` workers (`Some(0)` counts as `None`).
    pub fn new(threads: Option<usize>) -> Result<Pool> {
        let kind = match threads {
            None | Some(0) => Kind::Global,
            Some(1) => Kind::Sequential,
            Some(threads) => Kind::Local(local(threads, rayon::ThreadPoolBuilder::new())?),
        };
        Ok(Pool { kind })
    }

    /// Like [`Pool::new`], but every worker thread runs at a lower scheduling priority than the
    /// threads that do not belong to the pool: the calling thread, and the ledger's writer.
    ///
    /// A batch is a pipeline of parallel extraction into one serial writer. On a machine with as
    /// many workers as cores, the workers would otherwise take an equal share of the CPU from the
    /// writer and slow the one stage that cannot be spread. With the writer favoured, the workers
    /// use whatever it leaves, which is the most a pipeline can use. Only Linux can lower the
    /// priority of one thread; elsewhere this is [`Pool::new`]. `None` builds a pool of rayon's
    /// default size, since the global pool's workers cannot be changed.
    pub fn behind_writer(threads: Option<usize>) -> Result<Pool> {
        let threads = match threads {
            None | Some(0) => rayon::current_num_threads(),
            Some(threads) => threads,
        };
        if threads == 1 {
            return Ok(Pool::sequential());
        }
        let builder = rayon::ThreadPoolBuilder::new().start_handler(|_| lower_priority());
        Ok(Pool {
            kind: Kind::Local(local(threads, builder)?),
        })
    }

    /// The `--threads 1` pool: no worker threads at all.
    pub fn sequential() -> Pool {
        Pool {
            kind: Kind::Sequential,
        }
    }

    /// Whether work runs on the calling thread only.
    pub fn is_sequential(&self) -> bool {
        matches!(self.kind, Kind::Sequential)
    }

    /// How many threads do per-input work.
    pub fn threads(&self) -> usize {
        match &self.kind {
            Kind::Sequential => 1,
            Kind::Global => rayon::current_num_threads(),
            Kind::Local(pool) => pool.current_num_threads(),
        }
    }
}

/// A pool of `threads` named workers, from `builder` (which may add a start handler).
fn local(threads: usize, builder: rayon::ThreadPoolBuilder) -> Result<rayon::ThreadPool> {
    builder
        .num_threads(threads)
        .thread_name(|index| format!("claimtrack-worker-{index}"))
        .build()
        .map_err(|source| Error::ThreadPool { threads, source })
}

/// How much lower a worker's priority is than the writer's, as a niceness step (0 to 19). At 19
/// the kernel gives a runnable worker on the writer's CPU about a seventieth of the time it
/// gives the writer (at 10, about a tenth): the writer runs as if alone, and a worker is never
/// starved outright (it also has the other CPUs). Over 200,000 bench articles, where the writer
/// is busy nine tenths of a two-thread run, 19 rather than 10 took 4% off the run and the
/// writer's storing (ABBA, two rounds: medians 20.7 -> 19.8 s); over 10,000, where the workers
/// set the pace, it made no difference (eight rounds: 1.007).
const WORKER_NICENESS: i32 = 19;

/// Lowers the calling thread's priority by [`WORKER_NICENESS`].
///
/// On Linux `setpriority` with a thread id changes that thread alone. A failure is ignored: it
/// leaves the default priority, which makes the batch slower, never wrong.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn lower_priority() {
    let thread = rustix::thread::gettid();
    let niceness = rustix::process::getpriority_process(Some(thread)).unwrap_or(0);
    let lowered = niceness.saturating_add(WORKER_NICENESS).min(19);
    let _ = rustix::process::setpriority_process(Some(thread), lowered);
}

/// Elsewhere the priority of one thread cannot be set apart from its process's.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn lower_priority() {}

/// A call that panicked instead of returning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panicked {
    /// The panic message, when the payload was a string.
    pub message: String,
}

impl Panicked {
    pub(crate) fn from_payload(payload: &(dyn Any + Send)) -> Panicked {
        let message = if let Some(text) = payload.downcast_ref::<&str>() {
            (*text).to_owned()
        } else if let Some(text) = payload.downcast_ref::<String>() {
            text.clone()
        } else {
            "a panic without a message".to_owned()
        };
        Panicked { message }
    }
}

impl fmt::Display for Panicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "panicked: {}", self.message)
    }
}

impl std::error::Error for Panicked {}

/// The most items one rayon job takes on. rayon splits a slice into a few large pieces and
/// splits one again only when an idle thread steals from it, so a thread can be left with a
/// piece of hundreds of items while the others have nothing to take: over a chunk of 2,048
/// bench articles on two threads, one worker ran alone for the last 30 ms of each chunk (a
/// seventh of the chunk). Pieces of at most 4 inputs (well under a millisecond of typical work)
/// keep that tail short, for a few thousand more rayon jobs per chunk, each far cheaper than one
/// article.
const MAX_ITEMS_PER_JOB: usize = 4;

/// Calls `f` on every item on `pool`; returns one result per item, in the order of `items`.
///
/// A panic inside one call becomes that item's `Err(Panicked)` and leaves every other item
/// untouched. `f` must be pure per item (it may read files): the results are the same for every
/// pool, which is what makes `--threads 1` and the default give identical output.
pub fn process_with<T, R, F>(pool: &Pool, items: &[T], f: F) -> Vec<Result<R, Panicked>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let guarded = |item: &T| {
        catch_unwind(AssertUnwindSafe(|| f(item)))
            .map_err(|payload| Panicked::from_payload(payload.as_ref()))
    };
    let parallel = || {
        let mut results: Vec<(usize, Result<R, Panicked>)> = items
            .par_iter()
            .with_max_len(MAX_ITEMS_PER_JOB)
            .enumerate()
            .map(|(index, item)| (index, guarded(item)))
            .collect();
        // An indexed `collect` already keeps slice order; sorting makes the invariant explicit
        // and survives a switch to an unindexed iterator (a bridge, a channel) later on.
        results.sort_by_key(|(index, _)| *index);
        results.into_iter().map(|(_, result)| result).collect()
    };
    match &pool.kind {
        Kind::Sequential => items.iter().map(guarded).collect(),
        Kind::Global => parallel(),
        Kind::Local(threads) => threads.install(parallel),
    }
}
