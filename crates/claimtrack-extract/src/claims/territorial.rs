//! Territorial claims: a place changed hands, was entered, encircled, held or made a buffer zone.
//!
//! The grammar, per trigger of `territorial.tsv`:
//! - active: `[subject] captured [the (strategic) village of] Name [and Name] [, a town in]
//!   [Country's] [Region region]`, one claim per named place;
//! - weak: the same, for common verbs (`took`, `held`, `left`) only with a military subject;
//! - passive: `Name fell to X`, `Name was captured by X`, `its troops had been encircled in Name`;
//! - noun: `announced the capture of Name` (only with a reporting verb in the sentence);
//! - zone: `created a buffer zone in Name` (only said as done);
//! - and the phrase `repelled an (RSF) attack on Name` (held).
//!
//! The actor is the subject of the trigger (`Russian forces`, `its forces` = the speaker's actor,
//! `the rebels` = the article's armed group); the claimant is the speaker's actor; the status
//! follows the reporting verb (`denied` -> denied) and who speaks (the side that lost the place,
//! or a third party that confirms, -> confirmed).

use claimtrack_model::{Action, ClaimDetail, PlaceType, Territorial, TerritorialStatus};

use super::{Context, FORCE_WORDS, Found, Traces};
use crate::actors::{actor_of_phrase, mention_at, mentions};
use crate::lexicon::{
    ActorKind, PLACE_TYPES, REPORTING, ReportForm, TERRITORIAL, TerritorialTrigger, TriggerForm,
    region_country,
};
use crate::text::{Token, TokenKind, starts_with_ignore_case, token_at};

/// Subject words that stand for the article's main armed group.
const GROUP_WORDS: &[&str] = &[
    "rebels",
    "rebel",
    "militants",
    "insurgents",
    "paramilitaries",
    "paramilitary",
    "militia",
    "militiamen",
    "jihadists",
    "gunmen",
    "separatists",
    "guerrillas",
    "gangs",
    "extremists",
];

/// Adjectives of direction before a name ("southern Syria's Quneitra", "in eastern Ukraine").
const DIRECTIONS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Pronouns that stand for the speaker's side.
const SPEAKER_PRONOUNS: &[&str] = &["its", "their", "our", "his", "her", "it", "they", "we"];

/// Words before a trigger that make it an intention, not a claim.
const NOT_DONE: &[&str] = &[
    "to",
    "would",
    "could",
    "may",
    "might",
    "will",
    "plans",
    "plan",
    "planned",
    "aims",
    "aim",
    "aimed",
    "trying",
    "tried",
    "try",
    "attempt",
    "attempted",
    "attempting",
    "sought",
    "seeking",
    "seek",
    "failed",
    "ordered",
    "order",
    "threatened",
    "vowed",
    "intends",
    "hopes",
    "if",
    "whether",
    "before",
    "wants",
    "want",
    "cannot",
    "can",
    "should",
    "must",
    // "a deal meant to include a full Israeli withdrawal from Gaza": the terms of a plan.
    "meant",
    "include",
    "includes",
    "envisages",
    "requires",
];

/// Words after which a following name is a setting, not a target (`held talks in Istanbul`).
const NOT_A_PLACE_AFTER: &[&str] = &[
    "talks",
    "meeting",
    "meetings",
    "summit",
    "agreement",
    "accord",
    "deal",
    "process",
    "format",
    "airport",
    "forces",
    "troops",
    "army",
    "officials",
    "government",
    "authorities",
    "delegation",
    "delegations",
    "negotiators",
    "soldiers",
    "positions",
    "units",
];

/// Function words that may follow a place name (anything else lowercase after `the Name` makes
/// the name an adjective: "the Spanish title").
const AFTER_A_NAME: &[&str] = &[
    "and",
    "or",
    "in",
    "on",
    "near",
    "of",
    "after",
    "before",
    "from",
    "to",
    "by",
    "with",
    "at",
    "last",
    "this",
    "overnight",
    "earlier",
    "yesterday",
    "today",
    "late",
    "early",
    "since",
    "during",
    "amid",
    "as",
    "while",
    "which",
    "that",
    "where",
    "but",
    "following",
    "without",
    "for",
    "into",
    "over",
    "under",
    // "the Kinburn Spit further west".
    "further",
    "farther",
];

/// Map features named by a number after them (`Hill 350`, `Outpost 12`); matched in any case,
/// so they are written here in lower case.
const NUMBERED_FEATURES: &[&str] = &[
    "hill",
    "height",
    "point",
    "checkpoint",
    "outpost",
    "post",
    "base",
    "sector",
    "kilometre",
    "kilometer",
];

/// The setting that opens a sentence: `In <region or country>,` after at most an adverb of
/// direction ("Further south, in the province of Sweida, ..."): the region it names, or the
/// country.
fn opening_setting(ctx: &Context<'_>) -> Option<(Option<String>, Option<&'static str>)> {
    let tokens = ctx.tokens;
    let at = tokens.iter().take(5).position(|t| t.is("in"))?;
    let lead_in = tokens.get(..at)?.iter().all(|t| {
        t.is_punct(",")
            || t.is_any(&[
                "further",
                "farther",
                "south",
                "north",
                "east",
                "west",
                "meanwhile",
                "elsewhere",
                "separately",
            ])
    });
    if !lead_in {
        return None;
    }
    let mut k = at + 1;
    while tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["the", "neighbouring", "neighboring"]) || t.is_any(DIRECTIONS))
    {
        k += 1;
    }
    // "in the province of Sweida".
    if tokens.get(k).is_some_and(|t| t.is_any(REGION_WORDS))
        && tokens.get(k + 1).is_some_and(|t| t.is("of"))
    {
        k += 2;
    }
    let start = tokens.get(k)?.start;
    let comma_follows = |end: usize| {
        let mut after = token_at(tokens, end);
        // "In the Kharkiv Region,": the type word of the region.
        if tokens.get(after).is_some_and(|t| t.is_any(REGION_WORDS)) {
            after += 1;
        }
        tokens.get(after).is_some_and(|t| t.is_punct(","))
    };
    // A country first: "In neighbouring Niger," is not Nigeria's Niger State.
    if let Some(country) =
        mention_at(ctx.text, start).filter(|m| m.kind == ActorKind::Country && comma_follows(m.end))
    {
        return Some((None, Some(country.actor)));
    }
    let hit = crate::lexicon::REGIONS
        .at(ctx.text, start)
        .filter(|hit| comma_follows(hit.end))?;
    Some((Some(ctx.slice(hit.start, hit.end).to_owned()), None))
}

/// Words that open a part of a place that still names the place (`the centre of Bukavu`).
const PART_OF: &[&str] = &[
    "centre",
    "center",
    "heart",
    "outskirts",
    "edge",
    "edges",
    "side",
    "part",
    "parts",
    "rest",
    "remainder",
    "area",
    "areas",
    "whole",
];

/// Verbs that make a buffer zone done rather than intended.
const ZONE_DONE: &[&str] = &[
    "created",
    "established",
    "expanded",
    "set",
    "carved",
    "formed",
    "widened",
    "extended",
    "built",
    "has",
    "have",
    "had",
];

/// Finds every territorial claim of a sentence.
pub(crate) fn find(ctx: &Context<'_>) -> Vec<Found> {
    if ctx.text.trim_end().ends_with('?') {
        return Vec::new();
    }
    let mut out: Vec<Found> = Vec::new();
    let mut triggers: Vec<(usize, usize, TerritorialTrigger)> = Vec::new();
    TERRITORIAL.each_from(ctx.text, ctx.starts, |hit| {
        triggers.push((hit.start, hit.end, *hit.value));
        true
    });
    triggers.extend(repelled_attacks(ctx));
    triggers.extend(measured_zones(ctx));
    triggers.sort_by_key(|(start, _, _)| *start);
    for (start, end, trigger) in triggers {
        if ctx.text.get(..start).is_some_and(|b| b.ends_with('-')) {
            // "army-held", "Russian-occupied": an adjective, not a claim.
            continue;
        }
        let first = token_at(ctx.tokens, start);
        let after = token_at(ctx.tokens, end);
        // "the deal is still held up by an arbitration case": delayed, not held.
        if ctx.tokens.get(after).is_some_and(|t| t.is("up")) {
            continue;
        }
        // "the occupied West Bank", "in the northern occupied Golan": an adjective.
        let adjective = ctx.slice(start, end).eq_ignore_ascii_case("occupied")
            && first
                .checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .is_some_and(|p| p.is_any(DIRECTIONS) || p.is_any(&["the", "in", "of", "and"]));
        if adjective {
            continue;
        }
        // "was retaken", "had been liberated", had been "fully liberated": an active verb in the
        // passive voice, past quote marks and an adverb.
        let mut trigger = trigger;
        let passive_aux = (first.saturating_sub(3)..first)
            .rev()
            .map(|k| ctx.tokens.get(k))
            .find(|t| {
                !t.is_some_and(|t| {
                    t.is_punct("\"\u{201c}'")
                        || t.is_any(&["fully", "completely", "entirely", "now", "also"])
                })
            })
            .flatten()
            .is_some_and(|t| t.is_any(&["was", "were", "been", "is", "are", "being"]));
        // "were forced to retreat from X": the phrase is active although "were" precedes it.
        // "were still holding": a progressive, not a passive.
        let phrase_passive = ctx
            .slice(start, end)
            .split_whitespace()
            .find(|w| !w.eq_ignore_ascii_case("still"))
            .is_some_and(|w| !w.eq_ignore_ascii_case("forced") && !w.ends_with("ing"));
        if passive_aux
            && phrase_passive
            && matches!(trigger.form, TriggerForm::Active | TriggerForm::Weak)
        {
            trigger.form = TriggerForm::Passive;
        }
        if intention_before(ctx.tokens, first) {
            continue;
        }
        // "the Line of Control has fallen largely quiet", "fell silent", "fell short": a
        // state or an amount, not a place taken.
        let fell = ["fallen", "fell"]
            .iter()
            .any(|w| ctx.slice(start, end).ends_with(w));
        if fell
            && ctx.tokens.get(after).is_some_and(|t| {
                t.is_any(&[
                    "quiet", "silent", "calm", "still", "largely", "mostly", "short", "apart",
                    "sharply", "victim", "ill", "behind", "into", "by", "below", "back",
                ])
            })
        {
            continue;
        }
        // "was cleared of charges", "cleared to fly": permission or acquittal, not ground.
        if ctx.slice(start, end).ends_with("cleared")
            && ctx
                .tokens
                .get(after)
                .is_some_and(|t| t.is_any(&["of", "for", "to", "by"]))
        {
            continue;
        }
        let places = match trigger.form {
            TriggerForm::Active => {
                let places = object_places(ctx, after);
                if places.is_empty() && trigger.action == Action::Encircled {
                    // "encircled Ukrainian troops in Pokrovsk".
                    located_in(ctx, after)
                } else if places.is_empty() {
                    let listed = listed_after_a_count(ctx, after);
                    if listed.is_empty() {
                        relative_place(ctx, first)
                    } else {
                        listed
                    }
                } else {
                    places
                }
            }
            TriggerForm::Weak => {
                // "two servicemen who had crossed into Armenia's Syunik province": what some
                // people did, told of them, is no claim on the place.
                let of_people = (first.saturating_sub(3)..first)
                    .filter_map(|k| ctx.tokens.get(k))
                    .any(|t| t.is("who"));
                if !military_subject(ctx, start) || of_people {
                    continue;
                }
                let places = object_places(ctx, after);
                if places.is_empty() && trigger.action == Action::Encircled {
                    located_in(ctx, after)
                } else {
                    places
                }
            }
            TriggerForm::Noun => {
                // "the capture of X would give ...": a hypothesis; "announced the capture of
                // X": a claim by someone who stands for a side.
                let reported = ctx.said.actor.is_some()
                    && REPORTING.first_from(ctx.text, ctx.starts).is_some();
                // "the capture of X would give ...", "the capture of X is their next objective":
                // a hypothesis or an aim.
                let hypothetical = (after..(after + 10).min(ctx.tokens.len()))
                    .filter_map(|k| ctx.tokens.get(k))
                    .any(|t| {
                        t.is_any(&[
                            "would",
                            "could",
                            "might",
                            "may",
                            "will",
                            "objective",
                            "objectives",
                            "goal",
                            "aim",
                            "priority",
                        ])
                    });
                if hypothetical {
                    continue;
                }
                // "72 hours to hand over control of Mitiga airport": a demand.
                let demanded = (first.saturating_sub(3)..first)
                    .filter_map(|k| ctx.tokens.get(k))
                    .any(|t| t.is("to"));
                let blocked = demanded
                    || first
                        .checked_sub(1)
                        .and_then(|p| ctx.tokens.get(p))
                        .is_some_and(|t| {
                            t.is_any(&[
                                "for",
                                "under",
                                "battle",
                                "fight",
                                "struggle",
                                "so-called",
                                "alleged",
                                "claimed",
                            ])
                        });
                // "carried out a strategic withdrawal from the camp": the noun of an act done.
                let done = (first.saturating_sub(4)..first).any(|k| {
                    ctx.tokens.get(k).is_some_and(|t| {
                        t.is_any(&["carried", "completed", "conducted", "made", "executed"])
                    })
                });
                if !(reported || done) || blocked {
                    continue;
                }
                let mut places = object_places(ctx, after);
                // "the liberation of Kupyansk was \"a matter of weeks\"": a forecast.
                places.retain(|place| !forecast_after(ctx, place.last + 1));
                places
            }
            TriggerForm::Passive => {
                // "Volumes fell to 612 million shares": an amount, not a side.
                if ctx
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                {
                    continue;
                }
                // "has been besieged for months": a siege that lasts, not an event.
                let lasting = ctx.tokens.get(after).is_some_and(|t| t.is("for"))
                    && ctx.tokens.get(after + 1..after + 3).is_some_and(|w| {
                        w.iter()
                            .any(|t| t.is_any(&["days", "weeks", "months", "years", "decades"]))
                    });
                if lasting && trigger.action == Action::Encircled {
                    continue;
                }
                let before = passive_places(ctx, first);
                // "its troops had been encircled in Kupiansk"; but "the men were taken to a
                // hospital in Yerevan" names no place that changed hands.
                if before.is_empty() && trigger.action == Action::Encircled {
                    located_in(ctx, after)
                } else {
                    before
                }
            }
            TriggerForm::Zone => {
                if !zone_done(ctx, first) {
                    continue;
                }
                object_places(ctx, after)
            }
        };
        for mut place in places {
            if out.iter().any(|f| f.key == place.name) {
                continue;
            }
            if place.place_type.is_none()
                && let Some((place_type, word)) = appositive_type(ctx, place.last)
            {
                place.place_type = Some(place_type);
                place.type_word = Some(word);
            }
            out.push(build(ctx, start, end, trigger, &place));
        }
    }
    out
}

