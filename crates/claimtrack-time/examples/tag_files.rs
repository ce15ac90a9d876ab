//! Tags every sentence of the files given, as extraction does, for instruction counts:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*timed*'
//! target/release/examples/tag_files FILE...` counts only the parsing and tagging.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use claimtrack_time::{Options, parse};

fn main() -> ExitCode {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push(text),
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "{path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let sentences: Vec<&str> = texts.iter().flat_map(|t| sentences(t)).collect();
    let bytes: usize = sentences.iter().map(|s| s.len()).sum();
    let found = timed(&sentences);
    let _ = writeln!(
        std::io::stdout(),
        "{} sentences, {bytes} bytes, {found} expressions",
        sentences.len()
    );
    ExitCode::SUCCESS
}

/// Parses and tags every sentence; the only function callgrind counts.
#[inline(never)]
fn timed(sentences: &[&str]) -> usize {
    let reference = NaiveDate::from_ymd_opt(2025, 7, 24).unwrap_or_default();
    let options = Options::default();
    sentences
        .iter()
        .map(|s| parse(s).tag(reference, &options).len())
        .sum()
}

/// A rough sentence split: line breaks and ". ".
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.lines().flat_map(|line| {
        line.split_inclusive(". ")
            .map(str::trim)
            .filter(|s| !s.is_empty())
    })
}
