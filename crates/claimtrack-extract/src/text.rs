//! Words of a sentence with their byte offsets, and the small shape tests the grammars share.
//!
//! A [`Token`] is a word (letters and digits, with inner hyphens between letters and inner
//! apostrophes: `al-Fashir`, `O'Brien`), a number (`1,000`, `2.5`), a possessive `'s` on its own,
//! or one punctuation character. Offsets are bytes into the sentence.

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    pub(crate) kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    /// The possessive `'s` (either apostrophe).
    Possessive,
    Punct,
}

impl Token<'_> {
    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// A word of five letters or more in `-ed`: a verb's past or participle (`agreed`,
    /// `resumed`), not `red` or `bed`.
    pub(crate) fn is_past_form(&self) -> bool {
        self.is_word() && self.text.len() > 4 && self.text.ends_with("ed")
    }

    /// Whether the token is `word` in any case (and not punctuation). Called for nearly every
    /// token against many word lists, so the length is compared first and the call inlined.
    #[inline]
    pub(crate) fn is(&self, word: &str) -> bool {
        self.text.len() == word.len()
            && self.kind != TokenKind::Punct
            && self.text.as_bytes().eq_ignore_ascii_case(word.as_bytes())
    }

    #[inline]
    pub(crate) fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Inlined: called for tokens in every grammar's loops, mostly with one constant mark, which
    /// the inlined byte test compares directly.
    #[inline]
    pub(crate) fn is_punct(&self, chars: &str) -> bool {
        if self.kind != TokenKind::Punct {
            return false;
        }
        // A punctuation token is one character: an ASCII one (nearly all) is looked for as a
        // byte, without the substring search that `contains` sets up for every call.
        match self.text.as_bytes() {
            [byte] => chars.as_bytes().contains(byte),
            _ => chars.contains(self.text),
        }
    }

    /// A word written with a capital (`Varachyne`), or a particle-led name whose next part is
    /// capitalised (`al-Fashir`, `el-Obeid`).
    pub(crate) fn is_capitalised(&self) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        // An ASCII first letter (nearly every word) is read as a byte, and the hyphen looked for
        // byte by byte (`split_once` sets up a `memchr` for a word of a few letters).
        let bytes = self.text.as_bytes();
        let first_upper = match bytes.first() {
            None => return false,
            Some(first) if first.is_ascii() => first.is_ascii_uppercase(),
            Some(_) => self.text.chars().next().is_some_and(char::is_uppercase),
        };
        first_upper
            || bytes
                .iter()
                .position(|&byte| byte == b'-')
                .is_some_and(|hyphen| {
                    self.text
                        .get(hyphen + 1..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_uppercase)
                })
    }
}

const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];

/// Splits a sentence into tokens.
///
/// The scan walks byte offsets and decodes a character only where it is not ASCII, so that the
/// common case (ASCII letters of a word) costs a byte test per letter. (Extraction appends the
/// tokens of the sentences that need them to one vector with [`SentenceTokens`]; this is its form
/// for tests.)
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, &mut tokens);
    tokens
}

