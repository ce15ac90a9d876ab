//! Extracts deadline, exchange and territorial claims, with attribution, from articles.
//!
//! [`extract`] is a pure function of an [`Article`]: it never fails and never panics; what it
//! cannot do (resolve dates without a publication day) comes back as [`Problem`]s. The output is
//! the `claimtrack/claims/v1` contract ([`ClaimsDoc`] via [`extract_doc`]).
//!
//! How it works, sentence by sentence in text order:
//! 1. `attribution` finds who says the sentence (speaker as written, canonical actor, reporting
//!    verb), resolving pronouns and short references through a memory of the article;
//! 2. `prefilter` scans the sentence once for the trigger words of every kind, so that a
//!    grammar runs only where one of its triggers occurs (most sentences need none);
//! 3. each grammar in `claims` (`territorial`, `exchange`, `deadline`) reads the sentence with
//!    its attribution and the article's two main sides, using the word lists in `lexicon` and
//!    the dates of `claimtrack-time`;
//! 4. claims get a stable id (BLAKE3 of article id, kind, span and key slot) and, with
//!    [`Options::explain`], the rule and words behind every slot.
//!
//! What it costs: the body is read once for where its words start, each with a print of its word
//! (the only places a word list can match: every list search then costs a bit test per word, and
//! an automaton walk only where the word can be the first of a phrase), and once for actor names.
//! The body's quote marks are found in one pass too. Every sentence is searched once by the
//! prefilter and once for reporting verbs, at its word starts; it is tokenized (once, into one
//! vector for the whole article, shared by attribution and the grammars) only where something
//! reads its tokens: a reporting verb, a possible person for attribution's memory, or a grammar
//! (about one sentence in three of the bench's news text is never tokenized; a sentence that the
//! prefilter lets through only for a deadline's free time words, `days` or `until`, is left
//! untokenized when it has no deadline cue and no `has`/`had`/`have` either). The rest is paid
//! only where a grammar runs: a sentence's time expressions are parsed on first use and resolved
//! per reading (past, from context) from that one parse, and rule traces are built only with
//! [`Options::explain`]. The word lists are compiled once, on first use.
//!
//! ```
//! use claimtrack_model::{Article, Sentence, Span};
//! let body = "Russia's defence ministry said its forces had captured the village of Novopil.";
//! let article = Article {
//!     id: "a1".into(), source: None, title: None, url: None,
//!     published: chrono::NaiveDate::from_ymd_opt(2025, 8, 5), dateline: None, path: None,
//!     body: body.into(),
//!     paragraphs: vec![Span::new(0, body.len())],
//!     sentences: vec![Sentence { span: Span::new(0, body.len()), paragraph: 0 }],
//! };
//! let found = claimtrack_extract::extract(&article, &claimtrack_extract::Options::default());
//! assert_eq!(found.claims.len(), 1);
//! ```

mod actors;
mod attribution;
mod claims;
mod dates;
mod defined;
mod lexicon;
mod numbers;
mod prefilter;
mod text;

use claimtrack_model::{Article, Attribution, Claim, ClaimsDoc, RuleTrace, Span};

use crate::actors::{actor_of_phrase, mentions, mentions_from};
use crate::claims::{ArticleFacts, Context, Found};
use crate::lexicon::{ActorKind, SpeakerSide};

/// How to extract.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Record, for every slot of every claim, the rule that set it and the words it matched.
    pub explain: bool,
}

/// The claims of one article and what got in the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub problems: Vec<Problem>,
}

