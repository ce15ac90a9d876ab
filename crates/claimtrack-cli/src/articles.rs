//! The sequential loop of `read`: read every input, report its problems, and hand on each
//! distinct article once, in input order; and the writer of JSON arrays and JSON Lines that
//! `read` and `extract` share. (`extract` runs on the batch's parallel loop instead: its per-
//! article work is large enough to be worth the threads, reading alone is not.)

use std::io::{self, Write};
use std::path::PathBuf;

use claimtrack_ingest::{Article, Batch, Config, Dedup, census, read_input};
use claimtrack_pipeline::ProgressSink;
use serde::Serialize;

use crate::output::{self, Diag};

/// What a walk over the inputs saw.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Walk {
    pub(crate) inputs: usize,
    /// Inputs or items that failed (errors, not warnings).
    pub(crate) failures: usize,
    /// Distinct articles handed on.
    pub(crate) articles: usize,
}

/// Reads `paths` (files, folders, `-`), reports every problem on stderr, and calls `each` with
/// every article whose content id was not seen before, in input order.
pub(crate) fn for_each_article(
    paths: &[PathBuf],
    config: &Config,
    diag: Diag,
    mut each: impl FnMut(Article) -> io::Result<()>,
) -> io::Result<Walk> {
    // A counting walk for the progress bar, then a lazy one: no list of every path is held.
    let counted = census(paths);
    let mut walk = Walk {
        inputs: counted.inputs,
        ..Walk::default()
    };
    for problem in &counted.problems {
        walk.failures += usize::from(diag.problem(problem));
    }
    let progress = output::progress_bar(diag, counted.inputs);
    let mut dedup = Dedup::default();
    let mut inputs = claimtrack_ingest::Walk::new(paths);
    for input in inputs.by_ref() {
        let Batch { articles, problems } = read_input(&input, config);
        let bytes = articles
            .iter()
            .map(|article| article.body.len() as u64)
            .sum();
        let count = articles.len();
        progress.suspend(|| {
            for problem in &problems {
                walk.failures += usize::from(diag.problem(problem));
            }
        });
        for article in articles {
            if dedup.first(&article) {
                walk.articles += 1;
                each(article)?;
            } else {
                let path = article.path.as_deref().unwrap_or("-");
                progress.suspend(|| {
                    diag.debug(&format!(
                        "{path}: same article as one printed before (id {})",
                        article.id
                    ));
                });
            }
        }
        progress.inc(bytes, count);
    }
    progress.finish_and_clear();
    for problem in &counted.unseen(inputs.into_problems()) {
        walk.failures += usize::from(diag.problem(problem));
    }
    Ok(walk)
}

/// Writes values as one JSON array (`[` ... `]`, one value a line) or as JSON Lines.
#[derive(Debug)]
pub(crate) struct JsonWriter {
    array: bool,
    written: usize,
}

impl JsonWriter {
    pub(crate) fn begin(out: &mut impl Write, array: bool) -> io::Result<JsonWriter> {
        if array {
            out.write_all(b"[")?;
        }
        Ok(JsonWriter { array, written: 0 })
    }

    pub(crate) fn item(&mut self, out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
        if self.array {
            out.write_all(if self.written > 0 { b",\n" } else { b"\n" })?;
        }
        serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
        if !self.array {
            out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    pub(crate) fn end(self, out: &mut impl Write) -> io::Result<()> {
        if self.array {
            out.write_all(if self.written > 0 { b"\n]\n" } else { b"]\n" })?;
        }
        Ok(())
    }
}
