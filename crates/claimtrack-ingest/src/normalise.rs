//! Text normalisation: the one place that decides what an article `body` looks like.
//!
//! [`normalise`] turns raw text into the body every span points into: HTML entities decoded,
//! invisible and control characters removed, odd spaces made plain, white space collapsed inside
//! paragraphs, paragraphs separated by exactly one blank line, and Unicode NFC. It is a pure
//! function of its input, which is what makes content ids stable across formats.
//!
//! It is also on the hot path of every read, so each step first checks cheaply whether it has
//! anything to do (no `&`, nothing to clean, ASCII or typographic text that is already NFC) and
//! borrows its input when it has not; the body is then built in one pass over the lines. Plain
//! ASCII text, the common case, is recognised once for the whole text, which settles both the
//! cleaning and NFC; when it is laid out as a body already (one line per paragraph, one blank
//! line between them, single spaces), it is kept as it is and only its paragraph ends are found.
//! A reader that has split the text into lines already hands over the paragraphs it saw in them
//! ([`paragraphs_of_lines`]), which spares that search too, and a body handed over as an owned
//! string is kept without a copy.

use std::borrow::Cow;
use std::sync::LazyLock;

use claimtrack_model::Span;
use memchr::memmem;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::lines::split_newlines;

/// The search for two spaces in a row, built once rather than for every body.
static SPACE_RUN: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"  "));

/// Normalises `raw` into a body and the spans of its paragraphs.
///
/// Each step returns its input unchanged (borrowed) when there is nothing to do, which is the
/// common case for news text, so the body is usually copied once, line by line, into place. A
/// body already laid out as one is kept as it is: given away (owned), it becomes the result
/// without a copy. `laid_out` is what the reader learnt while it split `raw` into lines, if it
/// did: the paragraphs [`paragraphs_of_lines`] found in those lines, which spare the search of
/// the body for its line ends; `None` when the reader did not look or the lines are not laid out
/// as a body's.
pub(crate) fn normalise<'a>(
    raw: impl Into<Cow<'a, str>>,
    laid_out: Option<Vec<Span>>,
) -> (String, Vec<Span>) {
    let raw = raw.into();
    // Decoding borrows `raw` and copies only when it changes something; when it changes nothing,
    // `raw` itself goes on, owned or not.
    let changed = match decode_entities(&raw) {
        Cow::Owned(decoded) => Some(decoded),
        Cow::Borrowed(_) => None,
    };
    // The reader's paragraphs are those of `raw`: of no use once decoding changed it.
    let laid_out = laid_out.filter(|_| changed.is_none());
    let decoded = changed.map_or(raw, Cow::Owned);
    // Printable ASCII has nothing to clean and is in NFC, paragraph by paragraph too.
    if is_printable_ascii(decoded.as_bytes()) {
        if let Some(paragraphs) = normal_paragraphs(&decoded, laid_out) {
            return (decoded.into_owned(), paragraphs);
        }
        return build_body(&decoded, true);
    }
    let cleaned = clean_chars(&decoded);
    build_body(&cleaned, false)
}

