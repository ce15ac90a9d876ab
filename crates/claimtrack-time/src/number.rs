//! Numbers written as figures ("50", "1,000", "1.5") or words ("fifty", "twenty-one", "one
//! hundred and six", "a dozen", "a couple of").

use crate::lexicon::{Kw, Lex};
use crate::token::{self, Kind, Token};

/// A number at `i`: its value and the index after it. Vague quantities ("a few") are not
/// numbers; the grammar handles them.
pub(crate) fn number(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    if let Some((v, j)) = figure(toks, i) {
        // "5 thousand", "1.2 million".
        if let Some(Kind::Word(Lex::Scale(s))) = toks.get(j).map(|t| t.kind)
            && s >= 1000
        {
            return Some((v * f64::from(s), j + 1));
        }
        return Some((v, j));
    }
    words(toks, i)
}

/// Digits with thousands separators and a decimal part: "1,000", "1.5", "0033".
pub(crate) fn figure(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let Kind::Num { value, .. } = toks.get(i)?.kind else {
        return None;
    };
    #[expect(
        clippy::cast_precision_loss,
        reason = "figures in text are far below 2^52"
    )]
    let mut v = value as f64;
    let mut j = i + 1;
    // Thousands groups: exactly three digits after an adjacent comma.
    while let (Some(comma), Some(group)) = (toks.get(j), toks.get(j + 1)) {
        match (comma.kind, group.kind) {
            (
                Kind::Punct(b','),
                Kind::Num {
                    value: g,
                    digits: 3,
                },
            ) if adjacent(toks, j) && adjacent(toks, j + 1) => {
                #[expect(clippy::cast_precision_loss, reason = "three digits")]
                let g = g as f64;
                v = v * 1000.0 + g;
                j += 2;
            }
            _ => break,
        }
    }
    if let (Some(dot), Some(frac)) = (toks.get(j), toks.get(j + 1))
        && let (Kind::Punct(b'.'), Kind::Num { value: f, digits }) = (dot.kind, frac.kind)
        && adjacent(toks, j)
        && adjacent(toks, j + 1)
        && digits <= 6
        // "10.31.1974" is a date, not a decimal.
        && !toks
            .get(j + 2)
            .is_some_and(|t| t.kind == Kind::Punct(b'.') && adjacent(toks, j + 2)
                && toks.get(j + 3).is_some_and(|n| matches!(n.kind, Kind::Num { .. })))
    {
        #[expect(clippy::cast_precision_loss, reason = "at most six digits")]
        let f = f as f64;
        v += f / 10f64.powi(i32::from(digits));
        j += 2;
    }
    Some((v, j))
}

/// Number words: "fifty", "twenty-one", "one hundred and six", "two thousand", "a dozen",
/// "a couple of".
pub(crate) fn words(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let lex = |j: usize| match toks.get(j).map(|t| t.kind) {
        Some(Kind::Word(l)) => Some(l),
        _ => None,
    };
    match lex(i)? {
        Lex::Kw(Kw::A) => {
            return match lex(i + 1)? {
                Lex::Kw(Kw::Couple) => {
                    let j = if lex(i + 2) == Some(Lex::Kw(Kw::Of)) {
                        i + 3
                    } else {
                        i + 2
                    };
                    Some((2.0, j))
                }
                Lex::Kw(Kw::Dozen) => Some((12.0, i + 2)),
                _ => None,
            };
        }
        Lex::Kw(Kw::Dozen) => return Some((12.0, i + 1)),
        Lex::NumWord(_) | Lex::Scale(_) => {}
        _ => return None,
    }
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut last_end = i;
    let mut any = false;
    loop {
        match lex(j) {
            Some(Lex::NumWord(n)) => {
                let n = u64::from(n);
                // "twenty one" joins, "one two" and "twenty thirty" do not.
                if any && !current.is_multiple_of(100) && (n >= 10 || !current.is_multiple_of(10)) {
                    break;
                }
                current += n;
                any = true;
                j += 1;
                last_end = j;
            }
            Some(Lex::Scale(s)) => {
                let s = u64::from(s);
                if s == 100 {
                    current = current.max(1) * 100;
                } else {
                    total += current.max(1) * s;
                    current = 0;
                }
                any = true;
                j += 1;
                last_end = j;
            }
            Some(Lex::Kw(Kw::And))
                if any
                    && matches!(lex(j + 1), Some(Lex::NumWord(_)))
                    && current.is_multiple_of(100) =>
            {
                j += 1;
            }
            _ if toks.get(j).is_some_and(|t| t.kind == Kind::Punct(b'-'))
                && any
                && adjacent(toks, j)
                && adjacent(toks, j + 1)
                && matches!(lex(j + 1), Some(Lex::NumWord(1..=9))) =>
            {
                j += 1;
            }
            _ => break,
        }
    }
    if !any {
        return None;
    }
    #[expect(
        clippy::cast_precision_loss,
        reason = "number words stay far below 2^52"
    )]
    let v = (total + current) as f64;
    Some((v, last_end))
}

