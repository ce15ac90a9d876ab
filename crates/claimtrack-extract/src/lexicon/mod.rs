//! Word lists as data, and the matchers built from them once.
//!
//! Every list is a tab-separated file next to this module (`actors.tsv`, `reporting.tsv`,
//! `territorial.tsv`, `exchange.tsv`, `deadline.tsv`, `places.tsv`, `regions.tsv`): adding a word
//! is adding one line. Lines starting with `#` are comments; a line that does not parse is
//! skipped (the `lexicon_files_parse` test keeps them all valid).
//!
//! [`Lexicon`] turns a list into one anchored Aho-Corasick DFA (leftmost longest, ASCII
//! case-insensitive) and keeps only whole-word matches. A whole word starts where a word starts,
//! so a search visits only the [`word_starts`] of the text (found once per body and shared by
//! every list and sentence, see [`Lexicon::find_from`]; a short text searched on its own, such as
//! a phrase, has them read as the search goes, without a vector), turns away with two bit tests
//! the words whose first bytes start no phrase of the list, and walks the automaton from the
//! others for as many bytes as the phrase there. No match is ever found (and dropped) inside a word.
//! [`Substrings`] is the plain-substring counterpart for short fixed phrase lists that a grammar
//! looks for anywhere in a sentence (`brokered by`, `in exchange for`), found in one pass.

use std::sync::LazyLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind, PatternID, StartKind,
};
use claimtrack_model::{Action, Category, ExchangeStatus, PlaceType};

/// A compiled word list: phrases mapped to values.
pub(crate) struct Lexicon<T> {
    searcher: Option<Searcher>,
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
    pub(crate) fn new(entries: Vec<(String, T)>, capitals: bool) -> Lexicon<T>
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
        let case_sensitive_capitals = vec![capitals; patterns.len()];
        Lexicon {
            searcher: Searcher::new(&patterns),
            values,
            case_sensitive_capitals,
            patterns,
        }
    }

    /// Whether the automaton was built (it cannot fail to build on these lists); without it,
    /// nothing is ever found.
    pub(crate) fn is_searchable(&self) -> bool {
        self.searcher.is_some()
    }

    /// Every whole-word match in `text`, in text order, not overlapping.
    ///
    /// At the first word start where a phrase starts, the longest phrase there; then the same
    /// from its end. A phrase that starts at a word start but does not end at a word boundary
    /// (`Oman` in `Omani`) is dropped, and the search goes on from its end. This is the
    /// leftmost-longest scan of the whole text with its matches that are not whole words
    /// dropped, except that such a scan also stepped over the text of matches that started
    /// inside a word, which could hide a whole word they overlapped.
    pub(crate) fn find<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = Hit<'s, T>> + 't
    where
        's: 't,
    {
        let starts = self.candidates(text, None);
        self.hits(text, starts)
    }

    /// [`Lexicon::find`] in a text whose [`word_starts`] are known: for a sentence searched with
    /// several lists, the words are found once.
    pub(crate) fn find_from<'s, 't>(
        &'s self,
        text: &'t str,
        starts: &'t [usize],
    ) -> impl Iterator<Item = Hit<'s, T>> + 't
    where
        's: 't,
    {
        let starts = self.candidates(text, Some(starts));
        self.hits(text, starts)
    }

    /// Where a phrase of this list can start in `text`: its word starts, or, for a list with a
    /// phrase that does not start with a letter or digit, every word boundary.
    fn candidates<'t>(&self, text: &'t str, known: Option<&'t [usize]>) -> Starts<'t> {
        match (&self.searcher, known) {
            (Some(searcher), _) if !searcher.word_initial => {
                Starts::Owned(boundaries(text).into_iter())
            }
            (_, Some(known)) => Starts::Borrowed(known.iter()),
            _ => Starts::Lazy(WordStarts::new(text)),
        }
    }

    fn hits<'s, 't>(
        &'s self,
        text: &'t str,
        starts: Starts<'t>,
    ) -> impl Iterator<Item = Hit<'s, T>> + 't
    where
        's: 't,
    {
        let mut from = 0;
        let mut starts = starts;
        // The kind of starts is matched once per hit, so that each kind has its own tight loop.
        std::iter::from_fn(move || {
            let searcher = self.searcher.as_ref()?;
            match &mut starts {
                Starts::Owned(starts) => self.next_hit(searcher, text, &mut from, starts),
                Starts::Borrowed(starts) => {
                    self.next_hit(searcher, text, &mut from, &mut starts.copied())
                }
                Starts::Lazy(starts) => self.next_hit(searcher, text, &mut from, starts),
            }
        })
    }

    /// The first hit at one of `starts` not before `from`, which moves past every match read.
    #[inline(always)]
    fn next_hit<'s>(
        &'s self,
        searcher: &Searcher,
        text: &str,
        from: &mut usize,
        starts: &mut impl Iterator<Item = usize>,
    ) -> Option<Hit<'s, T>> {
        let bytes = text.as_bytes();
        for start in starts {
            if start < *from || !searcher.may_start(bytes, start) {
                continue;
            }
            let Some((pattern, end)) = searcher.longest_at(bytes, start) else {
                continue;
            };
            *from = end;
            if let Some(hit) = self.accept(text, start, end, pattern) {
                return Some(hit);
            }
        }
        None
    }

    /// The match that starts exactly at byte `at` of `text`, if any (it costs the length of the
    /// match, not of the rest of the text).
    pub(crate) fn at<'s>(&'s self, text: &str, at: usize) -> Option<Hit<'s, T>> {
        let searcher = self.searcher.as_ref()?;
        if at > text.len() || !text.is_char_boundary(at) {
            return None;
        }
        let (pattern, end) = searcher.longest_at(text.as_bytes(), at)?;
        self.accept(text, at, end, pattern)
    }

    /// A match as a hit, if it is a whole word and keeps the capitals its pattern asks for.
    fn accept<'s>(
        &'s self,
        text: &str,
        start: usize,
        end: usize,
        pattern: PatternID,
    ) -> Option<Hit<'s, T>> {
        let index = pattern.as_usize();
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