/// The paragraphs of printable ASCII text that is already a body, as [`build_body`] would make
/// it; `None` when it is not one.
///
/// Most bodies come in as paragraphs of one line each, separated by exactly one blank line, with
/// no runs of spaces and no spaces at the ends of lines: [`build_body`] would copy such a text
/// line by line into the same text. Here one search for runs of spaces and one search per
/// paragraph end check that shape and find the spans, and the text is kept as it is. `text` must
/// be printable ASCII or `\n`, so that its only white space is `' '` and `'\n'`. `laid_out`, when
/// given, is what [`paragraphs_of_lines`] found for the lines of `text`: it stands for the search.
fn normal_paragraphs(text: &str, laid_out: Option<Vec<Span>>) -> Option<Vec<Span>> {
    let bytes = text.as_bytes();
    // A body starts and ends with text; a paragraph too.
    let is_edge = |byte: Option<&u8>| matches!(byte, None | Some(b' ' | b'\n'));
    if is_edge(bytes.first()) || is_edge(bytes.last()) {
        return None;
    }
    if SPACE_RUN.find(bytes).is_some() {
        return None;
    }
    if laid_out.is_some() {
        return laid_out;
    }
    // News paragraphs run to a few hundred bytes; one slot per 128 bytes saves most regrowth.
    let mut paragraphs = Vec::with_capacity(bytes.len() / 128 + 1);
    let mut start = 0;
    while let Some(offset) = bytes
        .get(start..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
    {
        let end = start + offset;
        // The paragraph ends at exactly one blank line, with text right before and after it;
        // a lone line end would join two lines, and spaces around it would be trimmed.
        let blank_line = bytes.get(end + 1) == Some(&b'\n');
        let before = end.checked_sub(1).and_then(|at| bytes.get(at));
        if !blank_line || is_edge(before) || is_edge(bytes.get(end + 2)) {
            return None;
        }
        paragraphs.push(Span::new(start, end));
        start = end + 2;
    }
    paragraphs.push(Span::new(start, bytes.len()));
    Some(paragraphs)
}

/// The paragraphs of the text that the line `first` and the lines `rest` make when joined with
/// `\n`, when they are laid out as a body's: lines of text, each but the first after exactly one
/// empty line, none with a space at either end. `None` otherwise.
///
/// This is the line structure [`normal_paragraphs`] checks by searching the text for its line
/// ends, for a reader that has split the text into lines already; the checks of the whole text
/// (its ends, runs of spaces, printable ASCII) are still [`normalise`]'s.
pub(crate) fn paragraphs_of_lines(first: &str, rest: &[&str]) -> Option<Vec<Span>> {
    let bare = |line: &str| {
        let bytes = line.as_bytes();
        !matches!(bytes.first(), None | Some(b' ')) && bytes.last() != Some(&b' ')
    };
    // After the first line, an empty line and a line of text, again and again.
    let pairs = rest.chunks_exact(2);
    if !pairs.remainder().is_empty() || !bare(first) {
        return None;
    }
    let mut paragraphs = Vec::with_capacity(rest.len() / 2 + 1);
    paragraphs.push(Span::new(0, first.len()));
    // Where the next line starts.
    let mut at = first.len() + 1;
    for pair in pairs {
        let [blank, line] = pair else {
            return None;
        };
        if !blank.is_empty() || !bare(line) {
            return None;
        }
        at += 1;
        paragraphs.push(Span::new(at, at + line.len()));
        at += line.len() + 1;
    }
    Some(paragraphs)
}

/// Joins cleaned text into paragraphs, collapsing white space and applying NFC to each.
///
/// Paragraphs end at blank lines. Text without any blank line but with several lines is most
/// often one paragraph per line (scrapers that drop blank lines); it is split after lines that end
/// a sentence, so that hard-wrapped prose still joins into paragraphs. `text` has been through
/// [`clean_chars`], so its only white space is `' '` and `'\n'`; `ascii` says that it is all
/// ASCII, hence in NFC.
fn build_body(text: &str, ascii: bool) -> (String, Vec<Span>) {
    let text = text.trim();
    let has_blank = split_newlines(text).any(is_blank);
    // One search of the whole text spares the search of every line in most texts, which have no
    // run of spaces.
    let has_runs = SPACE_RUN.find(text.as_bytes()).is_some();
    let mut body = String::with_capacity(text.len());
    // News paragraphs run to a few hundred bytes.
    let mut paragraphs = Vec::with_capacity(text.len() / 256 + 1);
    // Where the paragraph being built starts in `body`, while one is open.
    let mut open: Option<usize> = None;
    for line in split_newlines(text) {
        let trimmed = trim_spaces(line);
        if trimmed.is_empty() {
            close_paragraph(&mut body, &mut paragraphs, open.take(), ascii);
            continue;
        }
        // A bullet opens an item of its own: "• West Kordofan" over the item's text.
        let bullet = is_bullet(trimmed);
        if bullet && open.is_some() {
            close_paragraph(&mut body, &mut paragraphs, open.take(), ascii);
        }
        if open.is_some() {
            body.push(' ');
        } else {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            open = Some(body.len());
        }
        if has_runs {
            push_collapsed(&mut body, trimmed);
        } else {
            body.push_str(trimmed);
        }
        // A bullet of a few words with no full stop is a heading, not the start of the text
        // under it.
        let heading = bullet && !ends_sentence(trimmed) && trimmed.split(' ').count() <= 6;
        if (!has_blank && ends_sentence(trimmed)) || heading {
            close_paragraph(&mut body, &mut paragraphs, open.take(), ascii);
        }
    }
    close_paragraph(&mut body, &mut paragraphs, open, ascii);
    (body, paragraphs)
}

/// Whether `line` opens with a bullet mark and a space: `• West Kordofan`, `- Kharkiv front`.
fn is_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(
        chars.next(),
        Some('\u{2022}' | '\u{25aa}' | '\u{25cf}' | '\u{2023}' | '*' | '-' | '\u{2013}')
    ) && chars.next() == Some(' ')
}

