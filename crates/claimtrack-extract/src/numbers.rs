//! Amounts of people as news writes them: `246`, `1,000`, `1.2 million`, `twenty-one`, `two
//! hundred`, `a dozen`, `dozens`, `several hundred`, `thousands`, `tens of thousands`.
//!
//! Qualifiers such as `more than` or `about` are read over: the gold convention keeps the figure
//! (`more than 1,200` is 1200). Amounts given only as an order of magnitude have no count and an
//! [`Approx`] instead.

use std::sync::LazyLock;

use claimtrack_model::Approx;

use crate::text::{Token, TokenKind, WordSet};

/// An amount read from tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Amount {
    pub(crate) count: Option<u64>,
    pub(crate) approx: Option<Approx>,
    /// Index of the first token of the amount (qualifiers included).
    pub(crate) first: usize,
    /// Index one past the last token of the amount (an `of` after `thousands` included).
    pub(crate) next: usize,
}

const QUALIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["up", "to"],
    &["as", "many", "as"],
    &["some"],
    &["about"],
    &["around"],
    &["over"],
    &["nearly"],
    &["almost"],
    &["roughly"],
    &["approximately"],
    &["another"],
    &["a", "further"],
    &["an", "additional"],
    &["all"],
    &["the"],
];

const UNITS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
];

/// The words an amount can start with, hyphenated words aside ([`may_start_amount`]): the first
/// words of the qualifiers, the orders of magnitude, `several`, `many`, `a` and the number words
/// of [`UNITS`] (`one` among them) and [`TENS`].
static FIRST_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = QUALIFIERS
        .iter()
        .filter_map(|q| q.first().copied())
        .collect();
    words.extend([
        "tens",
        "dozens",
        "hundreds",
        "scores",
        "thousands",
        "several",
        "many",
        "a",
    ]);
    words.extend(UNITS.iter().chain(TENS).map(|(word, _)| *word));
    WordSet::new(&words)
});

/// Whether an amount can start at `token` ([`amount_from`] finds none elsewhere): a number, or a
/// word of [`FIRST_WORDS`] or with a hyphen (`twenty-one`). Most tokens before a noun are neither,
/// and are turned away with one set lookup instead of a test of every qualifier and number word.
fn may_start_amount(token: &Token<'_>) -> bool {
    match token.kind {
        TokenKind::Number => true,
        TokenKind::Word => FIRST_WORDS.contains(token) || token.text.bytes().any(|b| b == b'-'),
        TokenKind::Possessive | TokenKind::Punct => false,
    }
}

/// Reads an amount starting at token `at`, or `None` when there is none there.
pub(crate) fn amount_at(tokens: &[Token<'_>], at: usize) -> Option<Amount> {
    if !may_start_amount(tokens.get(at)?) {
        return None;
    }
    amount_from(tokens, at)
}

/// [`amount_at`] without its first test: the qualifiers, then the amount.
fn amount_from(tokens: &[Token<'_>], at: usize) -> Option<Amount> {
    let mut i = at;
    // Qualifiers first; they never make an amount on their own.
    'qualifiers: loop {
        // Every qualifier starts with a word: a number (the common case) or a mark starts none.
        if !tokens.get(i).is_some_and(Token::is_word) {
            break;
        }
        for qualifier in QUALIFIERS {
            let matches = qualifier
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)));
            if matches {
                i += qualifier.len();
                continue 'qualifiers;
            }
        }
        break;
    }
    let (count, approx, next) = core_amount(tokens, i)?;
    Some(Amount {
        count,
        approx,
        first: at,
        next,
    })
}

