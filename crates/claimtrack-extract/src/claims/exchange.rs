//! Exchanges and handovers of prisoners of war, civilians, children, hostages, prisoners and
//! bodies.
//!
//! A sentence is an exchange claim when it has an exchange word (`exchanged`, `swap`, `freed`,
//! `handed over`, `the exchange of`) near a category of people or remains, and nothing that makes
//! it an agenda or a hypothesis. Then:
//! - items: one per category mention, with the amount before it (`246`, `thousands of`, `a
//!   dozen`) or after `the bodies of`; `each`, `84 for 84` and `1,000-for-1,000` make two items,
//!   one per direction; `from` is the subject of a handover verb (`Hamas freed`), `to` is the
//!   owner named by a demonym (`Israeli hostages`) or `to X`; `in exchange for` reverses the
//!   direction of what came before;
//! - parties: the sides named, completed from the article's two sides for swaps;
//! - mediator: `brokered by X` (the rest of a list `X, Y and Z` are mediators too, not sides),
//!   `mediated by X`, `with the help of X`, `overseen by X`, `under UN auspices`, `a
//!   Qatari-mediated process`; the mediator is never the giver or receiver of an item;
//! - when: the dates of the exchange's clause (and a date that opens the sentence);
//! - status: completed, unless a cue says agreed, proposed or demanded.

use std::sync::LazyLock;

use claimtrack_model::{
    Approx, Category, ClaimDetail, Exchange, ExchangeItem, ExchangeStatus, Interval,
};

use super::{Context, FORCE_WORDS, Found, GROUP_NOUNS, Traces};
use crate::actors::{Mention, actor_of_phrase, mention_at, mentions};
use crate::lexicon::{ActorKind, EXCHANGE, EXCHANGE_STATUS, ExchangeWord, Substrings};
use crate::numbers::amount_at;
use crate::text::{
    TokenKind, contains_ignore_case, ends_with_ignore_case, starts_with_ignore_case, token_at,
};

/// Verbs whose subject hands people over (`Hamas freed`).
const HANDOVER_VERBS: &[&str] = &[
    "freed",
    "released",
    "handed",
    "returned",
    "freeing",
    "releasing",
    "handing",
    "transferred",
    "repatriated",
    "sent",
    "gave",
    "hand",
    "release",
    "free",
    "return",
    "traded",
];

/// Verbs whose subject receives people (`Ukraine received`).
const RECEIVE_VERBS: &[&str] = &[
    "received",
    "receives",
    "receiving",
    "welcomed",
    "recovered",
    "brought",
    "bringing",
    "got",
    "secured",
    "retrieved",
];

/// Actors that are never a side of an exchange (they carry it out or host it).
const NOT_A_SIDE: &[&str] = &[
    "International Committee of the Red Cross",
    "United Nations",
    "Palestine",
    "Vatican",
];

/// Nouns that, after `the`, stand for the state the article's armed group fights ("the junta
/// freed", "handed over to the regime").
const STATE_NOUNS: &[&str] = &["junta", "regime", "government", "authorities"];

/// Phrases before the mediator.
const MEDIATION: &[&str] = &[
    "brokered by",
    "mediated by",
    "with the help of",
    "thanks to mediation by",
    "after mediation by",
    "following mediation by",
    "thanks to the mediation of",
    "through the mediation of",
    "with mediation from",
    "with mediation by",
    "through mediation by",
    "with the assistance of",
    "arranged by",
    "with the mediation of",
    "overseen by",
    "facilitated by",
    "hosted by",
    "under the auspices of",
    "negotiations led by",
    "talks led by",
    "mediation led by",
];

/// Phrases that pair two groups of people, each an item of its own.
const PAIRING: &[&str] = &["in return for", "in exchange for"];

/// The phrase lists a sentence is searched for as plain substrings, in one pass:
/// [`MEDIATION`], then [`PAIRING`], then [`LIVING_AND_DEAD`].
static PHRASES: LazyLock<Substrings> = LazyLock::new(|| {
    Substrings::new(
        MEDIATION
            .iter()
            .chain(PAIRING)
            .chain(LIVING_AND_DEAD)
            .copied()
            .collect(),
    )
});

/// Where each phrase of [`PHRASES`] first occurs in a sentence, split by list.
struct PhrasesAt {
    all: Vec<Option<usize>>,
}

impl PhrasesAt {
    fn of(text: &str) -> PhrasesAt {
        PhrasesAt {
            all: PHRASES.first_of_each(text),
        }
    }

    /// Each mediation phrase with where it first occurs, in the order of [`MEDIATION`].
    fn mediation(&self) -> impl Iterator<Item = (Option<usize>, &'static str)> + '_ {
        self.all.iter().copied().zip(MEDIATION.iter().copied())
    }

    /// Whether a phrase of [`PAIRING`] occurs.
    fn paired(&self) -> bool {
        self.list(MEDIATION.len(), PAIRING.len())
    }

    /// Whether a phrase of [`LIVING_AND_DEAD`] occurs.
    fn and_dead(&self) -> bool {
        self.list(MEDIATION.len() + PAIRING.len(), LIVING_AND_DEAD.len())
    }

    fn list(&self, from: usize, len: usize) -> bool {
        self.all
            .get(from..from + len)
            .is_some_and(|at| at.iter().any(Option::is_some))
    }
}

/// An amount found before a category word: where it starts, the count or order of magnitude,
/// and the owner named by a demonym among its adjectives.
type AmountBefore = (usize, Option<u64>, Option<Approx>, Option<&'static str>);

/// One category mention and its amount.
#[derive(Debug, Clone)]
struct ItemMention {
    category: Category,
    count: Option<u64>,
    approx: Option<Approx>,
    /// Byte offsets of the words that give the item.
    start: usize,
    end: usize,
    /// Token index of the category word.
    token: usize,
    owner: Option<&'static str>,
    each: bool,
}

/// Finds the exchange claim of a sentence (at most one).
pub(crate) fn find(ctx: &Context<'_>) -> Vec<Found> {
    if ctx.text.trim_end().ends_with('?') {
        return Vec::new();
    }
    let mut words = EXCHANGE.all_from(ctx.text, ctx.starts);
    words.extend(split_handovers(ctx));
    // "Israel transferred 45 bodies, according to the ministry, which said it had so far
    // identified ...": a block word in a relative clause after the exchange word belongs to
    // that clause.
    let first_trigger = words
        .iter()
        .filter(|w| matches!(w.value, ExchangeWord::Trigger(_)))
        .map(|w| w.start)
        .min();
    if words.iter().any(|w| {
        *w.value == ExchangeWord::BlockSentence
            && !in_later_relative_clause(ctx, first_trigger, w.start)
    }) {
        return Vec::new();
    }
    let speaker_span = ctx.said.speaker_at;
    let categories: Vec<_> = words
        .iter()
        .filter_map(|w| match w.value {
            ExchangeWord::Category(c) => Some((w.start, w.end, *c)),
            _ => None,
        })
        // "the Coordination Headquarters for the Treatment of Prisoners of War said": a name.
        .filter(|(start, end, _)| {
            // "national team duty", "the national guard": the adjective, not a person.
            let adjective = ctx.slice(*start, *end).eq_ignore_ascii_case("national")
                && ctx
                    .tokens
                    .get(token_at(ctx.tokens, *end))
                    .is_some_and(|n| n.is_any(NATIONAL_THINGS));
            // "a prisoner-release protocol", "hostage-exchange talks": a word of a compound
            // modifier, not people.
            if adjective
                || ctx
                    .text
                    .get(*end..)
                    .is_some_and(|rest| rest.starts_with('-'))
            {
                return false;
            }
            // "whose fate remains unknown": the verb, not the dead.
            if ctx.slice(*start, *end).eq_ignore_ascii_case("remains") {
                let at = token_at(ctx.tokens, *start);
                let noun = at.checked_sub(1).and_then(|p| ctx.tokens.get(p)).is_some_and(|p| {
                    p.kind == TokenKind::Number
                        || p.kind == TokenKind::Possessive
                        || p.is_any(&[
                            "the", "of", "their", "his", "her", "its", "whose", "human", "mortal",
                            "and", "more", "two", "three", "four", "five",
                        ])
                }) || ctx.tokens.get(at + 1).is_some_and(|n| n.is_any(&["of", "that", "which"]))
                    // "Hamas handed over remains": the object of a handover verb.
                    || at.checked_sub(1).and_then(|p| ctx.tokens.get(p)).is_some_and(|p| {
                        p.is_any(&["over", "back", "returned", "handed", "repatriated", "received"])
                    });
                if !noun {
                    return false;
                }
            }
            let in_speaker = speaker_span.is_some_and(|(a, b)| *start >= a && *end <= b);
            let written = ctx.slice(*start, *end);
            let capitalised = *start > 0
                && written.chars().next().is_some_and(char::is_uppercase)
                && written.chars().nth(1).is_some_and(char::is_lowercase);
            // Inside a name, the words around are capitalised too ("the Treatment of Prisoners
            // of War", "the Palestinian Prisoners' Club"); "freed 23 Palestinians" is people.
            let capitalised_name = capitalised && {
                let at = token_at(ctx.tokens, *start);
                // "the State Commission on Prisoners of War, Hostages and Missing Persons".
                let before = (0..at).rev().find_map(|k| {
                    ctx.tokens
                        .get(k)
                        .filter(|t| !t.is_any(&["of", "for", "on", "the", "and"]))
                });
                let after = (token_at(ctx.tokens, *end)..ctx.tokens.len())
                    .find_map(|k| ctx.tokens.get(k).filter(|t| !t.is_any(&["of", "and"])));
                before.is_some_and(|t| t.is_capitalised() && t.start > 0)
                    || after.is_some_and(|t| t.is_capitalised() || t.kind == TokenKind::Possessive)
            };
            // "the government's commission on prisoners of war, hostages and missing persons":
            // what a body deals with, not people handed over.
            let remit = crate::text::in_remit(ctx.tokens, token_at(ctx.tokens, *start), |t| {
                t.is_any(HANDOVER_VERBS) || t.is_any(RECEIVE_VERBS)
            });
            !in_speaker && !capitalised_name && !remit
        })
        .collect();
    // "a prisoner deal", "a hostage agreement": a word of people in the singular before a noun
    // modifies that noun and names no one. Where its clause names people too ("150 soldiers
    // under a prisoner agreement") they are the items; else the word still tells the category.
    let modifier = |&(start, end, _): &(usize, usize, Category)| {
        modifies_noun_after(ctx, end) && !ctx.slice(start, end).ends_with('s')
    };
    let categories: Vec<_> = categories
        .iter()
        // "the bodies of 1,000 people believed to be Ukrainian soldiers": who they are, not
        // more people.
        .filter(|&&(start, _, _)| {
            !(described_as(ctx, start) && categories.iter().any(|other| other.1 < start))
        })
        .filter(|category| {
            !modifier(category) || {
                let (start, end) = clause_around(ctx.text, category.0);
                !categories
                    .iter()
                    .any(|other| !modifier(other) && other.0 >= start && other.1 <= end)
            }
        })
        .copied()
        .collect();
    let triggers: Vec<_> = words
        .iter()
        .filter(|w| matches!(w.value, ExchangeWord::Trigger(_)))
        .filter(|w| !ctx.text.get(..w.start).is_some_and(|b| b.ends_with('-')))
        // "were flown between Sanaa and Marib", "flown home": a flight is a handover only
        // between the two sides or home, not "flown to a hospital".
        .filter(|w| {
            !ctx.slice(w.start, w.end).eq_ignore_ascii_case("were flown")
                || ctx
                    .tokens
                    .get(token_at(ctx.tokens, w.end))
                    .is_some_and(|n| n.is_any(&["between", "home", "back"]))
        })
        // "hand over territory", "received assurances": a verb whose object is a thing.
        .filter(|w| !object_is_a_thing(ctx, w.end))
        // "in return", "in exchange for": links between items, not the event.
        .filter(|w| {
            !token_at(ctx.tokens, w.start)
                .checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .is_some_and(|p| p.is("in"))
        })
        .collect();
    // Nothing happens without an exchange word: the status cues below are not searched for.
    if triggers.is_empty() {
        return Vec::new();
    }
    // "a prisoner swap", "a 390-for-390 exchange": people are implied.
    let prisoner_swap = triggers.iter().find(|t| {
        // The words as written, compared in any ASCII case (not copied in lower case).
        let word = ctx.slice(t.start, t.end);
        let before = ctx.text.get(..t.start).unwrap_or("").trim_end();
        starts_with_ignore_case(word, "prisoner")
            || ((starts_with_ignore_case(word, "exchange") || starts_with_ignore_case(word, "swap"))
                && before.rsplit(' ').next().is_some_and(|w| {
                    let mut parts = w.split("-for-");
                    matches!((parts.next(), parts.next()), (Some(a), Some(b)) if !a.is_empty() && a == b)
                }))
    });
    if categories.is_empty() && prisoner_swap.is_none() {
        return Vec::new();
    }
    let statuses: Vec<_> = EXCHANGE_STATUS
        .find_from(ctx.text, ctx.starts)
        .filter_map(|w| match w.value {
            ExchangeWord::Status(s) => Some((w.start, w.end, *s)),
            _ => None,
        })
        .collect();
    // A trigger must govern a category: the category follows within a few words, or comes just
    // before a passive or "returned home".
    let demanded = statuses
        .iter()
        .any(|(_, _, st)| *st == ExchangeStatus::Demanded);
    // "ready to continue humanitarian exchanges and had proposed a swap of 1,200": a trigger
    // with a block word just before it gives way to a later one.
    let blocked_near = |start: usize| {
        let tk = token_at(ctx.tokens, start);
        words.iter().any(|w| {
            *w.value == ExchangeWord::BlockNear
                && w.end <= start
                && tk.saturating_sub(token_at(ctx.tokens, w.start)) <= 4
        })
    };
    let unblocked = triggers.iter().any(|t| !blocked_near(t.start));
    let trigger = triggers.iter().find(|t| {
        if unblocked && blocked_near(t.start) {
            return false;
        }
        let tk = token_at(ctx.tokens, t.start);
        let word = ctx.slice(t.start, t.end);
        let prev = tk.checked_sub(1).and_then(|p| ctx.tokens.get(p));
        let next = ctx.tokens.get(token_at(ctx.tokens, t.end));
        let aux = |p: &crate::text::Token<'_>| {
            p.is_any(&["been", "were", "was", "be", "are", "is", "being"])
        };
        // "were also freed", "have now been returned": an adverb between.
        let passive_aux = prev.is_some_and(aux)
            || ["were ", "was ", "been "]
                .iter()
                .any(|a| starts_with_ignore_case(word, a))
            || prev.is_some_and(|p| p.is_any(&["also", "later", "finally", "now", "all"]))
                && tk
                    .checked_sub(2)
                    .and_then(|p| ctx.tokens.get(p))
                    .is_some_and(aux);
        // "Videos released by the ministry": a participle after a noun, not a handover; "the
        // remains of a hostage handed over by Hamas" are people handed over.
        let people_before = prev.is_some_and(|p| {
            EXCHANGE
                .at(ctx.text, p.start)
                .is_some_and(|h| matches!(h.value, ExchangeWord::Category(_)))
        });
        if next.is_some_and(|n| n.is("by")) && !passive_aux && !people_before {
            return false;
        }
        // "are free to go back", "is free to leave": an adjective.
        if word.eq_ignore_ascii_case("free")
            && next.is_some_and(|n| n.is("to"))
            && prev.is_some_and(|p| p.is_any(&["are", "is", "be", "were", "was", "feel"]))
        {
            return false;
        }
        // "the freed men", "those released": a participle after a determiner describes people.
        // "Russia and Ukraine recently swapped prisoners", "the sides last exchanged POWs": an
        // adverb between a subject and its verb, not "the recently freed prisoners".
        let adverb_after_subject = prev.is_some_and(|p| {
            p.is_any(&[
                "recently",
                "newly",
                "last",
                "later",
                "finally",
                "reportedly",
                "again",
                "quietly",
                "eventually",
                "successfully",
            ])
        }) && tk
            .checked_sub(2)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(|s| {
                (s.is_capitalised() && s.is_word())
                    || s.is_any(&["they", "it", "we", "sides", "countries", "two"])
            });
        let described = ends_with_ignore_case(word, "ed")
            && !adverb_after_subject
            && prev.is_some_and(|p| p.is_any(&["the", "those", "these", "newly", "recently"]))
            && next.is_some_and(|n| n.is_word() && !n.is_any(&["by", "on", "in", "at", "from"]));
        if described {
            return false;
        }
        // "the freed prisoners", "carrying freed prisoners": an adjective.
        let adjective = ends_with_ignore_case(word, "ed")
            && !adverb_after_subject
            && next.is_some_and(|n| {
                EXCHANGE
                    .at(ctx.text, n.start)
                    .is_some_and(|h| matches!(h.value, ExchangeWord::Category(_)))
            })
            && prev.is_none_or(|p| {
                p.is_any(&[
                    "the", "a", "an", "of", "for", "with", "carrying", "greet", "greeted",
                    "welcome", "welcomed", "newly", "recently", "other", "those", "these", "all",
                ]) || (p.is_word()
                    && !p.is_capitalised()
                    && !p.is_any(&[
                        "they", "who", "which", "also", "then", "have", "has", "had", "and",
                        "sides",
                    ])
                    // "the M23 rebel group exchanged prisoners": a subject, not "the
                    // exchanged prisoners".
                    && !p.is_any(GROUP_NOUNS)
                    && !p.is_any(STATE_NOUNS)
                    && !p.is_any(FORCE_WORDS))
            });
        if adjective {
            return false;
        }
        let near_after = categories
            .iter()
            .any(|(s, _, _)| *s >= t.end && token_at(ctx.tokens, *s).saturating_sub(tk) <= 12);
        // "Thirty-eight students abducted from ... have been freed", "11 children who had been
        // deported ... had been returned": people described at length before a passive.
        let described_at_length = |e: usize| {
            ctx.tokens.get(token_at(ctx.tokens, e)).is_some_and(|n| {
                n.is_any(&["who", "that", "whom"]) || n.is_word() && n.text.ends_with("ed")
            })
        };
        // "... have regained their freedom", "had also returned to Ukraine": a perfect that
        // reads like the passive.
        let perfect = prev.is_some_and(|p| p.is_any(&["have", "has", "had"]))
            || prev.is_some_and(|p| p.is_any(&["also", "now", "since"]))
                && tk
                    .checked_sub(2)
                    .and_then(|k| ctx.tokens.get(k))
                    .is_some_and(|p| p.is_any(&["have", "has", "had"]));
        let passive_before = categories.iter().any(|(_, e, _)| {
            let gap = tk.saturating_sub(token_at(ctx.tokens, *e));
            // "civilians who had been held ... returned home": a return of their own.
            let home = word.ends_with(" home");
            *e <= t.start
                && (gap <= 5
                    || passive_aux && gap <= 18
                    || perfect && gap <= 8
                    || (passive_aux || perfect || home) && gap <= 32 && described_at_length(*e))
        }) && (passive_aux
            || next.is_some_and(|n| n.is_any(&["home"]))
            || word.contains(' ')
            // Counted people ("two civilians and a boy had also returned"), not "the troops
            // had returned to Israeli territory".
            || perfect
                && starts_with_ignore_case(word, "returned")
                && categories.iter().any(|(s, e, _)| {
                    *e <= t.start && amount_before(ctx, token_at(ctx.tokens, *s)).is_some()
                }));
        let noun_swap = (contains_ignore_case(word, "exchange")
            || contains_ignore_case(word, "swap"))
            && !categories.is_empty();
        near_after
            || passive_before
            || noun_swap
            || (demanded && !categories.is_empty())
            || prisoner_swap.is_some_and(|p| p.start == t.start)
    });
    let Some(trigger) = trigger else {
        return Vec::new();
    };
    let trigger_token = token_at(ctx.tokens, trigger.start);
    // "could exchange", "if they release": a hypothesis.
    // "seeking the return of": a block word inside a longer status cue is that cue.
    let near_block = words.iter().any(|w| {
        *w.value == ExchangeWord::BlockNear
            && w.end <= trigger.start
            && trigger_token.saturating_sub(token_at(ctx.tokens, w.start)) <= 4
            && !statuses
                .iter()
                .any(|(s, e, _)| *s <= w.start && *e >= w.end && *e > w.end)
    });
    // "the prisoner exchange mechanism agreed in Doha": a frame for exchanges, not one;
    // "Governor Lawal, who received the students at the Government House, thanked ...".
    let frame = ctx
        .tokens
        .get(token_at(ctx.tokens, trigger.end))
        .is_some_and(|t| {
            t.is_any(&[
                "mechanism",
                "framework",
                "talks",
                "negotiations",
                "process",
                "programme",
                "program",
                "committee",
                "deal",
                "agreement",
                "protocol",
            ])
        })
        && (contains_ignore_case(ctx.slice(trigger.start, trigger.end), "exchange")
            || contains_ignore_case(ctx.slice(trigger.start, trigger.end), "swap")
            // "a prisoner-release protocol agreed in Doha".
            || ctx.text.get(..trigger.start).is_some_and(|b| b.ends_with('-')));
    let received_in_description = trigger_token
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is("who"))
        && ctx
            .tokens
            .get(trigger_token)
            .is_some_and(|t| t.is_any(RECEIVE_VERBS));
    let condition =
        no_event_around(ctx, trigger.start, trigger.end) || frame || received_in_description;
    if near_block || condition {
        return Vec::new();
    }
    // "Hamas must return the bodies": the term of an agreement when the sentence names one;
    // "Russia must release the civilians it holds, the ombudsman said" is the speaker's demand;
    // a warning that someone must act is a deadline's business, not an exchange.
    let obligation = (trigger_token.saturating_sub(3)..trigger_token)
        .filter_map(|k| ctx.tokens.get(k))
        .any(|t| t.is_any(&["must", "should"]));
    let agreement = ctx
        .tokens
        .iter()
        .any(|t| t.is_any(&["agreement", "deal", "ceasefire", "plan", "truce", "accord"]));
    let demanded_by_speaker = obligation
        && !agreement
        && ctx.said.verb_at.is_some()
        && !ctx.tokens.iter().enumerate().any(|(k, t)| {
            t.is_any(&["warned", "warning", "until", "within"]) || t.is("by") && limit_after(ctx, k)
        });
    if obligation && !agreement && !demanded_by_speaker {
        return Vec::new();
    }
    let obliged_by_agreement = obligation && agreement;
    let mut traces = Traces::new(ctx);
    let trigger_words = ctx.slice(trigger.start, trigger.end);

