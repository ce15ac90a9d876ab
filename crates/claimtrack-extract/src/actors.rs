//! Actor mentions in text: which canonical actors a span of words names.
//!
//! A thin layer over the actor lexicon that applies the rules every grammar needs: `Rwanda-backed`
//! does not name Rwanda as the speaker (the backer is not the subject), while `Saudi-led` and
//! `M23-led` do name the leader; when a phrase names several actors, an armed group or army wins
//! over the country it is in (`Yemen's Houthi rebels` is the Houthis).

use crate::lexicon::{ACTORS, ActorEntry, ActorKind, Hit, Words};

/// One actor mention, with byte offsets into the text that was scanned.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mention {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) actor: &'static str,
    pub(crate) kind: ActorKind,
}

/// Hyphenated words after an actor that make it a supporter, an ally or an owner rather than the
/// actor itself (`Rwanda-backed`, `al-Qaeda-linked`, `Liberian-flagged`).
const SUPPORTER_SUFFIXES: &[&str] = &[
    "-backed",
    "-supported",
    "-allied",
    "-aligned",
    "-funded",
    "-linked",
    "-affiliated",
    "-inspired",
    "-flagged",
    "-registered",
    "-owned",
    "-operated",
    "-armed",
    "-sponsored",
    "-brokered",
    "-mediated",
    "-installed",
    "-appointed",
    "-based",
    "-born",
    "-American",
    "-German",
    "-Israeli",
    "-Russian",
];

/// Every actor mention in `text`, in order.
pub(crate) fn mentions(text: &str) -> Vec<Mention> {
    let mut found = Vec::new();
    each_mention(text, |mention| found.push(mention));
    found
}

/// Calls `each` with every mention of [`mentions`], in order (for a caller that reads them
/// once).
fn each_mention(text: &str, mut each: impl FnMut(Mention)) {
    let lexicon: &'static crate::lexicon::Lexicon<ActorEntry> = &ACTORS;
    if crate::defined::with(|defined| !defined.is_empty()) {
        let mut found = Vec::new();
        lexicon.each(text, |hit| {
            found.extend(kept_mention(text, &hit));
            true
        });
        add_defined(text, &mut found);
        found.into_iter().for_each(each);
        return;
    }
    lexicon.each(text, |hit| {
        if let Some(mention) = kept_mention(text, &hit) {
            each(mention);
        }
        true
    });
}

/// [`mentions`] in a text whose word starts are known (an article's body).
pub(crate) fn mentions_from(text: &str, words: Words<'_>) -> Vec<Mention> {
    let lexicon: &'static crate::lexicon::Lexicon<ActorEntry> = &ACTORS;
    let mut found = Vec::new();
    lexicon.each_from(text, words, |hit| {
        found.extend(kept_mention(text, &hit));
        true
    });
    add_defined(text, &mut found);
    found
}

/// Adds to `found` (the lexicon's mentions of `text`, in order) the mentions of the names the
/// article defines ([`crate::defined`]), which replace the lexicon's mentions they overlap:
/// `ADF` is the article's Ambazonia Defence Forces, and `Fano` in `Amhara Fano National Force`
/// is part of that name.
fn add_defined(text: &str, found: &mut Vec<Mention>) {
    crate::defined::with(|defined| {
        if defined.is_empty() {
            return;
        }
        let mut extra: Vec<Mention> = Vec::new();
        for name in defined {
            for form in &name.forms {
                for (start, _) in text.match_indices(form.as_str()) {
                    let end = start + form.len();
                    let overlaps = |m: &Mention| m.start < end && start < m.end;
                    if let Some(mention) = defined_mention(text, name, start, end)
                        && !extra.iter().any(overlaps)
                    {
                        extra.push(mention);
                    }
                }
            }
        }
        if extra.is_empty() {
            return;
        }
        found.retain(|m| !extra.iter().any(|e| m.start < e.end && e.start < m.end));
        found.extend(extra);
        found.sort_by_key(|m| m.start);
    });
}

