//! Deadlines and ultimatums: someone sets a time limit for someone else.
//!
//! A sentence holds a deadline when `claimtrack-time` finds a time limit in it (`within 50 days`,
//! `by Sunday`, `until August 8`, `a 48-hour ultimatum`), or an amount of time that someone
//! gives (`give Moscow 10 or 12 days`), and a deadline cue says someone set it (`unless`, `or
//! face`, `ultimatum`, `gave`, `must`, `threatened` ... in `deadline.tsv`). Then:
//! - issuer: the subject of `gave`/`set`/`issued`, the owner of `X's ultimatum`, else the
//!   speaker's actor (`he threatened` is Trump, so the United States);
//! - targets: who is given the time (`gave Russia`, `gave the Afghan Taliban government`,
//!   `Mexico has until`), who is ordered (`ordering the United Nations to`), who must act
//!   (`Israel must`, `unless Israel lifted`), who the threat is against (`sanctions on Russia`);
//! - demand: after `unless`, `must`, `should` or `to` (after the time limit), without the limit;
//! - consequence: after `or face`, `or he would`, the object of `threatened`, or what `would`
//!   happen before `unless`;
//! - issued: the sentence's own date (`last week` is that week), else the publication day;
//! - due: the duration added to the issue interval, or the date itself read forward from the
//!   issue day.

use claimtrack_model::{ClaimDetail, Deadline, Interval};
use claimtrack_time::{DeadlineMarker, ExprType, Options, Prefer, TimeExpr};

use std::sync::LazyLock;

use chrono::Datelike;

use super::{Context, FORCE_WORDS, Found, GROUP_NOUNS, Traces};
use crate::actors::{actor_of_phrase, mention_at, mentions};
use crate::attribution::glued_to_number;
use crate::lexicon::{DEADLINE, DEADLINE_ROLES, DeadlineWord, PrintSet, Words, flag};
use crate::text::{
    Token, TokenKind, contains_ignore_case, ends_with_ignore_case, starts_with_ignore_case,
    token_at,
};

/// Verbs whose subject sets the limit and whose object receives it.
const GIVE_VERBS: &[&str] = &[
    "gave", "give", "given", "giving", "gives", "set", "sets", "issued", "issues",
];

/// The verbs of a limit without a cue word (`X has until Friday to`, see [`has_time_to`]).
const HOLD_VERBS: &[&str] = &["has", "had", "have"];

/// The prints of [`HOLD_VERBS`], to tell from a sentence's word starts whether it has one.
static HOLD_PRINTS: LazyLock<PrintSet> = LazyLock::new(|| PrintSet::new(HOLD_VERBS));

/// The time words of a limit without a cue word, one of which [`has_time_to`] needs after the
/// verb of [`HOLD_VERBS`] (with a `to`).
const HOLD_TIME_WORDS: &[&str] = &[
    "until", "till", "days", "hours", "weeks", "months", "day", "week",
];

/// The prints of [`HOLD_TIME_WORDS`] and of `to`, to tell from a sentence's word starts whether
/// it has them.
static HOLD_TIME_PRINTS: LazyLock<PrintSet> = LazyLock::new(|| PrintSet::new(HOLD_TIME_WORDS));
static TO_PRINTS: LazyLock<PrintSet> = LazyLock::new(|| PrintSet::new(&["to", "before"]));
/// `has until April 29`: a limit right after the verb, which needs no `to` ([`has_time_to`]).
static UNTIL_PRINTS: LazyLock<PrintSet> = LazyLock::new(|| PrintSet::new(&["until", "till"]));

/// Modal words whose subject must meet the demand.
const MUST_WORDS: &[&str] = &["must", "should"];

/// Where the demand starts when token `i` says what someone must do: `must` and `should` (the
/// next token), `has to`, `have to`, in reported speech `had to` (the token after `to`), and
/// `was required to`.
fn demand_after_must(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let token = tokens.get(i)?;
    if token.is_any(MUST_WORDS) {
        return Some(i + 1);
    }
    if token.is_any(&["has", "have", "had"]) && tokens.get(i + 1).is_some_and(|t| t.is("to")) {
        return Some(i + 2);
    }
    // "Hamas was required to return ...": the subject of the passive must meet the demand.
    (token.is_any(&["is", "was", "are", "were"])
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.is_any(&["required", "obliged"]))
        && tokens.get(i + 2).is_some_and(|t| t.is("to")))
    .then_some(i + 3)
}

/// Words that end a demand or consequence phrase.
const PHRASE_STOPS: &[&str] = &[
    "unless",
    "or",
    "otherwise",
    "if",
    "before",
    "after",
    "while",
    "but",
];

/// Whether [`find`] may find anything in a sentence (`text`, with its word starts `words`),
/// told before the sentence's tokens are made: nothing is found in a question, or without a cue
/// word or, for [`has_time_to`], a verb of [`HOLD_VERBS`], a `to` and a word of
/// [`HOLD_TIME_WORDS`]. Most sentences that the prefilter lets through for a deadline have only a
/// free time word (`days`, `until`) and none of those, and most with such a verb (`had
/// captured`) lack the other two.
///
/// A word token starts at a word start with that word's print, or is a word glued to a number
/// (`5has`): those are the only word tokens without a word start of their own, and a sentence
/// with one may hold any word.
pub(crate) fn may_find(text: &str, words: Words<'_>) -> bool {
    if text.trim_end().ends_with('?') {
        return false;
    }
    let bytes = text.as_bytes();
    let (starts, base) = words.as_kept();
    // Whether the sentence may hold a word token of `prints`. The digit bit of a start says
    // whether its first byte is a digit ([`flag::DIGIT`]).
    let may_hold = |prints: &PrintSet| {
        starts.iter().any(|start| {
            prints.contains(start.print)
                || (start.lists & flag::DIGIT != 0
                    && glued_to_number(bytes, start.at.saturating_sub(base)))
        })
    };
    // Most sentences have no verb of [`HOLD_VERBS`], and are read once for it.
    (may_hold(&HOLD_PRINTS)
        && may_hold(&HOLD_TIME_PRINTS)
        && (may_hold(&TO_PRINTS) || may_hold(&UNTIL_PRINTS)))
        || DEADLINE.first_from(text, words).is_some()
}

/// Finds the deadline claim of a sentence (at most one: the first time limit).
pub(crate) fn find(ctx: &Context<'_>) -> Vec<Found> {
    if ctx.text.trim_end().ends_with('?') {
        return Vec::new();
    }
    // "who asked not to be named": no request of anyone; "without giving details": no time
    // given.
    let cue = DEADLINE
        .find_from(ctx.text, ctx.starts)
        .find(|hit| {
            let not_asked = ctx.slice(hit.start, hit.end).eq_ignore_ascii_case("asked")
                && ctx
                    .text
                    .get(hit.end..)
                    .is_some_and(|rest| starts_with_ignore_case(rest.trim_start(), "not "));
            let without = ctx
                .text
                .get(..hit.start)
                .is_some_and(|before| ends_with_ignore_case(before.trim_end(), " without"));
            !not_asked && !without
        })
        .map(|hit| (hit.start, hit.end))
        .or_else(|| has_time_to(ctx));
    let Some(cue) = cue else {
        return Vec::new();
    };
    let times = ctx.auto_times();
    let Some((index, mut limit)) = times
        .iter()
        .enumerate()
        .find_map(|(i, e)| limit_of(ctx, e).map(|l| (i, l)))
        .or_else(|| vague_limit(ctx).map(|l| (times.len(), l)))
    else {
        return Vec::new();
    };
    // "until 6 p.m. Washington time on Sunday", "by Thanksgiving next Thursday": a time of day
    // or a holiday, then the day itself, make one limit.
    if let Some(next) = times.get(index + 1)
        && limit.duration.is_none()
        && next.interval.is_some()
        && next.start >= limit.end
        && next.start - limit.end <= 24
        && ctx.text.get(limit.end..next.start).is_some_and(|between| {
            // "until Thanksgiving, November 27,": the day named again in apposition.
            !between.contains([',', ';', '.', '(', ')'])
                || between.trim().is_empty()
                || between.trim() == ","
        })
    {
        limit.end = next.end;
        limit.text = ctx.slice(limit.start, next.end).to_owned();
        limit.interval = next.interval;
        limit.day_text = Some(next.text.clone());
    }
    let limit = &limit;
    if own_goal(ctx) {
        return Vec::new();
    }
    // "ordered schools to remain closed until November 9": how long a state lasts, not a
    // limit anyone must meet.
    let limit_token = token_at(ctx.tokens, limit.start);
    let lasting = starts_with_ignore_case(&limit.text, "until")
        && (limit_token.saturating_sub(4)..limit_token)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| t.is_any(&["remain", "remains", "remained", "stay", "stays", "stayed"]));
    if lasting {
        return Vec::new();
    }
    let mut traces = Traces::new(ctx);
    traces.add("expression", "deadline.time_limit", &limit.text);
    traces.add("cue", "deadline.cue", ctx.slice(cue.0, cue.1));
    let issuer = issuer(ctx, &mut traces);
    let targets = targets(ctx, issuer, limit, &mut traces);
    // A limit that no actor sets and no actor must meet (a company, a central bank) is not a
    // claim this product tracks.
    // An armed group that only a place names ("the leader of Haiti's gang coalition") does set
    // limits worth tracking, even when neither side has a canonical name.
    // An office of a state that the article does not name ("the interior ministry", "the
    // governor of the North-West region") still sets a limit worth tracking.
    if issuer.is_none() && targets.is_empty() {
        let subject = subject_words(ctx.text);
        let state_office = || {
            let gives = ctx.tokens.iter().any(|t| {
                t.is_any(GIVE_VERBS)
                    || t.is_any(&["ordered", "told", "instructed", "directed", "demanded"])
            });
            // "the Prime Minister's Office": an office's possessive names one too.
            gives
                && subject.split_whitespace().any(|w| {
                    let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                    STATE_OFFICES.iter().any(|o| o.eq_ignore_ascii_case(w))
                })
        };
        // "gave Afghan shopkeepers 15 days": people of a side are given the limit, though the
        // side is not its target.
        let people_of_a_side = || {
            ctx.mentions()
                .iter()
                .any(|m| m.kind == crate::lexicon::ActorKind::Demonym)
        };
        if !group_of_place(&subject)
            && !state_office()
            && !armed_subject(ctx)
            && !people_of_a_side()
        {
            return Vec::new();
        }
    }
    let demand = demand(ctx, limit, &mut traces);
    // "her government would send a proposal within days": a vague limit with no demand and no
    // one to meet it is what the speaker means to do, not a deadline set for anyone.
    // Also "they would retake the town \"within days\"": a vague limit no one is set.
    let limit_at = token_at(ctx.tokens, limit.start);
    let own_plan = (limit_at.saturating_sub(10)..limit_at).any(|k| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["they", "we", "he", "she", "it", "i"]))
            && ctx
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.is_any(&["would", "will"]))
    });
    // "has vowed to recover all territory by the end of the year": a goal a side sets itself,
    // dated or not.
    let pledge = (limit_at.saturating_sub(12)..limit_at).any(|k| {
        ctx.tokens.get(k).is_some_and(|t| {
            t.is_any(&[
                "vowed", "vows", "pledged", "pledges", "promised", "promises",
            ])
        }) && ctx.tokens.get(k + 1).is_some_and(|t| t.is("to"))
    });
    if pledge && demand.is_none() && targets.is_empty() {
        return Vec::new();
    }
    if (demand.is_none() || issuer.is_none() || own_plan)
        && targets.is_empty()
        && limit.duration.is_none()
        && limit.interval.is_none()
    {
        return Vec::new();
    }
    // "return to the lines set by the 1974 disengagement agreement": a year long gone is no
    // limit anyone must meet.
    if let (Some(interval), Some(published)) = (limit.interval, ctx.published)
        && interval.end.year() + 1 < published.year()
    {
        return Vec::new();
    }
    let consequence = consequence(ctx, limit, &mut traces);
    let issued = issued(ctx, limit, &mut traces);
    let due = due(ctx, limit, issued.as_ref(), &mut traces);
    let detail = Deadline {
        issuer: issuer.map(str::to_owned),
        targets: targets.into_iter().map(str::to_owned).collect(),
        demand,
        consequence,
        expression: limit.text.clone(),
        issued,
        due,
    };
    vec![Found {
        detail: ClaimDetail::Deadline(detail),
        key: limit.text.clone(),
        traces: traces.0,
        speaker_actor: None,
    }]
}

