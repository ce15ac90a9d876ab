//! Who says each sentence: the speaker as written, the actor it stands for, the reporting verb.
//!
//! [`attribute`] reads an article's sentences in order and keeps a [`Memory`] of the people and
//! organisations already named, so that later references resolve: `he said` to the last person
//! named as a subject, `it added` to the last organisation that spoke, `the ministry said` to the
//! last speaker whose name holds `ministry`, `Peskov said` to `Kremlin spokesman Dmitry Peskov`.
//!
//! The grammar, in order of preference:
//! - `according to X` (rule `attribution.according_to`);
//! - `X said`, `X told reporters`, `X denied`, with time words and adverbs between subject and
//!   verb skipped (`Russia on Wednesday said`, `The army also said`) (`attribution.said_after`);
//! - the appositive `Ukraine's top commander, Oleksandr Syrskyi, said` (`attribution.appositive`);
//! - the inversion after a quote or a clause, `..., said Peskov` (`attribution.said_before`);
//! - a quote that spans sentences takes the speaker named where it closes
//!   (`attribution.quote_spans_sentences`).
//!
//! A sentence with none of these is in the reporter's own voice: speaker, actor and verb are null.

use std::borrow::Cow;
use std::sync::LazyLock;

use claimtrack_model::Article;

use crate::actors::{Mention, PREPOSITIONS, actor_of_phrase, actor_of_phrase_at, mentions};
use crate::lexicon::{ActorKind, PrintSet, REPORTING, ReportForm, Words, flag};
use crate::text::{
    CLAUSE_WORDS, SentenceTokens, Token, TokenKind, WordSet, contains_str, first_not_before, slice,
};

/// The attribution of one sentence. Its speaker and verb borrow the text they are written in,
/// unless they had to be built (a remembered full mention, a verb lower-cased).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Said<'t> {
    pub(crate) speaker: Option<Cow<'t, str>>,
    pub(crate) actor: Option<&'static str>,
    pub(crate) verb: Option<Cow<'t, str>>,
    /// How the verb relates the speaker to the claim (deny, confirm ...).
    pub(crate) form: Option<ReportForm>,
    /// Byte offsets of the verb in the sentence (`None` when carried from another sentence).
    pub(crate) verb_at: Option<(usize, usize)>,
    /// Byte offsets in the sentence of the words that name the speaker here (`he`, `the army`).
    pub(crate) speaker_at: Option<(usize, usize)>,
    /// The rule that found the speaker and verb.
    pub(crate) rule: &'static str,
    /// The rule that resolved the speaker to a full mention and an actor.
    pub(crate) resolution: &'static str,
    /// The speaker is a side that makes the demand the sentence tells ("Kyiv demanded the
    /// return of ..."): the grammars read it as that side, and the claim is reported as in the
    /// reporter's voice.
    pub(crate) party_only: bool,
}

impl Said<'_> {
    pub(crate) fn is_reporter(&self) -> bool {
        self.verb.is_none()
    }
}

/// A person named in the article.
#[derive(Debug, Clone)]
struct Person {
    full: String,
    surname: String,
    actor: Option<&'static str>,
    /// The [`byte_pairs`] of the surname.
    pairs: u64,
}

impl Person {
    fn new(full: String, surname: String, actor: Option<&'static str>) -> Person {
        let pairs = byte_pairs(surname.as_bytes());
        Person {
            full,
            surname,
            actor,
            pairs,
        }
    }
}

/// One bit for each pair of adjacent bytes of `bytes`, by a hash of the pair: a text that holds
/// `needle` holds each of its pairs, so `byte_pairs(needle) & !byte_pairs(text) != 0` proves that
/// it does not (a needle of one byte has no pair, and is always looked for). Every speaker is
/// looked for the surnames of every person named before, and nearly never holds one.
fn byte_pairs(bytes: &[u8]) -> u64 {
    bytes.windows(2).fold(0, |pairs, pair| match pair {
        [a, b] => pairs | 1 << ((u32::from(*a) * 7 + u32::from(*b)) & 63),
        _ => pairs,
    })
}

/// What earlier sentences named: used to resolve pronouns and short references.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    persons: Vec<Person>,
    last_subject_person: Option<usize>,
    /// The organisations that spoke: one entry each time one spoke after another, the last one
    /// last. Their head nouns (`ministry`, `army`, see [`head_nouns`]) are read only where a
    /// definite description asks for one ([`Memory::named_by`]).
    orgs: Vec<Org>,
    /// The actor of the article's dateline city, for an unnamed "the defence ministry".
    home: Option<&'static str>,
    /// The army the article names most ("Sudan's army"), for an unnamed "Army spokesman".
    army: Option<&'static str>,
    /// The state an article's armed group fights, and that state's army
    /// ([`crate::claims::ArticleFacts::state`]): "The military said", "the Defense Ministry
    /// said" in an article of a state against an armed group, when no dateline or army named
    /// says whose.
    state: Option<(&'static str, &'static str)>,
    /// The armed group the article names most ([`crate::claims::ArticleFacts::main_group`]):
    /// "a spokesman for the group", "the head of the group's prisoners committee".
    group: Option<&'static str>,
}

/// An organisation that spoke, as written (or resolved), with its actor.
#[derive(Debug, Clone)]
struct Org {
    speaker: String,
    actor: Option<&'static str>,
}

impl Org {
    fn new(speaker: String, actor: Option<&'static str>) -> Org {
        Org { speaker, actor }
    }
}

/// The actors of the speaker phrases an article has resolved ([`actor_of_phrase`] of each), the
/// last few: a speaker is mostly written as it was before ("the ministry said" again and again),
/// and its actor is then not searched for again. A phrase is compared with the few remembered,
/// which costs less than one search.
#[derive(Debug, Default)]
struct PhraseActors<'t> {
    /// The phrases and their actors, the oldest first.
    known: Vec<(&'t str, Option<&'static str>)>,
}

impl<'t> PhraseActors<'t> {
    /// How many phrases are remembered: enough for the speakers of an article, few enough to
    /// compare a phrase with all of them.
    const KEPT: usize = 16;

    /// The actor of `phrase`, found by `search` if the phrase is not one of those remembered.
    fn actor_of(
        &mut self,
        phrase: &'t str,
        search: impl FnOnce() -> Option<&'static str>,
    ) -> Option<&'static str> {
        if let Some(&(_, actor)) = self.known.iter().rev().find(|(known, _)| *known == phrase) {
            return actor;
        }
        let actor = search();
        if self.known.len() == PhraseActors::KEPT {
            self.known.remove(0);
        }
        self.known.push((phrase, actor));
        actor
    }
}

/// Words skipped between a subject and its reporting verb.
const SKIP_BEFORE_VERB: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "earlier",
    "previously",
    "repeatedly",
    "again",
    "already",
    "separately",
    "further",
    "then",
    "on",
    "last",
    "this",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "night",
    "morning",
    "afternoon",
    "evening",
    "late",
    "early",
    "publicly",
    "officially",
    "reportedly",
    "initially",
    "subsequently",
    "quickly",
    "swiftly",
    "flatly",
    "firmly",
    "categorically",
    "strongly",
    "once",
    "twice",
];

/// Words that open a clause and are not part of the subject after them.
const LEADING_DROP: &[&str] = &[
    "but",
    "and",
    "however",
    "meanwhile",
    "separately",
    "later",
    "earlier",
    "still",
    "yet",
    "so",
    "then",
    "also",
    "now",
    "in",
    "on",
    "at",
    "last",
    "this",
    "week",
    "month",
    "year",
    "yesterday",
    "today",
    "overnight",
    "further",
    "south",
    "north",
    "east",
    "west",
    "elsewhere",
    "instead",
    "moreover",
    "previously",
    "since",
    "until",
    "by",
];

/// Verbs and auxiliaries that end a subject read backwards.
const VERB_WORDS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "does",
    "do", "been", "be", "being", "said", "says", "should", "may", "might", "can", "must",
];

/// Words that introduce a subordinate clause inside an appositive: `Umerov, who led ..., said`.
const RELATIVE_WORDS: &[&str] = &["who", "which", "whose", "whom"];

const PRONOUNS_PERSON: &[&str] = &["he", "she"];
const PRONOUNS_ORG: &[&str] = &["it", "they"];
const PRONOUNS_OTHER: &[&str] = &["we", "i", "you"];

/// Title words that can stand before a person's name.
pub(crate) const TITLE_WORDS: &[&str] = &[
    "president",
    "prime",
    "minister",
    "foreign",
    "defence",
    "defense",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "commander",
    "chief",
    "general",
    "gen",
    "lieutenant",
    "lt",
    "colonel",
    "col",
    "major",
    "maj",
    "governor",
    "mayor",
    "leader",
    "head",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "emir",
    "prince",
    "crown",
    "sheikh",
    "negotiator",
    "adviser",
    "advisor",
    "aide",
    "official",
    "director",
    "deputy",
    "top",
    "senior",
    "special",
    "army",
    "military",
    "government",
    "interior",
    "state",
    "vice",
    "speaker",
    "senator",
    "ombudsman",
    "commissioner",
    "representative",
    "pope",
    "ayatollah",
    "sultan",
    "marshal",
    "admiral",
    "chairman",
    "chair",
    "staff",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sgt",
    "captain",
    "capt",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "sgt.",
    "capt.",
    "brig.",
    "adm.",
    "sergeant",
    "brigadier",
    "justice",
    "attorney",
    "coordinator",
    "mediator",
    "presidential",
    "parliament",
    "lawmaker",
    "legislator",
    "ministry",
    "office",
    "rights",
    "human",
    "national",
    "security",
    "intelligence",
    "council",
    "regional",
    "acting",
    "former",
    "veteran",
    "rebel",
    "militia",
    "group",
    "movement",
    "opposition",
    "ceo",
    "cia",
    "fsb",
    "sbu",
];

/// The prints of [`TITLE_WORDS`], which turn away nearly every word of every sentence before
/// [`TITLES`] is read (and set the title bit of every word start with one of them, see
/// [`crate::lexicon::flag::TITLE`]).
pub(crate) static TITLE_PRINTS: LazyLock<PrintSet> = LazyLock::new(|| PrintSet::new(TITLE_WORDS));

/// [`TITLE_WORDS`] as a set, for the check on every word of every sentence.
static TITLES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLE_WORDS));

/// The long word lists that a subject read backwards or forwards checks every word against, as
/// sets (the same answers as [`Token::is_any`]: no list holds a punctuation mark).
static SKIP_BEFORE_VERB_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SKIP_BEFORE_VERB));
static LEADING_DROP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(LEADING_DROP));
static VERB_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(VERB_WORDS));
static CLAUSE_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CLAUSE_WORDS));
/// Every word at which [`phrase_before`] stops or looks twice (pronouns, verbs, relative and
/// clause words): a word of a name is none, and is read with one lookup instead of each list's.
static PHRASE_STOP_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&PHRASE_STOP_WORDS.concat()));
/// The lists of [`PHRASE_STOP_SET`].
const PHRASE_STOP_WORDS: [&[&str]; 6] = [
    PRONOUNS_PERSON,
    PRONOUNS_ORG,
    PRONOUNS_OTHER,
    VERB_WORDS,
    RELATIVE_WORDS,
    CLAUSE_WORDS,
];
static SPEAKER_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPEAKER_NOUNS));

/// Words of a speaker that name an institution (`the ministry`, `the army's 1st Corps`), as a set.
static INSTITUTION_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "ministry",
        "army",
        "army's",
        "military",
        "military's",
        "government",
        "presidency",
        "office",
        "corps",
        "brigade",
        "command",
        "staff",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "governorate",
        "police",
    ])
});

/// The words of [`INSTITUTION_SET`] that name a person who speaks for an institution, not the
/// institution.
const SPOKES: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// Title abbreviations written with a period: `Gen. Abdel Fattah al-Burhan`.
const DOTTED_TITLES: &[&str] = &[
    "gen", "lt", "col", "maj", "dr", "mr", "mrs", "ms", "sgt", "capt",
];

/// Attributes every sentence of `article`, in order (one [`Said`] per sentence), and returns the
/// organisations that spoke with an actor, in the order they did, for their head nouns (`the
/// army` -> `Sudan's army` -> Sudanese Armed Forces, see [`head_nouns`]).
///
/// `starts` holds the word starts of each sentence and `body_mentions` the actor mentions of the
/// whole body, computed once by the caller; `tokens` makes the tokens of a sentence only where
/// they are read: a sentence with a reporting verb, or one that may name a person (see
/// [`may_name_persons`]). The others (two in five of the bench's news text) are not tokenized
/// here.
pub(crate) fn attribute<'a>(
    article: &'a Article,
    tokens: &mut SentenceTokens<'a>,
    starts: &[Words<'_>],
    body_mentions: &[Mention],
    facts: &crate::claims::ArticleFacts,
) -> (Vec<Said<'a>>, Vec<(String, &'static str)>) {
    let mut memory = Memory {
        // "MOSCOW (Reuters) - The defence ministry said": the ministry of the dateline's country,
        // when the story is about that country (one of its sides, or named twice): "CAIRO (AP)
        // -" over news of Sudan is where the bureau is, and "Army spokesman" there is Sudan's.
        home: article
            .dateline
            .as_deref()
            .and_then(|d| {
                mentions(&title_case(d))
                    .into_iter()
                    .find(|m| m.kind == ActorKind::Capital)
            })
            .map(|m| m.actor)
            .filter(|home| {
                facts.sides.contains(home)
                    || body_mentions.iter().filter(|m| m.actor == *home).count() >= 2
            }),
        army: most_named_army(body_mentions),
        state: facts.state.zip(facts.state_army),
        group: facts.main_group,
        ..Memory::default()
    };
    let mut out: Vec<Said<'a>> = Vec::with_capacity(article.sentences.len());
    // The body's mentions inside the current sentence, one buffer for all sentences, and one
    // for the reporting verbs of each.
    let mut inside: Vec<Mention> = Vec::new();
    let mut hits = ReportHits::new();
    let mut phrases = PhraseActors::default();
    let mut next_mention: usize = 0;
    for (index, sentence) in article.sentences.iter().enumerate() {
        let text = crate::text::span_text(&article.body, sentence.span);
        let starts = starts.get(index).copied().unwrap_or(Words::of(&[]));
        reporting_hits(text, starts, &mut hits);
        // The body's mentions inside this sentence (with offsets into the body: whether one is
        // a person does not depend on them).
        let first = first_not_before(
            body_mentions,
            |m| m.start,
            sentence.span.start,
            &mut next_mention,
        );
        let after = body_mentions.get(first..).unwrap_or(&[]);
        let count = after
            .iter()
            .take_while(|m| m.end <= sentence.span.end)
            .count();
        let mentioned = after.get(..count).unwrap_or(&[]);
        // Without a reporting verb a sentence has no speaker, and without a possible person
        // nothing to remember: its tokens are not needed.
        let may_name = may_name_persons(text, starts, mentioned);
        let tokens = if !hits.is_empty() || may_name {
            tokens.of(index, text)
        } else {
            &[]
        };
        let said = find_with(text, tokens, starts, &memory, &mut phrases, &hits);
        let named = if may_name {
            // The mentions with offsets into the sentence, only where persons are read.
            inside.clear();
            inside.extend(mentioned.iter().map(|m| Mention {
                start: m.start - sentence.span.start,
                end: m.end - sentence.span.start,
                ..*m
            }));
            persons(text, tokens, starts, &inside)
        } else {
            Vec::new()
        };
        memory.learn(text, named, &said);
        out.push(said);
    }
    let quotes = QuoteMarks::of(&article.body);
    carry_quotes(article, &quotes, &mut out);
    carry_to_whole_quote(article, &quotes, &mut out);
    let spoke = memory
        .orgs
        .into_iter()
        .filter_map(|org| Some((org.speaker, org.actor?)))
        .collect();
    (out, spoke)
}

