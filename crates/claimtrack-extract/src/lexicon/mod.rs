//! Word lists as data, and the matchers built from them once.
//!
//! Every list is a tab-separated file next to this module (`actors.tsv`, `reporting.tsv`,
//! `territorial.tsv`, `exchange.tsv`, `deadline.tsv`, `places.tsv`, `regions.tsv`): adding a word
//! is adding one line. [`Lexicon`] turns a list into one Aho-Corasick automaton (leftmost longest,
//! ASCII case-insensitive) and keeps only whole-word matches. Lines starting with `#` are comments;
//! a line that does not parse is skipped (the `lexicon_files_parse` test keeps them all valid).
//! [`Substrings`] is the plain-substring counterpart for short fixed phrase lists that a grammar
//! looks for anywhere in a sentence (`brokered by`, `in exchange for`), found in one pass.

use std::sync::LazyLock;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use claimtrack_model::{Action, Category, ExchangeStatus, PlaceType};

/// A compiled word list: phrases mapped to values.
pub(crate) struct Lexicon<T> {
    automaton: Option<AhoCorasick>,
    /// The value of each pattern, by pattern index.
    values: Vec<T>,
    /// Whether the capitals of each pattern must be capitals in the text too.
    case_sensitive_capitals: Vec<bool>,
    patterns: Vec<Vec<u8>>,
}

/// One whole-word match of a lexicon phrase in a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit<'a, T> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: &'a T,
}

impl<T> Lexicon<T> {
    /// Builds a lexicon. With `capitals` set, a capital letter in a phrase only matches a capital
    /// in the text, so that the actor `US` does not match the pronoun `us`.
    fn new(entries: Vec<(String, T)>, capitals: bool) -> Lexicon<T>
    where
        T: Clone,
    {
        let mut patterns = Vec::with_capacity(entries.len() * 2);
        let mut values = Vec::with_capacity(entries.len() * 2);
        for (phrase, value) in entries {
            // Articles use both the straight and the typographic apostrophe.
            if phrase.contains('\'') {
                patterns.push(phrase.replace('\'', "\u{2019}").into_bytes());
                values.push(value.clone());
            }
            patterns.push(phrase.into_bytes());
            values.push(value);
        }
        // A DFA: the lists are small, and every sentence is scanned several times.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .start_kind(StartKind::Both)
            .build(&patterns)
            .ok();
        let case_sensitive_capitals = vec![capitals; patterns.len()];
        Lexicon {
            automaton,
            values,
            case_sensitive_capitals,
            patterns,
        }
    }

    /// Every whole-word match in `text`, in text order, not overlapping.
    pub(crate) fn find<'s>(&'s self, text: &str) -> impl Iterator<Item = Hit<'s, T>> {
        self.automaton
            .iter()
            .flat_map(move |automaton| automaton.find_iter(text))
            .filter_map(move |found| self.accept(text, found))
    }

    /// The match that starts exactly at byte `at` of `text`, if any (an anchored search: it
    /// costs the length of the match, not of the rest of the text).
    pub(crate) fn at<'s>(&'s self, text: &str, at: usize) -> Option<Hit<'s, T>> {
        let automaton = self.automaton.as_ref()?;
        if at > text.len() || !text.is_char_boundary(at) {
            return None;
        }
        let input = Input::new(text)
            .span(at..text.len())
            .anchored(Anchored::Yes);
        let found = automaton.try_find(input).ok().flatten()?;
        self.accept(text, found)
    }

    /// A match as a hit, if it is a whole word and keeps the capitals its pattern asks for.
    fn accept<'s>(&'s self, text: &str, found: aho_corasick::Match) -> Option<Hit<'s, T>> {
        let index = found.pattern().as_usize();
        let (start, end) = (found.start(), found.end());
        if !is_word_boundary(text, start) || !is_word_boundary(text, end) {
            return None;
        }
        if self
            .case_sensitive_capitals
            .get(index)
            .copied()
            .unwrap_or(false)
        {
            let pattern = self.patterns.get(index)?;
            let written = text.as_bytes().get(start..end)?;
            let capitals_kept = pattern
                .iter()
                .zip(written)
                .all(|(p, w)| !p.is_ascii_uppercase() || p == w);
            if !capitals_kept {
                return None;
            }
        }
        Some(Hit {
            start,
            end,
            value: self.values.get(index)?,
        })
    }
}

