//! HTML pages: metadata from the head, the article body by readability-style extraction.
//!
//! Metadata: the title from `og:title`, `<title>` (without a trailing ` | Outlet`) or `<h1>`; the
//! outlet from `og:site_name` or JSON-LD `publisher.name`; the day from `article:published_time`,
//! JSON-LD `datePublished` (also inside `@graph`), date `<meta>` tags or `<time datetime>`; the
//! url from `<link rel="canonical">` or `og:url`. The body: dom_smoothie (a port of Mozilla's
//! Readability) picks the article element, then [`html_to_text`] keeps its block text and drops
//! navigation, scripts, styles, figures and captions, ads, share bars, related links and
//! comments. A page without article text is an error, not an empty article.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::text::strip_body_meta;
use super::{Failure, Item, Locator};
use crate::Fields;
use crate::dates::parse_date;
use crate::error::Error;

/// Parses a whole HTML page into one item.
pub(crate) fn parse(html: &str) -> Result<Item, Failure> {
    let mut document = Html::parse_document(html);
    let mut fields = Fields::default();
    let mut unparsed = None;
    read_metadata(&document, &mut fields, &mut unparsed);
    // Clutter goes before readability runs: it would otherwise score a long comment thread or
    // cookie notice as the article, and it drops the class names that mark clutter.
    remove_clutter(&mut document);
    let text = body_text(&document.html(), &document);
    let body = strip_body_meta(&mut fields, &text);
    if body.split_whitespace().next().is_none() {
        return Err(Failure::whole(Error::NoBody));
    }
    Ok(Item {
        unparsed_date: unparsed.filter(|_| fields.published.is_none()),
        fields,
        body,
        laid_out: None,
        locator: Locator::Whole,
        truncated: false,
    })
}

/// Plain text of an HTML fragment (a feed item's `content:encoded`, a JSON `body` with markup),
/// one paragraph per block element, clutter removed.
pub(crate) fn html_to_text(fragment: &str) -> String {
    let document = Html::parse_fragment(fragment);
    let mut out = String::new();
    walk(document.root_element(), &mut out);
    drop_boilerplate(&out)
}

/// Whether text looks like it carries HTML markup.
///
/// It looks at each `<` once and compares the tags there ignoring ASCII case, rather than
/// lower-casing a copy of the text and searching it once per tag.
pub(crate) fn looks_like_html(text: &str) -> bool {
    const TAGS: &[&[u8]] = &[
        b"<p>",
        b"<p ",
        b"<br",
        b"<div",
        b"</a>",
        b"<em>",
        b"<strong>",
        b"</p>",
        b"<span",
    ];
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = text.get(at..).and_then(|rest| rest.find('<')) {
        at += offset;
        let here = bytes.get(at..).unwrap_or_default();
        let tagged = TAGS.iter().any(|tag| {
            here.get(..tag.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(tag))
        });
        if tagged {
            return true;
        }
        at += 1;
    }
    false
}

fn remove_clutter(document: &mut Html) {
    let doomed: Vec<_> = document
        .root_element()
        .descendent_elements()
        .filter(|element| SKIPPED.contains(&element.value().name()) || is_clutter(*element))
        .map(|element| element.id())
        .collect();
    for id in doomed {
        if let Some(mut node) = document.tree.get_mut(id) {
            node.detach();
        }
    }
}

fn body_text(html: &str, document: &Html) -> String {
    let config = dom_smoothie::Config {
        keep_classes: true,
        char_threshold: 200,
        ..dom_smoothie::Config::default()
    };
    let from_readability = dom_smoothie::Readability::new(html, None, Some(config))
        .ok()
        .and_then(|mut readability| readability.parse().ok())
        .map(|article| html_to_text(&article.content))
        .filter(|text| text.split_whitespace().count() >= 8);
    if let Some(text) = from_readability {
        return text;
    }
    // Readability found nothing usable: fall back to the most likely container.
    let container = ["article", "[itemprop=articleBody]", "main", "body"]
        .iter()
        .filter_map(|css| Selector::parse(css).ok())
        .find_map(|selector| document.select(&selector).next());
    let mut out = String::new();
    if let Some(container) = container {
        walk(container, &mut out);
    }
    drop_boilerplate(&out)
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "button",
    "iframe",
    "svg",
    "template",
    "select",
    "input",
    "textarea",
    "label",
    "head",
    "title",
    "meta",
    "link",
    "picture",
    "video",
    "audio",
    "object",
    "embed",
    "canvas",
    "dialog",
    "menu",
    "h1",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "address",
    "body",
];