/// [`tokenize`], appending the tokens to `tokens` (so that the tokens of all the sentences of
/// an article can share one vector).
fn tokenize_into<'a>(text: &'a str, tokens: &mut Vec<Token<'a>>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // The common tokens first, without decoding a character.
        if let Some(end) = ascii_token(text, at, tokens) {
            at = end;
            continue;
        }
        let Some(c) = char_at(text, at) else {
            break;
        };
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if APOSTROPHES.contains(&c) {
            // A possessive: `'s` not followed by a letter.
            let s_at = at;
            if matches!(bytes.get(s_at), Some(b's' | b'S'))
                && !char_at(text, s_at + 1).is_some_and(char::is_alphanumeric)
            {
                at = s_at + 1;
                tokens.push(token(text, start, at, TokenKind::Possessive));
                continue;
            }
        }
        if c.is_ascii_digit() {
            // Digits, with inner commas and periods between digits ("1,000", "2.5").
            loop {
                match bytes.get(at) {
                    Some(b) if b.is_ascii_digit() => at += 1,
                    Some(b',' | b'.') if bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => {
                        at += 1;
                    }
                    _ => break,
                }
            }
            tokens.push(token(text, start, at, TokenKind::Number));
            continue;
        }
        if c.is_uppercase()
            && let Some(end) = dotted_abbreviation(text, start)
        {
            // "U.S.", "U.N.": one word with its periods.
            at = end;
            tokens.push(token(text, start, at, TokenKind::Word));
            continue;
        }
        if c.is_alphanumeric() {
            at = word_end(text, at);
            // A title abbreviation keeps its period ("Gen.", "Lt."); a plural possessive keeps
            // its apostrophe ("Prisoners' Club").
            let word = text.get(start..at).unwrap_or("");
            let next = char_at(text, at);
            if next == Some('.') && ABBREVIATIONS.contains(&word) {
                at += 1;
            } else if let Some(n) = next
                && APOSTROPHES.contains(&n)
                && word.ends_with('s')
                && word.chars().next().is_some_and(char::is_uppercase)
                && char_at(text, at + n.len_utf8()).is_some_and(char::is_whitespace)
            {
                at += n.len_utf8();
            }
            tokens.push(token(text, start, at, TokenKind::Word));
            continue;
        }
        tokens.push(token(text, start, at, TokenKind::Punct));
    }
}

/// The tokens of an article's sentences, each made the first time something needs it (attribution
/// for a sentence with a reporting verb or a possible person, a grammar for a sentence that the
/// prefilter lets through) and kept for the rest, in one vector for the whole article. About one
/// sentence in three of the bench's news text is never tokenized.
pub(crate) struct SentenceTokens<'a> {
    all: Vec<Token<'a>>,
    /// Where the tokens of each sentence are in `all`, once made.
    ranges: Vec<Option<std::ops::Range<usize>>>,
}

impl<'a> SentenceTokens<'a> {
    /// Room for the tokens of `sentences` sentences of a body of `body_len` bytes (as many as
    /// every sentence could need: a token takes more than four bytes of news text, and a vector
    /// that grew would copy all the tokens made before).
    pub(crate) fn new(sentences: usize, body_len: usize) -> SentenceTokens<'a> {
        SentenceTokens {
            all: Vec::with_capacity(body_len / 4 + 1),
            ranges: vec![None; sentences],
        }
    }

    /// The tokens of sentence `index`, whose text is `text` (the same text at every call for
    /// the same sentence), tokenized at the first call.
    pub(crate) fn of(&mut self, index: usize, text: &'a str) -> &[Token<'a>] {
        let range = match self.ranges.get(index) {
            Some(Some(range)) => range.clone(),
            _ => {
                let from = self.all.len();
                tokenize_into(text, &mut self.all);
                let range = from..self.all.len();
                if let Some(slot) = self.ranges.get_mut(index) {
                    *slot = Some(range.clone());
                }
                range
            }
        };
        self.all.get(range).unwrap_or(&[])
    }
}

/// The common tokens, read byte by byte without decoding characters: a space, an ASCII
/// punctuation mark other than the apostrophe, and a word of ASCII letters and digits that
/// starts with a letter (not a dotted abbreviation) and is followed by the end of the text or an
/// ASCII character that cannot continue it. Pushes the token and returns where it ends, or past
/// the space after a word (a space pushes nothing); `None` leaves the byte to the general scan,
/// which reads exactly these tokens the same way.
#[inline]
fn ascii_token<'a>(text: &'a str, at: usize, tokens: &mut Vec<Token<'a>>) -> Option<usize> {
    let bytes = text.as_bytes();
    let b = *bytes.get(at)?;
    match ASCII_CLASSES.get(usize::from(b)).copied().unwrap_or(OTHER) {
        LOWER => {}
        UPPER if bytes.get(at + 1) != Some(&b'.') => {}
        SPACE => return Some(at + 1),
        PUNCT => {
            tokens.push(token(text, at, at + 1, TokenKind::Punct));
            return Some(at + 1);
        }
        _ => return None,
    }
    let mut end = ascii_word_end(bytes, at + 1);
    let next = bytes.get(end).copied();
    if next.is_some_and(|n| !n.is_ascii() || matches!(n, b'-' | b'\'' | b'/')) {
        return None;
    }
    // A title abbreviation keeps its period ("Gen.", "Lt.").
    if next == Some(b'.')
        && text
            .get(at..end)
            .is_some_and(|w| ABBREVIATIONS.contains(&w))
    {
        end += 1;
    }
    tokens.push(token(text, at, end, TokenKind::Word));
    // Most words are followed by a space, which makes no token: it is stepped over here rather
    // than read again by the caller.
    if next == Some(b' ') {
        return Some(end + 1);
    }
    Some(end)
}