/// The mention of the defined `name` written at `start..end` of `text`, if it is a whole word
/// there (no letter or digit glued to it) and names its actor ([`kept_mention`]).
fn defined_mention(
    text: &str,
    name: &crate::defined::Defined,
    start: usize,
    end: usize,
) -> Option<Mention> {
    let glued = |c: char| c.is_alphanumeric();
    let before = text.get(..start).and_then(|b| b.chars().next_back());
    let after = text.get(end..).and_then(|a| a.chars().next());
    if before.is_some_and(glued) || after.is_some_and(glued) {
        return None;
    }
    let entry = ActorEntry {
        canonical: name.actor,
        kind: name.kind,
    };
    kept_mention(
        text,
        &Hit {
            start,
            end,
            value: &entry,
        },
    )
}

/// The actor hit `hit` of `text` as a mention, if it names its actor.
fn kept_mention(text: &str, hit: &Hit<'_, ActorEntry>) -> Option<Mention> {
    let after = text.get(hit.end..).unwrap_or("");
    let before = text.get(..hit.start).unwrap_or("");
    // "Russian-German man": a compound demonym names neither side.
    let compound_before = before.ends_with('-');
    // "Egyptian-Qatari", "Russian-American": a compound names neither.
    let compound_after = after
        .strip_prefix('-')
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
    (!compound_before && !compound_after && !supporter(after)).then_some(Mention {
        start: hit.start,
        end: hit.end,
        actor: hit.value.canonical,
        kind: hit.value.kind,
    })
}

/// The actor mention that starts exactly at byte `at` of `text`, if any (same filters as
/// [`mentions`]).
pub(crate) fn mention_at(text: &str, at: usize) -> Option<Mention> {
    let lexicon: &'static crate::lexicon::Lexicon<ActorEntry> = &ACTORS;
    let defined = crate::defined::with(|defined| {
        let rest = text.get(at..)?;
        defined.iter().find_map(|name| {
            name.forms
                .iter()
                .filter(|form| rest.starts_with(form.as_str()))
                .find_map(|form| defined_mention(text, name, at, at + form.len()))
        })
    });
    defined.or_else(|| kept_mention(text, &lexicon.at(text, at)?))
}

/// Whether the text after an actor makes it a supporter (`-backed`, `-brokered`). Every suffix
/// starts with a hyphen, so text without one is turned away before the list is read.
fn supporter(after: &str) -> bool {
    after.starts_with('-')
        && SUPPORTER_SUFFIXES
            .iter()
            .any(|suffix| starts_with_word(after, suffix))
}

/// Whether `text` starts with `prefix` followed by a word boundary (case-insensitive).
fn starts_with_word(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
        && !text
            .get(prefix.len()..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric)
}

/// How strongly a kind of name identifies the actor of a phrase that names several. A country
/// that owns what follows ("Armenia's Security Council", "Israel's Mossad") outranks the
/// institutions it names, though not its army or an armed group ("Sudan's army").
fn rank(kind: ActorKind, possessive: bool) -> u8 {
    match kind {
        ActorKind::Group | ActorKind::Military => 6,
        ActorKind::Country | ActorKind::Capital if possessive => 5,
        ActorKind::Person | ActorKind::Government | ActorKind::Organisation => 4,
        ActorKind::Country | ActorKind::Demonym | ActorKind::Capital => 2,
    }
}

/// The actor a phrase (a speaker, a subject) stands for: the strongest mention, the first among
/// equals. Mentions after a preposition (`close to the Kremlin`) count only when there is no other.
pub(crate) fn actor_of_phrase(phrase: &str) -> Option<&'static str> {
    let mut best = Strongest::default();
    each_mention(phrase, |mention| best.add(phrase, mention));
    best.actor()
}

/// [`actor_of_phrase`] of `phrase`, the text at byte `at` of a text whose word starts are
/// `words`: the phrase's starts are taken from those when they are its own (nearly always), and
/// the phrase is not read again for them. `runs_on` says whether that text may go on with an
/// ASCII letter or digit right after the phrase (as for [`crate::lexicon::words_within`]: when
/// not known, true, and the prints of the phrase's last words are read again).
pub(crate) fn actor_of_phrase_at(
    phrase: &str,
    words: Words<'_>,
    at: usize,
    runs_on: bool,
) -> Option<&'static str> {
    if crate::defined::with(|defined| !defined.is_empty()) {
        return actor_of_phrase(phrase);
    }
    let (starts, base) = words.as_kept();
    match crate::lexicon::words_within(starts, base + at, phrase, runs_on, &mut 0) {
        Some(words) => {
            let lexicon: &'static crate::lexicon::Lexicon<ActorEntry> = &ACTORS;
            let mut best = Strongest::default();
            lexicon.each_from(phrase, words, |hit| {
                if let Some(mention) = kept_mention(phrase, &hit) {
                    best.add(phrase, mention);
                }
                true
            });
            best.actor()
        }
        None => actor_of_phrase(phrase),
    }
}

