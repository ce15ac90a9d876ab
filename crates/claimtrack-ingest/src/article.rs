//! Building an [`Article`] from metadata and raw body text, and content ids.

use std::borrow::Cow;
use std::collections::HashSet;

use chrono::NaiveDate;
use claimtrack_model::{Article, Span};

use crate::normalise::{normalise, normalise_line};
use crate::segment::sentences;

/// Metadata found next to an article's text, before normalisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub dateline: Option<String>,
    pub published: Option<NaiveDate>,
    /// Where the article was read from: a path, `-`, `file.jsonl:3` or `feed.xml#2`.
    pub path: Option<String>,
}

/// Builds an article from metadata and raw body text.
///
/// The body is normalised (see the crate docs), split into paragraphs and sentences, and given
/// its content id. Text fields are trimmed and white space collapsed; empty ones become `None`.
/// The body is taken as it is: metadata lines, titles and datelines must already be removed (the
/// format readers do this). Never panics; an empty `raw_body` gives an article without paragraphs.
pub fn article_from_parts(fields: Fields, raw_body: &str) -> Article {
    article_from_body(fields, Cow::Borrowed(raw_body), None)
}

/// [`article_from_parts`] for a body that is lent or given away, with the paragraphs its reader
/// found in its lines (see [`normalise`]): a body given away that needs no change (most of them)
/// becomes the article's body without a copy.
pub(crate) fn article_from_body(
    fields: Fields,
    raw_body: Cow<'_, str>,
    laid_out: Option<Vec<Span>>,
) -> Article {
    let (body, paragraphs) = normalise(raw_body, laid_out);
    let sentences = sentences(&body, &paragraphs);
    Article {
        id: content_id(&body),
        source: clean(fields.source),
        title: clean(fields.title),
        url: clean(fields.url),
        published: fields.published,
        dateline: clean(fields.dateline),
        path: fields.path,
        body,
        paragraphs,
        sentences,
    }
}

/// The content id of a normalised body: the first 16 hex digits of its BLAKE3 hash.
///
/// The id depends on the body alone, so the same article read from a text dump, a JSON export and
/// a feed gets the same id.
pub fn content_id(body: &str) -> String {
    let hash = blake3::hash(body.as_bytes());
    let mut hex = hash.to_hex().to_string();
    hex.truncate(16);
    hex
}

/// Normalises a metadata value; an empty one becomes `None`. A value that is already clean is
/// kept, not copied.
fn clean(value: Option<String>) -> Option<String> {
    let value = value?;
    let changed = match normalise_line(&value) {
        Cow::Borrowed(line) if line.len() == value.len() => None,
        line => Some(line.into_owned()),
    };
    Some(changed.unwrap_or(value)).filter(|value| !value.is_empty())
}

/// Remembers which article ids were seen, so that each article is reported once.
///
/// ```
/// use claimtrack_ingest::{Dedup, Fields, article_from_parts};
///
/// let mut dedup = Dedup::default();
/// let article = article_from_parts(Fields::default(), "Talks resumed on Monday.");
/// assert!(dedup.first(&article));
/// assert!(!dedup.first(&article.clone()));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Dedup {
    seen: HashSet<String>,
}

impl Dedup {
    /// Whether `article` is the first one seen with its id (and remembers it).
    pub fn first(&mut self, article: &Article) -> bool {
        self.seen.insert(article.id.clone())
    }
}
