//! `claimtrack run`: the one-command main job, ingest then write the HTML report.

use std::path::PathBuf;

use chrono::NaiveDate;
use claimtrack_report::{Format, ReportOptions};

use super::db::DbArgs;
use super::ingest::{self, BatchArgs};
use crate::Global;
use crate::output::{Diag, Outcome};

/// Ingest articles into the ledger, then write the HTML report.
///
/// The same as `claimtrack ingest PATH...` followed by `claimtrack report --format html --out
/// FILE`. The report is written even when some inputs failed (exit code 1 then).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders of articles; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    batch: BatchArgs,
    /// Where to write the HTML report.
    #[arg(long, value_name = "FILE", default_value = "report.html")]
    out: PathBuf,
    /// Report the state of claims as of this day (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let diag = Diag::new(global);
    let db = args.db.path();
    let ledger = ingest::open_ledger(&db)?;
    let summary = ingest::ingest(&args.paths, &ledger, &args.batch, diag)?;
    ingest::report_problems(&summary, diag);
    ingest::print_summary(&summary, diag);

    let options = ReportOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        since: None,
        kind: None,
    };
    write_report(&ledger, &options, &args.out)?;
    diag.info(&format!(
        "report as of {}: {} (ledger: {})",
        options.as_of,
        args.out.display(),
        db.display()
    ));
    Ok(Outcome::from_failures(summary.failed_inputs))
}

fn write_report(
    ledger: &claimtrack_ledger::Ledger,
    options: &ReportOptions,
    out: &std::path::Path,
) -> anyhow::Result<()> {
    super::report::write_replacing(out, |writer| {
        claimtrack_report::render(ledger, options, Format::Html, writer)
    })
}