/// Whether `text` names a country (by name, capital or demonym).
fn names_a_country(text: &str) -> bool {
    mentions(text).iter().any(|m| {
        matches!(
            m.kind,
            ActorKind::Country | ActorKind::Capital | ActorKind::Demonym
        )
    })
}

/// The military actor named most often in the body (first named on a tie).
fn most_named_army(body_mentions: &[Mention]) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for m in body_mentions
        .iter()
        .filter(|m| m.kind == ActorKind::Military)
    {
        match counts.iter_mut().find(|(a, _)| *a == m.actor) {
            Some(entry) => entry.1 += 1,
            None => counts.push((m.actor, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(a, _)| *a)
}

/// Gives the sentences of a quote that spans sentences the speaker named where the quote closes
/// (or, failing that, where it opens).
fn carry_quotes(article: &Article, quotes: &QuoteMarks, said: &mut [Said<'_>]) {
    let mut next_quote = 0;
    let mut open_since: Option<usize> = None;
    for index in 0..article.sentences.len() {
        let Some(sentence) = article.sentences.get(index) else {
            continue;
        };
        if let Some(start) = open_since {
            let same_paragraph = article
                .sentences
                .get(start)
                .is_some_and(|s| s.paragraph == sentence.paragraph);
            if !same_paragraph {
                open_since = None;
            }
        }
        // A sentence without a quote mark (most) neither opens nor closes a quote.
        if !quotes.any_in(sentence.span, &mut next_quote) {
            continue;
        }
        let text = crate::text::span_text(&article.body, sentence.span);
        let (opens, closes, straight) = quote_marks(text);
        let starts_in_quote = open_since.is_some();
        let balance = opens as isize - closes as isize;
        if !starts_in_quote
            && (balance > 0 || (straight % 2 == 1 && text.trim_start().starts_with('"')))
        {
            open_since = Some(index);
            continue;
        }
        if starts_in_quote && (balance < 0 || straight % 2 == 1) {
            let Some(start) = open_since.take() else {
                continue;
            };
            // The quote ran from `start` to `index`.
            let source = said
                .get(index)
                .filter(|s| !s.is_reporter())
                .or_else(|| said.get(start).filter(|s| !s.is_reporter()))
                .cloned();
            if let Some(source) = source {
                for k in start..=index {
                    if let Some(target) = said.get_mut(k)
                        && target.is_reporter()
                    {
                        *target = Said {
                            verb_at: None,
                            speaker_at: None,
                            rule: "attribution.quote_spans_sentences",
                            ..source.clone()
                        };
                    }
                }
            }
        }
    }
}

/// `"We have left the village." The commander said so on Telegram.`: a sentence that is one
/// whole quote with no attribution of its own takes the speaker of the next sentence of its
/// paragraph.
fn carry_to_whole_quote(article: &Article, quotes: &QuoteMarks, said: &mut [Said<'_>]) {
    let mut next_quote = 0;
    for index in 0..article.sentences.len().saturating_sub(1) {
        let (Some(sentence), Some(next)) = (
            article.sentences.get(index),
            article.sentences.get(index + 1),
        ) else {
            continue;
        };
        // A sentence without a quote mark does not open with one.
        if sentence.paragraph != next.paragraph
            || !said.get(index).is_some_and(Said::is_reporter)
            || !quotes.any_in(sentence.span, &mut next_quote)
        {
            continue;
        }
        let text = crate::text::trim(crate::text::span_text(&article.body, sentence.span));
        let opens = text.starts_with(['"', '\u{201c}']);
        let closes = text.ends_with(['"', '\u{201d}']);
        // Only a sentence that opens and closes with a quote mark is read for one inside.
        if !(opens && closes)
            || text
                .get(1..text.len().saturating_sub(1))
                .unwrap_or("")
                .contains(['"', '\u{201c}', '\u{201d}'])
        {
            continue;
        }
        let Some(source) = said
            .get(index + 1)
            .filter(|s| !s.is_reporter() && s.rule != "attribution.quote_spans_sentences")
            .cloned()
        else {
            continue;
        };
        if let Some(target) = said.get_mut(index) {
            *target = Said {
                verb_at: None,
                speaker_at: None,
                rule: "attribution.quote_next_sentence",
                ..source
            };
        }
    }
}

/// Where an article's body has a double quote mark: a `"`, or the first byte of a curly one
/// (found in one pass, with the bytes 0xE2 that start an apostrophe or a dash left out).
struct QuoteMarks {
    at: Vec<usize>,
}

impl QuoteMarks {
    fn of(body: &str) -> QuoteMarks {
        let bytes = body.as_bytes();
        let at = memchr::memchr2_iter(b'"', 0xE2, bytes)
            .filter(|&at| {
                bytes.get(at) == Some(&b'"')
                    || matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x9D]))
            })
            .collect();
        QuoteMarks { at }
    }

    /// Whether the body has a quote mark in `span`. `next` is where the marks of the span read
    /// before start (0 at first), and is moved to the first mark not before this span: spans
    /// read in text order (the sentences) step over the marks in between, and a span before the
    /// one read last is found by a search.
    fn any_in(&self, span: claimtrack_model::Span, next: &mut usize) -> bool {
        let first = first_not_before(&self.at, |&mark| mark, span.start, next);
        self.at.get(first).is_some_and(|&mark| mark < span.end)
    }
}

/// How many opening (`\u{201c}`), closing (`\u{201d}`) and straight (`"`) double quotes `text`
/// holds. Every sentence is counted and most have no quote at all: one pass that the compiler
/// vectorises (it does not stop early) tells whether there is anything to count.
fn quote_marks(text: &str) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    if !has_quote_byte(bytes) {
        return (0, 0, 0);
    }
    let straight = bytes.iter().filter(|&&byte| byte == b'"').count();
    let (mut opens, mut closes) = (0, 0);
    // U+201C and U+201D are E2 80 9C and E2 80 9D in UTF-8.
    if bytes.contains(&0xE2) {
        for (at, _) in bytes.iter().enumerate().filter(|(_, byte)| **byte == 0xE2) {
            match bytes.get(at + 1..at + 3) {
                Some([0x80, 0x9C]) => opens += 1,
                Some([0x80, 0x9D]) => closes += 1,
                _ => {}
            }
        }
    }
    (opens, closes, straight)
}

/// Whether `bytes` holds a `"` or a 0xE2 (the first byte of a curly quote), read eight bytes at a
/// time: a byte of a block equals one of them exactly when its XOR with it is zero, and the
/// classic `(x - 0x01..) & !x & 0x80..` test finds a zero byte in all eight at once.
fn has_quote_byte(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & crate::lexicon::HIGH_BITS != 0;
    let mut blocks = bytes.chunks_exact(8);
    for block in &mut blocks {
        let mut word = [0; 8];
        word.copy_from_slice(block);
        let word = u64::from_le_bytes(word);
        if has_zero(word ^ (ONES * u64::from(b'"'))) || has_zero(word ^ (ONES * 0xE2)) {
            return true;
        }
    }
    blocks
        .remainder()
        .iter()
        .any(|&byte| byte == b'"' || byte == 0xE2)
}

/// Finds the attribution of one sentence (with its tokens and word starts): [`find_with`] with a
/// buffer of its own.
#[cfg(test)]
pub(crate) fn find<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    starts: &[crate::lexicon::WordStart],
    memory: &Memory,
) -> Said<'t> {
    let mut hits = Vec::new();
    reporting_hits(text, Words::of(starts), &mut hits);
    let mut phrases = PhraseActors::default();
    find_with(text, tokens, Words::of(starts), memory, &mut phrases, &hits)
}

/// Whether the reporting verb at byte `verb_start` is in a relative clause on a noun of what is
/// said or won, after a comma: "..., an allegation the Israeli military denied", "..., a claim
/// that Kyiv rejected", "..., a victory the junta hailed as a turning point".
fn on_a_noun(tokens: &[Token<'_>], verb_start: usize) -> bool {
    let verb = crate::text::token_at(tokens, verb_start);
    // "after months of assaults that Western analysts say cost Russia thousands of men": what
    // some say of a noun, in a clause of its own.
    let said_of_a_noun = tokens.get(verb).is_some_and(|v| v.is_any(&["say", "says"]))
        && (verb.saturating_sub(6)..verb).any(|k| {
            tokens.get(k).is_some_and(|t| t.is_any(&["that", "which"]))
                && k.checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| p.is_word() && !p.is_capitalised())
                && tokens
                    .get(k + 1..verb)
                    .is_some_and(|between| between.iter().all(|t| t.kind != TokenKind::Punct))
        });
    said_of_a_noun
        || (verb.saturating_sub(7)..verb).any(|k| {
            tokens.get(k).is_some_and(|t| t.is_punct(","))
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is_any(&["a", "an", "the"]))
                && tokens.get(k + 2).is_some_and(|t| {
                    t.is_any(&[
                        "allegation",
                        "claim",
                        "accusation",
                        "charge",
                        "assertion",
                        "version",
                        "victory",
                    ])
                })
                && tokens
                    .get(k + 3..verb)
                    .is_some_and(|between| between.iter().all(|t| t.kind != TokenKind::Punct))
        })
}

/// The reporting verbs found in a sentence, a buffer that [`attribute`] reuses for all its
/// sentences.
type ReportHits = Vec<crate::lexicon::Hit<'static, ReportForm>>;

/// Fills `hits` with the reporting verbs of a sentence (with its word starts).
fn reporting_hits(text: &str, starts: Words<'_>, hits: &mut ReportHits) {
    let reporting: &'static crate::lexicon::Lexicon<ReportForm> = &REPORTING;
    hits.clear();
    reporting.each_from(text, starts, |hit| {
        // A capital makes it a name ("the United States"), except an opening "According to".
        let first = text.get(hit.start..).and_then(|r| r.chars().next());
        if first.is_some_and(char::is_lowercase)
            || (*hit.value == ReportForm::According && hit.start == 0)
        {
            hits.push(hit);
        }
        true
    });
}

