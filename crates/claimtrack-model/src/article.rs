//! A normalised news article.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// One article, read and normalised by `claimtrack-ingest`.
///
/// Invariants (upheld by ingestion, relied on everywhere else):
/// - `body` is Unicode NFC, uses `\n` line ends, has no run of white space inside a paragraph, and
///   separates paragraphs by exactly one blank line (`"\n\n"`); it holds neither the title, the
///   metadata lines nor the dateline.
/// - `paragraphs` and `sentences` are in text order, do not overlap, and slice `body` exactly on
///   `char` boundaries; every sentence lies inside one paragraph.
/// - `id` is a function of the normalised `body` alone, so the same article read from two files or
///   formats gets the same id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The publication day; `None` when the input does not say (never guessed).
    pub published: Option<NaiveDate>,
    /// The dateline as written, without agency or date: `ISTANBUL`, `KYIV`.
    pub dateline: Option<String>,
    /// Where the article was read from (`-` for standard input; `file.jsonl:3` for a line of a
    /// JSON Lines file).
    pub path: Option<String>,
    pub body: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
}

/// A sentence of an article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
}

/// The metadata of an article as the claims/v1 contract prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub dateline: Option<String>,
    pub path: Option<String>,
}

impl Article {
    /// The text of a span of the body (empty if the span does not fit, which the invariants rule
    /// out for spans produced by ingestion).
    pub fn text(&self, span: Span) -> &str {
        span.slice(&self.body).unwrap_or("")
    }

    pub fn meta(&self) -> ArticleMeta {
        ArticleMeta {
            id: self.id.clone(),
            source: self.source.clone(),
            title: self.title.clone(),
            url: self.url.clone(),
            published: self.published,
            dateline: self.dateline.clone(),
            path: self.path.clone(),
        }
    }
}