/// `Bunia and Mahagi, two towns in Ituri`: the type word of an appositive after a list of
/// names that ends at or after token `last`.
fn appositive_type(ctx: &Context<'_>, last: usize) -> Option<(PlaceType, String)> {
    let tokens = ctx.tokens;
    let mut k = last + 1;
    // Step over the rest of the list: "and Mahagi", ", Kiwanja".
    while k < last + 8
        && tokens.get(k).is_some_and(|t| {
            t.is("and")
                || t.is_capitalised()
                || t.is_punct(",") && { tokens.get(k + 1).is_some_and(Token::is_capitalised) }
        })
    {
        k += 1;
    }
    if !tokens.get(k)?.is_punct(",") {
        return None;
    }
    let counted = tokens.get(k + 1)?.is_any(&[
        "two", "three", "four", "five", "six", "both", "several", "the",
    ]);
    if !counted {
        return None;
    }
    // "two strategic towns": at most one adjective before the type word.
    for at in [k + 2, k + 3] {
        let t = tokens.get(at)?;
        if let Some(hit) = whole_type(t.text) {
            return Some((*hit.value, t.text.to_owned()));
        }
    }
    None
}

/// A place named in the sentence.
#[derive(Debug, Clone)]
struct Place {
    name: String,
    /// Token index of the last word of the name.
    last: usize,
    place_type: Option<PlaceType>,
    type_word: Option<String>,
    rule: &'static str,
    /// A country named with the place ("the Syrian side of"), and the word that named it.
    country: Option<(&'static str, String)>,
}

/// `took control of four border villages, among them Kheyrimli and Baganis Ayrum`, `held five
/// positions, including the Jabal Blat ridge`: the places named after a counted plural, with the
/// plural's type word when the names have none; also after ground (`86% of the ground lost in
/// the Kursk region, including the town of Sudzha`).
fn listed_after_a_count(ctx: &Context<'_>, at: usize) -> Vec<Place> {
    let tokens = ctx.tokens;
    let counted = tokens.get(at).is_some_and(|t| {
        t.kind == TokenKind::Number
            || t.is_any(&[
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
            ])
    });
    // "retaken 86% of the ground lost in the Kursk region since last August, including the
    // town of Sudzha": ground the names are part of, told at more length.
    let ground = (at..(at + 5).min(tokens.len())).any(|k| {
        tokens.get(k).is_some_and(|t| {
            t.is_any(&[
                "ground",
                "territory",
                "territories",
                "land",
                "lands",
                "area",
                "areas",
                "settlements",
                "villages",
                "towns",
                "positions",
            ])
        })
    });
    if !counted && !ground {
        return Vec::new();
    }
    let reach = if ground { 18 } else { 8 };
    let Some(comma) = (at + 1..(at + reach).min(tokens.len()))
        .take_while(|&k| tokens.get(k).is_some_and(|t| !t.is_punct(".;:")))
        .find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(",")))
    else {
        return Vec::new();
    };
    let names_from = match (tokens.get(comma + 1), tokens.get(comma + 2)) {
        (Some(a), _) if a.is("including") => comma + 2,
        (Some(a), Some(b)) if a.is("among") && b.is_any(&["them", "which"]) => comma + 3,
        _ => return Vec::new(),
    };
    // The plural's type word: "villages" gives "village".
    let plural_type = tokens.get(at + 1..comma).and_then(|words| {
        words.iter().find_map(|w| {
            let singular = w.text.strip_suffix('s')?;
            whole_type(singular).map(|h| (*h.value, singular.to_owned()))
        })
    });
    // "including the Hamames hill near the town of Khiam": the name right after "the".
    let names_from = if tokens.get(names_from).is_some_and(|t| t.is("the"))
        && tokens
            .get(names_from + 1)
            .is_some_and(Token::is_capitalised)
    {
        names_from + 1
    } else {
        names_from
    };
    let mut places = object_places(ctx, names_from);
    for place in &mut places {
        place.rule = "territorial.listed_after_count";
        if place.place_type.is_none()
            && let Some((place_type, word)) = &plural_type
        {
            place.place_type = Some(*place_type);
            place.type_word = Some(word.clone());
        }
    }
    places
}

/// Phrases with free words inside: `repelled an (RSF) attack on`, `repelled attempts to break
/// through near` (held); `pulled its fighters out of`, `withdrew its troops from` (withdrew).
/// `a "buffer zone" up to 12 kilometres deep in X`: a zone whose name is quoted or whose size
/// comes between it and the place (the lexicon's phrases hold the plain `buffer zone in`).
fn measured_zones(ctx: &Context<'_>) -> Vec<(usize, usize, TerritorialTrigger)> {
    let tokens = ctx.tokens;
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if !(token.is_any(&["buffer", "security", "sanitary"])
            && tokens.get(i + 1).is_some_and(|t| t.is("zone")))
        {
            continue;
        }
        let between = |t: &Token<'_>| {
            t.is_punct("\"\u{201c}\u{201d}'\u{2019}-")
                || t.kind == TokenKind::Number
                || t.is_any(&[
                    "up",
                    "to",
                    "about",
                    "some",
                    "around",
                    "nearly",
                    "almost",
                    // "several kilometers deep", "a few kilometres", "tens of kilometres".
                    "several",
                    "a",
                    "few",
                    "tens",
                    "dozens",
                    "of",
                    "two",
                    "three",
                    "five",
                    "ten",
                    "twenty",
                    "kilometres",
                    "kilometers",
                    "kilometre",
                    "kilometer",
                    "km",
                    "miles",
                    "mile",
                    "deep",
                    "wide",
                    "long",
                ])
        };
        let Some(at) = (i + 2..(i + 12).min(tokens.len())).find(|&k| {
            tokens
                .get(k)
                .is_none_or(|t| !between(t) || t.is_any(&["in", "along", "inside", "near"]))
        }) else {
            continue;
        };
        if at > i + 2
            && let Some(preposition) = tokens
                .get(at)
                .filter(|t| t.is_any(&["in", "along", "inside", "near"]))
        {
            out.push((
                token.start,
                preposition.end,
                TerritorialTrigger {
                    action: Action::BufferZone,
                    form: TriggerForm::Zone,
                },
            ));
        }
    }
    out
}

fn repelled_attacks(ctx: &Context<'_>) -> Vec<(usize, usize, TerritorialTrigger)> {
    let tokens = ctx.tokens;
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let held = token.is_any(&["repelled", "repulsed", "repelling", "thwarted", "foiled"])
            || (token.is_any(&["fought", "beat", "beaten"])
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| t.is_any(&["off", "back"])));
        let withdrew = token.is_any(&["pulled", "withdrew", "withdrawn", "moved", "redeployed"])
            && !tokens
                .get(i + 1)
                .is_some_and(|t| t.is_any(&["out", "from", "back"]));
        // "pushed Ukrainian troops out of X", "ousted the rebels from X": the subject took X.
        let expelled = token.is_any(EXPEL_OUT_OF) || token.is_any(EXPEL_FROM);
        if !held && !withdrew && !expelled {
            continue;
        }
        // "repelled an attack by Islamic State Sahel Province fighters on the town of X": the
        // attackers may be named at length before the place.
        // "a combined assault by the RSF and the Sudan People's Liberation Movement-North
        // (SPLM-N) on Kadugli": brackets and hyphens do not end the attackers' names.
        for k in i + 1..(i + 20).min(tokens.len()) {
            let Some(t) = tokens.get(k) else { break };
            // A quoted verb: had "redeployed" from X.
            if t.kind == TokenKind::Punct && !t.is_punct("()-\"\u{201d}\u{2019}'") {
                break;
            }
            let end = if expelled && k <= i + 6 {
                if token.is_any(EXPEL_OUT_OF)
                    && t.is("out")
                    && tokens.get(k + 1).is_some_and(|n| n.is("of"))
                {
                    tokens.get(k + 1).map(|n| n.end)
                } else if token.is_any(EXPEL_FROM) && t.is("from") {
                    Some(t.end)
                } else {
                    None
                }
            } else if held
                && t.is_any(&[
                    "on", "against", "near", "towards", "toward", "at", "in", "into", "around",
                ])
            {
                Some(t.end)
            } else if held
                && t.is("to")
                && tokens.get(k + 1).is_some_and(|v| {
                    v.is_any(&[
                        "enter", "storm", "seize", "capture", "take", "cross", "reach",
                    ])
                })
                && !tokens
                    .get(k + 2)
                    .is_some_and(|n| n.is_any(&["on", "near", "into", "at", "in"]))
            {
                // "repelled a Cambodian attempt to enter Ban Chamrak".
                tokens.get(k + 1).map(|v| v.end)
            } else if withdrew
                && k <= i + 4
                && t.is("out")
                && tokens.get(k + 1).is_some_and(|n| n.is("of"))
            {
                tokens.get(k + 1).map(|n| n.end)
            } else if withdrew
                && k <= i + 4
                && t.is("from")
                && token.is_any(&["withdrew", "withdrawn", "pulled", "redeployed"])
            {
                Some(t.end)
            } else {
                None
            };
            if let Some(end) = end {
                let action = if expelled {
                    Action::Captured
                } else if held {
                    Action::Held
                } else {
                    Action::Withdrew
                };
                out.push((
                    token.start,
                    end,
                    TerritorialTrigger {
                        action,
                        form: TriggerForm::Active,
                    },
                ));
                break;
            }
        }
    }
    out
}

/// Lower-case particles inside a place name ("Nioro du Sahel", "Ras al-Ain", "Dar es Salaam").
const NAME_PARTICLES: &[&str] = &[
    "du", "de", "des", "la", "le", "al", "el", "es", "ad", "ash", "bin", "ibn", "di", "da", "do",
    "dos", "del", "van", "von", "ez", "az",
];

/// Capitalised words that are never a place: pronouns and determiners that open a sentence.
const NOT_PLACES: &[&str] = &[
    "we",
    "they",
    "it",
    "he",
    "she",
    "i",
    "you",
    "our",
    "their",
    "its",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "us",
    "them",
    "my",
    "your",
    "the",
    "a",
    "an",
    // Quantifiers that stand for people: "Several had been held for months".
    "several",
    "many",
    "some",
    "most",
    "others",
    "all",
    "both",
    "few",
    "dozens",
    "hundreds",
    "thousands",
    "none",
    "each",
    "one",
    "two",
    "three",
];

/// Verbs of demand: what follows them is wanted, not done.
const DEMAND_VERBS: &[&str] = &[
    "demanded",
    "demands",
    "demanding",
    "urged",
    "urges",
    "urging",
    "wants",
    "insisted",
    "insists",
    "insisting",
    "requested",
    "requests",
];

/// Verbs that drive an enemy "out of" a place: the subject captured it.
const EXPEL_OUT_OF: &[&str] = &[
    "pushed", "drove", "driven", "forced", "kicked", "chased", "flushed", "cleared", "ejected",
];

/// Verbs that drive an enemy "from" a place: the subject captured it.
const EXPEL_FROM: &[&str] = &[
    "ousted",
    "expelled",
    "evicted",
    "dislodged",
    "ejected",
    "cleared",
];

/// Whether the words just before token `first` make the trigger an intention or a hypothesis.
fn intention_before(tokens: &[Token<'_>], first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    // "to take and hold Bamako": the second verb of an infinitive.
    let infinitive_pair = prev.is_any(&["and", "or"])
        && first
            .checked_sub(3)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| t.is("to"));
    if prev.is("to") || infinitive_pair {
        return true;
    }
    // "demanded that Ukraine withdraw from X", "demanded that Israel free the prisoners and
    // withdraw from X": a demand names no change of hands, up to the end of its clause.
    let clause = (first.saturating_sub(16)..first).rev().take_while(|&k| {
        tokens
            .get(k)
            .is_some_and(|t| !t.is_punct(";") && !t.is("said"))
    });
    let mut clause_tokens = clause.filter_map(|k| tokens.get(k));
    if clause_tokens.clone().any(|t| t.is_any(DEMAND_VERBS)) {
        return true;
    }
    // "would keep striking them until they pulled out of X": the end of a threat, not an event.
    let until = (first.saturating_sub(4)..first).find(|&k| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["until", "unless"]))
    });
    if let Some(until) = until
        && (until.saturating_sub(12)..until)
            .filter_map(|k| tokens.get(k))
            .any(|t| t.is_any(&["would", "will", "keep", "continue", "vowed", "threatened"]))
    {
        return true;
    }
    // "in exchange for ... a full Israeli withdrawal from Gaza": a condition set, not an event.
    if clause_tokens.any(|t| t.is_any(&["exchange", "return"]))
        && (first.saturating_sub(16)..first)
            .filter_map(|k| tokens.get(k).zip(tokens.get(k + 1)))
            .any(|(a, b)| a.is_any(&["exchange", "return"]) && b.is("for"))
    {
        return true;
    }
    // "Huliaipole, a town of 13,000 before the war, fell": not past a comma.
    (first.saturating_sub(4)..first)
        .rev()
        .map_while(|k| tokens.get(k).filter(|t| !t.is_punct(",;")))
        .any(|t| t.is_any(NOT_DONE) && !t.is("to"))
}