    let mut status = status_of(ctx, trigger, &statuses, &mut traces);
    if demanded_by_speaker {
        traces.add("status", "exchange.obligation_said", trigger_words);
        status = ExchangeStatus::Demanded;
    }
    if obliged_by_agreement && status == ExchangeStatus::Completed {
        traces.add(
            "status",
            "exchange.obligation_under_agreement",
            trigger_words,
        );
        status = ExchangeStatus::Agreed;
    }
    let mut mentions_found = item_mentions(ctx, &categories);
    // "Houthi fighters freed the crew": people named just before a handover verb that has
    // people after it hand them over; they are not handed over themselves ("250 fighters freed
    // by the government" are).
    // Past who they are and when: "separatist fighters of the Ambazonia Defence Forces (ADF)
    // on Thursday freed 14 bus passengers".
    let handing_over = |m: &ItemMention| {
        let after = token_at(ctx.tokens, m.end);
        let Some(verb) = (after..(after + 12).min(ctx.tokens.len())).find(|&k| {
            ctx.tokens.get(k).is_some_and(|t| {
                !(t.is_any(&["of", "the", "on", "also", "have", "had", "has", "later"])
                    || t.is_punct("()")
                    || t.is_capitalised()
                    || crate::text::CALENDAR.contains(t))
            })
        }) else {
            return false;
        };
        ctx.tokens
            .get(verb)
            .is_some_and(|v| v.is_any(HANDOVER_VERBS))
            && !ctx.tokens.get(verb + 1).is_some_and(|t| t.is("by"))
            && mentions_found.iter().any(|other| other.token > verb)
    };
    if let Some(subject) = mentions_found.iter().position(handing_over) {
        mentions_found.remove(subject);
    }
    // "troops had secured the release of 40 farmers": those who won the release.
    if mentions_found.len() > 1 {
        mentions_found.retain(|m| {
            let after = token_at(ctx.tokens, m.end);
            // Past "troops of Operation Fansan Yamma had".
            let verb = (after..(after + 7).min(ctx.tokens.len()))
                .filter_map(|k| ctx.tokens.get(k))
                .find(|t| {
                    !(t.is_any(&["had", "have", "has", "also", "then", "of"]) || t.is_capitalised())
                });
            !verb.is_some_and(|v| {
                v.is_any(&[
                    "secured",
                    "won",
                    "obtained",
                    "negotiated",
                    "rescued",
                    "brokered",
                ])
            })
        });
    }
    // "..., according to the ministry, which said it had received 270 bodies since": people
    // counted in a relative clause after the exchange word are not its items.
    if mentions_found.len() > 1 {
        mentions_found.retain(|m| !in_later_relative_clause(ctx, first_trigger, m.start));
    }
    // "the bodies of 1,000 people it said were Ukrainian soldiers": a noun after "were" says
    // what other people counted were; it is no item of its own.
    // Also "the bodies of 1,000 people it says are fallen Ukrainian soldiers": past an
    // adjective of the dead.
    // Whose the people said to be are stays with those counted ("Ukrainian soldiers": the
    // bodies go to Ukraine).
    if mentions_found.len() > 1 {
        let predicate = |m: &ItemMention| {
            (m.token.saturating_sub(4)..m.token)
                .rev()
                .filter_map(|k| ctx.tokens.get(k))
                .find(|t| {
                    !t.is_capitalised() && !t.is_any(&["fallen", "dead", "killed", "deceased"])
                })
                .is_some_and(|t| t.is_any(&["were", "was", "are", "is"]))
                && m.count.is_none()
                && m.approx.is_none()
        };
        let owner = mentions_found
            .iter()
            .filter(|m| predicate(m))
            .find_map(|m| m.owner);
        mentions_found.retain(|m| !predicate(m));
        for m in &mut mentions_found {
            m.owner = m.owner.or(owner);
        }
    }
    // "all Ukrainian civilians held in Russian prisons, including journalists": people listed
    // among a group already counted as an item.
    if mentions_found.len() > 1 {
        let first_start = mentions_found.first().map(|m| m.start);
        mentions_found.retain(|m| {
            let including = m
                .token
                .checked_sub(1)
                .and_then(|k| ctx.tokens.get(k))
                .is_some_and(|t| t.is_any(&["including", "among"]))
                && m.token
                    .checked_sub(2)
                    .and_then(|k| ctx.tokens.get(k))
                    .is_some_and(|t| t.is_punct(","));
            !(including && Some(m.start) != first_start && m.count.is_none())
        });
    }
    // "handing them over to government troops", "received by IDF troops": whom something went
    // to, uncounted, is not what was handed over.
    // Also "received by a joint team of police, soldiers and local vigilantes": a list of whom.
    let received_by = |m: &ItemMention| {
        (m.token.saturating_sub(8)..m.token).any(|k| {
            ctx.tokens.get(k).is_some_and(|t| t.is("by"))
                && k.checked_sub(1)
                    .and_then(|v| ctx.tokens.get(v))
                    .is_some_and(|v| v.is_any(RECEIVE_VERBS))
                && ctx.tokens.get(k + 1..m.token).is_some_and(|between| {
                    !between
                        .iter()
                        .any(|t| t.is_any(&["and", "while", "before", "after"]) || t.is_punct(";"))
                })
        })
    };
    // "The coffin was transferred to IDF troops": whom it went to, uncounted.
    let handed_to = |m: &ItemMention| {
        (m.token.saturating_sub(2)..m.token)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| t.is("to") && t.start >= trigger.end)
    };
    mentions_found
        .retain(|m| !((received_by(m) || handed_to(m)) && m.count.is_none() && m.approx.is_none()));
    // "..., and brought the total number of captives freed with its help to 4,765": people in a
    // running total are no item of the event.
    // Also "..., bringing to 345 the number of bodies handed back".
    if let Some(total_at) = total_phrase_at(ctx) {
        mentions_found.retain(|m| m.start < total_at);
    }
    // "told journalists", "briefed diplomats": the audience of a statement changes no hands.
    mentions_found.retain(|m| {
        !m.token
            .checked_sub(1)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(|t| t.is_any(&["told", "telling", "tells", "briefed", "addressed"]))
    });
    // "Thirty-eight students abducted from their school", "two kidnapped oil contractors",
    // "farmers held by bandits": people taken by kidnappers are hostages, whoever they are.
    for m in &mut mentions_found {
        if !matches!(
            m.category,
            Category::Children | Category::Prisoners | Category::Civilians
        ) {
            continue;
        }
        let kidnap = |t: &crate::text::Token<'_>| t.is_any(KIDNAP_WORDS);
        let before = m
            .token
            .checked_sub(1)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(kidnap)
            || m.token
                .checked_sub(2)
                .and_then(|k| ctx.tokens.get(k))
                .is_some_and(kidnap);
        let end = token_at(ctx.tokens, m.end);
        let after = ctx
            .tokens
            .get(end..(end + 2).min(ctx.tokens.len()))
            .is_some_and(|next| next.iter().any(kidnap))
            || ctx.tokens.get(end).is_some_and(|t| t.is("held"))
                && ctx.tokens.get(end + 1).is_some_and(|t| t.is("by"))
                && ctx
                    .tokens
                    .get(end + 2)
                    .is_some_and(|t| t.is_any(CAPTOR_NOUNS));
        let taken_by_state = m.category == Category::Children && taken_by_a_state(ctx, end);
        if (before || after) && !taken_by_state {
            m.category = Category::Hostages;
        }
    }
    if mentions_found.is_empty()
        && let Some(p) = prisoner_swap
    {
        let before = ctx.text.get(..p.start).unwrap_or("").trim_end();
        let figure = before
            .rsplit(' ')
            .next()
            .and_then(|w| w.split("-for-").next())
            .and_then(|n| n.replace(',', "").parse::<u64>().ok());
        mentions_found.push(ItemMention {
            category: Category::Prisoners,
            count: figure,
            approx: None,
            start: p.start,
            end: p.end,
            token: token_at(ctx.tokens, p.start),
            owner: None,
            each: figure.is_some(),
        });
    }
    // "The truce has not stopped prisoner exchanges": exchanges in general, with no number and
    // no date, are no event.
    let plural_noun = ["exchanges", "swaps", "releases", "handovers"]
        .iter()
        .any(|w| ends_with_ignore_case(trigger_words, w));
    // "Exchanges slowed sharply in the autumn of 2025": the subject of a sentence about them.
    let opens_sentence = ctx
        .tokens
        .iter()
        .take_while(|t| t.start < trigger.start)
        .all(|t| t.is_any(&["the", "prisoner", "prisoners", "such", "these", "those"]));
    // "talks that would focus on further prisoner exchanges": exchanges still to come, whatever
    // else the sentence dates.
    let yet_to_come = (0..token_at(ctx.tokens, trigger.start))
        .rev()
        .find(|&k| {
            ctx.tokens.get(k).is_some_and(|t| {
                !t.is_any(&[
                    "prisoner",
                    "prisoners",
                    "POW",
                    "body",
                    "hostage",
                    "detainee",
                ])
            })
        })
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is_any(&["further", "future", "more", "possible", "regular"]));
    let uncounted = mentions_found
        .iter()
        .all(|m| m.count.is_none() && m.approx.is_none());
    let in_general =
        plural_noun && (ctx.past_times().is_empty() || opens_sentence || yet_to_come) && uncounted;
    // "preparing lists for the next exchange", "work was under way on a new prisoner
    // exchange": one still to come, of no one counted.
    let next_one = ["exchange", "swap"]
        .iter()
        .any(|w| ends_with_ignore_case(trigger_words, w))
        && (0..token_at(ctx.tokens, trigger.start))
            .rev()
            .take(3)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| t.is_any(&["next", "new", "another"]))
        && uncounted
        // "had agreed to carry out another exchange": an agreement is a claim of its own.
        && status == ExchangeStatus::Completed;
    if mentions_found.is_empty()
        || in_general
        || next_one
        || running_total(ctx, trigger_token)
        || total_brought_to(ctx, trigger.start)
        || ordinal_of_exchanges(ctx, trigger.start, &mentions_found)
    {
        return Vec::new();
    }
    // "The prisoners were handed over at a monastery": people the article has already counted,
    // handed over by no one the sentence names, are the event told again. Where they went
    // afterwards ("and driven to Israel") names no one who handed them over.
    let outside_speaker = |m: &&Mention| {
        ctx.said
            .speaker_at
            .is_none_or(|(a, b)| m.start < a || m.end > b)
    };
    // "received by IDF troops": whoever received them did not hand them over.
    let hands_over = |m: &&Mention| {
        let at = token_at(ctx.tokens, m.start);
        // "flown to Port Sudan": a place on the way, not a side.
        let place = at
            .checked_sub(1)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(|t| {
                t.is_any(&["to", "in", "at", "from", "into", "near"]) || t.is_capitalised()
            });
        m.start < trigger.start && !place
            || at
                .checked_sub(1)
                .and_then(|k| ctx.tokens.get(k))
                .is_some_and(|t| t.is("by"))
                && !at
                    .checked_sub(2)
                    .and_then(|k| ctx.tokens.get(k))
                    .is_some_and(|t| t.is_any(RECEIVE_VERBS))
    };
    let told_again = !ctx
        .mentions()
        .iter()
        .any(|m| outside_speaker(&m) && hands_over(&m))
        && mentions_found.iter().all(|m| {
            // "The constable ... was received": one person the article has named before.
            (m.count.is_none() || m.count == Some(1))
                && m.approx.is_none()
                && m.token
                    .checked_sub(1)
                    .and_then(|k| ctx.tokens.get(k))
                    .is_some_and(|t| t.is_any(&["the", "these", "those"]))
        })
        && (token_at(ctx.tokens, trigger.start)
            .checked_sub(1)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(|t| t.is_any(&["were", "was", "been"]))
            || ["were ", "was "]
                .iter()
                .any(|aux| starts_with_ignore_case(ctx.slice(trigger.start, trigger.end), aux)));
    if told_again {
        return Vec::new();
    }
    let phrases_at = PhrasesAt::of(ctx.text);
    let mediator = mediator(ctx, &phrases_at, &mut traces);
    let named = sides_named(ctx, &phrases_at, mediator);
    let swap_word = triggers.iter().any(|t| {
        let w = ctx.slice(t.start, t.end);
        let in_exchange_for = ctx
            .text
            .get(..t.start)
            .is_some_and(|b| ends_with_ignore_case(b.trim_end(), " in"));
        // "release all the hostages in a single exchange": the manner of a release.
        let in_one = ctx.text.get(..t.start).is_some_and(|b| {
            let b = b.trim_end();
            ends_with_ignore_case(b, " in a")
                || ends_with_ignore_case(b, " in one")
                || ends_with_ignore_case(b, " in a single")
        });
        (contains_ignore_case(w, "exchang")
            || contains_ignore_case(w, "swap")
            || w.eq_ignore_ascii_case("traded"))
            && !in_exchange_for
            && !in_one
    });
    // "Armenia and Azerbaijan agreed to release ...": both sides act.
    // "The largest exchange took place in May, when Russia and Ukraine swapped 1,000 prisoners
    // each": any exchange verb's subject.
    let mutual = triggers.iter().any(|t| compound_subject(ctx, t.start));
    let swap_word = swap_word || mutual;
    let mut parties: Vec<&'static str> = named.iter().map(|m| m.actor).collect();
    dedup(&mut parties);
    let mut items = Vec::new();
    let mut previous: Option<(Option<&'static str>, Option<&'static str>)> = None;
    // "The president, who has freed dozens this year, told state TV ...": people in the clause
    // between the speaker and the reporting verb belong to the description, not the claim.
    let described = match (ctx.said.speaker_at, ctx.said.verb_at) {
        (Some((_, speaker_end)), Some((verb_start, _))) if speaker_end < verb_start => {
            Some((speaker_end, verb_start))
        }
        _ => None,
    };
    let in_description =
        |m: &ItemMention| described.is_some_and(|(a, b)| m.start >= a && m.end <= b);
    if mentions_found.iter().any(|m| !in_description(m)) {
        mentions_found.retain(|m| !in_description(m));
    } else if described.is_some_and(|(a, b)| trigger.start >= a && trigger.end <= b) {
        // "Nuhu Ribadu, who received the children in Minna, said ...": the speaker's
        // description tells what is known already.
        return Vec::new();
    }
    // "an exchange of hostages for Palestinian prisoners": the first group goes one way and the
    // second the other, so neither is a swap of its own. Whether each mention is traded for the
    // next one.
    let traded_for_next: Vec<bool> = mentions_found
        .windows(2)
        .map(|pair| traded_for(ctx.text, pair[0].end, pair[1].start))
        .collect();
    for (index, mention) in mentions_found.iter().enumerate() {
        let traded = traded_for_next.get(index).copied().unwrap_or(false)
            || index
                .checked_sub(1)
                .and_then(|previous| traded_for_next.get(previous))
                .copied()
                .unwrap_or(false);
        let in_exchange_for = ctx.text.get(..mention.start).is_some_and(|b| {
            // "in exchange for the remains of 31 servicemen": past a determiner.
            let b = b.trim_end();
            let b = ["the", "a", "an"]
                .iter()
                .find_map(|d| {
                    b.strip_suffix(d)
                        .filter(|rest| rest.ends_with(' '))
                        .map(str::trim_end)
                })
                .unwrap_or(b);
            ends_with_ignore_case(b, "in exchange for") || ends_with_ignore_case(b, "in return for")
        });
        let passive_after = trigger.start > mention.end;
        let (mut from, mut to) =
            direction(ctx, mention, if passive_after { trigger.end } else { 0 });
        if mutual {
            // Both named sides act; the direction comes from the swap.
            from = None;
        }
        if in_exchange_for && let Some((pf, pt)) = previous {
            // What is given in exchange goes the other way.
            from = pt;
            to = pf;
        }
        // "1,800 Palestinian prisoners held by Israel": the holder named after the people
        // releases them, whatever the status.
        if from.is_none()
            && let Some(holder) = holder_after(ctx, mention.end)
            && to != Some(holder)
        {
            from = Some(holder);
        }
        // "303 Ukrainian soldiers returned home": the other side released them.
        if from.is_none()
            && !swap_word
            && let Some(t) = to
        {
            from = ctx.article.other_side(t);
        }
        // "Palestinian prisoners": people a known side holds, when the sentence names the
        // sides of the exchange.
        if from.is_none()
            && !named.is_empty()
            && let Some(holder) = held_by_people_word(ctx, mention.token)
            && to != Some(holder)
        {
            traces.add("items", "exchange.people_held_by", holder);
            from = Some(holder);
        }
        if from.is_some() && from == to {
            to = None;
        }
        // "brokered by Qatar": the mediator hands no one over.
        if mediator.is_some() && from == mediator {
            from = None;
        }
        if mediator.is_some() && to == mediator {
            to = None;
        }
        // "demanded the return of children": the demander receives them.
        // "called on Russia to return Ukrainian children": the owner named by a demonym, when
        // it is one of the article's sides, receives them whoever speaks.
        let owner_side = mention
            .owner
            .filter(|o| ctx.article.sides.contains(o) && to == Some(*o));
        if status == ExchangeStatus::Demanded && ctx.said.actor.is_some() && owner_side.is_none() {
            to = ctx.said.actor;
            from = to.and_then(|t| ctx.article.other_side(t));
        }
        // "are demanding the release of their members held in Saudi Arabia": from the holder
        // to the demander (the subject in the reporter's voice).
        if status == ExchangeStatus::Demanded {
            if to.is_none() {
                to = named
                    .iter()
                    .find(|m| m.start < trigger.start)
                    .map(|m| m.actor);
            }
            if let Some(holder) = holder_after(ctx, mention.end) {
                from = Some(holder);
            }
            if from.is_some() && from == to {
                from = to.and_then(|t| ctx.article.other_side(t));
            }
        }
        previous = Some((from, to));
        for side in [from, to].into_iter().flatten() {
            if !parties.contains(&side) {
                parties.push(side);
            }
        }
        let per_side = mention.each || for_each_other(ctx, mention);
        // "a 95-for-95 exchange of prisoners of war": the count is in the pairing.
        let mention = &ItemMention {
            count: mention.count.or_else(|| {
                (mention.approx.is_none())
                    .then(|| n_for_n(ctx, mention))
                    .flatten()
            }),
            ..mention.clone()
        };
        let both_ways = per_side
            || (swap_word
                && !traded
                && mention.count.is_none()
                && mention.approx.is_none()
                && from.is_none());
        if both_ways {
            let sides = two_sides(&parties, ctx);
            if let Some((a, b)) = sides {
                if per_side {
                    traces.add(
                        "items",
                        "exchange.per_side",
                        ctx.slice(mention.start, mention.end),
                    );
                } else {
                    traces.add(
                        "items",
                        "exchange.swap_both_ways",
                        ctx.slice(mention.start, mention.end),
                    );
                }
                for (f, t) in [(a, b), (b, a)] {
                    items.push(ExchangeItem {
                        category: mention.category,
                        count: mention.count,
                        approx: mention.approx,
                        from: Some(f.to_owned()),
                        to: Some(t.to_owned()),
                    });
                }
                for side in [a, b] {
                    if !parties.contains(&side) {
                        parties.push(side);
                    }
                }
                continue;
            }
        }
        traces.add(
            "items",
            "exchange.amount_and_category",
            ctx.slice(mention.start, mention.end),
        );
        items.push(ExchangeItem {
            category: mention.category,
            count: mention.count,
            approx: mention.approx,
            from: from.map(str::to_owned),
            to: to.map(str::to_owned),
        });
    }
    merge_items(&mut items);
    // A bare "prisoners" next to counted groups names the same people again.
    let counted = |i: &ExchangeItem| i.count.is_some() || i.approx.is_some();
    let counted_categories: Vec<Category> = items
        .iter()
        .filter(|i| counted(i))
        .map(|i| i.category)
        .collect();
    // "the hostages will be freed in return for 2,000 detainees": each written group of a
    // pair is an item of its own.
    let paired = phrases_at.paired();
    if !counted_categories.is_empty() {
        items.retain(|i| {
            let generic = matches!(i.category, Category::Prisoners | Category::Hostages);
            let own_group = paired && !counted_categories.contains(&i.category);
            counted(i) || own_group || !(generic || counted_categories.contains(&i.category))
        });
    }
    // "all Israeli hostages, living and dead": the dead come back as bodies.
    let and_dead = phrases_at.and_dead();
    if and_dead && !items.iter().any(|i| i.category == Category::Bodies) {
        let people: Vec<ExchangeItem> = items
            .iter()
            .filter(|i| matches!(i.category, Category::Hostages | Category::Prisoners))
            .map(|i| ExchangeItem {
                category: Category::Bodies,
                count: None,
                approx: None,
                from: i.from.clone(),
                to: i.to.clone(),
            })
            .collect();
        if !people.is_empty() {
            traces.add("items", "exchange.living_and_dead", "living and dead");
        }
        items.extend(people);
    }
    complete_directions(&mut items, &parties);
    // "Israel freed 1,968 Palestinian prisoners": Palestinians go home to no actor the text
    // names (Hamas is not their receiver), whatever the other side of the swap.
    let unclaimed: Vec<Category> = mentions_found
        .iter()
        .filter(|m| held_by_people_word(ctx, m.token).is_some())
        .map(|m| m.category)
        .collect();
    for item in &mut items {
        let held_by_holder = unclaimed.contains(&item.category)
            && item
                .from
                .as_deref()
                .is_some_and(|f| HELD_BY.iter().any(|(_, holder)| *holder == f));
        if held_by_holder {
            item.to = None;
        }
    }
    for item in &items {
        for side in [&item.from, &item.to].into_iter().flatten() {
            if let Some(known) = ctx.article.sides.iter().find(|s| **s == side.as_str())
                && !parties.contains(known)
            {
                parties.push(known);
            }
        }
    }
    if swap_word && parties.len() < 2 {
        for side in &ctx.article.sides {
            if parties.len() >= 2 {
                break;
            }
            if !parties.contains(side) {
                parties.push(side);
                traces.add("parties", "exchange.article_sides", side);
            }
        }
    }
    parties.retain(|p| Some(*p) != mediator);
    for party in &parties {
        traces.add("parties", "exchange.side_named", party);
    }
    let when = when(ctx, trigger.start, status, &mut traces);
    // "the return of residents had shown ...", "talks on the return of prisoners", "any
    // release that ignores ...": a handover named as a thing, with no number, no date and no
    // cue of a status ("called on Thailand to release"), is no event that took place.
    let any = token_at(ctx.tokens, trigger.start)
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is_any(&["any", "every"]));
    let uncounted = items
        .iter()
        .all(|i| i.count.is_none() && i.approx.is_none());
    if status == ExchangeStatus::Completed
        && (any || statuses.is_empty() && uncounted)
        && when.is_empty()
        && names_a_handover(ctx, trigger.start, trigger.end)
    {
        return Vec::new();
    }
    // The rule's name is built only when it is kept.
    if ctx.explain {
        traces.add(
            "status",
            &format!("exchange.status_{}", status.as_str()),
            trigger_words,
        );
    }
    let detail = Exchange {
        items,
        parties: parties.into_iter().map(str::to_owned).collect(),
        mediator: mediator.map(str::to_owned),
        when,
        status,
    };
    vec![Found {
        detail: ClaimDetail::Exchange(detail),
        key: trigger_words.to_ascii_lowercase(),
        traces: traces.0,
        speaker_actor: None,
    }]
}