/// Finds the attribution of one sentence (with its tokens and word starts) from its reporting
/// verbs, `hits` ([`reporting_hits`]). Without one it is in the reporter's voice, and its tokens
/// are not read.
fn find_with<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    starts: Words<'_>,
    memory: &Memory,
    phrases: &mut PhraseActors<'t>,
    hits: &ReportHits,
) -> Said<'t> {
    if hits.is_empty() {
        return Said::default();
    }
    // "..., an allegation the Israeli military denied", "a victory the junta hailed": a verb in
    // a relative clause on a noun reports nothing of the sentence.
    let kept: ReportHits;
    let hits = if hits.iter().any(|hit| on_a_noun(tokens, hit.start)) {
        kept = hits
            .iter()
            .filter(|hit| !on_a_noun(tokens, hit.start))
            .copied()
            .collect();
        if kept.is_empty() {
            return Said::default();
        }
        &kept
    } else {
        hits
    };
    // "according to X" names its speaker most plainly; not "treated according to the Geneva
    // Conventions", a way of doing something (after a verb, or before a rule).
    for hit in hits.iter().filter(|h| *h.value == ReportForm::According) {
        let first = crate::text::token_at(tokens, hit.end);
        let at = crate::text::token_at(tokens, hit.start);
        let after_verb = at
            .checked_sub(1)
            .and_then(|k| tokens.get(k))
            .is_some_and(|t| {
                t.is_any(&[
                    "treated",
                    "handled",
                    "dealt",
                    "act",
                    "acted",
                    "proceed",
                    "distributed",
                ])
            });
        let rule = (first..(first + 4).min(tokens.len()))
            .filter_map(|k| tokens.get(k))
            .any(|t| {
                t.is_any(&[
                    "law",
                    "laws",
                    "conventions",
                    "convention",
                    "rules",
                    "terms",
                    "constitution",
                    "protocol",
                    "procedures",
                ])
            });
        if after_verb || rule {
            continue;
        }
        if let Some((a, b)) = phrase_after(tokens, first) {
            let mut said = resolved(
                text,
                tokens,
                starts,
                (a, b),
                hit,
                "attribution.according_to",
                memory,
                phrases,
            );
            // "X told residents they had until Friday to leave, according to a video posted on
            // social media": a medium that names no one carries the word of the sentence's own
            // speaker, whose side it is.
            if said.actor.is_none()
                && tokens
                    .get(a..=b)
                    .is_some_and(|p| p.iter().any(|t| MEDIUM_NOUNS.contains(t)))
            {
                let others: ReportHits = hits
                    .iter()
                    .filter(|h| *h.value != ReportForm::According)
                    .copied()
                    .collect();
                said.actor = find_with(text, tokens, starts, memory, phrases, &others).actor;
            }
            // "according to DeepState, a Ukrainian monitoring project, ...": the nationality
            // of the appositive.
            if said.actor.is_none() {
                said.actor = appositive_nationality(text, tokens, b + 1);
            }
            return said;
        }
    }
    // "Rebels took the town on Tuesday, two diplomats said on Wednesday": a reporting clause
    // that closes the sentence names who says all of it, whatever verbs come before.
    if let Some(found) = closing_clause(text, tokens, starts, hits, memory, phrases) {
        return found;
    }
    for hit in hits.iter().filter(|h| *h.value != ReportForm::According) {
        let verb_index = crate::text::token_at(tokens, hit.start);
        let before = verb_index.checked_sub(1).and_then(|i| tokens.get(i));
        let verb_text = slice(text, hit.start, hit.end);
        // "to say", "would claim", "so-called", "self-declared": not a report.
        if before.is_some_and(|t| {
            t.is_any(&[
                "to", "would", "will", "could", "not", "did", "can", "may", "might",
            ]) || t.is_punct("-")
        }) || text.get(..hit.start).is_some_and(|b| b.ends_with('-'))
        {
            continue;
        }
        // "India declared an official persona non grata", "declared a state of emergency": a
        // verb of acts, not of saying, unless what follows is what was said.
        if ["declared", "declares"]
            .iter()
            .any(|w| verb_text.eq_ignore_ascii_case(w))
            && tokens
                .get(crate::text::token_at(tokens, hit.end))
                .is_some_and(|t| {
                    t.is_word() && !t.is_any(&["that", "on", "in", "at", "late", "early"])
                })
        {
            continue;
        }
        // "an island in the Cuyuni River claimed by Guyana", "a town reported by residents to
        // be empty": a participle of the passive, whose subject says nothing.
        if tokens
            .get(crate::text::token_at(tokens, hit.end))
            .is_some_and(|t| t.is("by"))
            && !verb_text.contains(' ')
        {
            continue;
        }
        // "a warning that aid groups said could amount to ...": a verb of saying inside a
        // relative clause on a noun reports that clause only.
        // The auxiliary after the verb is looked for first: it is rare, and the subject is
        // read only then.
        if tokens.get(verb_index + 1).is_some_and(|t| {
            t.is_any(&[
                "could", "would", "was", "were", "is", "are", "had", "has", "might",
            ])
        }) && let Some((first, last, false)) = subject_before(tokens, verb_index)
            && first >= 1
        {
            let noun = |k: usize| {
                tokens.get(k).is_some_and(|t| {
                    t.is_word()
                        && !t.is_capitalised()
                        && !SAYING_VERBS.contains(&t.text)
                        && !t.is_any(&["and", "but", "or", "that", "which", "as", "because"])
                })
            };
            // "a warning that aid groups said could ...", or with no "that": "the bodies of
            // 1,000 people it says are fallen soldiers".
            let with_that = first >= 2
                && tokens.get(first - 1).is_some_and(|t| t.is("that"))
                && noun(first - 2);
            let pronoun = first == last
                && tokens
                    .get(first)
                    .is_some_and(|t| t.is_any(&["it", "they", "he", "she", "we"]))
                && noun(first - 1);
            if with_that || pronoun {
                continue;
            }
        }
        // "called on Monday for a truce": the verb is "called", not "called on".
        if crate::text::ends_with_ignore_case(verb_text, " on")
            && tokens
                .get(crate::text::token_at(tokens, hit.end))
                .is_some_and(|t| crate::text::CALENDAR.contains(t))
        {
            continue;
        }
        // "member states", "the Gulf states": a noun, not the verb "states".
        if verb_text.eq_ignore_ascii_case("states")
            && before.is_some_and(|t| {
                t.is_any(&[
                    "member", "the", "all", "other", "island", "Gulf", "Arab", "Baltic", "nuclear",
                ])
            })
        {
            continue;
        }
        // "The latest claims came as ...", "such reports": a plural noun after a determiner or
        // an adjective, not the verb.
        if ["claims", "reports"]
            .iter()
            .any(|w| verb_text.eq_ignore_ascii_case(w))
            && before.is_some_and(|t| {
                t.is_any(&[
                    "the",
                    "these",
                    "those",
                    "such",
                    "latest",
                    "new",
                    "earlier",
                    "previous",
                    "recent",
                    "similar",
                    "its",
                    "their",
                    "his",
                    "her",
                    "our",
                    "unverified",
                    "conflicting",
                    "rival",
                    "competing",
                    "media",
                ])
            })
        {
            continue;
        }
        // Bare present forms report only with a plural subject: "officials say".
        if ["say", "claim", "deny"]
            .iter()
            .any(|w| verb_text.eq_ignore_ascii_case(w))
            && before.is_some_and(|t| t.is_any(&["i", "we", "you"]))
        {
            continue;
        }
        if let Some(found) = subject_before(tokens, verb_index) {
            // "In a statement posted on Telegram, the ministry denied": a medium is not the
            // speaker; the next reporting verb names who speaks.
            if is_medium(tokens.get(found.0..=found.1).unwrap_or(&[])) {
                continue;
            }
            // "Under the deal announced late on Sunday, ...": a participle after a phrase that
            // opens with a preposition has no subject.
            if tokens.get(found.0).is_some_and(|t| {
                t.is_any(&[
                    "under",
                    "in",
                    "with",
                    "after",
                    "before",
                    "during",
                    "following",
                ])
            }) {
                continue;
            }
            // "The rebels, who Kinshasa and UN experts say are backed by Rwanda, seized Goma":
            // a verb of saying inside a relative clause reports that clause only.
            if !found.2
                && tokens
                    .get(found.0)
                    .is_some_and(|t| t.is_any(&["who", "which", "whom", "that"]))
            {
                continue;
            }
            let rule = if found.2 {
                "attribution.appositive"
            } else {
                "attribution.said_after"
            };
            let mut said = resolved(
                text,
                tokens,
                starts,
                (found.0, found.1),
                hit,
                rule,
                memory,
                phrases,
            );
            // "Vladyslav Voloshyn, a spokesman for Ukraine's Southern Defence Forces, denied":
            // a speaker the article does not place speaks for the side the description names.
            // "the army, known as the SSPDF, said": another name says more than the first.
            if found.2
                && let Some((actor, alias)) = description_actor(text, tokens, found.1, verb_index)
                && (said.actor.is_none() || alias)
            {
                said.actor = Some(actor);
            }
            // "Phnom Penh has repeatedly demanded the return of ...", "The group also called on
            // the government to free ...": a side that makes a demand is a party to it, not a
            // speaker who reports it (an official who demands still speaks).
            said.party_only = ["demanded", "demands", "called on", "calls on"]
                .iter()
                .any(|v| verb_text.eq_ignore_ascii_case(v))
                && tokens
                    .get(found.0)
                    .zip(tokens.get(found.1))
                    .is_some_and(|(first, last)| {
                        side_as_subject(text.get(first.start..last.end).unwrap_or(""))
                    });
            return said;
        }
        let verb_end_index = crate::text::token_at(tokens, hit.end);
        let after_clause = before.is_none_or(|t| t.is_punct(",\u{201d}\"\u{2019}'"));
        // "Ukrainian officials spoke on Friday, dismissing Moscow's claim": a participle's
        // speaker is the subject that opens the sentence, and what follows is its object.
        let participle = crate::text::ends_with_ignore_case(verb_text, "ing");
        if participle {
            if let Some((a, b)) = phrase_after(tokens, 0)
                && b < verb_index
                && tokens.get(b + 1).is_some_and(|t| !t.is_punct(","))
            {
                return resolved(
                    text,
                    tokens,
                    starts,
                    (a, b),
                    hit,
                    "attribution.participle_subject",
                    memory,
                    phrases,
                );
            }
            continue;
        }
        if after_clause
            && let Some((a, b)) = phrase_after(tokens, verb_end_index)
            && !is_medium(tokens.get(a..=b).unwrap_or(&[]))
            // "said on Monday it had": the reported clause's subject, not who speaks.
            && !tokens.get(a).is_some_and(|t| {
                t.is_any(&["it", "they", "he", "she", "we", "its", "their"])
                    || crate::text::CALENDAR.contains(t)
            })
        {
            return resolved(
                text,
                tokens,
                starts,
                (a, b),
                hit,
                "attribution.said_before",
                memory,
                phrases,
            );
        }
    }
    Said::default()
}

/// The attribution of a sentence that ends with `, <speaker> <verb> [time words].` when an
/// earlier verb could also pass for a report.
fn closing_clause<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    starts: Words<'_>,
    hits: &[crate::lexicon::Hit<'_, ReportForm>],
    memory: &Memory,
    phrases: &mut PhraseActors<'t>,
) -> Option<Said<'t>> {
    if hits.len() < 2 {
        return None;
    }
    let hit = hits.last().filter(|h| *h.value != ReportForm::According)?;
    let verb_index = crate::text::token_at(tokens, hit.start);
    let verb_end = crate::text::token_at(tokens, hit.end);
    let rest = tokens.get(verb_end..)?;
    let only_time_after = rest.len() <= 6
        && rest.iter().all(|t| {
            t.kind == TokenKind::Punct
                || t.kind == TokenKind::Number
                || t.is_any(&[
                    "on",
                    "in",
                    "last",
                    "this",
                    "late",
                    "early",
                    "a",
                    "statement",
                ])
                || crate::text::CALENDAR.contains(t)
        });
    if !only_time_after {
        return None;
    }
    let (a, b, appositive) = subject_before(tokens, verb_index)?;
    let after_comma = a
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| t.is_punct(","));
    // "..., a claim Kyiv's military immediately rejected": what the sentence's claim is called
    // by the other side, not who says the sentence.
    let claim_described = tokens.get(a).is_some_and(|t| t.is_any(&["a", "the"]))
        && tokens
            .get(a + 1)
            .is_some_and(|t| t.is_any(&["claim", "claims", "statement", "report", "reports"]));
    if !after_comma || claim_described || is_medium(tokens.get(a..=b).unwrap_or(&[])) {
        return None;
    }
    let rule = if appositive {
        "attribution.appositive"
    } else {
        "attribution.closing_clause"
    };
    Some(resolved(
        text,
        tokens,
        starts,
        (a, b),
        hit,
        rule,
        memory,
        phrases,
    ))
}

/// Builds a [`Said`] from the speaker tokens `a..=b` and the verb.
#[expect(
    clippy::too_many_arguments,
    reason = "the sentence, its speaker and verb, and the article's two memories"
)]
fn resolved<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    starts: Words<'_>,
    (a, b): (usize, usize),
    verb: &crate::lexicon::Hit<'_, ReportForm>,
    rule: &'static str,
    memory: &Memory,
    phrases: &mut PhraseActors<'t>,
) -> Said<'t> {
    let verb_at = (verb.start, verb.end);
    let (Some(first), Some(last)) = (tokens.get(a), tokens.get(b)) else {
        return Said::default();
    };
    let written = slice(text, first.start, last.end);
    let earlier = tokens.get(..a).unwrap_or(&[]);
    // The phrase's word starts are those of the sentence within it: its actors are found
    // without reading it again for them (where it is written as sliced, nothing trimmed).
    // A speaker written as before in the article ("the ministry said" again) has the actor it
    // had then: the actor of a phrase depends on its words only.
    let actor_in_phrase = || {
        phrases.actor_of(written, || {
            if written.len() == last.end.saturating_sub(first.start) {
                // What follows a phrase that ends the sentence is not known here.
                let runs_on = text
                    .as_bytes()
                    .get(last.end)
                    .is_none_or(u8::is_ascii_alphanumeric);
                actor_of_phrase_at(written, starts, first.start, runs_on)
            } else {
                actor_of_phrase(written)
            }
        })
    };
    let (speaker, actor, resolution) = memory.resolve(
        text,
        earlier,
        written,
        tokens.get(a..=b).unwrap_or(&[]),
        actor_in_phrase,
    );
    let actor = actor.or_else(|| region_authority(written));
    Said {
        speaker: Some(speaker),
        actor,
        verb: Some(lowercase_first(slice(text, verb_at.0, verb_at.1))),
        form: Some(*verb.value),
        verb_at: Some(verb_at),
        speaker_at: Some((first.start, last.end)),
        rule,
        resolution,
        party_only: false,
    }
}

/// The country of a region whose authority speaks: "the Kaduna State Police Command", "the
/// Borno State Government" speak for Nigeria. A resident of the region speaks for no one, nor
/// does a ministry named after one ("the Gaza health ministry").
fn region_authority(speaker: &str) -> Option<&'static str> {
    const AUTHORITIES: &[&str] = &[
        "government",
        "governor",
        "police",
        "command",
        "administration",
        "commissioner",
        "assembly",
        "authorities",
    ];
    let authority = speaker.split(|c: char| !c.is_alphanumeric()).any(|word| {
        AUTHORITIES
            .iter()
            .any(|authority| word.eq_ignore_ascii_case(authority))
    });
    if !authority {
        return None;
    }
    speaker
        .char_indices()
        .filter(|&(at, c)| {
            c.is_uppercase()
                && speaker[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|before| !before.is_alphanumeric())
        })
        .find_map(|(at, _)| crate::lexicon::REGIONS.at(speaker, at))
        .map(|hit| *hit.value)
}

/// "According to" opening a sentence is the verb "according to".
fn lowercase_first(verb: &str) -> Cow<'_, str> {
    // Nearly every verb starts with an ASCII letter, most already lower-case.
    match verb.as_bytes().first() {
        Some(first) if first.is_ascii() && !first.is_ascii_uppercase() => Cow::Borrowed(verb),
        Some(first) if first.is_ascii() => {
            let mut lower = verb.to_owned();
            if let Some(first) = lower.get_mut(..1) {
                first.make_ascii_lowercase();
            }
            Cow::Owned(lower)
        }
        _ => {
            let mut chars = verb.chars();
            match chars.next() {
                Some(first) => Cow::Owned(first.to_lowercase().chain(chars).collect()),
                None => Cow::Borrowed(""),
            }
        }
    }
}

/// The subject before the verb at token `verb`: token indices `(first, last, appositive)`.
fn subject_before(tokens: &[Token<'_>], verb: usize) -> Option<(usize, usize, bool)> {
    let mut j = verb.checked_sub(1)?;
    // Skip auxiliaries, adverbs and time words: "Russia on Wednesday said", "it had also said".
    loop {
        let token = tokens.get(j)?;
        let skip = SKIP_BEFORE_VERB_SET.contains(token)
            || token.kind == TokenKind::Number
            || crate::text::CALENDAR.contains(token);
        if !skip {
            break;
        }
        j = j.checked_sub(1)?;
    }
    // "Al-Shabaab, however, claimed", "Kyiv, for its part, said": a discourse adverb or phrase
    // between commas is not an appositive; the subject is before it.
    if tokens.get(j).is_some_and(|t| t.is_punct(","))
        && let Some(len) = DISCOURSE_PHRASES.iter().find_map(|phrase| {
            let start = j.checked_sub(phrase.len())?;
            let words = tokens.get(start..j)?;
            let set_off = start
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is_punct(","));
            (set_off && words.iter().zip(phrase.iter()).all(|(t, w)| t.is(w)))
                .then_some(phrase.len())
        })
    {
        j = j.checked_sub(len + 2)?;
    }
    let token = tokens.get(j)?;
    if token.is_punct(",") {
        return appositive_before(tokens, j);
    }
    let (mut first, last) = phrase_before(tokens, j)?;
    // "citizens, whose release Washington has demanded": the subject after the relative
    // word and its noun.
    if tokens.get(first).is_some_and(|t| t.is("whose")) {
        first = (first + 1..=last).find(|&k| tokens.get(k).is_some_and(Token::is_capitalised))?;
    }
    Some((first, last, false))
}

