//! `cargo xtask batch`: ingest folders of articles into a ledger in parallel, with a progress bar
//! and a throughput summary.
//!
//! The work is `claimtrack_pipeline::run`, the same code path as `claimtrack ingest`; this task
//! adds the progress bar (inputs, rate and ETA, articles and megabytes) and a summary meant for
//! people measuring a batch: articles/s, MB/s, claims by kind, failures with their paths.

use std::io::{IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;

use anyhow::Context;
use claimtrack_ledger::Ledger;
use claimtrack_pipeline::{Config, NoProgress, ProgressBar, Summary};

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders of articles; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The ledger database file (created if missing).
    #[arg(long, value_name = "FILE", default_value = "claimtrack.db")]
    db: PathBuf,
    /// Worker threads [default: one per CPU]; 1 does everything on one thread.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Inputs read, then stored in one transaction, at a time [default: 2048], as `claimtrack
    /// ingest --chunk-size`: memory grows with it, and the chunks are part of the result.
    #[arg(long, value_name = "N")]
    chunk_size: Option<NonZeroUsize>,
}

pub(crate) fn run(args: Args) -> anyhow::Result<()> {
    let ledger = Ledger::open(&args.db)
        .with_context(|| format!("could not open the ledger {}", args.db.display()))?;
    let config = Config {
        threads: args.threads,
        chunk_size: Config::chunk_size_or_default(args.chunk_size),
        ..Config::default()
    };
    let summary = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::stderr();
        let summary = claimtrack_pipeline::run(&args.paths, &ledger, &config, &bar);
        bar.finish_and_clear();
        summary
    } else {
        claimtrack_pipeline::run(&args.paths, &ledger, &config, &NoProgress)
    }
    .context("the batch stopped")?;
    let mut out = std::io::stdout().lock();
    print_summary(&mut out, &summary)?;
    writeln!(out, "ledger: {}", args.db.display())?;
    if summary.failed_inputs > 0 {
        anyhow::bail!("{} inputs failed", summary.failed_inputs);
    }
    Ok(())
}

/// Prints a batch summary for people: throughput, articles, claims by kind, failures.
pub(crate) fn print_summary(
    out: &mut (impl Write + ?Sized),
    summary: &Summary,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} inputs, {} articles, {:.1} MB in {:.2}s: {:.0} articles/s, {:.1} MB/s",
        summary.inputs,
        summary.articles_read,
        summary.bytes as f64 / 1e6,
        summary.elapsed.as_secs_f64(),
        summary.articles_per_second(),
        summary.megabytes_per_second(),
    )?;
    writeln!(
        out,
        "articles: {} new, {} duplicate; {} failed inputs; {} warnings",
        summary.articles_new,
        summary.articles_duplicate,
        summary.failed_inputs,
        summary.warnings.len()
    )?;
    writeln!(
        out,
        "claims: {} new, {} merged",
        summary.claims_new, summary.claims_merged
    )?;
    for (kind, (new, merged)) in &summary.by_kind {
        writeln!(
            out,
            "  {:<12} {new:>8} new {merged:>8} merged",
            kind.as_str()
        )?;
    }
    let share = |part: std::time::Duration| {
        100.0 * part.as_secs_f64() / summary.elapsed.as_secs_f64().max(f64::MIN_POSITIVE)
    };
    writeln!(
        out,
        "storing: {:.2}s in the ledger's transactions ({:.0}% of the run); the last chunk's: \
         {:.2}s ({:.0}%)",
        summary.storing.as_secs_f64(),
        share(summary.storing),
        summary.last_store.as_secs_f64(),
        share(summary.last_store),
    )?;
    for failure in &summary.failures {
        writeln!(out, "failed: {failure}")?;
    }
    Ok(())
}
