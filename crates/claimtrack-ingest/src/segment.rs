//! Sentence segmentation with byte spans.
//!
//! A small scanner rather than UAX #29 alone, because news text is full of periods that do not end
//! sentences: titles (`Lt. Col.`, `Gen.`), `U.S.` and `a.m.`, initials (`J. R. R. Tolkien`),
//! months before a day (`Sept. 3`), decimals (`3.5`) and ellipses mid-sentence. The rules:
//!
//! - a sentence can only end at `.`, `!`, `?` or `…` (with any closing quotes or brackets after
//!   them) followed by white space, and always ends at the end of a paragraph;
//! - it does not end when the next word starts in lower case (`“... peace?” she asked`), nor
//!   after a quoted question or exclamation followed by a name and a reporting verb
//!   (`“Why now?” Peskov asked.`);
//! - after a period, the word before it decides: titles never end a sentence, months and `No.`
//!   do not before a number, and initials or dotted abbreviations (`U.S.`, `a.m.`) end one only
//!   when a word that usually opens a sentence follows (`The`, `He`, `But` ...).
//!
//! Spans exclude surrounding white space, and a sentence never crosses a paragraph. The scanner
//! works on byte offsets and jumps from one possible terminal to the next, so text between
//! sentence ends is never decoded.

use claimtrack_model::{Sentence, Span};

/// Segments every paragraph of `body` into sentences.
pub(crate) fn sentences(body: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    // News sentences run to 80 or 150 bytes; one slot per 64 bytes saves most regrowth.
    let mut out = Vec::with_capacity(body.len() / 64 + 1);
    // One search of the body spares plain ASCII text a search for `…` in every paragraph.
    let typographic = memchr::memchr(0xE2, body.as_bytes()).is_some();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let Some(text) = paragraph.slice(body) else {
            continue;
        };
        scan(text, typographic, |start, end| {
            out.push(Sentence {
                span: Span::new(paragraph.start + start, paragraph.start + end),
                paragraph: index,
            });
        });
    }
    out
}

/// The `[start, end)` byte ranges of the sentences of one paragraph.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    scan(text, true, |start, end| ranges.push((start, end)));
    ranges
}

/// Calls `emit` with the `[start, end)` byte range of each sentence of `text`, in order.
///
/// All positions are byte offsets on `char` boundaries. The scan jumps from one possible
/// terminal byte to the next (see [`Candidates`]), and the helpers it calls test ASCII bytes
/// without decoding them, so that only the few non-ASCII characters next to a terminal are
/// ever decoded. `typographic` is false when `text` is known to hold no byte 0xE2, hence no `…`.
fn scan(text: &str, typographic: bool, mut emit: impl FnMut(usize, usize)) {
    let n = text.len();
    let mut candidates = Candidates::new(text.as_bytes(), typographic);
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let Some(next) = candidates.next_from(i) else {
            break;
        };
        i = next;
        if !is_terminal(char_at(text, i)) {
            i += 1;
            continue;
        }
        let (terminals_end, j, k) = run_ends(text, i);
        if j >= n {
            break;
        }
        if !char_at(text, j).is_whitespace() {
            // `3.5`, `U.S.-led`, `...and`: not a boundary.
            i = j;
            continue;
        }
        if k >= n {
            break;
        }
        let boundary = Boundary {
            text,
            first_terminal: i,
            terminals_end,
            after_closers: j,
            next_word: k,
        };
        if boundary.splits() {
            emit_trimmed(&mut emit, text, start, j);
            start = k;
        }
        i = j;
    }
    emit_trimmed(&mut emit, text, start, n);
}

/// From the terminal at `i`: the ends of the run of terminals, of the closers after it and of the
/// white space after those, as `(terminals_end, after_closers, next_word)`.
///
/// Most sentences end in one ASCII terminal, one space and a word (`... city. Witnesses`), which
/// one look at three bytes settles; the rest are walked character by character.
fn run_ends(text: &str, i: usize) -> (usize, usize, usize) {
    if let Some(&[terminal, b' ', next]) = text.as_bytes().get(i..i + 3)
        && matches!(terminal, b'.' | b'!' | b'?')
        && next.is_ascii()
        && !char::from(next).is_whitespace()
    {
        return (i + 1, i + 1, i + 2);
    }
    let terminals_end = skip_while(text, i, is_terminal);
    let after_closers = skip_while(text, terminals_end, is_closer);
    let next_word = skip_while(text, after_closers, char::is_whitespace);
    (terminals_end, after_closers, next_word)
}