/// Adverbs and phrases set off by commas between a subject and its verb ("Russia, meanwhile,
/// said", "Kyiv, for its part, said").
const DISCOURSE_PHRASES: &[&[&str]] = &[
    &["however"],
    &["meanwhile"],
    &["meantime"],
    &["though"],
    &["separately"],
    &["instead"],
    &["nevertheless"],
    &["nonetheless"],
    &["too"],
    &["also"],
    &["likewise"],
    &["moreover"],
    &["earlier"],
    &["later"],
    &["for", "its", "part"],
    &["for", "their", "part"],
    &["for", "his", "part"],
    &["for", "her", "part"],
    &["in", "turn"],
    &["in", "response"],
    &["in", "a", "statement"],
];

/// The actor of the description between a speaker's name (ending at token `name_last`) and the
/// reporting verb at token `verb` (`Voloshyn, a spokesman for Ukraine's Southern Defence Forces,
/// denied`), and whether the description is another name (`the army, known as the SSPDF,`).
fn description_actor(
    text: &str,
    tokens: &[Token<'_>],
    name_last: usize,
    verb: usize,
) -> Option<(&'static str, bool)> {
    if !tokens.get(name_last + 1)?.is_punct(",") {
        return None;
    }
    let mut at = name_last + 2;
    let alias = tokens.get(at).is_some_and(|t| t.is("also"));
    let alias = alias && tokens.get(at + 1).is_some_and(|t| t.is("known"))
        || tokens.get(at).is_some_and(|t| t.is("known"));
    if alias {
        at = (at..at + 3).find(|&k| tokens.get(k).is_some_and(|t| t.is("as")))? + 1;
    }
    let first = tokens.get(at)?;
    let close = (at..verb)
        .rev()
        .find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(",")))?;
    let last = tokens.get(close.checked_sub(1)?)?;
    // "Hadi Haig, who heads the Yemeni government's prisoner affairs committee, said".
    if !(alias || first.is_any(&["a", "an", "the", "who"])) || last.end <= first.start {
        return None;
    }
    actor_of_phrase(text.get(first.start..last.end)?).map(|actor| (actor, alias))
}

/// `Ukraine's top commander, Oleksandr Syrskyi, said` and `Umerov, who led the delegation, said`.
fn appositive_before(tokens: &[Token<'_>], comma: usize) -> Option<(usize, usize, bool)> {
    // A relative clause with its own verbs ("who asked not to be named", "who has freed dozens
    // this year") stops the backward phrase early, so look for its opening word directly.
    if let Some(found) = relative_clause_before(tokens, comma) {
        return Some(found);
    }
    // "the army, known as the South Sudan People's Defence Forces (SSPDF), said": the name
    // before its other name.
    if let Some(opening) = (comma.saturating_sub(20)..comma).rev().find(|&k| {
        tokens.get(k).is_some_and(|t| t.is("known"))
            && (tokens
                .get(k.wrapping_sub(1))
                .is_some_and(|t| t.is_punct(","))
                || tokens.get(k.wrapping_sub(1)).is_some_and(|t| t.is("also"))
                    && tokens
                        .get(k.wrapping_sub(2))
                        .is_some_and(|t| t.is_punct(",")))
            && tokens.get(k + 1).is_some_and(|t| t.is("as"))
    }) {
        let comma_before = (opening.saturating_sub(2)..opening)
            .rev()
            .find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(",")))?;
        let (first, last) = phrase_before(tokens, comma_before.checked_sub(1)?)?;
        return Some((first, last, true));
    }
    // "Dawlah Islamiyah, in a message posted on Facebook, denied", "An RSF adviser, speaking
    // to Sudan Tribune by telephone, denied": the subject before an aside.
    if let Some(open) = (comma.saturating_sub(16)..comma)
        .rev()
        .find(|&k| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct))
        && tokens.get(open).is_some_and(|t| t.is_punct(","))
        && let Some(opener) = tokens.get(open + 1)
        && (opener.is_any(&["in", "on", "via", "through", "citing", "quoting"])
            || opener.is_word() && !opener.is_capitalised() && opener.text.ends_with("ing"))
        && let Some(before) = open.checked_sub(1)
        && let Some((first, last)) = phrase_before(tokens, before)
    {
        return Some((first, last, true));
    }
    let (name_first, name_last) = phrase_before(tokens, comma.checked_sub(1)?)?;
    let name_first_token = tokens.get(name_first)?;
    if name_first_token.is_any(RELATIVE_WORDS) {
        // Skip the relative clause and take the name before it.
        let before = name_first.checked_sub(1)?;
        if !tokens.get(before)?.is_punct(",") {
            return None;
        }
        let (first, last) = phrase_before(tokens, before.checked_sub(1)?)?;
        return Some((first, last, true));
    }
    // "Memorial, a rights group, says", "JNIM, al-Qaeda's branch in the Sahel, claimed", "the
    // Arakan Army, one of Myanmar's most powerful armed groups, said": a description after
    // the name; the name (with its abbreviation in brackets) speaks.
    let mut name_first = name_first;
    if name_first >= 2
        && tokens.get(name_first - 1).is_some_and(|t| t.is("of"))
        && tokens.get(name_first - 2).is_some_and(|t| t.is("one"))
    {
        name_first -= 2;
    }
    let name_first_token = tokens.get(name_first)?;
    let described = name_first_token.is_any(&["a", "an"])
        || name_first_token.is("one") && tokens.get(name_first + 1).is_some_and(|t| t.is("of"))
        || tokens
            .get(name_first + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
    if described
        && let Some(before) = name_first.checked_sub(1)
        && tokens.get(before)?.is_punct(",")
        && let Some((first, last)) = phrase_before(tokens, before.checked_sub(1)?)
        && tokens
            .get(first..=last)?
            .iter()
            .all(|t| t.is_capitalised() || t.kind == TokenKind::Possessive || t.is_punct("()"))
    {
        return Some((first, last, true));
    }
    // "Viktor Trehubov, spokesperson for the Khortytsia group of forces, acknowledged": a
    // title after the name; the speaker is both, as written.
    if !name_first_token.is_capitalised()
        && tokens
            .get(name_first..=name_last)?
            .iter()
            .any(|t| TITLES.contains(t) || t.is_any(SPEAKER_TITLES))
        && let Some(before) = name_first.checked_sub(1)
        && tokens.get(before)?.is_punct(",")
        && let Some((first, last)) = phrase_before(tokens, before.checked_sub(1)?)
        && tokens
            .get(first..=last)?
            .iter()
            .all(|t| t.is_capitalised() || t.is_punct("."))
    {
        return Some((first, name_last, true));
    }
    // The name must look like a name: capitalised words only.
    let is_name = tokens
        .get(name_first..=name_last)?
        .iter()
        .all(|t| t.is_capitalised() || t.is_punct("."));
    if !is_name {
        return None;
    }
    let before = name_first.checked_sub(1);
    if let Some(before) = before
        && tokens.get(before)?.is_punct(",")
        && let Some(prev_last) = before.checked_sub(1)
        && let Some((title_first, _)) = phrase_before(tokens, prev_last)
        && tokens
            .get(prev_last)
            .is_some_and(|t| TITLES.contains(t) || t.is_word())
    {
        return Some((title_first, name_last, true));
    }
    Some((name_first, name_last, true))
}

/// `A militia commander, who asked not to be named, said`: the phrase before a relative clause
/// that ends at `comma`, found by reading back to a `, who` with no other punctuation between.
fn relative_clause_before(tokens: &[Token<'_>], comma: usize) -> Option<(usize, usize, bool)> {
    let lowest = comma.saturating_sub(20);
    let mut k = comma.checked_sub(1)?;
    while k > lowest {
        let token = tokens.get(k)?;
        if token.kind == TokenKind::Punct {
            return None;
        }
        if token.is_any(RELATIVE_WORDS) {
            if !tokens.get(k - 1)?.is_punct(",") {
                return None;
            }
            let (first, last) = phrase_before(tokens, k.checked_sub(2)?)?;
            return Some((first, last, true));
        }
        k -= 1;
    }
    None
}

/// Whether `subject` names a side as a whole: a country, capital, government, army, group or
/// organisation and nothing more ("Kyiv", "the U.N."), or a body of one ("the group",
/// "Pashinyan's government"); not a person or an official.
fn side_as_subject(subject: &str) -> bool {
    let subject = subject
        .strip_prefix("the ")
        .or_else(|| subject.strip_prefix("The "))
        .unwrap_or(subject);
    let found = mentions(subject);
    let whole = matches!(found.as_slice(), [m] if m.start == 0
        && m.end == subject.len()
        && !matches!(m.kind, ActorKind::Person | ActorKind::Demonym));
    let body = subject.rsplit(' ').next().is_some_and(|last| {
        [
            "group",
            "government",
            "movement",
            "rebels",
            "junta",
            "administration",
        ]
        .contains(&last)
    }) && subject.split(' ').count() <= 3;
    whole || body
}

/// The noun phrase that ends at token `last`, read backwards to a clause boundary.
fn phrase_before(tokens: &[Token<'_>], last: usize) -> Option<(usize, usize)> {
    let end_token = tokens.get(last)?;
    if end_token.kind == TokenKind::Punct && !end_token.is_punct(")") {
        return None;
    }
    let mut first = last;
    let mut k = last as isize;
    let mut length = 0;
    while k >= 0 {
        let Some(token) = tokens.get(k as usize) else {
            break;
        };
        if token.is_punct(")") {
            // Take a parenthesis whole: "Rapid Support Forces (RSF)".
            let mut m = k - 1;
            while m >= 0 && !tokens.get(m as usize).is_some_and(|t| t.is_punct("(")) {
                m -= 1;
            }
            if m < 0 {
                break;
            }
            first = m as usize;
            k = m - 1;
            continue;
        }
        // "a drivers' union said": the apostrophe of a plural possessive inside the phrase.
        let plural_possessive = token.is_punct("'\u{2019}")
            && (k as usize) < last
            && k > 0
            && tokens
                .get(k as usize - 1)
                .is_some_and(|t| t.is_word() && t.text.ends_with('s'));
        // "the commission on prisoners of war, hostages and missing persons said".
        let remit_list = token.is_punct(",")
            && (k as usize) < last
            && crate::text::in_remit(tokens, k as usize, |t| {
                t.kind == TokenKind::Punct && !t.is_punct(",")
            });
        if token.kind == TokenKind::Punct && !plural_possessive && !remit_list {
            break;
        }
        // A word of none of the lists below (most words of a name) is read with one lookup.
        if PHRASE_STOP_SET.contains(token) {
            if token.is_any(PRONOUNS_PERSON)
                || token.is_any(PRONOUNS_ORG)
                || token.is_any(PRONOUNS_OTHER)
            {
                // A pronoun is the whole subject ("Last week he threatened").
                if k as usize == last {
                    return Some((last, last));
                }
                break;
            }
            if VERB_WORD_SET.contains(token) {
                break;
            }
            if token.is_any(RELATIVE_WORDS) && k as usize != last {
                // Keep the relative word so that an appositive can skip its clause.
                first = k as usize;
                break;
            }
            if CLAUSE_WORD_SET.contains(token) {
                let joins_names = token.is("and")
                    && tokens
                        .get(k as usize + 1)
                        .is_some_and(Token::is_capitalised)
                    && k > 0
                    && tokens
                        .get(k as usize - 1)
                        .is_some_and(|t| t.is_capitalised() || t.kind == TokenKind::Possessive);
                // "the commission on prisoners of war and missing persons said".
                let joins_remit = token.is("and")
                    && crate::text::in_remit(tokens, k as usize, |t| {
                        t.kind == TokenKind::Punct && !t.is_punct(",")
                    });
                if !joins_names && !joins_remit {
                    if token.is_any(RELATIVE_WORDS) {
                        first = k as usize;
                    }
                    break;
                }
            }
        }
        first = k as usize;
        length += 1;
        if length > 14 {
            return None;
        }
        k -= 1;
    }
    // Drop clause openers and time words at the front: "But Russia", "On Monday Russia".
    while first < last {
        let token = tokens.get(first)?;
        // "Further south, the army said" drops the direction; "South Sudan's army" keeps it.
        let starts_a_name = token.is_capitalised()
            && token.is_any(&["south", "north", "east", "west"])
            && tokens.get(first + 1).is_some_and(Token::is_capitalised);
        let droppable = (LEADING_DROP_SET.contains(token) && !starts_a_name)
            || token.kind == TokenKind::Number
            || crate::text::CALENDAR.contains(token);
        if !droppable {
            break;
        }
        first += 1;
    }
    let phrase = tokens.get(first..=last)?;
    plausible_subject(phrase).then_some((first, last))
}

/// Whether the words could name who speaks.
fn plausible_subject(phrase: &[Token<'_>]) -> bool {
    let Some(last) = phrase.last() else {
        return false;
    };
    if !phrase.iter().any(|t| t.is_word()) {
        return false;
    }
    if last.is_any(&[
        "the", "a", "an", "of", "to", "and", "in", "on", "that", "this",
    ]) {
        return false;
    }
    if crate::text::CALENDAR.contains(last) {
        return false;
    }
    // A lone lowercase word is rarely a speaker ("officials" is, "fighting" is not).
    if phrase.len() == 1 && !last.is_capitalised() {
        return last.is_any(PRONOUNS_PERSON)
            || last.is_any(PRONOUNS_ORG)
            || SPEAKER_NOUN_SET.contains(last);
    }
    true
}

/// Words that open a medium rather than a source ("on its Al-Aqsa radio"), as a set (the same
/// answers as [`Token::is_any`]: no word is a punctuation mark).
static MEDIUM_OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&["on", "in", "via", "through", "at"]));

/// Words that end a medium ("a statement"), as a set, as [`MEDIUM_OPENERS`].
static MEDIUM_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "statement",
        "statements",
        "post",
        "posts",
        "message",
        "video",
        "interview",
        "broadcast",
        "radio",
        "channel",
        "television",
        "TV",
        "website",
        "communique",
        "communiqué",
        "release",
        "letter",
        "speech",
        "address",
    ])
});

/// Whether a would-be speaker is a medium ("a statement", "on its Al-Aqsa radio"), not a source.
fn is_medium(phrase: &[Token<'_>]) -> bool {
    let (Some(first), Some(last)) = (phrase.first(), phrase.last()) else {
        return false;
    };
    // "the Syrian foreign ministry's statement said": a document its owner issued is the
    // owner's word, as "according to the executive order" is.
    let owned = phrase.iter().any(|t| t.kind == TokenKind::Possessive);
    MEDIUM_OPENERS.contains(first) || (MEDIUM_NOUNS.contains(last) && !owned)
}

/// Verbs of saying after which `that` opens what is said, not a relative clause ("warned that
/// aid groups said ..." is speech within speech).
const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "warned",
    "claimed",
    "announced",
    "added",
    "stated",
    "noted",
    "insisted",
    "told",
    "reported",
    "confirmed",
    "denied",
];

/// Lowercase title nouns that make a description after a name an appositive title.
const SPEAKER_TITLES: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "head",
    "chief",
    "minister",
    "governor",
    "mayor",
    "adviser",
    "advisor",
    "envoy",
    "negotiator",
    "official",
    "leader",
];