/// `class`, `id` and `role` words that mark clutter.
const CLUTTER: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "sponsor",
    "sponsored",
    "promo",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "newsletter",
    "subscribe",
    "subscription",
    "paywall",
    "related",
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "disqus",
    "caption",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "sidebar",
    "popup",
    "modal",
    "banner",
    "footer",
    "header",
    "masthead",
    "recommended",
    "trending",
    "popular",
    "outbrain",
    "taboola",
    "byline",
    "tags",
    "toolbar",
    "complementary",
    "contentinfo",
    "hidden",
    "visually",
    "sr",
    "more",
    "readmore",
    "teaser",
    "widget",
];

fn is_clutter(element: ElementRef<'_>) -> bool {
    let value = element.value();
    if value.attr("hidden").is_some() || value.attr("aria-hidden") == Some("true") {
        return true;
    }
    ["class", "id", "role"].iter().any(|attr| {
        value.attr(attr).is_some_and(|words| {
            words
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| CLUTTER.contains(&word.to_ascii_lowercase().as_str()))
        })
    })
}

fn walk(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => {
                out.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }));
            }
            Node::Element(inner) => {
                let name = inner.name();
                if name == "br" {
                    out.push('\n');
                    continue;
                }
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if SKIPPED.contains(&name) || is_clutter(child) {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    out.push_str("\n\n");
                }
                walk(child, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
}

/// Paragraphs that are page furniture rather than article text.
const BOILERPLATE: &[&str] = &[
    "advertisement",
    "advertisement - scroll to continue",
    "story continues below advertisement",
    "article continues below advertisement",
    "read more",
    "read more:",
    "also read",
    "also read:",
    "share this article",
    "share",
    "related",
    "related articles",
];

/// The length in bytes of the longest [`BOILERPLATE`] entry.
const LONGEST_BOILERPLATE: usize = {
    let mut longest = 0;
    let mut at = 0;
    while at < BOILERPLATE.len() {
        if BOILERPLATE[at].len() > longest {
            longest = BOILERPLATE[at].len();
        }
        at += 1;
    }
    longest
};

fn drop_boilerplate(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty() && !is_boilerplate(paragraph))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn is_boilerplate(paragraph: &str) -> bool {
    // Lower-casing turns every character into at least one byte, so a paragraph with more
    // visible characters than the longest entry has bytes is article text; this spares real
    // paragraphs the flattening and lower-casing below.
    let mut visible = paragraph.chars().filter(|c| !c.is_whitespace());
    if visible.nth(LONGEST_BOILERPLATE).is_some() {
        return false;
    }
    let flat = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    BOILERPLATE.contains(&flat.to_lowercase().as_str())
}

fn read_metadata(document: &Html, fields: &mut Fields, unparsed: &mut Option<String>) {
    let json_ld = json_ld_article(document);
    let ld = |key: &str| json_ld.as_ref().and_then(|object| string_at(object, key));

    let site = meta(document, "og:site_name").or_else(|| {
        json_ld
            .as_ref()
            .and_then(|object| object.get("publisher"))
            .and_then(name_of)
    });
    let title = meta(document, "og:title")
        .or_else(|| meta(document, "twitter:title"))
        .or_else(|| ld("headline"))
        .or_else(|| text_of(document, "title"))
        .or_else(|| text_of(document, "h1"))
        .map(|title| strip_site_suffix(&title, site.as_deref()));
    fields.title = title;
    fields.source = site;
    fields.url = attr_of(document, r#"link[rel="canonical"]"#, "href")
        .or_else(|| meta(document, "og:url"))
        .or_else(|| ld("url"))
        .or_else(|| {
            json_ld
                .as_ref()
                .and_then(|object| object.get("mainEntityOfPage"))
                .and_then(|page| match page {
                    Value::String(url) => Some(url.clone()),
                    Value::Object(page) => {
                        page.get("@id").and_then(Value::as_str).map(str::to_owned)
                    }
                    _ => None,
                })
        });

    let candidates = [
        meta(document, "article:published_time"),
        ld("datePublished"),
        attr_of(document, r#"[itemprop="datePublished"]"#, "content"),
        attr_of(document, r#"[itemprop="datePublished"]"#, "datetime"),
        meta(document, "pubdate"),
        meta(document, "publishdate"),
        meta(document, "publish-date"),
        meta(document, "publish_date"),
        meta(document, "published-date"),
        meta(document, "published_date"),
        meta(document, "article:published"),
        meta(document, "og:published_time"),
        meta(document, "sailthru.date"),
        meta(document, "citation_publication_date"),
        meta(document, "original-publish-date"),
        meta(document, "parsely-pub-date"),
        meta(document, "dc.date.issued"),
        meta(document, "dcterms.issued"),
        meta(document, "dcterms.date"),
        meta(document, "dcterms.created"),
        meta(document, "dc.date"),
        meta(document, "date"),
        attr_of(document, "article time[datetime]", "datetime"),
        attr_of(document, "time[datetime]", "datetime"),
    ];
    for candidate in candidates.into_iter().flatten() {
        match parse_date(&candidate) {
            Some(date) => {
                fields.published = Some(date);
                return;
            }
            None => {
                if unparsed.is_none() {
                    *unparsed = Some(candidate);
                }
            }
        }
    }
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The `content` of `<meta property=name>` or `<meta name=name>`, matched without regard to case.
fn meta(document: &Html, name: &str) -> Option<String> {
    static META: LazyLock<Option<Selector>> = LazyLock::new(|| selector("meta[content]"));
    let selector = META.as_ref()?;
    document
        .select(selector)
        .find(|element| {
            ["property", "name", "itemprop"].iter().any(|attr| {
                element
                    .value()
                    .attr(attr)
                    .is_some_and(|value| value.eq_ignore_ascii_case(name))
            })
        })
        .and_then(|element| element.value().attr("content"))
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .map(str::to_owned)
}

fn attr_of(document: &Html, css: &str, attr: &str) -> Option<String> {
    let selector = selector(css)?;
    document
        .select(&selector)
        .filter_map(|element| element.value().attr(attr))
        .map(str::trim)
        .find(|value| !value.is_empty())
        .map(str::to_owned)
}

fn text_of(document: &Html, css: &str) -> Option<String> {
    let selector = selector(css)?;
    document
        .select(&selector)
        .map(|element| element.text().collect::<String>())
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|text| !text.is_empty())
}

/// `Talks stall | The Daily Star` without the outlet.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let tail = tail.trim();
            let is_site = site.is_some_and(|site| tail.eq_ignore_ascii_case(site.trim()));
            if is_site && !head.trim().is_empty() {
                return head.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// The first JSON-LD object that describes an article, looking inside arrays and `@graph`.
fn json_ld_article(document: &Html) -> Option<Value> {
    let selector = selector(r#"script[type="application/ld+json"]"#)?;
    let mut objects = Vec::new();
    for script in document.select(&selector) {
        let text: String = script.text().collect();
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            flatten_ld(value, &mut objects, 0);
        }
    }
    objects.into_iter().find(|object| {
        let types = match object.get("@type") {
            Some(Value::String(kind)) => vec![kind.clone()],
            Some(Value::Array(kinds)) => kinds
                .iter()
                .filter_map(|kind| kind.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        types.iter().any(|kind| {
            matches!(
                kind.as_str(),
                "NewsArticle"
                    | "Article"
                    | "ReportageNewsArticle"
                    | "AnalysisNewsArticle"
                    | "BackgroundNewsArticle"
                    | "BlogPosting"
                    | "LiveBlogPosting"
            )
        })
    })
}

fn flatten_ld(value: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                flatten_ld(item, out, depth + 1);
            }
        }
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(Value::Object(object));
        }
        _ => {}
    }
}

fn string_at(object: &Value, key: &str) -> Option<String> {
    match object.get(key)? {
        Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
        Value::Array(items) => items
            .first()
            .and_then(|item| item.as_str())
            .map(str::to_owned),
        _ => None,
    }
}

/// A name from a string, an object with `name`, or the first of an array of those.
pub(crate) fn name_of(value: &Value) -> Option<String> {
    match value {
        Value::String(name) => Some(name.trim().to_owned()).filter(|name| !name.is_empty()),
        Value::Object(object) => object.get("name").and_then(name_of),
        Value::Array(items) => items.iter().find_map(name_of),
        _ => None,
    }
}