/// Whether the words around the exchange word at `start..end` make it no event: a condition
/// ("until the last hostage is brought home"), a willingness ("willing to be transferred"), a
/// topic ("the issue of prisoner exchanges", "negotiations on the return of"), people going home
/// of their own accord ("urging nationals to return home", "tried to return to their villages")
/// or a time told by a release ("after their release").
fn no_event_around(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    let at = token_at(ctx.tokens, start);
    // "until the last hostage is brought home", "unless the prisoners are freed": a condition.
    let condition = (at.saturating_sub(6)..at)
        .rev()
        .map_while(|k| ctx.tokens.get(k).filter(|t| !t.is_punct(",;")))
        .any(|t| t.is_any(&["until", "unless"]));
    // "willing to be transferred": an infinitive; "raised the issue of prisoner exchanges": a
    // topic.
    let before = |n: usize| at.checked_sub(n).and_then(|k| ctx.tokens.get(k));
    let infinitive = before(1).is_some_and(|t| t.is("be"))
        && before(2).is_some_and(|t| t.is("to"))
        && before(3).is_some_and(|t| {
            t.is_any(&[
                "willing", "ready", "able", "likely", "unlikely", "eager", "prepared",
            ])
        });
    let topic = before(1).is_some_and(|t| t.is("of"))
        && before(2)
            .is_some_and(|t| t.is_any(&["issue", "question", "topic", "subject", "matter"]))
        || before(2).is_some_and(|t| t.is("of"))
            && before(3)
                .is_some_and(|t| t.is_any(&["issue", "question", "topic", "subject", "matter"]));
    // "would begin negotiations on the return of Lebanese prisoners", "the first phase focused
    // on the release of people held by both sides": what talks or a plan are about.
    let talks_on = (2..=3).any(|n| {
        before(n).is_some_and(|t| t.is_any(&["on", "about", "over", "regarding", "concerning"]))
            && before(n + 1).is_some_and(|t| {
                t.is_any(&[
                    "talks",
                    "negotiations",
                    "discussions",
                    "consultations",
                    "negotiate",
                    "talk",
                    "focused",
                    "focuses",
                    "focus",
                    "centred",
                    "centered",
                ])
            })
    });
    // "some of the remains received in earlier rounds turned out to be ...", "In previous
    // repatriations, ...": what happened in past rounds, told as background.
    let earlier_rounds = || {
        ctx.tokens.windows(3).any(|w| {
            w[0].is_any(&["in", "during"])
                && w[1].is_any(&["earlier", "previous", "past", "prior"])
                && w[2].is_any(&[
                    "rounds",
                    "exchanges",
                    "swaps",
                    "repatriations",
                    "handovers",
                    "releases",
                ])
        })
    };
    // "stormed its prison, freeing more than 500 inmates": a jailbreak.
    let jailbreak = || {
        ctx.tokens.windows(4).any(|w| {
            w[0].is_any(&[
                "stormed",
                "attacked",
                "raided",
                "storming",
                "attacking",
                "raiding",
            ]) && w[1..]
                .iter()
                .any(|t| t.is_any(&["prison", "jail", "prisons", "jails"]))
        })
    };
    // "as residents tried to return to border villages": people going back of their own accord.
    let attempt = before(1).is_some_and(|t| t.is("to"))
        && before(2).is_some_and(|t| {
            t.is_any(&[
                "tried",
                "trying",
                "try",
                "attempted",
                "attempting",
                "sought",
                "seeking",
                "began",
                "started",
            ])
        });
    // "urging Indian nationals to return home": people going home of their own accord.
    let go_home = (ends_with_ignore_case(ctx.slice(start, end), "home")
        || ctx
            .tokens
            .get(token_at(ctx.tokens, end))
            .is_some_and(|t| t.is("home")))
        && before(1).is_some_and(|t| t.is("to"))
        && (at.saturating_sub(8)..at)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| {
                t.is_any(&[
                    "urging", "urged", "urges", "advised", "advising", "asked", "asking", "told",
                    "telling", "allowed", "allowing",
                ])
            });
    // "hospitalised after their release": a time told by a release, not the release.
    let time_of = before(1).is_some_and(|t| t.is_any(&["their", "his", "her", "its"]))
        && before(2)
            .is_some_and(|t| t.is_any(&["after", "since", "before", "upon", "following", "until"]));
    // "ordered all armed units to return to their barracks": forces moving back, not people
    // handed over.
    let after = |n: usize| ctx.tokens.get(token_at(ctx.tokens, end) + n);
    let back_to_base = after(0).is_some_and(|t| t.is("to"))
        && after(1).is_some_and(|t| t.is_any(&["their", "its", "the"]))
        && after(2).is_some_and(|t| {
            t.is_any(&[
                "barracks",
                "bases",
                "base",
                "positions",
                "posts",
                "units",
                "lines",
            ])
        });
    condition
        || infinitive
        || topic
        || talks_on
        || attempt
        || go_home
        || time_of
        || back_to_base
        || earlier_rounds()
        || jailbreak()
}