/// The classes of the bytes that [`ascii_token`] reads first ([`ASCII_CLASSES`]).
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const PUNCT: u8 = 2;
const LOWER: u8 = 3;
const UPPER: u8 = 4;

/// The class of every byte: one table lookup instead of a chain of range tests, for every byte
/// that starts a token or a space.
static ASCII_CLASSES: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut byte: u8 = 0;
    while byte < 0x80 {
        classes[byte as usize] = if byte == b' ' {
            SPACE
        } else if byte.is_ascii_punctuation() && byte != b'\'' {
            PUNCT
        } else if byte.is_ascii_lowercase() {
            LOWER
        } else if byte.is_ascii_uppercase() {
            UPPER
        } else {
            OTHER
        };
        byte += 1;
    }
    classes
};

/// The end of the run of ASCII letters and digits that goes on at byte `at` of `bytes`: the
/// bytes are tested eight at a time ([`crate::lexicon::ascii_word_bytes`]), the rest one by one.
fn ascii_word_end(bytes: &[u8], mut at: usize) -> usize {
    while let Some(block) = bytes.get(at..at + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(block);
        let word = u64::from_le_bytes(word);
        let high = word & crate::lexicon::HIGH_BITS;
        // A byte of a longer character is not an ASCII letter, whatever its low bits say.
        let letters = crate::lexicon::ascii_word_bytes(word & !crate::lexicon::HIGH_BITS) & !high;
        let others = !letters & crate::lexicon::HIGH_BITS;
        if others != 0 {
            return at + (others.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// The end of the word whose first character ends at `end`: letters and digits, a slash between
/// them ("AFC/M23"), and inner hyphens and apostrophes before a letter ("al-Fashir", "O'Brien"),
/// but not a possessive `'s`.
fn word_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let Some(next) = char_at(text, end) else {
            return end;
        };
        if next.is_alphanumeric() {
            end += next.len_utf8();
            continue;
        }
        if next == '/' && char_at(text, end + 1).is_some_and(char::is_alphanumeric) {
            end += 1;
            continue;
        }
        if next != '-' && !APOSTROPHES.contains(&next) {
            return end;
        }
        let after = end + next.len_utf8();
        let Some(letter) = char_at(text, after) else {
            return end;
        };
        let is_possessive = APOSTROPHES.contains(&next)
            && matches!(letter, 's' | 'S')
            && !char_at(text, after + 1).is_some_and(char::is_alphanumeric);
        if !letter.is_alphabetic() || is_possessive {
            return end;
        }
        end = after;
    }
}

/// The character at byte `at` of `text`, if `at` is a character boundary inside it.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

fn token(text: &str, start: usize, end: usize, kind: TokenKind) -> Token<'_> {
    Token {
        start,
        end,
        text: text.get(start..end).unwrap_or(""),
        kind,
    }
}

/// Abbreviations written with a period that does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Gen", "Lt", "Col", "Maj", "Dr", "Mr", "Mrs", "Ms", "Sgt", "Capt", "St", "Jr", "Sr", "Brig",
    "Adm", "Gov", "Sen", "Rep", "Prof",
];

/// The end of a dotted abbreviation of capitals starting at `start` (`U.S.`, `U.N.`), if any.
fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = start;
    let mut letters = 0;
    while bytes.get(at).is_some_and(u8::is_ascii_uppercase) && bytes.get(at + 1) == Some(&b'.') {
        letters += 1;
        at += 2;
    }
    let boundary = bytes.get(at).is_none_or(|b| !b.is_ascii_alphanumeric());
    (letters >= 2 && boundary).then_some(at)
}

