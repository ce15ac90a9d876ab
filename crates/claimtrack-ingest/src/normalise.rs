//! Text normalisation: the one place that decides what an article `body` looks like.
//!
//! [`normalise`] turns raw text into the body every span points into: HTML entities decoded,
//! invisible and control characters removed, odd spaces made plain, white space collapsed inside
//! paragraphs, paragraphs separated by exactly one blank line, and Unicode NFC. It is a pure
//! function of its input, which is what makes content ids stable across formats.

use claimtrack_model::Span;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises `raw` into a body and the spans of its paragraphs.
pub(crate) fn normalise(raw: &str) -> (String, Vec<Span>) {
    let cleaned = clean_chars(&decode_entities(raw));
    let mut body = String::with_capacity(cleaned.len());
    let mut paragraphs = Vec::new();
    let mut collapsed = String::new();
    for paragraph in split_paragraphs(&cleaned) {
        collapsed.clear();
        for word in paragraph.split_whitespace() {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        if collapsed.is_empty() {
            continue;
        }
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        // Most news text is already NFC; the quick check skips the rewrite for it.
        if is_nfc_quick(collapsed.chars()) == IsNormalized::Yes {
            body.push_str(&collapsed);
        } else {
            body.extend(collapsed.nfc());
        }
        paragraphs.push(Span::new(start, body.len()));
    }
    (body, paragraphs)
}

/// Collapses white space and applies NFC to a one-line value such as a title.
pub(crate) fn normalise_line(raw: &str) -> String {
    let cleaned = clean_chars(&decode_entities(raw));
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .collect()
}

/// Splits text into paragraphs at blank lines.
///
/// Text without any blank line but with several lines is most often one paragraph per line
/// (scrapers that drop blank lines); it is split after lines that end a sentence, so that
/// hard-wrapped prose still joins into paragraphs.
fn split_paragraphs(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.trim().split('\n').collect();
    let has_blank = lines.iter().any(|line| line.trim().is_empty());
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(trimmed);
        if !has_blank && ends_sentence(trimmed) {
            paragraphs.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}', '\u{2026}', ')'])
}

/// Drops invisible characters, turns odd spaces into plain ones and unifies line ends.
fn clean_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // A CRLF pair is one line end; a lone CR (old Mac files) is one too.
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\u{2028}' | '\u{0085}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\t'
            | '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => out.push(' '),
            // Zero-width characters, bidirectional marks, the soft hyphen and the byte order mark
            // are invisible; keeping them would split words that look identical.
            '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`) that scrapers leave in text.
///
/// Only well-formed references with a terminating `;` are decoded; anything else stays as written.
pub(crate) fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match after.find(';').filter(|&semi| semi > 0 && semi <= 10) {
            Some(semi) => match decode_one(&after[..semi]) {
                Some(decoded) => {
                    out.push(decoded);
                    rest = &after[semi + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            },
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    ENTITIES
        .iter()
        .find(|(entity, _)| *entity == name)
        .map(|(_, c)| *c)
}

/// The named entities that occur in news text.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{00A0}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201A}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("bdquo", '\u{201E}'),
    ("hellip", '\u{2026}'),
    ("laquo", '\u{00AB}'),
    ("raquo", '\u{00BB}'),
    ("copy", '\u{00A9}'),
    ("reg", '\u{00AE}'),
    ("trade", '\u{2122}'),
    ("deg", '\u{00B0}'),
    ("euro", '\u{20AC}'),
    ("pound", '\u{00A3}'),
    ("shy", '\u{00AD}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("middot", '\u{00B7}'),
    ("bull", '\u{2022}'),
    ("eacute", '\u{00E9}'),
    ("uuml", '\u{00FC}'),
    ("ouml", '\u{00F6}'),
    ("auml", '\u{00E4}'),
    ("ccedil", '\u{00E7}'),
];