/// `line` without the spaces at its ends, like `line.trim_matches(' ')`, found by a look at the
/// bytes at each end (a space is ASCII, so the cuts are `char` boundaries).
fn trim_spaces(line: &str) -> &str {
    let bytes = line.as_bytes();
    let Some(first) = bytes.iter().position(|&b| b != b' ') else {
        return "";
    };
    let last = bytes.iter().rposition(|&b| b != b' ').unwrap_or(first);
    line.get(first..=last).unwrap_or_default()
}

/// A line of nothing but spaces (cleaned text has no other white space inside a line).
fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ')
}

/// Appends a trimmed line with runs of spaces collapsed to one.
fn push_collapsed(body: &mut String, line: &str) {
    if !line.contains("  ") {
        body.push_str(line);
        return;
    }
    for (index, word) in line.split(' ').filter(|word| !word.is_empty()).enumerate() {
        if index > 0 {
            body.push(' ');
        }
        body.push_str(word);
    }
}

/// Ends the paragraph that starts at `start` in `body`: applies NFC to it (unless the text is
/// known to be ASCII) and records its span.
fn close_paragraph(
    body: &mut String,
    paragraphs: &mut Vec<Span>,
    start: Option<usize>,
    ascii: bool,
) {
    let Some(start) = start else {
        return;
    };
    let Some(paragraph) = body.get(start..) else {
        return;
    };
    if !ascii && !is_nfc(paragraph) {
        let composed: String = paragraph.nfc().collect();
        body.truncate(start);
        body.push_str(&composed);
    }
    paragraphs.push(Span::new(start, body.len()));
}

/// Whether `text` is in NFC as far as the quick check can tell (`is_nfc_quick` says `Yes`).
///
/// Most news text is made of characters below U+0300 (ASCII and Latin letters) and general
/// punctuation (curly quotes, dashes, the ellipsis). Those are starters that are always allowed
/// in NFC, and the quick check passes over them without changing its state, so text made only of
/// them is NFC; text with any other character gets the full quick check. Every character below
/// U+0300 has a lead byte below 0xCC; 0xE2 0x80 and 0xE2 0x81 lead U+2000 to U+207F, and the
/// range let through here (U+2002 to U+206F) leaves out U+2000 and U+2001, which NFC replaces.
fn is_nfc(text: &str) -> bool {
    if text.is_ascii() {
        return true;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b >= 0xCC))
    {
        at += offset;
        let safe_punctuation = match bytes.get(at..at + 3) {
            Some([0xE2, 0x80, third]) => *third >= 0x82,
            Some([0xE2, 0x81, third]) => *third <= 0xAF,
            _ => false,
        };
        if !safe_punctuation {
            return is_nfc_quick(text.chars()) == IsNormalized::Yes;
        }
        at += 3;
    }
    true
}

/// Collapses white space and applies NFC to a one-line value such as a title.
///
/// A value that needs no more than trimming, as most titles, sources and URLs do, is borrowed.
pub(crate) fn normalise_line(raw: &str) -> Cow<'_, str> {
    // Printable ASCII on one line, without entities or runs of spaces, needs trimming at most:
    // the steps below would all borrow it.
    if is_plain_line(raw.as_bytes()) {
        return Cow::Borrowed(raw.trim());
    }
    let decoded = decode_entities(raw);
    let cleaned = clean_chars(&decoded);
    let trimmed = cleaned.trim();
    let single_spaced = !has_space_run(trimmed) && !trimmed.contains('\n');
    if single_spaced && is_nfc(trimmed) {
        return match (&decoded, &cleaned) {
            // Both steps returned `raw` itself, so `trimmed` is `raw` trimmed.
            (Cow::Borrowed(_), Cow::Borrowed(_)) => Cow::Borrowed(raw.trim()),
            _ => Cow::Owned(trimmed.to_owned()),
        };
    }
    Cow::Owned(
        trimmed
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .nfc()
            .collect(),
    )
}

