//! `claimtrack claims`: lists the claims in the ledger as of a day, filtered, as a table, JSON or
//! CSV.

use std::io::Write;

use anyhow::Context;
use chrono::NaiveDate;
use claimtrack_ledger::{ClaimQuery, ClaimRecord, Ledger};
use claimtrack_model::{ClaimDetail, ClaimKind, ExchangeItem};

use super::db::DbArgs;
use crate::Global;
use crate::output::{self, Outcome};

/// List the claims in the ledger: one line per real-world claim, with its state as of a day.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimtrack claims --kind territorial --status disputed
  claimtrack claims --place pokrovsk --as-of 2025-11-05
  claimtrack claims --actor Russia --since 2025-07-01 --format csv > claims.csv

Statuses: territorial claimed|confirmed|denied|disputed; exchange completed|agreed|proposed|
demanded; deadline open|expired|superseded.")]
pub(crate) struct Args {
    #[command(flatten)]
    db: DbArgs,
    /// Only claims of this kind: deadline, exchange, territorial.
    #[arg(long)]
    kind: Option<ClaimKind>,
    /// Only claims in this state (as of `--as-of`).
    #[arg(long)]
    status: Option<String>,
    /// Only territorial claims about a place containing this text (accents and case ignored).
    #[arg(long)]
    place: Option<String>,
    /// Only claims naming this actor (speaker's side, gainer, claimant, party, issuer, target).
    #[arg(long)]
    actor: Option<String>,
    /// Only claims reported on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<NaiveDate>,
    /// See the ledger as it was on this day: only articles published on or before it.
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Print at most this many claims.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON array of claim records.
    Json,
    /// Comma-separated values with a header line.
    Csv,
}

pub(crate) fn run(args: Args, _global: &Global) -> anyhow::Result<Outcome> {
    let path = args.db.path();
    let ledger = Ledger::open_existing(&path)?;
    let query = ClaimQuery {
        as_of: args.as_of,
        since: args.since,
        kind: args.kind,
        status: args.status,
        place: args.place,
        actor: args.actor,
        limit: args.limit,
    };
    let records = ledger.claims(&query)?;
    let mut out = output::stdout();
    match args.format {
        Format::Table => write_table(&mut out, &records)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &records).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Csv => write_csv(&mut out, &records)?,
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// A one-line description of what a claim says.
pub(crate) fn summary(detail: &ClaimDetail) -> String {
    match detail {
        ClaimDetail::Territorial(t) => {
            let actor = t.actor.as_deref().unwrap_or("someone");
            let mut line = format!(
                "{actor} {} {}",
                t.action.as_str().replace('_', " "),
                t.place
            );
            if let Some(region) = &t.region {
                line.push_str(&format!(" ({region})"));
            }
            line
        }
        ClaimDetail::Exchange(x) => {
            let parties = if x.parties.is_empty() {
                "?".to_owned()
            } else {
                x.parties.join(" / ")
            };
            let items: Vec<String> = x.items.iter().map(item_text).collect();
            let mut line = format!("{parties}: {}", items.join(", "));
            if let Some(mediator) = &x.mediator {
                line.push_str(&format!(" (via {mediator})"));
            }
            line
        }
        ClaimDetail::Deadline(d) => {
            let issuer = d.issuer.as_deref().unwrap_or("?");
            let targets = if d.targets.is_empty() {
                "?".to_owned()
            } else {
                d.targets.join(", ")
            };
            let mut line = format!("{issuer} -> {targets}: {}", d.expression);
            if let Some(due) = &d.due {
                line.push_str(&format!(", due {due}"));
            }
            if let Some(demand) = &d.demand {
                line.push_str(&format!(" ({demand})"));
            }
            line
        }
    }
}

fn item_text(item: &ExchangeItem) -> String {
    let amount = match (item.count, item.approx) {
        (Some(count), _) => count.to_string(),
        (None, Some(approx)) => approx.as_str().replace('_', " "),
        (None, None) => "some".to_owned(),
    };
    let mut text = format!("{amount} {}", item.category.as_str().replace('_', " "));
    if let (Some(from), Some(to)) = (&item.from, &item.to) {
        text.push_str(&format!(" {from}->{to}"));
    }
    text
}

fn day(day: Option<NaiveDate>) -> String {
    day.map_or_else(|| "-".to_owned(), |d| d.to_string())
}

fn write_table(out: &mut impl Write, records: &[ClaimRecord]) -> anyhow::Result<()> {
    let header = [
        "ID", "KIND", "STATUS", "FIRST", "LAST", "SRC", "DENY", "CONF", "CLAIM",
    ];
    let rows: Vec<[String; 9]> = records
        .iter()
        .map(|r| {
            [
                r.id.clone(),
                r.kind.to_string(),
                r.status.clone(),
                day(r.first_reported),
                day(r.last_reported),
                r.sources.to_string(),
                r.denials.to_string(),
                r.confirmations.to_string(),
                summary(&r.detail),
            ]
        })
        .collect();
    let mut widths = header.map(str::len);
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let header = header.map(str::to_owned);
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, width)) in row.iter().zip(widths).enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(&format!("{cell:<width$}  "));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    if rows.is_empty() {
        writeln!(out, "(no claims)")?;
    }
    Ok(())
}

fn write_csv(out: &mut impl Write, records: &[ClaimRecord]) -> anyhow::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "id",
        "kind",
        "status",
        "first_reported",
        "last_reported",
        "sources",
        "denials",
        "confirmations",
        "supersedes",
        "superseded_by",
        "speaker",
        "actor",
        "claim",
    ])?;
    for r in records {
        csv.write_record([
            r.id.as_str(),
            r.kind.as_str(),
            r.status.as_str(),
            &r.first_reported.map(|d| d.to_string()).unwrap_or_default(),
            &r.last_reported.map(|d| d.to_string()).unwrap_or_default(),
            &r.sources.to_string(),
            &r.denials.to_string(),
            &r.confirmations.to_string(),
            r.supersedes.as_deref().unwrap_or(""),
            r.superseded_by.as_deref().unwrap_or(""),
            r.attribution.speaker.as_deref().unwrap_or(""),
            r.attribution.actor.as_deref().unwrap_or(""),
            &summary(&r.detail),
        ])?;
    }
    csv.flush()?;
    Ok(())
}