/// Lowercase nouns that name speakers on their own.
const SPEAKER_NOUNS: &[&str] = &[
    "officials",
    "sources",
    "residents",
    "witnesses",
    "analysts",
    "diplomats",
    "authorities",
    "police",
    "medics",
    "doctors",
    "officers",
    "commanders",
    "rebels",
    "militants",
    "activists",
    "monitors",
    "observers",
    "experts",
    "people",
    "locals",
    "journalists",
    "reporters",
    // "according to a person briefed on the contacts", "a diplomatic source in Kinshasa", "a
    // local relief committee".
    "person",
    "source",
    "official",
    "diplomat",
    "resident",
    "witness",
    "committee",
    // "according to the headquarters", "the commission said".
    "headquarters",
    "commission",
];

/// The speaker after a verb (`said Peskov`, `according to the ministry`): tokens to the next
/// clause boundary, after any time words.
fn phrase_after(tokens: &[Token<'_>], mut first: usize) -> Option<(usize, usize)> {
    while tokens.get(first).is_some_and(|t| {
        t.is_any(&["on", "last", "this", "late", "early", "in"])
            || crate::text::CALENDAR.contains(t)
            || t.kind == TokenKind::Number
    }) && tokens.get(first + 1).is_some_and(|t| {
        crate::text::CALENDAR.contains(t)
            || t.kind == TokenKind::Number
            || t.is_any(&["week", "month", "night", "statement", "a"])
    }) {
        first += 1;
    }
    let mut last = None;
    let mut k = first;
    // "a video posted on social media", "a video the group published": a medium and what is
    // said of it, up to the end of the clause.
    let mut medium = false;
    while let Some(token) = tokens.get(k) {
        if token.kind == TokenKind::Punct && !token.is_punct("()") {
            break;
        }
        medium |= MEDIUM_NOUNS.contains(token);
        if !medium
            && (CLAUSE_WORD_SET.contains(token) && !token.is("and") || token.is_any(RELATIVE_WORDS))
        {
            break;
        }
        // "officials briefed on the talks", "two sources familiar with the matter", "people
        // close to the Kremlin": the words that say how the speakers know go with them.
        let how_they_know = token.is_any(&["on", "with", "to"])
            && k.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.is_any(&["briefed", "familiar", "close"]));
        if !medium
            && !how_they_know
            && (VERB_WORD_SET.contains(token) || token.is_any(&["in", "on"]) && last.is_some())
        {
            break;
        }
        last = Some(k);
        k += 1;
        if k - first > 12 {
            return None;
        }
    }
    let last = last?;
    let phrase = tokens.get(first..=last)?;
    // "acknowledged on Saturday": a day is not a speaker.
    if phrase.iter().all(|t| {
        crate::text::CALENDAR.contains(t)
            || t.kind == TokenKind::Number
            || t.is_any(&["on", "in", "last", "this", "late", "early"])
    }) {
        return None;
    }
    let first_token = phrase.first()?;
    let last_token = phrase.last()?;
    let names_someone = first_token.is_capitalised()
        || phrase.iter().any(|t| t.is_capitalised())
        || SPEAKER_NOUN_SET.contains(last_token)
        || phrase.iter().any(|t| SPEAKER_NOUN_SET.contains(t))
        || TITLES.contains(last_token)
        || medium;
    (names_someone && (phrase.len() <= 8 || is_long_name(phrase))).then_some((first, last))
}