/// The automaton of a list, for anchored searches only, and how its phrases start.
struct Searcher {
    dfa: DFA,
    start: StateID,
    /// The [`prints`] of the first three bytes of every phrase that has three: a phrase can
    /// match only where the text starts with its first three bytes, so where the prints agree.
    threes: Box<[u64; PRINTS / 64]>,
    /// The [`prints`] of every phrase of two bytes.
    twos: Box<[u64; PRINTS / 64]>,
    /// Whether a phrase has two bytes (most lists have none, and skip that test).
    has_twos: bool,
    /// Whether a search must be tried at every start (a phrase of one byte, or one that does not
    /// start with a letter or digit).
    anywhere: bool,
    /// Whether every phrase starts with a letter or digit (and so at a word start).
    word_initial: bool,
}

impl Searcher {
    fn new(patterns: &[Vec<u8>]) -> Option<Searcher> {
        let dfa = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            // Searches start only where a phrase can: there is nothing to skip ahead to.
            .prefilter(false)
            .build(patterns)
            .ok()?;
        let start = dfa.start_state(Anchored::Yes).ok()?;
        let mut searcher = Searcher {
            dfa,
            start,
            threes: Box::new([0; PRINTS / 64]),
            twos: Box::new([0; PRINTS / 64]),
            has_twos: false,
            anywhere: false,
            word_initial: true,
        };
        for pattern in patterns {
            if !String::from_utf8_lossy(pattern)
                .chars()
                .next()
                .is_some_and(is_word_char)
            {
                searcher.word_initial = false;
            }
            match pattern.len() {
                0 => {}
                1 => searcher.anywhere = true,
                2 => {
                    set(&mut searcher.twos, prints(pattern).0);
                    searcher.has_twos = true;
                }
                _ => set(&mut searcher.threes, prints(pattern).1),
            }
        }
        searcher.anywhere |= !searcher.word_initial;
        Some(searcher)
    }