/// Offices of a state whose limits are claims even when the sentence names no state.
const STATE_OFFICES: &[&str] = &[
    "ministry",
    "government",
    "army",
    "military",
    "governor",
    "president",
    "presidency",
    "police",
    "authorities",
    "council",
    "junta",
    "administration",
    "minister",
    "cabinet",
    "office",
];

/// A time limit: where it is written and what it resolves to.
#[derive(Debug, Clone)]
struct Limit {
    start: usize,
    end: usize,
    text: String,
    duration: Option<claimtrack_time::DurationValue>,
    interval: Option<claimtrack_time::DateRange>,
    /// The words that name the day, when the limit adds a time of day before them.
    day_text: Option<String>,
}

/// Words before a day that make it the day a limit runs out ("expires on Thursday", "passed on
/// Friday"); the preposition belongs to the limit.
const LIMIT_ENDS: &[&str] = &[
    "expires on",
    "expire on",
    "expired on",
    "passed on",
    "lapsed on",
    "ran out on",
];

/// Words that may stand between a limit word and the day it names: a time of day ("until 3am
/// on Sunday", "by noon local time on Friday").
const TIME_OF_DAY_WORDS: &[&str] = &[
    "on",
    "at",
    "the",
    "of",
    "am",
    "pm",
    "a.m",
    "p.m",
    "midnight",
    "noon",
    "morning",
    "evening",
    "night",
    "afternoon",
    "dawn",
    "dusk",
    "end",
    "close",
    "local",
    "time",
    "latest",
    "o'clock",
    "hrs",
    "hours",
    "this",
    "next",
    "coming",
    "gmt",
    "utc",
];

/// Words that make the date after them a time limit when the tagger did not mark it.
const LIMIT_WORDS: &[&str] = &["until", "by", "before", "till"];

/// Whether the limit that starts at token `first` tells how long something took: "and the
/// flights resumed within days", "the town fell within a week", right after a verb in the past
/// in a clause that asks nothing ("unless a deal was reached within 50 days" does: a passive,
/// under "unless").
fn took_so_long(ctx: &Context<'_>, first: usize) -> bool {
    let Some(verb) = first.checked_sub(1).and_then(|k| ctx.tokens.get(k)) else {
        return false;
    };
    let past = verb.is_past_form()
        || verb.is_any(&["fell", "took", "came", "began", "went", "grew", "rose"]);
    let helped = first
        .checked_sub(2)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| {
            t.is_any(&[
                "was", "were", "be", "been", "being", "is", "are", "to", "would", "will", "must",
                "should", "had", "has", "have",
            ])
        });
    if !past || helped {
        return false;
    }
    // The clause of the verb: from the last ";" or ", and"/", but" before it.
    let clause_start = (0..first.saturating_sub(1))
        .rev()
        .find(|&k| {
            ctx.tokens.get(k).is_some_and(|t| {
                t.is_punct(";")
                    || t.is_punct(",")
                        && ctx
                            .tokens
                            .get(k + 1)
                            .is_some_and(|n| n.is_any(&["and", "but", "while"]))
            })
        })
        .map_or(0, |k| k + 1);
    let asks = (clause_start..first).any(|k| {
        ctx.tokens.get(k).is_some_and(|t| {
            t.is_any(&[
                "unless",
                "if",
                "must",
                "to",
                "demanded",
                "demands",
                "ordered",
                "told",
                "gave",
                "given",
                "ultimatum",
                "deadline",
                "until",
            ])
        })
    });
    !asks
}