fn core_amount(tokens: &[Token<'_>], i: usize) -> Option<(Option<u64>, Option<Approx>, usize)> {
    let token = tokens.get(i)?;
    let is_of = |k: usize| tokens.get(k).is_some_and(|t| t.is("of"));
    // Orders of magnitude: "dozens of", "hundreds of", "tens of thousands of".
    let magnitude = |word: &str| {
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        if is("dozens") {
            Some(Approx::Dozens)
        } else if is("hundreds") || is("scores") {
            Some(Approx::Hundreds)
        } else if is("thousands") {
            Some(Approx::Thousands)
        } else {
            None
        }
    };
    if token.is("tens") && is_of(i + 1) && tokens.get(i + 2).is_some_and(|t| t.is("thousands")) {
        let next = if is_of(i + 3) { i + 4 } else { i + 3 };
        return Some((None, Some(Approx::TensOfThousands), next));
    }
    if let Some(approx) = magnitude(token.text) {
        let next = if is_of(i + 1) { i + 2 } else { i + 1 };
        return Some((None, Some(approx), next));
    }
    // "several hundred", "a few thousand": magnitude only.
    if token.is_any(&["several", "many"])
        || (token.is("a") && tokens.get(i + 1).is_some_and(|t| t.is("few")))
    {
        let scale_at = if token.is("a") { i + 2 } else { i + 1 };
        let scale = tokens.get(scale_at)?;
        let approx = if scale.is("hundred") {
            Approx::Hundreds
        } else if scale.is("thousand") {
            Approx::Thousands
        } else if scale.is("dozen") {
            Approx::Dozens
        } else {
            return None;
        };
        let next = if is_of(scale_at + 1) {
            scale_at + 2
        } else {
            scale_at + 1
        };
        return Some((None, Some(approx), next));
    }
    if token.is("a") || token.is("one") {
        if let Some(scale) = tokens.get(i + 1) {
            if scale.is("dozen") {
                let next = if is_of(i + 2) { i + 3 } else { i + 2 };
                return Some((Some(12), None, next));
            }
            if let Some(&(_, value)) = SCALES.iter().find(|(w, _)| scale.is(w)) {
                return Some((Some(value), None, i + 2));
            }
        }
        if token.is("a") {
            return None;
        }
    }
    if token.kind == TokenKind::Number {
        let figure = parse_figure(token.text)?;
        // "1.2 million", "3 thousand".
        if let Some(&(_, scale)) = tokens
            .get(i + 1)
            .and_then(|t| SCALES.iter().find(|(w, _)| t.is(w)))
        {
            let value = (figure * scale as f64).round();
            if value.is_finite() && (0.0..1e15).contains(&value) {
                return Some((Some(value as u64), None, i + 2));
            }
        }
        if figure.fract() != 0.0 || !(0.0..1e15).contains(&figure) {
            return None;
        }
        return Some((Some(figure as u64), None, i + 1));
    }
    word_number(tokens, i).map(|(value, next)| (Some(value), None, next))
}

/// A number written in words: `twenty-one`, `two hundred and six`, `three thousand`.
fn word_number(tokens: &[Token<'_>], mut i: usize) -> Option<(u64, usize)> {
    let mut total = 0u64;
    let mut current = 0u64;
    let mut any = false;
    while let Some(token) = tokens.get(i) {
        if let Some(value) = small_number(token.text) {
            // "two hundred six" continues an exact hundred; "twenty one" is two numbers.
            if !current.is_multiple_of(100) {
                break;
            }
            current += value;
            any = true;
            i += 1;
        } else if let Some(&(_, scale)) = SCALES.iter().find(|(w, _)| token.is(w)) {
            if !any {
                return None;
            }
            if scale == 100 {
                current = current.max(1) * 100;
            } else {
                total += current.max(1) * scale;
                current = 0;
            }
            i += 1;
        } else if token.is("and")
            && any
            && tokens
                .get(i + 1)
                .is_some_and(|t| small_number(t.text).is_some())
        {
            i += 1;
        } else {
            break;
        }
    }
    any.then_some((total + current, i))
}

/// `one` .. `ninety-nine` as one word, in any case (the lists are lowercase, so comparing
/// without case is comparing the lowercased word, without the copy).
fn small_number(word: &str) -> Option<u64> {
    let value_of = |list: &[(&str, u64)], word: &str| {
        list.iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, v)| *v)
    };
    if let Some(v) = value_of(UNITS, word).or_else(|| value_of(TENS, word)) {
        return Some(v);
    }
    let (tens, unit) = word.split_once('-')?;
    let tens = value_of(TENS, tens)?;
    let unit = value_of(UNITS, unit).filter(|v| *v < 10)?;
    Some(tens + unit)
}

