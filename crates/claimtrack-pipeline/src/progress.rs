//! How a batch reports progress without printing.
//!
//! The library never writes to the terminal. A caller that wants a progress bar passes a
//! [`ProgressSink`] (the CLI and xtask wrap an `indicatif` bar); everyone else passes
//! [`NoProgress`].

/// Receives progress events. Worker threads call it concurrently, hence `Sync`.
pub trait ProgressSink: Sync {
    /// The inputs are known: `inputs` of them will be processed.
    fn start(&self, inputs: usize) {
        let _ = inputs;
    }

    /// One input is done: it had `bytes` bytes and gave `articles` articles.
    fn inc(&self, bytes: u64, articles: usize);
}

/// A sink that ignores every event.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl ProgressSink for NoProgress {
    fn inc(&self, _bytes: u64, _articles: usize) {}
}
