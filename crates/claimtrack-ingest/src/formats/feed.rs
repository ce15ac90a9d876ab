//! RSS 2.0 and Atom feeds (via feed-rs): one article per item or entry.
//!
//! The body is the first of `content:encoded` / Atom `content`, then `description` / `summary`,
//! with its HTML reduced to text. The outlet is the feed's title. feed-rs turns dates into UTC,
//! which can move the day (`2025-07-24T01:30:00+05:00` is July 23 in UTC); the day is therefore
//! read from the item's date element as written, and the UTC day is used only when that fails.

use super::html::{html_to_text, looks_like_html};
use super::text::strip_body_meta;
use super::{Failure, Item, Locator};
use crate::Fields;
use crate::dates::parse_date;
use crate::error::Error;

/// Parses a feed into one item per entry.
pub(crate) fn parse(xml: &str) -> Vec<Result<Item, Failure>> {
    let feed = match feed_rs::parser::parse(xml.as_bytes()) {
        Ok(feed) => feed,
        Err(err) => return vec![Err(Failure::whole(Error::Feed(err.to_string())))],
    };
    let raw_dates = raw_item_dates(xml);
    let raw_dates = (raw_dates.len() == feed.entries.len()).then_some(raw_dates);
    let source = feed.title.map(|title| title.content);
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(at, entry)| {
            let index = at + 1;
            let raw_date = raw_dates.as_ref().and_then(|dates| dates[at].clone());
            let mut unparsed_date = None;
            let published = match raw_date {
                Some(raw) => {
                    let day = parse_date(&raw);
                    if day.is_none() {
                        unparsed_date = Some(raw);
                    }
                    day
                }
                None => entry
                    .published
                    .or(entry.updated)
                    .map(|time| time.date_naive()),
            };
            let mut fields = Fields {
                title: entry.title.map(|title| title.content),
                source: source.clone(),
                url: entry.links.first().map(|link| link.href.clone()),
                published,
                ..Fields::default()
            };
            let raw = entry
                .content
                .and_then(|content| content.body)
                .filter(|body| !body.trim().is_empty())
                .or_else(|| entry.summary.map(|summary| summary.content))
                .unwrap_or_default();
            let text = if looks_like_html(&raw) {
                html_to_text(&raw)
            } else {
                raw
            };
            let body = strip_body_meta(&mut fields, &text);
            if body.split_whitespace().next().is_none() {
                return Err(Failure::whole(Error::NoText(format!(
                    "item {index}: no article text (no content or description)"
                ))));
            }
            Ok(Item {
                fields,
                body,
                laid_out: None,
                locator: Locator::Index(index),
                unparsed_date,
                truncated: false,
            })
        })
        .collect()
}

/// The date element of each `<item>` / `<entry>`, as written, in document order.
fn raw_item_dates(xml: &str) -> Vec<Option<String>> {
    let mut dates = Vec::new();
    let mut rest = xml;
    while let Some(start) = next_item_start(rest) {
        let item = &rest[start..];
        let end = ["</item>", "</entry>"]
            .iter()
            .filter_map(|close| item.find(close))
            .min()
            .unwrap_or(item.len());
        let body = &item[..end];
        let date = ["pubDate", "published", "dc:date", "updated"]
            .iter()
            .find_map(|tag| element_text(body, tag));
        dates.push(date);
        rest = &item[end.max(1)..];
    }
    dates
}

fn next_item_start(text: &str) -> Option<usize> {
    ["<item", "<entry"]
        .iter()
        .filter_map(|tag| {
            let mut from = 0;
            while let Some(found) = text[from..].find(tag) {
                let at = from + found;
                let next = text[at + tag.len()..].chars().next();
                if matches!(next, Some('>' | ' ' | '\n' | '\t' | '\r')) {
                    return Some(at);
                }
                from = at + tag.len();
            }
            None
        })
        .min()
}

fn element_text(body: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let at = body.find(&open)?;
    let after = &body[at + open.len()..];
    let content_start = after.find('>')? + 1;
    let content = &after[content_start..];
    let close = content.find("</")?;
    let text = content[..close].trim();
    (!text.is_empty()).then(|| text.to_owned())
}
