//! A cheap first pass over each sentence: one word list holds the trigger words of every claim
//! kind, so that a sentence with no trigger of a kind skips that kind's grammar (and its own
//! lexicon searches) entirely. The pass only ever lets more sentences through than the grammars
//! accept: every word a grammar needs to start is in it. It is searched like every list
//! ([`Lexicon::find_from`]), at the sentence's word starts.

use std::sync::LazyLock;

use crate::lexicon::{Lexicon, Words, flag};

/// Which claim kinds have a trigger word in a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kinds {
    pub(crate) territorial: bool,
    pub(crate) exchange: bool,
    pub(crate) deadline: bool,
}

impl Kinds {
    /// Whether a grammar can find anything.
    pub(crate) fn any(self) -> bool {
        self.territorial || self.exchange || self.deadline
    }

    fn all(self) -> bool {
        self.territorial && self.exchange && self.deadline
    }

    fn set(&mut self, kind: Kind) {
        match kind {
            Kind::Territorial => self.territorial = true,
            Kind::Exchange => self.exchange = true,
            Kind::Deadline => self.deadline = true,
        }
    }

    fn add(&mut self, other: Kinds) {
        self.territorial |= other.territorial;
        self.exchange |= other.exchange;
        self.deadline |= other.deadline;
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Territorial,
    Exchange,
    Deadline,
}

/// Territorial verbs that the grammar reads with free words in between (`repelled an RSF attack
/// on`, `pushed Ukrainian troops out of`, `a "buffer zone" 12 kilometres deep in`), not as
/// lexicon phrases.
const TERRITORIAL_FREE_WORDS: &[&str] = &[
    "zone",
    "redeployed",
    "repelled",
    "repulsed",
    "repelling",
    "thwarted",
    "foiled",
    "fought",
    "beat",
    "beaten",
    "pulled",
    "withdrew",
    "withdrawn",
    "moved",
    "pushed",
    "drove",
    "driven",
    "forced",
    "kicked",
    "chased",
    "flushed",
    "cleared",
    "ejected",
    "ousted",
    "expelled",
    "evicted",
    "dislodged",
];

/// The time words of a limit without a cue word (`X has until Friday to`, `had three days to`).
const DEADLINE_FREE_WORDS: &[&str] = &[
    "until", "till", "days", "hours", "weeks", "months", "day", "week",
];

/// Every trigger phrase (lower case, each once) with the kinds it starts, as a word list whose
/// search is that of the grammars' own lists (leftmost longest, whole words).
pub(crate) static PREFILTER: LazyLock<Lexicon<Kinds>> = LazyLock::new(|| {
    let mut entries: Vec<(String, Kinds)> = Vec::new();
    let mut add = |phrase: &str, kind: Kind| {
        let phrase = phrase.to_ascii_lowercase();
        let index = match entries.iter().position(|(p, _)| *p == phrase) {
            Some(index) => index,
            None => {
                entries.push((phrase, Kinds::default()));
                entries.len() - 1
            }
        };
        if let Some((_, kinds)) = entries.get_mut(index) {
            kinds.set(kind);
        }
    };
    for (data, kind) in [
        (include_str!("lexicon/territorial.tsv"), Kind::Territorial),
        (include_str!("lexicon/exchange.tsv"), Kind::Exchange),
        (include_str!("lexicon/deadline.tsv"), Kind::Deadline),
    ] {
        for line in data.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(phrase), role) = (cols.next(), cols.next()) else {
                continue;
            };
            // Exchange status cues and blockers and deadline roles start nothing by themselves.
            let starts = match kind {
                Kind::Exchange => matches!(role, Some("category" | "trigger")),
                Kind::Deadline => role == Some("cue"),
                Kind::Territorial => true,
            };
            if starts && !phrase.is_empty() {
                add(phrase, kind);
            }
        }
    }
    for word in TERRITORIAL_FREE_WORDS {
        add(word, Kind::Territorial);
    }
    for word in DEADLINE_FREE_WORDS {
        add(word, Kind::Deadline);
    }
    // The list adds the typographic apostrophe form of every phrase with a straight one.
    Lexicon::new(entries, false).flagged(flag::PREFILTER)
});

/// The claim kinds whose trigger words occur, as whole words, in `text` (whose word starts are
/// `starts`). Without the automaton (it cannot fail to build on these lists) every kind is let
/// through.
pub(crate) fn kinds_in(text: &str, words: Words<'_>) -> Kinds {
    let prefilter: &'static Lexicon<Kinds> = &PREFILTER;
    if !prefilter.is_searchable() {
        return Kinds {
            territorial: true,
            exchange: true,
            deadline: true,
        };
    }
    let mut found = Kinds::default();
    prefilter.each_from(text, words, |hit| {
        found.add(*hit.value);
        !found.all()
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::word_starts;

    fn kinds_of(text: &str) -> Kinds {
        kinds_in(text, Words::of(&word_starts(text)))
    }

    #[test]
    fn finds_the_kinds_of_a_sentence() {
        let kinds = kinds_of("Russian forces pushed Ukrainian units out of the village.");
        assert!(kinds.territorial);
        assert!(!kinds.exchange);
        let kinds = kinds_of("Hamas has until Sunday to free the hostages.");
        assert!(kinds.deadline && kinds.exchange);
        assert_eq!(
            kinds_of("The weather was mild and markets were calm."),
            Kinds::default()
        );
        // Whole words only: "tookie" is not "took".
        assert!(!kinds_of("A tookie leftover").territorial);
    }
}