/// The time limit a time expression sets, if it is one.
fn limit_of(ctx: &Context<'_>, expr: &TimeExpr) -> Option<Limit> {
    let limit = Limit {
        start: expr.start,
        end: expr.end,
        text: expr.text.clone(),
        duration: expr.duration,
        interval: expr.interval,
        day_text: None,
    };
    let first = token_at(ctx.tokens, expr.start);
    // "a 48-hour ultimatum": the article belongs to the expression.
    let with_article = |mut limit: Limit| {
        if let Some(prev) = first.checked_sub(1).and_then(|p| ctx.tokens.get(p))
            && prev.is_any(&["a", "an"])
        {
            limit.start = prev.start;
            limit.text = ctx.slice(prev.start, limit.end).to_owned();
        }
        limit
    };
    // "no more than two weeks": the tagger reads "more than"; the "no" makes it an upper bound.
    let with_no = |mut limit: Limit| {
        if limit.text.to_ascii_lowercase().starts_with("more than")
            && let Some(prev) = first.checked_sub(1).and_then(|p| ctx.tokens.get(p))
            && prev.is("no")
        {
            limit.start = prev.start;
            limit.text = ctx.slice(prev.start, limit.end).to_owned();
        }
        limit
    };
    let mut limit = with_no(limit);
    if expr.deadline.is_some() && took_so_long(ctx, first) {
        return None;
    }
    // "a day after the attack", "two weeks earlier": a span that dates something, no limit.
    let dating = expr.duration.is_some()
        && ctx
            .tokens
            .get(token_at(ctx.tokens, expr.end))
            .is_some_and(|n| n.is_any(&["after", "ago", "later", "earlier"]));
    if dating {
        return None;
    }
    // "before the autumn rains turn the fields to mud": a season that names something else.
    let season_of_a_noun = ["spring", "summer", "autumn", "fall", "winter"]
        .iter()
        .any(|season| ends_with_ignore_case(&expr.text, season))
        && ctx
            .tokens
            .get(token_at(ctx.tokens, expr.end))
            .is_some_and(|n| {
                n.is_word()
                    && !n.is_capitalised()
                    && !n.is_any(&[
                        "and", "or", "to", "in", "on", "at", "of", "when", "if", "unless",
                        "before", "after", "as", "the", "so", "but",
                    ])
            });
    if season_of_a_noun {
        return None;
    }
    if expr.deadline.is_some() {
        if matches!(expr.deadline, Some(DeadlineMarker::In)) && expr.duration.is_none() {
            return None;
        }
        return Some(with_article(limit));
    }
    // "until 3am on Sunday" tagged as "Sunday": take the limit word in.
    // Only words of a time of day may come between ("until 6 p.m. Washington time on Sunday";
    // not "resupplied by air drop on Sept. 8").
    if expr.ty != ExprType::Duration && expr.interval.is_some() {
        // At most one capitalised word, a place's time ("Washington time"): not "the junta
        // led by General Abdourahamane Tiani on Tuesday".
        let marker = (first.saturating_sub(10)..first).rev().find(|&k| {
            ctx.tokens.get(k).is_some_and(|t| t.is_any(LIMIT_WORDS))
                && ctx.tokens.get(k + 1..first).is_some_and(|between| {
                    between.iter().all(|t| {
                        (t.kind != TokenKind::Punct || t.is_punct(".:"))
                            && (t.kind != TokenKind::Word
                                || t.is_capitalised()
                                || t.is_any(TIME_OF_DAY_WORDS)
                                || crate::text::CALENDAR.contains(t))
                    }) && between
                        .iter()
                        .filter(|t| {
                            t.kind == TokenKind::Word
                                && t.is_capitalised()
                                && !crate::text::CALENDAR.contains(t)
                        })
                        .count()
                        <= 1
                })
        });
        if let Some(k) = marker
            && let Some(t) = ctx.tokens.get(k)
        {
            limit.start = t.start;
            limit.text = ctx.slice(t.start, expr.end).to_owned();
            return Some(limit);
        }
        // "until his inauguration on January 20": an event of one or two words, then the day it
        // falls on.
        let event_limit = ctx
            .tokens
            .get(first.saturating_sub(1))
            .filter(|t| first >= 4 && t.is("on"))
            .and_then(|_| {
                (4..=5).find_map(|back| {
                    let limit_word = first.checked_sub(back)?;
                    let t = ctx.tokens.get(limit_word)?;
                    let event = ctx.tokens.get(limit_word + 2..first - 1)?;
                    (t.is_any(&["until", "by", "before"])
                        && ctx
                            .tokens
                            .get(limit_word + 1)
                            .is_some_and(|d| d.is_any(&["his", "her", "their", "its", "the"]))
                        && event.iter().all(|w| w.is_word() && !w.is_capitalised()))
                    .then_some(t)
                })
            });
        if let Some(t) = event_limit {
            limit.start = t.start;
            limit.text = ctx.slice(t.start, expr.end).to_owned();
            return Some(limit);
        }
        // "no later than the end of the year": the tagger leaves the words of the limit out.
        let no_later_than = first >= 3
            && ctx.tokens.get(first - 1).is_some_and(|t| t.is("than"))
            && ctx.tokens.get(first - 2).is_some_and(|t| t.is("later"))
            && ctx.tokens.get(first - 3).is_some_and(|t| t.is("no"));
        if no_later_than && let Some(t) = ctx.tokens.get(first - 3) {
            limit.start = t.start;
            limit.text = ctx.slice(t.start, expr.end).to_owned();
            return Some(limit);
        }
        // "extended the deadline to April 29": the new limit, with its preposition.
        // Also "extended the deadline for Hanoi by 30 days, to March 30".
        let extended = (first.saturating_sub(16)..first.saturating_sub(1)).any(|k| {
            ctx.tokens.get(k).is_some_and(|t| {
                t.is_any(&[
                    "extended",
                    "extends",
                    "extending",
                    "extend",
                    "pushed",
                    "postponed",
                    "moved",
                    "delayed",
                ])
            }) && ctx.tokens.get(k + 1..first).is_some_and(|between| {
                between
                    .iter()
                    .any(|t| t.is_any(&["deadline", "deadlines", "ultimatum"]))
            })
        });
        // "extended to July 9 the deadline for the EU to ...": the deadline named after.
        let named_after = ctx
            .tokens
            .get(token_at(ctx.tokens, expr.end)..)
            .is_some_and(|rest| {
                rest.iter()
                    .take(3)
                    .any(|t| t.is_any(&["deadline", "deadlines", "ultimatum"]))
            });
        let extended = extended
            || named_after
                && (first.saturating_sub(3)..first).any(|k| {
                    ctx.tokens.get(k).is_some_and(|t| {
                        t.is_any(&["extended", "extends", "pushed", "postponed", "moved"])
                    })
                });
        let deadline_moved = first >= 2
            && ctx.tokens.get(first - 1).is_some_and(|t| t.is("to"))
            && (extended
                || ctx
                    .tokens
                    .get(first - 2)
                    .is_some_and(|t| t.is_any(&["deadline", "deadlines", "ultimatum"])));
        if deadline_moved && let Some(t) = ctx.tokens.get(first - 1) {
            limit.start = t.start;
            limit.text = ctx.slice(t.start, expr.end).to_owned();
            return Some(limit);
        }
        let before = ctx
            .text
            .get(..expr.start)
            .unwrap_or("")
            .trim_end()
            .to_ascii_lowercase();
        let ends_a_limit = |text: &str| LIMIT_ENDS.iter().any(|w| text.ends_with(w));
        let named = |text: &str| {
            ["deadline of", "deadline for", "deadline on", "deadline,"]
                .iter()
                .any(|w| text.ends_with(w))
                || ends_a_limit(text)
        };
        let mut named_deadline = named(&before);
        // "expires on Thursday": the preposition belongs to the limit.
        if named_deadline
            && ends_a_limit(&before)
            && let Some(t) = first.checked_sub(1).and_then(|p| ctx.tokens.get(p))
        {
            limit.start = t.start;
            limit.text = ctx.slice(t.start, expr.end).to_owned();
        }
        // "a deadline of midnight on Sunday": a time of day before the day, in the limit.
        if !named_deadline {
            let day_of = before.strip_suffix(" on").unwrap_or(&before);
            for word in ["midnight", "noon", "midday", "dawn"] {
                if let Some(head) = day_of.strip_suffix(word)
                    && named(head.trim_end())
                {
                    let start = head.trim_end().len();
                    if let Some(t) = ctx.tokens.get(token_at(ctx.tokens, start)) {
                        limit.start = t.start;
                        limit.text = ctx.slice(t.start, expr.end).to_owned();
                        named_deadline = true;
                    }
                    break;
                }
            }
        }
        // "a Sunday deadline", "a May 12 ultimatum".
        let after = ctx
            .text
            .get(expr.end..)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        // "Friday is the deadline for Hamas to respond", "set October 1 as the deadline".
        let deadline_after = [
            "deadline",
            "ultimatum",
            "is the deadline",
            "was the deadline",
            "as the deadline",
            "as a deadline",
            "as the final deadline",
            "as a final deadline",
            "as the new deadline",
            "as the final date",
            "as the last date",
            "as the cut-off",
            "as the cutoff",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        // "would take effect on August 1 unless India reached a deal": a date that something
        // follows unless the demand is met.
        let unless_after = ctx.text.get(expr.end..).is_some_and(|rest| {
            let clause = rest.split([';', '.']).next().unwrap_or("");
            contains_ignore_case(clause, " unless ")
        }) && [
            "effect on",
            "effect from",
            "in on",
            "start on",
            "begin on",
            "from",
            "starting",
            "beginning",
            "as of",
            "effective",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        return (named_deadline || deadline_after || unless_after).then_some(limit);
    }
    expr.duration?;
    // "give Moscow 10 or 12 days", "Hamas had about three or four days to respond".
    // "gave the Special Deterrence Force, known as Radaa, 72 hours": past an appositive.
    let reach_back = match first
        .checked_sub(1)
        .and_then(|p| ctx.tokens.get(p))
        .filter(|p| p.is_punct(","))
    {
        Some(_) => (first.saturating_sub(8)..first - 1)
            .rev()
            .find(|&k| ctx.tokens.get(k).is_some_and(|t| t.is_punct(",")))
            .unwrap_or(first),
        None => first,
    };
    let given = (reach_back.saturating_sub(5)..first)
        .any(|k| ctx.tokens.get(k).is_some_and(|t| t.is_any(GIVE_VERBS)));
    // "had 72 hours to leave", "three days to respond"; not "350,000 acre-feet a year to the
    // United States", where the duration is a rate and "to" leads to a place.
    let infinitive = |r: &str| {
        r.trim_start_matches(['"', '\u{201d}', ' '])
            .strip_prefix("to ")
            .and_then(|r| r.split_whitespace().next())
            .is_some_and(|verb| {
                verb.starts_with(char::is_lowercase)
                    && !["the", "a", "an", "its", "his", "their", "all"].contains(&verb)
            })
    };
    // "had \"two weeks, not a day more\" to free": past the rest of a quote.
    let had_to = ctx.text.get(expr.end..).is_some_and(|r| {
        infinitive(r)
            || r.find(['"', '\u{201d}'])
                .filter(|&close| close <= 40 && !r[..close].contains('.'))
                .and_then(|close| r.get(close + 1..))
                .is_some_and(infinitive)
    });
    if !(given || had_to) {
        return None;
    }
    // "a two-week window", "a 10-day grace period": the noun belongs to the limit.
    let rest = ctx.text.get(limit.end..).unwrap_or("");
    let noun = [
        " window",
        " grace period",
        " period",
        " ultimatum",
        " deadline",
        " notice",
    ]
    .into_iter()
    .find(|n| {
        starts_with_ignore_case(rest, n)
            && !rest
                .get(n.len()..)
                .is_some_and(|r| r.starts_with(char::is_alphanumeric))
    });
    match noun {
        Some(noun) => {
            let mut limit = limit;
            limit.end += noun.len();
            limit.text = ctx.slice(limit.start, limit.end).to_owned();
            Some(with_article(limit))
        }
        None => Some(limit),
    }
}

/// `gave the council a few weeks to`, `within several days`: a limit the tagger gives no
/// length; it is a deadline all the same, with no due date.
fn vague_limit(ctx: &Context<'_>) -> Option<Limit> {
    let tokens = ctx.tokens;
    (0..tokens.len()).find_map(|k| {
        let (quantity, unit) =
            if tokens.get(k)?.is("a") && tokens.get(k + 1)?.is_any(&["few", "couple"]) {
                let unit = if tokens.get(k + 2)?.is("of") {
                    k + 3
                } else {
                    k + 2
                };
                (k, unit)
            } else if tokens.get(k)?.is_any(&["several", "some"]) {
                (k, k + 1)
            } else {
                return None;
            };
        let unit_token = tokens.get(unit)?;
        if !unit_token.is_any(&["days", "weeks", "months", "hours"]) {
            return None;
        }
        let within = quantity
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .filter(|t| t.is_any(&["within", "in"]));
        let given = (quantity.saturating_sub(6)..quantity).any(|p| {
            tokens
                .get(p)
                .is_some_and(|t| t.is_any(GIVE_VERBS) || t.is_any(&["has", "had", "have"]))
        }) && tokens.get(unit + 1).is_some_and(|t| t.is("to"));
        if within.is_none() && !given {
            return None;
        }
        let first = within.or_else(|| tokens.get(quantity))?;
        let start = first.start;
        Some(Limit {
            start,
            end: unit_token.end,
            text: ctx.slice(start, unit_token.end).to_owned(),
            duration: None,
            interval: None,
            day_text: None,
        })
    })
}

/// `X has until Friday to`, `X had three days to`: a limit without a cue word.
fn has_time_to(ctx: &Context<'_>) -> Option<(usize, usize)> {
    let tokens = ctx.tokens;
    tokens.iter().enumerate().find_map(|(i, t)| {
        if !t.is_any(HOLD_VERBS) {
            return None;
        }
        // "a soldier it had held for four months to a mission": a perfect tense, no limit.
        let next = tokens.get(i + 1)?;
        if next.text.ends_with("ed")
            || next.is_any(&[
                "held", "been", "taken", "seen", "kept", "spent", "lost", "won", "begun", "done",
                "made", "had", "given", "sent", "fought",
            ])
        {
            return None;
        }
        // "has until Friday to ...", "has until October 18 before sanctions snap back", "had
        // until Saturday, when the first phase ends, to agree": past a clause on the time.
        // Longer past a quote: "had \"two weeks, not a day more\" to free".
        let reach = if tokens.get(i + 1).is_some_and(|t| t.is_punct("\"\u{201c}")) {
            12
        } else {
            8
        };
        let mut rest: Vec<&Token<'_>> = Vec::with_capacity(reach);
        let mut k = i + 1;
        while rest.len() < reach && k < tokens.len() {
            k = past_time_clause(tokens, k);
            rest.extend(tokens.get(k));
            k += 1;
        }
        // "will have until April 29": a limit named right after the verb needs no "to".
        let to_later = rest.iter().any(|r| r.is_any(&["to", "before"]))
            || rest.first().is_some_and(|r| r.is_any(&["until", "till"]));
        let time_word = rest.iter().any(|r| r.is_any(HOLD_TIME_WORDS));
        (to_later && time_word).then_some((t.start, t.end))
    })
}

/// Past `, when the first phase ends,` at `k`: a clause that says what happens at a time, up
/// to its closing comma (at most twelve words on); `k` itself when there is none.
fn past_time_clause(tokens: &[Token<'_>], k: usize) -> usize {
    let opens = tokens.get(k).is_some_and(|t| t.is_punct(","))
        && tokens
            .get(k + 1)
            .is_some_and(|t| t.is_any(&["when", "which"]));
    if !opens {
        return k;
    }
    (k + 2..(k + 14).min(tokens.len()))
        .find(|&j| tokens.get(j).is_some_and(|t| t.is_punct(",")))
        .map_or(k, |close| close + 1)
}

/// Whom a speaker tells things: "told reporters that" reports; "told Hamas that" may demand.
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "conference",
    "briefing",
    "press",
    "media",
    "television",
    "tv",
    "radio",
    "broadcaster",
    "newspaper",
    "lawmakers",
    "parliament",
    "audience",
    "supporters",
    "crowd",
];

/// Whether the limit is one a side sets itself ("has set itself the goal of ... by the end of
/// the year") or its own forces ("ordered the military to widen the zone before the spring"):
/// a plan, not a deadline for anyone else, unless the order hangs on what another side does
/// ("instructed the military to respond if Hamas did not return the bodies by Friday").
fn own_goal(ctx: &Context<'_>) -> bool {
    let tokens = ctx.tokens;
    tokens.iter().enumerate().any(|(k, t)| {
        let reflexive = t.is_any(GIVE_VERBS)
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["itself", "themselves", "himself", "herself"]));
        let own_forces = t.is_any(&["ordered", "instructed", "directed", "told"])
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["the", "his", "its", "their", "her"]))
            && tokens.get(k + 2).is_some_and(|n| {
                n.is_any(&[
                    "military",
                    "army",
                    "troops",
                    "forces",
                    "commanders",
                    "generals",
                    "navy",
                    "police",
                ])
            });
        // "The enemy wants to reach Zaporizhzhia before the spring thaw": its own aim.
        let own_aim = t.is_any(&["wants", "want", "aims", "aim", "plans", "hopes", "intends"])
            && tokens.get(k + 1).is_some_and(|n| n.is("to"));
        reflexive || own_forces || own_aim
    }) && !tokens.iter().any(|t| t.is_any(&["if", "unless"]))
}

/// Whether a limit is the end of a period ("by the end of the year"): its last day.
fn end_of(text: &str) -> bool {
    contains_ignore_case(text, "end of") || contains_ignore_case(text, "end-of")
}

