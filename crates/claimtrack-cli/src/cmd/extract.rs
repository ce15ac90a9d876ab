//! `claimtrack extract`: reads articles and prints their claims (the claims/v1 contract).
//!
//! `jsonl` (the default) prints one `ClaimsDoc` per article per line, `json` one array of them,
//! `table` a readable block per article. `--explain` adds, for every claim and slot, the rule
//! that set it and the words it matched, in every format. Inputs that cannot be read are
//! reported on stderr and skipped (exit 1); extraction itself never fails, and what it could not
//! do (no publication date) is a warning.
//!
//! Reading and extraction run on all cores through `claimtrack_pipeline::process_chunks`, the
//! batch's own loop without the ledger, so the output is in input order whatever the threads.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use claimtrack_extract::Options;
use claimtrack_ingest::Config as ReadConfig;
use claimtrack_model::{Claim, ClaimDetail, ClaimsDoc, Interval};
use claimtrack_pipeline::{Config, Pool, process_chunks};

use crate::Global;
use crate::articles::JsonWriter;
use crate::output::{self, Diag, Outcome};

/// Extract deadline, exchange and territorial claims, with who makes them.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimtrack extract article.txt
  claimtrack extract fixtures/claims --format table --explain
  claimtrack extract feed.xml --format json > claims.json")]
pub(crate) struct Args {
    /// Files or directories to read; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Show, for every claim and slot, the rule that set it and the words it matched.
    #[arg(long)]
    explain: bool,
    /// Skip inputs larger than this many bytes (after decompression).
    #[arg(long, value_name = "BYTES", default_value_t = ReadConfig::default().max_bytes)]
    max_bytes: u64,
    /// Worker threads [default: one per CPU]; 1 does everything on one thread.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// One claims/v1 object per article per line.
    Jsonl,
    /// One JSON array of claims/v1 objects.
    Json,
    /// A readable table per article.
    Table,
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let diag = Diag::new(global);
    let config = Config {
        read: ReadConfig {
            max_bytes: args.max_bytes,
        },
        extract: Options {
            explain: args.explain,
        },
        threads: args.threads,
        ..Config::default()
    };
    let pool = Pool::new(args.threads)?;
    // A counting walk for the progress bar, then a lazy one: no list of every path is held.
    let census = claimtrack_ingest::census(&args.paths);
    let mut failures = 0usize;
    for problem in &census.problems {
        failures += usize::from(diag.problem(problem));
    }
    let progress = output::progress_bar(diag, census.inputs);
    let mut out = output::stdout();
    let mut json = JsonWriter::begin(&mut out, args.format == Format::Json)?;
    // Content ids printed so far: the same article read twice (two formats, two folders) is
    // printed once.
    let mut printed: HashSet<String> = HashSet::new();
    let mut claims = 0usize;
    let mut walk = claimtrack_ingest::Walk::new(&args.paths);
    process_chunks(&pool, &mut walk, &config, &progress, |chunk| {
        for processed in chunk {
            progress.suspend(|| {
                for problem in &processed.problems {
                    failures += usize::from(diag.problem(problem));
                }
            });
            for doc in processed.docs {
                if !printed.insert(doc.article.id.clone()) {
                    let path = doc.article.path.as_deref().unwrap_or("-");
                    progress.suspend(|| {
                        diag.debug(&format!(
                            "{path}: same article as one printed before (id {})",
                            doc.article.id
                        ));
                    });
                    continue;
                }
                claims += doc.claims.len();
                match args.format {
                    Format::Jsonl | Format::Json => json.item(&mut out, &doc)?,
                    Format::Table => write_table(&mut out, &doc)?,
                }
            }
        }
        Ok::<(), std::io::Error>(())
    })?;
    progress.finish_and_clear();
    for problem in &census.unseen(walk.into_problems()) {
        failures += usize::from(diag.problem(problem));
    }
    if args.format != Format::Table {
        json.end(&mut out)?;
    }
    out.flush()?;
    diag.debug(&format!(
        "{claims} claims in {} articles from {} inputs",
        printed.len(),
        census.inputs
    ));
    Ok(Outcome::from_failures(failures))
}