/// Whether `text` ends with the lower-case `suffix` in any ASCII case: what
/// `text.to_ascii_lowercase().ends_with(suffix)` says, without copying the text.
pub(crate) fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|at| text.as_bytes().get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// Whether `text` starts with the lower-case `prefix` in any ASCII case: what
/// `text.to_ascii_lowercase().starts_with(prefix)` says, without copying the text.
pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether the lower-case `needle` occurs in `text` in any ASCII case: what
/// `text.to_ascii_lowercase().contains(needle)` says, without copying the text.
pub(crate) fn contains_ignore_case(text: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

/// Whether `needle` occurs in `text`: what `text.contains(needle)` says, without the two-way
/// searcher that `contains` builds on every call, for the short names compared in every
/// sentence (a byte match of valid UTF-8 in valid UTF-8 is a character match).
pub(crate) fn contains_str(text: &str, needle: &str) -> bool {
    let text = text.as_bytes();
    let Some((&first, rest)) = needle.as_bytes().split_first() else {
        return true;
    };
    text.iter().enumerate().any(|(at, &byte)| {
        byte == first
            && text
                .get(at + 1..)
                .is_some_and(|after| after.starts_with(rest))
    })
}

/// The index of the first token that starts at or after byte `at`.
pub(crate) fn token_at(tokens: &[Token<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// The index of the first token that ends after byte `at`: the token holding `at`, or the next.
pub(crate) fn token_ending_after(tokens: &[Token<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}

/// The index of the first of `sorted` (in the order of `key`) whose key is not below `from`:
/// `sorted.partition_point(|item| key(item) < from)`, found by stepping from `next` for the
/// queries of a loop over sentences in text order (each steps over the few items between it and
/// the one before), and by that search for a query before the last one. `next` is moved to the
/// index found (a `next` past the end counts as the end).
pub(crate) fn first_not_before<T>(
    sorted: &[T],
    key: impl Fn(&T) -> usize,
    from: usize,
    next: &mut usize,
) -> usize {
    *next = (*next).min(sorted.len());
    if next
        .checked_sub(1)
        .and_then(|before| sorted.get(before))
        .is_some_and(|before| key(before) >= from)
    {
        *next = sorted.partition_point(|item| key(item) < from);
    }
    while sorted.get(*next).is_some_and(|item| key(item) < from) {
        *next += 1;
    }
    *next
}

/// A set of lowercase words with a fast membership test for tokens, for the long lists that are
/// checked against every word of every sentence (titles, calendar words). The words are filed
/// by length and first letter, so that a token is compared (case-insensitively) with the few
/// words of its bucket only, without a lowercased copy; two bit tests (the bucket, and a print
/// of the token's length and first, second and last bytes) turn away nearly every other token.
pub(crate) struct WordSet {
    /// The words (lower-cased) of each `(length, lowercased first byte)`, at
    /// `length * 256 + byte`.
    buckets: Vec<Vec<Box<[u8]>>>,
    /// One bit per bucket, set where the bucket has a word: most tokens fall in an empty one.
    filled: Box<[u64; (WordSet::LONGEST + 1) * 256 / 64]>,
    /// One bit per [`WordSet::print`] of a word of the set: a token in a filled bucket often
    /// shares it with no word of the set (`the` and `top`), and a second bit test turns it away
    /// before any compare.
    prints: Box<[u64; WordSet::PRINTS / 64]>,
}

impl WordSet {
    /// The longest word a set can hold (longer ones are never matched).
    const LONGEST: usize = 31;

    /// How many prints there are (a power of two).
    const PRINTS: usize = 4096;

    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        let mut buckets = vec![Vec::new(); (WordSet::LONGEST + 1) * 256];
        let mut filled = Box::new([0; (WordSet::LONGEST + 1) * 256 / 64]);
        let mut prints = Box::new([0; WordSet::PRINTS / 64]);
        for word in words {
            let bytes = word.as_bytes();
            let Some(at) = WordSet::bucket(bytes) else {
                continue;
            };
            if let Some(bucket) = buckets.get_mut(at) {
                bucket.push(bytes.to_ascii_lowercase().into_boxed_slice());
                set_bit(filled.as_mut_slice(), at);
                set_bit(prints.as_mut_slice(), WordSet::print(bytes));
            }
        }
        WordSet {
            buckets,
            filled,
            prints,
        }
    }

    /// A hash (below [`WordSet::PRINTS`]) of a word's length and of its first, second and last
    /// bytes with bit 5 set: the same for a token as for the set's word it equals in any ASCII
    /// case (bit 5 lower-cases a letter, and other bytes must be equal anyway).
    #[inline]
    fn print(bytes: &[u8]) -> usize {
        let byte = |at: usize| u32::from(bytes.get(at).map_or(0, |b| b | 0x20));
        let last = bytes.len().wrapping_sub(1);
        let key = u32::try_from(bytes.len()).unwrap_or(u32::MAX)
            ^ byte(0) << 8
            ^ byte(1) << 16
            ^ byte(last) << 24;
        usize::try_from(key.wrapping_mul(0x9E37_79B1) >> 20).unwrap_or(0)
    }

    #[inline]
    fn bucket(bytes: &[u8]) -> Option<usize> {
        let first = bytes.first()?.to_ascii_lowercase();
        (bytes.len() <= WordSet::LONGEST).then(|| bytes.len() * 256 + usize::from(first))
    }

    /// Whether the token, lowercased, is in the set. Inlined: it runs for nearly every token of
    /// every sentence, and most tokens fall in an empty bucket.
    #[inline]
    pub(crate) fn contains(&self, token: &Token<'_>) -> bool {
        self.contains_word(token.text)
    }

    /// Whether the word, lowercased, is in the set.
    #[inline]
    pub(crate) fn contains_word(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(at) = WordSet::bucket(bytes) else {
            return false;
        };
        if !bit(self.filled.as_slice(), at) || !bit(self.prints.as_slice(), WordSet::print(bytes)) {
            return false;
        }
        self.buckets.get(at).is_some_and(|bucket| {
            // The words are lower case: only the token's bytes need lower-casing.
            bucket.iter().any(|word| {
                word.iter()
                    .zip(bytes)
                    .all(|(w, b)| *w == b.to_ascii_lowercase())
            })
        })
    }
}

/// Sets bit `at` of `bits` (if it has one).
fn set_bit(bits: &mut [u64], at: usize) {
    if let Some(word) = bits.get_mut(at / 64) {
        *word |= 1 << (at % 64);
    }
}

/// Whether bit `at` of `bits` is set.
#[inline]
fn bit(bits: &[u64], at: usize) -> bool {
    bits.get(at / 64)
        .is_some_and(|word| word & (1 << (at % 64)) != 0)
}

/// Calendar words that look like names but are never places or speakers, as a set.
pub(crate) static CALENDAR: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| {
    WordSet::new(&[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ])
});

/// Words that end a noun phrase when read backwards or forwards: clause links and verbs of
/// saying are not part of a name.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "that",
    "and",
    "but",
    "while",
    "as",
    "after",
    "before",
    "when",
    "where",
    "which",
    "who",
    "because",
    "since",
    "although",
    "though",
    "if",
    "unless",
    "whereas",
    "however",
    "meanwhile",
];

/// The text of `span` in `body`, empty if it does not fit: what `Article::text` says, inlined
/// here for the calls made for every sentence of every article.
#[inline]
pub(crate) fn span_text(body: &str, span: claimtrack_model::Span) -> &str {
    body.get(span.start..span.end).unwrap_or("")
}

/// The trimmed text between two byte offsets of `text`.
pub(crate) fn slice(text: &str, start: usize, end: usize) -> &str {
    trim(text.get(start..end).unwrap_or(""))
}

/// `text.trim()`, told from two bytes when, as nearly always, the text starts and ends with an
/// ASCII character that is no space (then there is nothing to trim, and no character to decode).
pub(crate) fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// Whether token `at` lies in the remit of a body named by what it deals with: "the
/// commission on prisoners of war, hostages and missing persons", "the headquarters for the
/// treatment of prisoners of war". The search back stops at a token `stop` accepts.
pub(crate) fn in_remit(tokens: &[Token<'_>], at: usize, stop: impl Fn(&Token<'_>) -> bool) -> bool {
    const BODIES: &[&str] = &[
        "commission",
        "committee",
        "headquarters",
        "office",
        "council",
        "centre",
        "center",
        "bureau",
    ];
    (at.saturating_sub(8)..at)
        .rev()
        .filter_map(|k| tokens.get(k).map(|t| (k, t)))
        .take_while(|(_, t)| !stop(t))
        .any(|(k, t)| {
            t.is_any(&["on", "for"])
                && k.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.is_any(BODIES))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_items_from_a_key_as_partitioned() {
        let sorted = [0, 2, 2, 3, 7, 7, 7, 10, 15];
        let mut queries: Vec<usize> = (0..18).collect();
        queries.extend((0..18).rev());
        queries.extend([5, 5, 0, 17, 3, 9, 2, 2, 8, 1]);
        for (sorted, start) in [
            (&sorted[..], 0),
            (&sorted[..1], 0),
            (&[], 0),
            (&sorted[..], 99),
        ] {
            let mut next = start;
            for &from in &queries {
                let found = first_not_before(sorted, |&item| item, from, &mut next);
                assert_eq!(found, sorted.partition_point(|&item| item < from), "{from}");
                assert_eq!(next, found);
            }
        }
    }

    #[test]
    fn substrings_in_any_case_as_in_a_lower_case_copy() {
        let texts = [
            "",
            "e",
            "Exchanged",
            "PRISONER SWAP",
            "swa",
            "re-SwApped",
            "caf\u{e9} EXCHANGE",
        ];
        for text in texts {
            for needle in ["exchange", "swap", "exchang", "e", "\u{e9} e"] {
                assert_eq!(
                    contains_ignore_case(text, needle),
                    text.to_ascii_lowercase().contains(needle),
                    "{text:?} {needle:?}"
                );
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text).collect()
    }

    #[test]
    fn capitals_as_by_characters() {
        let text = "Kyiv al-Fashir el-obeid \u{c9}lodie \u{e9}lan 24th x-\u{c9}t\u{e9} a-B-c a- -B";
        for token in tokenize(text) {
            let mut chars = token.text.chars();
            let expected = token.kind == TokenKind::Word
                && match chars.next() {
                    Some(first) if first.is_uppercase() => true,
                    Some(_) => token
                        .text
                        .split_once('-')
                        .and_then(|(_, rest)| rest.chars().next())
                        .is_some_and(char::is_uppercase),
                    None => false,
                };
            assert_eq!(token.is_capitalised(), expected, "{token:?}");
        }
    }

    #[test]
    fn trim_as_str_trim() {
        for text in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a",
            "a\u{a0}",
            "\u{e9}",
            "a b",
            "\tab\n",
            "(a)",
            "\u{2003}",
            "a\u{2003}b",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn punctuation_found_as_by_contains() {
        let text = "a, b; \u{201c}c\u{201d} - d\u{2019}s. e\u{2014}f";
        for token in tokenize(text) {
            for chars in [",", ";.", "\u{201d}\"", "-\u{2014}", "\u{2019}'", ""] {
                let expected = token.kind == TokenKind::Punct && chars.contains(token.text);
                assert_eq!(token.is_punct(chars), expected, "{token:?} {chars:?}");
            }
        }
    }

    #[test]
    fn splits_names_numbers_and_possessives() {
        assert_eq!(
            words("Ukraine’s Sumy region, al-Fashir and 1,000-for-1,000 O'Brien's 50-day."),
            [
                "Ukraine",
                "’s",
                "Sumy",
                "region",
                ",",
                "al-Fashir",
                "and",
                "1,000",
                "-",
                "for",
                "-",
                "1,000",
                "O'Brien",
                "'s",
                "50",
                "-",
                "day",
                "."
            ]
        );
        let tokens = tokenize("“Naturally,” he said");
        assert_eq!(tokens[0].kind, TokenKind::Punct);
        assert!(tokens[1].is_capitalised());
        assert!(tokenize("al-Fashir")[0].is_capitalised());
        assert!(!tokenize("al-qaeda")[0].is_capitalised());
    }

    #[test]
    fn keeps_abbreviations_whole() {
        assert_eq!(
            words("the U.N. force and Gen. Abdel Fattah al-Burhan of the Prisoners' Club."),
            [
                "the",
                "U.N.",
                "force",
                "and",
                "Gen.",
                "Abdel",
                "Fattah",
                "al-Burhan",
                "of",
                "the",
                "Prisoners'",
                "Club",
                "."
            ]
        );
    }

    /// The character-by-character tokenizer that [`tokenize`] replaced, kept to check that the
    /// byte-offset scan splits every text the same way.
    fn reference_tokenize(text: &str) -> Vec<Token<'_>> {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            if APOSTROPHES.contains(&c) {
                // A possessive: `'s` not followed by a letter.
                if let Some(&(s_at, s)) = chars.peek()
                    && (s == 's' || s == 'S')
                {
                    let after = text.get(s_at + 1..).and_then(|r| r.chars().next());
                    if !after.is_some_and(char::is_alphanumeric) {
                        chars.next();
                        tokens.push(Token {
                            start,
                            end: s_at + 1,
                            text: text.get(start..s_at + 1).unwrap_or(""),
                            kind: TokenKind::Possessive,
                        });
                        continue;
                    }
                }
            }
            if c.is_ascii_digit() {
                let mut end = start + c.len_utf8();
                while let Some(&(at, next)) = chars.peek() {
                    let digit_follows = (next == ',' || next == '.')
                        && text
                            .get(at + 1..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(|d| d.is_ascii_digit());
                    if next.is_ascii_digit() || digit_follows {
                        chars.next();
                        end = at + 1;
                    } else {
                        break;
                    }
                }
                tokens.push(Token {
                    start,
                    end,
                    text: text.get(start..end).unwrap_or(""),
                    kind: TokenKind::Number,
                });
                continue;
            }
            if c.is_uppercase()
                && let Some(end) = dotted_abbreviation(text, start)
            {
                // "U.S.", "U.N.": one word with its periods.
                while chars.peek().is_some_and(|&(at, _)| at < end) {
                    chars.next();
                }
                tokens.push(Token {
                    start,
                    end,
                    text: text.get(start..end).unwrap_or(""),
                    kind: TokenKind::Word,
                });
                continue;
            }
            if c.is_alphanumeric() {
                let mut end = start + c.len_utf8();
                while let Some(&(at, next)) = chars.peek() {
                    if next.is_alphanumeric() {
                        chars.next();
                        end = at + next.len_utf8();
                        continue;
                    }
                    // "AFC/M23": a slash between letters and digits joins a name.
                    if next == '/'
                        && text
                            .get(at + 1..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(char::is_alphanumeric)
                    {
                        chars.next();
                        end = at + 1;
                        continue;
                    }
                    let joins = next == '-' || APOSTROPHES.contains(&next);
                    let following = text.get(at + next.len_utf8()..).and_then(|r| {
                        let mut it = r.chars();
                        Some((it.next()?, it.next()))
                    });
                    let is_possessive = APOSTROPHES.contains(&next)
                        && matches!(following, Some(('s' | 'S', after)) if !after.is_some_and(char::is_alphanumeric));
                    match following {
                        Some((letter, _)) if joins && letter.is_alphabetic() && !is_possessive => {
                            chars.next();
                            end = at + next.len_utf8();
                        }
                        _ => break,
                    }
                }
                // A title abbreviation keeps its period ("Gen.", "Lt."); a plural possessive keeps
                // its apostrophe ("Prisoners' Club").
                let word = text.get(start..end).unwrap_or("");
                let next = text.get(end..).and_then(|r| r.chars().next());
                if next == Some('.') && ABBREVIATIONS.contains(&word) {
                    chars.next();
                    end += 1;
                } else if next.is_some_and(|n| APOSTROPHES.contains(&n))
                    && word.ends_with('s')
                    && word.chars().next().is_some_and(char::is_uppercase)
                    && text
                        .get(end + next.map_or(1, char::len_utf8)..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_whitespace)
                {
                    chars.next();
                    end += next.map_or(1, char::len_utf8);
                }
                tokens.push(Token {
                    start,
                    end,
                    text: text.get(start..end).unwrap_or(""),
                    kind: TokenKind::Word,
                });
                continue;
            }
            let end = start + c.len_utf8();
            tokens.push(Token {
                start,
                end,
                text: text.get(start..end).unwrap_or(""),
                kind: TokenKind::Punct,
            });
        }
        tokens
    }

    #[test]
    fn splits_as_the_reference_tokenizer() {
        let mut texts: Vec<String> = [
            "AFC/M23 rebels took Goma; the U.S.-backed deal (signed 1.5 weeks ago) held.",
            "Prisoners\u{2019} Club said O\u{2019}Brien\u{2019}s men freed 1,200.5 of 2,000, not 3.",
            "\u{201c}We\u{2019}ll see,\u{201d} Lt. Col. al-Fashir told Gen. Smith\u{2019}s aide - 50-day.",
            "Ns\u{2019} s\u{2019}S' 's 'sa x'y x-y x--y -x x- x/ /x 1,a 1.a a1/b2 \u{e9}l\u{e8}ve\u{2019}s",
            "\u{a0}\t\n Caf\u{e9}-Bar A.B.C. U.N U.S I.e. St. Sgt Ms. \u{1f600}x",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        // Every short string over the characters the tokenizer treats specially.
        let alphabet = [
            'a', 'S', 's', '1', ',', '.', '-', '\'', '\u{2019}', '/', ' ', '\u{e9}', 'U',
        ];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in alphabet {
                        texts.push([a, b, c, d].iter().collect());
                    }
                }
            }
        }
        for text in &texts {
            assert_eq!(tokenize(text), reference_tokenize(text), "{text:?}");
        }
    }

    #[test]
    fn ascii_word_ends_as_read_byte_by_byte() {
        let texts = [
            "abcdefghijklmnopqrstuvwxyz0123456789 tail",
            "Dnipropetrovsk\u{2019}s region",
            "abcdefg\u{e9}hijklmnop",
            "ABCDEFGH-IJKLMNOP/QRSTUVWX.yz",
            "a@b[c`d{e:f/g~hijklmnopq",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for at in 0..=bytes.len() {
                let mut end = at;
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                assert_eq!(ascii_word_end(bytes, at), end, "{text:?} at {at}");
            }
        }
    }

    #[test]
    fn word_sets_answer_as_the_word_lists() {
        let lists: [&[&str]; 3] = [
            CLAUSE_WORDS,
            &["monday", "may", "gen.", "top", "a", "us", "Gulf"],
            &[],
        ];
        let mut text = String::from(
            "The top, THE Top tops to; Gen. GEN gen. may MAY Mayor a A an us US U.S. gulf GULF \
             Gulfs \u{e9}mir Emir emirs 1,000 'S s x",
        );
        for list in lists {
            for word in list {
                text.push(' ');
                text.push_str(word);
                text.push(' ');
                text.push_str(&word.to_ascii_uppercase());
                text.push(' ');
                text.push_str(&word[..word.len() - 1]);
            }
        }
        for list in lists {
            let set = WordSet::new(list);
            for token in tokenize(&text) {
                let in_list = token.kind != TokenKind::Punct && token.is_any(list);
                assert_eq!(
                    set.contains(&token),
                    in_list,
                    "{:?} in {list:?}",
                    token.text
                );
            }
        }
    }

    #[test]
    fn sentence_tokens_are_those_of_their_sentence_in_any_order() {
        let texts = [
            "Gen. Smith said the 1st Corps held.",
            "",
            "Ukraine\u{2019}s forces, al-Fashir and U.S. envoys",
            "x",
        ];
        // Little room, so that the vector grows between calls.
        let mut store = SentenceTokens::new(texts.len(), 1);
        for index in [2, 0, 2, 3, 1, 0, 3, 7, 7] {
            let text = texts
                .get(index)
                .copied()
                .unwrap_or("past the last sentence");
            assert_eq!(store.of(index, text), tokenize(text).as_slice(), "{index}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            "’",
            "'s",
            "1,",
            "1.",
            "-a",
            "a-",
            "é’s",
            "\u{0301}x",
            "U.",
            "U.S",
            "A.B.",
            "Gen.",
            "Ns’",
        ] {
            let tokens = tokenize(text);
            for t in tokens {
                assert_eq!(&text[t.start..t.end], t.text);
            }
        }
    }
}