/// Whether the exchange word at `start..end` is a noun (`the return of`, `a release`, `any
/// handover`) rather than a verb.
fn names_a_handover(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    let word = ctx.slice(start, end);
    let noun = [
        "return",
        "returns",
        "release",
        "releases",
        "repatriation",
        "repatriations",
        "handover",
        "handovers",
        "transfer",
        "transfers",
    ]
    .iter()
    .any(|n| word.eq_ignore_ascii_case(n));
    // "The swap came as ...", "Every exchange is the result of ...": an exchange as the
    // subject of a sentence about it (not "held an exchange of prisoners").
    let subject = ["exchange", "swap"]
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
        && token_at(ctx.tokens, start)
            .checked_sub(1)
            .and_then(|k| ctx.tokens.get(k))
            .is_some_and(|t| t.is_any(&["the", "every", "each", "this"]))
        && token_at(ctx.tokens, start).checked_sub(2).is_none_or(|k| {
            ctx.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Punct)
        });
    let at = token_at(ctx.tokens, start);
    let determiner = at
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| {
            t.is_any(&[
                "the", "a", "an", "any", "every", "this", "that", "such", "their", "its",
            ])
        });
    let of_after = ctx
        .tokens
        .get(token_at(ctx.tokens, end))
        .is_some_and(|t| t.is("of"));
    noun && (determiner || of_after) || subject
}

fn dedup(list: &mut Vec<&'static str>) {
    let mut seen = Vec::new();
    list.retain(|x| {
        if seen.contains(x) {
            false
        } else {
            seen.push(*x);
            true
        }
    });
}

/// The status: a cue before the exchange word wins over the default of the word itself.
fn status_of(
    ctx: &Context<'_>,
    trigger: &crate::lexicon::Hit<'_, ExchangeWord>,
    statuses: &[(usize, usize, ExchangeStatus)],
    traces: &mut Traces,
) -> ExchangeStatus {
    let default = match trigger.value {
        ExchangeWord::Trigger(s) => *s,
        _ => ExchangeStatus::Completed,
    };
    // A past-tense verb that is not an infinitive is the strongest evidence of completion.
    let trigger_token = token_at(ctx.tokens, trigger.start);
    let word = ctx.slice(trigger.start, trigger.end).to_ascii_lowercase();
    let infinitive = trigger_token
        .checked_sub(1)
        .and_then(|p| ctx.tokens.get(p))
        .is_some_and(|t| t.is_any(&["to", "will", "would", "be", "could", "should"]));
    let past_verb =
        (word.ends_with("ed") || word.starts_with("handed") || word == "freed") && !infinitive;
    let mut best: Option<(usize, usize, ExchangeStatus)> = None;
    for &(start, end, status) in statuses {
        // Cues after the exchange word rarely govern it ("a swap ... agreed at talks"), but for
        // the relative clause of a release named first: "whose release Washington has
        // demanded".
        let whose = trigger_token
            .checked_sub(1)
            .and_then(|p| ctx.tokens.get(p))
            .is_some_and(|t| t.is("whose"))
            && start.saturating_sub(trigger.end) <= 30
            && ctx
                .text
                .get(trigger.end..start)
                .is_some_and(|between| !between.contains([',', ';']));
        let governs = start <= trigger.start || start.saturating_sub(trigger.end) <= 2 || whose;
        if !governs {
            continue;
        }
        let rank = |s: ExchangeStatus| match s {
            ExchangeStatus::Demanded => 3,
            ExchangeStatus::Proposed => 2,
            ExchangeStatus::Agreed => 1,
            ExchangeStatus::Completed => 0,
        };
        if best.is_none_or(|(_, _, b)| rank(status) > rank(b)) {
            best = Some((start, end, status));
        }
    }
    match best {
        Some((start, end, status)) => {
            // "Russia and Ukraine exchanged ..., under a deal agreed ...": a past-tense exchange
            // verb is done unless its own clause carries the cue.
            let cue_in_clause = ctx
                .text
                .get(start.min(trigger.start)..trigger.start.max(start))
                .is_some_and(|between| !between.contains(','));
            if past_verb && status != ExchangeStatus::Demanded && !cue_in_clause {
                return default;
            }
            traces.add("status", "exchange.status_cue", ctx.slice(start, end));
            status
        }
        // "ready to exchange all prisoners": an offer, not an exchange done.
        None if infinitive => ExchangeStatus::Proposed,
        None => default,
    }
}

/// Words after "for" that make a named country a place of care (`taken to Belarus for
/// treatment`).
const CARE_WORDS: &[&str] = &["treatment", "medical", "rehabilitation", "care", "hospital"];

/// "It was the second US-Russia prisoner exchange since February": an exchange counted among
/// others, with no people counted, describes one already told.
fn ordinal_of_exchanges(ctx: &Context<'_>, trigger_start: usize, mentions: &[ItemMention]) -> bool {
    let at = token_at(ctx.tokens, trigger_start);
    let ordinal = (at.saturating_sub(4)..at).any(|k| {
        ctx.tokens.get(k).is_some_and(|t| {
            t.is_any(&[
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "latest",
            ])
        })
    });
    ordinal
        && ctx.tokens.iter().any(|t| t.is("since"))
        && mentions
            .iter()
            .all(|m| m.count.is_none() && m.approx.is_none())
}

/// Whether a time limit follows the `by` at token `by`: "by Friday", "by 5 pm", "by the end of
/// the month" (not "held by its forces").
fn limit_after(ctx: &Context<'_>, by: usize) -> bool {
    let calendar = |k: usize| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| crate::text::CALENDAR.contains(t) || t.kind == TokenKind::Number)
    };
    calendar(by + 1)
        || ctx
            .tokens
            .get(by + 1)
            .is_some_and(|t| t.is_any(&["noon", "midnight"]))
        || ctx.tokens.get(by + 1).is_some_and(|t| t.is("the"))
            && (calendar(by + 2)
                || ctx
                    .tokens
                    .get(by + 2)
                    .is_some_and(|t| t.is_any(&["end", "weekend"])))
}

/// Whether byte `at` is in a relative clause (`, which ...`, `, who ...`) that opens after the
/// sentence's first exchange word at `first_trigger`.
fn in_later_relative_clause(ctx: &Context<'_>, first_trigger: Option<usize>, at: usize) -> bool {
    let Some(trigger) = first_trigger else {
        return false;
    };
    let k = token_at(ctx.tokens, at);
    // ", and Ukraine released 55 soldiers": a clause of its own closes the relative one.
    let closed_between = |from: usize| {
        (from + 1..k).any(|j| {
            ctx.tokens.get(j).is_some_and(|t| t.is_punct(","))
                && ctx
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.is_any(&["and", "but", "while", "whereas"]))
        })
    };
    (0..k).rev().any(|comma| {
        ctx.tokens
            .get(comma)
            .is_some_and(|t| t.is_punct(",") && trigger < t.start)
            && (opens_relative_clause(ctx.tokens, comma) || opens_remark(ctx.tokens, comma))
            && !closed_between(comma)
    })
}

/// Whether the comma at token `comma` opens a relative clause: `, who ...`, `, which ...`,
/// `, some of whom ...`; not `, including commanders who ...`, where the clause describes the
/// people listed.
fn opens_relative_clause(tokens: &[crate::text::Token<'_>], comma: usize) -> bool {
    let pronoun = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.is_any(&["who", "which", "whom"]))
    };
    pronoun(comma + 1) || tokens.get(comma + 2).is_some_and(|t| t.is("of")) && pronoun(comma + 3)
}

/// Whether the comma at token `comma` opens what a speaker adds: `, adding that ...`, `, noting
/// that ...` ("Israel returned 15 bodies, the ministry said, adding that only a handful had so
/// far been identified").
/// Also what it says of the event, `, the largest single transfer so far`.
fn opens_remark(tokens: &[crate::text::Token<'_>], comma: usize) -> bool {
    let superlative = || {
        tokens.get(comma + 1).is_some_and(|t| t.is("the"))
            && tokens.get(comma + 2).is_some_and(|t| {
                t.is_any(&["largest", "biggest", "first", "latest", "second", "third"])
            })
    };
    tokens
        .get(comma + 1)
        .is_some_and(|t| t.is_any(&["adding", "noting"]))
        || superlative()
}

/// Things handed over, returned or received that are not people: after an exchange verb they
/// make it no exchange ("to hand over territory its troops hold", "received assurances").
const THINGS: &[&str] = &[
    "territory",
    "territories",
    "land",
    "lands",
    "weapons",
    "arms",
    "control",
    "power",
    "positions",
    "assurances",
    "guarantees",
    "documents",
    "evidence",
    "keys",
    "authority",
    "responsibility",
    "equipment",
    "videos",
    "video",
    "footage",
    "images",
    "photos",
    "statement",
    "statements",
    "administration",
    "management",
    "list",
    "lists",
    "letter",
    "note",
    "proposal",
    "memorandum",
    "message",
    "draft",
];

/// Whether the words from byte `end` (after an exchange verb) are a thing, not people: one of
/// [`THINGS`], after at most one article or possessive, or after whom it went to ("handed
/// Russia a list of children", "handed the Russian delegation a list").
fn object_is_a_thing(ctx: &Context<'_>, end: usize) -> bool {
    let at = token_at(ctx.tokens, end);
    let determiner = |t: &crate::text::Token<'_>| {
        t.is_any(&["the", "a", "an", "its", "their", "his", "her", "all"])
    };
    let skip = ctx.tokens.get(at).is_some_and(determiner);
    if ctx
        .tokens
        .get(at + usize::from(skip))
        .is_some_and(|t| t.is_any(THINGS))
    {
        return true;
    }
    // The receiver first: a few words, then "a" and the thing ("handed the Russian side a new
    // list"), or one name and the things ("handed Russia lists of children").
    let named_receiver_then_things = ctx.tokens.get(at).is_some_and(|t| t.is_capitalised())
        && ctx
            .tokens
            .get(at + 1)
            .is_some_and(|t| t.is_any(&["lists", "list"]));
    named_receiver_then_things
        || (at + 1..(at + 5).min(ctx.tokens.len())).any(|k| {
            ctx.tokens.get(k).is_some_and(|t| t.is_any(&["a", "an"]))
                && (ctx.tokens.get(k + 1).is_some_and(|t| t.is_any(THINGS))
                    || ctx
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.is_any(&["new", "fresh"]))
                        && ctx.tokens.get(k + 2).is_some_and(|t| t.is_any(THINGS)))
                && ctx
                    .tokens
                    .get(at..k)
                    .is_some_and(|receiver| receiver.iter().all(|t| t.is_word()))
        })
}

/// Whether the sentence counts people freed over a period rather than an event: "the number
/// of Ukrainians brought back since the start of the invasion now exceeds 5,800", "has
/// facilitated the release of more than 1,100 detainees since 2020" (as "so far" does).
fn running_total(ctx: &Context<'_>, trigger_token: usize) -> bool {
    let tokens = ctx.tokens;
    // "Lukashenko, who has released more than 300 prisoners since mid-2024, told state media he
    // had offered ...": a total in a relative clause describes someone; it is not the claim,
    // unless the exchange word is in that clause too ("Qatar, which has mediated the return of
    // 100 children since 2023, will host talks": the total is all there is).
    let other_relative_clause = |k: usize| {
        let Some(comma) = (0..k)
            .rev()
            .find(|&j| tokens.get(j).is_some_and(|t| t.is_punct(",")))
        else {
            return false;
        };
        let opened = opens_relative_clause(tokens, comma);
        // The clause ends at the next comma, or with the sentence.
        let close = (k..tokens.len())
            .find(|&j| tokens.get(j).is_some_and(|t| t.is_punct(",")))
            .unwrap_or(tokens.len());
        opened && !(comma < trigger_token && trigger_token < close)
    };
    // "has returned the remains of 20 of the 28 deceased hostages": a part of a whole.
    // "the 24th of the 28 bodies": an ordinal counts into a whole too.
    let ordinal = |t: &crate::text::Token<'_>| {
        ["th", "st", "nd", "rd"].iter().any(|suffix| {
            t.text
                .strip_suffix(suffix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    // "the remains of all but one of the 28 deceased hostages": a share of a whole in words.
    let part_of_whole = tokens.windows(4).any(|w| {
        (w[0].kind == TokenKind::Number
            || ordinal(&w[0])
            || w[0].is_any(&["one", "all", "most", "half", "none"]))
            && w[1].is("of")
            && w[2].is("the")
            && w[3].kind == TokenKind::Number
    });
    // "..., the latest group brought back under an arrangement that Doha has facilitated since
    // 2023": a clause of its own after the exchange word, opened without a comma.
    // "..., bringing to 345 the number of bodies handed back since the truce began": a
    // participle clause after a comma.
    let later_clause = |k: usize| {
        (0..k)
            .rev()
            .take_while(|&j| tokens.get(j).is_some_and(|t| !t.is_punct(";")))
            .find(|&j| {
                tokens.get(j).is_some_and(|t| {
                    t.is_any(&["that", "which", "who"])
                        || t.is_any(&["bringing", "taking", "raising", "pushing"])
                            && j.checked_sub(1)
                                .and_then(|p| tokens.get(p))
                                .is_some_and(|p| p.is_punct(","))
                })
            })
            // Or a clause about the people before the exchange word ("civilians who had been
            // held in Russia since 2022 returned home").
            .is_some_and(|opener| trigger_token < opener || opener < k && k < trigger_token)
    };
    // "twelve sailors held since their ship was detained in April": how long the people were
    // held, not a total of releases (as "had been held since 2022" and "freed from captivity
    // since 2022" are).
    let held_since = |k: usize| {
        k.checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| p.is_any(&["held", "detained", "jailed", "imprisoned"]))
            && k.checked_sub(2)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| !p.is_any(&["been", "being", "was", "were", "is", "are", "be"]))
    };
    let since = tokens.iter().enumerate().any(|(k, t)| {
        t.is("since") && !other_relative_clause(k) && !later_clause(k) && !held_since(k)
    }) || part_of_whole;
    // "More than 6,000 Ukrainians have now been freed from Russian captivity": a total that
    // has grown to a rough figure.
    let now_perfect = tokens.windows(3).any(|w| {
        w[0].is_any(&["has", "have"]) && w[1].is("now") && (w[2].is("been") || w[2].is_word())
    });
    let rough = tokens.windows(2).any(|w| {
        w[0].is_any(&["more", "over", "nearly", "almost", "some"])
            && (w[1].is("than") || w[1].kind == TokenKind::Number)
            || w[0].is("than") && w[1].kind == TokenKind::Number
    });
    if now_perfect && rough {
        return true;
    }
    if !since {
        return false;
    }
    // "has released", "has brokered the release of", not "has detained since the war began"
    // (who holds people is no total of handovers).
    let participle = |t: &crate::text::Token<'_>| {
        t.is_any(&[
            "been",
            "brokered",
            "mediated",
            "facilitated",
            "secured",
            "negotiated",
            "arranged",
            "overseen",
        ]) || trigger_at(ctx, t.start)
    };
    // "has released", "has now handed back".
    let perfect = tokens.iter().enumerate().any(|(k, t)| {
        t.is_any(&["has", "have", "had"])
            && tokens.get(k + 1).is_some_and(|n| {
                participle(n)
                    || n.is_any(&["now", "already", "also"])
                        && tokens.get(k + 2).is_some_and(participle)
            })
    });
    let tally = tokens
        .iter()
        .any(|t| t.is_any(&["number", "total", "tally", "exceeds", "exceeded"]));
    perfect || tally
}

/// "brought the total number of captives freed with its help to 4,765": a running total with
/// no "since", told by the total itself.
/// Only a handover word inside that phrase is the total's ("..., bringing the number returned
/// under the agreement to 330" follows the event it adds up).
fn total_brought_to(ctx: &Context<'_>, trigger_start: usize) -> bool {
    total_phrase_at(ctx).is_some_and(|at| at < trigger_start)
}

/// Where a running total's phrase starts: a verb of bringing a total up, then within five words
/// the total ("brought the total number of ...", "bringing to 345 the number of ...").
fn total_phrase_at(ctx: &Context<'_>) -> Option<usize> {
    let tokens = ctx.tokens;
    tokens.iter().enumerate().find_map(|(k, t)| {
        (t.is_any(&[
            "brought", "bringing", "brings", "raised", "raising", "takes", "took",
        ]) && (k + 1..(k + 6).min(tokens.len()))
            .filter_map(|j| tokens.get(j))
            .any(|w| w.is_any(&["total", "tally", "number"])))
        .then_some(t.start)
    })
}

/// Whether a date ending at `end` is in a phrase that opens the sentence before the exchange
/// word at `trigger_start` and dates it: "In a separate release on Tuesday, the ELN handed
/// ...", "During a ceremony at the crossing on Friday, ...". Not a phrase of a statement ("In
/// a statement on Monday, the army said ...": the day it was said), nor of another time
/// ("After talks on Monday, ..."), nor one with a verb of its own.
fn opening_phrase_dates(ctx: &Context<'_>, end: usize, trigger_start: usize) -> bool {
    let Some(comma) = ctx.tokens.iter().position(|t| t.is_punct(",")) else {
        return false;
    };
    let phrase = ctx.tokens.get(..comma).unwrap_or_default();
    let opens = phrase.first().is_some_and(|t| {
        t.is_any(&[
            "in",
            "during",
            "at",
            "on",
            "late",
            "early",
            "earlier",
            "separately",
            "also",
        ])
    });
    opens
        && ctx
            .tokens
            .get(comma)
            .is_some_and(|c| end <= c.start && c.start < trigger_start)
        && !phrase.iter().any(|t| {
            t.is_any(&[
                "after",
                "before",
                "since",
                "following",
                "until",
                "ago",
                "when",
                "while",
                "as",
                "statement",
                "interview",
                "speech",
                "post",
                "video",
                "message",
                "briefing",
                "address",
                "remarks",
                "comments",
                "report",
                "letter",
                "call",
                "meeting",
                "talks",
            ]) || t.is_past_form()
        })
}