/// The clause before a trigger: from the reporting verb, `that` or `;` to the trigger.
fn subject_window(ctx: &Context<'_>, trigger_start: usize) -> (usize, usize) {
    let mut start = 0;
    if let Some((_, verb_end)) = ctx.said.verb_at
        && verb_end <= trigger_start
    {
        start = verb_end;
    }
    let first = token_at(ctx.tokens, trigger_start);
    for k in (0..first).rev() {
        let Some(t) = ctx.tokens.get(k) else { break };
        if t.end <= start {
            break;
        }
        if t.is("that") || t.is_punct(";") || t.is_any(&["while", "whereas", "but"]) {
            start = t.end;
            break;
        }
    }
    (start, trigger_start)
}

/// Whether the words from token `at` say that what a noun of taking names is still to come:
/// "(the capture of X) was a matter of weeks", "is imminent", "would be only a question of
/// time".
fn forecast_after(ctx: &Context<'_>, at: usize) -> bool {
    let verb = ctx.tokens.get(at).is_some_and(|t| {
        t.is_any(&[
            "is", "was", "would", "will", "seems", "seemed", "looks", "looked", "appears",
            "appeared",
        ])
    });
    verb && ctx
        .tokens
        .get(at + 1..(at + 6).min(ctx.tokens.len()))
        .is_some_and(|next| {
            next.iter().any(|t| {
                t.is_any(&[
                    "matter",
                    "question",
                    "imminent",
                    "inevitable",
                    "expected",
                    "likely",
                    "unlikely",
                    "possible",
                    "near",
                    "close",
                    "certain",
                ])
            })
        })
}

fn military_subject(ctx: &Context<'_>, trigger_start: usize) -> bool {
    let (a, b) = subject_window(ctx, trigger_start);
    let first = token_at(ctx.tokens, a);
    let last = token_at(ctx.tokens, b);
    let window = ctx.tokens.get(first..last).unwrap_or(&[]);
    // "the gangs had taken Cabaret", "rebels took the town": an armed group by its noun;
    // "officers had abandoned Mirebalais": the police that hold a town.
    if window.iter().any(|t| {
        t.is_any(FORCE_WORDS)
            || t.is_any(GROUP_WORDS)
            || t.is_any(&["officers", "police", "policemen", "gendarmes"])
    }) {
        return true;
    }
    // "The RSF took El Fasher": an armed group or an army named as the subject.
    let subject = ctx.slice(ctx.tokens.get(first).map_or(b, |t| t.start), b);
    if mentions(subject)
        .iter()
        .any(|m| matches!(m.kind, ActorKind::Group | ActorKind::Military))
    {
        return true;
    }
    let speaker_military = ctx.said.speaker.as_deref().is_some_and(|s| {
        s.split(|c: char| !c.is_alphanumeric()).any(|w| {
            FORCE_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
                || w.eq_ignore_ascii_case("ministry")
        })
    });
    // "Russia said it had taken X": a pronoun for a speaker that stands for a side.
    // "China's coast guard said its personnel had landed on X": the speaker's own people.
    (speaker_military || ctx.said.actor.is_some())
        && window.iter().any(|t| {
            t.is_any(&["it", "they", "we"])
                || t.is_any(&["its", "their", "our"])
                    && window.iter().any(|l| l.is_any(&["personnel", "men"]))
        })
}

/// The verb that made the buffer zone: "had established a buffer zone" -> "established".
fn zone_verb(ctx: &Context<'_>, zone_start: usize) -> Option<String> {
    let first = token_at(ctx.tokens, zone_start);
    (first.saturating_sub(6)..first)
        .rev()
        .filter_map(|k| ctx.tokens.get(k))
        .find(|t| t.is_any(ZONE_DONE) && !t.is_any(&["has", "have", "had"]))
        .map(|t| t.text.to_owned())
}

fn zone_done(ctx: &Context<'_>, first: usize) -> bool {
    let window = (first.saturating_sub(6)..first).filter_map(|k| ctx.tokens.get(k));
    let mut done = false;
    for t in window {
        if t.is_any(ZONE_DONE) {
            done = true;
        }
        // "continued to expand the security zone": an act going on, not an aim.
        let going_on =
            t.is("to") && tokens_before_is(ctx, t.start, &["continued", "continues", "continuing"]);
        if t.is_any(NOT_DONE) && !going_on {
            done = false;
        }
        if going_on {
            done = true;
        }
    }
    done
}

/// Whether the word right before byte `at` of the sentence is one of `words`.
fn tokens_before_is(ctx: &Context<'_>, at: usize, words: &[&str]) -> bool {
    token_at(ctx.tokens, at)
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is_any(words))
}

