//! `cargo xtask`: project tasks that orchestrate the library crates.
//!
//! - `eval`: scores `claimtrack-extract` on the articles in `fixtures/claims/` against the gold
//!   claims in `fixtures/gold/`.
//! - `batch`: ingests folders of articles into a ledger in parallel, with progress and a summary.
//! - `bench`: generates a synthetic corpus and measures the batch end to end.
//!
//! Product logic never lives here: each task calls the crates' public APIs.

mod batch;
mod bench;
mod eval;
#[cfg(test)]
mod tidy;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// The same allocator as the `claimtrack` binary's (see there why), so that `bench` measures the
/// batch as users run it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", about = "claimtrack project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Score extraction against the gold claims in fixtures/gold/.
    Eval(eval::Args),
    /// Ingest folders of articles into a ledger, in parallel.
    Batch(batch::Args),
    /// Generate a synthetic corpus and measure the batch.
    Bench(bench::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().task {
        Task::Eval(args) => eval::run(args),
        Task::Batch(args) => batch::run(args),
        Task::Bench(args) => bench::run(args),
    }
}

/// The root of the repository, whatever the current directory.
fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
