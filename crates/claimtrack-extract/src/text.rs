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

    pub(crate) fn is(&self, word: &str) -> bool {
        self.kind != TokenKind::Punct && self.text.eq_ignore_ascii_case(word)
    }

    pub(crate) fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    pub(crate) fn is_punct(&self, chars: &str) -> bool {
        self.kind == TokenKind::Punct && chars.contains(self.text)
    }

    /// A word written with a capital (`Varachyne`), or a particle-led name whose next part is
    /// capitalised (`al-Fashir`, `el-Obeid`).
    pub(crate) fn is_capitalised(&self) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        let mut chars = self.text.chars();
        match chars.next() {
            Some(first) if first.is_uppercase() => true,
            Some(_) => self
                .text
                .split_once('-')
                .and_then(|(_, rest)| rest.chars().next())
                .is_some_and(char::is_uppercase),
            None => false,
        }
    }
}

const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];

/// Splits a sentence into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
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

/// The index of the first token that starts at or after byte `at`.
pub(crate) fn token_at(tokens: &[Token<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

/// The index of the first token that ends after byte `at`: the token holding `at`, or the next.
pub(crate) fn token_ending_after(tokens: &[Token<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}

/// A set of lowercase words with a fast membership test for tokens, for the long lists that are
/// checked against every word of every sentence (titles, calendar words).
pub(crate) struct WordSet(std::collections::HashSet<&'static str>);

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> WordSet {
        WordSet(words.iter().copied().collect())
    }

    /// Whether the token, lowercased, is in the set.
    pub(crate) fn contains(&self, token: &Token<'_>) -> bool {
        let bytes = token.text.as_bytes();
        let mut buffer = [0u8; 32];
        let Some(slot) = buffer.get_mut(..bytes.len()) else {
            return false;
        };
        for (out, byte) in slot.iter_mut().zip(bytes) {
            *out = byte.to_ascii_lowercase();
        }
        std::str::from_utf8(slot).is_ok_and(|word| self.0.contains(word))
    }
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

/// The trimmed text between two byte offsets of `text`.
pub(crate) fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("").trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text).collect()
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