/// Whether the words of people at `start` say who the people named before are: "believed to
/// be (Ukrainian) soldiers", "identified as hostages".
fn described_as(ctx: &Context<'_>, start: usize) -> bool {
    let mut at = token_at(ctx.tokens, start);
    // Past a demonym or two ("believed to be Ukrainian soldiers").
    for _ in 0..2 {
        if at > 0
            && ctx
                .tokens
                .get(at - 1)
                .is_some_and(|t| t.is_capitalised() && t.is_word())
        {
            at -= 1;
        }
    }
    let word = |back: usize| at.checked_sub(back).and_then(|k| ctx.tokens.get(k));
    let to_be = word(1).is_some_and(|t| t.is("be"))
        && word(2).is_some_and(|t| t.is("to"))
        && word(3).is_some_and(|t| {
            t.is_any(&[
                "believed",
                "thought",
                "said",
                "presumed",
                "confirmed",
                "reported",
            ])
        });
    let identified =
        word(1).is_some_and(|t| t.is("as")) && word(2).is_some_and(|t| t.is("identified"));
    to_be || identified
}

/// Nouns that a word of people in the singular can modify ("a prisoner deal", "the hostage
/// file", "hostage families"): such a word names no one.
const MODIFIED_NOUNS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "pact",
    "release",
    "releases",
    "exchange",
    "exchanges",
    "swap",
    "swaps",
    "transfer",
    "transfers",
    "handover",
    "handovers",
    "talks",
    "negotiations",
    "negotiator",
    "negotiators",
    "file",
    "issue",
    "list",
    "lists",
    "protocol",
    "arrangement",
    "framework",
    "crisis",
    "families",
    "family",
    "relatives",
    "camp",
    "camps",
    "video",
    "videos",
    "footage",
    "rights",
    "affairs",
    "dossier",
    "envoy",
    "mediation",
    "plan",
    "proposal",
    "proposals",
    "question",
];

/// Whether the word of people ending at `end` stands before one of [`MODIFIED_NOUNS`], in the
/// singular or not ("prisoner exchanges", "hostages deal" is rare but read alike).
fn modifies_noun_after(ctx: &Context<'_>, end: usize) -> bool {
    let mut at = token_at(ctx.tokens, end);
    // "a prisoner of war (POW) exchange": past the abbreviation in brackets.
    if ctx.tokens.get(at).is_some_and(|t| t.is_punct("("))
        && ctx.tokens.get(at + 2).is_some_and(|t| t.is_punct(")"))
    {
        at += 3;
    } else if ctx.tokens.get(at).is_none_or(|next| next.start != end + 1) {
        return false;
    }
    ctx.tokens
        .get(at)
        .is_some_and(|next| next.is_any(MODIFIED_NOUNS))
}

/// Nouns after "national" that make it an adjective of a thing, not a person ("a national").
const NATIONAL_THINGS: &[&str] = &[
    "team",
    "teams",
    "squad",
    "side",
    "league",
    "championship",
    "guard",
    "guards",
    "security",
    "army",
    "police",
    "assembly",
    "parliament",
    "flag",
    "flags",
    "anthem",
    "day",
    "holiday",
    "interest",
    "interests",
    "unity",
    "election",
    "elections",
    "dialogue",
    "reconciliation",
    "television",
    "broadcaster",
    "airline",
    "carrier",
    "budget",
    "debt",
    "service",
    "strategy",
    "emergency",
    "park",
    "news",
    "identity",
    "level",
    "average",
];

/// A handover whose particle follows its object: "Kinshasa handed 87 detained fighters over to
/// the rebels", "ready to hand two police officers it is still holding over to the government",
/// "flew six American detainees home", "sent the remains of 30 Palestinians back to Gaza". The
/// verb stands for the whole phrase (the lexicon holds the phrases written together).
fn split_handovers(ctx: &Context<'_>) -> Vec<crate::lexicon::Hit<'static, ExchangeWord>> {
    static HANDED_OVER: ExchangeWord = ExchangeWord::Trigger(ExchangeStatus::Completed);
    let tokens = ctx.tokens;
    let mut out = Vec::new();
    // Most sentences have no particle that could end such a phrase: one pass tells.
    if !tokens.iter().any(|t| t.is_any(&["over", "home", "back"])) {
        return out;
    }
    for (i, t) in tokens.iter().enumerate() {
        // "flew six American detainees home": a flight home; "sent the remains of 30
        // Palestinians back to Gaza": sent back.
        let flew = t.is_any(&["flew", "flown"]);
        let sent = t.is("sent");
        if !(flew || sent || t.is_any(&["hand", "hands", "handed", "handing"]))
            || tokens
                .get(i + 1)
                .is_some_and(|n| n.is_any(&["over", "back", "home"]))
        {
            continue;
        }
        let over_to = (i + 2..(i + 14).min(tokens.len()))
            .take_while(|&k| tokens.get(k).is_some_and(|w| !w.is_punct(".;:")))
            .any(|k| {
                if flew {
                    k <= i + 6 && tokens.get(k).is_some_and(|w| w.is("home"))
                } else if sent {
                    tokens.get(k).is_some_and(|w| w.is_any(&["back", "home"]))
                        && tokens.get(k + 1).is_some_and(|n| n.is("to"))
                } else {
                    // "handed 18 soldiers over to", "handed 18 soldiers back to".
                    tokens.get(k).is_some_and(|w| w.is_any(&["over", "back"]))
                        && tokens.get(k + 1).is_some_and(|n| n.is("to"))
                }
            });
        if over_to {
            out.push(crate::lexicon::Hit {
                start: t.start,
                end: t.end,
                value: &HANDED_OVER,
            });
        }
    }
    out
}

/// Nouns of those who hold people only as hostages: what they free are hostages.
const CAPTOR_NOUNS: &[&str] = &["bandits", "gunmen", "kidnappers", "abductors", "pirates"];

/// Whether the people named before token `after` were taken "by" a state within the next few
/// words: "children abducted by Russia", "deported by Russian forces". Children a state took
/// stay children; those bandits or an armed group took are hostages.
fn taken_by_a_state(ctx: &Context<'_>, after: usize) -> bool {
    let tokens = ctx.tokens;
    (after..(after + 6).min(tokens.len()))
        .filter(|&k| tokens.get(k).is_some_and(|t| t.is("by")))
        .filter_map(|k| tokens.get(k + 1))
        .filter_map(|t| mention_at(ctx.text, t.start))
        .any(|m| {
            matches!(
                m.kind,
                ActorKind::Country
                    | ActorKind::Capital
                    | ActorKind::Demonym
                    | ActorKind::Government
                    | ActorKind::Military
            )
        })
}

/// Words that make the people they describe hostages: "kidnapped", "abducted".
const KIDNAP_WORDS: &[&str] = &[
    "kidnapped",
    "abducted",
    "snatched",
    "kidnap",
    "kidnapping",
    "abduction",
];

/// Nouns for the sides of an exchange, which an amount may count ("the two sides").
const SIDE_NOUNS: &[&str] = &[
    "sides",
    "parties",
    "countries",
    "nations",
    "delegations",
    "governments",
];

/// Phrases that say a group of people includes the dead, who come back as bodies.
const LIVING_AND_DEAD: &[&str] = &[
    "living and dead",
    "alive and dead",
    "living or dead",
    "alive or dead",
    "dead and alive",
    "dead or alive",
];

/// Participles that open a clause continuing the handover (`, handing them over to ...`).
const HANDOVER_PARTICIPLES: &[&str] = &["handing", "releasing", "freeing", "returning"];

/// Verbs of taking, holding or losing people that may stand several words before a date of
/// their own: "kidnapped near Bamenda in August", "soldiers who drowned in a river in April".
const TAKEN_VERBS: &[&str] = &[
    "kidnapped",
    "abducted",
    "seized",
    "captured",
    "detained",
    "arrested",
    "drowned",
    "killed",
    "died",
    "jailed",
    "sentenced",
];

/// Verbs of taking people or ships whose date is not the date of their release.
const SEIZURE_WORDS: &[&str] = &[
    "seized",
    "captured",
    "hijacked",
    "detained",
    "abducted",
    "arrested",
    "kidnapped",
    "taken",
    "held",
];

/// Whether token `at` lies inside an "including ..." appositive: after "including" and before
/// the comma that ends its list (a comma not followed soon by "and"/"or").
fn in_including(ctx: &Context<'_>, at: usize) -> bool {
    let tokens = ctx.tokens;
    for k in (0..at).rev() {
        let Some(t) = tokens.get(k) else { return false };
        if t.is_any(&["including", "among"]) {
            return true;
        }
        // "105 hostages, most of them women and children": a part of the people counted.
        if t.is_any(&["them", "whom"])
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is("of"))
            && k.checked_sub(2)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| {
                    p.is_any(&["most", "many", "some", "all", "half", "several", "both"])
                })
        {
            return true;
        }
        if t.kind == TokenKind::Punct {
            if !t.is_punct(",") {
                return false;
            }
            let list_goes_on = (k + 1..(k + 4).min(tokens.len()))
                .filter_map(|j| tokens.get(j))
                .any(|n| n.is_any(&["and", "or"]));
            if !list_goes_on {
                return false;
            }
        }
        if t.is_any(EXCHANGE_VERBS_STOP) {
            return false;
        }
    }
    false
}

/// Words that end the search back for "including": a verb of the exchange itself.
const EXCHANGE_VERBS_STOP: &[&str] = &["freed", "released", "exchanged", "swapped", "handed"];

/// Demonyms of people held by a known side: "Palestinian prisoners" are held by Israel.
const HELD_BY: &[(&str, &str)] = &[("Palestinian", "Israel"), ("Palestinians", "Israel")];

/// The side that holds the people named by a demonym just before the category word.
fn held_by_people_word(ctx: &Context<'_>, category_token: usize) -> Option<&'static str> {
    let word = ctx.tokens.get(category_token)?;
    let before = category_token
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k));
    [Some(word), before].into_iter().flatten().find_map(|t| {
        HELD_BY
            .iter()
            .find(|(people, _)| t.text == *people)
            .map(|(_, holder)| *holder)
    })
}

/// `held in Saudi Arabia`, `held by Israel` right after the people: who holds them.
fn holder_after(ctx: &Context<'_>, end: usize) -> Option<&'static str> {
    let at = token_at(ctx.tokens, end);
    let held = (at..(at + 3).min(ctx.tokens.len())).find(|&k| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["held", "jailed", "detained"]))
    })?;
    let prep = ctx.tokens.get(held + 1)?;
    if !prep.is_any(&["in", "by"]) {
        return None;
    }
    let name = ctx.tokens.get(held + 2)?;
    let name = if name.is("the") {
        ctx.tokens.get(held + 3)?
    } else {
        name
    };
    let m = mention_at(ctx.text, name.start)?;
    // "held by the Houthis and the Saudi-led coalition": held by both, released by neither
    // alone.
    let joint = ctx
        .tokens
        .get(token_at(ctx.tokens, m.end))
        .is_some_and(|t| t.is("and"));
    (!joint).then_some(m.actor)
}

/// Every category mention with its amount, owner and `each`.
fn item_mentions(ctx: &Context<'_>, categories: &[(usize, usize, Category)]) -> Vec<ItemMention> {
    let tokens = ctx.tokens;
    let mut out: Vec<ItemMention> = Vec::new();
    let mut consumed_until = 0;
    for &(start, end, category) in categories {
        if start < consumed_until {
            continue;
        }
        let token = token_at(tokens, start);
        // "1,000 bodies it said were those of Ukrainian soldiers", "the bodies of 1,000 soldiers,
        // while Moscow got back those of 38 of its servicemen": after bodies, the people "those
        // of" names are bodies too.
        let those_of = (token.saturating_sub(5)..token.saturating_sub(1)).any(|k| {
            tokens.get(k).is_some_and(|t| t.is("those"))
                && tokens.get(k + 1).is_some_and(|t| t.is("of"))
                && (k + 2..token)
                    .filter_map(|j| tokens.get(j))
                    .all(|t| t.kind != TokenKind::Punct)
        });
        let category = if those_of && out.iter().any(|m| m.category == Category::Bodies) {
            Category::Bodies
        } else {
            category
        };
        let mut mention = ItemMention {
            category,
            count: None,
            approx: None,
            start,
            end,
            token,
            owner: None,
            each: false,
        };
        // "the bodies of 6,000 soldiers", "the remains of two more hostages".
        let after = token_at(tokens, end);
        if category == Category::Bodies && tokens.get(after).is_some_and(|t| t.is("of")) {
            // "the bodies of the remaining 11 hostages": the amount after a determiner.
            let mut at = after + 1;
            while tokens.get(at).is_some_and(|t| {
                t.is_any(&["the", "its", "their", "remaining", "last", "final", "other"])
            }) && amount_at(tokens, at).is_none()
                && at < after + 4
            {
                at += 1;
            }
            let amount_at_word = amount_at(tokens, at).filter(|_| at > after + 1);
            if let Some(amount) = amount_at(tokens, after + 1).or(amount_at_word) {
                mention.count = amount.count;
                mention.approx = amount.approx;
                let (owner, noun_end) = modifiers_then_noun(ctx, amount.next);
                mention.owner = owner;
                if let Some(noun_end) = noun_end {
                    mention.end = noun_end;
                    consumed_until = noun_end;
                }
            } else {
                let (owner, noun_end) = modifiers_then_noun(ctx, after + 1);
                mention.owner = owner;
                if let Some(noun_end) = noun_end {
                    mention.end = noun_end;
                    consumed_until = noun_end;
                    // "the remains of a deceased hostage": one person (counted once with
                    // "a coffin containing the remains of a hostage").
                    let contained = (token.saturating_sub(3)..token)
                        .filter_map(|k| tokens.get(k))
                        .any(|t| t.is_any(&["containing", "contain", "contained", "said"]));
                    if tokens
                        .get(after + 1)
                        .is_some_and(|t| t.is_any(&["a", "an"]))
                        && !contained
                    {
                        mention.count = Some(1);
                    }
                }
            }
        }
        if mention.count.is_none() && mention.approx.is_none() {
            if let Some((amount_start, count, approx, owner)) = amount_before(ctx, token) {
                mention.count = count;
                mention.approx = approx;
                mention.start = amount_start;
                mention.owner = mention.owner.or(owner);
            } else {
                mention.owner = mention.owner.or_else(|| owner_before(ctx, token));
                // "a captured Indian soldier": one person.
                let word = ctx.slice(start, end);
                let head = word.split(' ').next().unwrap_or(word);
                let singular = !head.ends_with('s');
                // "a 16-year-old Ukrainian boy": past an age.
                let article_before = (token.saturating_sub(6)..token)
                    .rev()
                    .map_while(|k| {
                        tokens.get(k).filter(|t| {
                            (t.kind == TokenKind::Word
                                || t.kind == TokenKind::Number
                                || t.is_punct("-"))
                                && !t.is("of")
                        })
                    })
                    .any(|t| t.is_any(&["a", "an"]));
                // "constable Raju Prasad", "Edan Alexander, the last living American hostage
                // in Gaza": one named or described person.
                let after = tokens.get(token_at(tokens, end));
                let named_after = after.is_some_and(|t| t.is_capitalised() && t.is_word());
                let definite_alone = (token.saturating_sub(5)..token)
                    .filter_map(|k| tokens.get(k))
                    .any(|t| t.is("the"))
                    && after.is_none_or(|t| {
                        t.kind == TokenKind::Punct || t.is_any(&["in", "on", "at", "from", "held"])
                    });
                // "a prisoner release": the article is the release's.
                if singular
                    && (article_before || named_after || definite_alone)
                    && !modifies_noun_after(ctx, end)
                {
                    mention.count = Some(1);
                }
            }
        }
        // "six detained Americans": the category phrase itself names the owner by a demonym.
        if mention.owner.is_none() {
            mention.owner = mentions(ctx.slice(start, end))
                .into_iter()
                .find(|m| m.kind == ActorKind::Demonym)
                .map(|m| m.actor);
        }
        // "125 Sudanese army soldiers": the people of that country's army.
        if let Some(owner) = mention.owner
            && token
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is_any(&["army", "military"]))
        {
            mention.owner = actor_of_phrase(&format!("{owner}'s army")).or(Some(owner));
        }
        // "36 captured government soldiers", "regime soldiers", "army officers": the people of
        // the state the article's armed group fights, or of its army.
        if mention.owner.is_none() && ctx.article.main_group.is_some() {
            let word_before = (token.saturating_sub(2)..token)
                .rev()
                .filter_map(|k| tokens.get(k))
                .find(|t| t.is_any(&["government", "regime", "junta", "army"]));
            mention.owner = word_before.and_then(|t| {
                if t.is("army") {
                    ctx.article.state_army.or(ctx.article.main_army)
                } else {
                    ctx.article.state
                }
            });
        }
        let after_item = token_at(tokens, mention.end);
        // "two catechists kidnapped near Bamenda", "abducted aid workers": people an armed
        // group or gang seized are hostages, whatever else they are: "pupils abducted from a
        // boarding school" too.
        if matches!(
            mention.category,
            Category::Prisoners
                | Category::Civilians
                | Category::PrisonersOfWar
                | Category::Children
        ) {
            // "four employees of a Chinese-owned mining company kidnapped", "nine people seized
            // from an orphanage", "soldiers they had held hostage".
            // Past a name in brackets: "five employees of the Water and Power Development
            // Authority (Wapda) abducted".
            let seized_after = (after_item..(after_item + 12).min(tokens.len()))
                .map_while(|k| tokens.get(k).filter(|t| !t.is_punct(",;")))
                .enumerate()
                .any(|(i, t)| {
                    // "passengers seized on the road", "passengers they had seized".
                    let seized = t.is("seized")
                        && (i == 0
                            || (after_item + i)
                                .checked_sub(1)
                                .and_then(|p| tokens.get(p))
                                .is_some_and(|p| p.is_any(&["had", "have", "has"])));
                    t.is_any(KIDNAP_WORDS) || seized || (t.is("hostage") && i > 0)
                });
            let seized_before = token_at(tokens, mention.start)
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is_any(KIDNAP_WORDS));
            // "Bandits ... have freed 52 people held in their camps": what bandits, gunmen or
            // kidnappers hold are hostages.
            let held_by_captors = (token_at(tokens, mention.start).saturating_sub(14)
                ..token_at(tokens, mention.start))
                .filter_map(|k| tokens.get(k))
                .any(|t| t.is_any(CAPTOR_NOUNS));
            let taken_by_state =
                mention.category == Category::Children && taken_by_a_state(ctx, after_item);
            if (seized_after || seized_before || held_by_captors) && !taken_by_state {
                mention.category = Category::Hostages;
            }
        }
        // "6,000 bodies each", not "15 bodies for each captive".
        mention.each = (after_item..(after_item + 3).min(tokens.len())).any(|k| {
            tokens.get(k).is_some_and(|t| t.is("each"))
                && !k
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.is_any(&["for", "per"]))
                && !tokens.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.is_any(&[
                            "on", "in", "at", "and", "from", "to", "under", "after", "as", "over",
                            "via", "through", "during", "last", "this", "earlier",
                        ])
                })
        });
        // "33 hostages, including women, children and men over 50": who the counted people
        // are, not another group.
        if mention.count.is_none()
            && mention.approx.is_none()
            && out
                .last()
                .is_some_and(|p| p.count.is_some() || p.approx.is_some())
            && in_including(ctx, token)
        {
            continue;
        }
        // "20 hostages, among them 5 soldiers": a part of the people already counted.
        if let Some(count) = mention.count
            && out
                .last()
                .is_some_and(|p| p.count.is_some_and(|c| c > count) || p.approx.is_some())
            && in_including(ctx, token)
        {
            continue;
        }
        // A second category with no amount right after the first names the same people:
        // "1,900 Palestinian prisoners and detainees".
        if let Some(previous) = out.last()
            && mention.count.is_none()
            && mention.approx.is_none()
            && previous.category == mention.category
            && token.saturating_sub(token_at(tokens, previous.end)) <= 2
        {
            continue;
        }
        // "144 Russian servicemen ... in exchange for the same number of Ukrainian prisoners of
        // war": the count of the people named before.
        let same_number = (token.saturating_sub(6)..token).any(|k| {
            tokens.get(k).is_some_and(|t| t.is("same"))
                && tokens.get(k + 1).is_some_and(|t| t.is("number"))
                && tokens.get(k + 2).is_some_and(|t| t.is("of"))
        });
        if same_number
            && mention.count.is_none()
            && mention.approx.is_none()
            && let Some(previous) = out.last()
        {
            mention.count = previous.count;
            mention.approx = previous.approx;
        }
        out.push(mention);
    }
    // "a Catholic priest and two catechists kidnapped near Bamenda": what the last of a pair
    // joined by "and" was, the first was too.
    for k in (1..out.len()).rev() {
        let joined = out.get(k - 1..=k).is_some_and(|pair| {
            let between = ctx.text.get(pair[0].end..pair[1].start).unwrap_or("");
            between.split_whitespace().next() == Some("and")
                && between.split_whitespace().count() <= 3
        });
        if joined
            && out.get(k).is_some_and(|m| m.category == Category::Hostages)
            && let Some(first) = out.get_mut(k - 1)
            && matches!(
                first.category,
                Category::Prisoners | Category::Civilians | Category::PrisonersOfWar
            )
        {
            first.category = Category::Hostages;
        }
    }
    out
}

