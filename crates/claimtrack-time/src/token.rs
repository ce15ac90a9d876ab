//! The tokenizer: words, digit runs and punctuation with their byte spans.
//!
//! Words are classified once against the lexicon ([`crate::lexicon`]) so that the grammar only
//! compares small enums. Digits and letters split even without a space ("24th", "14april", "Q3"),
//! and adjacency is kept through the byte spans, so "50-day" is `50`, `-`, `day` with no gaps.

use crate::lexicon::{self, Lex, Lexicon};

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Token {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    /// Whether the first letter is upper case ("May" the month, not "may" the verb).
    pub(crate) cap: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Word(Lex),
    /// A run of ASCII digits: its value (saturating) and how many digits it has.
    Num {
        value: u64,
        digits: u8,
    },
    /// One punctuation character; typographic quotes and dashes map to their ASCII forms, and a
    /// line break is `\n` (it ends a sentence for the context rules).
    Punct(u8),
}

/// What a byte begins, for the tokenizer's dispatch: one table load instead of a chain of
/// tests at every byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Byte {
    Digit,
    Letter,
    /// A line break: a token of its own.
    Newline,
    /// Any other ASCII white space: skipped.
    Space,
    /// Any other ASCII character: a punctuation token.
    Punct,
    /// The lead or continuation byte of a longer character: a letter unless [`special`] says
    /// otherwise.
    High,
}

/// [`Byte`] of every byte value.
const BYTES: [Byte; 256] = {
    let mut table = [Byte::Punct; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'0'..=b'9' => Byte::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Byte::Letter,
            b'\n' => Byte::Newline,
            b' ' | b'\t' | b'\x0C' | b'\r' => Byte::Space,
            0x80..=0xFF => Byte::High,
            _ => Byte::Punct,
        };
        b += 1;
    }
    table
};

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // Asked for once here, not at every word.
    let lexicon = lexicon::lexicon();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match BYTES[usize::from(b)] {
            Byte::Space => i += 1,
            Byte::Letter => i = word(bytes, i, &mut tokens, lexicon),
            Byte::Digit => {
                let start = i;
                let mut value: u64 = 0;
                while let Some(&d) = bytes.get(i).filter(|d| d.is_ascii_digit()) {
                    value = value.saturating_mul(10).saturating_add(u64::from(d - b'0'));
                    i += 1;
                }
                let digits = u8::try_from(i - start).unwrap_or(u8::MAX);
                tokens.push(Token {
                    start,
                    end: i,
                    kind: Kind::Num { value, digits },
                    cap: false,
                });
            }
            Byte::Newline | Byte::Punct => {
                tokens.push(Token {
                    start: i,
                    end: i + 1,
                    kind: Kind::Punct(b),
                    cap: false,
                });
                i += 1;
            }
            Byte::High => match special(bytes, i) {
                None => i = word(bytes, i, &mut tokens, lexicon),
                // A typographic character that stands for ASCII punctuation or a space.
                Some(p) => {
                    let len = utf8_len(b);
                    if let Some(p) = p {
                        tokens.push(Token {
                            start: i,
                            end: (i + len).min(bytes.len()),
                            kind: Kind::Punct(p),
                            cap: false,
                        });
                    }
                    i += len;
                }
            },
        }
    }
    tokens
}

/// Pushes the word that starts at `start` (a letter, or a longer character that is not
/// [`special`]) and returns where it ends.
fn word(bytes: &[u8], start: usize, tokens: &mut Vec<Token>, lexicon: &Lexicon) -> usize {
    let mut i = start;
    let mut ascii = true;
    loop {
        // Most words are ASCII letters: eight bytes are tested at once, and only the byte
        // that ends the run (or a longer character) is read on its own.
        i += ascii_letters_at(bytes, i);
        let Some(&c) = bytes.get(i) else {
            break;
        };
        match BYTES[usize::from(c)] {
            Byte::Letter => i += 1,
            Byte::High if special(bytes, i).is_none() => {
                ascii = false;
                i += utf8_len(c);
            }
            _ => break,
        }
    }
    let end = i.min(bytes.len());
    let lex = if ascii {
        lexicon.lookup_in(bytes, start, end)
    } else {
        Lex::Other
    };
    tokens.push(Token {
        start,
        end,
        kind: Kind::Word(lex),
        cap: bytes.get(start).is_some_and(u8::is_ascii_uppercase),
    });
    end
}

