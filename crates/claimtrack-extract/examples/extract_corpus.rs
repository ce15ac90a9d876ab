//! Extracts every article of a directory, for profiling and for comparing outputs.
//!
//! `cargo run --release -p claimtrack-extract --example extract_corpus -- DIR [REPS] [DUMP]`
//! reads every file under `DIR` once, extracts all articles once to warm the word lists, then
//! `REPS` more times inside [`timed`] (default 1), the one function to give to
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=*timed*`. With `DUMP`, the
//! debug form of every extraction (with explanations) goes to that file, for a byte-for-byte
//! comparison of two versions.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use claimtrack_extract::{Options, extract};
use claimtrack_ingest::{Config, read_bytes};
use claimtrack_model::Article;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".to_owned()));
    let reps: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let dump = args.next();
    let mut paths = Vec::new();
    collect(&dir, &mut paths)?;
    paths.sort();
    let mut articles = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path)?;
        let name = path.display().to_string();
        articles.extend(read_bytes(&name, &bytes, &Config::default()).articles);
    }
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let warm = run(&articles, false);
    let started = std::time::Instant::now();
    let claims = timed(&articles, reps);
    let seconds = started.elapsed().as_secs_f64();
    writeln!(
        std::io::stdout().lock(),
        "{} articles, {bytes} body bytes, {warm} claims; {reps} reps: {claims} claims, {:.2} MB/s",
        articles.len(),
        (bytes * reps) as f64 / 1e6 / seconds.max(1e-9)
    )?;
    if let Some(dump) = dump {
        let mut out = std::io::BufWriter::new(std::fs::File::create(dump)?);
        for article in &articles {
            let found = extract(article, &Options { explain: true });
            writeln!(out, "{}\n{found:#?}", article.id)?;
        }
        out.flush()?;
    }
    Ok(())
}

/// The measured part: `reps` extractions of every article.
#[inline(never)]
fn timed(articles: &[Article], reps: usize) -> usize {
    (0..reps).map(|_| run(articles, false)).sum()
}

fn run(articles: &[Article], explain: bool) -> usize {
    articles
        .iter()
        .map(|a| {
            extract(std::hint::black_box(a), &Options { explain })
                .claims
                .len()
        })
        .sum()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
