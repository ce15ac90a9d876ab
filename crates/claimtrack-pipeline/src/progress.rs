//! How a batch reports progress without printing.
//!
//! The batch itself never writes to the terminal. A caller that wants a progress bar passes a
//! [`ProgressSink`]: with the `bar` feature, [`ProgressBar`] is an `indicatif` bar on stderr that
//! the CLI and xtask share; everyone else passes [`NoProgress`].

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

/// An `indicatif` bar on stderr over the inputs, with rate and ETA, and the articles and megabytes
/// read so far as its message.
#[cfg(feature = "bar")]
#[derive(Debug)]
pub struct ProgressBar {
    bar: indicatif::ProgressBar,
    articles: std::sync::atomic::AtomicU64,
    bytes: std::sync::atomic::AtomicU64,
}

#[cfg(feature = "bar")]
impl ProgressBar {
    /// A bar drawn on stderr (indicatif hides it when stderr is not a terminal).
    pub fn stderr() -> ProgressBar {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(0),
            indicatif::ProgressDrawTarget::stderr(),
        );
        let template = "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} inputs ({per_sec}, eta {eta}) {msg}";
        bar.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        ProgressBar {
            bar,
            articles: 0.into(),
            bytes: 0.into(),
        }
    }

    /// A bar that draws nothing: for runs too short to need one, or not on a terminal.
    pub fn hidden() -> ProgressBar {
        ProgressBar {
            bar: indicatif::ProgressBar::hidden(),
            articles: 0.into(),
            bytes: 0.into(),
        }
    }

    /// Runs `print` with the bar lifted off the terminal, so that lines printed meanwhile do not
    /// tear it.
    pub fn suspend<R>(&self, print: impl FnOnce() -> R) -> R {
        self.bar.suspend(print)
    }

    /// Removes the bar from the terminal.
    pub fn finish_and_clear(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(feature = "bar")]
impl ProgressSink for ProgressBar {
    fn start(&self, inputs: usize) {
        self.bar.set_length(inputs as u64);
    }

    fn inc(&self, bytes: u64, articles: usize) {
        use std::sync::atomic::Ordering;
        let articles =
            self.articles.fetch_add(articles as u64, Ordering::Relaxed) + articles as u64;
        let bytes = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        self.bar.inc(1);
        // Every worker calls this once per input: a hidden bar (not a terminal, or a short run)
        // skips formatting a message nobody sees.
        if !self.bar.is_hidden() {
            self.bar
                .set_message(format!("{articles} articles, {:.1} MB", bytes as f64 / 1e6));
        }
    }
}