/// Fixed lower-case phrases searched as plain substrings (not whole words), ASCII
/// case-insensitively, all in one pass. The answers are those of `lower.find(phrase)` for each
/// phrase, where `lower` is the ASCII lower case of the text, without the lower-case copy and
/// without one scan (and one searcher built) per phrase.
pub(crate) struct Substrings {
    automaton: Option<AhoCorasick>,
    phrases: Vec<&'static str>,
}

impl Substrings {
    /// Builds the matcher; every phrase must be lower case (the `substrings_are_lower_case`
    /// test checks the lists), or it would now match where `find` on lower-cased text did not.
    pub(crate) fn new(phrases: Vec<&'static str>) -> Substrings {
        // Standard semantics: overlapping search reports every occurrence of every phrase.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .ok();
        Substrings { automaton, phrases }
    }

    /// The byte offset of the first occurrence of each phrase in `text`, by phrase index.
    pub(crate) fn first_of_each(&self, text: &str) -> Vec<Option<usize>> {
        let Some(automaton) = &self.automaton else {
            let lower = text.to_ascii_lowercase();
            return self.phrases.iter().map(|p| lower.find(p)).collect();
        };
        let mut first = vec![None; self.phrases.len()];
        for found in automaton.find_overlapping_iter(text) {
            if let Some(slot) = first.get_mut(found.pattern().as_usize())
                && slot.is_none_or(|at| found.start() < at)
            {
                *slot = Some(found.start());
            }
        }
        first
    }
}

/// Whether byte offset `at` of `text` is not inside a word. Every match of every word list is
/// checked at both ends, so an ASCII neighbour (nearly always) is tested without decoding.
pub(crate) fn is_word_boundary(text: &str, at: usize) -> bool {
    if at == 0 || at >= text.len() || !text.is_char_boundary(at) {
        return true;
    }
    let bytes = text.as_bytes();
    let before = match bytes.get(at - 1) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(..at).and_then(|s| s.chars().next_back()),
    };
    let after = match bytes.get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(at..).and_then(|s| s.chars().next()),
    };
    match (before, after) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)),
        (None, _) | (_, None) => true,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits one data line into its tab-separated fields, skipping comments and blank lines.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').map(str::trim).collect())
}

/// What an actor alias names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ActorKind {
    Country,
    Demonym,
    Capital,
    Person,
    Government,
    Military,
    Group,
    Organisation,
}

impl ActorKind {
    fn from_name(name: &str) -> Option<ActorKind> {
        Some(match name {
            "country" => ActorKind::Country,
            "demonym" => ActorKind::Demonym,
            "capital" => ActorKind::Capital,
            "person" => ActorKind::Person,
            "government" => ActorKind::Government,
            "military" => ActorKind::Military,
            "group" => ActorKind::Group,
            "organisation" => ActorKind::Organisation,
            _ => return None,
        })
    }
}

/// An actor alias: the canonical actor and what kind of name it is.
#[derive(Debug, Clone)]
pub(crate) struct ActorEntry {
    pub(crate) canonical: &'static str,
    pub(crate) kind: ActorKind,
}

/// How a reporting verb relates the speaker to what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReportForm {
    /// `X said`, or `said X` after a quote.
    Verb,
    /// `according to X`.
    According,
    /// `X denied that ...`.
    Deny,
    /// `X confirmed that ...`.
    Confirm,
}

/// How a territorial trigger finds its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TriggerForm {
    /// The place follows the trigger.
    Active,
    /// Like `Active`, but the trigger is a common word that needs a military subject.
    Weak,
    /// The place comes before the trigger.
    Passive,
    /// A noun that needs a reporting verb in the sentence.
    Noun,
    /// `buffer zone in X`.
    Zone,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct TerritorialTrigger {
    pub(crate) action: Action,
    pub(crate) form: TriggerForm,
}

/// What an exchange word does in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExchangeWord {
    Category(Category),
    Trigger(ExchangeStatus),
    Status(ExchangeStatus),
    /// Not a claim when anywhere in the sentence (`agenda`).
    BlockSentence,
    /// Not a claim when just before the exchange word (`could exchange`).
    BlockNear,
}