/// Who set the deadline.
fn issuer(ctx: &Context<'_>, traces: &mut Traces) -> Option<&'static str> {
    // "X's ultimatum", "a US deadline".
    for hit in DEADLINE.find_from(ctx.text, ctx.starts) {
        let word = ctx.slice(hit.start, hit.end);
        if !(word.eq_ignore_ascii_case("ultimatum") || word.eq_ignore_ascii_case("deadline")) {
            continue;
        }
        let before = ctx.text.get(..hit.start).unwrap_or("");
        let window_start = before.char_indices().rev().nth(24).map_or(0, |(i, _)| i);
        let window = before.get(window_start..).unwrap_or("");
        // "had given the SDF a new deadline": the side given it is the target, not its owner.
        let given_to = |m: &crate::actors::Mention| {
            let head = window.get(..m.start).unwrap_or("").trim_end();
            let head = head.strip_suffix("the").unwrap_or(head).trim_end();
            GIVE_VERBS.iter().any(|verb| {
                head.rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(verb))
            })
        };
        if let Some(m) = mentions(window).into_iter().last()
            && !given_to(&m)
            && window.get(m.end..).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with("'s")
                    || rest.starts_with("\u{2019}s")
                    || rest.split_whitespace().count() <= 2
            })
        {
            traces.add(
                "issuer",
                "deadline.owner_of_ultimatum",
                window.get(m.start..m.end).unwrap_or(""),
            );
            return Some(m.actor);
        }
    }
    // "The ultimatum ... was issued by the RSF", "a deadline set by Washington".
    for (i, w) in ctx.tokens.windows(2).enumerate() {
        if !(w[0].is_any(&["issued", "set", "given", "imposed", "announced"]) && w[1].is("by")) {
            continue;
        }
        let name = match ctx.tokens.get(i + 2) {
            Some(t) if t.is("the") => ctx.tokens.get(i + 3),
            other => other,
        };
        if let Some(m) = name.and_then(|t| mention_at(ctx.text, t.start)) {
            traces.add("issuer", "deadline.set_by", ctx.slice(m.start, m.end));
            return Some(m.actor);
        }
    }
    // The subject of "gave", "set", "issued", and of a request or order with a limit ("said
    // Pakistan had asked the Taliban to ... within 30 days").
    for (i, token) in ctx.tokens.iter().enumerate() {
        if !token.is_any(GIVE_VERBS)
            && !token.is_any(&["asked", "ordered", "told", "instructed", "directed"])
        {
            continue;
        }
        // "Iran has been given until October": the subject receives the limit.
        let passive = i
            .checked_sub(1)
            .and_then(|p| ctx.tokens.get(p))
            .is_some_and(|p| p.is_any(&["was", "were", "been", "being", "is", "are"]));
        // "A Turkish official told reporters that the PKK had been given three months": a verb
        // of asking that reports a clause sets no limit itself.
        let reports = !token.is_any(GIVE_VERBS)
            && ctx
                .tokens
                .iter()
                .skip(i + 1)
                .take(8)
                .take_while(|t| !t.is("to"))
                .any(|t| t.is("that"));
        if passive || reports {
            continue;
        }
        let mut k = i;
        while k > 0
            && ctx.tokens.get(k - 1).is_some_and(|t| {
                t.is_any(&[
                    "on", "last", "this", "has", "had", "have", "also", "earlier", "week", "would",
                    "will",
                ]) || crate::text::CALENDAR.contains(t)
                    || t.kind == TokenKind::Number
            })
        {
            k -= 1;
        }
        let Some(last) = k.checked_sub(1) else {
            continue;
        };
        let Some(end_token) = ctx.tokens.get(last) else {
            continue;
        };
        // "India declared an official persona non grata and gave him 24 hours": a verb joined
        // by "and" has the sentence's subject.
        if end_token.is("and") {
            if let Some((actor, subject)) = sentence_subject_actor(ctx.text, 4) {
                traces.add("issuer", "deadline.subject_of_joined_give", &subject);
                return Some(actor);
            }
            continue;
        }
        if end_token.is_any(&["he", "she", "it", "they", "we"]) {
            if let Some(actor) = ctx.said.actor {
                traces.add("issuer", "deadline.pronoun_subject", end_token.text);
                return Some(actor);
            }
            continue;
        }
        // "The Estado Mayor de Bloques y Frente (EMBF), a FARC dissident group, has given": the
        // subject is before what describes it.
        if let Some(open) = ctx.appositive_before(last, 12, &["a", "an"])
            && let Some(before) = open.checked_sub(1).and_then(|k| ctx.tokens.get(k))
        {
            let from = (open.saturating_sub(12)..open)
                .rev()
                .find(|&k| {
                    ctx.tokens
                        .get(k)
                        .is_some_and(|t| t.kind == TokenKind::Punct && !t.is_punct("()-'\u{2019}"))
                })
                .map_or(open.saturating_sub(12), |k| k + 1);
            if let Some(first) = ctx.tokens.get(from)
                && first.start < before.end
                && let Some(actor) = actor_of_phrase(ctx.slice(first.start, before.end))
            {
                traces.add(
                    "issuer",
                    "deadline.subject_before_appositive",
                    ctx.slice(first.start, before.end),
                );
                return Some(actor);
            }
        }
        let start_token = ctx
            .tokens
            .get(last.saturating_sub(8))
            .map_or(0, |t| t.start);
        let window = ctx.text.get(start_token..end_token.end).unwrap_or("");
        let clause_start = window.rfind([',', ';', '\u{201d}']).map_or(0, |i| i + 1);
        let clause = window.get(clause_start..).unwrap_or("");
        if group_of_place(clause) {
            // The group itself, when its name is known.
            if let Some(m) = mentions(clause)
                .into_iter()
                .find(|m| m.kind == crate::lexicon::ActorKind::Group)
            {
                traces.add("issuer", "deadline.group_subject_of_give", clause.trim());
                return Some(m.actor);
            }
            continue;
        }
        if let Some(actor) = actor_of_phrase(clause) {
            traces.add("issuer", "deadline.subject_of_give", clause.trim());
            return Some(actor);
        }
        if let Some(actor) = side_described(ctx, clause) {
            traces.add("issuer", "deadline.side_described", clause.trim());
            return Some(actor);
        }
    }
    // "Hamas set the truce to end on Friday, Egyptian officials said": a closing third party
    // reports the limit; a named subject sets it.
    let closing = ctx.said.rule == "attribution.closing_clause" && !holds_time(ctx);
    if closing && let Some((actor, subject)) = sentence_subject_actor(ctx.text, 6) {
        traces.add("issuer", "deadline.subject_before_closing_clause", &subject);
        return Some(actor);
    }
    // "Ukrainian officials were told": the subject is the target, the issuer unnamed, even where
    // someone reports it ("an Israeli official said Hamas had been given 24 hours").
    let passive = ctx.tokens.windows(2).any(|w| {
        w[0].is_any(&["were", "was", "been"]) && w[1].is_any(&["told", "given", "ordered", "asked"])
    });
    if passive {
        return None;
    }
    if let Some(actor) = ctx.said.actor {
        traces.add(
            "issuer",
            "deadline.speaker",
            ctx.said.speaker.as_deref().unwrap_or(""),
        );
        return Some(actor);
    }
    // "Hamas must return ...", "Hamas was required to return ...": the subject is bound to meet
    // the limit, not the side that sets it.
    let bound = (0..ctx.tokens.len().min(8)).any(|i| demand_after_must(ctx.tokens, i).is_some());
    if bound {
        return None;
    }
    // "Trump threatened ...": a named subject in the reporter's voice.
    let first_clause = subject_clause(ctx.text);
    // "Mexico has until April 1 to ...": the subject holds the time, so it is the target.
    if holds_time(ctx) {
        return None;
    }
    // "The deadline for Hamas to hand over the bodies passed": the side named in the limit's
    // own subject must meet it.
    let limit_subject = first_clause.split_whitespace().take(5).any(|w| {
        ["deadline", "ultimatum"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
    });
    if limit_subject {
        return None;
    }
    // The subject ends at the verb that gives the time: "The bloc gave Malian leaders".
    let subject = first_clause
        .split_whitespace()
        .take(6)
        .take_while(|w| !GIVE_VERBS.contains(w) && !SUBJECT_ENDS.contains(w))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(actor) = actor_of_phrase(&subject) {
        traces.add("issuer", "deadline.sentence_subject", &subject);
        return Some(actor);
    }
    // "The rebels would walk away from the deal unless ...": the side of the article the
    // subject describes.
    let actor = side_described(ctx, &subject);
    if actor.is_some() {
        traces.add("issuer", "deadline.subject_describes_side", &subject);
    }
    actor
}