/// Something extraction could not do for an article (not an error: the claims are still valid).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the body, when it concerns one place.
    pub span: Option<Span>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.span {
            Some(span) => write!(f, "{}..{}: {}", span.start, span.end, self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Extracts every claim of `article`, in text order.
pub fn extract(article: &Article, options: &Options) -> Extraction {
    // The armed groups the article defines ("the Ambazonia Defence Forces (ADF)"), read by every
    // actor mention until the guard is dropped at the end of this article.
    let _defined = defined::define(&article.body);
    let mut problems = Vec::new();
    if article.published.is_none() {
        problems.push(Problem {
            span: None,
            message: "no publication date: relative dates left unresolved".to_owned(),
        });
    }
    // Where the words of every sentence start, for the word lists: a run of the body's starts
    // (the body is read for those once) or, where those do not serve (a sentence that starts or
    // ends inside a word), its own, kept in one vector for all such sentences (`Ok` and `Err`
    // below).
    let body_starts = lexicon::word_starts(&article.body);
    let mut own_starts = Vec::new();
    let mut ranges = Vec::with_capacity(article.sentences.len());
    let mut next_start = 0;
    for sentence in &article.sentences {
        let text = crate::text::span_text(&article.body, sentence.span);
        let mut own_next = next_start;
        // Whether the body goes on with a letter or digit right after the sentence (nearly
        // never): otherwise the prints of the sentence's last words need no second reading.
        let runs_on = article
            .body
            .as_bytes()
            .get(sentence.span.start + text.len())
            .is_some_and(u8::is_ascii_alphanumeric);
        let words = lexicon::words_within(
            &body_starts,
            sentence.span.start,
            text,
            runs_on,
            &mut next_start,
        )
        .ok_or_else(|| {
            let from = own_starts.len();
            lexicon::word_starts_within(
                &body_starts,
                sentence.span.start,
                text,
                &mut own_starts,
                &mut own_next,
            );
            from..own_starts.len()
        });
        ranges.push(words);
    }
    let starts: Vec<lexicon::Words<'_>> = ranges
        .iter()
        .map(|words| match words {
            Ok(words) => *words,
            Err(own) => lexicon::Words::of(own_starts.get(own.clone()).unwrap_or(&[])),
        })
        .collect();
    // The tokens of a sentence are made where attribution or a grammar first reads them.
    let mut tokens = text::SentenceTokens::new(article.sentences.len(), article.body.len());
    let body_mentions = mentions_from(&article.body, lexicon::Words::of(&body_starts));
    let mut facts = article_facts(article, &body_mentions, lexicon::Words::of(&body_starts));
    let (said, spoke) =
        attribution::attribute(article, &mut tokens, &starts, &body_mentions, &facts);
    facts.spoke = spoke;
    let mut claims = Vec::new();
    for (index, sentence) in article.sentences.iter().enumerate() {
        let Some(text) = article.body.get(sentence.span.start..sentence.span.end) else {
            problems.push(Problem {
                span: Some(sentence.span),
                message: "sentence span does not fit the body; skipped".to_owned(),
            });
            continue;
        };
        let Some(sentence_said) = said.get(index) else {
            continue;
        };
        let starts = starts
            .get(index)
            .copied()
            .unwrap_or(lexicon::Words::of(&[]));
        // One scan tells which grammars can find anything here; most sentences need none, and
        // are left before anything else is built for them.
        let mut kinds = prefilter::kinds_in(text, starts);
        // A deadline needs more than the prefilter's free time words; that is told from the
        // words alone, before the sentence is tokenized for nothing.
        kinds.deadline = kinds.deadline && claims::deadline::may_find(text, starts);
        if !kinds.any() || is_heading(text) || is_contents(text) {
            continue;
        }
        // "a rebel negotiator said": the article's armed group; "Army spokesman Lt. Col. X
        // said", "Defence Minister Y said", in an article of a state against an armed group:
        // the state.
        let side = match sentence_said.actor {
            // "In neighbouring Burkina Faso, the army said": the country the sentence opens with,
            // over the army an earlier sentence named.
            Some(actor)
                if matches!(
                    sentence_said.resolution,
                    "attribution.definite_description"
                        | "attribution.article_army"
                        | "attribution.article_state"
                        | "attribution.dateline_country"
                ) =>
            {
                opening_country(text)
                    .filter(|country| *country != actor)
                    .map(|country| (country, "attribution.opening_country_speaker"))
            }
            Some(_) => None,
            // "... on flights operated by the International Committee of the Red Cross, the
            // humanitarian organisation said": the one organisation the sentence names.
            None if organisation_speaker(sentence_said) => sole_organisation(text, starts)
                .map(|organisation| (organisation, "attribution.organisation_named_before")),
            None => speaker_side(sentence_said).and_then(|side| match side {
                SpeakerSide::Group => facts
                    .main_group
                    .map(|group| (group, "attribution.armed_group_speaker")),
                // "In neighbouring Niger, the army said": the country the sentence opens with;
                // "Army spokesman X said": the state's army ("Sudan's army" is the SAF).
                SpeakerSide::State => opening_country(text)
                    .map(|country| (country, "attribution.opening_country_speaker"))
                    .or_else(|| {
                        let army = army_speaker(sentence_said).then_some(facts.state_army);
                        army.flatten()
                            .or(facts.state)
                            .map(|state| (state, "attribution.state_speaker"))
                    }),
            }),
        };
        let side_speaker;
        let sentence_said = match side {
            Some((actor, resolution)) => {
                // The speaker as written, not the earlier mention that gave another side.
                let written = sentence_said
                    .speaker_at
                    .filter(|_| sentence_said.actor.is_some())
                    .and_then(|(a, b)| text.get(a..b))
                    .map(std::borrow::Cow::Borrowed);
                side_speaker = attribution::Said {
                    actor: Some(actor),
                    resolution,
                    speaker: written.or_else(|| sentence_said.speaker.clone()),
                    ..sentence_said.clone()
                };
                &side_speaker
            }
            None => sentence_said,
        };
        let tokens = tokens.of(index, text);
        let ctx = Context::new(
            text,
            tokens,
            starts,
            sentence_said,
            article.published,
            &facts,
            options.explain,
        );
        let mut found = if kinds.deadline {
            claims::deadline::find(&ctx)
        } else {
            Vec::new()
        };
        // A deadline's demand ("release all the hostages by Saturday") is not an exchange.
        if found.is_empty() && kinds.exchange {
            found.extend(claims::exchange::find(&ctx));
        }
        if kinds.territorial {
            found.extend(claims::territorial::find(&ctx));
        }
        for found in found {
            claims.push(finish(
                article,
                sentence.span,
                text,
                sentence_said,
                found,
                options,
            ));
        }
    }
    Extraction { claims, problems }
}

/// Extracts the claims of `article` as a claims/v1 document.
pub fn extract_doc(article: &Article, options: &Options) -> (ClaimsDoc, Vec<Problem>) {
    let Extraction { claims, problems } = extract(article, options);
    (ClaimsDoc::new(article.meta(), claims), problems)
}

/// Adds the id, evidence, attribution and traces to a found claim.
fn finish(
    article: &Article,
    span: Span,
    text: &str,
    said: &attribution::Said<'_>,
    found: Found,
    options: &Options,
) -> Claim {
    let kind = found.detail.kind();
    let id = claim_id(article.id.as_str(), kind.as_str(), span, found.key.as_str());
    let mut explain = Vec::new();
    // "Kyiv demanded the return of ...": the side that demands is a party, not a speaker.
    let reported = (!said.party_only).then_some(said);
    if options.explain {
        if said.party_only {
            explain.push(trace(
                "attribution.speaker",
                "attribution.side_demands",
                said.speaker.as_deref().unwrap_or(""),
            ));
        } else if let Some(speaker) = &said.speaker {
            let written = said
                .speaker_at
                .and_then(|(a, b)| text.get(a..b))
                .unwrap_or(speaker);
            explain.push(trace("attribution.speaker", said.rule, written));
            explain.push(trace("attribution.actor", said.resolution, written));
        }
        if let Some(verb) = reported.and_then(|said| said.verb.as_ref()) {
            explain.push(trace("attribution.verb", said.rule, verb));
        }
        explain.extend(found.traces);
    }
    Claim {
        id,
        text: text.to_owned(),
        span,
        attribution: match reported {
            Some(said) => Attribution {
                speaker: said.speaker.as_deref().map(str::to_owned),
                actor: said.actor.or(found.speaker_actor).map(str::to_owned),
                verb: said.verb.as_deref().map(str::to_owned),
            },
            None => Attribution::default(),
        },
        detail: found.detail,
        explain,
    }
}

/// The id of a claim: the first 16 hex digits of the BLAKE3 hash of its article id, kind, span
/// start and end (in decimal) and key, each followed by a zero byte. The parts are written into
/// one buffer and hashed with one call (the hash of the same bytes, without a hasher update and
/// a number string per part).
fn claim_id(article: &str, kind: &str, span: Span, key: &str) -> String {
    let mut input = Vec::with_capacity(article.len() + kind.len() + key.len() + 48);
    let (mut start, mut end) = (itoa::Buffer::new(), itoa::Buffer::new());
    for part in [
        article,
        kind,
        start.format(span.start),
        end.format(span.end),
        key,
    ] {
        input.extend_from_slice(part.as_bytes());
        input.push(0);
    }
    let hash = blake3::hash(&input);
    hash.to_hex().get(..16).unwrap_or_default().to_owned()
}

fn trace(slot: &str, rule: &str, matched: &str) -> RuleTrace {
    RuleTrace {
        slot: slot.to_owned(),
        rule: rule.to_owned(),
        matched: matched.to_owned(),
    }
}

/// The side a speaker without an actor speaks for, by the words of `speakers.tsv`: an armed
/// group's ("a rebel negotiator", "the paramilitary group") wins over a state office's ("Army
/// spokesman", "Defence Minister", "the junta").
fn speaker_side(said: &attribution::Said<'_>) -> Option<SpeakerSide> {
    let speaker = said.speaker.as_deref()?;
    let mut sides = speaker
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(lexicon::speaker_side);
    let first = sides.next()?;
    if first == SpeakerSide::Group || sides.any(|side| side == SpeakerSide::Group) {
        Some(SpeakerSide::Group)
    } else {
        Some(SpeakerSide::State)
    }
}

/// "In neighbouring Niger, the army said ...": a country that opens the sentence, set off by a
/// comma, is where its unnamed officials speak from.
fn opening_country(text: &str) -> Option<&'static str> {
    let rest = text.strip_prefix("In ")?;
    let rest = ["neighbouring ", "neighboring ", "nearby "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let m = actors::mention_at(rest, 0)?;
    let country = m.kind == ActorKind::Country
        && rest
            .get(m.end..)
            .is_some_and(|after| after.starts_with(','));
    country.then_some(m.actor)
}

/// Whether a speaker is an organisation described, not named ("the humanitarian organisation",
/// "the agency").
fn organisation_speaker(said: &attribution::Said<'_>) -> bool {
    said.speaker.as_deref().is_some_and(|speaker| {
        let mut words = speaker.split_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && words.any(|w| {
                [
                    "organisation",
                    "organization",
                    "agency",
                    "committee",
                    "body",
                ]
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o))
            })
    })
}

