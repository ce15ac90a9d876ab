//! The grammar's first-token index: which kinds of token each rule can begin with.
//!
//! Most tokens of a text begin no expression, and most that do ("the", a number, a weekday)
//! begin only a few of the grammar's rules. Each rule declares a [`Starts`] next to its
//! definition; before a rule runs at a token, [`Lead::admits`] compares the token's class (and,
//! after "the", the next token's class) with it, so that rules which cannot match there cost a
//! few instructions instead of a walk through their conditions. A rule that begins with a number
//! can also say which classes the token after the number may have ([`Starts::after_number`]):
//! most numbers in news count things ("186 prisoners"), and the date and duration rules need a
//! suffix, a month, a unit or punctuation there. A declaration may be wider than
//! the rule (that only costs time) but never narrower (that would lose matches): the grammar's
//! tests run every indexed rule at every token of the test texts with and without the index.

use crate::lexicon::{Kw, Lex};
use crate::token::Kind;

/// A set of token classes: one bit per kind of number, punctuation or word, and one per
/// keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Classes(u128);

/// Where the keywords' bits start: below it, one bit per class of [`Lex`] and [`Kind`].
const KW_BASE: u32 = 16;

// The keyword bits must fit: a new keyword that does not fit fails the build here.
const _: () = assert!(KW_BASE + Kw::SeasonWord as u32 <= 127);

impl Classes {
    pub(crate) const NONE: Classes = Classes(0);
    pub(crate) const ALL: Classes = Classes(u128::MAX);
    /// A run of digits.
    pub(crate) const NUM: Classes = Classes(1 << 0);
    /// An apostrophe, as in "'90s" and "'74".
    pub(crate) const APOS: Classes = Classes(1 << 1);
    /// Any other punctuation.
    pub(crate) const PUNCT: Classes = Classes(1 << 2);
    /// A word the lexicon does not know ("right", "q", "noon", "same").
    pub(crate) const OTHER: Classes = Classes(1 << 3);
    pub(crate) const CUE: Classes = Classes(1 << 4);
    pub(crate) const SUFFIX: Classes = Classes(1 << 5);
    pub(crate) const MONTH: Classes = Classes(1 << 6);
    pub(crate) const WEEKDAY: Classes = Classes(1 << 7);
    pub(crate) const WEEKDAYS: Classes = Classes(1 << 8);
    pub(crate) const UNIT: Classes = Classes(1 << 9);
    pub(crate) const NUM_WORD: Classes = Classes(1 << 10);
    pub(crate) const SCALE: Classes = Classes(1 << 11);
    pub(crate) const ORD: Classes = Classes(1 << 12);
    pub(crate) const DECADE: Classes = Classes(1 << 13);
    pub(crate) const SEASON: Classes = Classes(1 << 14);
    pub(crate) const HOLIDAY: Classes = Classes(1 << 15);

    /// A day of the month ("24", "24th", "first", "twenty-first"): what `day_num` and
    /// `ordinal` begin with.
    pub(crate) const DAY_NUM: Classes = Classes::NUM.or(Classes::ORD).or(Classes::NUM_WORD);
    /// A number in figures or words, "a dozen", "a couple": what `number::number` begins with.
    pub(crate) const NUMBER: Classes = Classes::NUM
        .or(Classes::NUM_WORD)
        .or(Classes::SCALE)
        .or(Classes::kws(&[Kw::A, Kw::Dozen]));
    /// What `simple_duration` (and so `duration`) begins with: a number, "a", "an", "half".
    pub(crate) const DURATION: Classes = Classes::NUMBER.or(Classes::kws(&[Kw::An, Kw::Half]));
    /// What `vague_quantity` begins with: "a few", "several", "dozens of", "many".
    pub(crate) const VAGUE_QUANTITY: Classes =
        Classes::kws(&[Kw::A, Kw::Few, Kw::Several, Kw::Dozens, Kw::Many]);
    /// What `rel_word` accepts: "last", "this", "next" and their kin.
    pub(crate) const REL_WORD: Classes = Classes::kws(&[
        Kw::Last,
        Kw::Past,
        Kw::Previous,
        Kw::This,
        Kw::Current,
        Kw::Next,
        Kw::Coming,
        Kw::Upcoming,
        Kw::Following,
    ]);

    /// The class of one keyword.
    pub(crate) const fn kw(kw: Kw) -> Classes {
        Classes(1 << (KW_BASE + kw as u32))
    }

