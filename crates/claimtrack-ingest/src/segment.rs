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
//! Spans exclude surrounding white space, and a sentence never crosses a paragraph.

use claimtrack_model::{Sentence, Span};

/// Segments every paragraph of `body` into sentences.
pub(crate) fn sentences(body: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let Some(text) = paragraph.slice(body) else {
            continue;
        };
        for (start, end) in split(text) {
            out.push(Sentence {
                span: Span::new(paragraph.start + start, paragraph.start + end),
                paragraph: index,
            });
        }
    }
    out
}

/// The `[start, end)` byte ranges of the sentences of one paragraph.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && is_terminal(chars[j].1) {
            j += 1;
        }
        let terminals_end = j;
        while j < n && is_closer(chars[j].1) {
            j += 1;
        }
        if j >= n {
            break;
        }
        if !chars[j].1.is_whitespace() {
            // `3.5`, `U.S.-led`, `...and`: not a boundary.
            i = j;
            continue;
        }
        let mut k = j;
        while k < n && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= n {
            break;
        }
        let boundary = Boundary {
            text,
            chars: &chars,
            first_terminal: i,
            terminals_end,
            after_closers: j,
            next_word: k,
        };
        if boundary.splits() {
            push_trimmed(&mut ranges, text, start, chars[j].0);
            start = chars[k].0;
        }
        i = j;
    }
    push_trimmed(&mut ranges, text, start, text.len());
    ranges
}

fn push_trimmed(ranges: &mut Vec<(usize, usize)>, text: &str, start: usize, end: usize) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        ranges.push((start + leading, start + leading + trimmed.len()));
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

/// A candidate sentence end, with the positions (indices into `chars`) that decide it.
struct Boundary<'a> {
    text: &'a str,
    chars: &'a [(usize, char)],
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
        let single_period = self.terminals_end - self.first_terminal == 1
            && self.chars[self.first_terminal].1 == '.';
        if !single_period || quoted {
            return true;
        }
        let word = self.word_before();
        if TITLES.contains(&word) {
            return false;
        }
        if BEFORE_NUMBERS.contains(&word) && first.is_ascii_digit() {
            return false;
        }
        if is_initial(word) || is_dotted(word) {
            return SENTENCE_OPENERS.contains(&next_token(next));
        }
        true
    }

    fn asks_or_exclaims(&self) -> bool {
        self.chars[self.first_terminal..self.terminals_end]
            .iter()
            .any(|(_, c)| matches!(c, '?' | '!'))
    }

    /// The text from the next word on, without opening quotes or brackets.
    fn next_word_text(&self) -> &str {
        let from = self.chars[self.next_word].0;
        self.text
            .get(from..)
            .unwrap_or("")
            .trim_start_matches(is_opener)
    }

    /// The word just before the period, without the period and any opening punctuation.
    fn word_before(&self) -> &str {
        let end = self.chars[self.first_terminal].0;
        let head = self.text.get(..end).unwrap_or("");
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
    if SENTENCE_OPENERS.contains(&next_token(first)) {
        return false;
    }
    for word in next.split_whitespace().take(6) {
        let token = next_token(word);
        if REPORTING_VERBS.contains(&token) {
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
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes",
    "replied", "shouted", "declared", "insisted", "stated", "warned", "tweeted", "posted",
    "demanded",
];

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
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm",
    "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt",
    "St", "Mt", "Ft", "vs", "Vs", "Amb", "Gens",
];

/// Abbreviations that do not end a sentence when a number follows (`Sept. 3`, `No. 10`).
const BEFORE_NUMBERS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Art", "p", "pp", "para",
];

/// Words that usually open a sentence, so that `... in the U.S. The talks` still splits.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Their",
    "His",
    "Her",
    "Its",
    "Our",
    "Some",
    "Many",
    "Most",
    "Both",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
    "Last",
    "No",
    "Nor",
    "If",
    "Asked",
    "Since",
    "Still",
    "Now",
];
