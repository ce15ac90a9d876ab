//! `claimtrack report`: the claim report from the ledger as of a date, in Markdown, HTML, JSON
//! or CSV.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use claimtrack_ledger::Ledger;
use claimtrack_model::ClaimKind;
use claimtrack_report::{Format, Report, ReportOptions};

use super::db::DbArgs;
use crate::Global;
use crate::output::{self, Diag, Outcome};

/// Write a claim report from the ledger.
///
/// Sections: summary; deadlines (open with days left, expired, superseded chains); territorial
/// claims by country and region; exchanges with totals per side and per month; disputed claims;
/// sources with links and quotes. Only articles published on or before --as-of are seen.
#[derive(Debug, clap::Args)]
#[command(after_help = "Formats:
  md    Markdown for reading and pasting (the default)
  html  one self-contained page with charts (no script, no network)
  json  the report as data (schema claimtrack/report/v1)
  csv   one row per claim; with --kind, that kind's columns only; without it, a `kind` column
        and the union of every kind's columns (cells of other kinds empty)
Without --format, the format follows the --out extension (.md, .html, .json, .csv).

Examples:
  claimtrack report --as-of 2025-08-20
  claimtrack report --format html --out report.html
  claimtrack report --kind territorial --format csv --out territorial.csv")]
pub(crate) struct Args {
    #[command(flatten)]
    db: DbArgs,
    /// Report the state of claims as of this day (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Only claims reported on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<NaiveDate>,
    /// Only claims of this kind: deadline, exchange or territorial.
    #[arg(long, value_name = "KIND")]
    kind: Option<ClaimKind>,
    /// Output format [default: from the --out extension, else md].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    Md,
    Html,
    Json,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Md => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
        }
    }
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let diag = Diag::new(global);
    let format = args
        .format
        .map(Format::from)
        .or_else(|| args.out.as_deref().and_then(format_of))
        .unwrap_or(Format::Markdown);
    let db = args.db.path();
    // Opening would create an empty ledger; a report over nothing is a mistake worth saying.
    if !db.exists() {
        anyhow::bail!(
            "no ledger at `{}`: ingest articles first (`claimtrack ingest PATH...`) or pass --db FILE",
            db.display()
        );
    }
    let ledger =
        Ledger::open(&db).with_context(|| format!("cannot open the ledger `{}`", db.display()))?;
    let options = ReportOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        since: args.since,
        kind: args.kind,
    };
    let report = Report::build(&ledger, &options)?;
    match &args.out {
        Some(path) => {
            write_replacing(path, |out| claimtrack_report::write(&report, format, out))?;
            diag.info(&format!(
                "wrote {} ({} claims as of {})",
                path.display(),
                report.summary.claims,
                options.as_of
            ));
        }
        None => {
            let mut out = output::stdout();
            claimtrack_report::write(&report, format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}

/// Writes a report file through `write` into a temporary file beside `path`, renamed over
/// `path` once complete (`claimtrack report --out` and `claimtrack run`): a failure never leaves
/// half a report (nor touches one written before), and the report goes to the file as it is
/// rendered rather than being held whole in memory first (over a 10,000-article ledger that
/// held 52 MB of JSON, or a second copy of 34 MB of HTML).
pub(crate) fn write_replacing(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> claimtrack_report::Result<()>,
) -> anyhow::Result<()> {
    let context = || format!("cannot write the report to `{}`", path.display());
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new();
    temp.prefix(".claimtrack-report-").suffix(".tmp");
    // The file gets the permissions any new file would (0666 less the umask), not a temporary
    // file's owner-only 0600, which would stay on the report once renamed.
    #[cfg(unix)]
    temp.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let file = temp.tempfile_in(dir).with_context(context)?;
    let mut out = std::io::BufWriter::new(file);
    write(&mut out).with_context(context)?;
    let file = out
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)
        .with_context(context)?;
    file.persist(path)
        .map_err(|error| error.error)
        .with_context(context)?;
    Ok(())
}

/// The format a file name asks for by its extension.
fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "htm" => Some(Format::Html),
        "markdown" => Some(Format::Markdown),
        other => other.parse().ok(),
    }
}