/// Whether token `j` directly follows token `j - 1` with no space.
pub(crate) fn adjacent(toks: &[Token], j: usize) -> bool {
    match (j.checked_sub(1).and_then(|p| toks.get(p)), toks.get(j)) {
        (Some(a), Some(b)) => a.end == b.start,
        _ => false,
    }
}

/// The value of a whole phrase that is a number: "fifty", "1,000", "a dozen", "2 dozens",
/// "thirty-one million two hundred fifty-six thousand seven hundred twenty-one". `None` when
/// the phrase is not exactly a number or is vague ("a few").
pub fn parse_number(phrase: &str) -> Option<f64> {
    let toks = token::tokenize(phrase.trim());
    let kind = |j: usize| toks.get(j).map(|t| t.kind);
    let (sign, mut j) = match kind(0) {
        Some(Kind::Word(Lex::Kw(Kw::Minus))) => (-1.0, 1),
        Some(Kind::Punct(b'-')) if adjacent(&toks, 1) => (-1.0, 1),
        _ => (1.0, 0),
    };
    let mut v;
    // ".0012": a decimal without its leading zero.
    if kind(j) == Some(Kind::Punct(b'.'))
        && let Some(Kind::Num { value, digits }) = kind(j + 1)
    {
        #[expect(clippy::cast_precision_loss, reason = "a handful of digits")]
        let f = value as f64;
        v = f / 10f64.powi(i32::from(digits));
        j += 2;
    } else if let (
        Some(Kind::Num { value: a, .. }),
        Some(Kind::Punct(b'/')),
        Some(Kind::Num { value: b, .. }),
    ) = (kind(j), kind(j + 1), kind(j + 2))
        && b != 0
    {
        // "2/10": a fraction.
        #[expect(clippy::cast_precision_loss, reason = "small fractions")]
        let f = a as f64 / b as f64;
        v = f;
        j += 3;
    } else {
        (v, j) = number(&toks, j)?;
    }
    // "two point two million".
    if matches!(kind(j), Some(Kind::Word(Lex::Kw(Kw::Point)))) {
        let mut scale = 0.1;
        j += 1;
        while let Some(Kind::Word(Lex::NumWord(d @ 0..=9))) = kind(j) {
            v += f64::from(d) * scale;
            scale /= 10.0;
            j += 1;
        }
    }
    match kind(j) {
        // "5 thousand", "two point two million", "30 lakh".
        Some(Kind::Word(Lex::Scale(s))) => {
            v *= f64::from(s);
            j += 1;
        }
        // "100k", "1.2M", ".0012G".
        Some(Kind::Word(_)) if adjacent(&toks, j) => {
            let w = toks
                .get(j)
                .and_then(|t| phrase.trim().get(t.start..t.end))
                .unwrap_or("");
            let m = match w {
                "k" | "K" => 1e3,
                "m" | "M" => 1e6,
                "g" | "G" | "b" | "B" => 1e9,
                _ => 1.0,
            };
            if m > 1.0 {
                v *= m;
                j += 1;
            }
        }
        _ => {}
    }
    // "2 dozens", "two hundred dozens".
    if matches!(kind(j), Some(Kind::Word(Lex::Kw(Kw::Dozen | Kw::Dozens)))) {
        v *= 12.0;
        j += 1;
    }
    // "forty-five (45)", "45 (forty five)": a repetition in brackets.
    if kind(j) == Some(Kind::Punct(b'('))
        && let Some((w, end)) = number(&toks, j + 1)
        && kind(end) == Some(Kind::Punct(b')'))
        && (w - v).abs() < 1e-9
    {
        j = end + 1;
    }
    (j == toks.len()).then_some(sign * v)
}