/// The offsets of the bytes that may start a terminal, in order: `.`, `!`, `?` and the lead byte
/// 0xE2 of `…`.
///
/// `memchr` finds them with vector instructions. One search takes at most three bytes, so the
/// next punctuation mark and the next 0xE2 are looked up separately, each again only once the
/// scan has passed it. 0xE2 also leads curly quotes and dashes: typographic text has more stops
/// than plain text, and each costs one test.
struct Candidates<'a> {
    bytes: &'a [u8],
    /// The first `.`, `!` or `?` at or after the offset last asked for (`bytes.len()` if none).
    punctuation: usize,
    /// The first 0xE2 at or after the offset last asked for (`bytes.len()` if none).
    lead: usize,
}

impl<'a> Candidates<'a> {
    /// The candidates of `bytes`; `typographic` false says that `bytes` hold no 0xE2.
    fn new(bytes: &'a [u8], typographic: bool) -> Candidates<'a> {
        let punctuation = memchr::memchr3(b'.', b'!', b'?', bytes).unwrap_or(bytes.len());
        let lead = if typographic {
            memchr::memchr(0xE2, bytes).unwrap_or(bytes.len())
        } else {
            bytes.len()
        };
        Candidates {
            bytes,
            punctuation,
            lead,
        }
    }

    /// The first candidate at or after `from`; `from` never decreases from one call to the next.
    fn next_from(&mut self, from: usize) -> Option<usize> {
        let bytes = self.bytes;
        let rest = || bytes.get(from..).unwrap_or_default();
        if self.punctuation < from {
            self.punctuation =
                memchr::memchr3(b'.', b'!', b'?', rest()).map_or(bytes.len(), |at| from + at);
        }
        if self.lead < from {
            self.lead = memchr::memchr(0xE2, rest()).map_or(bytes.len(), |at| from + at);
        }
        let next = self.punctuation.min(self.lead);
        (next < bytes.len()).then_some(next)
    }
}

/// The character starting at byte `at` (a `char` boundary), or NUL past the end.
fn char_at(text: &str, at: usize) -> char {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => char::from(byte),
        Some(_) => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or('\0'),
        None => '\0',
    }
}

/// The byte offset of the first character from `from` on that does not satisfy `pred`.
///
/// ASCII bytes are tested as they are; only other characters are decoded.
fn skip_while(text: &str, from: usize, pred: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(&byte) = bytes.get(at) {
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => c,
                // Not a `char` boundary: only possible for a `from` inside a character.
                None => return at,
            }
        };
        if !pred(c) {
            return at;
        }
        at += c.len_utf8();
    }
    at
}

fn emit_trimmed(emit: &mut impl FnMut(usize, usize), text: &str, start: usize, end: usize) {
    // Sentences found by the scan start at a word and end at a terminal or a closer, so the
    // common case is an ASCII character that is not white space at both ends: nothing to trim,
    // and both ends are `char` boundaries.
    let solid = |byte: &u8| byte.is_ascii() && !char::from(*byte).is_whitespace();
    if let Some(bytes) = text.as_bytes().get(start..end)
        && bytes.first().is_some_and(solid)
        && bytes.last().is_some_and(solid)
    {
        emit(start, end);
        return;
    }
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        emit(start + leading, start + leading + trimmed.len());
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}'
    )
}

const fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}'
    )
}

/// What [`Boundary::plain_word_before`] found before a period.
#[derive(Debug, PartialEq, Eq)]
enum PlainWord<'a> {
    /// Seven ASCII letters or digits: [`Boundary::ends_long_word`] holds.
    Long,
    /// The word before the period, of fewer than seven ASCII letters or digits.
    Short(&'a str),
    /// Anything else: the general tests decide.
    Other,
}

/// A candidate sentence end, with the byte offsets that decide it.
#[derive(Clone, Copy)]
struct Boundary<'a> {
    text: &'a str,
    first_terminal: usize,
    terminals_end: usize,
    after_closers: usize,
    next_word: usize,
}

