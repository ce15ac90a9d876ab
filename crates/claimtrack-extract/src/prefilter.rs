//! A cheap first pass over each sentence: one automaton holds the trigger words of every claim
//! kind, so that a sentence with no trigger of a kind skips that kind's grammar (and its own
//! lexicon scans) entirely. The pass only ever lets more sentences through than the grammars
//! accept: every word a grammar needs to start is in it.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::lexicon::is_word_boundary;

/// Which claim kinds have a trigger word in a sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Kinds {
    pub(crate) territorial: bool,
    pub(crate) exchange: bool,
    pub(crate) deadline: bool,
}

impl Kinds {
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
/// on`, `pushed Ukrainian troops out of`), not as lexicon phrases.
const TERRITORIAL_FREE_WORDS: &[&str] = &[
    "repelled",
    "repulsed",
    "repelling",
    "thwarted",
    "foiled",
    "fought",
    "beat",
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

struct Prefilter {
    automaton: AhoCorasick,
    /// The kinds of each distinct pattern (a phrase may start more than one kind).
    kinds: Vec<Kinds>,
}

static PREFILTER: LazyLock<Option<Prefilter>> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut kinds: Vec<Kinds> = Vec::new();
    let mut add = |phrase: &str, kind: Kind| {
        let mut forms = vec![phrase.to_ascii_lowercase()];
        if phrase.contains('\'') {
            forms.push(phrase.replace('\'', "\u{2019}").to_ascii_lowercase());
        }
        for form in forms {
            let index = match patterns.iter().position(|p| *p == form) {
                Some(index) => index,
                None => {
                    patterns.push(form);
                    kinds.push(Kinds::default());
                    patterns.len() - 1
                }
            };
            if let Some(k) = kinds.get_mut(index) {
                k.set(kind);
            }
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
    let automaton = AhoCorasickBuilder::new()
        // Leftmost-longest, as the grammars' own lexicons read the sentence: one pass, no
        // overlapping matches to report.
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .ok()?;
    Some(Prefilter { automaton, kinds })
});

/// The claim kinds whose trigger words occur, as whole words, in `text`. Without the automaton
/// (it cannot fail to build on these lists) every kind is let through.
pub(crate) fn kinds_in(text: &str) -> Kinds {
    let Some(prefilter) = PREFILTER.as_ref() else {
        return Kinds {
            territorial: true,
            exchange: true,
            deadline: true,
        };
    };
    let mut found = Kinds::default();
    for m in prefilter.automaton.find_iter(text) {
        if !is_word_boundary(text, m.start()) || !is_word_boundary(text, m.end()) {
            continue;
        }
        if let Some(kinds) = prefilter.kinds.get(m.pattern().as_usize()) {
            found.add(*kinds);
        }
        if found.all() {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_kinds_of_a_sentence() {
        let kinds = kinds_in("Russian forces pushed Ukrainian units out of the village.");
        assert!(kinds.territorial);
        assert!(!kinds.exchange);
        let kinds = kinds_in("Hamas has until Sunday to free the hostages.");
        assert!(kinds.deadline && kinds.exchange);
        assert_eq!(
            kinds_in("The weather was mild and markets were calm."),
            Kinds::default()
        );
        // Whole words only: "tookie" is not "took".
        assert!(!kinds_in("A tookie leftover").territorial);
    }
}