/// What a deadline word does in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DeadlineWord {
    Cue,
    Consequence,
    Demand,
    Threat,
}

pub(crate) static ACTORS: LazyLock<Lexicon<ActorEntry>> = LazyLock::new(|| {
    let entries = rows(include_str!("actors.tsv"))
        .filter_map(|row| match row.as_slice() {
            [alias, canonical, kind] => Some((
                (*alias).to_owned(),
                ActorEntry {
                    canonical,
                    kind: ActorKind::from_name(kind)?,
                },
            )),
            _ => None,
        })
        .collect();
    Lexicon::new(entries, true)
});

/// First-level regions and the country each lies in.
pub(crate) static REGIONS: LazyLock<Lexicon<&'static str>> = LazyLock::new(|| {
    let entries = rows(include_str!("regions.tsv"))
        .filter_map(|row| match row.as_slice() {
            [region, country] => Some(((*region).to_owned(), *country)),
            _ => None,
        })
        .collect();
    Lexicon::new(entries, true)
});

pub(crate) static REPORTING: LazyLock<Lexicon<ReportForm>> = LazyLock::new(|| {
    let entries = rows(include_str!("reporting.tsv"))
        .filter_map(|row| {
            let [phrase, form] = row.as_slice() else {
                return None;
            };
            let form = match *form {
                "verb" => ReportForm::Verb,
                "according" => ReportForm::According,
                "deny" => ReportForm::Deny,
                "confirm" => ReportForm::Confirm,
                _ => return None,
            };
            Some(((*phrase).to_owned(), form))
        })
        .collect();
    Lexicon::new(entries, false)
});

pub(crate) static TERRITORIAL: LazyLock<Lexicon<TerritorialTrigger>> = LazyLock::new(|| {
    let entries = rows(include_str!("territorial.tsv"))
        .filter_map(|row| {
            let [phrase, action, form] = row.as_slice() else {
                return None;
            };
            let form = match *form {
                "active" => TriggerForm::Active,
                "weak" => TriggerForm::Weak,
                "passive" => TriggerForm::Passive,
                "noun" => TriggerForm::Noun,
                "zone" => TriggerForm::Zone,
                _ => return None,
            };
            let action = Action::from_name(action)?;
            Some(((*phrase).to_owned(), TerritorialTrigger { action, form }))
        })
        .collect();
    Lexicon::new(entries, false)
});

pub(crate) static PLACE_TYPES: LazyLock<Lexicon<PlaceType>> = LazyLock::new(|| {
    let entries = rows(include_str!("places.tsv"))
        .filter_map(|row| match row.as_slice() {
            [word, ty] => Some(((*word).to_owned(), PlaceType::from_name(ty)?)),
            _ => None,
        })
        .collect();
    Lexicon::new(entries, false)
});

pub(crate) static EXCHANGE: LazyLock<Lexicon<ExchangeWord>> =
    LazyLock::new(|| exchange_lexicon(|word| !matches!(word, ExchangeWord::Status(_))));

/// The status cues, kept apart because they contain exchange words ("agreed to release").
pub(crate) static EXCHANGE_STATUS: LazyLock<Lexicon<ExchangeWord>> =
    LazyLock::new(|| exchange_lexicon(|word| matches!(word, ExchangeWord::Status(_))));

fn exchange_lexicon(keep: fn(&ExchangeWord) -> bool) -> Lexicon<ExchangeWord> {
    let entries = rows(include_str!("exchange.tsv"))
        .filter_map(|row| {
            let [phrase, role, value] = row.as_slice() else {
                return None;
            };
            let (phrase, role, value) = (*phrase, *role, *value);
            let word = match role {
                "category" => ExchangeWord::Category(Category::from_name(value)?),
                "trigger" => ExchangeWord::Trigger(ExchangeStatus::from_name(value)?),
                "status" => ExchangeWord::Status(ExchangeStatus::from_name(value)?),
                "block" if value == "sentence" => ExchangeWord::BlockSentence,
                "block" if value == "near" => ExchangeWord::BlockNear,
                _ => return None,
            };
            keep(&word).then(|| (phrase.to_owned(), word))
        })
        .collect();
    Lexicon::new(entries, true)
}

pub(crate) static DEADLINE: LazyLock<Lexicon<DeadlineWord>> = LazyLock::new(|| {
    deadline_lexicon(|role| match role {
        "cue" => Some(DeadlineWord::Cue),
        _ => None,
    })
});

