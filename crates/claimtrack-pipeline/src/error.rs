//! The errors that stop a batch as a whole.
//!
//! A bad input never stops the batch: it becomes a [`claimtrack_ingest::Problem`] in the
//! [`crate::Summary`]. Only the machinery can fail a run: the worker threads cannot start, or the
//! ledger refuses a write.

/// Why a batch stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The worker thread pool could not be built.
    #[error("could not start a pool of {threads} worker threads")]
    ThreadPool {
        threads: usize,
        #[source]
        source: rayon::ThreadPoolBuildError,
    },
    /// The ledger could not record the start or the end of the run.
    #[error("could not record the ingest run in the ledger")]
    RunLog(#[source] claimtrack_ledger::Error),
    /// The ledger could not store a chunk of articles (the chunk's transaction was rolled back).
    #[error("could not store a chunk of {articles} articles in the ledger")]
    Store {
        articles: usize,
        #[source]
        source: claimtrack_ledger::Error,
    },
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
