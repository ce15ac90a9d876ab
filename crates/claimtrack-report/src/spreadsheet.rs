//! The CSV report: one row per claim.
//!
//! With a kind filter the table has that kind's columns only; without one it has a `kind` column
//! and the union of every kind's columns, cells of other kinds left empty, so that one file opens
//! in a spreadsheet and filters by kind. Text cells that a spreadsheet would read as a formula
//! (starting with `=`, `+`, `-`, `@`) are prefixed with `'`, because article text is untrusted.

use std::io::Write;

use claimtrack_model::{ClaimKind, Interval};

use crate::Result;
use crate::data::{Report, category_label};
use crate::html::side_text;

const COMMON: &[&str] = &["id", "status", "first_reported", "last_reported", "sources"];
const DEADLINE: &[&str] = &[
    "issuer",
    "targets",
    "demand",
    "consequence",
    "expression",
    "issued_start",
    "issued_end",
    "due_start",
    "due_end",
    "days_left",
    "supersedes",
    "superseded_by",
];
const TERRITORIAL: &[&str] = &[
    "country",
    "region",
    "place",
    "place_type",
    "action",
    "verb",
    "actor",
    "claimant",
    "denials",
    "confirmations",
];
const EXCHANGE: &[&str] = &[
    "date",
    "parties",
    "categories",
    "counts",
    "total",
    "mediator",
    "counts_differ",
];

/// Writes the CSV table for `report` (its `kind` picks the columns).
pub(crate) fn write(report: &Report, out: &mut dyn Write) -> Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    let kinds: Vec<ClaimKind> = match report.kind {
        Some(kind) => vec![kind],
        None => ClaimKind::ALL.to_vec(),
    };
    let mut header: Vec<&str> = Vec::new();
    if report.kind.is_none() {
        header.push("kind");
    }
    header.extend_from_slice(COMMON);
    for kind in &kinds {
        header.extend_from_slice(columns(*kind));
    }
    writer.write_record(&header)?;
    let layout = Layout {
        with_kind: report.kind.is_none(),
        kinds,
    };
    let d = &report.deadlines;
    for row in d.open.iter().chain(&d.expired).chain(&d.superseded) {
        let common = [
            row.id.clone(),
            row.status.clone(),
            date(row.first_reported),
            date(row.last_reported),
            row.sources.to_string(),
        ];
        let own = vec![
            text(row.issuer.as_deref()),
            text(Some(&row.targets.join("; "))),
            text(row.demand.as_deref()),
            text(row.consequence.as_deref()),
            text(Some(&row.expression)),
            start(row.issued.as_ref()),
            end(row.issued.as_ref()),
            start(row.due.as_ref()),
            end(row.due.as_ref()),
            row.days_left.map(|d| d.to_string()).unwrap_or_default(),
            row.supersedes.clone().unwrap_or_default(),
            row.superseded_by.clone().unwrap_or_default(),
        ];
        writer.write_record(layout.record(ClaimKind::Deadline, &common, own))?;
    }
    for country in &report.territorial {
        for region in &country.regions {
            for row in &region.claims {
                let common = [
                    row.id.clone(),
                    row.status.clone(),
                    date(row.first_reported),
                    date(row.last_reported),
                    row.sources.to_string(),
                ];
                let own = vec![
                    text(country.country.as_deref()),
                    text(region.region.as_deref()),
                    text(Some(&row.place)),
                    row.place_type
                        .map(|t| t.as_str().to_owned())
                        .unwrap_or_default(),
                    row.action.as_str().to_owned(),
                    text(row.verb.as_deref()),
                    text(row.actor.as_deref()),
                    text(row.claimant.as_deref()),
                    row.denials.to_string(),
                    row.confirmations.to_string(),
                ];
                writer.write_record(layout.record(ClaimKind::Territorial, &common, own))?;
            }
        }
    }
    for row in &report.exchanges.rows {
        let common = [
            row.id.clone(),
            row.status.clone(),
            date(row.first_reported),
            date(row.last_reported),
            row.sources.to_string(),
        ];
        let counts: Vec<String> = row.sides.iter().map(|s| side_text(s, &row.items)).collect();
        let categories: Vec<&str> = row.categories.iter().map(|c| category_label(*c)).collect();
        let own = vec![
            date(row.date),
            text(Some(&row.parties.join("; "))),
            categories.join("; "),
            text(Some(&counts.join("; "))),
            row.total.map(|t| t.to_string()).unwrap_or_default(),
            text(row.mediator.as_deref()),
            (!row.reported_counts.is_empty()).to_string(),
        ];
        writer.write_record(layout.record(ClaimKind::Exchange, &common, own))?;
    }
    writer.flush()?;
    Ok(())
}

const fn columns(kind: ClaimKind) -> &'static [&'static str] {
    match kind {
        ClaimKind::Deadline => DEADLINE,
        ClaimKind::Exchange => EXCHANGE,
        ClaimKind::Territorial => TERRITORIAL,
    }
}

/// Where each kind's cells go in a row.
struct Layout {
    with_kind: bool,
    kinds: Vec<ClaimKind>,
}

impl Layout {
    fn record(&self, kind: ClaimKind, common: &[String], own: Vec<String>) -> Vec<String> {
        let mut record = Vec::new();
        if self.with_kind {
            record.push(kind.as_str().to_owned());
        }
        record.extend_from_slice(common);
        let mut own = Some(own);
        for other in &self.kinds {
            if *other == kind {
                record.extend(own.take().unwrap_or_default());
            } else {
                record.extend(columns(*other).iter().map(|_| String::new()));
            }
        }
        record
    }
}

fn date(day: Option<chrono::NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_default()
}

fn start(interval: Option<&Interval>) -> String {
    date(interval.map(|i| i.start))
}

fn end(interval: Option<&Interval>) -> String {
    date(interval.map(|i| i.end))
}

/// A text cell that no spreadsheet reads as a formula.
fn text(value: Option<&str>) -> String {
    match value {
        Some(v) if v.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{v}"),
        Some(v) => v.to_owned(),
        None => String::new(),
    }
}
