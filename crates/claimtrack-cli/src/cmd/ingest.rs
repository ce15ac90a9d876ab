//! `claimtrack ingest`: read articles, extract their claims and store them in the ledger.
//!
//! The work is `claimtrack_pipeline::run`, the same code path as `claimtrack run` and `cargo
//! xtask batch`. This module adds what only a command line has: a progress bar on a terminal,
//! failures named `path:line`, a summary, and the exit code.

use std::io::Write;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use anyhow::Context;
use claimtrack_ledger::Ledger;
use claimtrack_pipeline::{Config, NoProgress, ProgressBar, Summary};

use super::db::DbArgs;
use crate::Global;
use crate::output::{self, Diag, Outcome};

/// Read articles, extract their claims and store them in the ledger.
///
/// Files and folders (read recursively) in any format `claimtrack read` knows; `-` is standard
/// input. Each article is stored once, however often it is ingested. Exit code 1 when some
/// inputs failed (the others are stored).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders of articles; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    batch: BatchArgs,
    /// `text`: a summary on stderr; `json`: the summary as JSON on stdout.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    format: SummaryFormat,
}

/// The batch options `ingest` and `run` share.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct BatchArgs {
    /// Worker threads [default: one per CPU]; 1 does everything on one thread.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Inputs read, then stored in one transaction, at a time [default: 2048]. Memory grows
    /// with it; each chunk's articles are stored in publication order, so the same articles
    /// ingested in other chunks may be merged in another order (a supersession may differ).
    #[arg(long, value_name = "N")]
    chunk_size: Option<NonZeroUsize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SummaryFormat {
    Text,
    Json,
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let diag = Diag::new(global);
    let ledger = open_ledger(&args.db.path())?;
    let summary = ingest(&args.paths, &ledger, &args.batch, diag)?;
    report_problems(&summary, diag);
    match args.format {
        SummaryFormat::Text => print_summary(&summary, diag),
        SummaryFormat::Json => {
            let mut out = output::stdout();
            serde_json::to_writer_pretty(&mut out, &summary_json(&summary))?;
            writeln!(out)?;
            out.flush()?;
        }
    }
    Ok(Outcome::from_failures(summary.failed_inputs))
}

/// Opens (creating if need be) the ledger at `path`.
pub(crate) fn open_ledger(path: &Path) -> anyhow::Result<Ledger> {
    Ledger::open(path).with_context(|| format!("could not open the ledger {}", path.display()))
}

/// Runs the batch into `ledger`, with a progress bar when stderr is a terminal.
pub(crate) fn ingest(
    paths: &[PathBuf],
    ledger: &Ledger,
    batch: &BatchArgs,
    diag: Diag,
) -> anyhow::Result<Summary> {
    let config = Config {
        threads: batch.threads,
        chunk_size: Config::chunk_size_or_default(batch.chunk_size),
        ..Config::default()
    };
    let summary = if diag.wants_progress() {
        let bar = ProgressBar::stderr();
        let summary = claimtrack_pipeline::run(paths, ledger, &config, &bar);
        bar.finish_and_clear();
        summary
    } else {
        claimtrack_pipeline::run(paths, ledger, &config, &NoProgress)
    };
    summary.context("the batch stopped")
}

/// Names every failure, and counts the warnings (`-v` lists them).
pub(crate) fn report_problems(summary: &Summary, diag: Diag) {
    for failure in &summary.failures {
        diag.error(&failure.to_string());
    }
    if summary.warnings.is_empty() {
        return;
    }
    // A large corpus can give thousands of warnings: list them only when asked.
    for warning in &summary.warnings {
        diag.debug(&format!("warning: {warning}"));
    }
    diag.warn(&format!(
        "{} warnings (missing dates, unresolved times ...), listed with -v",
        summary.warnings.len()
    ));
}

/// The human summary, on stderr.
pub(crate) fn print_summary(summary: &Summary, diag: Diag) {
    diag.info(&format!(
        "{} inputs, {} articles read in {:.2}s ({:.0} articles/s, {:.1} MB/s)",
        summary.inputs,
        summary.articles_read,
        summary.elapsed.as_secs_f64(),
        summary.articles_per_second(),
        summary.megabytes_per_second(),
    ));
    diag.info(&format!(
        "articles: {} new, {} duplicate, {} failed inputs",
        summary.articles_new, summary.articles_duplicate, summary.failed_inputs
    ));
    diag.info(&format!(
        "claims: {} new, {} merged",
        summary.claims_new, summary.claims_merged
    ));
    for (kind, (new, merged)) in &summary.by_kind {
        diag.info(&format!(
            "  {:<12} {new:>7} new {merged:>7} merged",
            kind.as_str()
        ));
    }
}

fn summary_json(summary: &Summary) -> serde_json::Value {
    let by_kind: serde_json::Map<String, serde_json::Value> = summary
        .by_kind
        .iter()
        .map(|(kind, (new, merged))| {
            (
                kind.as_str().to_owned(),
                serde_json::json!({ "new": new, "merged": merged }),
            )
        })
        .collect();
    let problems = |list: &[claimtrack_ingest::Problem]| -> Vec<serde_json::Value> {
        list.iter()
            .map(|problem| {
                serde_json::json!({
                    "path": problem.path,
                    "line": problem.line,
                    "message": problem.message,
                })
            })
            .collect()
    };
    serde_json::json!({
        "inputs": summary.inputs,
        "articles": {
            "read": summary.articles_read,
            "new": summary.articles_new,
            "duplicate": summary.articles_duplicate,
        },
        "failed_inputs": summary.failed_inputs,
        "claims": {
            "new": summary.claims_new,
            "merged": summary.claims_merged,
            "by_kind": by_kind,
        },
        "bytes": summary.bytes,
        "seconds": summary.elapsed.as_secs_f64(),
        "storing_seconds": summary.storing.as_secs_f64(),
        "last_store_seconds": summary.last_store.as_secs_f64(),
        "failures": problems(&summary.failures),
        "warnings": problems(&summary.warnings),
    })
}