impl Boundary<'_> {
    fn splits(&self) -> bool {
        // Most candidates are one period, no closer, and a capital letter: `... city. Witnesses`.
        // The capital is no opener, not lower case, not a digit, and no name follows a quotation
        // here, so only the word before the period is left to decide.
        let bytes = self.text.as_bytes();
        let plain_period = self.terminals_end == self.first_terminal + 1
            && self.after_closers == self.terminals_end
            && bytes.get(self.first_terminal) == Some(&b'.')
            && bytes
                .get(self.next_word)
                .is_some_and(u8::is_ascii_uppercase);
        if plain_period {
            match self.plain_word_before() {
                PlainWord::Long => return true,
                PlainWord::Short(word) => {
                    if is_title(word) {
                        return false;
                    }
                    if is_initial(word) {
                        return is_sentence_opener(next_token(self.next_word_text()));
                    }
                    return true;
                }
                PlainWord::Other => {}
            }
        }
        self.splits_generally()
    }

    /// [`Boundary::splits`] for any candidate.
    fn splits_generally(&self) -> bool {
        let next = self.next_word_text();
        let Some(first) = next.chars().next() else {
            return false;
        };
        if first.is_lowercase() || matches!(first, ',' | ';' | ':') {
            return false;
        }
        let quoted = self.after_closers > self.terminals_end;
        if quoted && self.asks_or_exclaims() && attributed_to_name(next) {
            return false;
        }
        let single_period = self.terminals().as_bytes() == b".";
        if !single_period || quoted {
            return true;
        }
        let (word, plain) = match self.plain_word_before() {
            PlainWord::Long => return true,
            PlainWord::Short(word) => (word, true),
            PlainWord::Other => {
                if self.ends_long_word() {
                    return true;
                }
                (self.word_before(), false)
            }
        };
        if is_title(word) {
            return false;
        }
        if is_before_number(word) && first.is_ascii_digit() {
            return false;
        }
        // A plain word has no period, so it is not dotted.
        if is_initial(word) || (!plain && is_dotted(word)) {
            return is_sentence_opener(next_token(next));
        }
        true
    }

    /// The word before the period, found by one look back over ASCII letters and digits, which
    /// most words are: it answers [`Boundary::ends_long_word`] and [`Boundary::word_before`] at
    /// once when the word is preceded by the start of the text, ASCII white space or an opener.
    fn plain_word_before(&self) -> PlainWord<'_> {
        let bytes = self.text.as_bytes();
        let end = self.first_terminal;
        let Some(tail) = bytes.get(end.saturating_sub(7)..end) else {
            return PlainWord::Other;
        };
        let len = tail
            .iter()
            .rev()
            .take_while(|byte| byte.is_ascii_alphanumeric())
            .count();
        if len == 7 {
            return PlainWord::Long;
        }
        let start = end - len;
        let separated = match start.checked_sub(1).and_then(|at| bytes.get(at)) {
            None => true,
            Some(&byte) => ASCII_WORD_END
                .get(usize::from(byte))
                .copied()
                .unwrap_or(false),
        };
        match self.text.get(start..end) {
            Some(word) if separated => PlainWord::Short(word),
            _ => PlainWord::Other,
        }
    }

    /// Whether the period ends a word too long to be an abbreviation or an initial: the seven
    /// bytes before it are ASCII letters or digits.
    ///
    /// Titles and the abbreviations before numbers have at most six letters, an initial has one,
    /// and a dotted abbreviation has a period at least every fifth byte; the other tests of
    /// [`Boundary::splits`] all fail for such a word. Most sentences end on one, and this test
    /// spares them finding the word and the four lookups.
    fn ends_long_word(&self) -> bool {
        self.first_terminal
            .checked_sub(7)
            .and_then(|start| self.text.as_bytes().get(start..self.first_terminal))
            .is_some_and(|tail| tail.iter().all(u8::is_ascii_alphanumeric))
    }

    /// The run of terminal characters (`.`, `?!`, `…`).
    fn terminals(&self) -> &str {
        self.text
            .get(self.first_terminal..self.terminals_end)
            .unwrap_or("")
    }

    fn asks_or_exclaims(&self) -> bool {
        self.terminals().contains(['?', '!'])
    }

    /// The text from the next word on, without opening quotes or brackets.
    fn next_word_text(&self) -> &str {
        self.text
            .get(self.next_word..)
            .unwrap_or("")
            .trim_start_matches(is_opener)
    }

    /// The word just before the period, without the period and any opening punctuation.
    fn word_before(&self) -> &str {
        let head = self.text.get(..self.first_terminal).unwrap_or("");
        word_at_end(head)
    }
}