    /// Whether a phrase can start at byte `at` of `bytes`, by the prints of its first bytes.
    #[inline(always)]
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        if self.anywhere {
            return true;
        }
        // Nearly every start has three bytes after it: read them as one little-endian word.
        let (two, three) = match bytes.get(at..at.saturating_add(3)) {
            Some(&[first, second, third]) => {
                let three = u32::from_le_bytes([first, second, third, 0]) | 0x0020_2020;
                (three & 0xFFFF, three)
            }
            _ => keys(bytes.get(at..).unwrap_or(&[])),
        };
        is_set(&self.threes, hash(three)) || (self.has_twos && is_set(&self.twos, hash(two)))
    }

    /// The longest phrase that starts at byte `start` of `bytes`, and where it ends.
    #[inline(always)]
    fn longest_at(&self, bytes: &[u8], start: usize) -> Option<(PatternID, usize)> {
        let mut sid = self.start;
        let mut found = None;
        for (end, &byte) in (start + 1..).zip(bytes.get(start..)?) {
            sid = self.dfa.next_state(Anchored::Yes, sid, byte);
            if !self.dfa.is_special(sid) {
                continue;
            }
            if self.dfa.is_dead(sid) {
                break;
            }
            if self.dfa.is_match(sid) {
                let pattern = self.dfa.match_pattern(sid, 0);
                // A state can also carry a phrase that began after `start` (as aho-corasick's
                // own anchored search, keep only one that begins at `start`).
                if end.checked_sub(self.dfa.pattern_len(pattern)) == Some(start) {
                    found = Some((pattern, end));
                }
            }
        }
        found
    }
}

/// Sets bit `print` of `bits`.
fn set(bits: &mut [u64; PRINTS / 64], print: u16) {
    let print = usize::from(print);
    if let Some(word) = bits.get_mut(print / 64) {
        *word |= 1 << (print % 64);
    }
}

/// Whether bit `print` of `bits` is set.
#[inline(always)]
fn is_set(bits: &[u64; PRINTS / 64], print: u16) -> bool {
    let print = usize::from(print);
    bits.get(print / 64)
        .is_some_and(|word| word & (1 << (print % 64)) != 0)
}

/// Candidate starts of a search, found for it, shared with other searches, or read as the
/// search goes (a short text such as a phrase is searched without allocating its word starts).
enum Starts<'t> {
    Owned(std::vec::IntoIter<usize>),
    Borrowed(std::slice::Iter<'t, usize>),
    Lazy(WordStarts<'t>),
}

/// The [`word_starts`] of a text, found one at a time, byte by byte as [`starts_bytewise`] does.
struct WordStarts<'t> {
    text: &'t str,
    at: usize,
    after_word: bool,
}

impl<'t> WordStarts<'t> {
    fn new(text: &'t str) -> Self {
        WordStarts {
            text,
            at: 0,
            after_word: false,
        }
    }
}

impl Iterator for WordStarts<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        while let Some(&byte) = bytes.get(self.at) {
            let at = self.at;
            self.at += 1;
            let word = if byte.is_ascii() {
                byte.is_ascii_alphanumeric()
            } else if byte >= 0xC0 {
                // The first byte of a longer character decides for all of it.
                self.text
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(is_word_char)
            } else {
                continue;
            };
            let starts_word = word && !self.after_word;
            self.after_word = word;
            if starts_word {
                return Some(at);
            }
        }
        None
    }
}

/// How many prints there are (a power of two).
const PRINTS: usize = 4096;

/// The prints of the first two and of the first three bytes of `bytes` (a phrase, or a text
/// from a word start): hashes of the bytes with bit 5 set (which lower-cases an ASCII letter and
/// changes other bytes alike in phrase and text), a missing byte counting as 0.
#[inline(always)]
fn prints(bytes: &[u8]) -> (u16, u16) {
    let (two, three) = keys(bytes);
    (hash(two), hash(three))
}

/// The keys that [`prints`] hashes: the first two and three bytes with bit 5 set.
#[inline(always)]
fn keys(bytes: &[u8]) -> (u32, u32) {
    let folded = |byte: u8| u32::from(byte | 0x20);
    let (first, second, third) = match *bytes {
        [first, second, third, ..] => (folded(first), folded(second), folded(third)),
        [first, second] => (folded(first), folded(second), 0),
        [first] => (folded(first), 0, 0),
        [] => (0, 0, 0),
    };
    let two = first | second << 8;
    (two, two | third << 16)
}

/// A print (below [`PRINTS`]) of a key: the top bits of a multiplicative hash, its best mixed.
#[inline(always)]
fn hash(key: u32) -> u16 {
    u16::try_from(key.wrapping_mul(0x9E37_79B1) >> 20).unwrap_or(0)
}