/// The side of the article that a subject naming no actor describes: "the group", "the
/// jihadists" (its main armed group); "the regime", "the transitional government", "Governor
/// Dauda Lawal", "Defense Secretary X" (the state that group fights: an office of a state that
/// the sentence does not name, in an article of a state against an armed group).
fn side_described(ctx: &Context<'_>, clause: &str) -> Option<&'static str> {
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let after_the = |nouns: &[&str]| {
        words
            .windows(2)
            .any(|w| w[0] == "the" && nouns.contains(&w[1].as_str()))
            || words
                .windows(3)
                .any(|w| w[0] == "the" && nouns.contains(&w[2].as_str()))
    };
    if after_the(GROUP_NOUNS) {
        return ctx.article.main_group;
    }
    // "the army gave": the state's army ("Sudan's army" is the Sudanese Armed Forces).
    if words.iter().any(|w| w == "army" || w == "military") {
        return ctx.article.state_army;
    }
    let office = words
        .iter()
        .any(|w| STATE_OFFICES.contains(&w.as_str()) || w == "regime" || w == "secretary");
    if office {
        return ctx.article.state;
    }
    None
}

/// Verbs that end the subject of a sentence that sets a limit ("Pakistan wants the Taliban to
/// ...": the Taliban are its object).
const SUBJECT_ENDS: &[&str] = &[
    "wants",
    "want",
    "demanded",
    "demands",
    "ordered",
    "orders",
    "told",
    "tells",
    "urged",
    "urges",
    "called",
    "calls",
    "warned",
    "warns",
    "threatened",
    "threatens",
    "said",
    "says",
];

/// `Mexico has until April 1 to ...`: the subject of the first clause holds the time, so it is
/// the target, not the issuer.
fn holds_time(ctx: &Context<'_>) -> bool {
    let first_clause = ctx.text.split([',', ';']).next().unwrap_or("");
    ctx.tokens.windows(2).any(|w| {
        w[0].is_any(&["has", "had", "have"])
            && (w[1].is_any(&["until", "till", "only", "just", "about", "less", "no"])
                || w[1].kind == TokenKind::Number)
            && w[0].end <= first_clause.len()
    })
}

/// The clause of the sentence's subject: its first, or its second after an opening time or
/// linking phrase ("On Monday, the interior ministry gave ...", "Separately, ...").
fn subject_clause(text: &str) -> &str {
    // "On April 23, a day after the attack, New Delhi ...": past each short opening phrase of
    // time or manner.
    let opener = |clause: &str| {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let first = words.first().copied().unwrap_or("");
        let timed = [
            "On",
            "Late",
            "Early",
            "Earlier",
            "Later",
            "Last",
            "This",
            "Separately",
            "Meanwhile",
            "However",
            "Also",
        ]
        .contains(&first);
        // "a day after the attack", "two weeks before the vote".
        let span = words
            .iter()
            .take(4)
            .any(|w| ["after", "before", "ago"].contains(w));
        words.len() <= 5 && timed
            || words.len() <= 6 && span && first.chars().all(char::is_lowercase)
    };
    let mut clauses = text.split([',', ';']);
    let mut clause = clauses.next().unwrap_or("");
    for _ in 0..2 {
        if !opener(clause) {
            break;
        }
        match clauses.next() {
            Some(next) => clause = next,
            None => break,
        }
    }
    clause
}

/// The actor the first `words` words of the sentence's subject name, with those words.
fn sentence_subject_actor(text: &str, words: usize) -> Option<(&'static str, String)> {
    let subject = subject_words(text)
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    actor_of_phrase(&subject).map(|actor| (actor, subject))
}

/// The words of the first clause before its give verb: the subject that sets the limit.
fn subject_words(text: &str) -> String {
    subject_clause(text)
        .split_whitespace()
        .take_while(|w| !GIVE_VERBS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the subject of the sentence's give verb is an armed group the article does not name
/// ("the gang of the bandit leader Ado Aleru had given farmers until Saturday"): its limits
/// are worth tracking though neither side has a canonical name. Generic nouns (`the group`, `the
/// movement`) may be anyone's and do not count.
fn armed_subject(ctx: &Context<'_>) -> bool {
    // "the gangs ... warned residents of Hinche to leave within 72 hours".
    let Some(verb) = ctx
        .tokens
        .iter()
        .position(|t| t.is_any(GIVE_VERBS) || t.is_any(&["warned", "ordered", "told"]))
    else {
        return false;
    };
    let before = ctx.tokens.get(..verb).unwrap_or_default();
    let clause_start = before
        .iter()
        .rposition(|t| t.kind == TokenKind::Punct || t.is("that"))
        .map_or(0, |k| k + 1);
    // "The gangs said they had seized X, ..., and warned": a verb joined by "and" to the
    // sentence's first has its subject.
    let subject = match before.get(clause_start) {
        Some(and) if and.is("and") && verb == clause_start + 1 => before.get(..3),
        _ => before.get(clause_start..),
    };
    subject.unwrap_or_default().iter().any(|t| {
        t.is_any(GROUP_NOUNS) && !t.is_any(&["group", "movement", "faction"]) || t.is("gunmen")
    })
}

/// `the leader of Haiti's Viv Ansanm gang coalition`: a place that only qualifies an armed
/// group (or its leader) does not set the limit; the group does.
fn group_of_place(clause: &str) -> bool {
    const GROUP_NOUNS: &[&str] = &[
        "coalition",
        "gang",
        "gangs",
        "alliance",
        "militia",
        "militias",
        "rebels",
        "insurgents",
    ];
    let Some(at) = clause.find("'s ").or_else(|| clause.find("\u{2019}s ")) else {
        return false;
    };
    clause.get(at..).unwrap_or("").split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        GROUP_NOUNS.contains(&w.as_str())
    })
}

/// Who must meet the deadline.
fn targets(
    ctx: &Context<'_>,
    issuer: Option<&'static str>,
    limit: &Limit,
    traces: &mut Traces,
) -> Vec<&'static str> {
    let tokens = ctx.tokens;
    let mut out: Vec<&'static str> = Vec::new();
    let mut push = |actor: &'static str, rule: &str, words: &str, traces: &mut Traces| {
        if Some(actor) != issuer && !out.contains(&actor) {
            traces.add("targets", rule, words);
            out.push(actor);
        }
    };
    let actor_at = |k: usize| -> Option<(&'static str, &str)> {
        let t = tokens.get(k)?;
        if let Some(m) = mention_at(ctx.text, t.start) {
            return names_its_side(ctx.text, &m).then(|| (m.actor, ctx.slice(m.start, m.end)));
        }
        let next = tokens.get(k + 1)?;
        // "gave the SPLA-IO and the White Army seven days".
        if t.is("the")
            && let Some(m) = mention_at(ctx.text, next.start)
        {
            return Some((m.actor, ctx.slice(m.start, m.end)));
        }
        // "gave the group seven days": the article's armed group.
        if t.is("the") && next.is_any(GROUP_NOUNS) {
            return Some((ctx.article.main_group?, ctx.slice(t.start, next.end)));
        }
        // "gave army troops ...", "gave the army ...": the army of the state the article's
        // group fights, else its most named army; "gave the junta ...": that state.
        let army_at = if t.is("the") { next } else { t };
        if army_at.is_any(&["army", "military"]) {
            let army = ctx.article.state_army.or(ctx.article.main_army)?;
            return Some((army, army_at.text));
        }
        if army_at.is_any(&["junta", "regime"]) {
            return Some((ctx.article.state?, army_at.text));
        }
        // "gave the federal government seven days", "the rebels had a week": the side of the
        // article the words describe.
        if t.is("the") {
            // "the government", "the federal government", "the Debretsion faction".
            return (k + 1..k + 3)
                .map_while(|last| tokens.get(last).filter(|n| n.is_word()))
                .filter(|n| !n.is_capitalised())
                .find_map(|last| {
                    let words = ctx.slice(t.start, last.end);
                    side_described(ctx, words).map(|actor| (actor, words))
                });
        }
        None
    };
    // "Russia had until Monday", "Ukrainian officials were told to": the subject is the target.
    let limit_first = token_at(tokens, limit.start);
    for (i, token) in tokens.iter().enumerate().take(limit_first + 1) {
        let passive = token.is_any(&["were", "was", "been"])
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.is_any(&["told", "given", "ordered", "asked", "urged"]));
        let possession = token.is_any(&["has", "had", "have"]) && i + 4 >= limit_first;
        if (passive || possession) && i > 0 {
            // "said that the last Abu Sayyaf holdouts, believed to number fewer than 10, had
            // until": the subject after "that", past what describes it.
            let that = (i.saturating_sub(16)..i)
                .rev()
                .find(|&k| tokens.get(k).is_some_and(|t| t.is("that")));
            if let Some(that) = that
                && let Some(after) = tokens.get(that + 1)
                && let Some(clause) = ctx.text.get(after.start..token.start)
                && let Some(m) = mentions(clause).into_iter().next()
            {
                let words = clause.get(m.start..m.end).unwrap_or("");
                push(m.actor, "deadline.subject_given_time", words, traces);
                // "that the army and the RSF had two weeks": both sides of a subject joined by
                // "and", the article's army by its noun.
                let joined =
                    |between: &str| matches!(between.trim(), "and" | "and the" | "," | ", the");
                let mut end = m.end;
                for other in mentions(clause).into_iter().skip(1) {
                    if !clause.get(end..other.start).is_some_and(joined) {
                        break;
                    }
                    let words = clause.get(other.start..other.end).unwrap_or("");
                    push(other.actor, "deadline.subject_given_time", words, traces);
                    end = other.end;
                }
                let army_joined = ["the army and ", "the military and "]
                    .iter()
                    .any(|p| starts_with_ignore_case(clause, p))
                    || [" and the army", " and the military"]
                        .iter()
                        .any(|p| ends_with_ignore_case(clause.trim_end(), p));
                if army_joined && let Some(army) = ctx.article.state_army {
                    push(army, "deadline.subject_given_time", "the army", traces);
                }
                continue;
            }
            let start = tokens.get(i.saturating_sub(4)).map_or(0, |t| t.start);
            let clause = ctx.text.get(start..token.start).unwrap_or("");
            let clause = clause.rsplit([',', ';']).next().unwrap_or(clause);
            if let Some(m) = mentions(clause).into_iter().last() {
                let words = clause.get(m.start..m.end).unwrap_or("");
                push(m.actor, "deadline.subject_given_time", words, traces);
            } else if let Some((actor, words)) = (i.saturating_sub(3)..i)
                .find(|&k| tokens.get(k).is_some_and(|t| t.is("the")))
                .and_then(actor_at)
            {
                // "said the group had 48 hours to release the hostages".
                push(actor, "deadline.side_given_time", words, traces);
            }
        }
    }
    for (i, token) in tokens.iter().enumerate() {
        // "gave Russia", "give Moscow".
        if token.is_any(GIVE_VERBS) {
            if let Some((actor, words)) = actor_at(i + 1) {
                push(actor, "deadline.object_of_give", words, traces);
            } else if let Some((actor, words)) = object_before_limit(ctx, i + 1, limit_first) {
                // "gave the Afghan Taliban government 30 days", "gave army units inside X".
                push(actor, "deadline.object_phrase_of_give", words, traces);
            }
        }
        // "called on Israel to withdraw", "called on the army to".
        if called_on(tokens, i)
            && let Some((actor, words)) = actor_at(i + 2).or_else(|| actor_at(i + 3))
            && tokens
                .get(i + 2..(i + 8).min(tokens.len()))
                .is_some_and(|rest| rest.iter().any(|t| t.is("to")))
        {
            push(actor, "deadline.called_on", words, traces);
        }
        // "an ultimatum ordering the United Nations to withdraw".
        if token.is_any(&[
            "ordering", "ordered", "orders", "telling", "told", "urging", "urged", "wants", "want",
            "wanted", "asked", "asking",
        ]) {
            let at = if tokens.get(i + 1).is_some_and(|t| t.is("the")) {
                i + 2
            } else {
                i + 1
            };
            let to_follows = tokens
                .get(at..(at + 5).min(tokens.len()))
                .is_some_and(|rest| rest.iter().any(|t| t.is("to")));
            if to_follows && let Some((actor, words)) = actor_at(at).or_else(|| actor_at(i + 1)) {
                push(actor, "deadline.object_of_order", words, traces);
            }
        }
        // "demanded that the UN envoy leave", "insists that Hamas release".
        if token.is("that")
            && i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| {
                    p.is_any(&["demanded", "demands", "demanding", "insisted", "insists"])
                })
        {
            let at = if tokens.get(i + 1).is_some_and(|t| t.is("the")) {
                i + 2
            } else {
                i + 1
            };
            if let Some((actor, words)) = actor_at(at) {
                push(actor, "deadline.demanded_that", words, traces);
            }
        }
        // "Israel must", "Hamas should", "the United States must", "the Syrian Democratic
        // Forces (SDF) must".
        if demand_after_must(tokens, i).is_some() && i > 0 {
            let mut k = i - 1;
            while k > 0
                && tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && !t.is_capitalised())
            {
                k -= 1;
            }
            // An abbreviation in brackets after the name: the name ends before it.
            if tokens.get(k).is_some_and(|t| t.is_punct(")"))
                && let Some(open) = tokens
                    .get(k.saturating_sub(3)..k)
                    .and_then(|before| before.iter().rposition(|t| t.is_punct("(")))
            {
                k = (k.saturating_sub(3) + open).saturating_sub(1);
            }
            // A name of several words ends at token `k`; one of one word also starts there.
            let ending_here = tokens
                .get(k)
                .and_then(|last| ctx.mentions().iter().find(|m| m.end == last.end));
            if let Some(m) = ending_here {
                push(
                    m.actor,
                    "deadline.subject_of_must",
                    ctx.slice(m.start, m.end),
                    traces,
                );
            } else if let Some((actor, words)) = actor_at(k) {
                push(actor, "deadline.subject_of_must", words, traces);
            }
        }
        // "a deadline of August 8 for Russia to agree".
        // "extended the deadline for Vietnam by 30 days".
        if token.is("for")
            && let Some((actor, words)) = actor_at(i + 1)
            && (tokens
                .get(i + 1..(i + 5).min(tokens.len()))
                .is_some_and(|rest| rest.iter().any(|t| t.is("to")))
                || i.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.is_any(&["deadline", "ultimatum"])))
        {
            push(actor, "deadline.for_actor_to", words, traces);
        }
        // "if Moscow does not agree", "if Hamas fails to".
        if token.is("if")
            && let Some((actor, words)) = actor_at(i + 1)
            && tokens
                .get(i + 2..(i + 5).min(tokens.len()))
                .is_some_and(|rest| {
                    rest.iter()
                        .any(|t| t.is_any(&["not", "fails", "failed", "refuses", "refused"]))
                })
        {
            push(actor, "deadline.if_not", words, traces);
        }
        // "unless Israel lifted".
        if token.is("unless") {
            let mut k = i + 1;
            if tokens.get(k).is_some_and(|t| t.is("the")) {
                k += 1;
            }
            if let Some((actor, words)) = actor_at(k) {
                push(actor, "deadline.subject_of_unless", words, traces);
            } else if k > i + 1
                && let Some(noun) = tokens.get(k)
                && let Some(actor) = side_described(ctx, &format!("the {}", noun.text))
            {
                // "unless the government handed over": the side of the article it describes.
                push(actor, "deadline.side_of_unless", noun.text, traces);
            }
        }
        // "sanctions on Russia", "an ultimatum to Hamas".
        if token.is_any(&["on", "to", "against"]) && token.start < limit.start.max(token.start + 1)
        {
            let prev = i.checked_sub(1).and_then(|p| tokens.get(p));
            let threat_noun = prev.is_some_and(|p| {
                p.is_any(&[
                    "sanctions",
                    "tariffs",
                    "ultimatum",
                    "deadline",
                    "strikes",
                    "attacks",
                    "pressure",
                    "action",
                    "measures",
                    "penalties",
                    "duties",
                ])
            });
            if threat_noun && let Some((actor, words)) = actor_at(i + 1) {
                push(actor, "deadline.threat_against", words, traces);
            }
        }
    }
    // "given Kinshasa and Kigali until February 28", "Budapest and Bratislava", "the SPLA-IO and
    // the White Army": each side joined to a target by "and" or a comma is a target too.
    if !out.is_empty() {
        for pair in ctx.mentions().windows(2) {
            let between = ctx
                .text
                .get(pair[0].end..pair[1].start)
                .unwrap_or("")
                .trim();
            let joined = matches!(
                between,
                "and" | "," | ", and" | "and the" | ", the" | ", and the"
            );
            let actor = pair[1].actor;
            if joined
                && out.contains(&pair[0].actor)
                && Some(actor) != issuer
                && !out.contains(&actor)
            {
                traces.add(
                    "targets",
                    "deadline.joined_target",
                    ctx.slice(pair[1].start, pair[1].end),
                );
                out.push(actor);
            }
        }
    }
    out
}