/// Places that follow a trigger: `[the (adjectives) TYPE of] Name [TYPE] [, Name and Name]`.
fn object_places(ctx: &Context<'_>, at: usize) -> Vec<Place> {
    let tokens = ctx.tokens;
    let mut k = at;
    let mut place_type = None;
    let mut type_word = None;
    let mut rule = "territorial.object_of_verb";
    let mut country_word: Option<(&'static str, String)> = None;
    // "the Kursk region", "the Rafah crossing" name places; "the Spanish title" does not.
    let mut bare_the = false;
    // A quoted verb: captured "liberated" the town of ...
    while tokens
        .get(k)
        .is_some_and(|t| t.is_punct("\"\u{201d}\u{2019}'"))
    {
        k += 1;
    }
    // Twice at most: "the outskirts of the southern Lebanese village of Mais al-Jabal".
    let mut articles = 0;
    while articles < 2 && tokens.get(k).is_some_and(|t| t.is_any(&["the", "a", "an"])) {
        articles += 1;
        // "the strategic eastern town of", "the centre of", "the Syrian side of".
        let mut m = k + 1;
        let mut found_of = None;
        while m < (k + 6).min(tokens.len()) {
            let Some(t) = tokens.get(m) else { break };
            // "the military regime's naval outpost at Kyauk Ta Lone": the owner's possessive.
            if t.kind == TokenKind::Possessive {
                m += 1;
                continue;
            }
            // "control of the situation in Rueso district of Narathiwat": a preposition after
            // words that name no place ends the phrase (not "a military base in the village
            // of Sabiid").
            let no_place_yet = || {
                tokens
                    .get(k + 1..m)
                    .unwrap_or(&[])
                    .iter()
                    .all(|w| whole_type(w.text).is_none())
            };
            if t.kind != TokenKind::Word
                || t.is_any(&["in", "near", "on", "from", "with"]) && no_place_yet()
            {
                break;
            }
            // "the capital, Sanaa", "its naval outpost at Kyauk Ta Lone": a type word, then
            // the name after a comma or "at".
            // "seized a military camp in Boni": the place the facility is in.
            // Not "the Nur Shams refugee camp near Tulkarem", which is named.
            if t.is_any(&["camp", "base", "barracks", "garrison"])
                && tokens.get(m + 1).is_some_and(|n| n.is_any(&["in", "near"]))
                && tokens.get(m + 2).is_some_and(Token::is_capitalised)
                && tokens
                    .get(k + 1..m)
                    .is_some_and(|words| !words.iter().any(Token::is_capitalised))
            {
                found_of = Some(m + 2);
                break;
            }
            // A capital is no type of place ("the capital of South Kivu province").
            let type_hit = whole_type(t.text);
            if (type_hit.is_some() || t.is("capital"))
                && tokens
                    .get(m + 1)
                    .is_some_and(|n| n.is_punct(",") || n.is("at"))
                && tokens
                    .get(m + 2)
                    .is_some_and(|n| n.is_capitalised() && !crate::text::CALENDAR.contains(n))
            {
                if let Some(hit) = type_hit {
                    place_type = Some(*hit.value);
                    type_word = Some(t.text.to_owned());
                    rule = "territorial.type_of_place";
                }
                found_of = Some(m + 2);
                break;
            }
            if tokens.get(m + 1).is_some_and(|n| n.is("of")) {
                // "the Kurdish-majority Sheikh Maqsoud district of Aleppo": a name before the
                // type word is the place, and what follows "of" its region.
                // "the Sheikh Maqsoud and Ashrafieh districts of Aleppo": a list of names.
                let named_first = (k + 1..m)
                    .rev()
                    .take_while(|&j| {
                        tokens.get(j).is_some_and(|w| {
                            // "Tel al-Hawa": a particle joined to a name, not "Kurdish-majority".
                            let particle = w.text.split_once('-').is_some_and(|(head, tail)| {
                                NAME_PARTICLES.contains(&head)
                                    && tail.starts_with(char::is_uppercase)
                            });
                            w.is_capitalised() && !w.text.contains('-')
                                || particle
                                || w.is("and") && t.text.ends_with('s')
                        })
                    })
                    .filter(|&j| tokens.get(j).is_some_and(Token::is_capitalised))
                    .last();
                let named_before = named_first.filter(|&j| {
                    let (Some(a), Some(b)) = (tokens.get(j), tokens.get(m - 1)) else {
                        return false;
                    };
                    let run = ctx.slice(a.start, b.end);
                    // "the Gaza City district of Shujaiya" names the larger place first: the
                    // name after "of" must be a known region, the one before not.
                    let region_after_of = tokens
                        .get(m + 2)
                        .zip(tokens.get(capitalised_run(tokens, m + 2)))
                        .is_some_and(|(a, b)| region_country(ctx.slice(a.start, b.end)).is_some());
                    // "the Tel al-Hawa neighborhood of Gaza City": a neighbourhood of a city
                    // is named first, unless a city is ("the Gaza City neighbourhood of X").
                    let quarter_of_city =
                        t.is_any(&["neighborhood", "neighbourhood", "quarter", "suburb"])
                            && !run.ends_with("City");
                    // "the Abu Salim district of Tripoli": a district of a capital city.
                    let district_of_capital = t.is_any(&["district", "districts"])
                        && !run.ends_with("City")
                        && tokens
                            .get(m + 2)
                            .zip(tokens.get(capitalised_run(tokens, m + 2)))
                            .is_some_and(|(a, b)| {
                                let after = ctx.slice(a.start, b.end);
                                after.ends_with("City")
                                    || mentions(after).iter().any(|x| {
                                        x.kind == ActorKind::Capital
                                            && x.start == 0
                                            && x.end == after.len()
                                    })
                            });
                    PLACE_TYPES.at(t.text, 0).is_some()
                        && mentions(run).is_empty()
                        && region_country(run).is_none()
                        && (region_after_of || quarter_of_city || district_of_capital)
                });
                if let Some(j) = named_before {
                    found_of = Some(j);
                    break;
                }
                if names_a_body(t) {
                    break;
                }
                if let Some(hit) = whole_type(t.text) {
                    place_type = Some(*hit.value);
                    type_word = Some(t.text.to_owned());
                    rule = "territorial.type_of_place";
                    found_of = Some(m + 2);
                } else if t.is_any(PART_OF) {
                    found_of = Some(m + 2);
                    // "the Syrian side of Mount Hermon": the demonym names the country.
                    if let Some(d) = tokens.get(k + 1..m).unwrap_or(&[]).iter().find_map(|w| {
                        mentions(w.text)
                            .into_iter()
                            .find(|x| x.kind == ActorKind::Demonym)
                            .map(|x| (x.actor, w.text.to_owned()))
                    }) {
                        country_word = Some(d);
                    }
                }
                break;
            }
            m += 1;
        }
        match found_of {
            // "the outskirts of the southern Lebanese village of": once more from "the".
            Some(next)
                if articles < 2
                    && tokens.get(next).is_some_and(|t| t.is("the"))
                    && place_type.is_none()
                    && !tokens.get(next + 1).is_some_and(Token::is_capitalised) =>
            {
                k = next;
            }
            // "the Gaza side of the Rafah crossing".
            Some(next) if tokens.get(next).is_some_and(|t| t.is("the")) => {
                k = next + 1;
                break;
            }
            Some(next) => {
                k = next;
                break;
            }
            None if tokens.get(k + 1).is_some_and(Token::is_capitalised) => {
                k += 1;
                bare_the = true;
                break;
            }
            None => return Vec::new(),
        }
    }
    if articles > 0 {
        // Read above.
    } else if tokens.get(k).is_some_and(|t| t.is_any(PART_OF))
        && tokens.get(k + 1).is_some_and(|n| n.is("of"))
        && tokens.get(k + 2).is_some_and(|t| t.is("the"))
        && tokens.get(k + 3).is_some_and(Token::is_capitalised)
    {
        // "withdrew from part of the Netzarim corridor": the name after "the" with its type.
        k += 3;
        bare_the = true;
    } else if tokens
        .get(k)
        .is_some_and(|t| t.is_any(&["all", "most", "much", "parts", "part"]))
        && tokens.get(k + 1).is_some_and(|n| n.is("of"))
        && tokens.get(k + 2).is_some_and(Token::is_capitalised)
    {
        // "now control all of Vovchansk", "took most of Pokrovsk", "withdrew from parts of Gaza
        // City": the place itself.
        k += 2;
    } else if let Some(t) = tokens.get(k)
        && tokens.get(k + 1).is_some_and(|n| n.is("of"))
        && let Some(hit) = whole_type(t.text)
    {
        place_type = Some(*hit.value);
        type_word = Some(t.text.to_owned());
        rule = "territorial.type_of_place";
        k += 2;
    }
    // "a buffer zone in southern Syria's Quneitra province": a direction before a country's
    // possessive.
    if tokens.get(k).is_some_and(|t| t.is_any(DIRECTIONS))
        && tokens
            .get(k + 2)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        k += 1;
    }
    // "withdrawn from central Qamishli": a part of the place named by a direction.
    if articles == 0
        && tokens.get(k).is_some_and(|t| t.is_any(DIRECTIONS))
        && tokens.get(k + 1).is_some_and(Token::is_capitalised)
        && !tokens
            .get(k + 2)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        k += 1;
    }
    // "regained full control of its Kursk Oblast": the owner's pronoun before the name.
    if articles == 0
        && tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["its", "their", "his", "her", "our"]))
        && tokens.get(k + 1).is_some_and(Token::is_capitalised)
    {
        k += 1;
    }
    // A country's possessive before the name: "Ukraine's Dnipropetrovsk region".
    if let Some(t) = tokens.get(k)
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Possessive)
        && mentions(t.text)
            .iter()
            .any(|m| m.kind == ActorKind::Country)
    {
        k += 2;
    }
    let mut places = Vec::new();
    while let Some((first, last)) = name_at(ctx, k) {
        let mut place = Place {
            name: ctx
                .slice(
                    tokens.get(first).map_or(0, |t| t.start),
                    tokens.get(last).map_or(0, |t| t.end),
                )
                .to_owned(),
            last,
            place_type,
            type_word: type_word.clone(),
            rule: if places.is_empty() {
                rule
            } else {
                "territorial.list"
            },
            country: country_word.clone(),
        };
        // "Barangay Tuayan": a Philippine village's title is its type, not part of its name.
        if let Some(name) = place.name.strip_prefix("Barangay ")
            && !name.is_empty()
        {
            place.name = name.to_owned();
            place.place_type = place.place_type.or(Some(PlaceType::Other));
            place.type_word = place.type_word.or_else(|| Some("Barangay".to_owned()));
        }
        // "pulled out of the Economic Community of West African States", "the African Union":
        // a body of states, not a place.
        if tokens
            .get(last..=last + 1)
            .is_some_and(|t| t.iter().any(names_a_body))
        {
            break;
        }
        let mut next = last + 1;
        // "the Kursk region", "Zarichne village", "the Zamzam displacement camp".
        if let Some(t) = tokens.get(next)
            && let Some(hit) = PLACE_TYPES.at(ctx.text, t.start)
        {
            // "where SDF/YPG checkpoints had been abandoned": an armed force's posts, not a
            // place of that name.
            if names_a_force(&place.name) {
                break;
            }
            // "Tiger Hill", "Snake Island", "the Philadelphi Corridor": a capitalised landmark
            // word is part of the name.
            if *hit.value == PlaceType::Other && t.is_capitalised() {
                place.name = ctx
                    .slice(tokens.get(first).map_or(0, |t| t.start), hit.end)
                    .to_owned();
            } else {
                place.place_type = Some(*hit.value);
                place.type_word = Some(ctx.slice(hit.start, hit.end).to_owned());
            }
            next = token_at(tokens, hit.end);
        }
        if tokens
            .get(next)
            .is_some_and(|t| t.is_any(NOT_A_PLACE_AFTER))
        {
            break;
        }
        let common_noun_after = tokens
            .get(next)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && !t.is_any(AFTER_A_NAME));
        if bare_the && place.place_type.is_none() && common_noun_after {
            break;
        }
        places.push(place);
        // Lists: "Novopil and Makarivka", "A, B and C".
        let joins = tokens
            .get(next)
            .is_some_and(|t| t.is("and") || t.is_punct(","));
        let continues = tokens.get(next + 1).is_some_and(Token::is_capitalised);
        // "Damboa, Borno State": the region after a comma, not another place.
        let region_after = tokens.get(next).is_some_and(|t| t.is_punct(","))
            && name_at(ctx, next + 1).is_some_and(|(_, last)| {
                tokens
                    .get(last)
                    .is_some_and(|t| t.is_capitalised() && t.is_any(REGION_WORDS))
            });
        // "had entered Hays, Al-Masirah TV reported": a name that reports is a speaker.
        let speaker_after = name_at(ctx, next + 1).is_some_and(|(_, last)| {
            tokens.get(last + 1).is_some_and(|t| {
                t.is_any(&[
                    "reported",
                    "reports",
                    "said",
                    "says",
                    "announced",
                    "claimed",
                    "told",
                    "wrote",
                    "stated",
                    "added",
                ])
            })
        });
        if joins && continues && !region_after && !speaker_after && name_at(ctx, next + 1).is_some()
        {
            k = next + 1;
            continue;
        }
        if tokens.get(next).is_some_and(|t| t.is_punct(","))
            && tokens.get(next + 1).is_some_and(|t| t.is("and"))
            && name_at(ctx, next + 2).is_some()
        {
            k = next + 2;
            continue;
        }
        // "from central Qamishli and from the town of Tal Hamis": the preposition again.
        let next = if tokens.get(next).is_some_and(|t| t.is("and"))
            && tokens
                .get(next + 1)
                .is_some_and(|t| t.is_any(&["from", "of", "in"]))
            && tokens.get(next + 2).is_some_and(|t| t.is("the"))
        {
            next + 1
        } else {
            next
        };
        let joined = tokens.get(next).is_some_and(|t| t.is("and"))
            || next
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is("and"));
        // "Kindrativka and the neighbouring village of Andriivka": a typed item of the list.
        if joined
            && tokens.get(next + 1).is_some_and(|t| t.is("the"))
            && let Some(of) = (next + 2..(next + 6).min(tokens.len()))
                .find(|&m| tokens.get(m).is_some_and(|t| t.is("of")))
            && let Some(type_token) = of.checked_sub(1).and_then(|m| tokens.get(m))
            && let Some(hit) = whole_type(type_token.text)
            && tokens
                .get(next + 2..of)
                .is_some_and(|words| words.iter().all(|w| w.is_word()))
            && name_at(ctx, of + 1).is_some()
        {
            place_type = Some(*hit.value);
            type_word = Some(type_token.text.to_owned());
            rule = "territorial.list";
            k = of + 1;
            continue;
        }
        // "seized Goma in January 2025 and Bukavu": a time phrase between list items.
        if let Some(and) = and_after_time_phrase(tokens, next)
            && name_at(ctx, and + 1).is_some()
        {
            k = and + 1;
            continue;
        }
        // "the village of Oleksiivka in Ukraine's Sumy region and Kindrashivka, a settlement
        // in ...": a region phrase, after which the next place has a type of its own.
        if let Some(and) = and_after_region_phrase(tokens, next) {
            if name_at(ctx, and + 1).is_some() {
                // "the villages of Novoielyzavetivka in the Donetsk region and Stepove in ...":
                // a plural type word types the next place too.
                if !type_word.as_deref().is_some_and(|w| w.ends_with('s')) {
                    place_type = None;
                    type_word = None;
                }
                k = and + 1;
                continue;
            }
            // "... in the Zaporozhye region and of the settlement of Yanvarskoye": a typed item.
            let the = if tokens.get(and + 1).is_some_and(|t| t.is("of")) {
                and + 2
            } else {
                and + 1
            };
            if tokens.get(the).is_some_and(|t| t.is("the"))
                && let Some(type_token) = tokens.get(the + 1)
                && let Some(hit) = whole_type(type_token.text)
                && tokens.get(the + 2).is_some_and(|t| t.is("of"))
                && name_at(ctx, the + 3).is_some()
            {
                place_type = Some(*hit.value);
                type_word = Some(type_token.text.to_owned());
                k = the + 3;
                continue;
            }
        }
        // "Torske, a village in Donetsk Oblast, and Ivanivka in Kharkiv Oblast": an appositive
        // that types the place before it, then the next place of the list.
        if tokens.get(next).is_some_and(|t| t.is_punct(","))
            && tokens.get(next + 1).is_some_and(|t| t.is_any(&["a", "an"]))
            && let Some(close) = (next + 2..(next + 12).min(tokens.len()))
                .find(|&m| tokens.get(m).is_some_and(|t| t.kind == TokenKind::Punct))
            && tokens.get(close).is_some_and(|t| t.is_punct(","))
            && tokens.get(close + 1).is_some_and(|t| t.is("and"))
        {
            // "..., and the village of Kamianka": the next place with a type of its own.
            let typed_next = tokens
                .get(close + 2)
                .filter(|t| t.is("the"))
                .and_then(|_| tokens.get(close + 3))
                .and_then(|t| whole_type(t.text).map(|h| (*h.value, t.text)))
                .filter(|_| tokens.get(close + 4).is_some_and(|t| t.is("of")));
            let first = if typed_next.is_some() {
                close + 5
            } else {
                close + 2
            };
            if name_at(ctx, first).is_none() {
                break;
            }
            let typed = (next + 2..close).find_map(|m| {
                let t = tokens.get(m)?;
                whole_type(t.text).map(|h| (*h.value, t.text))
            });
            if let Some(place) = places.last_mut()
                && place.place_type.is_none()
                && let Some((typed, word)) = typed
            {
                place.place_type = Some(typed);
                place.type_word = Some(word.to_owned());
            }
            place_type = typed_next.map(|(typed, _)| typed);
            type_word = typed_next.map(|(_, word)| word.to_owned());
            k = first;
            continue;
        }
        break;
    }
    // "the Sumy and Kharkiv regions", "the villages ... Bila Hora and Nova Poltavka
    // villages": a plural type word after a list types each name of it.
    if let Some(last) = places.last()
        && last.type_word.as_deref().is_some_and(|w| w.ends_with('s'))
        && let Some(plural) = last.place_type
    {
        let word = last.type_word.clone();
        for place in places.iter_mut().filter(|p| p.place_type.is_none()) {
            place.place_type = Some(plural);
            place.type_word.clone_from(&word);
        }
    }
    // Appositive type: "Komar, a village in the Donetsk region", "Goma, the largest city in".
    if let Some(last) = places.last().map(|p| p.last) {
        // "Kharkai and Spinkai, two Afghan border villages in Kunar": a count of them too.
        let counted = |t: &Token<'_>| {
            t.kind == TokenKind::Number
                || t.is_any(&[
                    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
                ])
        };
        let appositive = tokens.get(last + 1).is_some_and(|t| t.is_punct(","))
            && tokens
                .get(last + 2)
                .is_some_and(|t| t.is_any(&["a", "an", "the", "another"]) || counted(t));
        let type_at = |m: usize| {
            tokens
                .get(m)
                .and_then(|t| whole_type(t.text).map(|h| (h, t)))
        };
        if appositive {
            for m in last + 3..(last + 7).min(tokens.len()) {
                // "another garrison town": the last of two type words is the head.
                let m = if type_at(m).is_some() && type_at(m + 1).is_some() {
                    m + 1
                } else {
                    m
                };
                if let Some((hit, t)) = type_at(m) {
                    // "the capital of ..." is no type; "the largest city in" is.
                    let indefinite = tokens
                        .get(last + 2)
                        .is_some_and(|a| a.is_any(&["a", "an", "another"]) || counted(a));
                    let follows = indefinite
                        || tokens
                            .get(m + 1)
                            .is_some_and(|n| n.is_any(&["in", "on", "near", "of", "close", ","]));
                    if follows {
                        for place in places.iter_mut().filter(|p| p.place_type.is_none()) {
                            place.place_type = Some(*hit.value);
                            place.type_word = Some(t.text.to_owned());
                        }
                    }
                    break;
                }
                let Some(t) = tokens.get(m) else { break };
                let demonym = t.is_capitalised()
                    && mentions(t.text)
                        .iter()
                        .any(|x| x.kind == ActorKind::Demonym);
                if t.kind != TokenKind::Word || (t.is_capitalised() && !demonym) {
                    break;
                }
            }
        }
    }
    places
}

/// The place type a whole word names ("village", "crossings"), not one a longer word starts
/// with.
fn whole_type(word: &str) -> Option<crate::lexicon::Hit<'static, PlaceType>> {
    PLACE_TYPES.at(word, 0).filter(|h| h.end == word.len())
}

/// Whether a name before a type word is an armed force's, whose posts it names ("SDF/YPG
/// checkpoints"), not a place of that name.
fn names_a_force(name: &str) -> bool {
    mentions(name).iter().any(|m| {
        m.start == 0
            // "SDF/YPG": one force by two names.
            && name.get(m.end..).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            && matches!(m.kind, ActorKind::Group | ActorKind::Military)
    })
}

/// Whether a capitalised word heads the name of a body of states or a pact, not a place: "the
/// Economic Community of West African States", "the African Union".
fn names_a_body(t: &Token<'_>) -> bool {
    t.is_capitalised()
        && t.is_any(&[
            "Community",
            "Union",
            "Organisation",
            "Organization",
            "Council",
            "Alliance",
            "Court",
            "Treaty",
            "Agreement",
            "Pact",
            "Accord",
            "Commission",
            "Bank",
            "Fund",
        ])
}