/// The last word of `head`: what follows its last white space, opener or em dash.
///
/// Words are short and mostly ASCII, so the bytes are walked back from the end and the general
/// search, which decodes characters, only runs when a non-ASCII byte comes before a separator.
fn word_at_end(head: &str) -> &str {
    let bytes = head.as_bytes();
    let stop = bytes.iter().rposition(|&byte| {
        ASCII_WORD_END
            .get(usize::from(byte))
            .copied()
            .unwrap_or(true)
    });
    match stop {
        None => head,
        Some(at) if bytes.get(at).is_some_and(u8::is_ascii) => head.get(at + 1..).unwrap_or(""),
        Some(_) => word_at_end_decoded(head),
    }
}

/// For each ASCII byte, whether it ends a word going backwards: white space or an opener.
const ASCII_WORD_END: [bool; 128] = {
    let mut table = [false; 128];
    let mut byte = 0;
    while byte < 128 {
        let c = byte as u8 as char;
        table[byte] = c.is_whitespace() || is_opener(c);
        byte += 1;
    }
    table
};

/// [`word_at_end`] for any text, decoding characters.
fn word_at_end_decoded(head: &str) -> &str {
    let start = head
        .rfind(|c: char| c.is_whitespace() || is_opener(c) || c == '\u{2014}')
        .map_or(0, |pos| {
            pos + head[pos..].chars().next().map_or(1, char::len_utf8)
        });
    head.get(start..).unwrap_or("")
}

/// `Peskov asked.`, `Foreign Minister Sergei Lavrov said`: a name (not a sentence opener) and a
/// reporting verb within the next few words, as after `“Why now?”` in one sentence.
fn attributed_to_name(next: &str) -> bool {
    let first = next.split_whitespace().next().unwrap_or("");
    if is_sentence_opener(next_token(first)) {
        return false;
    }
    for word in next.split_whitespace().take(6) {
        let token = next_token(word);
        if is_reporting_verb(token) {
            return true;
        }
        let capitalised = token.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || token.len() < word.len() {
            // Not part of a name, or the name is followed by punctuation.
            return false;
        }
    }
    false
}

/// Verbs that attribute a quotation.
fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "replied"
            | "shouted"
            | "declared"
            | "insisted"
            | "stated"
            | "warned"
            | "tweeted"
            | "posted"
            | "demanded"
    )
}

fn next_token(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphanumeric() && c != '\'')
        .unwrap_or(text.len());
    &text[..end]
}

/// `J`, `R`: one capital letter.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// `U.S`, `a.m`, `e.g`: single letters joined by periods (the last period is the candidate).
fn is_dotted(word: &str) -> bool {
    // A plain loop: words are short and most have no period, so a search routine's setup would
    // cost more than the search.
    word.bytes().any(|byte| byte == b'.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Abbreviations that never end a sentence in news text.
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Messrs"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Cmdr"
            | "Adm"
            | "Brig"
            | "Sgt"
            | "Cpl"
            | "Pvt"
            | "Gov"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "St"
            | "Mt"
            | "Ft"
            | "vs"
            | "Vs"
            | "Amb"
            | "Gens"
    )
}

/// Abbreviations that do not end a sentence when a number follows (`Sept. 3`, `No. 10`).
fn is_before_number(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "Nos"
            | "Art"
            | "p"
            | "pp"
            | "para"
    )
}