/// Adjectives then a category noun after `at`: the owner demonym and where the noun ends.
fn modifiers_then_noun(ctx: &Context<'_>, at: usize) -> (Option<&'static str>, Option<usize>) {
    let mut owner = None;
    for k in at..(at + 5).min(ctx.tokens.len()) {
        let Some(t) = ctx.tokens.get(k) else { break };
        if t.kind != TokenKind::Word {
            break;
        }
        if let Some(hit) = EXCHANGE.at(ctx.text, t.start)
            && matches!(hit.value, ExchangeWord::Category(_))
        {
            return (owner, Some(hit.end));
        }
        if let Some(m) = mentions(t.text)
            .into_iter()
            .find(|m| m.start == 0 && m.end == t.text.len())
        {
            owner = owner.or(Some(m.actor));
        }
        if t.is_any(&[
            "dead", "fallen", "killed", "more", "slain", "deceased", "of", "its", "their", "his",
            "her", "our", "the", "those", "these",
        ]) || t.is_capitalised()
        {
            continue;
        }
        // "the remains of two Thai farm workers": a noun that says what kind of people, not a
        // clause ("who were", "in a camp").
        if !t.is_any(&[
            "who", "which", "that", "and", "or", "were", "was", "are", "is", "in", "on", "at",
            "from", "to", "by", "with", "for", "after", "as",
        ]) {
            continue;
        }
        break;
    }
    (owner, None)
}

/// The amount before a category word, over adjectives: `246 Ukrainian prisoners`, `thousands
/// of prisoners`, `some 1,900 Palestinian prisoners`. Returns the start, count, approx, owner.
fn amount_before(ctx: &Context<'_>, category_token: usize) -> Option<AmountBefore> {
    let tokens = ctx.tokens;
    let lowest = category_token.saturating_sub(8);
    for start in lowest..category_token {
        let Some(amount) = amount_at(tokens, start) else {
            continue;
        };
        if amount.next > category_token {
            continue;
        }
        let between = tokens.get(amount.next..category_token).unwrap_or(&[]);
        // "the two sides exchanged prisoners": a verb or a noun of the sides in between
        // means the amount counts something else.
        let adjectives_only = between.iter().all(|t| {
            t.kind == TokenKind::Word
                && !t.is_any(&["and", "for", "or", "in", "to", "from", "with", "each"])
                && !t.is_any(SIDE_NOUNS)
                && !trigger_at(ctx, t.start)
        });
        if !adjectives_only || between.len() > 4 {
            continue;
        }
        // "the" alone is a qualifier, not an amount.
        if amount.count.is_none() && amount.approx.is_none() {
            continue;
        }
        let owner = between.iter().find_map(|t| {
            mentions(t.text)
                .into_iter()
                .find(|m| m.start == 0 && m.end == t.text.len())
                .map(|m| m.actor)
        });
        // "11 of the 15 municipal workers": the part freed, not all that were held.
        let the = if tokens.get(amount.first).is_some_and(|t| t.is("the")) {
            Some(amount.first)
        } else {
            amount
                .first
                .checked_sub(1)
                .filter(|&k| tokens.get(k).is_some_and(|t| t.is("the")))
        };
        let part = the.and_then(|the| {
            let at = the.checked_sub(2)?;
            if !tokens.get(at + 1)?.is("of") {
                return None;
            }
            amount_at(tokens, at).filter(|part| part.next + 1 == the && part.count.is_some())
        });
        let (first, count, approx) = match part {
            Some(part) => (part.first, part.count, part.approx),
            None => (amount.first, amount.count, amount.approx),
        };
        let first = tokens.get(first)?;
        // Skip leading qualifiers in the recorded words.
        return Some((first.start, count, approx, owner));
    }
    None
}

/// A demonym just before the category word: `Russian servicemen`.
fn owner_before(ctx: &Context<'_>, category_token: usize) -> Option<&'static str> {
    for k in (category_token.saturating_sub(4)..category_token).rev() {
        let t = ctx.tokens.get(k)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        if let Some(m) = mentions(t.text)
            .into_iter()
            .find(|m| m.start == 0 && m.end == t.text.len())
        {
            return Some(m.actor);
        }
        if t.is_any(&["the", "a", "an", "of", "and"]) {
            return None;
        }
    }
    None
}

/// `84 for 84`, `84 prisoners for 84`, `1,000-for-1,000`, `each side freeing 1,000 people`.
fn for_each_other(ctx: &Context<'_>, mention: &ItemMention) -> bool {
    let tokens = ctx.tokens;
    let first = token_at(tokens, mention.start);
    let each_side_before = (first.saturating_sub(5)..first).any(|k| {
        tokens.get(k).is_some_and(|t| t.is_any(&["each", "both"]))
            && tokens.get(k + 1).is_some_and(|t| {
                t.is_any(&["side", "sides", "country", "party"])
                    // "Ukraine and Russia each handed over 146 prisoners of war".
                    || t.is_any(HANDOVER_VERBS)
            })
    });
    // "1,200 prisoners on each side", "50 from each side", "100 per side", "205 prisoners of
    // war returned to each side".
    let mut after = token_at(tokens, mention.end);
    if tokens.get(after).is_some_and(|t| t.is_past_form())
        && tokens
            .get(after + 1)
            .is_some_and(|t| t.is_any(&["to", "by"]))
    {
        after += 1;
    }
    let each_side_after = tokens
        .get(after)
        .is_some_and(|t| t.is_any(&["on", "from", "for", "per", "to", "by"]))
        && tokens
            .get(after + 1)
            .is_some_and(|t| t.is_any(&["each", "both", "side"]))
        && (tokens.get(after + 1).is_some_and(|t| t.is("side"))
            || tokens
                .get(after + 2)
                .is_some_and(|t| t.is_any(&["side", "sides"])));
    if each_side_before || each_side_after {
        return true;
    }
    if let Some(count) = mention.count {
        let after = token_at(tokens, mention.end);
        let same_again = tokens.get(after).is_some_and(|t| t.is("for"))
            && tokens
                .get(after + 1)
                .and_then(|t| t.text.replace(',', "").parse::<u64>().ok())
                .is_some_and(|n| n == count);
        if same_again {
            return true;
        }
    }
    let around = mention.token.saturating_sub(8)..(mention.token + 6).min(tokens.len());
    around.clone().any(|k| {
        tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.is("for") || t.is_punct("-"))
            && {
                let mut m = k + 1;
                if tokens.get(m).is_some_and(|t| t.is_punct("-")) {
                    m += 1;
                }
                tokens.get(m).is_some_and(|t| t.is("for")) && {
                    let mut n = m + 1;
                    if tokens.get(n).is_some_and(|t| t.is_punct("-")) {
                        n += 1;
                    }
                    tokens
                        .get(n)
                        .zip(tokens.get(k))
                        .is_some_and(|(b, a)| b.kind == TokenKind::Number && a.text == b.text)
                }
            }
    })
}

/// The N of an `N-for-N` or `N for N` pairing near a mention that has no amount of its own.
fn n_for_n(ctx: &Context<'_>, mention: &ItemMention) -> Option<u64> {
    let tokens = ctx.tokens;
    let around = mention.token.saturating_sub(8)..(mention.token + 6).min(tokens.len());
    around.into_iter().find_map(|k| {
        let a = tokens.get(k).filter(|t| t.kind == TokenKind::Number)?;
        let mut m = k + 1;
        if tokens.get(m).is_some_and(|t| t.is_punct("-")) {
            m += 1;
        }
        tokens.get(m).filter(|t| t.is("for"))?;
        let mut n = m + 1;
        if tokens.get(n).is_some_and(|t| t.is_punct("-")) {
            n += 1;
        }
        let b = tokens.get(n).filter(|t| t.kind == TokenKind::Number)?;
        (a.text == b.text)
            .then(|| a.text.replace(',', "").parse::<u64>().ok())
            .flatten()
    })
}

/// Who released and who received the people of one mention.
fn direction(
    ctx: &Context<'_>,
    mention: &ItemMention,
    trigger_end: usize,
) -> (Option<&'static str>, Option<&'static str>) {
    let tokens = ctx.tokens;
    let mut from = None;
    let mut to = None;
    // The subject of the nearest handover or receive verb before the item, in the same clause.
    let mut k = mention.token;
    let mut receive = false;
    let mut verb_at = None;
    while k > 0 {
        k -= 1;
        let Some(t) = tokens.get(k) else { break };
        // "Hamas freed Keith Siegel, the last American hostage": the people in an appositive
        // to a name are the name's, handed over by the verb before it.
        let appositive_to_name = t.is_punct(",")
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["the", "a", "an"]))
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is_capitalised() && p.is_word());
        if appositive_to_name {
            continue;
        }
        if t.is_punct(",;:")
            || t.is_any(&["while", "and"])
                && verb_at.is_none()
                && k + 1 < mention.token.saturating_sub(6)
        {
            break;
        }
        if t.is_any(HANDOVER_VERBS) || t.is_any(RECEIVE_VERBS) {
            receive = t.is_any(RECEIVE_VERBS);
            verb_at = Some(k);
            break;
        }
        // "Iraq took custody of 470 suspects": the subject receives them.
        if t.is("custody")
            && let Some(take) = k.checked_sub(1)
            && tokens
                .get(take)
                .is_some_and(|v| v.is_any(&["took", "taken", "takes", "take"]))
        {
            receive = true;
            verb_at = Some(take);
            break;
        }
    }
    if let Some(v) = verb_at
        && let Some(subject) = subject_before_verb(ctx, v).or_else(|| coordinated_subject(ctx, v))
    {
        if receive {
            to = Some(subject);
        } else {
            from = Some(subject);
        }
    }
    // "Russia handed over to Ukraine 1,000 bodies": the receiver named between the verb and
    // the people.
    if let Some(v) = verb_at
        && !receive
        && let Some(k) =
            (v + 1..mention.token.min(v + 4)).find(|&k| tokens.get(k).is_some_and(|t| t.is("to")))
        && let Some(head) = tokens.get(k + 1)
        && let Some(m) = mention_at(ctx.text, head.start)
        && !NOT_A_SIDE.contains(&m.actor)
    {
        to = Some(m.actor);
    }
    // After the item (or after a passive verb that follows it): "to X", "from X", "by X".
    let after = token_at(tokens, mention.end.max(trigger_end));
    for k in after..(after + 10).min(tokens.len()) {
        let Some(t) = tokens.get(k) else { break };
        if t.is_punct(",;") {
            break;
        }
        let target = if t.is("to") && to.is_none() {
            Some(true)
        } else if (t.is("from") || t.is("by")) && from.is_none() {
            Some(false)
        } else {
            None
        };
        let Some(is_to) = target else { continue };
        let Some(next) = tokens.get(k + 1) else { break };
        let skip_the = if next.is("the") {
            tokens.get(k + 2)
        } else {
            Some(next)
        };
        let Some(head) = skip_the else { break };
        let found = mention_at(ctx.text, head.start)
            .filter(|m| !NOT_A_SIDE.contains(&m.actor))
            .map(|m| m.actor)
            .or_else(|| {
                // "handed over 41 captured soldiers to the regime": the state the article's
                // armed group fights, as "the junta freed" is.
                (next.is("the") && head.is_any(STATE_NOUNS))
                    .then_some(ctx.article.state.or(ctx.article.main_army))
                    .flatten()
            })
            .or_else(|| {
                // "released 56 captured soldiers to the military": the article's army, when an
                // armed group hands them over.
                (next.is("the")
                    && head.is_any(&["military", "army"])
                    && from.is_some_and(|f| Some(f) == ctx.article.main_group))
                .then_some(ctx.article.main_army.or(ctx.article.state))
                .flatten()
            });
        if let Some(actor) = found {
            if is_to {
                to = Some(actor);
            } else {
                from = Some(actor);
            }
        }
    }
    // The owner of the people receives them when someone else releases them.
    if to.is_none()
        && let Some(owner) = mention.owner
        && Some(owner) != from
        && !NOT_A_SIDE.contains(&owner)
    {
        to = Some(owner);
    }
    (from, to)
}

/// The subject of the first of two verbs joined by `and`: "Russia handed over 1,000 bodies to
/// Ukraine and received the remains of 19 of its soldiers" (the subject of `handed` receives).
fn coordinated_subject(ctx: &Context<'_>, verb: usize) -> Option<&'static str> {
    let tokens = ctx.tokens;
    let and = verb.checked_sub(1)?;
    if !tokens.get(and)?.is("and") {
        return None;
    }
    (and.saturating_sub(25)..and)
        .rev()
        .take_while(|&k| tokens.get(k).is_some_and(|t| !t.is_punct(",;:")))
        .find(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_any(HANDOVER_VERBS) || t.is_any(RECEIVE_VERBS))
        })
        .and_then(|first| subject_before_verb(ctx, first))
}

