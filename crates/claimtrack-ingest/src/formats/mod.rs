//! One module per input format, each turning decoded text into [`Item`]s.
//!
//! Every format reader is a pure function from text to items (or failures with a line); the
//! reading, decoding and article building around them live in `read.rs`. Bodies from structured
//! formats (JSON, feeds, HTML) still go through [`text::strip_body_meta`], so that a wire story
//! gets the same body, dateline and id whether it came as a text dump or as JSON.

mod feed;
mod html;
mod json;
mod markdown;
mod text;

use crate::Fields;
use crate::error::Error;

/// One article's worth of parsed input, before normalisation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Item {
    pub(crate) fields: Fields,
    /// Raw body text; paragraphs separated by blank lines.
    pub(crate) body: String,
    /// The paragraphs of `body` when the reader split it into lines and found them laid out as a
    /// body's (see [`crate::normalise::paragraphs_of_lines`]), so that normalisation need not
    /// search the body for its line ends again; `None` when it did not look or they are not.
    pub(crate) laid_out: Option<Vec<claimtrack_model::Span>>,
    pub(crate) locator: Locator,
    /// A publication date that was present but could not be read.
    pub(crate) unparsed_date: Option<String>,
    /// The source cut the text short (NewsAPI's `… [+1234 chars]`).
    pub(crate) truncated: bool,
}

/// Where in its input an item was found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Locator {
    /// The input is one article.
    #[default]
    Whole,
    /// A line of a JSON Lines file (1-based).
    Line(usize),
    /// An item of a JSON array or feed (1-based).
    Index(usize),
}

/// An input or item that gave no article.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) line: Option<usize>,
    pub(crate) error: Error,
}

impl Failure {
    pub(crate) fn whole(error: Error) -> Failure {
        Failure { line: None, error }
    }
}

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
    Feed,
}

impl Format {
    /// The format of a named input: by extension, else by sniffing the content.
    pub(crate) fn detect(name: &str, text: &str) -> Format {
        let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
        match extension {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::JsonLines,
            "xml" | "rss" | "atom" => Format::sniff(text),
            "txt" | "text" => Format::Text,
            _ => Format::sniff(text),
        }
    }

    fn sniff(text: &str) -> Format {
        let head = text.trim_start();
        let lower: String = head
            .chars()
            .take(1024)
            .collect::<String>()
            .to_ascii_lowercase();
        if lower.starts_with('<') {
            let feed = ["<rss", "<feed", "<rdf:rdf"]
                .iter()
                .any(|tag| lower.contains(tag));
            if feed && !lower.contains("<html") {
                return Format::Feed;
            }
            return Format::Html;
        }
        if head.starts_with('[') {
            return Format::Json;
        }
        if head.starts_with('{') {
            let objects = head
                .lines()
                .filter(|line| line.trim_start().starts_with('{'))
                .count();
            let single = serde_json::from_str::<serde_json::Value>(head).is_ok();
            return if objects > 1 && !single {
                Format::JsonLines
            } else {
                Format::Json
            };
        }
        if head.starts_with("# ") {
            return Format::Markdown;
        }
        Format::Text
    }
}

/// Parses decoded text in a format into items.
pub(crate) fn parse(format: Format, text: &str) -> Vec<Result<Item, Failure>> {
    match format {
        Format::Text => vec![Ok(text::parse(text, false))],
        Format::Markdown => vec![Ok(text::parse(text, true))],
        Format::Html => vec![html::parse(text)],
        Format::Json => json::parse_document(text),
        Format::JsonLines => json::parse_lines(text),
        Format::Feed => feed::parse(text),
    }
}