/// The state of the nationality in an appositive that starts at token `comma` (`, a Ukrainian
/// open-source project`), within its first four words.
fn appositive_nationality(text: &str, tokens: &[Token<'_>], comma: usize) -> Option<&'static str> {
    if !tokens.get(comma).is_some_and(|t| t.is_punct(","))
        || !tokens
            .get(comma + 1)
            .is_some_and(|t| t.is_any(&["a", "an", "the"]))
    {
        return None;
    }
    tokens
        .get(comma + 2..(comma + 6).min(tokens.len()))?
        .iter()
        .take_while(|t| t.kind != TokenKind::Punct)
        .find_map(|t| {
            crate::actors::mentions(slice(text, t.start, t.end))
                .into_iter()
                .find(|m| m.kind == crate::lexicon::ActorKind::Demonym)
                .map(|m| m.actor)
        })
}

/// Whether a phrase longer than a speaker usually is, is one institution's name: capitalised
/// words and the words that join them ("Ukraine's Coordination Headquarters for the Treatment of
/// Prisoners of War").
fn is_long_name(phrase: &[Token<'_>]) -> bool {
    phrase.first().is_some_and(Token::is_capitalised)
        && phrase.last().is_some_and(Token::is_capitalised)
        && phrase.iter().all(|t| {
            t.is_capitalised()
                || t.kind == TokenKind::Possessive
                || t.is_any(&["of", "for", "the", "and"])
        })
}

impl Memory {
    /// Resolves a speaker as written to the full mention and its actor.
    fn resolve<'t>(
        &self,
        text: &'t str,
        earlier: &[Token<'_>],
        written: &'t str,
        phrase: &[Token<'_>],
        actor_of_written: impl FnOnce() -> Option<&'static str>,
    ) -> (Cow<'t, str>, Option<&'static str>, &'static str) {
        if let [only] = phrase {
            if only.is_any(PRONOUNS_PERSON) {
                if let Some(person) = self.last_subject_person.and_then(|i| self.persons.get(i)) {
                    return (
                        Cow::Owned(person.full.clone()),
                        person.actor,
                        "attribution.pronoun_person",
                    );
                }
                return (
                    Cow::Borrowed(written),
                    None,
                    "attribution.unresolved_pronoun",
                );
            }
            if only.is_any(PRONOUNS_ORG) {
                if let Some(org) = self.orgs.last() {
                    return (
                        Cow::Owned(org.speaker.clone()),
                        org.actor,
                        "attribution.pronoun_organisation",
                    );
                }
                return (
                    Cow::Borrowed(written),
                    None,
                    "attribution.unresolved_pronoun",
                );
            }
        }
        if let Some(actor) = actor_of_written() {
            return (Cow::Borrowed(written), Some(actor), "attribution.lexicon");
        }
        // A surname named before with a title: "Syrskyi said".
        // Nobody remembered (the first speakers of an article): no word is read for a surname.
        if !self.persons.is_empty()
            && let Some(person) = phrase
                .iter()
                .rev()
                .filter(|t| t.is_capitalised())
                .find_map(|t| self.persons.iter().rev().find(|p| p.surname == t.text))
            && person.actor.is_some()
        {
            return (
                Cow::Borrowed(written),
                person.actor,
                "attribution.person_memory",
            );
        }
        // "the Coordination Headquarters said", "the Headquarters reported": a short form of
        // a body that spoke before by its full name.
        if phrase.first().is_some_and(|t| t.is("the"))
            && phrase.len() >= 2
            && phrase.iter().skip(1).all(Token::is_capitalised)
            && let (Some(a), Some(b)) = (phrase.get(1), phrase.last())
        {
            let short = slice(text, a.start, b.end);
            if let Some(org) = self.orgs.iter().rev().find(|org| {
                org.speaker.len() > short.len() + 4
                    && crate::text::contains_ignore_case(&org.speaker, &short.to_ascii_lowercase())
            }) {
                return (
                    Cow::Owned(org.speaker.clone()),
                    org.actor,
                    "attribution.short_name",
                );
            }
        }
        // A definite description: "the army", "The ministry".
        let definite = phrase.first().is_some_and(|t| t.is("the"))
            && phrase.iter().skip(1).all(|t| !t.is_capitalised());
        if definite && let Some(head_token) = phrase.last() {
            // Named earlier in the same sentence: "to Gaza's health ministry ..., according to
            // the ministry" (not "the army" of "The National Liberation Army (ELN) freed ...,
            // the army said": a name's capitalised word is not its noun).
            let named_earlier = earlier.iter().rposition(|t| t.is(head_token.text));
            let in_a_name = named_earlier
                .and_then(|at| earlier.get(at))
                .is_some_and(|t| t.is_capitalised() && head_token.is_any(&["army", "military"]));
            if let Some(at) = named_earlier.filter(|_| !in_a_name) {
                let mut first = at;
                while first > 0
                    && earlier.get(first - 1).is_some_and(|t| {
                        (t.is_word()
                            && !t.is_any(PREPOSITIONS)
                            && !t.is_any(&["the", "a", "an", "and"]))
                            || t.kind == TokenKind::Possessive
                    })
                    && at - first < 4
                {
                    first -= 1;
                }
                if first < at
                    && let (Some(a), Some(b)) = (earlier.get(first), earlier.get(at))
                {
                    let full = slice(text, a.start, b.end);
                    return (
                        Cow::Borrowed(full),
                        actor_of_phrase(full),
                        "attribution.definite_description",
                    );
                }
            }
            let head = singular(&head_token.text.to_ascii_lowercase());
            if let Some(org) = self.named_by(&head) {
                return (
                    Cow::Owned(org.speaker.clone()),
                    org.actor,
                    "attribution.definite_description",
                );
            }
            // "handed them to the International Committee of the Red Cross ..., the
            // humanitarian organisation said": the organisation the sentence named before.
            if head_token.is_any(&["organisation", "organization", "agency"])
                && let (Some(a), Some(b)) = (earlier.first(), earlier.last())
                && let Some(m) = mentions(slice(text, a.start, b.end))
                    .into_iter()
                    .rev()
                    .find(|m| m.kind == ActorKind::Organisation)
            {
                let named = slice(text, a.start + m.start, a.start + m.end);
                // With its article, as it was written: "the International Committee of ...".
                let with_the = text
                    .get(..a.start + m.start)
                    .filter(|before| before.ends_with("the "))
                    .map_or(named, |_| {
                        slice(text, a.start + m.start - 4, a.start + m.end)
                    });
                return (
                    Cow::Borrowed(with_the),
                    Some(m.actor),
                    "attribution.organisation_named_before",
                );
            }
            // "the humanitarian organisation said", "the same source said": a word that fits
            // any body stands for the last one that spoke.
            if head_token.is_any(&["organisation", "organization", "agency", "body", "source"])
                && let Some(org) = self.orgs.last()
            {
                return (
                    Cow::Owned(org.speaker.clone()),
                    org.actor,
                    "attribution.generic_description",
                );
            }
        }
        // "the army's 1st Corps", "The defence ministry": an institution of the dateline's
        // country when nothing else names it.
        // Each word list is read only where its answer can matter: with a home country or an
        // army to give, and the anonymous test only for a speaker that names one.
        let institution = || phrase.iter().any(|t| INSTITUTION_SET.contains(t));
        // Plural and anonymous speakers ("officials", "residents") are not the institution.
        let anonymous = || phrase.iter().any(|t| SPEAKER_NOUN_SET.contains(t));
        if let Some(home) = self.home
            && institution()
            && !anonymous()
        {
            return (
                Cow::Borrowed(written),
                Some(home),
                "attribution.dateline_country",
            );
        }
        // "Army spokesman Brig. Gen. X": the army the article is about.
        let army_word = || {
            phrase
                .iter()
                .any(|t| t.is_any(&["army", "army's", "military", "military's"]))
        };
        if let Some(army) = self.army
            && army_word()
            && !anonymous()
        {
            return (
                Cow::Borrowed(written),
                Some(army),
                "attribution.article_army",
            );
        }
        // "Russian-installed officials", "the Houthi-run ministry": who installed or runs them.
        // Every suffix has a hyphen: words without one are passed over without a search, and a
        // speaker without one (most) without reading its words.
        let hyphenated = written.as_bytes().contains(&b'-');
        let words = if hyphenated { written } else { "" };
        for word in words.split_whitespace().filter(|word| word.contains('-')) {
            for suffix in ["-installed", "-appointed", "-run"] {
                if let Some(at) = word.find(suffix)
                    && let Some(actor) = word.get(..at).and_then(actor_of_phrase)
                {
                    return (
                        Cow::Borrowed(written),
                        Some(actor),
                        "attribution.installed_by",
                    );
                }
            }
        }
        // A sentence that names a country may mean its institution ("In neighbouring Niger, the
        // army said"): the grammars read that opening.
        // "a spokesman" alone may speak for either side.
        if let Some((state, army)) = self.state
            && phrase
                .iter()
                .any(|t| INSTITUTION_SET.contains(t) && !t.is_any(SPOKES))
            && !anonymous()
            && !names_a_country(text)
        {
            let actor = if army_word() { army } else { state };
            return (
                Cow::Borrowed(written),
                Some(actor),
                "attribution.article_state",
            );
        }
        // "Abdulqader Al-Murtada, the head of the group's prisoners committee": a speaker
        // described as the group's.
        if let Some(group) = self.group
            && phrase
                .windows(2)
                .any(|w| w[0].is("the") && w[1].is("group") && !w[1].is_capitalised())
        {
            return (
                Cow::Borrowed(written),
                Some(group),
                "attribution.article_group",
            );
        }
        (Cow::Borrowed(written), None, "attribution.as_written")
    }

    /// Remembers the persons a sentence names ([`persons`]) and its speaker.
    fn learn(&mut self, text: &str, named: Vec<(Person, bool)>, said: &Said<'_>) {
        for (person, subject) in named {
            let known = self
                .persons
                .iter()
                .rposition(|p| p.surname == person.surname);
            let index = match known {
                Some(i) => {
                    // A fuller mention replaces the one remembered; a bare surname keeps it.
                    if let Some(p) = self.persons.get_mut(i)
                        && person.full.contains(' ')
                    {
                        p.full = person.full;
                        p.actor = person.actor.or(p.actor);
                    }
                    i
                }
                None => {
                    self.persons.push(person);
                    self.persons.len() - 1
                }
            };
            if subject {
                self.last_subject_person = Some(index);
            }
        }
        let (Some(speaker), Some((a, b))) = (said.speaker.as_deref(), said.speaker_at) else {
            return;
        };
        let written = slice(text, a, b);
        // The pairs of the speaker turn away nearly every surname before it is looked for.
        let pairs = if self.persons.is_empty() {
            0
        } else {
            byte_pairs(speaker.as_bytes())
        };
        let holds = |p: &Person| p.pairs & !pairs == 0 && contains_str(speaker, &p.surname);
        let is_person = self
            .persons
            .iter()
            .any(|p| !p.surname.is_empty() && holds(p));
        if is_person {
            if let Some(i) = self.persons.iter().rposition(holds) {
                self.last_subject_person = Some(i);
            }
            return;
        }
        if written.eq_ignore_ascii_case("we") || written.eq_ignore_ascii_case("i") {
            return;
        }
        // The same organisation speaking again: it is already the last one remembered.
        if self
            .orgs
            .last()
            .is_some_and(|last| last.speaker == speaker && last.actor == said.actor)
        {
            return;
        }
        self.orgs.push(Org::new(speaker.to_owned(), said.actor));
    }

    /// The last organisation remembered with a head noun whose [`singular`] is `head`
    /// (`the ministry` -> `Russia's defence ministry`).
    fn named_by(&self, head: &str) -> Option<&Org> {
        self.orgs
            .iter()
            .rev()
            .find(|org| names_head(&org.speaker, head))
    }
}

/// Whether `speaker` has a head noun ([`head_nouns`]) whose [`singular`] is `head` (written in
/// lower case). A speaker without the bytes that such a noun goes on with (nearly every one) is
/// turned away before its words are read: a word whose singular is `head` holds all of `head`
/// but its first letter, in either case, and its last byte.
pub(crate) fn names_head(speaker: &str, head: &str) -> bool {
    let stem = head.get(..head.len().saturating_sub(1)).unwrap_or("");
    let tail = stem
        .char_indices()
        .nth(1)
        .and_then(|(at, _)| stem.get(at..))
        .unwrap_or("");
    contains_str(speaker, tail)
        && head_nouns(speaker).any(|noun| {
            if noun.starts_with(char::is_lowercase) {
                is_singular_of(head, noun)
            } else {
                is_singular_of(head, &noun.to_lowercase())
            }
        })
}

/// The words of a speaker that may be its head noun: those of more than three bytes that are
/// written in lower case (`ministry` and `army` in `Sudan's army ministry`) or start a name's
/// word in title case (`Headquarters` in `Ukraine's Coordination Headquarters`: "the
/// headquarters said" refers back to it). A word in capitals (`NATO`) is a name, not a noun.
fn head_nouns(speaker: &str) -> impl Iterator<Item = &str> {
    speaker
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 3 && is_noun_case(word))
}

/// Whether `word` is in lower case or title case (`army`, `Army`; not `ARMY` or `McArmy`).
fn is_noun_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.all(|c| !c.is_uppercase())
}

/// Whether `head` is the [`singular`] of `word`, without making it.
fn is_singular_of(head: &str, word: &str) -> bool {
    if let Some(stem) = word.strip_suffix("ies") {
        return head.len() == stem.len() + 1 && head.starts_with(stem) && head.ends_with('y');
    }
    if word.ends_with("ss") {
        return head == word;
    }
    head == word.strip_suffix('s').unwrap_or(word)
}

/// `MOSCOW` -> `Moscow`, so that the capitalised lexicon matches a dateline.
fn title_case(word: &str) -> String {
    word.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// `rebels` -> `rebel`, `ministries` -> `ministry`: enough to match heads.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        // Built by hand: `format!` costs several times as much, for every speaker's words.
        let mut singular = String::with_capacity(stem.len() + 1);
        singular.push_str(stem);
        singular.push('y');
        return singular;
    }
    if word.ends_with("ss") {
        return word.to_owned();
    }
    word.strip_suffix('s').unwrap_or(word).to_owned()
}

/// Whether `token` may be a capitalised word ([`Token::is_capitalised`]) or a period, read from
/// its first byte: a word that starts with a lower-case ASCII letter or a digit is capitalised
/// only after a hyphen (`al-Fashir`).
#[inline]
fn may_open_name(token: &Token<'_>) -> bool {
    match token.kind {
        TokenKind::Word => match token.text.as_bytes().first() {
            // A plain loop: words are short, and `contains` would set up a `memchr` for each.
            Some(first) if first.is_ascii_lowercase() || first.is_ascii_digit() => {
                token.text.bytes().any(|byte| byte == b'-')
            }
            Some(_) => true,
            None => false,
        },
        TokenKind::Punct => token.text == ".",
        TokenKind::Number | TokenKind::Possessive => false,
    }
}

/// Whether a sentence (with its word starts and the actor mentions inside it) may name a person
/// for [`persons`]: it has a person of the lexicon, a word start with the print of a title that
/// may be followed by a name ([`title_before_name`]), or a word glued to a number (`1st`: the
/// only word token that has no word start of its own, and so no print to turn it away). Every
/// other sentence (most of them) names nobody, whatever its tokens: each of its title candidates
/// is turned away by its print or by the token after it, read from the bytes.
///
/// The title prints and the digits are read from the bits of the word starts
/// ([`flag::TITLE`], [`flag::DIGIT`]), and a sentence whose starts have neither (most) is not
/// read start by start at all.
fn may_name_persons(text: &str, words: Words<'_>, mentioned: &[Mention]) -> bool {
    let bytes = text.as_bytes();
    let (starts, base) = words.as_kept();
    mentioned.iter().any(|m| m.kind == ActorKind::Person)
        || (words.may_have(flag::TITLE | flag::DIGIT)
            && starts
                .iter()
                .filter(|start| start.lists & (flag::TITLE | flag::DIGIT) != 0)
                .any(|start| {
                    let at = start.at.saturating_sub(base);
                    (start.lists & flag::TITLE != 0 && title_before_name(bytes, at))
                        || (start.lists & flag::DIGIT != 0 && glued_to_number(bytes, at))
                }))
}

/// Whether the word at byte `at` of `bytes` may be a title token followed by a token that opens
/// a name ([`may_open_name`]). It may not when the token after it is known from the bytes: the
/// word is a run of ASCII letters and digits that ends the text, or is followed by ASCII
/// punctuation that is a token of its own (not `-`, `'`, `/` or `.`, which may belong to the
/// word), or by one space and then a number or a word of ASCII letters and digits that starts
/// in lower case and goes on to the end or to an ASCII byte that cannot join it (no hyphen in
/// it: such a word opens no name).
fn title_before_name(bytes: &[u8], at: usize) -> bool {
    let ascii_word = |from: usize| ascii_word_end(bytes, from);
    let end = ascii_word(at);
    let next_is_no_name = match bytes.get(end) {
        None => true,
        Some(b' ') => match bytes.get(end + 1) {
            Some(first) if first.is_ascii_digit() => true,
            Some(first) if first.is_ascii_lowercase() => bytes
                .get(ascii_word(end + 1))
                .is_none_or(|after| after.is_ascii() && !matches!(after, b'-' | b'\'' | b'/')),
            _ => false,
        },
        Some(&after) => {
            after.is_ascii_punctuation() && !matches!(after, b'-' | b'\'' | b'/' | b'.')
        }
    };
    !next_is_no_name
}

/// Where the run of ASCII letters and digits at byte `from` of `bytes` ends. It runs for every
/// title word of every sentence, so eight bytes are read at a time where there are eight (the
/// test of [`crate::lexicon::ascii_word_bytes`], with the bytes of longer characters taken out),
/// and the last few one by one.
fn ascii_word_end(bytes: &[u8], mut from: usize) -> usize {
    use crate::lexicon::{HIGH_BITS, ascii_word_bytes};
    while let Some(block) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*block);
        let ends = !(ascii_word_bytes(word & !HIGH_BITS) & !(word & HIGH_BITS)) & HIGH_BITS;
        if ends != 0 {
            return from + (ends.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    from + bytes
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .take_while(|byte| byte.is_ascii_alphanumeric())
        .count()
}

/// Whether the word at byte `at` of `bytes` starts with ASCII digits followed by a letter or a
/// longer character: the number token of its digits is followed by a word token that starts
/// inside the word (`1st`, `10km`, the `th` of `1,000th`). A number token always starts at a word
/// start (a word token takes in the digits after its letters), so these are all such tokens.
pub(crate) fn glued_to_number(bytes: &[u8], at: usize) -> bool {
    let word = bytes.get(at..).unwrap_or(&[]);
    let digits = word.iter().take_while(|byte| byte.is_ascii_digit()).count();
    digits > 0
        && word
            .get(digits)
            .is_some_and(|next| next.is_ascii_alphabetic() || !next.is_ascii())
}

/// Persons named in a sentence, with whether each is a subject (not after a preposition). None
/// where [`may_name_persons`] says no (which [`attribute`] asks first, to leave the tokens of
/// such a sentence unmade).
fn persons(
    text: &str,
    tokens: &[Token<'_>],
    starts: Words<'_>,
    mentioned: &[Mention],
) -> Vec<(Person, bool)> {
    let titles: &WordSet = &TITLES;
    let title_prints: &PrintSet = &TITLE_PRINTS;
    // The starts are read where they are kept: offsets `base` past those of the tokens.
    let (starts, base) = starts.as_kept();
    let mut next_start = 0;
    let mut found: Vec<(usize, usize, Option<&'static str>)> = Vec::new();
    // Persons in the lexicon.
    for mention in mentioned {
        if mention.kind == ActorKind::Person {
            let first = crate::text::token_at(tokens, mention.start);
            let last = crate::text::token_ending_after(tokens, mention.end.saturating_sub(1));
            found.push((first, last, Some(mention.actor)));
        }
    }
    // Titled names: a title word, then capitalised words.
    for (i, token) in tokens.iter().enumerate() {
        // The word start of the token, if it has one (tokens and starts are both in text order).
        let at = token.start + base;
        while starts.get(next_start).is_some_and(|start| start.at < at) {
            next_start += 1;
        }
        let print = starts
            .get(next_start)
            .filter(|start| start.at == at)
            .map(|start| start.print);
        // A token at a word start whose word has the print of no title is no title (one bit test
        // for most words); then a title names someone only before a capitalised word (or the
        // period of `Gen.`).
        if print.is_some_and(|print| !title_prints.contains(print))
            || !tokens.get(i + 1).is_some_and(may_open_name)
            || !titles.contains(token)
        {
            continue;
        }
        let mut k = i + 1;
        if tokens.get(k).is_some_and(|t| t.is_punct(".")) && token.is_any(DOTTED_TITLES) {
            k += 1;
        }
        let name_first = k;
        while tokens.get(k).is_some_and(|t| {
            t.is_capitalised() && !TITLES.contains(t) && !crate::text::CALENDAR.contains(t)
        }) {
            k += 1;
        }
        if k == name_first || k - name_first > 4 {
            continue;
        }
        let name_last = k - 1;
        // Skip names that are organisations or places ("President Zelensky" is fine, "Minister
        // of Defence" has no name).
        let name = slice(
            text,
            tokens.get(name_first).map_or(0, |t| t.start),
            tokens.get(name_last).map_or(0, |t| t.end),
        );
        let non_person = mentions(name)
            .iter()
            .any(|m| m.kind != ActorKind::Person && m.start == 0);
        if non_person {
            continue;
        }
        if !found
            .iter()
            .any(|(a, b, _)| *a <= name_last && name_first <= *b)
        {
            found.push((name_first, name_last, None));
        }
    }
    found.sort_by_key(|(a, _, _)| *a);
    let mut out = Vec::new();
    for (name_first, name_last, lexicon_actor) in found {
        // Extend back over titles and affiliations: "US President Donald Trump".
        let mut first = name_first;
        while let Some(prev) = first
            .checked_sub(1)
            .and_then(|p| tokens.get(p).map(|t| (p, t)))
        {
            let (p, token) = prev;
            let affiliation = token.is_capitalised() && !mentions(token.text).is_empty();
            let possessive = token.kind == TokenKind::Possessive;
            let dotted = token.is_punct(".")
                && p.checked_sub(1)
                    .and_then(|q| tokens.get(q))
                    .is_some_and(|t| t.is_any(DOTTED_TITLES));
            if TITLES.contains(token) || affiliation || possessive || dotted {
                first = p;
            } else {
                break;
            }
        }
        let (Some(a), Some(b)) = (tokens.get(first), tokens.get(name_last)) else {
            continue;
        };
        let full = slice(text, a.start, b.end).to_owned();
        let surname = tokens.get(name_last).map_or("", |t| t.text).to_owned();
        let actor = lexicon_actor.or_else(|| actor_of_phrase(&full));
        let subject = !first
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .is_some_and(|t| t.is_any(PREPOSITIONS));
        out.push((Person::new(full, surname, actor), subject));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::word_starts;
    use crate::text::tokenize;

    fn check(text: &str, speaker: Option<&str>, actor: Option<&str>, verb: Option<&str>) {
        let tokens = tokenize(text);
        let said = find(text, &tokens, &word_starts(text), &Memory::default());
        assert_eq!(
            (said.speaker.as_deref(), said.actor, said.verb.as_deref()),
            (speaker, actor, verb),
            "{text}"
        );
    }

    #[test]
    fn according_to_one_person_source_or_committee() {
        check(
            "The RSF handed over 19 bodies on Monday, according to a local relief committee.",
            Some("a local relief committee"),
            None,
            Some("according to"),
        );
        check(
            "The group has demanded the release of its commanders, according to a person briefed on the contacts.",
            Some("a person briefed on the contacts"),
            None,
            Some("according to"),
        );
    }

    #[test]
    fn a_passive_participle_and_a_relative_clause_on_a_noun_report_nothing() {
        check(
            "Venezuela seized Ankoko, an island in the Cuyuni River claimed by Guyana, in 1966.",
            None,
            None,
            None,
        );
        check(
            "The army gave residents 72 hours to leave, a warning that aid groups said could amount to forced displacement.",
            None,
            None,
            None,
        );
        // Speech within speech stays the speaker's.
        check(
            "The ministry warned that officials said the town had fallen.",
            Some("The ministry"),
            None,
            Some("warned"),
        );
    }

    #[test]
    fn claims_and_reports_after_a_determiner_are_nouns() {
        check(
            "The latest claims came as envoys prepared for another round of talks.",
            None,
            None,
            None,
        );
        check("Such reports could not be verified.", None, None, None);
        // The verb itself still reports.
        check(
            "Moscow claims its forces took the village.",
            Some("Moscow"),
            Some("Russia"),
            Some("claims"),
        );
    }

    #[test]
    fn quote_bytes_found_in_every_position() {
        let texts = [
            "",
            "no quote here at all, none",
            "\"",
            "He said \"no\"",
            "The \u{201c}deal\u{201d} holds",
            "caf\u{e9} and na\u{ef}ve, no quote",
            "\u{2014} a dash",
        ];
        for text in texts {
            let naive = text.bytes().any(|b| b == b'"' || b == 0xE2);
            assert_eq!(has_quote_byte(text.as_bytes()), naive, "{text:?}");
        }
        // A quote at every offset of texts around the block size.
        for len in 0..20 {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                for byte in [b'"', 0xE2] {
                    if let Some(slot) = bytes.get_mut(at) {
                        *slot = byte;
                    }
                    assert!(has_quote_byte(&bytes), "{len} {at}");
                }
            }
            assert!(!has_quote_byte(&vec![b'!'; len]), "{len}");
        }
    }

    #[test]
    fn quote_marks_found_in_a_span_where_they_are_counted() {
        let pieces = [
            "a", " ", "\"", "\u{201c}", "\u{201d}", "\u{2019}", "\u{2014}", "\u{e9}", "x.",
        ];
        let mut bodies = Vec::new();
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    bodies.push(format!("{first}{second}{third}{second}{first}"));
                }
            }
        }
        let mut found = 0;
        for body in &bodies {
            let quotes = QuoteMarks::of(body);
            let bounds: Vec<usize> = (0..=body.len())
                .filter(|&at| body.is_char_boundary(at))
                .collect();
            let spans: Vec<claimtrack_model::Span> = bounds
                .iter()
                .flat_map(|&start| {
                    bounds
                        .iter()
                        .filter(move |&&end| end >= start)
                        .map(move |&end| claimtrack_model::Span::new(start, end))
                })
                .collect();
            // Spans in text order, then backwards, so that both ways of finding marks are read.
            let (mut forward, mut backward) = (0, 0);
            for (span, back) in spans.iter().zip(spans.iter().rev()) {
                for (span, next) in [(span, &mut forward), (back, &mut backward)] {
                    let counted = quote_marks(&body[span.start..span.end]) != (0, 0, 0);
                    assert_eq!(quotes.any_in(*span, next), counted, "{body:?} {span:?}");
                    found += usize::from(counted);
                }
            }
        }
        assert!(found > 10_000, "{found}");
    }

    /// [`PHRASE_STOP_SET`] holds exactly the words of [`PHRASE_STOP_WORDS`] (in any case): the
    /// words it passes over are those that none of [`phrase_before`]'s tests stops at.
    #[test]
    fn phrase_stops_are_the_words_of_their_lists() {
        let words = PHRASE_STOP_WORDS.concat();
        let mut text = String::from("Ukraine's top commander, Oleksandr Syrskyi (AFP), said 5 x");
        for word in &words {
            for form in [
                (*word).to_owned(),
                word.to_ascii_uppercase(),
                word.get(..word.len() - 1).unwrap_or("").to_owned(),
                format!("{word}s"),
            ] {
                text.push(' ');
                text.push_str(&form);
            }
        }
        let set: &WordSet = &PHRASE_STOP_SET;
        let (mut inside, mut outside) = (0, 0);
        for token in crate::text::tokenize(&text) {
            let in_lists = token.kind != TokenKind::Punct && token.is_any(&words);
            assert_eq!(set.contains(&token), in_lists, "{:?}", token.text);
            if in_lists {
                inside += 1;
            } else {
                outside += 1;
            }
        }
        assert!(inside > 50 && outside > 50, "{inside} {outside}");
    }

    /// A phrase's actor is that of the phrase when it was first searched, whatever phrases come
    /// between (more than [`PhraseActors`] keeps), and the search runs only for a phrase not kept.
    #[test]
    fn phrase_actors_as_searched() {
        let phrases = [
            "the coordination headquarters",
            "Russia's defence ministry",
            "the M23 rebel group",
            "Ukraine's general staff",
            "the ministry",
            "Hamas",
            "a military spokesman",
            "the Houthis",
            "the RSF",
            "Israel's army",
            "Russia's defence ministry",
            "the ministry",
        ];
        let mut known = PhraseActors::default();
        let mut kept_before = 0;
        for (round, phrase) in phrases.iter().cycle().take(60).enumerate() {
            let was_kept = known.known.iter().any(|(p, _)| p == phrase);
            kept_before += usize::from(was_kept);
            let mut searched = false;
            let actor = known.actor_of(phrase, || {
                searched = true;
                actor_of_phrase(phrase)
            });
            assert_eq!(actor, actor_of_phrase(phrase), "{phrase} in round {round}");
            let kept = known.known.iter().filter(|(p, _)| p == phrase).count();
            assert_eq!(kept, 1, "{phrase}");
            assert!(known.known.len() <= PhraseActors::KEPT);
            assert_eq!(searched, !was_kept, "{phrase} in round {round}");
        }
        // Both ways are read: phrases found among those kept, and phrases searched again.
        assert!(kept_before > 5 && kept_before < 55, "{kept_before}");
    }

    #[test]
    fn title_prints_keep_every_title() {
        let mut text = String::from("1general Gen. LT. lt Prime-Minister ");
        for word in TITLE_WORDS {
            for written in [
                word.to_string(),
                word.to_ascii_uppercase(),
                title_case(word),
            ] {
                text.push_str(&written);
                text.push_str(", ");
                text.push_str(&written);
                text.push_str("\u{2019}s ");
            }
        }
        let tokens = tokenize(&text);
        let starts = word_starts(&text);
        let mut titled = 0;
        for token in tokens.iter().filter(|token| TITLES.contains(token)) {
            if let Some(start) = starts.iter().find(|start| start.at == token.start) {
                assert!(TITLE_PRINTS.contains(start.print), "{:?}", token.text);
                titled += 1;
            }
        }
        assert!(titled >= TITLE_WORDS.len() * 3, "{titled}");
    }

    #[test]
    fn sentences_that_may_name_nobody_name_nobody() {
        // `attribute` reads no tokens, and finds no persons, where `may_name_persons` says no:
        // the full reading must agree on every sentence.
        let mut texts: Vec<String> = [
            "Witnesses described long queues at checkpoints on the main road.",
            "President Donald Trump said the talks would resume.",
            "The army said Gen. Abdel Fattah al-Burhan had visited the front.",
            "Kremlin spokesman Dmitry Peskov told reporters the deal held.",
            "The 1st Corps and the 10km zone: 3rd-Army, 5\u{e9}lite, 2general Smith, 7Chief Jones.",
            "Officials said 20,000 people had been displaced since the start of the month.",
            "Ukraine's top commander, Oleksandr Syrskyi, said troops moved.",
            "A U.S. envoy met the head of state on Monday.",
            "",
        ]
        .iter()
        .map(|text| (*text).to_owned())
        .collect();
        // A title before every kind of token, joined every way.
        let joins = [
            "", " ", "  ", ",", ", ", ".", ". ", "-", "'", "\u{2019}", "/", "(", ") ",
        ];
        let nexts = [
            "smith",
            "Smith",
            "al-Fashir",
            "al-fashir",
            "al",
            "1st",
            "10",
            "\u{2019}s",
            "'s",
            "x-Ray",
            "\u{e9}",
            "\u{c9}tat",
            "Gen.",
            "U.S.",
            "a/B",
            "o'Brien",
            "smith-",
        ];
        for title in [
            "general",
            "General",
            "army",
            "gen",
            "Gen",
            "state",
            "officials",
        ] {
            for join in joins {
                for next in nexts {
                    texts.push(format!("{title}{join}{next}"));
                    texts.push(format!("The {title}{join}{next} said"));
                }
            }
        }
        for word in TITLE_WORDS {
            for written in [word.to_string(), title_case(word)] {
                texts.push(format!("The {written} Smith said on Friday."));
                texts.push(format!("They met 1{written} Smith and 22{written} Jones."));
                texts.push(format!(
                    "{written}. Lee, {written} al-Burhan and the {written} army"
                ));
            }
        }
        let (mut may, mut named) = (0, 0);
        for text in &texts {
            let tokens = tokenize(text);
            let starts = word_starts(text);
            let mentioned = mentions(text);
            let found = persons(text, &tokens, Words::of(&starts), &mentioned);
            if may_name_persons(text, Words::of(&starts), &mentioned) {
                may += 1;
            } else {
                assert!(found.is_empty(), "{text}");
            }
            named += usize::from(!found.is_empty());
        }
        assert!(
            may < texts.len() && named > TITLE_WORDS.len(),
            "{may} {named}"
        );
    }

    #[test]
    fn word_tokens_without_a_word_start_are_glued_to_numbers() {
        // The only tokens whose print is unknown to `persons`: every short text over the
        // characters that split words and numbers.
        let alphabet = [
            'a', 'S', '1', '0', ',', '.', '-', '\'', '\u{2019}', ' ', '\u{e9}', '/',
        ];
        let mut glued = 0;
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in alphabet {
                        let text: String = [a, b, c, d].iter().collect();
                        let starts = word_starts(&text);
                        let unstarted = tokenize(&text).iter().any(|token| {
                            token.kind == TokenKind::Word
                                && !starts.iter().any(|start| start.at == token.start)
                        });
                        if unstarted {
                            glued += 1;
                            assert!(may_name_persons(&text, Words::of(&starts), &[]), "{text:?}");
                        }
                    }
                }
            }
        }
        assert!(glued > 0);
    }

    #[test]
    fn names_open_where_may_open_name_says() {
        let text = "Gen. al-Fashir and el-obeid, 1st-Corps x-Ray \u{c9}lodie \u{e9}cole O'Brien's \
                    U.S. u.s. 50-Day the Army of 2025. \u{201c}Quote\u{201d} said - .";
        for token in tokenize(text) {
            if token.is_capitalised() || token.is_punct(".") {
                assert!(may_open_name(&token), "{token:?}");
            }
        }
        assert!(!may_open_name(&tokenize("army")[0]));
    }

    #[test]
    fn long_names_are_capitalised_words_and_their_joins() {
        let long = |text: &str| is_long_name(&tokenize(text));
        assert!(long(
            "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War"
        ));
        assert!(!long(
            "several senior military and intelligence officials of both states"
        ));
        assert!(!long("the Coordination Headquarters"));
        assert!(!long("Officials of the two states"));
    }

    #[test]
    fn verbs_lowercase_their_first_letter() {
        assert_eq!(lowercase_first("According to"), "according to");
        assert_eq!(lowercase_first("said"), "said");
        assert_eq!(lowercase_first("\u{c9}crit"), "\u{e9}crit");
        assert_eq!(lowercase_first(""), "");
    }

    #[test]
    fn a_speaker_described_as_the_groups_speaks_for_the_articles_group() {
        let text = "Lawrence Kanyuka, a spokesman for the group, said the talks had stalled.";
        let tokens = tokenize(text);
        let memory = Memory {
            group: Some("M23"),
            ..Memory::default()
        };
        let phrase = tokens.get(0..8).unwrap_or(&[]);
        let written = "Lawrence Kanyuka, a spokesman for the group";
        let (_, actor, rule) = memory.resolve(text, &[], written, phrase, || None);
        assert_eq!(actor, Some("M23"));
        assert_eq!(rule, "attribution.article_group");
    }

    #[test]
    fn a_claim_rejected_after_it_is_not_its_speaker() {
        check(
            "Russia's defence ministry said its forces had taken Siversk, a claim Kyiv's military immediately rejected.",
            Some("Russia's defence ministry"),
            Some("Russia"),
            Some("said"),
        );
    }

    #[test]
    fn a_direction_that_starts_a_name_stays_with_the_speaker() {
        check(
            "South Sudan's army said its troops had entered the oil field.",
            Some("South Sudan's army"),
            Some("South Sudan"),
            Some("said"),
        );
        check(
            "Further south, the army said it had retaken the town.",
            Some("the army"),
            None,
            Some("said"),
        );
    }

    #[test]
    fn reporting_grammar() {
        check(
            "On Wednesday, Russia said its forces had captured the settlement.",
            Some("Russia"),
            Some("Russia"),
            Some("said"),
        );
        check(
            "\u{201c}No one expects an easy road,\u{201d} Kremlin spokesman Dmitry Peskov told reporters.",
            Some("Kremlin spokesman Dmitry Peskov"),
            Some("Russia"),
            Some("told reporters"),
        );
        check(
            "Three sources close to the Kremlin said last week that Putin would keep fighting.",
            Some("Three sources close to the Kremlin"),
            Some("Russia"),
            Some("said"),
        );
        check(
            "Ukraine's top commander, Oleksandr Syrskyi, said on Wednesday that troops moved.",
            Some("Ukraine's top commander, Oleksandr Syrskyi"),
            Some("Ukraine"),
            Some("said"),
        );
        check(
            "The town fell on Friday, according to the Ukrainian military.",
            Some("the Ukrainian military"),
            Some("Ukraine"),
            Some("according to"),
        );
        check(
            "According to Pakistan's Directorate General for the Welfare of Prisoners of War, \
             the swap was done.",
            Some("Pakistan's Directorate General for the Welfare of Prisoners of War"),
            Some("Pakistan"),
            Some("according to"),
        );
        // "Army" in a group's name is not "the army" that speaks.
        check(
            "The National Liberation Army (ELN) on Tuesday freed seven soldiers, the army said.",
            Some("the army"),
            None,
            Some("said"),
        );
        check(
            "Ukraine's General Staff on Monday denied Russian claims.",
            Some("Ukraine's General Staff"),
            Some("Ukraine"),
            Some("denied"),
        );
        check(
            "The deal is in force, said Peskov.",
            Some("Peskov"),
            Some("Russia"),
            Some("said"),
        );
        check(
            "Russian Defence Minister Andrei Belousov, who visited the front, said the push went well.",
            Some("Russian Defence Minister Andrei Belousov"),
            Some("Russia"),
            Some("said"),
        );
        check("Russian forces captured the village.", None, None, None);
        check(
            "He declined to say whether talks would go on.",
            None,
            None,
            None,
        );
    }

    #[test]
    fn media_relative_clauses_and_closing_clauses() {
        check(
            "In a statement posted on Telegram, the Armenian foreign ministry denied that talks had stalled.",
            Some("the Armenian foreign ministry"),
            Some("Armenia"),
            Some("denied"),
        );
        check(
            "A border guard officer, who asked not to be named, said the crossing was shut.",
            Some("A border guard officer"),
            None,
            Some("said"),
        );
        check(
            "The governor, who has held the post since 2019, told state television the bridge was intact.",
            Some("The governor"),
            None,
            Some("told"),
        );
        check(
            "Memorial, a rights group, says the detainees were moved to Siberia.",
            Some("Memorial"),
            None,
            Some("says"),
        );
        check(
            "The army announced the town was retaken on Sunday, two local officials said on Monday.",
            Some("two local officials"),
            None,
            Some("said"),
        );
        check(
            "Dawlah Islamiyah, in a message posted online, denied that its fighters had left the town.",
            Some("Dawlah Islamiyah"),
            Some("Dawlah Islamiyah"),
            Some("denied"),
        );
        check(
            "An RSF adviser, speaking to reporters by telephone, denied that the army had entered Bara.",
            Some("An RSF adviser"),
            Some("Rapid Support Forces"),
            Some("denied"),
        );
        check(
            "Russian forces took Avdiivka in February 2024, after months of assaults that Western analysts say cost Russia thousands of men.",
            None,
            None,
            None,
        );
        check(
            "Ukraine returned the remains of 38 Russian servicemen, according to the headquarters.",
            Some("the headquarters"),
            None,
            Some("according to"),
        );
        check(
            "Gunmen freed 12 truck drivers on Monday, a drivers' union said.",
            Some("a drivers' union"),
            None,
            Some("said"),
        );
        check(
            "The bridge was blown up overnight, Oleksandr Prokudin, head of the Kherson military administration, confirmed on Friday.",
            Some("Oleksandr Prokudin, head of the Kherson military administration"),
            Some("Ukraine"),
            Some("confirmed"),
        );
        check(
            "The envoy called on Monday for calm, a Kenyan official said.",
            Some("a Kenyan official"),
            Some("Kenya"),
            Some("said"),
        );
        check(
            "The African Union called on both sides to respect the truce.",
            Some("The African Union"),
            Some("African Union"),
            Some("called on"),
        );
    }

    /// Attributes `text` with what `memory` remembers, then remembers what it names.
    fn read_sentence<'t>(memory: &mut Memory, text: &'t str) -> Said<'t> {
        let tokens = tokenize(text);
        let said = find(text, &tokens, &word_starts(text), memory);
        let named = persons(
            text,
            &tokens,
            Words::of(&word_starts(text)),
            &mentions(text),
        );
        memory.learn(text, named, &said);
        said
    }

    #[test]
    fn pronouns_resolve_to_the_last_subject() {
        let mut memory = Memory::default();
        read_sentence(
            &mut memory,
            "President Donald Trump has patched up relations with Zelensky and grown frustrated with Putin.",
        );
        let said = read_sentence(
            &mut memory,
            "Last week he threatened new sanctions on Russia.",
        );
        assert_eq!(said.speaker.as_deref(), Some("President Donald Trump"));
        assert_eq!(said.actor, Some("United States"));
        assert_eq!(said.verb.as_deref(), Some("threatened"));
    }

    #[test]
    fn definite_descriptions_resolve() {
        let check = |texts: &[&str], speaker: &str, actor: &str| {
            let mut memory = Memory::default();
            for text in texts {
                let said = read_sentence(&mut memory, text);
                assert_eq!(said.speaker.as_deref(), Some(speaker), "{text}");
                assert_eq!(said.actor, Some(actor), "{text}");
            }
        };
        check(
            &[
                "Sudan's army said on Saturday it had entered Wad Madani.",
                "The army also said it had repelled an attack on El Obeid.",
            ],
            "Sudan's army",
            "Sudanese Armed Forces",
        );
        // A head noun in a name's title case.
        check(
            &[
                "Armenia's Migration Service said 40 people had crossed.",
                "The service said more would follow.",
            ],
            "Armenia's Migration Service",
            "Armenia",
        );
    }

    /// The head nouns of the organisations remembered, as [`Memory::learn`] pushed them when it
    /// kept them (each with its singular, the speaker and the actor, in the order they spoke):
    /// the reference for [`Memory::named_by`] and [`ArticleFacts::head_actor`].
    ///
    /// [`ArticleFacts::head_actor`]: crate::claims::ArticleFacts::head_actor
    fn heads_as_pushed(memory: &Memory) -> Vec<(String, String, Option<&'static str>)> {
        let mut heads = Vec::new();
        for org in &memory.orgs {
            for word in org.speaker.split(|c: char| !c.is_alphanumeric()) {
                let title = word.chars().next().is_some_and(char::is_uppercase)
                    && word.chars().skip(1).all(|c| !c.is_uppercase());
                let lower = word.chars().all(|c| !c.is_uppercase());
                if (title || lower)
                    && word.chars().next().is_some_and(char::is_alphabetic)
                    && word.len() > 3
                {
                    heads.push((
                        singular(&word.to_lowercase()),
                        org.speaker.clone(),
                        org.actor,
                    ));
                }
            }
        }
        heads
    }

    #[test]
    fn head_nouns_found_as_in_the_heads_pushed() {
        let speakers = [
            "the ministry",
            "Russia's defence ministry",
            "the health ministries",
            "the army",
            "Sudan's army and its allied militias",
            "the armies",
            "the Press Office",
            "army officials",
            "the \u{c9}lys\u{e9}e office staff",
            "the ombudsman\u{2019}s office",
            "the bosses",
            "the boss",
            "gen. staff",
            "Kremlin",
        ];
        let actors = [None, Some("Russia"), Some("Sudanese Armed Forces")];
        let mut heads: Vec<String> = speakers
            .iter()
            .flat_map(|speaker| speaker.split(|c: char| !c.is_alphanumeric()))
            .flat_map(|word| {
                let lower = word.to_ascii_lowercase();
                [singular(&lower), lower.clone(), format!("{lower}s"), lower]
            })
            .collect();
        heads.extend(["y", "militia", "ministry", "armie", ""].map(str::to_owned));
        let mut found = 0;
        // Organisations speaking in many orders, some again after others.
        for step in 1..speakers.len() {
            let mut facts = crate::claims::ArticleFacts::default();
            let mut memory = Memory::default();
            for k in 0..speakers.len() * 2 {
                let speaker = speakers[(k * step) % speakers.len()];
                let actor = actors[(k * step / 3) % actors.len()];
                memory.orgs.push(Org::new(speaker.to_owned(), actor));
                facts.spoke = memory
                    .orgs
                    .iter()
                    .filter_map(|org| Some((org.speaker.clone(), org.actor?)))
                    .collect();
                let pushed = heads_as_pushed(&memory);
                for head in &heads {
                    let before = pushed
                        .iter()
                        .rev()
                        .find(|(h, _, _)| h == head)
                        .map(|(_, full, actor)| (full, actor));
                    let now = memory.named_by(head).map(|org| (&org.speaker, &org.actor));
                    assert_eq!(now, before, "{head:?} {:?}", memory.orgs);
                    found += usize::from(now.is_some());
                    // The article's heads: those with an actor, the noun's `s` taken off.
                    let noun = head.to_ascii_lowercase();
                    let noun = noun.strip_suffix('s').unwrap_or(&noun);
                    let spoke_before = pushed
                        .iter()
                        .filter_map(|(h, _, actor)| Some((h, (*actor)?)))
                        .rev()
                        .find(|(h, _)| *h == noun)
                        .map(|(_, actor)| actor);
                    let army = matches!(noun, "army" | "military" | "troop" | "soldier" | "force")
                        .then_some(facts.main_army)
                        .flatten();
                    assert_eq!(facts.head_actor(head), spoke_before.or(army), "{head:?}");
                }
            }
        }
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn byte_pairs_never_turn_away_a_text_that_holds_the_needle() {
        let pieces = [
            "a", "Sy", "rskyi", "\u{e9}", " ", "ko", "Pes", "kov", "'s", "-",
        ];
        let mut texts = vec![String::new()];
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    texts.push(format!("{first}{second}{third}"));
                }
            }
        }
        let (mut held, mut turned) = (0, 0);
        for text in &texts {
            for needle in &texts {
                let holds = contains_str(text, needle);
                let may = byte_pairs(needle.as_bytes()) & !byte_pairs(text.as_bytes()) == 0;
                assert!(may || !holds, "{text:?} {needle:?}");
                held += usize::from(holds);
                turned += usize::from(!may);
            }
        }
        assert!(
            held > 1_000 && turned > texts.len() * texts.len() / 2,
            "{held} {turned}"
        );
    }

    /// [`Memory::resolve`] as it was before its word lists were read only where their answers
    /// matter (kept as the reference for `resolves_as_with_every_list_read`).
    fn resolve_before<'t>(
        memory: &Memory,
        text: &'t str,
        earlier: &[Token<'_>],
        written: &'t str,
        phrase: &[Token<'_>],
        actor_of_written: impl FnOnce() -> Option<&'static str>,
    ) -> (Cow<'t, str>, Option<&'static str>, &'static str) {
        if let [only] = phrase {
            if only.is_any(PRONOUNS_PERSON) {
                if let Some(person) = memory
                    .last_subject_person
                    .and_then(|i| memory.persons.get(i))
                {
                    return (
                        Cow::Owned(person.full.clone()),
                        person.actor,
                        "attribution.pronoun_person",
                    );
                }
                return (
                    Cow::Borrowed(written),
                    None,
                    "attribution.unresolved_pronoun",
                );
            }
            if only.is_any(PRONOUNS_ORG) {
                if let Some(org) = memory.orgs.last() {
                    return (
                        Cow::Owned(org.speaker.clone()),
                        org.actor,
                        "attribution.pronoun_organisation",
                    );
                }
                return (
                    Cow::Borrowed(written),
                    None,
                    "attribution.unresolved_pronoun",
                );
            }
        }
        if let Some(actor) = actor_of_written() {
            return (Cow::Borrowed(written), Some(actor), "attribution.lexicon");
        }
        // A surname named before with a title: "Syrskyi said".
        if let Some(person) = phrase
            .iter()
            .rev()
            .filter(|t| t.is_capitalised())
            .find_map(|t| memory.persons.iter().rev().find(|p| p.surname == t.text))
            && person.actor.is_some()
        {
            return (
                Cow::Borrowed(written),
                person.actor,
                "attribution.person_memory",
            );
        }
        // A definite description: "the army", "The ministry".
        let definite = phrase.first().is_some_and(|t| t.is("the"))
            && phrase.iter().skip(1).all(|t| !t.is_capitalised());
        if definite && let Some(head_token) = phrase.last() {
            // Named earlier in the same sentence: "to Gaza's health ministry ..., according to
            // the ministry".
            if let Some(at) = earlier.iter().rposition(|t| t.is(head_token.text)) {
                let mut first = at;
                while first > 0
                    && earlier.get(first - 1).is_some_and(|t| {
                        (t.is_word()
                            && !t.is_any(PREPOSITIONS)
                            && !t.is_any(&["the", "a", "an", "and"]))
                            || t.kind == TokenKind::Possessive
                    })
                    && at - first < 4
                {
                    first -= 1;
                }
                if first < at
                    && let (Some(a), Some(b)) = (earlier.get(first), earlier.get(at))
                {
                    let full = slice(text, a.start, b.end);
                    return (
                        Cow::Borrowed(full),
                        actor_of_phrase(full),
                        "attribution.definite_description",
                    );
                }
            }
            let head = singular(&head_token.text.to_ascii_lowercase());
            if let Some((_, full, actor)) = heads_as_pushed(memory)
                .iter()
                .rev()
                .find(|(h, _, _)| *h == head)
            {
                return (
                    Cow::Owned(full.clone()),
                    *actor,
                    "attribution.definite_description",
                );
            }
        }
        // "the army's 1st Corps", "The defence ministry": an institution of the dateline's
        // country when nothing else names it.
        let institution = phrase.iter().any(|t| INSTITUTION_SET.contains(t));
        // Plural and anonymous speakers ("officials", "residents") are not the institution.
        let anonymous = phrase.iter().any(|t| SPEAKER_NOUN_SET.contains(t));
        if !anonymous
            && institution
            && let Some(home) = memory.home
        {
            return (
                Cow::Borrowed(written),
                Some(home),
                "attribution.dateline_country",
            );
        }
        // "Army spokesman Brig. Gen. X": the army the article is about.
        let army_word = phrase
            .iter()
            .any(|t| t.is_any(&["army", "army's", "military", "military's"]));
        if !anonymous
            && army_word
            && let Some(army) = memory.army
        {
            return (
                Cow::Borrowed(written),
                Some(army),
                "attribution.article_army",
            );
        }
        // "Russian-installed officials", "the Houthi-run ministry": who installed or runs them.
        // Every suffix has a hyphen: words without one are passed over without a search, and a
        // speaker without one (most) without reading its words.
        let hyphenated = written.as_bytes().contains(&b'-');
        for word in written
            .split_whitespace()
            .filter(|word| hyphenated && word.contains('-'))
        {
            for suffix in ["-installed", "-appointed", "-run"] {
                if let Some(at) = word.find(suffix)
                    && let Some(actor) = word.get(..at).and_then(actor_of_phrase)
                {
                    return (
                        Cow::Borrowed(written),
                        Some(actor),
                        "attribution.installed_by",
                    );
                }
            }
        }
        if !anonymous
            && phrase
                .iter()
                .any(|t| INSTITUTION_SET.contains(t) && !t.is_any(SPOKES))
            && let Some((state, army)) = memory.state
            && !mentions(text).iter().any(|m| {
                matches!(
                    m.kind,
                    ActorKind::Country | ActorKind::Capital | ActorKind::Demonym
                )
            })
        {
            return (
                Cow::Borrowed(written),
                Some(if army_word { army } else { state }),
                "attribution.article_state",
            );
        }
        (Cow::Borrowed(written), None, "attribution.as_written")
    }

    #[test]
    fn resolves_as_with_every_list_read() {
        let phrases = [
            "the ministry",
            "the defence ministry",
            "officials",
            "ministry officials",
            "army officials",
            "the army",
            "Army spokesman Nabil Abdallah",
            "the military's spokesman",
            "Russian-installed officials",
            "the Houthi-run ministry",
            "pro-government fighters",
            "Syrskyi",
            "Oleksandr Syrskyi",
            "he",
            "it",
            "they",
            "the presidency",
            "Kremlin spokesman Dmitry Peskov",
            "the head of the ministry",
            "residents",
        ];
        let syrskyi = Person::new(
            "Commander Oleksandr Syrskyi".to_owned(),
            "Syrskyi".to_owned(),
            Some("Ukraine"),
        );
        let mut read = 0;
        for persons in [Vec::new(), vec![syrskyi]] {
            for (home, state) in [
                (None, None),
                (Some("Russia"), None),
                (None, Some(("Cameroon", "Cameroon"))),
                (Some("Russia"), Some(("Sudan", "Sudanese Armed Forces"))),
            ] {
                for army in [None, Some("Sudanese Armed Forces")] {
                    let memory = Memory {
                        persons: persons.clone(),
                        last_subject_person: persons.len().checked_sub(1),
                        orgs: vec![Org::new("the health ministry".to_owned(), Some("Gaza"))],
                        home,
                        army,
                        state,
                        group: None,
                    };
                    for phrase in phrases {
                        let tokens = tokenize(phrase);
                        let now = memory.resolve(phrase, &[], phrase, &tokens, || None);
                        let before = resolve_before(&memory, phrase, &[], phrase, &tokens, || None);
                        assert_eq!(now, before, "{phrase:?} {home:?} {army:?}");
                        let with_actor = memory
                            .resolve(phrase, &[], phrase, &tokens, || actor_of_phrase(phrase));
                        let before_with_actor =
                            resolve_before(&memory, phrase, &[], phrase, &tokens, || {
                                actor_of_phrase(phrase)
                            });
                        assert_eq!(with_actor, before_with_actor, "{phrase:?}");
                        read += 1;
                    }
                }
            }
        }
        assert_eq!(read, 16 * phrases.len());
    }

    #[test]
    fn ascii_word_ends_as_read_byte_by_byte() {
        let pieces = [
            "a", "Z9", "abcdefg", "12345678", " ", "-", "\u{e9}", "x.y", "'", "\u{2014}",
        ];
        let mut texts = vec![String::new()];
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    texts.push(format!("{first}{second}{third}{first}{second}"));
                }
            }
        }
        for text in &texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() + 1 {
                let by_byte = from
                    + bytes
                        .get(from..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|byte| byte.is_ascii_alphanumeric())
                        .count();
                assert_eq!(ascii_word_end(bytes, from), by_byte, "{text:?} at {from}");
            }
        }
    }
}