/// The strongest of the mentions of a phrase read so far: the first mention of the highest rank
/// among those not after a preposition, or among all when every mention is (one pass over the
/// mentions as they are found, collecting nothing).
#[derive(Default)]
struct Strongest {
    direct: Option<(u8, Mention)>,
    any: Option<(u8, Mention)>,
}

impl Strongest {
    /// Reads `mention`, the next mention of `phrase`.
    fn add(&mut self, phrase: &str, mention: Mention) {
        let after_preposition = |m: &Mention| {
            let before = phrase.get(..m.start).unwrap_or("").trim_end();
            let before = before
                .strip_suffix("the")
                .or_else(|| before.strip_suffix("The"))
                .unwrap_or(before)
                .trim_end();
            let last = before.rsplit(' ').next().unwrap_or("");
            // "the army and allied militias": an ally is not the head of the phrase either.
            PREPOSITIONS.contains(&last) || last == "allied"
        };
        let after = phrase.get(mention.end..).unwrap_or("");
        let possessive = after.starts_with("'s ") || after.starts_with("\u{2019}s ");
        let r = rank(mention.kind, possessive);
        if self.any.is_none_or(|(best, _)| r > best) {
            self.any = Some((r, mention));
        }
        if self.direct.is_none_or(|(best, _)| r > best) && !after_preposition(&mention) {
            self.direct = Some((r, mention));
        }
    }

    /// The actor of the strongest mention read.
    fn actor(self) -> Option<&'static str> {
        self.direct.or(self.any).map(|(_, m)| m.actor)
    }
}

/// Prepositions after which a name is not the head of its phrase.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "to", "with", "from", "against", "by", "for", "on", "at", "in", "into", "near", "over",
    "between", "toward", "towards", "about", "under", "after", "before", "than", "like", "of",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn supporter_suffixes_start_with_a_hyphen() {
        // `supporter` reads the list only after a hyphen.
        assert!(SUPPORTER_SUFFIXES.iter().all(|s| s.starts_with('-')));
        assert!(supporter("-backed M23"));
        assert!(!supporter(" backed"));
    }

    #[test]
    fn phrase_actors() {
        let check = |phrase: &str, actor: Option<&str>| {
            assert_eq!(actor_of_phrase(phrase), actor, "{phrase}");
        };
        check("Kremlin spokesman Dmitry Peskov", Some("Russia"));
        check("A Ukrainian diplomatic source", Some("Ukraine"));
        check("Three sources close to the Kremlin", Some("Russia"));
        check("Yemen's Houthi rebels", Some("Houthis"));
        check("The Rwanda-backed M23 rebel group", Some("M23"));
        check("the M23-led alliance", Some("M23"));
        check("Sudan's army", Some("Sudanese Armed Forces"));
        check(
            "RSF leader Mohamed Hamdan Dagalo",
            Some("Rapid Support Forces"),
        );
        check("officials on both sides", None);
        check("Ukraine's ambassador to the UN", Some("Ukraine"));
        check("Armenia's Security Council", Some("Armenia"));
        check("the UN Security Council", Some("United Nations"));
    }

    #[test]
    fn phrase_actors_from_the_starts_of_their_text() {
        let text = "Officials said Yemen's Houthi rebels and the Rwanda-backed M23 rebel group, \
                    Kremlin spokesman Dmitry Peskov and Sudan's army told AFP";
        let starts = crate::lexicon::word_starts(text);
        let bounds: Vec<usize> = (0..=text.len()).collect();
        for &from in &bounds {
            for &to in bounds.iter().filter(|&&to| to >= from) {
                let phrase = &text[from..to];
                let runs_on = text
                    .as_bytes()
                    .get(to)
                    .is_some_and(u8::is_ascii_alphanumeric);
                for runs_on in [runs_on, true] {
                    assert_eq!(
                        actor_of_phrase_at(phrase, Words::of(&starts), from, runs_on),
                        actor_of_phrase(phrase),
                        "{phrase:?}"
                    );
                }
            }
        }
    }
}
