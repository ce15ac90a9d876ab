//! The batch: parallel read and extract, one writer into the ledger.
//!
//! This crate is the one code path behind `claimtrack ingest`, `claimtrack run`, `cargo xtask
//! batch` and `cargo xtask bench`. It has the shape of ruff's `check` command:
//!
//! 1. [`claimtrack_ingest::census`] counts the inputs (files, folders, `-`) for the progress bar,
//!    keeping none of them, and [`claimtrack_ingest::Walk`] then finds them lazily, in a stable
//!    order, one directory listing at a time.
//! 2. The walk is pulled in chunks of [`Config::chunk_size`] inputs (the last full chunk's inputs
//!    split so that the last chunk, whose store nothing overlaps, is a quarter of one). Each
//!    chunk is processed in parallel on a [`Pool`]: reading an input and extracting the claims
//!    of each of its articles is pure per-input work ([`process_input`]). Every failure, a
//!    caught panic included, becomes a [`claimtrack_ingest::Problem`] of that input, and the
//!    results come back in input order whatever thread ran them ([`process_with`]).
//! 3. Each extracted article is made a [`claimtrack_ledger::Prepared`] on the worker that
//!    extracted it: what storing it needs that no ledger state decides (merge keys, the claim
//!    details as JSON ...). One sequential writer then stores each chunk in the ledger with one
//!    [`claimtrack_ledger::Ledger::store_prepared`] call, which is one transaction; the ledger
//!    itself skips articles it already holds or that repeat within the run. While the writer
//!    writes, the next chunk is already being processed ([`process_chunks`]). The workers run
//!    at a lower priority than the writer ([`Pool::behind_writer`]): it is the serial stage.
//!    The writer and the ledger's SQLite thread, which take turns on every statement, are kept
//!    on one CPU for the batch (on Linux), so that a turn is not a wake-up of another CPU.
//!
//! `threads = Some(1)` runs all of it on the calling thread, in order; any other thread count
//! gives the same ledger, because nothing the writer sees depends on scheduling.
//!
//! Only a few chunks are alive at any time, and the walk holds only the listings of the folders it
//! is in, so memory stays flat however large the corpus is. A killed process leaves every chunk
//! wholly stored or not at all; since the ledger ignores articles it already holds, running the
//! batch again completes the work.
//!
//! ```no_run
//! use std::path::{Path, PathBuf};
//!
//! use claimtrack_ledger::Ledger;
//! use claimtrack_pipeline::{Config, NoProgress, run};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let ledger = Ledger::open(Path::new("claimtrack.db"))?;
//! let paths = [PathBuf::from("fixtures/articles")];
//! let summary = run(&paths, &ledger, &Config::default(), &NoProgress)?;
//! println!("{} new articles, {} failed inputs", summary.articles_new, summary.failed_inputs);
//! # Ok(())
//! # }
//! ```
//!
//! The library prints nothing: callers see progress through a [`ProgressSink`] and the outcome
//! in the returned [`Summary`].

mod colocate;
mod error;
mod pool;
mod process;
mod progress;
mod run;

pub use error::{Error, Result};
pub use pool::{Panicked, Pool, process_with};
pub use process::{Config, Processed, process, process_chunks, process_input};
#[cfg(feature = "bar")]
pub use progress::ProgressBar;
pub use progress::{NoProgress, ProgressSink};
pub use run::{Summary, run};