/// Whether `bytes` are printable ASCII without `&` or two spaces in a row: a value that needs
/// no more than trimming. One loop over the bytes, which for a short value costs less than the
/// separate tests.
fn is_plain_line(bytes: &[u8]) -> bool {
    let mut previous = 0u8;
    for &b in bytes {
        if !matches!(b, b' '..=b'~') || b == b'&' || (b == b' ' && previous == b' ') {
            return false;
        }
        previous = b;
    }
    true
}

/// Whether `text` holds two spaces in a row: a loop over the bytes, which for a short value
/// costs less than setting up a substring search.
fn has_space_run(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| pair == b"  ")
}

fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}', '\u{2026}', ')'])
}

/// What [`clean_chars`] does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clean {
    Keep,
    Drop,
    Space,
    LineEnd,
    ParagraphEnd,
    CarriageReturn,
}

fn classify(c: char) -> Clean {
    match c {
        '\r' => Clean::CarriageReturn,
        '\n' => Clean::Keep,
        '\u{2028}' | '\u{0085}' => Clean::LineEnd,
        '\u{2029}' => Clean::ParagraphEnd,
        '\t'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Clean::Space,
        // Zero-width characters, bidirectional marks, the soft hyphen and the byte order mark
        // are invisible; keeping them would split words that look identical.
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Clean::Drop,
        c if c.is_control() => Clean::Drop,
        _ => Clean::Keep,
    }
}

/// Whether [`clean_chars`] would leave `text` as it is.
///
/// Only ASCII control characters and the characters whose UTF-8 form starts with one of a few
/// lead bytes (0xC2 for U+0080 to U+00BF, 0xE1 for U+1680, 0xE2 for U+2000 to U+2FFF, 0xE3 for
/// U+3000, 0xEF for U+FEFF) can change, so only those are decoded and looked at. The text is
/// tested in chunks of 32 bytes, so that chunks without a suspect byte cost a few vector
/// instructions.
fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    if is_printable_ascii(bytes) {
        return true;
    }
    let mut at = 0;
    while at < bytes.len() {
        let end = (at + 32).min(bytes.len());
        let chunk = bytes.get(at..end).unwrap_or_default();
        if !chunk.iter().fold(false, |any, &b| any | suspect(b)) {
            at = end;
            continue;
        }
        while at < end {
            if !suspect(bytes[at]) {
                // Continuation bytes are never suspect, so stepping one byte stays in sync.
                at += 1;
                continue;
            }
            // A suspect byte is ASCII or a lead byte, so `at` is a `char` boundary.
            let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            if classify(c) != Clean::Keep {
                return false;
            }
            at += c.len_utf8();
        }
    }
    true
}

/// Whether `bytes` are all printable ASCII or `\n`: plain ASCII prose, the common case.
///
/// The test runs over fixed-size chunks without stopping early inside one, which the compiler
/// turns into vector instructions; it is several times faster than a byte-by-byte search.
fn is_printable_ascii(bytes: &[u8]) -> bool {
    let all_printable = |chunk: &[u8]| {
        chunk.iter().fold(true, |ok, &b| {
            // One more than a printable byte (0x20 to 0x7E) is 0x21 to 0x7F, the signed bytes
            // above 0x20; one more than a control byte is at most 0x20, and one more than DEL or
            // a byte from 0x80 up is negative or zero. So one addition and one signed comparison,
            // both vector instructions, keep out control bytes, DEL and non-ASCII.
            let printable = i8::from_ne_bytes([b.wrapping_add(1)]) > 0x20;
            ok & (printable | (b == b'\n'))
        })
    };
    // Whole chunks of a fixed size leave the compiler no tail to handle inside the loop.
    let mut chunks = bytes.chunks_exact(64);
    let tail = chunks.remainder();
    chunks.all(all_printable) && all_printable(tail)
}

