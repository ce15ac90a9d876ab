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
    // News sentences run to 100 or 150 bytes; one slot per 128 bytes saves most regrowth.
    let mut out = Vec::with_capacity(body.len() / 128 + 1);
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let Some(text) = paragraph.slice(body) else {
            continue;
        };
        scan(text, |start, end| {
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
    scan(text, |start, end| ranges.push((start, end)));
    ranges
}

/// Calls `emit` with the `[start, end)` byte range of each sentence of `text`, in order.
///
/// All positions are byte offsets on `char` boundaries. The scan jumps from one possible
/// terminal byte to the next: `.`, `!` and `?` are ASCII and `…` starts with the byte 0xE2, which
/// UTF-8 never uses inside another character, so no byte in between needs decoding.
fn scan(text: &str, mut emit: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let n = text.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let Some(next) = next_candidate(bytes, i) else {
            break;
        };
        i = next;
        if !is_terminal(char_at(text, i)) {
            i += 1;
            continue;
        }
        let mut j = skip_while(text, i, is_terminal);
        let terminals_end = j;
        j = skip_while(text, j, is_closer);
        if j >= n {
            break;
        }
        if !char_at(text, j).is_whitespace() {
            // `3.5`, `U.S.-led`, `...and`: not a boundary.
            i = j;
            continue;
        }
        let k = skip_while(text, j, char::is_whitespace);
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

/// The offset of the first byte from `from` on that may start a terminal: `.`, `!`, `?` or the
/// lead byte of `…`.
///
/// Sentences run to a hundred bytes or so, so most 32-byte chunks hold no candidate; the test of
/// a whole chunk does not stop early, which lets the compiler use vector instructions for it.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let is_candidate = |b: u8| matches!(b, b'.' | b'!' | b'?' | 0xE2);
    let mut at = from;
    while at < bytes.len() {
        let end = (at + 32).min(bytes.len());
        let chunk = bytes.get(at..end).unwrap_or_default();
        if chunk.iter().fold(false, |any, &b| any | is_candidate(b)) {
            return chunk
                .iter()
                .position(|&b| is_candidate(b))
                .map(|offset| at + offset);
        }
        at = end;
    }
    None
}

/// The character starting at byte `at` (a `char` boundary), or NUL past the end.
fn char_at(text: &str, at: usize) -> char {
    text.get(at..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or('\0')
}

/// The byte offset of the first character from `from` on that does not satisfy `pred`.
fn skip_while(text: &str, from: usize, pred: impl Fn(char) -> bool) -> usize {
    let rest = text.get(from..).unwrap_or("");
    from + rest.find(|c: char| !pred(c)).unwrap_or(rest.len())
}

fn emit_trimmed(emit: &mut impl FnMut(usize, usize), text: &str, start: usize, end: usize) {
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

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[' | '\u{00AB}'
    )
}

/// A candidate sentence end, with the byte offsets that decide it.
struct Boundary<'a> {
    text: &'a str,
    first_terminal: usize,
    terminals_end: usize,
    after_closers: usize,
    next_word: usize,
}

impl Boundary<'_> {
    fn splits(&self) -> bool {
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
        let word = self.word_before();
        if is_title(word) {
            return false;
        }
        if is_before_number(word) && first.is_ascii_digit() {
            return false;
        }
        if is_initial(word) || is_dotted(word) {
            return is_sentence_opener(next_token(next));
        }
        true
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
        let start = head
            .rfind(|c: char| c.is_whitespace() || is_opener(c) || c == '\u{2014}')
            .map_or(0, |pos| {
                pos + head[pos..].chars().next().map_or(1, char::len_utf8)
            });
        head.get(start..).unwrap_or("")
    }
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
    word.contains('.')
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