/// Whether mention `m` of `text` names its side as the one a limit is given to: a name does, and
/// a demonym only for the side's own people ("Congolese soldiers", "Russian diplomats"), not for
/// others of that nationality or their goods ("gave Afghan migrants 15 days", "countries that
/// buy Venezuelan oil").
fn names_its_side(text: &str, m: &crate::actors::Mention) -> bool {
    m.kind != crate::lexicon::ActorKind::Demonym
        || text
            .get(m.end..)
            .unwrap_or("")
            .split_whitespace()
            .take(3)
            .take_while(|word| !word.ends_with([',', ';', '.']))
            .any(|word| {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                FORCE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
                    || SIDE_PEOPLE.iter().any(|w| w.eq_ignore_ascii_case(word))
            })
}

/// The people of a side, besides its forces, that a demonym makes the side: "gave Russian
/// diplomats 72 hours" gives Russia a limit.
const SIDE_PEOPLE: &[&str] = &[
    "government",
    "authorities",
    "officials",
    "diplomats",
    "leaders",
    "negotiators",
    "side",
    "advisers",
    "embassy",
    "mission",
    "delegation",
    // "gave Russian President Vladimir Putin two weeks": a head of state or government.
    "president",
    "prime",
    "premier",
    "leader",
    "chancellor",
    "counterpart",
];

/// The first actor named in the object of a give verb, between token `from` and the limit at
/// token `limit_first`: `the Afghan Taliban government`, `army units inside Goma`.
fn object_before_limit<'a>(
    ctx: &Context<'a>,
    from: usize,
    limit_first: usize,
) -> Option<(&'static str, &'a str)> {
    let tokens = ctx.tokens;
    if limit_first <= from {
        return None;
    }
    // "gave the Sinjar Resistance Units (YBS), a Yazidi armed group ..., until": the object
    // ends at its first bracket or comma, within eight words.
    let end = tokens
        .get(from..limit_first)?
        .iter()
        .position(|t| t.kind == TokenKind::Punct && !t.is_punct("'\u{2019}-\"\u{201c}\u{201d}"))
        .map_or(limit_first, |k| from + k);
    if end <= from || end - from > 8 {
        return None;
    }
    let object = tokens.get(from..end)?;
    let (first, last) = (object.first()?, object.last()?);
    let words = ctx.slice(first.start, last.end);
    // "transport companies operating in Mali": a place the object is in names no side.
    let located = |m: &crate::actors::Mention| {
        words.get(..m.start).is_some_and(|before| {
            let before = before.trim_end();
            ["in", "inside", "near", "across", "throughout", "at"]
                .iter()
                .any(|p| crate::text::ends_with_ignore_case(before, &format!(" {p}")))
        })
    };
    if let Some(m) = mentions(words)
        .into_iter()
        .find(|m| !located(m))
        .filter(|m| names_its_side(words, m))
    {
        return Some((m.actor, words.get(m.start..m.end).unwrap_or(words)));
    }
    // "gave federal forces in the border town seven days", "gave the federal government seven
    // days": the state of the article.
    if object.iter().any(|t| t.is("federal")) {
        return Some((ctx.article.state?, words));
    }
    // "gave the government 72 hours": the government of the one country the sentence names,
    // else the article's state.
    if object.len() <= 2
        && object
            .last()
            .is_some_and(|t| t.is_any(&["government", "authorities"]))
    {
        if let Some(m) = ctx
            .mentions()
            .iter()
            .find(|m| m.kind == crate::lexicon::ActorKind::Country)
        {
            return Some((m.actor, ctx.slice(m.start, m.end)));
        }
        return Some((ctx.article.state?, words));
    }
    // "army units inside the town", "the army's remaining units": the article's army.
    let army = object
        .iter()
        .find(|t| t.is_any(&["army", "army's", "military", "military's"]))?;
    if !object
        .first()
        .is_some_and(|t| t.is_any(&["the", "army", "army's", "military", "military's"]))
    {
        return None;
    }
    Some((ctx.article.state_army.or(ctx.article.main_army)?, army.text))
}

/// The demand as written.
fn demand(ctx: &Context<'_>, limit: &Limit, traces: &mut Traces) -> Option<String> {
    let tokens = ctx.tokens;
    for role in DEADLINE_ROLES.find_from(ctx.text, ctx.starts) {
        if *role.value == DeadlineWord::Demand {
            let phrase = phrase_from(ctx, role.end, Some(limit));
            if !phrase.is_empty() {
                traces.add("demand", "deadline.unless", &phrase);
                return Some(phrase);
            }
        }
    }
    // "Israel must withdraw ... by Sunday", "Hamas should release ...".
    for i in 0..tokens.len() {
        if let Some(start_at) = demand_after_must(tokens, i)
            && let Some(t) = tokens.get(start_at)
        {
            let phrase = phrase_from(ctx, t.start, Some(limit));
            if !phrase.is_empty() {
                traces.add("demand", "deadline.must", &phrase);
                return Some(phrase);
            }
        }
    }
    // "gave Russia until August 8 to make progress", "demanded that Hamas release".
    let mut after_limit = token_at(tokens, limit.end);
    while tokens
        .get(after_limit)
        .is_some_and(|t| t.is_punct("\"\u{201d}'\u{2019}"))
    {
        after_limit += 1;
    }
    // "gave the faction 72 hours on Tuesday to free", "60 days in March to reach",
    // "until Thanksgiving, November 27, to accept": past the date the limit was set on.
    let dated = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            crate::text::CALENDAR.contains(t)
                || t.kind == TokenKind::Number
                || t.is_any(&["on", "in", "last", "this", "week", "month"])
                || t.is_punct(",")
        })
    };
    after_limit = past_time_clause(tokens, after_limit);
    // "until 6 p.m. (1500GMT) on Friday to leave": past the time in brackets.
    if tokens.get(after_limit).is_some_and(|t| t.is_punct("("))
        && let Some(close) = (after_limit + 1..(after_limit + 5).min(tokens.len()))
            .find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(")")))
    {
        after_limit = close + 1;
    }
    if tokens.get(after_limit).is_some_and(|t| !t.is("to")) {
        let mut k = after_limit;
        while k < after_limit + 5 && dated(k) {
            k += 1;
        }
        if k > after_limit && tokens.get(k).is_some_and(|t| t.is("to")) {
            after_limit = k;
        }
    }
    if tokens.get(after_limit).is_some_and(|t| t.is("to"))
        && let Some(t) = tokens.get(after_limit + 1)
        && !t.is_capitalised()
        && !t.is_any(&["the", "a", "an", "its", "his", "their", "all"])
    {
        let phrase = phrase_from(ctx, t.start, None);
        if !phrase.is_empty() {
            traces.add("demand", "deadline.to_after_limit", &phrase);
            return Some(phrase);
        }
    }
    // "if Moscow does not agree to a ceasefire by ...", "if Hamas fails to respond".
    for (i, token) in tokens.iter().enumerate() {
        if !token.is("if") {
            continue;
        }
        let negation = (i + 1..(i + 5).min(tokens.len())).find(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_any(&["not", "fails", "failed", "refuses", "refused"]))
        });
        if let Some(k) = negation {
            let mut start = k + 1;
            if tokens.get(start).is_some_and(|t| t.is("to")) {
                start += 1;
            }
            if let Some(t) = tokens.get(start) {
                let phrase = phrase_from(ctx, t.start, Some(limit));
                if !phrase.is_empty() {
                    traces.add("demand", "deadline.if_not", &phrase);
                    return Some(phrase);
                }
            }
        }
    }
    // "a deadline of August 8 for Russia to agree to a ceasefire".
    for (i, token) in tokens.iter().enumerate() {
        if token.is("for")
            && let Some(to) = (i + 2..(i + 10).min(tokens.len()))
                .find(|&k| tokens.get(k).is_some_and(|t| t.is("to")))
            && let Some(t) = tokens.get(to + 1)
            && !t.is_any(&["the", "a", "an"])
            && !t.is_capitalised()
        {
            let phrase = phrase_from(ctx, t.start, Some(limit));
            if !phrase.is_empty() {
                traces.add("demand", "deadline.for_actor_to", &phrase);
                return Some(phrase);
            }
        }
    }
    for (i, token) in tokens.iter().enumerate() {
        if (token.is_any(&[
            "demanded",
            "demands",
            "demanding",
            "ordered",
            "ordering",
            "orders",
            "told",
            "telling",
            "urged",
            "wants",
            "want",
            "asked",
            "warned",
            "directed",
            "instructed",
            "ultimatum",
        ]) || called_on(tokens, i))
            && let Some(that) = (i + 1..(i + 6).min(tokens.len()))
            .find(|&k| tokens.get(k).is_some_and(|t| t.is("that")))
            .or_else(|| {
                // "ordered all Pakistani nationals holding medical visas to leave", "an
                // ultimatum to Ukrainian servicemen in Kupyansk to lay down": the "to" of a
                // verb, past who is told.
                (i + 1..(i + 14).min(tokens.len()))
                    .take_while(|&k| tokens.get(k).is_some_and(|t| t.kind != TokenKind::Punct))
                    .find(|&k| {
                        tokens.get(k).is_some_and(|t| t.is("to"))
                            && tokens.get(k + 1).is_some_and(|n| {
                                n.is_word()
                                    && !n.is_capitalised()
                                    && !n.is_any(&["the", "a", "an", "its", "his", "their"])
                            })
                    })
            })
            // "warned residents to leave" demands; "warned that ..." tells what will follow.
            && !(token.is("warned") && tokens.get(that).is_some_and(|t| t.is("that")))
            && let Some(t) = tokens.get(that + 1)
            // "told reporters that ...", "told a news conference that ...": a statement.
            && !(token.is_any(&["told", "telling"])
                && tokens
                    .get(i + 1..that)
                    .is_some_and(|object| object.iter().any(|o| o.is_any(AUDIENCES))))
        {
            let phrase = phrase_from(ctx, t.start, Some(limit));
            if !phrase.is_empty() {
                traces.add("demand", "deadline.demanded", &phrase);
                return Some(phrase);
            }
        }
    }
    None
}