/// `1,000` or `2.5` as a number.
fn parse_figure(text: &str) -> Option<f64> {
    if !text.contains(',') {
        return text.parse::<f64>().ok();
    }
    let cleaned: String = text.chars().filter(|c| *c != ',').collect();
    cleaned.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn qualifiers_start_with_words_only() {
        // `amount_at` reads no qualifier at a token that is not a word: each is one.
        for qualifier in QUALIFIERS {
            for word in *qualifier {
                let tokens = tokenize(word);
                assert!(matches!(tokens.as_slice(), [t] if t.is_word()), "{word}");
            }
        }
    }

    fn check(text: &str, count: Option<u64>, approx: Option<Approx>) {
        let tokens = tokenize(text);
        let amount = amount_at(&tokens, 0);
        assert_eq!(
            amount.map(|a| (a.count, a.approx)),
            Some((count, approx)),
            "{text}"
        );
    }

    #[test]
    fn reads_amounts() {
        check("246 prisoners", Some(246), None);
        check("1,000 prisoners", Some(1000), None);
        check("more than 1,200 prisoners", Some(1200), None);
        check("1.2 million people", Some(1_200_000), None);
        check("twenty-one hostages", Some(21), None);
        check("two hundred and six", Some(206), None);
        check("three thousand bodies", Some(3000), None);
        check("a dozen civilians", Some(12), None);
        check("dozens of civilians", None, Some(Approx::Dozens));
        check("thousands of prisoners", None, Some(Approx::Thousands));
        check("several hundred bodies", None, Some(Approx::Hundreds));
        check(
            "tens of thousands of people",
            None,
            Some(Approx::TensOfThousands),
        );
        check("seven", Some(7), None);
    }

    /// [`amount_at`] finds what [`amount_from`] finds at every token of sentences made of the
    /// words that start amounts and their neighbours, in every case, with numbers, hyphenated
    /// words, possessives and punctuation.
    #[test]
    fn amounts_start_where_may_start_amount_says() {
        let mut words: Vec<String> = QUALIFIERS
            .iter()
            .flat_map(|q| q.iter())
            .map(|w| w.to_string())
            .collect();
        words.extend(
            UNITS
                .iter()
                .chain(TENS)
                .chain(SCALES)
                .map(|(w, _)| w.to_string()),
        );
        words.extend(
            [
                "tens",
                "dozens",
                "hundreds",
                "scores",
                "thousands",
                "several",
                "many",
                "few",
                "dozen",
                "of",
                "and",
                "prisoners",
                "twenty-one",
                "forty-two",
                "x-ray",
                "46",
                "1,000",
                "2.5",
                "'s",
                "Israel's",
                ",",
                "-",
                "teN",
                "Ones",
                "thousand-strong",
            ]
            .map(str::to_owned),
        );
        let cased: Vec<String> = words
            .iter()
            .flat_map(|w| {
                let mut capital = w.clone();
                if let Some(first) = capital.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                [w.clone(), w.to_ascii_uppercase(), capital]
            })
            .collect();
        let mut found = 0;
        for a in &cased {
            for b in &words {
                let text = format!("{a} {b} {a} prisoners");
                let tokens = tokenize(&text);
                for at in 0..=tokens.len() {
                    let amount = amount_from(&tokens, at);
                    assert_eq!(amount_at(&tokens, at), amount, "{text} at {at}");
                    found += usize::from(amount.is_some());
                }
            }
        }
        // The sentences hold amounts, so the test reads both answers.
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn rejects_non_amounts() {
        for text in ["a prisoner", "prisoners", "", "the war", "1.5"] {
            let tokens = tokenize(text);
            assert_eq!(amount_at(&tokens, 0), None, "{text}");
        }
    }
}