/// "The RSF has been massing forces around El Obeid since it took over El Fasher", "The
/// paramilitary group has shifted its campaign since it captured El Fasher": `it` in a clause
/// of time is the side the sentence opens with, named or the article's armed group described.
fn subordinate_pronoun_subject(ctx: &Context<'_>, pronoun: usize) -> Option<&'static str> {
    let tokens = ctx.tokens;
    if !tokens.get(pronoun)?.is_any(&["it", "they"])
        || !tokens
            .get(pronoun.checked_sub(1)?)?
            .is_any(&["since", "after", "when", "before", "until", "once", "as"])
    {
        return None;
    }
    let opening = usize::from(tokens.first()?.is("the"));
    let head = tokens.get(opening)?;
    if let Some(m) = crate::actors::mention_at(ctx.text, head.start)
        && matches!(m.kind, ActorKind::Group | ActorKind::Military)
    {
        return Some(m.actor);
    }
    let described = opening == 1
        && (opening..opening + 3)
            .filter_map(|k| tokens.get(k))
            .any(|t| t.is_any(super::GROUP_NOUNS));
    described.then_some(ctx.article.main_group).flatten()
}

/// The `and` after a region phrase at token `k` ("in Ukraine's Sumy region and", "in the
/// Donetsk region and"): `in`, then capitalised words, possessives and adjectives of place up
/// to a region word.
fn and_after_region_phrase(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    if !tokens.get(k)?.is("in") {
        return None;
    }
    let region_word = |t: &Token<'_>| {
        t.is_any(&[
            "region",
            "oblast",
            "province",
            "state",
            "governorate",
            "district",
        ])
    };
    let mut region = false;
    for m in k + 1..(k + 8).min(tokens.len()) {
        let t = tokens.get(m)?;
        if t.is("and") {
            return region.then_some(m);
        }
        region = region_word(t);
        let part = region
            || t.is_capitalised()
            || t.is_any(&["the", "neighbouring", "neighboring"])
            || t.kind == TokenKind::Possessive
            || DIRECTIONS.iter().any(|d| t.is(d));
        if !part {
            return None;
        }
    }
    None
}

/// The `and` after a short time phrase at token `k` ("in January 2025 and", "on Monday and").
fn and_after_time_phrase(tokens: &[Token<'_>], k: usize) -> Option<usize> {
    if !tokens
        .get(k)?
        .is_any(&["in", "on", "by", "early", "late", "last"])
    {
        return None;
    }
    let mut timed = false;
    for m in k + 1..(k + 6).min(tokens.len()) {
        let t = tokens.get(m)?;
        if t.is("and") {
            return timed.then_some(m);
        }
        if crate::text::CALENDAR.contains(t) {
            timed = true;
        } else if !(t.text.chars().all(|c| c.is_ascii_digit())
            || t.is_any(&["early", "late", "mid", "the", "of", "last", "this"]))
        {
            return None;
        }
    }
    None
}

/// Verbs of forces moving somewhere (`redeployed to Hasakah province`): the place they went to
/// is not the one the claim is about, nor its region.
const MOVED_VERBS: &[&str] = &["redeployed", "withdrew", "moved", "retreated", "fled"];

/// The words after [`MOVED_VERBS`] that name where to.
const MOVED_TOWARDS: &[&str] = &["to", "towards", "toward"];

/// The words of a first-level region after its name (`Sumy region`, `Borno State`).
const REGION_WORDS: &[&str] = &["region", "oblast", "province", "state", "governorate"];

/// Capitalised type words that end a place's own name rather than typing it ("Gaza City",
/// "Snake Island", "Scarborough Shoal", "Tendra Spit", "the Siachen Glacier", "the Golan
/// Heights", "the Tishrin Dam", "the Antonivskyi Bridge", "the Republican Palace", "Mitiga
/// Airport", "the Netzarim Corridor").
const FEATURE_ENDINGS: &[&str] = &[
    "Palace",
    "Airport",
    "Corridor",
    "Dam",
    "Bridge",
    "Pass",
    "Canal",
    "Lake",
    "Valley",
    "Strait",
    "Bay",
    "City",
    "Island",
    "Islands",
    "Shoal",
    "Spit",
    "Reef",
    "Cay",
    "Atoll",
    "Glacier",
    "Peninsula",
    "Heights",
];

/// A place name starting at token `k`: capitalised words, not a calendar word, not an actor
/// other than a capital city. Returns token indices `(first, last)`.
fn name_at(ctx: &Context<'_>, k: usize) -> Option<(usize, usize)> {
    let tokens = ctx.tokens;
    let first_token = tokens.get(k)?;
    if !first_token.is_capitalised()
        || crate::text::CALENDAR.contains(first_token)
        || first_token.is_any(NOT_PLACES)
    {
        return None;
    }
    // "Ras al-Ain", "Deir ez-Zor": a particle joined to the next word by a hyphen.
    let particle_word = |t: &Token<'_>| {
        t.text.split_once('-').is_some_and(|(head, tail)| {
            NAME_PARTICLES.contains(&head) && tail.chars().next().is_some_and(char::is_uppercase)
        })
    };
    let name_word = |t: &Token<'_>| {
        (t.is_capitalised() || particle_word(t))
            && !crate::text::CALENDAR.contains(t)
            && whole_type(t.text).is_none()
    };
    // "Gaza City", "Um Dam Haj Ahmed": a capitalised type word inside a name, or "City" ending
    // it, is part of the name.
    // "Snake Island", "Scarborough Shoal", "the Kinburn Spit": a feature's word ends its name.
    let type_in_name = |at: usize| {
        tokens.get(at).is_some_and(|t| {
            t.is_capitalised()
                && !crate::text::CALENDAR.contains(t)
                && (FEATURE_ENDINGS.contains(&t.text) || tokens.get(at + 1).is_some_and(name_word))
        })
    };
    let mut last = k;
    loop {
        if tokens.get(last + 1).is_some_and(name_word) || type_in_name(last + 1) {
            last += 1;
        } else if tokens
            .get(last + 1)
            .is_some_and(|t| t.is_any(NAME_PARTICLES) && t.text.chars().all(char::is_lowercase))
            && tokens.get(last + 2).is_some_and(name_word)
        {
            // "Nioro du Sahel", "Dar es Salaam": a lower-case particle inside one name.
            last += 2;
        } else {
            break;
        }
        if last - k >= 3 {
            break;
        }
    }
    // "Hill 350", "Checkpoint 9": a feature numbered on the map.
    if tokens
        .get(last)
        .is_some_and(|t| t.is_any(NUMBERED_FEATURES))
        && tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        last += 1;
    }
    let name = ctx.slice(first_token.start, tokens.get(last)?.end);
    // "the Israel-linked vessel": a hyphenated adjective, not a name.
    let adjective = tokens.get(k..=last)?.iter().any(|t| {
        t.text.rsplit_once('-').is_some_and(|(head, tail)| {
            head.chars().next().is_some_and(char::is_uppercase)
                && tail.chars().all(char::is_lowercase)
                && tail.len() > 2
        })
    });
    if adjective {
        return None;
    }
    // "the fall of Bashar al-Assad": a person, not a place (the surname after its particle).
    let surname = name.rsplit(['-', ' ']).next().unwrap_or(name);
    if mentions(name)
        .iter()
        .chain(mentions(surname).iter())
        .any(|m| m.kind == ActorKind::Person)
    {
        return None;
    }
    // The possessive of a country or an actor is not the place ("Ukraine's", "Russia's").
    if tokens
        .get(last + 1)
        .is_some_and(|t| t.kind == TokenKind::Possessive)
    {
        return None;
    }
    let named = mentions(name);
    let is_actor = named.iter().any(|m| {
        m.start == 0
            && m.kind != ActorKind::Capital
            && (m.end == name.len() || m.kind == ActorKind::Demonym)
    });
    if is_actor {
        return None;
    }
    Some((k, last))
}

/// `Kupiansk, a railway hub that Ukraine recaptured`: the name an appositive relative clause
/// describes, when the trigger has no object of its own.
fn relative_place(ctx: &Context<'_>, trigger: usize) -> Vec<Place> {
    let tokens = ctx.tokens;
    let Some(rel) = (trigger.saturating_sub(5)..trigger)
        .rev()
        .find(|&k| tokens.get(k).is_some_and(|t| t.is_any(&["that", "which"])))
    else {
        return Vec::new();
    };
    // The subject of the clause must name a side, not be a pronoun for the place.
    if rel + 1 >= trigger {
        return Vec::new();
    }
    let Some(comma) = (rel.saturating_sub(6)..rel)
        .rev()
        .find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(",")))
    else {
        return Vec::new();
    };
    let appositive = tokens
        .get(comma + 1)
        .is_some_and(|t| t.is_any(&["a", "an", "the"]))
        && tokens
            .get(comma + 1..rel)
            .is_some_and(|w| w.iter().all(|t| t.is_word() && !t.is_capitalised()));
    let Some(last) = comma.checked_sub(1) else {
        return Vec::new();
    };
    if !appositive {
        return Vec::new();
    }
    let mut first = last;
    while first > 0
        && tokens
            .get(first - 1)
            .is_some_and(|t| t.is_capitalised() && !crate::text::CALENDAR.contains(t))
        && last - first < 3
    {
        first -= 1;
    }
    match name_at(ctx, first) {
        Some((a, b)) if b == last => {
            let (Some(x), Some(y)) = (tokens.get(a), tokens.get(b)) else {
                return Vec::new();
            };
            vec![Place {
                name: ctx.slice(x.start, y.end).to_owned(),
                last: b,
                place_type: None,
                type_word: None,
                rule: "territorial.relative_clause",
                country: None,
            }]
        }
        _ => Vec::new(),
    }
}

/// `Name fell to`, `Name was captured`: the name just before the trigger.
fn passive_places(ctx: &Context<'_>, trigger: usize) -> Vec<Place> {
    // "Talks between Kyiv and Moscow were held in Istanbul": an event held somewhere, not a
    // place held by anyone.
    let event_held = ctx.tokens.get(trigger).is_some_and(|t| t.is("held"))
        && ctx
            .tokens
            .get(trigger + 1)
            .is_some_and(|t| t.is_any(&["in", "at", "on", "over", "between", "during", "behind"]));
    if event_held {
        return Vec::new();
    }
    // "Zalizne had been retaken", "Siversk had been \"fully liberated\"": step over the
    // auxiliaries, adverbs and quote marks.
    let mut trigger = trigger;
    while trigger > 0
        && ctx.tokens.get(trigger - 1).is_some_and(|t| {
            t.is_any(&[
                "was",
                "were",
                "been",
                "had",
                "has",
                "have",
                "is",
                "are",
                "being",
                "now",
                "not",
                "never",
                "fully",
                "completely",
                "entirely",
            ]) || t.is_punct("\"\u{201c}'")
        })
    {
        trigger -= 1;
    }
    let Some(mut last) = trigger.checked_sub(1) else {
        return Vec::new();
    };
    // "Malam Fatori, a town in Borno state near the border, fell to": the name before the
    // appositive that describes it.
    let mut appositive = None;
    if let Some(open) = ctx.appositive_before(last, 14, &["a", "an", "the"]) {
        last = open - 1;
        // "a town", "a strategic town": the appositive's type word is the place's type.
        appositive = [open + 2, open + 3].into_iter().find_map(|at| {
            let t = ctx.tokens.get(at)?;
            whole_type(t.text).map(|h| (*h.value, t.text.to_owned()))
        });
    }
    // "the Luhansk region had been occupied": the type word after the name.
    let mut typed = appositive;
    if let Some(t) = ctx.tokens.get(last)
        && !t.is_capitalised()
        && let Some(hit) = whole_type(t.text)
        && last > 0
    {
        typed = Some((*hit.value, t.text.to_owned()));
        last -= 1;
    }
    let mut first = last;
    while first > 0
        && ctx
            .tokens
            .get(first - 1)
            .is_some_and(|t| t.is_capitalised() && !crate::text::CALENDAR.contains(t))
        && last - first < 3
    {
        first -= 1;
    }
    match name_at(ctx, first) {
        Some((a, b)) if b == last => {
            let (Some(x), Some(y)) = (ctx.tokens.get(a), ctx.tokens.get(b)) else {
                return Vec::new();
            };
            let name = ctx.slice(x.start, y.end);
            if typed.is_some() && names_a_force(name) {
                return Vec::new();
            }
            vec![Place {
                name: ctx.slice(x.start, y.end).to_owned(),
                last: b,
                rule: "territorial.passive_subject",
                place_type: typed.as_ref().map(|(p, _)| *p),
                type_word: typed.map(|(_, w)| w),
                country: None,
            }]
        }
        _ => Vec::new(),
    }
}

/// `its troops had been encircled in Name`: the place after `in` within a few words.
fn located_in(ctx: &Context<'_>, at: usize) -> Vec<Place> {
    for k in at..(at + 6).min(ctx.tokens.len()) {
        let Some(t) = ctx.tokens.get(k) else { break };
        if t.kind == TokenKind::Punct {
            break;
        }
        if t.is_any(&["in", "near", "around"]) {
            let mut places = object_places(ctx, k + 1);
            for place in &mut places {
                place.rule = "territorial.located_in";
            }
            return places;
        }
    }
    Vec::new()
}