/// Whether token `i` opens "called on" (a request: "called on Israel to withdraw").
fn called_on(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| t.is("called")) && tokens.get(i + 1).is_some_and(|t| t.is("on"))
}

/// The consequence as written.
fn consequence(ctx: &Context<'_>, limit: &Limit, traces: &mut Traces) -> Option<String> {
    let tokens = ctx.tokens;
    for role in DEADLINE_ROLES.find_from(ctx.text, ctx.starts) {
        match role.value {
            DeadlineWord::Consequence => {
                let phrase = phrase_from(ctx, role.end, Some(limit));
                if !phrase.is_empty() {
                    traces.add("consequence", "deadline.or_face", &phrase);
                    return Some(phrase);
                }
            }
            DeadlineWord::Threat => {
                let phrase = phrase_from(ctx, role.end, Some(limit));
                let phrase = cut_at_target(&phrase);
                if !phrase.is_empty() {
                    traces.add("consequence", "deadline.threatened", &phrase);
                    return Some(phrase);
                }
            }
            _ => {}
        }
    }
    // "warning that a 35% tariff would follow", "warned that Washington would impose sanctions".
    if let Some(found) = warning_that(ctx) {
        traces.add("consequence", "deadline.warning_that", &found);
        return Some(found);
    }
    // "warning that Ankara would otherwise act": the clause that says what follows.
    if let Some(i) = tokens.iter().position(|t| t.is("otherwise"))
        && i > 0
        && tokens
            .get(i - 1)
            .is_some_and(|t| t.is_any(&["would", "will", "could"]))
    {
        let clause_start = (0..i)
            .rev()
            .find(|&k| {
                tokens
                    .get(k)
                    .is_some_and(|t| t.is("that") || t.kind == TokenKind::Punct)
            })
            .map_or(0, |k| k + 1);
        // A quote goes on with the clause: `would otherwise "act with full force"`.
        let end = punctuation_after(ctx, i + 1, "\"\u{201c}\u{201d}");
        if let Some(a) = tokens.get(clause_start)
            && a.start < end
        {
            let phrase = ctx.slice(a.start, end).trim().to_owned();
            if !phrase.is_empty() && clause_start < i {
                traces.add("consequence", "deadline.would_otherwise", &phrase);
                return Some(phrase);
            }
        }
    }
    // "or he would propose cancelling the ceasefire".
    for (i, token) in tokens.iter().enumerate() {
        if !token.is("or") {
            continue;
        }
        let mut k = i + 1;
        if tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["he", "she", "it", "they", "we", "else"]))
        {
            k += 1;
        }
        // "or Israel would \"act with full force\"": a named subject (a word or two in
        // capitals) before the modal; "or the IDF will escalate its strikes", after "the".
        let capital = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| t.is_capitalised() && t.is_word())
        };
        let subject = if tokens.get(k).is_some_and(|t| t.is("the")) && capital(k + 1) {
            k + 1
        } else {
            k
        };
        let named = (subject..subject + 2).take_while(|&j| capital(j)).count();
        if named > 0
            && tokens
                .get(subject + named)
                .is_some_and(|t| t.is_any(&["would", "will"]))
        {
            k = subject + named;
        }
        // "or be treated as enemy combatants".
        if tokens.get(k).is_some_and(|t| t.is("be"))
            && let Some(t) = tokens.get(k)
        {
            let phrase = phrase_from(ctx, t.start, Some(limit));
            if phrase.split_whitespace().count() > 1 {
                traces.add("consequence", "deadline.or_be", &phrase);
                return Some(phrase);
            }
        }
        if tokens.get(k).is_some_and(|t| t.is_any(&["would", "will"]))
            && let Some(t) = tokens.get(k + 1)
        {
            let phrase = phrase_from(ctx, t.start, Some(limit));
            if !phrase.is_empty() {
                traces.add("consequence", "deadline.or_would", &phrase);
                return Some(phrase);
            }
        }
        // "had 30 days to ..., or the sanctions lifted under the deal would return", "or Israel
        // would \"act with full force\"": after the limit, a clause of its own with a subject
        // that is not a pronoun, kept whole.
        if limit.end <= token.start
            && i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is_punct(",\"\u{201c}\u{201d}"))
            && let Some(phrase) = clause_with_modal(ctx, i + 1)
        {
            traces.add("consequence", "deadline.or_clause", &phrase);
            return Some(phrase);
        }
    }
    // "they would resume attacks ... unless": what would happen before the condition.
    if let Some(unless) = tokens.iter().position(|t| t.is("unless")) {
        let would = (0..unless)
            .rev()
            .find(|&k| tokens.get(k).is_some_and(|t| t.is_any(&["would", "will"])));
        if let Some(would) = would
            && let (Some(a), Some(b)) = (tokens.get(would + 1), tokens.get(unless))
        {
            let phrase = ctx
                .slice(a.start, b.start)
                .trim_end_matches(',')
                .trim()
                .to_owned();
            if !phrase.is_empty() {
                traces.add("consequence", "deadline.would_unless", &phrase);
                return Some(phrase);
            }
        }
    }
    // "has until October 18 before UN sanctions snap back", "to reach a deal before duties
    // climb back to 145%": what happens once the limit is past.
    let after_limit = token_at(tokens, limit.end);
    if let Some(before) =
        (after_limit..tokens.len()).find(|&k| tokens.get(k).is_some_and(|t| t.is("before")))
        && let Some(next) = tokens.get(before + 1)
        && !next.is_any(&["the", "then", "it", "that", "this", "a"])
        && !crate::text::CALENDAR.contains(next)
        && next.kind != TokenKind::Number
    {
        let phrase = phrase_from(ctx, next.start, None);
        if phrase.split_whitespace().count() >= 2 && !contains_ignore_case(&phrase, "deadline") {
            traces.add("consequence", "deadline.before_then", &phrase);
            return Some(phrase);
        }
    }
    None
}

/// The byte where the first punctuation from token `from` on starts, other than the marks in
/// `going_on` (quote marks, which a clause goes on through); the sentence's end when none.
fn punctuation_after(ctx: &Context<'_>, from: usize, going_on: &str) -> usize {
    ctx.tokens
        .iter()
        .skip(from)
        .find(|t| t.kind == TokenKind::Punct && !t.is_punct(going_on))
        .map_or(ctx.text.len(), |t| t.start)
}

/// From token `from`, a clause whose subject of one to eight words (no punctuation, not a
/// pronoun) is followed by `would`, `will` or `could`: the clause up to the first punctuation
/// that is not a quote mark (`Israel would "act with full force`).
fn clause_with_modal(ctx: &Context<'_>, from: usize) -> Option<String> {
    let tokens = ctx.tokens;
    let first = tokens.get(from)?;
    if first.is_any(&[
        "he", "she", "it", "they", "we", "else", "would", "will", "could",
    ]) {
        return None;
    }
    // The subject goes on through quote marks ("the gates of hell" would open) and the commas
    // of a list of names ("Berlin, Paris and London would").
    let goes_on = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind != TokenKind::Punct
                || t.is_punct("\"\u{201c}\u{201d}")
                || t.is_punct(",")
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.is_capitalised() && n.is_word())
        })
    };
    let modal = (from + 1..(from + 9).min(tokens.len()))
        .take_while(|&k| goes_on(k))
        .find(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_any(&["would", "will", "could"]))
        })?;
    let end = punctuation_after(ctx, modal + 1, "\"\u{201c}\u{201d}-\u{2019}'%");
    let phrase = ctx.text.get(first.start..end)?.trim();
    (phrase.split_whitespace().count() >= 3).then(|| phrase.to_owned())
}

/// The consequence in `warning that X would follow` (X) or `warned that Y would impose X`
/// (`impose X`); none when the clause says `otherwise` (another rule reads that clause whole).
fn warning_that(ctx: &Context<'_>) -> Option<String> {
    let tokens = ctx.tokens;
    let at = tokens
        .windows(2)
        .position(|w| w[0].is_any(&["warning", "warned", "warns", "warn"]) && w[1].is("that"))?;
    let from = at + 2;
    let modal = (from..(from + 10).min(tokens.len())).find(|&k| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["would", "will", "could"]))
    })?;
    if tokens.get(modal + 1).is_some_and(|t| t.is("otherwise")) {
        return None;
    }
    let (Some(a), Some(m)) = (tokens.get(from), tokens.get(modal)) else {
        return None;
    };
    let subject = ctx.slice(a.start, m.start).trim();
    let by_someone = subject.is_empty()
        || !mentions(subject).is_empty()
        || a.is_any(&["he", "she", "it", "they", "we", "the"])
            && subject.split_whitespace().count() <= 2;
    if by_someone {
        let next = tokens.get(modal + 1)?;
        let phrase = phrase_from(ctx, next.start, None);
        return (!phrase.is_empty()).then_some(phrase);
    }
    // "a 35% tariff would follow": the subject is what follows.
    // "any troops left behind would be treated as an occupying force" is said by the clause
    // whole (the passive below).
    let follows = tokens
        .get(modal + 1)
        .is_some_and(|t| t.is_any(&["follow", "apply", "come", "take", "result"]))
        || tokens.get(modal + 1).is_some_and(|t| t.is("be"))
            && (modal + 2..tokens.len())
                .take_while(|&k| tokens.get(k).is_some_and(Token::is_word))
                .count()
                <= 2;
    if follows {
        return Some(subject.to_owned());
    }
    // "warning that \"all hell\" would break out against the group if it refused": the whole
    // clause, up to a condition or the end of the clause.
    let end = (modal + 1..tokens.len())
        .find(|&k| {
            tokens.get(k).is_some_and(|t| {
                (t.kind == TokenKind::Punct && !t.is_punct("\"\u{201c}\u{201d}'\u{2019}"))
                    || t.is_any(&["if", "unless", "should"])
            })
        })
        .and_then(|k| tokens.get(k))
        .map_or(ctx.text.len(), |t| t.start);
    let phrase = ctx.text.get(a.start..end).unwrap_or("").trim();
    (phrase.split_whitespace().count() > 2).then(|| phrase.to_owned())
}