/// The byte offsets in `text` where a word (a run of letters and digits) starts: the only places
/// where a whole-word phrase that starts with a letter or digit can start.
///
/// It runs over every article body, so ASCII text is read eight bytes at a time: the letters and
/// digits of a block are found with a few word-wide operations (see [`ascii_word_bytes`]), and
/// only a block with a byte of a longer character is read byte by byte.
pub(crate) fn word_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut after_word = false;
    let mut blocks = bytes.chunks_exact(8);
    let mut at = 0;
    for block in &mut blocks {
        let mut word = [0; 8];
        word.copy_from_slice(block);
        let word = u64::from_le_bytes(word);
        if word & HIGH_BITS == 0 {
            let letters = ascii_word_bytes(word);
            // A word starts at a letter whose previous byte is not one (bit 7 of each byte).
            let before = letters << 8 | if after_word { 0x80 } else { 0 };
            let mut new = letters & !before;
            while new != 0 {
                starts.push(at + (new.trailing_zeros() / 8) as usize);
                new &= new - 1;
            }
            after_word = letters >> 63 != 0;
        } else {
            after_word = starts_bytewise(text, at, block, after_word, &mut starts);
        }
        at += 8;
    }
    starts_bytewise(text, at, blocks.remainder(), after_word, &mut starts);
    starts
}

/// The high bit of every byte of a `u64`.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `block` (eight ASCII bytes) set where the byte is a letter or digit.
/// Every test is a range test done on all bytes at once: adding `0x80 - low` to a byte below
/// 0x80 sets its high bit exactly when it is at least `low`, and cannot carry into the next byte.
pub(crate) fn ascii_word_bytes(block: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let at_least = |bytes: u64, low: u64| bytes.wrapping_add(ONES * (0x80 - low)) & HIGH_BITS;
    let digits = at_least(block, u64::from(b'0')) & !at_least(block, u64::from(b'9') + 1);
    // Setting bit 5 lower-cases the letters and moves no other byte into `a..=z`.
    let folded = block | (ONES * 0x20);
    let letters = at_least(folded, u64::from(b'a')) & !at_least(folded, u64::from(b'z') + 1);
    digits | letters
}

/// [`word_starts`] over the bytes `block` at byte `at` of `text`, one at a time, after a word if
/// `after_word`; returns whether the block ends in a word.
fn starts_bytewise(
    text: &str,
    at: usize,
    block: &[u8],
    mut after_word: bool,
    starts: &mut Vec<usize>,
) -> bool {
    for (at, &byte) in (at..).zip(block) {
        let word = if byte.is_ascii() {
            byte.is_ascii_alphanumeric()
        } else if byte >= 0xC0 {
            // The first byte of a longer character decides for all of it.
            text.get(at..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_word_char)
        } else {
            continue;
        };
        if word && !after_word {
            starts.push(at);
        }
        after_word = word;
    }
    after_word
}

/// Appends to `out` the word starts of `part`, the text at byte `from` of a text whose word
/// starts are `starts` (sorted), as offsets into `part`: the same as [`word_starts`] of `part`,
/// without reading it again.
pub(crate) fn word_starts_within(starts: &[usize], from: usize, part: &str, out: &mut Vec<usize>) {
    let to = from + part.len();
    let first = starts.partition_point(|&at| at < from);
    let inside = starts.get(first..).unwrap_or(&[]);
    // A part that starts inside a word starts with a word of its own.
    if inside.first() != Some(&from) && part.chars().next().is_some_and(is_word_char) {
        out.push(0);
    }
    // The part's starts are counted first, so that they are copied as one slice of known length.
    let count = inside.partition_point(|&at| at < to);
    out.extend(
        inside
            .get(..count)
            .unwrap_or(&[])
            .iter()
            .map(|&at| at - from),
    );
}