/// A byte that may start a character [`clean_chars`] changes.
fn suspect(b: u8) -> bool {
    matches!(b, 0x00..=0x09 | 0x0B..=0x1F | 0x7F | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF)
}

/// Drops invisible characters, turns odd spaces into plain ones and unifies line ends.
fn clean_chars(text: &str) -> Cow<'_, str> {
    if is_clean(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match classify(c) {
            Clean::Keep => out.push(c),
            Clean::Drop => {}
            Clean::Space => out.push(' '),
            Clean::LineEnd => out.push('\n'),
            Clean::ParagraphEnd => out.push_str("\n\n"),
            Clean::CarriageReturn => {
                // A CRLF pair is one line end; a lone CR (old Mac files) is one too.
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
        }
    }
    Cow::Owned(out)
}

/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`) that scrapers leave in text.
///
/// Only well-formed references with a terminating `;` are decoded; anything else stays as written.
pub(crate) fn decode_entities(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
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
    Cow::Owned(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Printable ASCII texts, which take the shortcut, with everything else normalisation does to
    /// them: runs of spaces inside and around lines, blank lines made of spaces, several blank
    /// lines, hard-wrapped lines, lines without any blank line, entities, abbreviations.
    const ASCII: &[&str] = &[
        "",
        " ",
        "One.",
        "  One.  Two  three.  ",
        "One.\n\nTwo.",
        "One.\n  \n\n \nTwo.\n\n",
        "\n\nA hard-wrapped\nparagraph  goes on\nhere.\n\n\n\nNext.",
        "First ends here.\nSecond\ncontinues here.\nThird \"quoted.\"\nFourth (aside)",
        "Tom &amp; Jerry &#8220;said&#8221; &bogus; &amp &#x2019;",
        "Mr. Petrov met Gen. Lee at 10 a.m. in the U.S.  The talks ended...\n\nNo. 10 said so!",
    ];

    /// Every text of up to seven bytes from `alphabet`.
    fn short_texts(alphabet: &[u8]) -> impl Iterator<Item = String> + '_ {
        (0..=7u32).flat_map(move |len| {
            (0..alphabet.len().pow(len)).map(move |mut code| {
                let mut bytes = Vec::new();
                for _ in 0..len {
                    bytes.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                String::from_utf8(bytes).unwrap_or_default()
            })
        })
    }

    #[test]
    fn a_bullet_heading_is_a_paragraph_of_its_own() {
        let (body, paragraphs) = normalise(
            "Fighting went on.\n\n\u{2022} North Darfur\nThe army said it held the town.\n- Red Sea\nPort Sudan was calm.",
            None,
        );
        let texts: Vec<&str> = paragraphs
            .iter()
            .filter_map(|span| body.get(span.start..span.end))
            .collect();
        assert_eq!(
            texts,
            [
                "Fighting went on.",
                "\u{2022} North Darfur",
                "The army said it held the town.",
                "- Red Sea",
                "Port Sudan was calm."
            ]
        );
    }

    #[test]
    fn ascii_shortcut_agrees_with_the_general_path() {
        for text in ASCII {
            assert!(is_printable_ascii(text.as_bytes()), "{text:?}");
            let general = build_body(&clean_chars(&decode_entities(text)), false);
            assert_eq!(normalise(*text, None), general, "{text:?}");
        }
    }

    /// Every text of up to seven bytes over the bytes that decide a body's shape (letters, a
    /// period, spaces, line ends, and a tab that makes it non-ASCII-printable) comes out of the
    /// shortcuts as out of the general path.
    #[test]
    fn normal_bodies_are_kept_as_the_general_path_would_build_them() {
        let mut kept = 0;
        for text in short_texts(b"a. \n\t") {
            let general = build_body(&clean_chars(&decode_entities(&text)), false);
            if is_printable_ascii(text.as_bytes())
                && let Some(paragraphs) = normal_paragraphs(&text, None)
            {
                assert_eq!((text.clone(), paragraphs), general, "{text:?}");
                kept += 1;
            }
            assert_eq!(normalise(&text, None), general, "{text:?}");
            // Given away, the text comes out the same as lent.
            assert_eq!(normalise(text.clone(), None), general, "owned {text:?}");
        }
        // The shortcut is taken, and not only for one-line texts.
        assert!(kept > 1000, "{kept}");
        assert!(normal_paragraphs("One.\n\nTwo.", None).is_some());
    }

    /// The paragraphs found from a text's lines are those found by searching the text, for every
    /// text of up to seven bytes over the bytes that decide a body's shape: where the lines say
    /// nothing, the search finds nothing either, and where they say something, it is what the
    /// search finds.
    #[test]
    fn paragraphs_of_lines_are_those_of_the_search() {
        let mut laid_out = 0;
        for text in short_texts(b"a. \n") {
            let searched = normal_paragraphs(&text, None);
            let lines: Vec<&str> = split_newlines(&text).collect();
            let from_lines = lines
                .split_first()
                .and_then(|(first, rest)| paragraphs_of_lines(first, rest));
            if from_lines.is_some() {
                laid_out += 1;
                assert_eq!(
                    normal_paragraphs(&text, from_lines.clone()),
                    searched,
                    "{text:?}"
                );
            }
            if searched.is_some() {
                assert_eq!(from_lines, searched, "{text:?}");
            }
            assert_eq!(
                normalise(text.as_str(), from_lines),
                normalise(text.as_str(), None),
                "{text:?}"
            );
        }
        assert!(laid_out > 1000, "{laid_out}");
        // Decoding changes the text, and the lines' paragraphs with it.
        let text = "A &amp; B\n\nC";
        let lines = paragraphs_of_lines("A &amp; B", &["", "C"]);
        assert_eq!(normalise(text, lines), normalise(text, None));
    }

    #[test]
    fn printable_ascii_is_the_bytes_from_space_to_tilde_and_line_feeds() {
        for byte in 0..=u8::MAX {
            let expected = matches!(byte, b' '..=b'~' | b'\n');
            for len in [1, 63, 64, 65, 200] {
                let mut bytes = vec![b'a'; len];
                bytes[len / 2] = byte;
                assert_eq!(is_printable_ascii(&bytes), expected, "{byte:#x} in {len}");
            }
        }
        assert!(is_printable_ascii(b""));
    }

    #[test]
    fn spaces_are_trimmed_as_trim_matches_does() {
        for line in [
            "",
            " ",
            "   ",
            "a",
            " a",
            "a ",
            "  a b  ",
            "\u{00A0}a\u{00A0}",
            " \u{2014} ",
            "\u{3000}",
        ] {
            assert_eq!(trim_spaces(line), line.trim_matches(' '), "{line:?}");
        }
    }

    #[test]
    fn line_shortcuts_agree_with_the_general_path() {
        for value in [
            "",
            "   ",
            "Talks resume",
            "  Talks resume ",
            "Talks  resume",
            "Talks\n resume",
            "Tom &amp; Jerry",
            " &#32;Kyiv",
            "Cafe\u{0301}",
            "\u{00A0}Kyiv\u{200B} said\t",
            "\u{201C}Quoted\u{201D} \u{2014} dash",
            " https://news.example/a?b=1&amp;c=2 ",
            "AT&T",
            "Two\nlines",
            "~!@#$%^*()_+{}|:<>?`-=[]\\;',./\"",
        ] {
            let general: String = clean_chars(&decode_entities(value))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .nfc()
                .collect();
            assert_eq!(normalise_line(value), general, "{value:?}");
        }
    }

    #[test]
    fn other_text_takes_the_general_path() {
        for (text, body) in [
            ("One.\r\n\r\nTwo  three.\r\n", "One.\n\nTwo three."),
            ("One\ttwo.\rThree.", "One two.\n\nThree."),
            ("Caf\u{0065}\u{0301}  \u{00A0}said.", "Caf\u{00E9} said."),
            (
                "\u{201C}Kyiv.\u{201D}\n\n\u{2026}Moscow",
                "\u{201C}Kyiv.\u{201D}\n\n\u{2026}Moscow",
            ),
        ] {
            assert!(!is_printable_ascii(text.as_bytes()), "{text:?}");
            assert_eq!(normalise(text, None).0, body, "{text:?}");
        }
    }
}