/// Builds the claim for one place.
fn build(
    ctx: &Context<'_>,
    start: usize,
    end: usize,
    trigger: TerritorialTrigger,
    place: &Place,
) -> Found {
    let mut traces = Traces::new(ctx);
    let written = ctx.slice(start, end);
    // "had been encircled" -> "encircled": the verb without its auxiliaries.
    let verb = if trigger.form == TriggerForm::Passive {
        let mut words: Vec<&str> = written.split(' ').collect();
        while words.len() > 1
            && words.first().is_some_and(|w| {
                [
                    "was", "were", "had", "has", "have", "been", "is", "are", "not", "never",
                ]
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
            })
        {
            words.remove(0);
        }
        words.join(" ")
    } else if trigger.form == TriggerForm::Zone {
        zone_verb(ctx, start).unwrap_or_else(|| written.to_owned())
    } else if written.contains(['"', '\u{201c}', '\u{201d}']) {
        // Had "redeployed" from: the verb without the quote marks around it.
        written
            .replace(['"', '\u{201c}', '\u{201d}'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        written.to_owned()
    };
    traces.add("place", place.rule, &place.name);
    if let (Some(_), Some(word)) = (place.place_type, &place.type_word) {
        traces.add("place_type", "territorial.type_word", word);
    }
    // The rule's name is built only when it is kept.
    if ctx.explain {
        traces.add(
            "action",
            &format!("territorial.verb_{}", trigger.action.as_str()),
            &verb,
        );
    }
    let (mut region, mut country) = region_after(ctx, place, &mut traces);
    // "the Druze-majority province", "Islamic State fighters": words before a region word
    // that name none.
    if region.as_deref().is_some_and(names_no_region) {
        region = None;
    }
    if country.is_none()
        && let Some((actor, word)) = &place.country
    {
        traces.add("country", "territorial.country_demonym", word);
        country = Some((*actor).to_owned());
    }
    // A region is its own region ("the Sumy and Kharkiv regions": Sumy's is not Kharkiv).
    if place.place_type == Some(PlaceType::Region) && region.as_deref() != Some(&place.name) {
        region = Some(place.name.clone());
        if country.is_none() {
            country = region_country(&place.name).map(str::to_owned);
        }
        traces.add("region", "territorial.place_is_region", &place.name);
    }
    let mut claimant = ctx.said.actor;
    let negated = negated(ctx, start);
    let (mut actor, actor_rule, actor_words) = actor_of(ctx, start, end, trigger);
    // "the claims were untrue and that troops still held positions in X": the denied claim
    // is the other side's capture of X.
    let mut trigger = trigger;
    if trigger.action == Action::Held
        && dismissed(ctx)
        && let Some(other) = actor.or(claimant).and_then(|a| ctx.article.other_side(a))
    {
        trigger.action = Action::Captured;
        // The side that still holds X denies its loss, even through an unnamed speaker.
        if claimant.is_none() {
            claimant = actor;
        }
        actor = Some(other);
        traces.add("action", "territorial.held_against_denied_claim", &verb);
    }
    // "a military spokesman said" with "Sudanese army troops recaptured ...": the generic
    // speaker speaks for the side of the subject.
    let mut speaker_actor = None;
    if claimant.is_none()
        && actor.is_some()
        && actor_rule == "territorial.subject"
        && generic_speaker(ctx)
    {
        claimant = actor;
        speaker_actor = actor;
        traces.add("claimant", "territorial.generic_speaker_side", actor_words);
    }
    // "dismissing Moscow's claim that (its forces had captured) the city": the side whose
    // claim it is, which the speaker denies.
    let claim_owner = claim_owner_before(ctx, start).filter(|o| Some(*o) != claimant);
    if let Some(owner) = claim_owner
        && (actor.is_none() || actor_rule == "territorial.pronoun_subject")
    {
        traces.add("actor", "territorial.claim_of", owner);
        actor = Some(owner);
    }
    // "X has not been captured, our defenders hold it": the capture the speaker denies is
    // the other side's.
    if negated && actor.is_none() {
        actor = claimant.and_then(|c| ctx.article.other_side(c));
    }
    if actor.is_some() {
        traces.add("actor", actor_rule, actor_words);
    }
    if let Some(claimant) = claimant {
        traces.add("claimant", "territorial.claimant_is_speaker", claimant);
    }
    let status = if claim_owner.is_some() && claimant.is_some() {
        traces.add("status", "territorial.claim_dismissed", &verb);
        TerritorialStatus::Denied
    } else if negated && claimant.is_some() {
        traces.add("status", "territorial.negated_by_speaker", &verb);
        TerritorialStatus::Denied
    } else {
        status(ctx, trigger.action, actor, claimant, &mut traces)
    };
    // "M23 seized Goma in January and Bukavu in February": in the reporter's own voice, a later
    // place of a list dated right after its name has that date.
    let own_date = ctx
        .said
        .verb_at
        .is_none()
        .then_some(place.rule == "territorial.list")
        .filter(|listed| *listed)
        .and_then(|_| {
            let after = ctx.tokens.get(place.last + 1)?;
            ctx.past_times()
                .iter()
                .find(|e| e.start >= after.start && e.start <= after.end + 1)
                .filter(|e| crate::dates::is_report_date(ctx.text, e))
        })
        .and_then(|e| Some((e.interval?, e.text.as_str())));
    let announced = match own_date {
        Some((range, text)) => {
            traces.add("announced", "territorial.date_after_place", text);
            Some(crate::dates::interval(range, Some(text)))
        }
        None => announced(ctx, start, &mut traces),
    };
    let detail = Territorial {
        place: place.name.clone(),
        place_type: place.place_type,
        region,
        country,
        action: trigger.action,
        verb: Some(verb),
        actor: actor.map(str::to_owned),
        claimant: claimant.map(str::to_owned),
        announced,
        status,
    };
    Found {
        detail: ClaimDetail::Territorial(detail),
        key: place.name.clone(),
        traces: traces.0,
        speaker_actor,
    }
}

/// The side whose claim the trigger reports: `Moscow's claim that X had been captured`,
/// `claims by Russia that`.
fn claim_owner_before(ctx: &Context<'_>, start: usize) -> Option<&'static str> {
    let first = token_at(ctx.tokens, start);
    let claim = (first.saturating_sub(12)..first).rev().find(|&k| {
        ctx.tokens
            .get(k)
            .is_some_and(|t| t.is_any(&["claim", "claims", "assertion"]))
    })?;
    let that = ctx.tokens.get(claim + 1).is_some_and(|t| t.is("that"));
    if !that {
        return None;
    }
    // The possessor just before: "Moscow's claim", "Russia's claims".
    let owner = (claim.saturating_sub(4)..claim)
        .filter_map(|k| ctx.tokens.get(k))
        .find_map(|t| mention_at(ctx.text, t.start))?;
    Some(owner.actor)
}

/// Whether the trigger is negated: "has not been captured", "never fell".
fn negated(ctx: &Context<'_>, start: usize) -> bool {
    let first = token_at(ctx.tokens, start);
    let written = ctx
        .tokens
        .get(first)
        .is_some_and(|t| t.is_any(&["not", "never"]));
    written
        || (first.saturating_sub(3)..first)
            .filter_map(|k| ctx.tokens.get(k))
            .any(|t| t.is_any(&["not", "never", "n't"]))
}

/// Whether the sentence dismisses reports as false: "said the claims that X had fallen were
/// untrue".
fn dismissed(ctx: &Context<'_>) -> bool {
    ctx.tokens
        .iter()
        .any(|t| t.is_any(&["claims", "claim", "reports"]))
        && ctx.tokens.windows(2).any(|w| {
            // "the claims were untrue", not "a claim that Ukraine rejected as false" (disputed).
            w[0].is_any(&["were", "was", "are", "is"])
                && w[1].is_any(&["untrue", "baseless", "unfounded", "false", "fake"])
        })
}

/// Whether the speaker is a generic voice of a side with no name ("a military spokesman",
/// "the army", "officials"), so that the side of the subject is the side that speaks.
fn generic_speaker(ctx: &Context<'_>) -> bool {
    let Some(speaker) = ctx.said.speaker.as_deref() else {
        return false;
    };
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let proper = words
        .iter()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    let generic = words.iter().any(|w| {
        GENERIC_SPEAKERS
            .iter()
            .any(|g| g.eq_ignore_ascii_case(w.trim_matches(|c: char| !c.is_alphanumeric())))
    });
    !proper && generic && words.len() <= 4
}

/// Nouns of a generic speaker for a side.
const GENERIC_SPEAKERS: &[&str] = &[
    "military",
    "army",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "commander",
    "commanders",
];

/// The first token of the name that ends just before token `k` (a region word), not before
/// `floor`: capitalised words ("North Kivu"), with the lower-case particles of Spanish,
/// Portuguese and Arabic names between them ("Norte de Santander", "Cabo Delgado"), without a
/// capitalised function word that starts the sentence ("In South Kivu province").
fn name_before(tokens: &[Token<'_>], k: usize, floor: usize) -> usize {
    let name_word = |t: &Token<'_>| t.is_capitalised() && !crate::text::CALENDAR.contains(t);
    let mut first = k;
    while first > floor {
        let Some(p) = tokens.get(first - 1) else {
            break;
        };
        if name_word(p) {
            first -= 1;
        } else if p.is_any(NAME_PARTICLES)
            && first < k
            && first >= floor + 2
            && tokens.get(first - 2).is_some_and(name_word)
        {
            first -= 2;
        } else {
            break;
        }
    }
    while first < k
        && tokens
            .get(first)
            .is_some_and(|t| t.is_any(SENTENCE_START_WORDS))
    {
        first += 1;
    }
    first
}

/// Function words that are capitalised only because a sentence starts with them.
const SENTENCE_START_WORDS: &[&str] = &[
    "in",
    "the",
    "on",
    "at",
    "from",
    "for",
    "by",
    "of",
    "and",
    "but",
    "as",
    "after",
    "before",
    "during",
    "near",
    "across",
    "inside",
    "outside",
    "since",
    "until",
    "with",
    "within",
    "throughout",
    "meanwhile",
    "elsewhere",
    "separately",
];

/// Whether the region word at token `k` names a military command area ("units of the First
/// Military Region"), not a place.
fn military_region(tokens: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| p.is("Military"))
}

/// The region and country named after a place: `in Ukraine's Sumy region`, `, the capital of
/// North Kivu province`, `in Donetsk Oblast`, `in eastern Ukraine`.
fn region_after(
    ctx: &Context<'_>,
    place: &Place,
    traces: &mut Traces,
) -> (Option<String>, Option<String>) {
    let tokens = ctx.tokens;
    let mut region = None;
    let mut country = None;
    // "Goma, North Kivu's capital": an appositive that opens with a known region's possessive.
    if tokens.get(place.last + 1).is_some_and(|t| t.is_punct(","))
        && let Some(a) = tokens.get(place.last + 2).filter(|t| t.is_capitalised())
    {
        let last = capitalised_run(tokens, place.last + 2);
        if tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && let Some(b) = tokens.get(last)
        {
            let name = ctx.slice(a.start, b.end);
            if let Some(state) = region_country(name) {
                traces.add("region", "territorial.region_possessive", name);
                return (Some(name.to_owned()), Some(state.to_owned()));
            }
        }
    }
    // "El Fasher, the capital of North Darfur": an appositive that names the region whose
    // capital the place is.
    if tokens.get(place.last + 1).is_some_and(|t| t.is_punct(","))
        && tokens.get(place.last + 2).is_some_and(|t| t.is("the"))
        && tokens.get(place.last + 3).is_some_and(|t| t.is("capital"))
        && tokens.get(place.last + 4).is_some_and(|t| t.is("of"))
        && let Some(a) = tokens.get(place.last + 5).filter(|t| t.is_capitalised())
        && let Some(b) = tokens.get(capitalised_run(tokens, place.last + 5))
    {
        let name = ctx.slice(a.start, b.end);
        if let Some(state) = region_country(name) {
            traces.add("region", "territorial.capital_of_region", name);
            return (Some(name.to_owned()), Some(state.to_owned()));
        }
    }
    let limit = (place.last + 26).min(tokens.len());
    let mut k = place.last + 1;
    while k < limit {
        let Some(t) = tokens.get(k) else { break };
        if t.is_punct(";") {
            break;
        }
        // "had redeployed to Hasakah province", "on the border with Russia's Belgorod Region":
        // where forces went and what lies beyond a border are other places.
        let elsewhere = t.is_any(MOVED_TOWARDS)
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is_any(MOVED_VERBS))
            || t.is("with")
                && k.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.is_any(&["border", "frontier"]));
        if elsewhere {
            break;
        }
        let is_region_word = t.is_any(&[
            "region",
            "regions",
            "oblast",
            "province",
            "governorate",
            "state",
            "department",
            "district",
        ]);
        // "in the central province of Middle Shabelle": the name follows the region word.
        // "the Sheikh Maqsoud district of Aleppo": the type word right after the place.
        let after_place = k == place.last + 1;
        if is_region_word
            && region.is_none()
            && (!t.is("district") || after_place)
            && tokens.get(k + 1).is_some_and(|n| n.is("of"))
            && k > 0
            && (after_place || tokens.get(k - 1).is_some_and(|p| !p.is_capitalised()))
        {
            let first = k + 2;
            let mut last = first;
            while tokens
                .get(last + 1)
                .is_some_and(|n| n.is_capitalised() && !crate::text::CALENDAR.contains(n))
            {
                last += 1;
            }
            if let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last))
                && a.is_capitalised()
            {
                let name = ctx.slice(a.start, b.end);
                let is_actor = mentions(name)
                    .iter()
                    .any(|m| m.start == 0 && m.end == name.len());
                if !is_actor {
                    traces.add(
                        "region",
                        "territorial.region_word_of",
                        ctx.slice(t.start, b.end),
                    );
                    region = Some(name.to_owned());
                    break;
                }
            }
        }
        // "in Lower Shabelle", "a village in Cauca": a known first-level region that is no
        // actor (not "in Kyiv").
        if region.is_none()
            && t.is("in")
            && let Some(n) = tokens.get(k + 1)
            && let Some(hit) = crate::lexicon::REGIONS.at(ctx.text, n.start)
            && mention_at(ctx.text, n.start).is_none()
            && !tokens
                .get(token_at(tokens, hit.end))
                .is_some_and(Token::is_capitalised)
        {
            let name = ctx.slice(hit.start, hit.end);
            traces.add("region", "territorial.known_region", name);
            region = Some(name.to_owned());
            break;
        }
        if is_region_word && k > 0 && region.is_none() {
            // The capitalised words just before the region word.
            let first = name_before(tokens, k, place.last + 1);
            if first < k && !military_region(tokens, k) {
                let (Some(a), Some(b)) = (tokens.get(first), tokens.get(k - 1)) else {
                    break;
                };
                let name = ctx.slice(a.start, b.end);
                let is_actor = mentions(name)
                    .iter()
                    .any(|m| m.start == 0 && m.end == name.len());
                // "Ukraine's Sumy region", "southern Lebanon's Bint Jbeil district": the
                // possessive names the country.
                // "Burkina Faso's East region": a name of a few words.
                let owner = first
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .filter(|p| p.kind == TokenKind::Possessive)
                    .and_then(|p| {
                        (first.saturating_sub(4)..first.saturating_sub(1)).find_map(|o| {
                            let owner = tokens.get(o)?;
                            mention_at(ctx.text, owner.start)
                                .filter(|m| m.kind == ActorKind::Country && m.end == p.start)
                                .map(|m| (m.actor, ctx.slice(m.start, m.end)))
                        })
                    });
                if !is_actor && !t.is("district") {
                    let phrase = ctx.slice(a.start, t.end);
                    traces.add("region", "territorial.region_word", phrase);
                    region = Some(name.to_owned());
                    if let Some((actor, word)) = owner {
                        traces.add("country", "territorial.country_possessive", word);
                        country = Some(actor.to_owned());
                    }
                    break;
                }
                if country.is_none()
                    && let Some((actor, word)) = owner
                {
                    traces.add("country", "territorial.country_possessive", word);
                    country = Some(actor.to_owned());
                }
            }
        }
        // "in (eastern) Ukraine".
        if country.is_none() && t.is("in") {
            let mut m = k + 1;
            if tokens
                .get(m)
                .is_some_and(|n| n.is_any(DIRECTIONS) || n.is("the"))
            {
                m += 1;
            }
            if let Some(n) = tokens.get(m)
                && let Some(found) =
                    mention_at(ctx.text, n.start).filter(|x| x.kind == ActorKind::Country)
                && !tokens
                    .get(token_at(tokens, found.end))
                    .is_some_and(|p| p.kind == TokenKind::Possessive)
            {
                traces.add(
                    "country",
                    "territorial.in_country",
                    ctx.slice(found.start, found.end),
                );
                country = Some(found.actor.to_owned());
            }
        }
        // Another claim's trigger ends this place's phrase.
        if k > place.last + 1
            && TERRITORIAL
                .at(ctx.text, t.start)
                .is_some_and(|h| h.value.form == TriggerForm::Active)
        {
            break;
        }
        k += 1;
    }
    // Not where forces went: "had redeployed to Hasakah province".
    let destination = |found: &str| {
        ctx.text.find(found).is_some_and(|at| {
            let mut words = ctx.text.get(..at).unwrap_or("").split_whitespace().rev();
            let towards = words
                .next()
                .is_some_and(|w| MOVED_TOWARDS.iter().any(|m| m.eq_ignore_ascii_case(w)));
            towards
                && words
                    .next()
                    .is_some_and(|w| MOVED_VERBS.iter().any(|m| m.eq_ignore_ascii_case(w)))
        })
    };
    if region.is_none()
        && let Some(found) = sole_region_phrase(ctx, place).filter(|found| !destination(found))
    {
        traces.add("region", "territorial.region_in_sentence", &found);
        region = Some(found);
    }
    // "In North Kordofan, the RSF said they had captured X", "Further south, in the province of
    // Sweida, ...", "In the Kharkiv Region, ...", "In neighbouring Burkina Faso, ...": a known
    // region or a country that opens the sentence, set off by a comma.
    if let Some((opening_region, opening_country)) = opening_setting(ctx) {
        if region.is_none()
            && let Some(name) = opening_region
        {
            traces.add("region", "territorial.region_opens_sentence", &name);
            region = Some(name);
        }
        if country.is_none()
            && let Some(actor) = opening_country
        {
            traces.add("country", "territorial.country_opens_sentence", actor);
            country = Some(actor.to_owned());
        }
    }
    // "the southern Lebanese village of Kfar Kila": a demonym before the type word.
    if country.is_none()
        && let Some(first) = place_first_token(place)
    {
        // "the southern Lebanese villages of Kfar Kila, Odaisseh and Mais al-Jabal": back past
        // the list's earlier names to its "of".
        let first = (0..first)
            .rev()
            .take_while(|&k| {
                tokens.get(k).is_some_and(|t| {
                    t.is_capitalised() || t.is_punct(",-") || t.is("and") || t.is("al")
                })
            })
            .last()
            .unwrap_or(first);
        let demonym = (first.saturating_sub(5)..first).rev().find_map(|k| {
            let t = tokens.get(k)?;
            let typed = tokens.get(k + 1).and_then(|n| whole_type(n.text));
            typed?;
            mention_at(ctx.text, t.start).filter(|m| m.kind == ActorKind::Demonym)
        });
        if let Some(m) = demonym {
            traces.add(
                "country",
                "territorial.demonym_of_type",
                ctx.slice(m.start, m.end),
            );
            country = Some(m.actor.to_owned());
        }
    }
    if country.is_none()
        && let Some(region) = &region
        && let Some(c) = region_country(region)
    {
        traces.add("country", "territorial.country_of_region", region);
        country = Some(c.to_owned());
    }
    // "Makalondi, a town in south-western Niger", "a town in the Est region of Burkina Faso":
    // the country the place's appositive puts it in.
    if country.is_none()
        && tokens.get(place.last + 1).is_some_and(|t| t.is_punct(","))
        && let Some(m) = (place.last + 2..(place.last + 16).min(tokens.len()))
            .take_while(|&k| tokens.get(k).is_some_and(|t| !t.is_punct(",;.()")))
            .filter(|&k| tokens.get(k).is_some_and(|t| t.is_any(&["in", "of"])))
            .find_map(|k| {
                let mut at = k + 1;
                while tokens.get(at).is_some_and(|t| {
                    t.is("the") || DIRECTIONS.iter().any(|d| t.is(d)) || t.text.contains('-')
                }) {
                    at += 1;
                }
                let m = mention_at(ctx.text, tokens.get(at)?.start)?;
                let whole = tokens
                    .get(token_at(tokens, m.end))
                    .is_none_or(|n| n.kind != TokenKind::Possessive);
                (m.kind == ActorKind::Country && whole).then_some(m)
            })
    {
        traces.add(
            "country",
            "territorial.country_of_appositive",
            ctx.slice(m.start, m.end),
        );
        country = Some(m.actor.to_owned());
    }
    (region, country)
}

