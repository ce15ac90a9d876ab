//! Markdown to plain text: markup stripped, the first heading taken as the title.
//!
//! Not a full CommonMark parser: news exports use headings, emphasis, links, images, quotes,
//! lists and rules, and this keeps their text. Headings after the first become paragraphs of
//! their own.

use std::sync::LazyLock;

use regex::Regex;

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$").expect("the heading pattern is valid")
});
static RULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ {0,3}([-*_])\s*(?:[-*_]\s*){2,}$").expect("the rule pattern is valid")
});
static LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+").expect("the list pattern is valid")
});
static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:>\s?)+").expect("the quote pattern is valid"));
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ {0,3}\[[^\]]+\]:\s+\S+").expect("the reference pattern is valid")
});
static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("the image pattern is valid"));
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])").expect("the link pattern is valid")
});
static STRONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__").expect("the strong pattern is valid")
});
static EMPHASIS_STAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\*(\S(?:[^*]*?\S)?)\*").expect("the emphasis pattern is valid"));
static EMPHASIS_UNDERSCORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[^\w])_(\S(?:[^_]*?\S)?)_($|[^\w])").expect("the emphasis pattern is valid")
});
static CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"`([^`]+)`").expect("the code pattern is valid"));
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][^>]*>").expect("the tag pattern is valid"));
static ESCAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\\([\\`*_{}\[\]()#+\-.!>])").expect("the escape pattern is valid")
});

/// The first heading (when it opens the document) and the plain text.
pub(crate) fn to_text(markdown: &str) -> (Option<String>, String) {
    let mut title = None;
    let mut seen_content = false;
    let mut out: Vec<String> = Vec::new();
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            continue;
        }
        if RULE.is_match(line) || REFERENCE.is_match(line) {
            out.push(String::new());
            continue;
        }
        if let Some(caps) = HEADING.captures(line) {
            let text = inline(caps.get(1).map_or("", |m| m.as_str()));
            if !seen_content && title.is_none() {
                title = Some(text);
            } else {
                out.push(String::new());
                out.push(text);
                out.push(String::new());
            }
            seen_content = true;
            continue;
        }
        let line = QUOTE.replace(line, "");
        let line = LIST.replace(&line, "");
        if !line.trim().is_empty() {
            seen_content = true;
        }
        out.push(inline(&line));
    }
    (title, out.join("\n"))
}

fn inline(text: &str) -> String {
    let text = IMAGE.replace_all(text, "");
    let text = LINK.replace_all(&text, "$1");
    let text = CODE.replace_all(&text, "$1");
    let text = STRONG.replace_all(&text, "$1$2");
    let text = EMPHASIS_STAR.replace_all(&text, "$1");
    let text = EMPHASIS_UNDERSCORE.replace_all(&text, "$1$2$3");
    let text = TAG.replace_all(&text, "");
    ESCAPE.replace_all(&text, "$1").into_owned()
}