/// The actor named just before a verb: `Hamas freed`, `Baku releasing`, `the Houthis released`.
fn subject_before_verb(ctx: &Context<'_>, verb: usize) -> Option<&'static str> {
    let tokens = ctx.tokens;
    let mut k = verb;
    // Skip auxiliaries and adverbs.
    while k > 0 {
        let t = tokens.get(k - 1)?;
        if t.is_any(&[
            "has",
            "have",
            "had",
            "also",
            "later",
            "then",
            "on",
            "is",
            "was",
            "were",
            "to",
            "must",
            "should",
            "would",
            "will",
            "agreed",
            "agrees",
            "could",
            "ready",
            "prepared",
            "willing",
            "offered",
            "offers",
            "promised",
            "pledged",
            "vowed",
            "last",
            "this",
            "week",
            "weekend",
            "month",
            "earlier",
            "overnight",
            "night",
            "recently",
        ]) || t.kind == TokenKind::Number
            || crate::text::CALENDAR.contains(t)
        {
            k -= 1;
        } else {
            break;
        }
    }
    let mut last = k.checked_sub(1)?;
    // "Hamas and other groups released": the side named before the others.
    if tokens
        .get(last)
        .is_some_and(|t| t.is_any(&["groups", "factions", "militants", "militias"]))
        && tokens
            .get(last.saturating_sub(1))
            .is_some_and(|t| t.is_any(&["other", "allied"]))
        && tokens
            .get(last.saturating_sub(2))
            .is_some_and(|t| t.is("and"))
        && last >= 3
    {
        last -= 3;
    }
    // "Kyiv, for its part, got back ...", "Moscow, in turn, released ...": the subject before
    // an aside.
    if tokens.get(last).is_some_and(|t| t.is_punct(","))
        && let Some(open) = (last.saturating_sub(4)..last)
            .rev()
            .find(|&j| tokens.get(j).is_some_and(|t| t.is_punct(",")))
        && open > 0
    {
        let aside: Vec<_> = (open + 1..last).filter_map(|j| tokens.get(j)).collect();
        let is_aside = match aside.as_slice() {
            [a, b, c] => a.is("for") && b.is_any(&["its", "their", "his", "her"]) && c.is("part"),
            [a, b] => a.is("in") && b.is_any(&["turn", "return"]),
            [a] => a.is_any(&["meanwhile", "however", "too"]),
            _ => false,
        };
        if is_aside {
            last = open - 1;
        }
    }
    // "The National Liberation Army (ELN) on Monday freed": the name before its abbreviation.
    if tokens.get(last).is_some_and(|t| t.is_punct(")"))
        && let Some(open) = (last.saturating_sub(4)..last)
            .rev()
            .find(|&j| tokens.get(j).is_some_and(|t| t.is_punct("(")))
        && open > 0
    {
        last = open - 1;
    }
    // "The group on Sunday freed", "the rebels handed back", "the junta released": a side the
    // article has named, by what it is.
    let definite = last
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.is("the"));
    if definite && let Some(t) = tokens.get(last) {
        let group = t.is_any(GROUP_NOUNS);
        let state = t.is_any(STATE_NOUNS);
        if group && let Some(side) = ctx.article.main_group {
            return Some(side);
        }
        if state && let Some(side) = ctx.article.state.or(ctx.article.main_army) {
            return Some(side);
        }
        if t.is_any(&["army", "military"])
            && let Some(side) = ctx.article.main_army.or(ctx.article.state)
        {
            return Some(side);
        }
    }
    // "M23 rebels freed", "the CODECO militia released", "the Cooperative for the Development of
    // Congo (CODECO) militia released": the name before the force noun, before its abbreviation.
    if tokens.get(last).is_some_and(|t| t.is_any(FORCE_WORDS)) && last > 0 {
        let mut name_end = last - 1;
        if tokens.get(name_end).is_some_and(|t| t.is_punct(")"))
            && tokens
                .get(name_end.saturating_sub(2))
                .is_some_and(|t| t.is_punct("("))
        {
            name_end = name_end.saturating_sub(3);
        }
        let named = tokens.get(name_end).and_then(|end| {
            ctx.mentions()
                .iter()
                .find(|m| m.end == end.end && !NOT_A_SIDE.contains(&m.actor))
        });
        if let Some(m) = named {
            return Some(m.actor);
        }
    }
    // "Hamas's armed wing handed ...", "Palestinian Islamic Jihad's armed wing, the Al-Quds
    // Brigades, handed ...": the side whose wing it is.
    let wing = (last.saturating_sub(10)..=last).find(|&k| {
        tokens.get(k).is_some_and(|t| t.is("wing"))
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is_any(&["armed", "military"]))
            && k.checked_sub(2)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.kind == TokenKind::Possessive)
    });
    if let Some(owner) = wing
        .and_then(|k| k.checked_sub(3))
        .and_then(|k| tokens.get(k))
        && let Some(m) = ctx
            .mentions()
            .iter()
            .find(|m| m.end == owner.end && !NOT_A_SIDE.contains(&m.actor))
    {
        return Some(m.actor);
    }
    let t = tokens.get(last)?;
    // "it had received": the speaker's side.
    if t.is_any(&["it", "they", "we"]) {
        // "Moscow said it had received": the subject of the nearest verb of saying.
        let said_before = last
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|p| {
                p.is_any(&["said", "says", "announced", "stated", "claimed", "added"])
            });
        if said_before && let Some(subject_end) = last.checked_sub(2).and_then(|p| tokens.get(p)) {
            let window_start = tokens.get(last.saturating_sub(6)).map_or(0, |t| t.start);
            if let Some(m) = ctx
                .text
                .get(window_start..subject_end.end)
                .map(mentions)
                .unwrap_or_default()
                .into_iter()
                .rev()
                .find(|m| window_start + m.end == subject_end.end)
            {
                return Some(m.actor);
            }
        }
        return ctx.said.actor;
    }
    // Find an actor mention that ends at this token.
    let line_start = tokens.get(last.saturating_sub(4))?.start;
    let window = ctx.text.get(line_start..t.end)?;
    mentions(window)
        .into_iter()
        .rev()
        .find(|m| line_start + m.end == t.end && !NOT_A_SIDE.contains(&m.actor))
        .map(|m| m.actor)
}

/// Whether the comma or semicolon at byte `at` of `text` marks a clause: not a thousands
/// separator between digits ("1,000").
fn marks_clause(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let digit_before = at
        .checked_sub(1)
        .and_then(|p| bytes.get(p))
        .is_some_and(u8::is_ascii_digit);
    let digit_after = bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
    bytes.get(at) == Some(&b';') || !(digit_before && digit_after)
}

/// The first comma or semicolon of `text` that marks a clause.
fn first_clause_mark(text: &str) -> Option<usize> {
    text.match_indices([',', ';'])
        .map(|(i, _)| i)
        .find(|&i| marks_clause(text, i))
}

/// Whether an exchange word of the lexicon (`released`, `handed over`) starts at byte `at`.
fn trigger_at(ctx: &Context<'_>, at: usize) -> bool {
    EXCHANGE
        .at(ctx.text, at)
        .is_some_and(|h| matches!(h.value, ExchangeWord::Trigger(_)))
}

/// The clause of `text` around byte `at`: from past the clause mark before it to the clause
/// mark after it (or the ends of the text).
fn clause_around(text: &str, at: usize) -> (usize, usize) {
    let start = text
        .get(..at)
        .and_then(last_clause_mark)
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(first_clause_mark)
        .map_or(text.len(), |i| at + i);
    (start, end)
}

/// The last comma or semicolon of `text` that marks a clause.
fn last_clause_mark(text: &str) -> Option<usize> {
    text.rmatch_indices([',', ';'])
        .map(|(i, _)| i)
        .find(|&i| marks_clause(text, i))
}

/// Whether the subject before the exchange word is two actors joined by `and`.
fn compound_subject(ctx: &Context<'_>, trigger_start: usize) -> bool {
    let clause_start = ctx
        .text
        .get(..trigger_start)
        .and_then(last_clause_mark)
        .map_or(0, |i| i + 1);
    // Only the words just before the exchange word: "Israel and Hamas agreed a deal under which
    // Israel would release" has one subject.
    let near_start = ctx
        .tokens
        .get(token_at(ctx.tokens, trigger_start).saturating_sub(6))
        .map_or(0, |t| t.start);
    let clause_start = clause_start.max(near_start);
    let clause = ctx.text.get(clause_start..trigger_start).unwrap_or("");
    let found = mentions(clause);
    found.windows(2).any(|pair| {
        let between = clause.get(pair[0].end..pair[1].start).unwrap_or("").trim();
        pair[0].actor != pair[1].actor && between.eq_ignore_ascii_case("and")
    })
}

/// The two sides for a two-way item: the parties named, else the article's sides.
fn two_sides(parties: &[&'static str], ctx: &Context<'_>) -> Option<(&'static str, &'static str)> {
    let mut sides: Vec<&'static str> = parties.to_vec();
    for side in &ctx.article.sides {
        if sides.len() >= 2 {
            break;
        }
        if !sides.contains(side) {
            sides.push(side);
        }
    }
    match sides.as_slice() {
        [a, b, ..] => Some((a, b)),
        _ => None,
    }
}

/// The actors the sentence names as sides: not places (`in Belarus`), not carriers (the ICRC).
fn sides_named(
    ctx: &Context<'_>,
    phrases_at: &PhrasesAt,
    mediator: Option<&'static str>,
) -> Vec<Mention> {
    let found = ctx.mentions();
    let mut out = Vec::new();
    // Who is quoted is not a side: "according to Qatar, which mediated with Egypt".
    let quoted_from = ctx
        .said
        .verb_at
        .filter(|_| ctx.said.verb.as_deref() == Some("according to"))
        .map_or(usize::MAX, |(start, _)| start);
    let speaker_span = ctx.said.speaker_at;
    // "mediated by Qatar and Egypt": every actor of the mediation phrase is a mediator.
    let mediation_spans: Vec<(usize, usize)> = phrases_at
        .mediation()
        .filter_map(|(at, phrase)| {
            let at = at?;
            let rest = at + phrase.len();
            Some((at, mediation_list_end(ctx.text, rest)))
        })
        .collect();
    for (index, m) in found.iter().copied().enumerate() {
        if mediation_spans
            .iter()
            .any(|(a, b)| m.start >= *a && m.end <= *b)
        {
            continue;
        }
        if m.start >= quoted_from {
            continue;
        }
        if speaker_span.is_some_and(|(a, b)| m.start >= a && m.end <= b) {
            continue;
        }
        // "returned home via Belarus": a country on the way is no side.
        if ctx
            .text
            .get(..m.start)
            .is_some_and(|before| ends_with_ignore_case(before.trim_end(), " via"))
        {
            continue;
        }
        // "Yemen's Houthi movement": the possessor of a group is not a side.
        let possessive_of_actor = ctx
            .text
            .get(m.end..)
            .is_some_and(|r| r.starts_with("'s") || r.starts_with("\u{2019}s"))
            && found.get(index + 1).is_some_and(|n| n.start <= m.end + 4);
        if possessive_of_actor {
            continue;
        }
        if NOT_A_SIDE.contains(&m.actor) || Some(m.actor) == mediator {
            continue;
        }
        if matches!(m.kind, ActorKind::Organisation) {
            continue;
        }
        let first = token_at(ctx.tokens, m.start);
        // "including Saudi and Sudanese nationals": who the people are, not a side.
        if in_including(ctx, first) {
            continue;
        }
        // "taken to Belarus for treatment": a place of care, not a side.
        let after_name = token_at(ctx.tokens, m.end);
        let for_care = ctx.tokens.get(after_name).is_some_and(|t| t.is("for"))
            && ctx
                .tokens
                .get(after_name + 1)
                .is_some_and(|t| t.is_any(CARE_WORDS));
        if for_care {
            continue;
        }
        let prev = first.checked_sub(1).and_then(|p| ctx.tokens.get(p));
        let locative = prev
            .is_some_and(|p| p.is_any(&["in", "at", "near", "via", "through", "across", "inside"]));
        if locative {
            continue;
        }
        // "470 suspected ISIS members": the group they are said to belong to is no side.
        if prev.is_some_and(|p| p.is_any(&["suspected", "alleged"])) {
            continue;
        }
        let next = ctx.tokens.get(token_at(ctx.tokens, m.end));
        // "the Trump administration": a person's name used as an adjective.
        let attributive = m.kind == ActorKind::Person
            && next.is_some_and(|n| {
                n.is_any(&[
                    "administration",
                    "envoy",
                    "team",
                    "plan",
                    "government",
                    "aide",
                    "aides",
                    "officials",
                ])
            });
        if attributive {
            continue;
        }
        // A demonym on a category word is an owner, found with the items.
        // "Sudanese army soldiers": past the army.
        let past_army = next
            .filter(|n| n.is_any(&["army", "military"]))
            .and_then(|_| ctx.tokens.get(token_at(ctx.tokens, m.end) + 1))
            .or(next);
        let before_category = m.kind == ActorKind::Demonym
            && past_army.is_some_and(|n| {
                EXCHANGE
                    .at(ctx.text, n.start)
                    .is_some_and(|h| matches!(h.value, ExchangeWord::Category(_)))
            });
        if before_category {
            continue;
        }
        // A demonym on any other noun than a side's people is not a side ("Russian-German man").
        if m.kind == ActorKind::Demonym
            && next.is_some_and(|n| {
                n.is_any(&[
                    "shipping",
                    "oil",
                    "charity",
                    "man",
                    "woman",
                    "teacher",
                    "dancer",
                    "journalist",
                    "citizen",
                    "national",
                    "nationals",
                    "flag",
                    "territory",
                    "forces",
                    "troops",
                    "officials",
                ])
            })
        {
            if next.is_some_and(|n| n.is_any(&["forces", "troops", "officials"])) {
                out.push(m);
            }
            continue;
        }
        out.push(m);
    }
    out
}

/// The end of the mediator's phrase that starts `text`: its first comma, semicolon, bracket or
/// full stop (a stop inside an abbreviation, "U.S." or "U.N.", does not end it).
fn mediator_phrase_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    text.char_indices()
        .find(|&(i, c)| match c {
            ',' | ';' | '(' | ')' => true,
            '.' => {
                let letter_before = i >= 1
                    && bytes.get(i - 1).is_some_and(u8::is_ascii_uppercase)
                    && (i == 1 || bytes.get(i - 2).is_some_and(|b| !b.is_ascii_alphabetic()));
                let letter_after = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                !(letter_before || letter_after)
            }
            _ => false,
        })
        .map_or(text.len(), |(i, _)| i)
}

/// Where the mediators named from byte `rest` end: at the first clause punctuation, or after a
/// list of actors (`brokered by Qatar, Egypt, Turkey and the United States`).
fn mediation_list_end(text: &str, rest: usize) -> usize {
    let tail = text.get(rest..).unwrap_or("");
    let mut end = 0;
    let mut pieces = tail.split_inclusive(',');
    if let Some(first) = pieces.next() {
        let cut = first.find(['.', ';', '(', ')']).unwrap_or(first.len());
        end = cut.min(first.trim_end_matches(',').len());
        if cut < first.len() {
            return rest + end;
        }
        let mut used = first.len();
        for piece in pieces {
            let body = piece.trim_end_matches(',');
            let clause_end = body.find(['.', ';', '(', ')']).unwrap_or(body.len());
            let item = body.get(..clause_end).unwrap_or("").trim();
            let item = item.strip_prefix("and ").unwrap_or(item);
            // Each list entry must be just an actor: "Egypt", "the United States".
            let found = mentions(item);
            let only_actor = found.len() == 1
                && item.split_whitespace().count()
                    <= found.iter().map(|m| m.end - m.start).sum::<usize>().min(8);
            let whole = found.first().is_some_and(|m| {
                let words = item.get(m.end..).unwrap_or("").trim();
                let before = item.get(..m.start).unwrap_or("").trim();
                (before.is_empty() || before.eq_ignore_ascii_case("the"))
                    && (words.is_empty() || mentions(words).len() == 1 && words.starts_with("and "))
            });
            if !(only_actor || whole) {
                break;
            }
            end = used
                + (piece.len() - piece.trim_start().len())
                + body.get(..clause_end).unwrap_or("").trim_end().len();
            used += piece.len();
            if clause_end < body.len() {
                break;
            }
        }
    }
    rest + end
}