/// Every character boundary of `text` that is a word boundary, for a list with a phrase that
/// does not start with a letter or digit (none of the lists today).
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .filter(|&at| is_word_boundary(text, at))
        .collect()
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
fn is_word_boundary(text: &str, at: usize) -> bool {
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

    /// Short strings over the characters that make and break words, and some longer ones that
    /// cross the eight-byte blocks of [`word_starts`].
    fn texts() -> Vec<String> {
        let alphabet = [
            'a', 'Z', '7', ' ', '-', '\'', '.', '\u{e9}', '\u{2019}', '\u{3000}',
        ];
        let mut texts: Vec<String> = [
            "",
            "Russia's defence ministry said on Sunday that its forces had captured Novopil.",
            "\u{201c}We\u{2019}ll see,\u{201d} said Caf\u{e9}-owner \u{c9}lodie in Bogot\u{e1} 2025.",
            "abcdefgh ijklmnop\u{e9}qrstuvwx yz0123456789 ABCDEFGHI-JKLMNOPQ",
        ]
        .iter()
        .map(|t| (*t).to_owned())
        .collect();
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    texts.push([a, b, c].iter().collect());
                    texts.push([a, b, c, a, b, c, a, b, c, c].iter().collect());
                }
            }
        }
        texts
    }

    /// The word starts read character by character.
    fn reference_word_starts(text: &str) -> Vec<usize> {
        let mut after_word = false;
        let mut starts = Vec::new();
        for (at, c) in text.char_indices() {
            let word = is_word_char(c);
            if word && !after_word {
                starts.push(at);
            }
            after_word = word;
        }
        starts
    }

    #[test]
    fn word_starts_as_read_by_character() {
        for text in texts() {
            assert_eq!(word_starts(&text), reference_word_starts(&text), "{text:?}");
            assert_eq!(
                WordStarts::new(&text).collect::<Vec<_>>(),
                reference_word_starts(&text),
                "{text:?}"
            );
            // Every part of the text, from the word starts of the whole.
            let starts = word_starts(&text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&at| text.is_char_boundary(at))
                .collect();
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let part = &text[from..to];
                    let mut within = vec![7];
                    word_starts_within(&starts, from, part, &mut within);
                    assert_eq!(
                        within[1..],
                        reference_word_starts(part),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }

    /// What [`Lexicon::find`] did with an unanchored scan of the whole text: every
    /// leftmost-longest match, then the whole words among them.
    fn unanchored<T>(lexicon: &Lexicon<T>, text: &str) -> Vec<(usize, usize)> {
        unanchored_with(&scanner(lexicon), lexicon, text)
    }

    fn scanner<T>(lexicon: &Lexicon<T>) -> Option<AhoCorasick> {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&lexicon.patterns)
            .ok()
    }

    fn unanchored_with<T>(
        scanner: &Option<AhoCorasick>,
        lexicon: &Lexicon<T>,
        text: &str,
    ) -> Vec<(usize, usize)> {
        scanner
            .iter()
            .flat_map(|automaton| automaton.find_iter(text))
            .filter_map(|m| lexicon.accept(text, m.start(), m.end(), m.pattern()))
            .map(|hit| (hit.start, hit.end))
            .collect()
    }

    fn found<T>(lexicon: &Lexicon<T>, text: &str) -> Vec<(usize, usize)> {
        lexicon.find(text).map(|hit| (hit.start, hit.end)).collect()
    }

    fn same_as_unanchored<T>(lexicon: &Lexicon<T>, texts: &[String]) {
        let scanner = scanner(lexicon);
        for text in texts {
            assert_eq!(
                found(lexicon, text),
                unanchored_with(&scanner, lexicon, text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn finds_what_an_unanchored_scan_found() {
        let mut texts = texts();
        texts.extend(
            [
                "Woman said the US and Oman told reporters; Russian-installed officials in Gaza.",
                "The Sudanese army recaptured Wad Madani, and Hamas agreed to release hostages.",
                "Kyiv's forces took control of the village, Ukraine's General Staff said.",
            ]
            .map(str::to_owned),
        );
        same_as_unanchored(&ACTORS, &texts);
        same_as_unanchored(&REPORTING, &texts);
        same_as_unanchored(&TERRITORIAL, &texts);
        same_as_unanchored(&EXCHANGE, &texts);
        same_as_unanchored(&DEADLINE, &texts);
    }

    #[test]
    fn a_match_inside_a_word_hides_nothing() {
        // An unanchored scan matched `ab cd` inside `xab cd` and stepped over `cd`.
        let lexicon = Lexicon::new(vec![("ab cd".to_owned(), 1), ("cd".to_owned(), 2)], false);
        assert_eq!(unanchored(&lexicon, "xab cd"), []);
        let hits: Vec<_> = lexicon
            .find("xab cd")
            .map(|hit| (hit.start, *hit.value))
            .collect();
        assert_eq!(hits, [(4, 2)]);
        // A phrase that starts a word but ends inside one is dropped, and still steps over what
        // it covers, as before.
        assert_eq!(
            found(&lexicon, "ab cde cd"),
            unanchored(&lexicon, "ab cde cd")
        );
        assert_eq!(found(&lexicon, "ab cde cd"), [(7, 9)]);
    }
}