/// `new sanctions on Russia and countries that buy its exports` -> `new sanctions`: the side
/// a threat is against is the target, not the consequence. What a threat falls on otherwise
/// stays (`double tariffs on Indian goods to 100%`, `retaliation against European pork`).
fn cut_at_target(phrase: &str) -> String {
    let lower = phrase.to_ascii_lowercase();
    let cut = [" on ", " against ", " to "]
        .iter()
        .flat_map(|w| {
            lower
                .match_indices(w)
                .map(move |(at, _)| (at, at + w.len()))
        })
        .filter(|&(_, after)| {
            let rest = phrase.get(after..).unwrap_or("");
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            mentions(rest).first().is_some_and(|m| {
                m.start == 0
                    && !matches!(
                        m.kind,
                        crate::lexicon::ActorKind::Demonym | crate::lexicon::ActorKind::Person
                    )
            })
        })
        .map(|(at, _)| at)
        .min()
        .unwrap_or(phrase.len());
    phrase.get(..cut).unwrap_or(phrase).trim().to_owned()
}

/// The words from byte `start` to the time limit, a stop word or punctuation.
fn phrase_from(ctx: &Context<'_>, start: usize, limit: Option<&Limit>) -> String {
    let mut end = ctx.text.len();
    if let Some(limit) = limit
        && limit.start >= start
    {
        end = end.min(limit.start);
    }
    let first = token_at(ctx.tokens, start);
    // Whether a quote mark passed over opened a quote that has not closed yet.
    let mut in_quote = false;
    for (k, t) in ctx.tokens.iter().enumerate().skip(first) {
        if t.start >= end {
            break;
        }
        // After a modal the quote is the verb's own words (`would "step back" from`).
        let after_modal = || {
            k.checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .is_some_and(|p| p.is_any(&["would", "will", "could", "to"]))
        };
        // A quote stops the phrase once it has words of its own (`take "a different
        // approach"` keeps its quote; `cancel the truce and "let ..."` does not).
        // The words so far are counted only at a quote (counting them at every token read the
        // phrase again at each).
        // A quote that goes on a short noun phrase (`an assault "from every direction"`) is
        // kept too.
        let quote_opens = || {
            let words = ctx
                .text
                .get(start..t.start)
                .map_or(0, |s| s.split_whitespace().count());
            let on_a_noun = || {
                k.checked_sub(1)
                    .and_then(|p| ctx.tokens.get(p))
                    .is_some_and(|p| p.is_word() && !p.is_any(&["and", "or", "but", "that"]))
            };
            t.is_punct("\"\u{201c}") && !in_quote && (words < 2 || words <= 4 && on_a_noun())
                || t.is_punct("\u{201d}") && words < 2
        };
        // Punctuation ends the phrase, except a hyphen or apostrophe, a single quote (`face
        // ‘massive’ sanctions`), a quote that opens it, a quote after a modal, and the mark
        // that closes a quote passed over.
        let goes_on = t.is_punct("-\u{2018}\u{2019}'%$\u{20ac}\u{a3}")
            || quote_opens()
            || t.is_punct("\"\u{201c}") && after_modal()
            || t.is_punct("\"\u{201d}") && in_quote;
        let stop =
            (t.kind == TokenKind::Punct && !goes_on) || (t.is_any(PHRASE_STOPS) && t.start > start);
        if stop {
            end = end.min(t.start);
            break;
        }
        if t.is_punct("\"\u{201c}\u{201d}") {
            in_quote = !in_quote;
        }
    }
    let phrase = ctx.slice(start, end);
    let phrase = phrase.strip_suffix(" and").unwrap_or(phrase).trim();
    // "to close the office expires on Sunday": the verb of the limit is not in the demand.
    let phrase = [" expires", " expire", " expired", " passed", " lapsed"]
        .iter()
        .find_map(|w| phrase.strip_suffix(w))
        .unwrap_or(phrase)
        .trim();
    // A quote cut in two by the end of the phrase loses its opening mark.
    let quotes = phrase.matches(['"', '\u{201c}', '\u{201d}']).count();
    if quotes == 1 {
        return phrase
            .replace(['"', '\u{201c}', '\u{201d}'], "")
            .trim()
            .to_owned();
    }
    // A phrase that is one quote whole is given without its marks.
    let unquoted = phrase
        .strip_prefix(['"', '\u{201c}'])
        .and_then(|rest| rest.strip_suffix(['"', '\u{201d}']));
    match unquoted {
        Some(inner) if quotes == 2 => inner.trim().to_owned(),
        _ => phrase.to_owned(),
    }
}

/// When the deadline was set: the sentence's own date before the limit, else publication day.
fn issued(ctx: &Context<'_>, limit: &Limit, traces: &mut Traces) -> Option<Interval> {
    let dates: Vec<&TimeExpr> = ctx
        .past_times()
        .iter()
        .filter(|e| crate::dates::is_report_date(ctx.text, e))
        .filter(|e| e.end <= limit.start || e.start >= limit.end)
        .collect();
    // A date after a relative limit ("a 72-hour ultimatum ... on Monday") is its issue date; after
    // an absolute one it belongs to the limit.
    // "..., the ministry said on Thursday": the day of the statement that set the limit.
    // A medium's verb counts too: "..., according to a statement posted on Sunday".
    let verb_ends: Vec<usize> = ctx
        .said
        .verb_at
        .map(|(_, e)| e)
        .into_iter()
        .chain(
            crate::lexicon::REPORTING
                .find_from(ctx.text, ctx.starts)
                .map(|hit| hit.end),
        )
        .collect();
    let said_on = dates
        .iter()
        .find(|e| verb_ends.iter().any(|&v| e.start >= v && e.start <= v + 4))
        .copied();
    let found = said_on
        .or_else(|| dates.iter().find(|e| e.end <= limit.start).copied())
        .or_else(|| {
            dates
                .iter()
                .find(|e| limit.duration.is_some() && e.start >= limit.end)
                .copied()
        });
    if let Some(expr) = found
        && let Some(range) = expr.interval
    {
        traces.add("issued", "deadline.sentence_date", &expr.text);
        return Some(crate::dates::interval(range, Some(&expr.text)));
    }
    let day = crate::dates::publication_day(ctx.published);
    if day.is_some() {
        traces.add("issued", "deadline.publication_day", "");
    }
    day
}

/// When the deadline runs out.
fn due(
    ctx: &Context<'_>,
    limit: &Limit,
    issued: Option<&Interval>,
    traces: &mut Traces,
) -> Option<Interval> {
    // Undated: only a limit written in full ("by the end of 2026") has a day of its own.
    let Some(issued) = issued else {
        let mut range = limit.interval?;
        if end_of(&limit.text) {
            range.start = range.end;
        }
        traces.add("due", "deadline.date_as_written", &limit.text);
        return Some(crate::dates::interval(range, Some(&limit.text)));
    };
    if let Some(duration) = limit.duration {
        let range = duration.due_from(crate::dates::range(issued));
        traces.add("due", "deadline.duration_from_issue", &limit.text);
        return Some(crate::dates::interval(range, Some(&limit.text)));
    }
    let published = ctx.published?;
    // "the deadline passed on Friday", "expired on Wednesday": a day already gone, read back
    // from the article's day.
    let before = ctx.text.get(..limit.start).unwrap_or("").trim_end();
    let gone = ["passed", "expired", "lapsed", "ran out"]
        .iter()
        .any(|w| ends_with_ignore_case(before, w));
    if gone
        && let Some(range) = claimtrack_time::resolve(
            limit.day_text.as_deref().unwrap_or(&limit.text),
            published,
            &Options {
                prefer: Prefer::Past,
            },
        )
        .and_then(|e| e.interval)
    {
        traces.add("due", "deadline.day_gone", &limit.text);
        return Some(crate::dates::interval(range, Some(&limit.text)));
    }
    // A day named relative to the week reads forward from the day the limit was set.
    let options = Options {
        prefer: Prefer::Future,
    };
    let day = limit.day_text.as_deref().unwrap_or(&limit.text);
    let mut resolved = claimtrack_time::resolve(day, issued.start, &options)
        .and_then(|e| e.interval)
        .or(limit.interval)?;
    // "by the end of the year": the limit is the last day, not the last part.
    if end_of(&limit.text) {
        resolved.start = resolved.end;
    }
    traces.add("due", "deadline.date_from_issue", &limit.text);
    Some(crate::dates::interval(resolved, Some(&limit.text)))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::attribution::Said;
    use crate::claims::ArticleFacts;
    use crate::lexicon::word_starts;
    use crate::text::tokenize;

    /// Wherever [`may_find`] says no, the full reading finds no cue, no limit held (see
    /// [`has_time_to`]) and no deadline: over the verbs in many forms (glued to numbers and other
    /// words, inside longer words), cues, time words, `to` and questions, in sentences with and
    /// without the rest of a held limit.
    #[test]
    fn sentences_that_may_hold_no_deadline_hold_none() {
        let words = [
            "has",
            "Had",
            "HAVE",
            "5has",
            "10had",
            "hasn",
            "haste",
            "until",
            "till",
            "to",
            "To",
            "days",
            "week",
            "5days",
            "deadline",
            "ultimatum",
            "unless",
            "or face",
            "given",
            "1st",
            "caf\u{e9}",
            "the",
            "?",
        ];
        let joins = [" ", "-", "\u{2019}", "5", ""];
        let said = Said::default();
        let facts = ArticleFacts::default();
        let published = NaiveDate::from_ymd_opt(2025, 3, 1);
        let (mut said_no, mut said_yes) = (0, 0);
        let templates: [fn(&str, &str, &str) -> String; 3] = [
            |a, join, b| format!("Iran {a}{join}{b} three days to leave by Friday {a}"),
            |a, join, b| format!("Iran {a}{join}{b} captured the town on Friday {a}"),
            |a, join, b| format!("{a}{join}{b} until{join}{a}"),
        ];
        let mut texts = Vec::new();
        for a in words {
            for b in words {
                for join in joins {
                    texts.extend(templates.iter().map(|template| template(a, join, b)));
                }
            }
        }
        for text in &texts {
            let starts = word_starts(text);
            let tokens = tokenize(text);
            if may_find(text, Words::of(&starts)) {
                said_yes += 1;
                continue;
            }
            said_no += 1;
            let ctx = Context::new(
                text,
                &tokens,
                Words::of(&starts),
                &said,
                published,
                &facts,
                false,
            );
            assert!(find(&ctx).is_empty(), "{text:?}");
            if text.trim_end().ends_with('?') {
                continue;
            }
            assert!(
                DEADLINE
                    .find_from(text, Words::of(&starts))
                    .next()
                    .is_none()
            );
            assert!(has_time_to(&ctx).is_none(), "{text:?}");
        }
        // Both answers are given, so the test reads both ways.
        assert!(said_no > 100 && said_yes > 100, "{said_no} {said_yes}");
    }
}