/// The last token of the run of capitalised words from token `first` on (`first` itself when
/// the next is not capitalised).
fn capitalised_run(tokens: &[Token<'_>], first: usize) -> usize {
    let mut last = first;
    while tokens.get(last + 1).is_some_and(Token::is_capitalised) {
        last += 1;
    }
    last
}

/// Names before a region word that are no region: an adjective of who lives in or holds it
/// ("Druze-majority", "rebel-held") and the first word of Islamic State.
fn names_no_region(name: &str) -> bool {
    const HYPHENATED: &[&str] = &[
        "-majority",
        "-controlled",
        "-held",
        "-dominated",
        "-led",
        "-populated",
        "-backed",
        "-occupied",
        "-run",
    ];
    name.eq_ignore_ascii_case("Islamic")
        || HYPHENATED
            .iter()
            .any(|suffix| crate::text::ends_with_ignore_case(name, suffix))
}

/// The token where the place's name starts (its last token, back over the words of the name).
fn place_first_token(place: &Place) -> Option<usize> {
    let words = place.name.split_whitespace().count();
    place.last.checked_sub(words.saturating_sub(1))
}

/// The one `Name region/state/province/oblast` phrase of a sentence, when there is exactly one and
/// it is not the place itself: `In neighbouring Rakhine State, the Arakan Army took Maungdaw`.
fn sole_region_phrase(ctx: &Context<'_>, place: &Place) -> Option<String> {
    let tokens = ctx.tokens;
    let mut found = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if !t.is_any(REGION_WORDS) || k == 0 {
            continue;
        }
        let first = name_before(tokens, k, 0);
        if first == k || military_region(tokens, k) {
            continue;
        }
        let (Some(a), Some(b)) = (tokens.get(first), tokens.get(k - 1)) else {
            continue;
        };
        let name = ctx.slice(a.start, b.end);
        // "Islamic State fighters": the region word is part of an actor's name.
        let in_actor_name = mention_at(ctx.text, a.start).is_some_and(|m| m.end >= t.end);
        if name == place.name
            || in_actor_name
            || mentions(name)
                .iter()
                .any(|m| m.start == 0 && m.end == name.len())
        {
            continue;
        }
        found.push(name.to_owned());
    }
    found.dedup();
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Who gained (or left) the place, with the rule and the words.
fn actor_of<'a>(
    ctx: &Context<'a>,
    start: usize,
    end: usize,
    trigger: TerritorialTrigger,
) -> (Option<&'static str>, &'static str, &'a str) {
    // "pushed RSF fighters back from the outskirts of X": the subject is before the verb, the
    // enemy between the verb and "back".
    let mut start = start;
    if starts_with_ignore_case(ctx.slice(start, end), "back ") {
        let at = token_at(ctx.tokens, start);
        if let Some(verb) = (at.saturating_sub(7)..at)
            .rev()
            .find(|&k| ctx.tokens.get(k).is_some_and(|t| t.is_any(EXPEL_OUT_OF)))
            && let Some(t) = ctx.tokens.get(verb)
        {
            start = t.start;
        }
    }
    // "fell to the paramilitary RSF", "captured by Russian forces".
    if trigger.form == TriggerForm::Passive {
        let after = token_at(ctx.tokens, end);
        let agent_at = if ctx.slice(start, end).ends_with(" to") {
            Some(after)
        } else {
            (after..(after + 6).min(ctx.tokens.len()))
                .find(|&k| ctx.tokens.get(k).is_some_and(|t| t.is("by")))
                .map(|k| k + 1)
        };
        if let Some(at) = agent_at
            && let Some(t) = ctx.tokens.get(at)
        {
            let stop = ctx
                .tokens
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .find(|t| t.kind == TokenKind::Punct)
                .map_or(ctx.text.len(), |t| t.start);
            let phrase = ctx.slice(t.start, stop);
            if let Some(actor) = actor_of_phrase(phrase) {
                return (Some(actor), "territorial.passive_agent", phrase);
            }
            // "fell to the rebels": the article's armed group.
            let group_agent = ctx
                .tokens
                .get(at..(at + 3).min(ctx.tokens.len()))
                .is_some_and(|w| {
                    w.iter()
                        .take_while(|t| !t.is_punct(","))
                        .any(|t| t.is_any(GROUP_WORDS))
                });
            if group_agent && let Some(group) = ctx.article.main_group {
                return (Some(group), "territorial.passive_agent_group", phrase);
            }
            // "retaken by the army": the state's army; "retaken by troops of Operation Hadin
            // Kai", the army said: the side that speaks of its own troops.
            let head = ctx.tokens.get(at..(at + 2).min(ctx.tokens.len()));
            let army_agent =
                head.is_some_and(|w| w.iter().any(|t| t.is_any(&["army", "military"])));
            if army_agent && let Some(army) = ctx.article.state_army.or(ctx.article.main_army) {
                return (Some(army), "territorial.passive_agent_army", phrase);
            }
            let own_troops = head.is_some_and(|w| {
                w.iter()
                    .any(|t| t.is_any(&["troops", "forces", "soldiers", "units"]))
            });
            if own_troops && let Some(actor) = ctx.said.actor {
                return (
                    Some(actor),
                    "territorial.passive_agent_speakers_troops",
                    phrase,
                );
            }
        }
    }
    let (a, b) = subject_window(ctx, start);
    let first = token_at(ctx.tokens, a);
    let mut last = token_at(ctx.tokens, b);
    // "The rebels, who Kinshasa and UN experts say are backed by Rwanda, seized Goma": the
    // subject is before the relative clause.
    if last
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is_punct(","))
        && let Some(open) = (last.saturating_sub(22)..last.saturating_sub(1))
            .rev()
            .find(|&k| {
                ctx.tokens.get(k).is_some_and(|t| t.is_punct(","))
                    && ctx
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.is_any(&["who", "which", "whom"]))
            })
        && open > first
    {
        last = open;
    }
    // "Ukrainian forces had halted the Russian offensive in the north and liberated X": the
    // subject of the first of two joined verbs, not the first verb's object.
    if last
        .checked_sub(1)
        .and_then(|k| ctx.tokens.get(k))
        .is_some_and(|t| t.is("and"))
        && let Some(verb) = (first..last.saturating_sub(1))
            .rev()
            .find(|&k| ctx.tokens.get(k).is_some_and(Token::is_past_form))
        && ctx
            .tokens
            .get(verb.saturating_sub(1))
            .is_some_and(|t| t.is_any(&["had", "has", "have"]))
        && verb > first
    {
        last = verb;
    }
    let mut subject: Option<(&'static str, &'static str, &'a str)> = None;
    // "its fighters and allied SPLM-N units": an ally named beside the subject is not its head;
    // the scan goes on to the side it is allied with.
    // Also "its fighters and allied troops of the Sudan People's Liberation Movement-North".
    let allied = |at: usize| {
        (at.saturating_sub(12)..at)
            .rev()
            .map_while(|p| ctx.tokens.get(p).filter(|t| !t.is("and")))
            .any(|p| p.is_any(&["allied", "allies"]))
    };
    for k in (first..last).rev() {
        let Some(t) = ctx.tokens.get(k) else { continue };
        if t.is_any(SPEAKER_PRONOUNS) {
            if let Some(actor) = ctx.said.actor {
                subject = Some((actor, "territorial.pronoun_subject", t.text));
            } else if let Some(actor) = subordinate_pronoun_subject(ctx, k) {
                subject = Some((actor, "territorial.main_clause_subject", t.text));
            }
            break;
        }
        // "M23 rebels", "Houthi fighters": the group named just before the word.
        if t.is_any(GROUP_WORDS) && k.checked_sub(1).is_some_and(allied) {
            continue;
        }
        if t.is_any(GROUP_WORDS)
            && let Some(m) = k
                .checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .and_then(|p| crate::actors::mention_at(ctx.text, p.start))
                .filter(|m| m.end <= t.start && m.kind == ActorKind::Group)
        {
            subject = Some((
                m.actor,
                "territorial.named_group_subject",
                ctx.slice(m.start, m.end),
            ));
            break;
        }
        if t.is_any(GROUP_WORDS)
            && let Some(group) = ctx.article.main_group
        {
            subject = Some((group, "territorial.armed_group_subject", t.text));
            break;
        }
        // "government forces recaptured X", "Koang said government troops had pulled out of
        // X": the state the article's armed group fights.
        if t.is_any(FORCE_WORDS)
            && k.checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .is_some_and(|p| p.is_any(&["government", "pro-government"]))
            && let Some(state) = ctx.article.state
        {
            subject = Some((state, "territorial.government_forces", t.text));
            break;
        }
        // "Junta troops recaptured X", "Security forces regained control of X": unnamed forces
        // of a state are those of the state the article's armed group fights. (Bare "troops"
        // and "soldiers" are left alone: they may be any side's.)
        if t.is_any(FORCE_WORDS) && !t.is_any(GROUP_WORDS) {
            // Not a name's word ("Iraqi Security Forces"): the word before opens the clause or
            // is in lower case.
            let opens = k < 2
                || k.checked_sub(2)
                    .and_then(|p| ctx.tokens.get(p))
                    .is_some_and(|p| p.kind == TokenKind::Punct || p.is_any(&["that", "said"]));
            let state_word = k
                .checked_sub(1)
                .and_then(|p| ctx.tokens.get(p))
                .is_some_and(|p| {
                    p.is_any(&["junta", "regime", "security", "junta's", "regime's"])
                        && (opens || !p.is_capitalised())
                });
            if state_word && let Some(army) = ctx.article.state_army {
                subject = Some((army, "territorial.state_forces", t.text));
                break;
            }
        }
        // "The army regained control of Khartoum": the army that spoke before.
        let definite = k > 0 && ctx.tokens.get(k - 1).is_some_and(|p| p.is("the"));
        if definite
            && !t.is_capitalised()
            && let Some(actor) = ctx.article.head_actor(t.text)
        {
            subject = Some((actor, "territorial.definite_subject", t.text));
            break;
        }
        if t.kind == TokenKind::Word
            && let Some(m) = mention_at(ctx.text, t.start).filter(|m| m.end <= b)
        {
            // "officers backed by the Kenyan-led force": a name after a preposition, "the"
            // aside, is not the subject.
            let before = k.checked_sub(1).and_then(|p| {
                let t = ctx.tokens.get(p)?;
                if t.is("the") {
                    p.checked_sub(1).and_then(|q| ctx.tokens.get(q))
                } else {
                    Some(t)
                }
            });
            // "Fighters of the Islamic State group pushed into": the group the fighters belong
            // to is the subject.
            let of_fighters = before.is_some_and(|p| p.is("of"))
                && (k.saturating_sub(3)..k)
                    .filter_map(|j| ctx.tokens.get(j))
                    .any(|t| t.is_any(FORCE_WORDS));
            let preceded_by_preposition = !of_fighters
                && before.is_some_and(|p| {
                    p.is_any(&[
                        "to", "from", "with", "against", "by", "of", "in", "into", "near",
                    ])
                });
            if !preceded_by_preposition && !allied(k) {
                let words = ctx.slice(m.start, m.end);
                subject = Some((m.actor, "territorial.subject", words));
                break;
            }
        }
    }
    // "After taking X, Russian forces advanced": the subject follows the comma.
    if subject.is_none() && first == 0 && ctx.slice(start, end).starts_with("After ") {
        let comma = ctx
            .tokens
            .iter()
            .position(|t| t.start >= end && t.is_punct(","));
        if let Some(c) = comma
            && let Some(t) = ctx
                .tokens
                .get(c + 1..c + 4)
                .and_then(|w| w.iter().find(|t| mention_at(ctx.text, t.start).is_some()))
            && let Some(m) = mention_at(ctx.text, t.start)
        {
            subject = Some((
                m.actor,
                "territorial.subject_after_clause",
                ctx.slice(m.start, m.end),
            ));
        }
    }
    if let Some((actor, rule, words)) = subject {
        // A passive trigger's subject is the side that was encircled or lost the place.
        if trigger.form == TriggerForm::Passive
            && rule != "territorial.armed_group_subject"
            && let Some(other) = ctx.article.other_side(actor)
        {
            return (Some(other), "territorial.passive_other_side", words);
        }
        return (Some(actor), rule, words);
    }
    // "The enemy was forced to withdraw from X, the ministry said": the speaker's other side.
    let enemy = ctx.slice(a, b).split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.eq_ignore_ascii_case("enemy") || w.eq_ignore_ascii_case("adversary")
    });
    if enemy
        && trigger.form != TriggerForm::Passive
        && let Some(other) = ctx.said.actor.and_then(|s| ctx.article.other_side(s))
    {
        return (Some(other), "territorial.enemy_of_speaker", "");
    }
    match ctx.said.actor {
        // "Hamas denied that X had been cleared": the side that denies is not the one said to
        // have taken X; in a two-sided article, the other side is.
        Some(actor)
            if trigger.form == TriggerForm::Passive
                && trigger.action == Action::Captured
                && (ctx.said.form == Some(ReportForm::Deny) || dismissed(ctx)) =>
        {
            match ctx.article.other_side(actor) {
                Some(other) => (Some(other), "territorial.denied_other_side", ""),
                None => (None, "", ""),
            }
        }
        Some(actor) if trigger.form != TriggerForm::Passive => (
            Some(actor),
            "territorial.actor_is_speaker",
            ctx.said.speaker.as_deref().map_or("", |_| ""),
        ),
        _ => (None, "", ""),
    }
}