/// The deadline words with a grammatical role (demand, consequence, threat), kept apart from the
/// cues so that a phrase can be both ("unless" is a cue and starts the demand).
pub(crate) static DEADLINE_ROLES: LazyLock<Lexicon<DeadlineWord>> = LazyLock::new(|| {
    deadline_lexicon(|role| match role {
        "consequence" => Some(DeadlineWord::Consequence),
        "demand" => Some(DeadlineWord::Demand),
        "threat" => Some(DeadlineWord::Threat),
        _ => None,
    })
});

fn deadline_lexicon(pick: fn(&str) -> Option<DeadlineWord>) -> Lexicon<DeadlineWord> {
    let entries = rows(include_str!("deadline.tsv"))
        .filter_map(|row| match row.as_slice() {
            [phrase, role] => Some(((*phrase).to_owned(), pick(role)?)),
            _ => None,
        })
        .collect();
    Lexicon::new(entries, false)
}

/// The country a first-level region lies in.
pub(crate) fn region_country(region: &str) -> Option<&'static str> {
    let lexicon: &'static Lexicon<&'static str> = &REGIONS;
    lexicon
        .find(region)
        .find(|hit| hit.start == 0 && hit.end == region.len())
        .map(|hit| *hit.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_files_parse() {
        let files = [
            ("actors.tsv", include_str!("actors.tsv"), 3),
            ("regions.tsv", include_str!("regions.tsv"), 2),
            ("reporting.tsv", include_str!("reporting.tsv"), 2),
            ("territorial.tsv", include_str!("territorial.tsv"), 3),
            ("places.tsv", include_str!("places.tsv"), 2),
            ("deadline.tsv", include_str!("deadline.tsv"), 2),
            ("exchange.tsv", include_str!("exchange.tsv"), 3),
        ];
        for (name, data, fields) in files {
            for row in rows(data) {
                assert_eq!(row.len(), fields, "{name}: {row:?}");
            }
        }
        let actors = rows(include_str!("actors.tsv")).count();
        assert!(actors >= 300, "only {actors} actor aliases");
        assert_eq!(ACTORS.values.len(), ACTORS.patterns.len());
        let parsed = rows(include_str!("actors.tsv"))
            .filter(|row| matches!(row.as_slice(), [_, _, kind] if ActorKind::from_name(kind).is_some()))
            .count();
        assert_eq!(parsed, actors, "an actor line has an unknown kind");
        // Every line of the role files must turn into an entry (none silently dropped).
        let exchange = rows(include_str!("exchange.tsv")).count();
        assert_eq!(
            EXCHANGE.values.len() + EXCHANGE_STATUS.values.len(),
            exchange + apostrophe_lines(include_str!("exchange.tsv"))
        );
        let territorial = rows(include_str!("territorial.tsv")).count();
        assert_eq!(
            TERRITORIAL.values.len(),
            territorial + apostrophe_lines(include_str!("territorial.tsv"))
        );
        let reporting = rows(include_str!("reporting.tsv")).count();
        assert_eq!(
            REPORTING.values.len(),
            reporting + apostrophe_lines(include_str!("reporting.tsv"))
        );
        let deadline = rows(include_str!("deadline.tsv")).count();
        assert_eq!(
            DEADLINE.values.len() + DEADLINE_ROLES.values.len(),
            deadline + apostrophe_lines(include_str!("deadline.tsv"))
        );
        assert_eq!(
            PLACE_TYPES.values.len(),
            rows(include_str!("places.tsv")).count()
        );
    }

    fn apostrophe_lines(data: &'static str) -> usize {
        rows(data)
            .filter(|row| row.first().is_some_and(|p| p.contains('\'')))
            .count()
    }

    #[test]
    fn capitals_must_match() {
        let hits: Vec<&str> = ACTORS
            .find("told us the US and Turkey ate turkey")
            .map(|hit| hit.value.canonical)
            .collect();
        assert_eq!(hits, ["United States", "Turkey"]);
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(ACTORS.find("Russianness and Ukrainians").count(), 1);
        assert_eq!(region_country("Sumy"), Some("Ukraine"));
        assert_eq!(region_country("Sum"), None);
    }
}