/// `brokered by the United Arab Emirates`, `with the help of Turkey`, `Qatar, which mediated`.
fn mediator(
    ctx: &Context<'_>,
    phrases_at: &PhrasesAt,
    traces: &mut Traces,
) -> Option<&'static str> {
    let found = ctx.mentions();
    for (at, phrase) in phrases_at.mediation() {
        if let Some(at) = at {
            let rest_start = at + phrase.len();
            let rest = ctx.text.get(rest_start..).unwrap_or("");
            let end = mediator_phrase_end(rest);
            let phrase_text = rest.get(..end).unwrap_or("").trim();
            // "negotiations led by the Archdiocese of Port-au-Prince": a church or another body
            // the lexicon does not know, by its name (not the country it names).
            if let Some(body) = crate::defined::body_named(phrase_text) {
                traces.add("mediator", "exchange.mediated_by_body", phrase_text);
                return Some(body);
            }
            if let Some(actor) = actor_of_phrase(phrase_text) {
                traces.add("mediator", "exchange.mediated_by", phrase_text);
                return Some(actor);
            }
        }
    }
    // "handing them over to Omani officials": a handover through a third country.
    for &m in found {
        let first = token_at(ctx.tokens, m.start);
        let over_to = first >= 2
            && ctx.tokens.get(first - 1).is_some_and(|t| t.is("to"))
            && ctx.tokens.get(first - 2).is_some_and(|t| t.is("over"));
        let officials = ctx
            .tokens
            .get(token_at(ctx.tokens, m.end))
            .is_some_and(|t| t.is_any(&["officials", "authorities", "mediators", "envoys"]));
        if over_to && officials && !ctx.article.sides.contains(&m.actor) {
            traces.add(
                "mediator",
                "exchange.handed_over_through",
                ctx.slice(m.start, m.end),
            );
            return Some(m.actor);
        }
    }
    // "Qatari-mediated talks", "a UAE-brokered deal": the word before the suffix, which the
    // actor scan leaves out as a supporter.
    for suffix in ["-mediated", "-brokered"] {
        let lower = ctx.text.to_ascii_lowercase();
        if let Some(at) = lower.find(suffix) {
            let before = ctx.text.get(..at).unwrap_or("");
            let word_start = before
                .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
                .map_or(0, |i| i + 1);
            let word = before.get(word_start..).unwrap_or("");
            if let Some(actor) = actor_of_phrase(word) {
                traces.add("mediator", "exchange.actor_mediated", word);
                return Some(actor);
            }
        }
    }
    // "under UN auspices", "under Turkish auspices".
    for &m in found {
        let before = ctx.text.get(..m.start).unwrap_or("").trim_end();
        let after = ctx.text.get(m.end..).unwrap_or("").trim_start();
        if ends_with_ignore_case(before, "under") && starts_with_ignore_case(after, "auspices") {
            traces.add(
                "mediator",
                "exchange.under_auspices",
                ctx.slice(m.start, m.end),
            );
            return Some(m.actor);
        }
    }
    // "a UAE-brokered swap", "Qatar, which mediated".
    for &m in found {
        let after = ctx.text.get(m.end..).unwrap_or("");
        // "through Vatican mediation", "with Qatar's mediation", "with Turkey acting as
        // mediator", "with Qatar mediating", "Turkey helped broker a swap".
        if [
            "-brokered",
            "-mediated",
            ", which mediated",
            ", which brokered",
            ", which facilitated",
            " mediation",
            "'s mediation",
            "\u{2019}s mediation",
            " acting as mediator",
            " acting as a mediator",
            " mediating",
            " as mediator",
            " as a mediator",
            " had acted as mediator",
            " had acted as a mediator",
            " acted as mediator",
            " acted as a mediator",
            " had mediated",
            " had brokered",
            " helped broker",
            " helped to broker",
            " helped mediate",
            " brokered",
            " mediated",
            " facilitated",
        ]
        .iter()
        .any(|p| starts_with_ignore_case(after, p))
        {
            traces.add(
                "mediator",
                "exchange.actor_brokered",
                ctx.slice(m.start, m.end),
            );
            return Some(m.actor);
        }
    }
    // "The Red Cross said (on Thursday) it had facilitated the release": the speaker mediated.
    if let Some(speaker) = ctx.said.actor
        && let Some((_, verb_end)) = ctx.said.verb_at
        && ctx.text.get(verb_end..).is_some_and(|rest| {
            // The clause right after the verb, past a time ("on Thursday") or "that".
            let head = rest
                .char_indices()
                .nth(40)
                .map_or(rest, |(at, _)| rest.get(..at).unwrap_or(rest));
            let head = head.split(',').next().unwrap_or(head);
            let Some(it) = head.find(" it ") else {
                return false;
            };
            let rest = rest.get(it + 1..).unwrap_or("");
            [
                "it had facilitated",
                "it facilitated",
                "it had mediated",
                "it mediated",
                "it had brokered",
                "it brokered",
                "it had helped broker",
            ]
            .iter()
            .any(|p| starts_with_ignore_case(rest, p))
        })
    {
        traces.add("mediator", "exchange.speaker_mediated", speaker);
        return Some(speaker);
    }
    None
}

/// The dates of the exchange: those in the clause of the exchange word, and one opening the
/// sentence. Agreements, proposals and demands have no date of exchange.
fn when(
    ctx: &Context<'_>,
    trigger_start: usize,
    status: ExchangeStatus,
    traces: &mut Traces,
) -> Vec<Interval> {
    if status == ExchangeStatus::Agreed {
        return agreed_when(ctx, trigger_start, traces);
    }
    if status != ExchangeStatus::Completed {
        return Vec::new();
    }
    let (clause_start, clause_end) = clause_around(ctx.text, trigger_start);
    let verb_end = ctx.said.verb_at.map(|(_, e)| e);
    let mut out = Vec::new();
    for expr in ctx.past_times() {
        if !crate::dates::is_report_date(ctx.text, expr) {
            continue;
        }
        // The day something was said ("said on Monday it had ...") is not the day of the
        // exchange.
        let said_then = verb_end.is_some_and(|e| {
            expr.start >= e
                && ctx.text.get(e..expr.start).is_some_and(|between| {
                    ["", "on", "late on", "early on", "earlier on"].contains(&between.trim())
                })
        });
        if said_then {
            continue;
        }
        // "a ship they seized last month", "two catechists kidnapped near Bamenda in August",
        // "soldiers who drowned in a river in April": the date of the nearest verb before it in
        // its clause, when that verb took, held or killed them rather than handed them over.
        let expr_token = token_at(ctx.tokens, expr.start);
        let seized_just_before = (expr_token.saturating_sub(2)..expr_token)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| t.is_any(SEIZURE_WORDS));
        // Farther back, a verb of taking only when it is a verb ("kidnapped near", "seized
        // from"), not an adjective ("detained Americans"), and comes before any handover verb.
        let taken_by_verb = |k: usize| {
            ctx.tokens.get(k).is_some_and(|t| t.is_any(TAKEN_VERBS))
                && ctx.tokens.get(k + 1).is_some_and(|n| {
                    n.is_any(&[
                        "in", "on", "from", "near", "at", "off", "during", "last", "by",
                    ])
                })
        };
        let seized_earlier = (expr_token.saturating_sub(12)..expr_token)
            .rev()
            // Another date in between ("seized last month on Friday") is the seizure's own.
            // Past the commas of a place ("abducted near Lokoja, Kogi State, last week").
            .take_while(|&k| {
                ctx.tokens.get(k).is_some_and(|t| {
                    let place_comma = t.is_punct(",")
                        && ctx
                            .tokens
                            .get(k + 1)
                            .is_some_and(|n| n.is_capitalised() || k + 1 == expr_token);
                    (!t.is_punct(",;") || place_comma)
                        && !crate::text::CALENDAR.contains(t)
                        && !t.is_any(&["month", "week", "year", "day", "night", "morning"])
                })
            })
            .find(|&k| {
                taken_by_verb(k)
                    || ctx
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.is_any(HANDOVER_VERBS) || t.start == trigger_start)
            })
            .is_some_and(taken_by_verb);
        if seized_just_before || seized_earlier {
            continue;
        }
        // "Also on Monday, Russia handed over ...": a date that opens the sentence.
        let opens_sentence = ctx
            .tokens
            .first()
            .is_some_and(|t| expr.start <= t.start + 3)
            || ctx
                .tokens
                .iter()
                .take_while(|t| t.start < expr.start)
                .all(|t| t.is_any(&["also", "on", "and", "but", "late", "early", "then", "later"]))
            || opening_phrase_dates(ctx, expr.end, trigger_start);
        // "The remains handed over by Hamas on Tuesday were identified on Wednesday": a date of
        // another verb after the exchange word is that verb's.
        let other_verb = expr.start > trigger_start && {
            let from = token_at(ctx.tokens, trigger_start) + 1;
            let to = token_at(ctx.tokens, expr.start);
            (from..to).any(|k| {
                ctx.tokens
                    .get(k)
                    .is_some_and(|t| t.is_any(&["were", "was", "is", "are"]))
                    && ctx
                        .tokens
                        .get(k + 1)
                        .is_some_and(|v| v.text.ends_with("ed") && !trigger_at(ctx, v.start))
            })
        };
        // "under a deal agreed in January", "a truce signed on Friday": past the exchange word,
        // a date right after a participle is the participle's.
        let participle_before = expr.start > trigger_start && {
            let at = token_at(ctx.tokens, expr.start);
            let mut k = at.checked_sub(1);
            while let Some(p) = k.and_then(|k| ctx.tokens.get(k))
                && p.start > trigger_start
                && p.is_any(&["in", "on", "last", "earlier", "this", "late", "early"])
            {
                k = k.and_then(|k| k.checked_sub(1));
            }
            k.and_then(|k| ctx.tokens.get(k)).is_some_and(|p| {
                p.start > trigger_start && p.is_past_form() && !trigger_at(ctx, p.start)
            })
        };
        // The clause of the date: ", handing them over to Omani officials on Monday" is of the
        // same handover, and so is ", who were flown to Port Sudan on Sunday", a relative clause
        // that moves the people (its verb is no other verb's).
        let (a, b) = clause_around(ctx.text, expr.start);
        let mut words = ctx.text.get(a..b).unwrap_or("").split_whitespace();
        let first_word = words.next();
        let moved = first_word == Some("who")
            && words.next().is_some_and(|w| w == "were" || w == "was")
            && words.next().is_some_and(|w| MOVED_PARTICIPLES.contains(&w));
        let handover_clause =
            moved || first_word.is_some_and(|w| HANDOVER_PARTICIPLES.contains(&w));
        if (other_verb || participle_before) && !moved {
            continue;
        }
        let in_clause = expr.start >= clause_start && expr.start < clause_end;
        // "last swapped detainees in April 2023, when close to 900 people were released": the
        // date the clause hangs on.
        let before_when = expr.end <= clause_start
            && clause_start - expr.end <= 3
            && ctx
                .text
                .get(clause_start..trigger_start)
                .is_some_and(|head| starts_with_ignore_case(head.trim_start(), "when "));
        // "Hamas freed X, the last living hostage in Gaza, on Monday": past the appositives
        // after the handover, a clause that opens with the date.
        let after_appositives = expr.start >= clause_end && {
            let mut at = clause_end;
            loop {
                let rest = ctx.text.get(at + 1..).unwrap_or("");
                let segment_end = first_clause_mark(rest).map_or(ctx.text.len(), |i| at + 1 + i);
                let segment = rest.get(..segment_end - at - 1).unwrap_or("").trim_start();
                let first = segment.split_whitespace().next().unwrap_or("");
                if expr.start < segment_end {
                    // "..., from a prison in Nyala on Monday": where the people were handed
                    // over from, and when.
                    let from_place = first == "from"
                        && ctx
                            .text
                            .get(at + 1..expr.start)
                            .is_some_and(|b| b.split_whitespace().count() <= 6);
                    break from_place
                        || ["on", "last", "this", "late", "early", "in"].contains(&first)
                            && ctx
                                .text
                                .get(at + 1..expr.start)
                                .is_some_and(|b| b.split_whitespace().count() <= 2);
                }
                if !["the", "a", "an", "among", "including", "who", "which"].contains(&first)
                    || segment_end >= ctx.text.len()
                {
                    break false;
                }
                at = segment_end;
            }
        };
        if !(opens_sentence || in_clause || before_when || handover_clause || after_appositives) {
            continue;
        }
        if let Some(range) = expr.interval {
            traces.add("when", "exchange.date_in_clause", &expr.text);
            out.push(crate::dates::interval(range, Some(&expr.text)));
        }
    }
    out
}

/// Participles that move people handed over: "who were flown to Port Sudan on Sunday".
const MOVED_PARTICIPLES: &[&str] = &[
    "flown",
    "handed",
    "transported",
    "returned",
    "taken",
    "brought",
    "bused",
    "driven",
    "transferred",
    "reunited",
];

/// The day an agreed exchange is to take place: a date after the publication day, after the
/// exchange word in its clause ("Hamas will free three more captives on Saturday"). A day named
/// before it ("announced late on Sunday") is when the deal was told.
fn agreed_when(ctx: &Context<'_>, trigger_start: usize, traces: &mut Traces) -> Vec<Interval> {
    let Some(published) = ctx.published else {
        return Vec::new();
    };
    let clause_end = ctx
        .text
        .get(trigger_start..)
        .and_then(first_clause_mark)
        .map_or(ctx.text.len(), |i| trigger_start + i);
    let mut out = Vec::new();
    for expr in ctx.auto_times() {
        let Some(range) = expr.interval else { continue };
        if expr.start > trigger_start && expr.start < clause_end && range.start > published {
            traces.add("when", "exchange.agreed_date", &expr.text);
            out.push(crate::dates::interval(range, Some(&expr.text)));
        }
    }
    out
}

/// Whether the words between two item mentions (`end` of the first, `start` of the second) trade
/// the first for the second: `for`, then at most two words that describe the second group
/// ("hostages for Palestinian prisoners", "soldiers for jailed militants"), with no clause
/// break in between.
fn traded_for(text: &str, end: usize, start: usize) -> bool {
    let Some(between) = text.get(end..start) else {
        return false;
    };
    let mut words = between.split_whitespace();
    words
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("for"))
        && words.clone().count() <= 2
        && words.all(|word| word.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// In a two-way exchange, each side gives what the other receives: fill a missing `from` of a
/// group whose receiver is named, from the two sides the sentence names. A receiver is never
/// guessed: "Hamas freed 20 hostages, and Israel released 2,000 prisoners in return" names
/// who freed each group, not who took them in.
fn complete_directions(items: &mut [ExchangeItem], parties: &[&'static str]) {
    if items.len() < 2 {
        return;
    }
    // Only two sides the sentence itself names: the article's other side is a guess the text
    // does not make ("in return for the hostages" in a story about a US plan).
    let sides = match parties {
        [a, b] => Some((*a, *b)),
        _ => None,
    };
    let other = |side: &str| -> Option<String> {
        let (a, b) = sides?;
        if side == a {
            Some(b.to_owned())
        } else if side == b {
            Some(a.to_owned())
        } else {
            None
        }
    };
    for item in items.iter_mut() {
        if let (None, Some(to)) = (&item.from, &item.to) {
            item.from = other(to);
        }
    }
    // "three hostages were freed for 183 Palestinian prisoners": of a pair, the group with no
    // direction goes the other way: from the side that took in the other group, or, when only
    // who gave that group is known, from the other side.
    if let [a, b] = items {
        let undirected = |d: &ExchangeItem| d.from.is_none() && d.to.is_none();
        let reverse = |d: &ExchangeItem| match (&d.from, &d.to) {
            (Some(from), Some(to)) => (Some(to.clone()), Some(from.clone())),
            (Some(from), None) => (other(from), None),
            _ => (None, None),
        };
        if undirected(a) {
            (a.from, a.to) = reverse(b);
        } else if undirected(b) {
            (b.from, b.to) = reverse(a);
        }
    }
}

/// Merges items of the same category and direction.
fn merge_items(items: &mut Vec<ExchangeItem>) {
    let counted = |i: &ExchangeItem| i.count.is_some() || i.approx.is_some();
    let mut merged: Vec<ExchangeItem> = Vec::new();
    for item in items.drain(..) {
        // Two counted groups stay two items ("250 Palestinians serving life sentences and
        // 1,700 Gazans"); a group named again without an amount is the same people.
        if let Some(existing) = merged.iter_mut().find(|e| {
            e.category == item.category
                && e.from == item.from
                && e.to == item.to
                && !(counted(e) && counted(&item))
        }) {
            existing.count = existing.count.or(item.count);
            existing.approx = existing.approx.or(item.approx);
            continue;
        }
        merged.push(item);
    }
    *items = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substrings_are_lower_case() {
        // `Substrings` matches ASCII case-insensitively, as `find` on lower-cased text did:
        // the same only for phrases without capitals.
        for phrase in MEDIATION.iter().chain(PAIRING).chain(LIVING_AND_DEAD) {
            assert_eq!(*phrase, phrase.to_ascii_lowercase());
        }
    }

    #[test]
    fn substrings_find_the_first_of_each_phrase() {
        let text = "Freed with the help of Qatar, then with the help of Oman; Brokered by Egypt.";
        let lower = text.to_ascii_lowercase();
        let expected: Vec<_> = MEDIATION.iter().map(|p| lower.find(p)).collect();
        let found: Vec<_> = PhrasesAt::of(text).mediation().map(|(at, _)| at).collect();
        assert_eq!(found, expected);
        assert!(expected.iter().flatten().count() == 2);
        assert!(PhrasesAt::of("All hostages, Living and Dead.").and_dead());
        assert!(!PhrasesAt::of("All hostages, Living and Dead.").paired());
        assert!(!PhrasesAt::of("in return, for now").paired());
        assert!(PhrasesAt::of("freed in Exchange for 20").paired());
    }
}