fn status(
    ctx: &Context<'_>,
    action: Action,
    actor: Option<&str>,
    claimant: Option<&str>,
    traces: &mut Traces,
) -> TerritorialStatus {
    let form = ctx.said.form;
    let verb = ctx.said.verb.as_deref().unwrap_or("");
    if form == Some(ReportForm::Deny) {
        traces.add("status", "territorial.denied_by_speaker", verb);
        return TerritorialStatus::Denied;
    }
    if dismissed(ctx) {
        traces.add("status", "territorial.claims_dismissed", verb);
        return TerritorialStatus::Denied;
    }
    // "... captured X - a claim Ukraine's military called \"pure fantasy\"", "..., an allegation
    // the Israeli military denied": the sentence carries the claim and its rejection.
    let tokens = ctx.tokens;
    let rejected_claim = tokens.iter().enumerate().any(|(k, t)| {
        t.is_any(&["claim", "claims", "allegation", "allegations", "accusation"])
            && tokens
                .get(k.wrapping_sub(1))
                .is_some_and(|p| p.is_any(&["a", "an", "the"]))
            && tokens
                .get(k + 1..(k + 7).min(tokens.len()))
                .is_some_and(|after| {
                    after.iter().any(|w| {
                        w.is_any(&[
                            "called",
                            "dismissed",
                            "denied",
                            "rejected",
                            "disputed",
                            "refuted",
                        ])
                    })
                })
    });
    if rejected_claim {
        traces.add("status", "territorial.claim_rejected", verb);
        return TerritorialStatus::Disputed;
    }
    // The sentence is scanned for a denial only when a claimant could make it a dispute.
    if claimant.is_some()
        && REPORTING
            .find_from(ctx.text, ctx.starts)
            .any(|h| *h.value == ReportForm::Deny)
    {
        traces.add("status", "territorial.claim_and_denial", verb);
        return TerritorialStatus::Disputed;
    }
    // "a local official acknowledged that X had fallen": a verb of confirming by a speaker who
    // stands for no side.
    if form == Some(ReportForm::Confirm) && claimant.is_none() && ctx.said.speaker.is_some() {
        traces.add("status", "territorial.confirmed_by_verb", verb);
        return TerritorialStatus::Confirmed;
    }
    let (Some(actor), Some(claimant)) = (actor, claimant) else {
        return TerritorialStatus::Claimed;
    };
    let sides = &ctx.article.sides;
    let losing_side_speaks = match action {
        Action::Withdrew => claimant == actor,
        _ => claimant != actor && sides.contains(&claimant),
    };
    if form == Some(ReportForm::Confirm) && (claimant != actor || action == Action::Withdrew) {
        traces.add("status", "territorial.confirmed_by_verb", verb);
        return TerritorialStatus::Confirmed;
    }
    if losing_side_speaks {
        traces.add("status", "territorial.losing_side_says", verb);
        return TerritorialStatus::Confirmed;
    }
    TerritorialStatus::Claimed
}

fn announced(
    ctx: &Context<'_>,
    trigger_start: usize,
    traces: &mut Traces,
) -> Option<claimtrack_model::Interval> {
    // In the reporter's own voice a year dates the event itself ("The war began in 2014, when
    // the Houthis seized Sanaa"); a statement is not dated by a year.
    let own_voice = ctx.said.verb_at.is_none();
    let candidates: Vec<&claimtrack_time::TimeExpr> = ctx
        .past_times()
        .iter()
        .filter(|e| {
            crate::dates::is_report_date(ctx.text, e)
                || own_voice
                    && e.grain == Some(claimtrack_time::Grain::Year)
                    && e.modifier.is_none()
                    && e.interval.is_some()
        })
        .collect();
    // The date of the reporting verb first ("said on Thursday"), then a date of the claim's own
    // clause, then the sentence's first date outside a clause about something else.
    let attached = ctx.said.verb_at.and_then(|(vs, ve)| {
        candidates
            .iter()
            .find(|e| e.start >= ve && e.start <= ve + 1 || e.end + 1 >= vs && e.end <= vs)
            .copied()
    });
    let text = ctx.text;
    let clause_start = text
        .get(..trigger_start)
        .and_then(|before| before.rfind([',', ';']))
        .map_or(0, |at| at + 1);
    let clause_end = text
        .get(trigger_start..)
        .and_then(|after| after.find([',', ';']))
        .map_or(text.len(), |at| trigger_start + at);
    let in_clause = candidates
        .iter()
        .find(|e| e.start >= clause_start && e.start < clause_end)
        .copied();
    // "The war began in 2014, when the Houthis seized Sanaa": the date the clause hangs on.
    let opens_when = text
        .get(clause_start..trigger_start)
        .is_some_and(|head| starts_with_ignore_case(head.trim_start(), "when "));
    let before_when = opens_when
        .then(|| {
            candidates
                .iter()
                .rev()
                .find(|e| e.end < clause_start && clause_start - e.end <= 3)
                .copied()
        })
        .flatten();
    // "Russia's Africa Corps, which took over ... in June, pulled out ... on Tuesday": not a
    // date of a relative clause the claim is not in.
    let outside_relative = candidates
        .iter()
        .find(|e| {
            let opener = text.get(..e.start).and_then(|before| {
                let comma = before.rfind(',')?;
                let after = before.get(comma + 1..)?.trim_start();
                (starts_with_ignore_case(after, "which ") || starts_with_ignore_case(after, "who "))
                    .then_some(comma)
            });
            opener.is_none_or(|comma| comma < clause_start && trigger_start < e.start)
        })
        .copied();
    let chosen = attached
        .or(in_clause)
        .or(before_when)
        .or(outside_relative)
        .or_else(|| candidates.first().copied());
    if let Some(expr) = chosen
        && let Some(range) = expr.interval
    {
        traces.add("announced", "territorial.sentence_date", &expr.text);
        return Some(crate::dates::interval(range, Some(&expr.text)));
    }
    let day = crate::dates::publication_day(ctx.published);
    if day.is_some() {
        traces.add("announced", "territorial.publication_day", "");
    }
    day
}