/// Words that usually open a sentence, so that `... in the U.S. The talks` still splits.
fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "In"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Their"
            | "His"
            | "Her"
            | "Its"
            | "Our"
            | "Some"
            | "Many"
            | "Most"
            | "Both"
            | "Meanwhile"
            | "However"
            | "Earlier"
            | "Later"
            | "Last"
            | "No"
            | "Nor"
            | "If"
            | "Asked"
            | "Since"
            | "Still"
            | "Now"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text around sentence ends where byte-level shortcuts could go wrong: abbreviations and
    /// initials, quotes and brackets (straight and curly), ellipses, non-ASCII letters and white
    /// space, CRLF and other line ends, and characters split by a period.
    const TRICKY: &[&str] = &[
        "",
        ".",
        "…",
        "Mr. Petrov left. The U.S. did not.",
        "He said: “Never.” (She left.) [Then?] «Non!» Wait… what?! Done",
        "“Why now?” Peskov asked. ‘Fine’ — Gen. Syrskyi said.",
        "Sept. 3 at 10 a.m. J. R. R. Tolkien. No. 10 said 3.5%.",
        "Kyiv.\r\nMoscow!\rAnkara?\u{2028}Baku\u{00A0}.\u{3000}Talks\u{0085}end.",
        "Café. Élysée said. İstanbul. Ωmega. 東京. —Gen. Lee. (Col. Roe.)",
        "x.\u{2014}y. e\u{0301}. \u{201C}Lt.\u{201D} Z",
        "a\u{2026}\u{2026}b.. c?!  D\t.\tE",
    ];

    #[test]
    fn candidates_are_the_bytes_that_may_start_a_terminal() {
        let is_candidate = |b: &u8| matches!(b, b'.' | b'!' | b'?' | 0xE2);
        for text in TRICKY {
            let bytes = text.as_bytes();
            let expected: Vec<usize> = (0..bytes.len())
                .filter(|&at| bytes.get(at).is_some_and(is_candidate))
                .collect();
            // Text without 0xE2 may say so, or not.
            let flags: &[bool] = if bytes.contains(&0xE2) {
                &[true]
            } else {
                &[true, false]
            };
            for &typographic in flags {
                let mut candidates = Candidates::new(bytes, typographic);
                let mut found = Vec::new();
                let mut from = 0;
                while let Some(at) = candidates.next_from(from) {
                    found.push(at);
                    from = at + 1;
                }
                assert_eq!(found, expected, "{text:?}");
            }
        }
    }

    /// The sentences of a body are those of its paragraphs split alone, whether the body has
    /// typographic characters or, all ASCII, skips the search for them.
    #[test]
    fn sentences_of_a_body_are_those_of_its_paragraphs() {
        let ascii: Vec<&str> = TRICKY
            .iter()
            .copied()
            .filter(|text| text.is_ascii())
            .collect();
        for texts in [TRICKY, ascii.as_slice()] {
            let body = texts.join("\n\n");
            let mut paragraphs = Vec::new();
            let mut start = 0;
            for text in texts {
                paragraphs.push(Span::new(start, start + text.len()));
                start += text.len() + 2;
            }
            let expected: Vec<(usize, usize, usize)> = paragraphs
                .iter()
                .enumerate()
                .flat_map(|(index, paragraph)| {
                    let text = paragraph.slice(&body).unwrap_or_default();
                    split(text).into_iter().map(move |(from, to)| {
                        (index, paragraph.start + from, paragraph.start + to)
                    })
                })
                .collect();
            let found: Vec<(usize, usize, usize)> = sentences(&body, &paragraphs)
                .iter()
                .map(|sentence| (sentence.paragraph, sentence.span.start, sentence.span.end))
                .collect();
            assert_eq!(found, expected, "{body:?}");
        }
    }

    #[test]
    fn ascii_shortcuts_agree_with_decoding() {
        for text in
            TRICKY
                .iter()
                .copied()
                .chain(["a. b", "a.  b", "a. \u{00A0}b", "a!\x0Bb", "a? \x0Bb"])
        {
            for (at, c) in text.char_indices() {
                if is_terminal(c) {
                    let terminals_end = skip_while(text, at, is_terminal);
                    let after_closers = skip_while(text, terminals_end, is_closer);
                    let next_word = skip_while(text, after_closers, char::is_whitespace);
                    assert_eq!(
                        run_ends(text, at),
                        (terminals_end, after_closers, next_word),
                        "{text:?} at {at}"
                    );
                }
                assert_eq!(char_at(text, at), c, "{text:?} at {at}");
                for pred in [is_terminal, is_closer, char::is_whitespace] {
                    let rest = &text[at..];
                    let expected = at + rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
                    assert_eq!(skip_while(text, at, pred), expected, "{text:?} at {at}");
                }
                let head = &text[..at];
                assert_eq!(
                    word_at_end(head),
                    word_at_end_decoded(head),
                    "{text:?} up to {at}"
                );
            }
            assert_eq!(char_at(text, text.len()), '\0');
        }
    }

    /// The words [`Boundary::ends_long_word`] lets through are none of the words whose tests it
    /// skips, and the abbreviations and initials are not let through.
    #[test]
    fn long_words_are_not_abbreviations() {
        for (word, long) in [
            ("reporters", true),
            ("Messrsx", true),
            ("Septemb", true),
            ("1234567", true),
            ("U.S.Embassy", true),
            ("a.b.c.d1234567", true),
            ("\u{00E9}.\u{00FC}.abcdefg", true),
            ("\u{00E9}.\u{00FC}.abc", false),
            ("e.g.x.y.z.w", false),
            ("2025", false),
            ("Mr", false),
            ("Messrs", false),
            ("Sept", false),
            ("para", false),
            ("J", false),
            ("U.S", false),
            ("a.m", false),
        ] {
            let text = format!("{word}. The end");
            let boundary = Boundary {
                text: &text,
                first_terminal: word.len(),
                terminals_end: word.len() + 1,
                after_closers: word.len() + 1,
                next_word: word.len() + 2,
            };
            assert_eq!(boundary.ends_long_word(), long, "{word}");
            let found = boundary.word_before();
            assert_eq!(found, word);
            if long {
                let abbreviation = is_title(found)
                    || is_before_number(found)
                    || is_initial(found)
                    || is_dotted(found);
                assert!(!abbreviation, "{word}");
            }
        }
    }

    /// Where the look back over a plain word answers, it agrees with the general tests.
    #[test]
    fn plain_words_agree_with_the_general_tests() {
        let mut plain = 0;
        for text in TRICKY.iter().copied().chain([
            "reporters. The",
            "Reporter. The",
            "(Sept. 3",
            "x\u{00A0}No. 10",
            "\u{201C}Dr. Roe",
            "e\u{0301}st. It",
            "U.S. The",
            "1234567. A",
            "123456. A",
            "A. B",
            "J. R. Roe. The end. Mr. Roe. No. 10. No. The. U.S. Army. (Gen.) Lee.",
        ]) {
            for (at, c) in text.char_indices().filter(|&(_, c)| c == '.') {
                let boundary = Boundary {
                    text,
                    first_terminal: at,
                    terminals_end: at + c.len_utf8(),
                    after_closers: at + c.len_utf8(),
                    next_word: at + c.len_utf8(),
                };
                match boundary.plain_word_before() {
                    PlainWord::Long => assert!(boundary.ends_long_word(), "{text:?} at {at}"),
                    PlainWord::Short(word) => {
                        plain += 1;
                        assert!(!boundary.ends_long_word(), "{text:?} at {at}");
                        assert_eq!(word, boundary.word_before(), "{text:?} at {at}");
                        assert!(!is_dotted(word), "{text:?} at {at}");
                    }
                    PlainWord::Other => {}
                }
                for next_word in at + 1..=text.len() {
                    if !text.is_char_boundary(next_word) {
                        continue;
                    }
                    let boundary = Boundary {
                        next_word,
                        ..boundary
                    };
                    assert_eq!(
                        boundary.splits(),
                        boundary.splits_generally(),
                        "{text:?} at {at}, next word at {next_word}"
                    );
                }
            }
        }
        assert!(plain > 10, "{plain}");
    }

    #[test]
    fn trimmed_emits_agree_with_str_trim() {
        for text in TRICKY {
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(at, _)| at)
                .chain([text.len()])
                .collect();
            for &start in &ends {
                for &end in ends.iter().filter(|&&end| end >= start) {
                    let slice = &text[start..end];
                    let leading = slice.len() - slice.trim_start().len();
                    let expected = (!slice.trim().is_empty())
                        .then(|| (start + leading, start + leading + slice.trim().len()));
                    let mut emitted = None;
                    emit_trimmed(&mut |from, to| emitted = Some((from, to)), text, start, end);
                    assert_eq!(emitted, expected, "{text:?} {start}..{end}");
                }
            }
        }
    }
}
