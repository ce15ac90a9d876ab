//! `claimtrack time`: resolve one time phrase, or list every time expression in a text file,
//! against a reference (publication) date.
//!
//! The file mode reads the file's bytes as they are (no normalisation) so that the byte offsets
//! it prints point into the file; a file that is not UTF-8 is an error, not a lossy decode.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use chrono::NaiveDate;
use claimtrack_time::{Options, Prefer, TimeExpr};

use crate::Global;
use crate::output::{self, Diag, Outcome};

/// Resolve time expressions ("within 50 days", "on Wednesday") against a publication date.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimtrack time \"within 50 days\" --ref 2025-07-24
  claimtrack time \"Friday\" --ref 2025-07-24 --prefer future --format json
  claimtrack time --text-file article.txt --ref 2025-07-24 --format jsonl")]
pub(crate) struct Args {
    /// The phrase to resolve as one expression.
    #[arg(required_unless_present = "text_file", conflicts_with = "text_file")]
    phrase: Option<String>,
    /// List every expression in this UTF-8 text file; offsets are bytes into the file.
    #[arg(long, value_name = "FILE")]
    text_file: Option<PathBuf>,
    /// The reference (publication) date.
    #[arg(long = "ref", value_name = "YYYY-MM-DD", required = true, value_parser = parse_date)]
    reference: NaiveDate,
    /// How to read a bare weekday or a date without a year: from the context, or always the
    /// latest past one, or always the next one.
    #[arg(long, value_enum, default_value_t = PreferArg::Auto)]
    prefer: PreferArg,
    /// Output: a readable line per expression, one JSON document, or JSON lines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum PreferArg {
    Auto,
    Past,
    Future,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|err| format!("`{s}` is not a YYYY-MM-DD date: {err}"))
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let options = Options {
        prefer: match args.prefer {
            PreferArg::Auto => Prefer::Auto,
            PreferArg::Past => Prefer::Past,
            PreferArg::Future => Prefer::Future,
        },
    };
    let diag = Diag::new(global);
    match (&args.text_file, &args.phrase) {
        (Some(path), _) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            let text = String::from_utf8(bytes).map_err(|err| {
                anyhow::anyhow!(
                    "{} is not valid UTF-8 (first invalid byte at offset {}); byte offsets need the file as it is, so it is not decoded lossily",
                    path.display(),
                    err.utf8_error().valid_up_to()
                )
            })?;
            let found = claimtrack_time::tag(&text, args.reference, &options);
            let mut out = output::stdout();
            match args.format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &found)?;
                    writeln!(out)?;
                }
                Format::Jsonl => {
                    for e in &found {
                        serde_json::to_writer(&mut out, e)?;
                        writeln!(out)?;
                    }
                }
                Format::Text => {
                    for e in &found {
                        writeln!(out, "{}..{}\t{}", e.start, e.end, summary(e))?;
                    }
                }
            }
            out.flush()?;
            diag.info(&format!(
                "{} time expressions in {}",
                found.len(),
                path.display()
            ));
            Ok(Outcome::Success)
        }
        (None, Some(phrase)) => {
            let found = claimtrack_time::resolve(phrase, args.reference, &options);
            let mut out = output::stdout();
            match (&found, args.format) {
                (_, Format::Json) => {
                    serde_json::to_writer_pretty(&mut out, &found)?;
                    writeln!(out)?;
                }
                (_, Format::Jsonl) => {
                    serde_json::to_writer(&mut out, &found)?;
                    writeln!(out)?;
                }
                (Some(e), Format::Text) => writeln!(out, "{}", summary(e))?,
                (None, Format::Text) => {}
            }
            out.flush()?;
            if found.is_none() {
                diag.error(&format!("no time expression in {phrase:?}"));
                return Ok(Outcome::SomeFailed);
            }
            Ok(Outcome::Success)
        }
        (None, None) => anyhow::bail!("give a phrase or --text-file FILE"),
    }
}

/// One readable line: `"within 50 days" duration P50D 2025-09-12 (day) deadline=within ...`.
fn summary(e: &TimeExpr) -> String {
    let name = |v: &dyn erased::Named| v.name();
    let mut line = format!(
        "{:?} {} {} {} ({})",
        e.text,
        name(&e.ty),
        e.value.as_deref().unwrap_or("null"),
        e.interval
            .map_or_else(|| "null".to_owned(), |iv| iv.to_string()),
        e.grain.map_or_else(|| "no grain".to_owned(), |g| name(&g)),
    );
    if let Some(d) = e.deadline {
        line.push_str(&format!(" deadline={}", name(&d)));
    }
    if let Some(m) = e.modifier {
        line.push_str(&format!(" mod={}", name(&m)));
    }
    if let Some(d) = e.duration {
        let unit = name(&d.unit);
        if d.min == d.max {
            line.push_str(&format!(" duration={} {unit}", d.min));
        } else {
            line.push_str(&format!(" duration={}-{} {unit}", d.min, d.max));
        }
    }
    if e.vague {
        line.push_str(" vague");
    }
    line
}

mod erased {
    //! The serde name of a unit-like enum value ("duration", "within", "MORE_THAN").

    pub(super) trait Named {
        fn name(&self) -> String;
    }

    impl<T: serde::Serialize> Named for T {
        fn name(&self) -> String {
            serde_json::to_value(self)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        }
    }
}
