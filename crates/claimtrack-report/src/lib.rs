//! Claim reports from the ledger: Markdown, HTML with charts, JSON and CSV.
//!
//! A report is built in two steps that never mix:
//!
//! 1. [`Report::build`] reads the ledger as of a date (through `claimtrack-ledger`'s query API
//!    only) into a [`Report`]: plain, sorted, serialisable data with every section the formats
//!    show (summary, deadlines with their superseded chains, territorial claims by country and
//!    region, exchanges with totals per side and per month, disputed claims, sources). The JSON
//!    format is this value as it stands.
//! 2. Pure functions turn a [`Report`] into text: [`markdown`], [`html`] (one self-contained
//!    file with inline CSS and hand-written SVG charts, no script and no network) and [`csv()`].
//!
//! Every piece of article text (titles, quotes, place names, speakers) is escaped for the format
//! it lands in, so an article that contains `<script>` cannot run anything in a report. Output
//! depends only on the ledger and the [`ReportOptions`], never on the clock or the order rows
//! come back from the database, so reports are snapshot-friendly.
//!
//! ```no_run
//! use chrono::NaiveDate;
//! use claimtrack_ledger::Ledger;
//! use claimtrack_report::{Format, ReportOptions, render};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let ledger = Ledger::open(std::path::Path::new("claimtrack.db"))?;
//! let as_of = NaiveDate::from_ymd_opt(2025, 8, 1).ok_or("bad date")?;
//! let options = ReportOptions { as_of, since: None, kind: None };
//! render(&ledger, &options, Format::Html, &mut std::io::stdout())?;
//! # Ok(())
//! # }
//! ```

mod data;
mod error;
mod escape;
mod html;
mod markdown;
mod sink;
mod spreadsheet;
mod svg;

use std::io::Write;

use chrono::NaiveDate;
use claimtrack_ledger::Ledger;
use claimtrack_model::ClaimKind;

use crate::sink::Sink;

pub use data::{
    ArticleRef, CountryGroup, DeadlineChain, DeadlineRow, Deadlines, DisputedRow, ExchangeRow,
    Exchanges, ItemRow, MonthTotal, Outlet, Quote, REPORT_SCHEMA, RegionGroup, Report, SideCount,
    SideTotal, SourceCount, Statement, Summary, TerritorialRow,
};
pub use error::{Error, Result};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown for reading and pasting: headings, tables and block quotes.
    Markdown,
    /// One self-contained HTML file with inline CSS and SVG charts.
    Html,
    /// The [`Report`] as pretty-printed JSON.
    Json,
    /// One CSV table of claims: with a kind filter, that kind's columns; without one, a `kind`
    /// column and the union of every kind's columns (cells of other kinds empty).
    Csv,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Json, Format::Csv];

    /// The usual file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(format!("unknown report format `{s}` (md, html, json, csv)")),
        }
    }
}

/// What a report covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportOptions {
    /// The report shows the ledger as it stood on this day: later articles are invisible and
    /// deadlines are open or expired relative to it.
    pub as_of: NaiveDate,
    /// Only claims reported on or after this day.
    pub since: Option<NaiveDate>,
    /// Only claims of this kind.
    pub kind: Option<ClaimKind>,
}

/// Builds the report for `options` from `ledger` and writes it to `out` in `format`.
pub fn render(
    ledger: &Ledger,
    options: &ReportOptions,
    format: Format,
    out: &mut dyn Write,
) -> Result<()> {
    let report = Report::build(ledger, options)?;
    write(&report, format, out)
}

/// Writes an already built report in `format`.
pub fn write(report: &Report, format: Format, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Markdown => {
            let mut sink = Sink::new(&mut *out);
            markdown::render(report, &mut sink);
            sink.finish()?;
        }
        Format::Html => {
            let mut sink = Sink::new(&mut *out);
            html::render(report, &mut sink);
            sink.finish()?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => spreadsheet::write(report, out)?,
    }
    out.flush()?;
    Ok(())
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    sink::to_string(|sink| markdown::render(report, sink))
}

/// The report as one self-contained HTML document.
pub fn html(report: &Report) -> String {
    sink::to_string(|sink| html::render(report, sink))
}

/// The report's claims as CSV text (see [`Format::Csv`] for the columns).
pub fn csv(report: &Report) -> Result<String> {
    let mut buf = Vec::new();
    spreadsheet::write(report, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