    /// The classes of several keywords.
    pub(crate) const fn kws(kws: &[Kw]) -> Classes {
        let mut set = Classes::NONE;
        let mut n = 0;
        while n < kws.len() {
            set = set.or(Classes::kw(kws[n]));
            n += 1;
        }
        set
    }

    pub(crate) const fn or(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    const fn meets(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    /// The class of a token; past the end of the text, none.
    pub(crate) fn of(kind: Option<Kind>) -> Classes {
        let Some(kind) = kind else {
            return Classes::NONE;
        };
        match kind {
            Kind::Num { .. } => Classes::NUM,
            Kind::Punct(b'\'') => Classes::APOS,
            Kind::Punct(_) => Classes::PUNCT,
            Kind::Word(lex) => match lex {
                Lex::Other => Classes::OTHER,
                Lex::Cue(_) => Classes::CUE,
                Lex::Suffix => Classes::SUFFIX,
                Lex::Month(..) => Classes::MONTH,
                Lex::Weekday(..) => Classes::WEEKDAY,
                Lex::Weekdays(_) => Classes::WEEKDAYS,
                Lex::Unit(..) => Classes::UNIT,
                Lex::NumWord(_) => Classes::NUM_WORD,
                Lex::Scale(_) => Classes::SCALE,
                Lex::Ord(_) => Classes::ORD,
                Lex::Decade(_) => Classes::DECADE,
                Lex::Season(_) => Classes::SEASON,
                Lex::Holiday(_) => Classes::HOLIDAY,
                Lex::Kw(kw) => Classes::kw(kw),
            },
        }
    }
}

/// What a rule can begin with: a token of a class in `at` (when that token is a number, followed
/// by a token of a class in `after_num`), or "the" followed by a token of a class in
/// `after_the`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Starts {
    at: Classes,
    after_the: Classes,
    after_num: Classes,
}

impl Starts {
    /// A rule that begins with a token of `at`.
    pub(crate) const fn at(at: Classes) -> Starts {
        Starts {
            at,
            after_the: Classes::NONE,
            after_num: Classes::ALL,
        }
    }

    /// A rule that begins with a token of `first`, with or without "the" before it.
    pub(crate) const fn the_optional(first: Classes) -> Starts {
        Starts {
            at: first,
            after_the: first,
            after_num: Classes::ALL,
        }
    }

    /// Also "the" followed by a token of `next`.
    pub(crate) const fn or_the(self, next: Classes) -> Starts {
        Starts {
            at: self.at,
            after_the: self.after_the.or(next),
            after_num: self.after_num,
        }
    }

    /// Where the rule begins with a number (a run of digits), only one followed by a token of a
    /// class in `next`; it still begins with any other token of `at` whatever follows. It
    /// replaces what [`Starts::or`] gathered, so it comes last in a declaration; `next` must not
    /// be empty.
    pub(crate) const fn after_number(self, next: Classes) -> Starts {
        Starts {
            at: self.at,
            after_the: self.after_the,
            after_num: next,
        }
    }

    /// The rules of either.
    pub(crate) const fn or(self, other: Starts) -> Starts {
        Starts {
            at: self.at.or(other.at),
            after_the: self.after_the.or(other.after_the),
            after_num: self.after_num.or(other.after_num),
        }
    }
}

/// The classes at one position of the text, for [`Lead::admits`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lead {
    /// The class of the token itself.
    at: Classes,
    /// When the token is "the", the class of the token after it; otherwise none.
    after_the: Classes,
    /// When the token is a number with a token after it, that token's class; otherwise all
    /// classes, which every rule admits.
    after_num: Classes,
}

impl Lead {
    /// A position that admits every rule: the grammar without its index.
    pub(crate) const ANY: Lead = Lead {
        at: Classes::ALL,
        after_the: Classes::ALL,
        after_num: Classes::ALL,
    };

    /// The lead of a token of `kind` followed by a token of `next`.
    pub(crate) fn new(kind: Option<Kind>, next: Option<Kind>) -> Lead {
        let at = Classes::of(kind);
        let after_the = if at == Classes::kw(Kw::The) {
            Classes::of(next)
        } else {
            Classes::NONE
        };
        // A number at the end of the text has nothing after it to rule a rule out.
        let after_num = if at == Classes::NUM && next.is_some() {
            Classes::of(next)
        } else {
            Classes::ALL
        };
        Lead {
            at,
            after_the,
            after_num,
        }
    }

    /// Whether a rule that begins as `starts` says can begin here.
    pub(crate) fn admits(self, starts: Starts) -> bool {
        (self.at.meets(starts.at) && self.after_num.meets(starts.after_num))
            || self.after_the.meets(starts.after_the)
    }
}
