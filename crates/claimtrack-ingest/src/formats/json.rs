//! JSON documents and JSON Lines: one article per object.
//!
//! Accepted shapes: one article object, an array of them, and a wrapper object holding the array
//! (`{"articles": [...]}` from NewsAPI, also `items`, `results`, `data`, `entries`, `stories`).
//! Field names follow the common news APIs and scrapers (NewsAPI, GDELT, the Guardian, newspaper
//! exports): see the constants below. A body that carries HTML markup is reduced to text.

use std::sync::LazyLock;

use regex::Regex;
use serde_json::{Map, Value};

use super::html::{html_to_text, looks_like_html, name_of};
use super::text::strip_body_meta;
use super::{Failure, Item, Locator};
use crate::Fields;
use crate::dates::parse_date;
use crate::error::Error;

const TITLE: &[&str] = &["title", "headline", "webTitle"];
const SOURCE: &[&str] = &[
    "source",
    "outlet",
    "publisher",
    "site_name",
    "siteName",
    "source_name",
    "sourceName",
    "domain",
];
const URL: &[&str] = &[
    "url",
    "link",
    "canonical_url",
    "canonicalUrl",
    "uri",
    "webUrl",
];
const PUBLISHED: &[&str] = &[
    "published",
    "publishedAt",
    "published_at",
    "pubDate",
    "datePublished",
    "date_published",
    "publication_date",
    "webPublicationDate",
    "date",
    "seendate",
    "DATEADDED",
];
const DATELINE: &[&str] = &["dateline"];
const TEXT: &[&str] = &[
    "text",
    "body",
    "content",
    "article",
    "article_text",
    "articleBody",
    "full_text",
    "fullText",
    "bodyText",
    "story",
];
/// Summaries, used only when an item has no full text.
const SUMMARY: &[&str] = &["description", "summary", "abstract"];
/// Keys of wrapper objects that hold the article array.
const WRAPPERS: &[&str] = &[
    "articles", "items", "results", "data", "entries", "stories", "docs",
];

/// Parses a JSON document: an article, an array of articles or a wrapper object.
pub(crate) fn parse_document(text: &str) -> Vec<Result<Item, Failure>> {
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => value,
        Err(err) => {
            let objects = text
                .lines()
                .filter(|line| line.trim_start().starts_with('{'))
                .count();
            if objects > 1 && err.is_syntax() && err.line() > 1 {
                // Several objects one after another: JSON Lines under a `.json` name.
                return parse_lines(text);
            }
            return vec![Err(json_failure(&err, 0))];
        }
    };
    match value {
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(at, item)| item_from_value(item, Locator::Index(at + 1)))
            .collect(),
        Value::Object(object) => match wrapped_items(&object) {
            Some(items) => items
                .iter()
                .enumerate()
                .map(|(at, item)| item_from_value(item.clone(), Locator::Index(at + 1)))
                .collect(),
            None => vec![item_from_value(Value::Object(object), Locator::Whole)],
        },
        _ => vec![Err(Failure::whole(Error::Json(
            "neither an article object nor an array of articles".to_owned(),
        )))],
    }
}

/// Parses JSON Lines: one article object per non-blank line.
pub(crate) fn parse_lines(text: &str) -> Vec<Result<Item, Failure>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(at, line)| {
            let number = at + 1;
            match serde_json::from_str::<Value>(line) {
                Ok(value) => item_from_value(value, Locator::Line(number)),
                Err(err) => Err(json_failure(&err, at)),
            }
        })
        .collect()
}

fn json_failure(err: &serde_json::Error, line_offset: usize) -> Failure {
    let message = err.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    Failure {
        line: Some(err.line() + line_offset),
        error: Error::Json(format!("{message} at column {}", err.column())),
    }
}

fn wrapped_items(object: &Map<String, Value>) -> Option<&Vec<Value>> {
    let has_text = TEXT.iter().any(|key| object.contains_key(*key));
    if has_text {
        return None;
    }
    WRAPPERS
        .iter()
        .find_map(|key| object.get(*key).and_then(Value::as_array))
}

fn item_from_value(value: Value, locator: Locator) -> Result<Item, Failure> {
    let (line, prefix) = match locator {
        Locator::Whole => (None, String::new()),
        Locator::Line(line) => (Some(line), String::new()),
        Locator::Index(index) => (None, format!("item {index}: ")),
    };
    let Value::Object(object) = value else {
        return Err(Failure {
            line,
            error: Error::NoText(format!("{prefix}not a JSON object")),
        });
    };
    let mut fields = Fields {
        title: first_string(&object, TITLE),
        source: SOURCE
            .iter()
            .find_map(|key| object.get(*key).and_then(name_of)),
        url: first_string(&object, URL),
        dateline: first_string(&object, DATELINE),
        ..Fields::default()
    };
    let mut unparsed_date = None;
    if let Some(date) = first_string(&object, PUBLISHED) {
        match parse_date(&date) {
            Some(day) => fields.published = Some(day),
            None => unparsed_date = Some(date),
        }
    }
    let raw = first_text(&object, TEXT)
        .or_else(|| first_text(&object, SUMMARY))
        .unwrap_or_default();
    let truncated = TRUNCATION.is_match(&raw);
    let raw = TRUNCATION.replace(&raw, "");
    let text = if looks_like_html(&raw) {
        html_to_text(&raw)
    } else {
        raw.into_owned()
    };
    let body = strip_body_meta(&mut fields, &text);
    if body.split_whitespace().next().is_none() {
        return Err(Failure {
            line,
            error: Error::NoText(format!(
                "{prefix}no article text (no text, body, content or article field)"
            )),
        });
    }
    Ok(Item {
        fields,
        body,
        laid_out: None,
        locator,
        unparsed_date,
        truncated,
    })
}

/// NewsAPI cuts `content` short with `… [+1234 chars]`.
static TRUNCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*(?:\u{2026}|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
        .expect("the truncation pattern is valid")
});

fn first_string(object: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match object.get(*key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    })
}

/// A text field: a string, or an array of paragraph strings.
fn first_text(object: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| match object.get(*key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
        Value::Array(parts) => {
            let paragraphs: Vec<&str> = parts.iter().filter_map(Value::as_str).collect();
            (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
        }
        _ => None,
    })
}
