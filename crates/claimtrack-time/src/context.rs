//! Which way a report looks in time around an expression.
//!
//! News reports past events, so a bare "Friday" or "May 16" is read backwards unless the words
//! nearest to it in the same sentence look ahead ("will", "would", "scheduled", "deadline",
//! "next"). The nearest cue on the left wins, then the nearest on the right; a regular past
//! participle ("captured", "played") counts as past unless it follows "be", as in "will be
//! resumed".

use crate::grammar::cue;
use crate::lexicon::{Cue, Kw, Lex};
use crate::token::{Kind, Token};

/// How far to look on each side, in tokens.
const LEFT: usize = 14;
const RIGHT: usize = 8;

/// The direction for the expression made of tokens `first..last`.
pub(crate) fn direction(text: &str, toks: &[Token], first: usize, last: usize) -> Cue {
    // A deadline noun ("ultimatum on Monday") looks ahead unless a verb says otherwise ("gave
    // an ultimatum on Monday"), so it is only the fallback of each side.
    let mut noun = None;
    // "as early as Monday", "as soon as next week": a possibility ahead.
    let word = |back: usize| {
        first
            .checked_sub(back)
            .and_then(|i| toks.get(i))
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    if word(1).eq_ignore_ascii_case("as")
        && (word(2).eq_ignore_ascii_case("early") || word(2).eq_ignore_ascii_case("soon"))
        && word(3).eq_ignore_ascii_case("as")
    {
        return Cue::Future;
    }
    // "this Thanksgiving", "this Ramadan": the one at hand or ahead (a "this" that belongs to
    // the expression, as in "this Friday", is inside it and not seen here).
    if word(1).eq_ignore_ascii_case("this") {
        return Cue::Future;
    }
    let left = (1..=LEFT).map_while(|back| first.checked_sub(back));
    for i in left {
        match classify(text, toks, i) {
            Step::Stop => break,
            Step::Cue(c) => return c,
            Step::Noun(c) => noun = noun.or(Some(c)),
            Step::Go => {}
        }
    }
    if let Some(c) = noun {
        return c;
    }
    for i in last..toks.len().min(last + RIGHT) {
        match classify(text, toks, i) {
            Step::Stop => break,
            Step::Cue(c) => return c,
            Step::Noun(c) => noun = noun.or(Some(c)),
            Step::Go => {}
        }
    }
    noun.unwrap_or(Cue::Past)
}

enum Step {
    Stop,
    Cue(Cue),
    Noun(Cue),
    Go,
}

fn classify(text: &str, toks: &[Token], i: usize) -> Step {
    let Some(tok) = toks.get(i) else {
        return Step::Stop;
    };
    match tok.kind {
        Kind::Punct(b'.' | b'!' | b'?' | b';' | b'\n') => Step::Stop,
        Kind::Word(lex) => {
            if matches!(lex, Lex::Kw(Kw::Deadline | Kw::Ultimatum)) {
                return Step::Noun(Cue::Future);
            }
            if let Some(c) = cue(lex) {
                if c == Cue::Past && after_be(text, toks, i) {
                    return Step::Go;
                }
                return Step::Cue(c);
            }
            if lex == Lex::Other {
                let word = text.get(tok.start..tok.end).unwrap_or("");
                if past_participle(word) && !after_be(text, toks, i) {
                    return Step::Cue(Cue::Past);
                }
            }
            Step::Go
        }
        _ => Step::Go,
    }
}

/// "be resumed", "been held": a passive, which says nothing about the tense.
fn after_be(text: &str, toks: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| toks.get(p))
        .and_then(|t| text.get(t.start..t.end))
        .is_some_and(|w| {
            w.eq_ignore_ascii_case("be")
                || w.eq_ignore_ascii_case("been")
                || w.eq_ignore_ascii_case("being")
        })
}

fn past_participle(word: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "need", "needed", "indeed", "speed", "united", "hundred", "based", "armed", "alleged",
        "limited", "related", "detailed", "supposed", "advanced", "proceed", "exceed", "succeed",
        "breed", "greed", "embed", "red", "bed", "shed", "fled",
    ];
    word.len() >= 5
        && word.is_ascii()
        && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && word.ends_with("ed")
        && !NOT_VERBS.contains(&word)
}