/// The one organisation (not a state, not a group) a sentence names, if it names one.
fn sole_organisation(text: &str, starts: lexicon::Words<'_>) -> Option<&'static str> {
    let mut organisations = mentions_from(text, starts)
        .into_iter()
        .filter(|m| m.kind == ActorKind::Organisation)
        .map(|m| m.actor);
    let first = organisations.next()?;
    organisations.all(|other| other == first).then_some(first)
}

/// Whether an unnamed speaker is the army's ("Army spokesman Brig. Gen. X", "the military").
fn army_speaker(said: &attribution::Said<'_>) -> bool {
    said.speaker.as_deref().is_some_and(|speaker| {
        speaker
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("army") || w.eq_ignore_ascii_case("military"))
    })
}

/// Whether the actor named at `start` is where something happens ("a news conference in Doha",
/// "talks at Istanbul"), not one who acts: a place of the event is no side of it.
fn where_something_happens(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|before| before.split_whitespace().next_back())
        .is_some_and(|word| ["in", "at"].iter().any(|w| word.eq_ignore_ascii_case(w)))
}

/// Counts the actors the article names to find its two main sides and its main armed group.
fn article_facts(
    article: &Article,
    body_mentions: &[actors::Mention],
    body_words: lexicon::Words<'_>,
) -> ArticleFacts {
    let mut counts: Vec<(&'static str, usize, bool)> = Vec::new();
    let mut armies: Vec<(&'static str, usize)> = Vec::new();
    let title_mentions = article.title.as_deref().map(mentions).unwrap_or_default();
    for (found, text) in [
        (body_mentions, article.body.as_str()),
        (&title_mentions[..], article.title.as_deref().unwrap_or("")),
    ] {
        for &m in found {
            if matches!(m.kind, ActorKind::Organisation) || where_something_happens(text, m.start) {
                continue;
            }
            if m.kind == ActorKind::Military {
                match armies.iter_mut().find(|(a, _)| *a == m.actor) {
                    Some(entry) => entry.1 += 1,
                    None => armies.push((m.actor, 1)),
                }
            }
            let group = m.kind == ActorKind::Group;
            match counts.iter_mut().find(|(a, _, _)| *a == m.actor) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 |= group;
                }
                None => counts.push((m.actor, 1, group)),
            }
        }
    }
    // Stable: most named first, then first named.
    let mut ranked: Vec<(usize, &'static str, usize, bool)> = counts
        .iter()
        .enumerate()
        .map(|(order, (actor, count, group))| (order, *actor, *count, *group))
        .collect();
    ranked.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    let two: Vec<&(usize, &'static str, usize, bool)> = ranked
        .iter()
        .filter(|(_, actor, _, _)| *actor != "Palestine")
        .take(2)
        .collect();
    let sides = two.iter().map(|(_, actor, _, _)| *actor).collect();
    // Of two sides one an armed group, the other is the state it fights; of two armed groups,
    // the state most named after them, if named twice or more (Ethiopia, of the Fano and the
    // Amhara Fano National Force).
    let state = match two.as_slice() {
        [(_, a, _, false), (_, _, _, true)] | [(_, _, _, true), (_, a, _, false)] => Some(*a),
        [(_, _, _, true), (_, _, _, true)] => ranked
            .iter()
            .find(|(_, actor, _, group)| !group && *actor != "Palestine")
            .filter(|(_, _, count, _)| *count >= 2)
            .map(|(_, actor, _, _)| *actor),
        _ => None,
    };
    let main_group = ranked
        .iter()
        .find(|(_, _, _, group)| *group)
        .map(|(_, actor, _, _)| *actor);
    // In an article of armed groups, the country its regions lie in is the state they fight
    // when the article names no state side ("The army said" in Cauca), or names a foreign one
    // more than its own (Rwanda's troops in Mozambique's Cabo Delgado, Guatemala's border in
    // Chiapas).
    let regions =
        main_group.and_then(|_| country_of_regions(&article.body, body_words, body_mentions));
    // Named twice or more, or the only country the regions name: one region of another conflict
    // in a roundup does not make its country the state. A foreign army named more gives way too
    // (the Saudi-led coalition in Yemen's Marib and Aden); the country's own army stands for it.
    let state = match (state, regions) {
        (Some(named), Some(home))
            if home.times >= 2
                && named != home.country
                && Some(named) != actor_of_phrase(&format!("{}'s army", home.country))
                && counts.iter().any(|(actor, _, _)| *actor == home.country) =>
        {
            Some(home.country)
        }
        (None, Some(home)) if home.times >= 2 || home.only => Some(home.country),
        (named, _) => named,
    };
    let main_army = armies
        .iter()
        .enumerate()
        .max_by(|(ia, a), (ib, b)| a.1.cmp(&b.1).then(ib.cmp(ia)))
        .map(|(_, (actor, _))| *actor);
    // The army of the state an armed group fights: "Sudan's army" is the Sudanese Armed
    // Forces, Mali's is Mali.
    let state_army = state.map(|s| actor_of_phrase(&format!("{s}'s army")).unwrap_or(s));
    ArticleFacts {
        sides,
        state,
        state_army,
        main_group,
        main_army,
        spoke: Vec::new(),
    }
}

/// The country an article's regions lie in ([`country_of_regions`]).
struct RegionsCountry {
    country: &'static str,
    /// How many of the regions named lie in it.
    times: usize,
    /// Whether the regions named lie in no other country.
    only: bool,
}

/// The country that the first-level regions `body` names lie in most often (the first named on
/// a tie), unless that is Palestine, which has no army or ministry to speak of here (it is left
/// out of the article's sides too). A region name followed by another capitalised word is part
/// of a longer name (`Northern Shan State`), and one that names an actor (`Kyiv`, one of the
/// body's mentions `body_mentions`) is that actor: neither counts.
fn country_of_regions(
    body: &str,
    words: lexicon::Words<'_>,
    body_mentions: &[actors::Mention],
) -> Option<RegionsCountry> {
    let lexicon: &'static lexicon::Lexicon<&'static str> = &lexicon::REGIONS;
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    lexicon.each_from(body, words, |hit| {
        let longer = body
            .get(hit.end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        // "Kyiv said": a capital that speaks is its state, not a region the article is in.
        let actor = body_mentions
            .binary_search_by_key(&hit.start, |m| m.start)
            .is_ok();
        if !longer && !actor {
            match counts.iter_mut().find(|(c, _)| *c == *hit.value) {
                Some(entry) => entry.1 += 1,
                None => counts.push((*hit.value, 1)),
            }
        }
        true
    });
    counts
        .iter()
        .enumerate()
        .max_by(|(ia, a), (ib, b)| a.1.cmp(&b.1).then(ib.cmp(ia)))
        .filter(|(_, (country, _))| *country != "Palestine")
        .map(|(_, (country, times))| RegionsCountry {
            country,
            times: *times,
            only: counts.len() == 1,
        })
}

/// Whether a "sentence" is a heading within the body ("Children brought back through Doha"): a
/// few words with no sentence end, which tell a section's subject, not a claim.
/// Whether a sentence lists what a newsletter covers ("We're covering a new U.S. deadline for
/// India and a prisoner swap in Yemen."): its stories are told below, each in its own words.
fn is_contents(text: &str) -> bool {
    let text = text.trim_start();
    // Most sentences open with another letter, and are left at once.
    if !text.starts_with(['W', 'T', 'H', 'I', 'A', 'w', 't', 'h', 'i', 'a']) {
        return false;
    }
    [
        "we're covering",
        "we\u{2019}re covering",
        "we are covering",
        "today we're covering",
        "today we\u{2019}re covering",
        "here's what we're covering",
        "here\u{2019}s what we\u{2019}re covering",
        "in this newsletter",
        "also in this briefing",
    ]
    .iter()
    .any(|opening| crate::text::starts_with_ignore_case(text, opening))
}

fn is_heading(text: &str) -> bool {
    let text = text.trim_end();
    !text.ends_with([
        '.', '!', '?', '"', '\'', '\u{201d}', '\u{2019}', ')', ':', ';',
    ]) && text.split_whitespace().count() <= 12
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id as it was first made: a hasher fed part by part, its full hex cut to 16 digits.
    fn reference_id(article: &str, kind: &str, span: Span, key: &str) -> String {
        let mut hasher = blake3::Hasher::new();
        for part in [
            article,
            kind,
            &span.start.to_string(),
            &span.end.to_string(),
            key,
        ] {
            hasher.update(part.as_bytes());
            hasher.update(&[0]);
        }
        hasher.finalize().to_hex()[..16].to_owned()
    }

    #[test]
    fn claim_ids_as_hashed_part_by_part() {
        let long = "x".repeat(300);
        for (article, kind, start, end, key) in [
            ("a1", "deadline", 0, 0, ""),
            ("", "", 0, 0, ""),
            ("dawn-2025-07-24", "territorial", 1_234, 1_302, "Novopil"),
            (
                "a\u{e9}\u{2019}",
                "exchange",
                usize::MAX,
                7,
                "prisoners 1,000",
            ),
            (long.as_str(), "exchange", 99, 100_000, long.as_str()),
        ] {
            let span = Span::new(start, end);
            assert_eq!(
                claim_id(article, kind, span, key),
                reference_id(article, kind, span, key),
                "{article} {kind} {start} {end} {key}"
            );
        }
    }
}