/// One block per article: a header, then per claim its kind, slots, speaker and evidence.
fn write_table(out: &mut impl Write, doc: &ClaimsDoc) -> std::io::Result<()> {
    let meta = &doc.article;
    writeln!(
        out,
        "# {} | {} | {} | {} claims",
        meta.path.as_deref().unwrap_or("-"),
        meta.source.as_deref().unwrap_or("-"),
        meta.published
            .map_or_else(|| "-".to_owned(), |d| d.to_string()),
        doc.claims.len()
    )?;
    if let Some(title) = &meta.title {
        writeln!(out, "  {title}")?;
    }
    for claim in &doc.claims {
        write_claim(out, claim)?;
    }
    writeln!(out)
}

fn write_claim(out: &mut impl Write, claim: &Claim) -> std::io::Result<()> {
    let slots = match &claim.detail {
        ClaimDetail::Territorial(t) => format!(
            "{} {} ({}{}{}) by {} | claimant {} | {} | {}",
            t.action,
            t.place,
            t.place_type.map_or("-", |p| p.as_str()),
            t.region
                .as_deref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default(),
            t.country
                .as_deref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
            or_dash(t.actor.as_deref()),
            or_dash(t.claimant.as_deref()),
            interval(t.announced.as_ref()),
            t.status,
        ),
        ClaimDetail::Exchange(e) => {
            let items: Vec<String> = e
                .items
                .iter()
                .map(|i| {
                    let amount = match (i.count, i.approx) {
                        (Some(n), _) => n.to_string(),
                        (None, Some(a)) => a.as_str().to_owned(),
                        (None, None) => "?".to_owned(),
                    };
                    format!(
                        "{amount} {} {}->{}",
                        i.category,
                        or_dash(i.from.as_deref()),
                        or_dash(i.to.as_deref())
                    )
                })
                .collect();
            let when: Vec<String> = e.when.iter().map(|w| interval(Some(w))).collect();
            format!(
                "{} [{}] parties {} | mediator {} | when {}",
                e.status,
                items.join("; "),
                if e.parties.is_empty() {
                    "-".to_owned()
                } else {
                    e.parties.join(", ")
                },
                or_dash(e.mediator.as_deref()),
                if when.is_empty() {
                    "-".to_owned()
                } else {
                    when.join(", ")
                },
            )
        }
        ClaimDetail::Deadline(d) => format!(
            "{} -> {} \"{}\" | issued {} | due {} | demand {} | consequence {}",
            or_dash(d.issuer.as_deref()),
            if d.targets.is_empty() {
                "-".to_owned()
            } else {
                d.targets.join(", ")
            },
            d.expression,
            interval(d.issued.as_ref()),
            interval(d.due.as_ref()),
            or_dash(d.demand.as_deref()),
            or_dash(d.consequence.as_deref()),
        ),
    };
    writeln!(out, "  {:<11} {slots}", claim.kind().as_str())?;
    let a = &claim.attribution;
    writeln!(
        out,
        "              said by {} ({}) verb {}",
        or_dash(a.speaker.as_deref()),
        or_dash(a.actor.as_deref()),
        or_dash(a.verb.as_deref())
    )?;
    writeln!(out, "              \"{}\"", claim.text)?;
    for trace in &claim.explain {
        writeln!(
            out,
            "              - {:<20} {:<40} {:?}",
            trace.slot, trace.rule, trace.matched
        )?;
    }
    Ok(())
}

fn or_dash(value: Option<&str>) -> &str {
    value.unwrap_or("-")
}

fn interval(value: Option<&Interval>) -> String {
    value.map_or_else(|| "-".to_owned(), Interval::to_string)
}