/// How many of the (up to eight) bytes at `at` of `bytes` are ASCII letters before the first that
/// is not one: what a loop of `is_ascii_alphabetic` would count, with the eight bytes tested at
/// once (a byte below 0x80 plus `0x80 - low` has its high bit set exactly when it is at least
/// `low`, and no byte carries into the next).
fn ascii_letters_at(bytes: &[u8], at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let Some(block) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) else {
        return bytes
            .get(at..)
            .unwrap_or(&[])
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    };
    let word = u64::from_le_bytes(*block);
    let high = word & HIGH;
    // Setting bit 5 lower-cases the letters and moves no other byte into `a..=z`.
    let folded = (word & !HIGH) | (ONES * 0x20);
    let at_least = |low: u64| folded.wrapping_add(ONES * (0x80 - low)) & HIGH;
    let letters = at_least(u64::from(b'a')) & !at_least(u64::from(b'z') + 1) & !high;
    let others = !letters & HIGH;
    if others == 0 {
        8
    } else {
        (others.trailing_zeros() / 8) as usize
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Multi-byte characters that are not letters: `Some(Some(p))` is punctuation `p`, `Some(None)`
/// a space; `None` means a letter (part of a word).
fn special(bytes: &[u8], i: usize) -> Option<Option<u8>> {
    match bytes.get(i..i + 2)? {
        [0xC2, 0xA0] => return Some(None),
        [0xC2, 0xAB | 0xBB] => return Some(Some(b'"')),
        _ => {}
    }
    match bytes.get(i..i + 3)? {
        [0xE2, 0x80, 0x98 | 0x99] => Some(Some(b'\'')),
        [0xE2, 0x80, 0x9C | 0x9D] => Some(Some(b'"')),
        [0xE2, 0x80, 0x90..=0x95] => Some(Some(b'-')),
        [0xE2, 0x80, 0xA6] => Some(Some(b'.')),
        [0xE2, 0x80, 0x80..=0x8F | 0xAF] => Some(None),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_counted_as_by_bytes() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghi",
            "Abc-Def ghIJKLmnopq 24th",
            "caf\u{e9} na\u{ef}ve @[`{ AZaz",
            "x\u{2019}s \u{a0}May 5",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for at in 0..=bytes.len() {
                let expected = bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
                assert_eq!(
                    ascii_letters_at(bytes, at),
                    expected.min(8),
                    "{text:?} {at}"
                );
            }
        }
        // Every byte value, in each place of a block.
        for byte in 0..=u8::MAX {
            for place in 0..8 {
                let mut block = *b"abcdefghij";
                block[place] = byte;
                let expected = block
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count()
                    .min(8);
                assert_eq!(ascii_letters_at(&block, 0), expected, "{byte} at {place}");
            }
        }
    }

    #[test]
    fn the_byte_table_splits_as_the_byte_tests_did() {
        let mut texts: Vec<String> = [
            "",
            "a",
            "7",
            "Abc-Def ghIJKLmnopq 24th, 1,000.5 \t\r\n\u{c}x",
            "caf\u{e9} na\u{ef}ve @[`{ AZaz",
            "x\u{2019}s \u{a0}May 5\u{2014}6 \u{201c}quoted\u{201d} \u{2026}",
            "\u{ab}Ends in a long character\u{bb}",
            "99999999999999999999999 digits",
            "\u{e9}",
            "tail\u{2009}",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for source in [
            "tests/it/fixtures/wire-report.txt",
            "tests/it/cases.rs",
            "tests/it/peer.rs",
        ] {
            texts.push(std::fs::read_to_string(crate_dir.join(source)).unwrap_or_default());
        }
        // Every byte value after and before a word, as UTF-8 allows.
        for c in (0u32..0x250)
            .chain(0x2000..0x2060)
            .filter_map(char::from_u32)
        {
            texts.push(format!("ab{c}cd {c}1 {c}"));
        }
        for text in &texts {
            assert_eq!(tokenize(text), tokenize_by_tests(text), "{text:?}");
        }
    }

    /// The tokenizer as it was before its byte table: the reference the table is pinned to.
    fn tokenize_by_tests(text: &str) -> Vec<Token> {
        let bytes = text.as_bytes();
        let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_digit() {
                let start = i;
                let mut value: u64 = 0;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    value = value
                        .saturating_mul(10)
                        .saturating_add(u64::from(bytes[i] - b'0'));
                    i += 1;
                }
                let digits = u8::try_from(i - start).unwrap_or(u8::MAX);
                tokens.push(Token {
                    start,
                    end: i,
                    kind: Kind::Num { value, digits },
                    cap: false,
                });
            } else if b.is_ascii_alphabetic() || (b >= 0x80 && special(bytes, i).is_none()) {
                let start = i;
                let mut ascii = true;
                while i < bytes.len() {
                    // Most words are ASCII letters: eight bytes are tested at once, and only the
                    // byte that ends the run (or a longer character) is read on its own.
                    i += ascii_letters_at(bytes, i);
                    let Some(&c) = bytes.get(i) else {
                        break;
                    };
                    if c.is_ascii_alphabetic() {
                        i += 1;
                    } else if c >= 0x80 && special(bytes, i).is_none() {
                        ascii = false;
                        i += utf8_len(c);
                    } else {
                        break;
                    }
                }
                let i_end = i.min(bytes.len());
                i = i_end;
                let lex = if ascii {
                    lexicon::lookup(&bytes[start..i_end])
                } else {
                    Lex::Other
                };
                tokens.push(Token {
                    start,
                    end: i_end,
                    kind: Kind::Word(lex),
                    cap: b.is_ascii_uppercase(),
                });
            } else if b == b'\n' {
                tokens.push(Token {
                    start: i,
                    end: i + 1,
                    kind: Kind::Punct(b'\n'),
                    cap: false,
                });
                i += 1;
            } else if b.is_ascii_whitespace() {
                i += 1;
            } else if b < 0x80 {
                tokens.push(Token {
                    start: i,
                    end: i + 1,
                    kind: Kind::Punct(b),
                    cap: false,
                });
                i += 1;
            } else {
                // A typographic character that stands for ASCII punctuation or a space.
                let len = utf8_len(b);
                if let Some(p) = special(bytes, i).flatten() {
                    tokens.push(Token {
                        start: i,
                        end: (i + len).min(bytes.len()),
                        kind: Kind::Punct(p),
                        cap: false,
                    });
                }
                i += len;
            }
        }
        tokens
    }
}
