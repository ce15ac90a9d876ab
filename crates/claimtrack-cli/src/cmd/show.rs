//! `claimtrack show`: one claim with its history and every source that reports it.

use std::io::Write;

use anyhow::Context;
use chrono::NaiveDate;
use claimtrack_ledger::{ClaimView, Ledger};

use super::claims::summary;
use super::db::DbArgs;
use crate::Global;
use crate::output::{self, Outcome};

/// Show a claim: its state, its history, and each source with quote, outlet, date and url.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimtrack show t-91d4bcf123d77b5a
  claimtrack show d-aa34585c6ac065ee --as-of 2025-08-01 --format json

Claim ids are listed by `claimtrack claims`.")]
pub(crate) struct Args {
    /// The claim's id, as `claimtrack claims` prints it.
    #[arg(value_name = "CLAIM_ID")]
    id: String,
    #[command(flatten)]
    db: DbArgs,
    /// See the claim as it was on this day: only articles published on or before it.
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Readable text.
    Text,
    /// The claim view as one JSON object.
    Json,
}

pub(crate) fn run(args: Args, _global: &Global) -> anyhow::Result<Outcome> {
    let path = args.db.path();
    let ledger = Ledger::open_existing(&path)?;
    let Some(view) = ledger.claim(&args.id, args.as_of)? else {
        let when = args
            .as_of
            .map(|d| format!(" as of {d}"))
            .unwrap_or_default();
        anyhow::bail!(
            "no claim `{}` in `{}`{when} (list them with `claimtrack claims`)",
            args.id,
            path.display()
        );
    };
    let mut out = output::stdout();
    match args.format {
        Format::Text => write_text(&mut out, &view)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &view).context("writing JSON")?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

fn day(day: Option<NaiveDate>) -> String {
    day.map_or_else(|| "undated".to_owned(), |d| d.to_string())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn write_text(out: &mut impl Write, view: &ClaimView) -> anyhow::Result<()> {
    let r = &view.record;
    writeln!(out, "{}  {}  {}", r.id, r.kind, r.status)?;
    writeln!(out, "{}", summary(&r.detail))?;
    writeln!(
        out,
        "first reported {}, last {}; {}, {}, {}",
        day(r.first_reported),
        day(r.last_reported),
        plural(r.sources, "source", "sources"),
        plural(r.denials, "denial", "denials"),
        plural(r.confirmations, "confirmation", "confirmations"),
    )?;
    if let Some(old) = &r.supersedes {
        writeln!(out, "supersedes {old}")?;
    }
    if let Some(new) = &r.superseded_by {
        writeln!(out, "superseded by {new}")?;
    }

    writeln!(out, "\nHistory")?;
    for event in &view.history {
        let mut line = format!("  {:<10}  {:<10}", day(event.on), event.event.as_str());
        if let Some(article) = &event.article_id {
            line.push_str(&format!("  {article}"));
        }
        if let Some(note) = &event.note {
            line.push_str(&format!("  ({note})"));
        }
        writeln!(out, "{}", line.trim_end())?;
    }

    writeln!(out, "\nSources")?;
    for (i, e) in view.evidence.iter().enumerate() {
        let outlet = e.source.as_deref().unwrap_or("unknown outlet");
        writeln!(
            out,
            "  [{}] {outlet}, {} ({}; article {})",
            i + 1,
            day(e.published),
            e.role,
            e.article_id
        )?;
        writeln!(out, "      \"{}\"", e.text)?;
        let who = match (&e.attribution.speaker, &e.attribution.actor) {
            (Some(speaker), Some(actor)) if speaker != actor => format!("{speaker} ({actor})"),
            (Some(speaker), _) => speaker.clone(),
            (None, Some(actor)) => actor.clone(),
            (None, None) => "the reporter".to_owned(),
        };
        writeln!(out, "      says: {who}; reports: {}", summary(&e.detail))?;
        if let Some(title) = &e.title {
            writeln!(out, "      title: {title}")?;
        }
        if let Some(url) = &e.url {
            writeln!(out, "      {url}")?;
        }
    }
    Ok(())
}
