//! Word lists as data, and the matchers built from them once.
//!
//! Every list is a tab-separated file next to this module (`actors.tsv`, `reporting.tsv`,
//! `territorial.tsv`, `exchange.tsv`, `deadline.tsv`, `places.tsv`, `regions.tsv`,
//! `speakers.tsv`): adding a word
//! is adding one line. Lines starting with `#` are comments; a line that does not parse is
//! skipped (the `lexicon_files_parse` test keeps them all valid).
//!
//! [`Lexicon`] turns a list into one anchored Aho-Corasick automaton (a contiguous NFA, leftmost
//! longest; see [`Searcher`] for why not a DFA) of its phrases in lower case, which reads every
//! byte of the text folded to lower case ([`FOLDED`]: ASCII case-insensitive matching without the
//! automaton's doubled letter classes), and keeps only whole-word matches. A whole word starts
//! where a word starts, so a search visits only the [`word_starts`] of the text (found once per
//! body and shared by every list and sentence, see [`Lexicon::find_from`]; a short text searched on
//! its own, such as a phrase, has them read as the search goes, without a vector), turns away with
//! one bit test the words that are not the first word of a phrase of the list (each word start
//! carries a print of its word, see [`WordStart`], and, for the lists searched in every sentence or
//! every sentence a grammar reads, one bit per list, set where one of its first words has that
//! print; a sentence whose starts all lack a list's bit is not searched with it at all, see
//! [`Words`]; two more bits tell attribution's title words and the words that start with a digit,
//! see [`flag`]), and walks the automaton from the others for as many bytes as the phrase there. No
//! match is ever found (and dropped) inside a word. [`Substrings`] is the plain-substring
//! counterpart for short fixed phrase lists that a grammar looks for anywhere in a sentence
//! (`brokered by`, `in exchange for`), found in one pass.

use std::sync::LazyLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::contiguous::NFA as ContiguousNfa;
use aho_corasick::{Anchored, MatchKind, PatternID, StartKind};
use claimtrack_model::{Action, Category, ExchangeStatus, PlaceType};

/// A compiled word list: phrases mapped to values.
pub(crate) struct Lexicon<T> {
    searcher: Option<Searcher>,
    /// The value of each pattern, by pattern index.
    values: Vec<T>,
    /// Whether the capitals of each pattern must be capitals in the text too.
    case_sensitive_capitals: Vec<bool>,
    /// Where each pattern has its capitals: bit `i` for byte `i` of the first 64 (a longer
    /// pattern is compared byte by byte). Most matches are then checked at one or two bytes.
    capitals: Vec<u64>,
    patterns: Vec<Vec<u8>>,
    /// The list's bit in every [`WordStart::lists`] (see [`LIST_FLAGS`]), or 0 for a list that
    /// has none and tests the print of each start instead.
    flag: u8,
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
        let capitals = patterns
            .iter()
            .map(|pattern| {
                pattern
                    .iter()
                    .take(64)
                    .enumerate()
                    .filter(|(_, byte)| byte.is_ascii_uppercase())
                    .fold(0, |mask, (at, _)| mask | 1 << at)
            })
            .collect();
        Lexicon {
            searcher: Searcher::new(&patterns),
            values,
            case_sensitive_capitals,
            capitals,
            patterns,
            flag: 0,
        }
    }

    /// The list with the bit `flag` ([`flag`]) of every [`WordStart::lists`]: its searches at
    /// known word starts test that bit. [`LIST_FLAGS`] must mark the list.
    pub(crate) fn flagged(self, flag: u8) -> Lexicon<T> {
        Lexicon { flag, ..self }
    }

    /// Sets this list's bit in `flags` for every print that a first word of it has.
    fn mark(&self, flags: &mut [u8; PRINTS]) {
        let Some(searcher) = &self.searcher else {
            return;
        };
        for (print, slot) in flags.iter_mut().enumerate() {
            if u16::try_from(print).is_ok_and(|print| searcher.may_start(print)) {
                *slot |= self.flag;
            }
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
        words: Words<'t>,
    ) -> impl Iterator<Item = Hit<'s, T>> + 't
    where
        's: 't,
    {
        let starts = self.candidates(text, Some(words));
        self.hits(text, starts)
    }

    /// Calls `each` with every hit of [`Lexicon::find_from`], in order, until it returns false:
    /// the same search as a loop, for the lists searched in every sentence (an iterator's state
    /// is kept in memory between its steps, and each step starts by reading it back).
    pub(crate) fn each_from<'s>(
        &'s self,
        text: &str,
        words: Words<'_>,
        mut each: impl FnMut(Hit<'s, T>) -> bool,
    ) {
        let Some(searcher) = &self.searcher else {
            return;
        };
        if !searcher.word_initial {
            for hit in self.find_from(text, words) {
                if !each(hit) {
                    return;
                }
            }
            return;
        }
        // A flagged list whose bit none of the starts has finds nothing there.
        if self.flag != 0 && !words.may_have(self.flag) {
            return;
        }
        let mut from = 0;
        let mut starts = words.starts.iter().copied();
        loop {
            let hit = if self.flag != 0 {
                self.next_hit::<FLAGS>(searcher, text, &mut from, &mut starts, words.base)
            } else {
                self.next_hit::<PRINTS_TELL>(searcher, text, &mut from, &mut starts, words.base)
            };
            let Some(hit) = hit else {
                return;
            };
            if !each(hit) {
                return;
            }
        }
    }

    /// [`Lexicon::each_from`] in a text whose word starts are not known ([`Lexicon::find`]):
    /// they are read as the search goes.
    pub(crate) fn each<'s>(&'s self, text: &str, mut each: impl FnMut(Hit<'s, T>) -> bool) {
        let Some(searcher) = &self.searcher else {
            return;
        };
        if !searcher.word_initial {
            for hit in self.find(text) {
                if !each(hit) {
                    return;
                }
            }
            return;
        }
        let mut from = 0;
        let mut starts = WordStarts::new(text);
        while let Some(hit) =
            self.next_hit::<PRINTS_TELL>(searcher, text, &mut from, &mut starts, 0)
        {
            if !each(hit) {
                return;
            }
        }
    }

    /// The first hit of [`Lexicon::find_from`], found by [`Lexicon::each_from`].
    pub(crate) fn first_from<'s>(&'s self, text: &str, words: Words<'_>) -> Option<Hit<'s, T>> {
        let mut first = None;
        self.each_from(text, words, |hit| {
            first = Some(hit);
            false
        });
        first
    }

    /// Every hit of [`Lexicon::find_from`], found by [`Lexicon::each_from`].
    pub(crate) fn all_from<'s>(&'s self, text: &str, words: Words<'_>) -> Vec<Hit<'s, T>> {
        let mut all = Vec::new();
        self.each_from(text, words, |hit| {
            all.push(hit);
            true
        });
        all
    }

    /// Where a phrase of this list can start in `text`: its word starts, or, for a list with a
    /// phrase that does not start with a letter or digit, every word boundary.
    fn candidates<'t>(&self, text: &'t str, known: Option<Words<'t>>) -> Starts<'t> {
        match (&self.searcher, known) {
            (Some(searcher), _) if !searcher.word_initial => {
                Starts::Owned(boundaries(text).into_iter())
            }
            // A flagged list whose bit none of the starts has finds nothing there.
            (_, Some(known)) if self.flag != 0 && !known.may_have(self.flag) => {
                Starts::Borrowed([].iter(), 0)
            }
            (_, Some(known)) => Starts::Borrowed(known.starts.iter(), known.base),
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
            // Every boundary is tried for a list with a phrase that does not start a word; the
            // word starts of the other two kinds are turned away by their prints, or, for the
            // lists that have one, by their bit of the starts' [`WordStart::lists`].
            match &mut starts {
                Starts::Owned(starts) => {
                    self.next_hit::<EVERY>(searcher, text, &mut from, starts, 0)
                }
                Starts::Borrowed(starts, base) if self.flag != 0 => {
                    self.next_hit::<FLAGS>(searcher, text, &mut from, &mut starts.copied(), *base)
                }
                Starts::Borrowed(starts, base) => self.next_hit::<PRINTS_TELL>(
                    searcher,
                    text,
                    &mut from,
                    &mut starts.copied(),
                    *base,
                ),
                Starts::Lazy(starts) => {
                    self.next_hit::<PRINTS_TELL>(searcher, text, &mut from, starts, 0)
                }
            }
        })
    }

    /// The first hit at one of `starts` (offsets `base` past those into `text`) not before
    /// `from`, which moves past every match read. `TEST` says how a start is turned away
    /// unread: never ([`EVERY`]), where no first word of the list has its print
    /// ([`PRINTS_TELL`]), or where its [`WordStart::lists`] lack the list's bit ([`FLAGS`]).
    #[inline(always)]
    fn next_hit<'s, const TEST: u8>(
        &'s self,
        searcher: &Searcher,
        text: &str,
        from: &mut usize,
        starts: &mut impl Iterator<Item = WordStart>,
        base: usize,
    ) -> Option<Hit<'s, T>> {
        let bytes = text.as_bytes();
        for WordStart { at, print, lists } in starts {
            // The print (or the list's bit) first: it turns away most starts.
            let may_start = match TEST {
                FLAGS => lists & self.flag != 0,
                PRINTS_TELL => searcher.may_start(print),
                _ => true,
            };
            if !may_start {
                continue;
            }
            let start = at.saturating_sub(base);
            if start < *from {
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
            let capitals_kept = if pattern.len() <= 64 {
                let mut capitals = self.capitals.get(index).copied().unwrap_or(0);
                let mut kept = true;
                while capitals != 0 && kept {
                    let at = capitals.trailing_zeros() as usize;
                    kept = pattern.get(at) == written.get(at);
                    capitals &= capitals - 1;
                }
                kept
            } else {
                pattern
                    .iter()
                    .zip(written)
                    .all(|(p, w)| !p.is_ascii_uppercase() || p == w)
            };
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

/// How [`Lexicon::next_hit`] turns starts away: it tries every one.
const EVERY: u8 = 0;
/// By the print of each word start.
const PRINTS_TELL: u8 = 1;
/// By the list's bit of each word start's [`WordStart::lists`].
const FLAGS: u8 = 2;

/// The bits of [`WordStart::lists`]: the lists searched at the word starts of every sentence
/// (and of the body, for actors) or of many sentences a grammar reads, and two word tests that
/// attribution makes at every word start of every sentence. (The two lists searched only in a
/// few claim sentences, `EXCHANGE_STATUS` and `DEADLINE_ROLES`, test their prints instead.)
pub(crate) mod flag {
    pub(crate) const PREFILTER: u8 = 1;
    pub(crate) const REPORTING: u8 = 1 << 1;
    pub(crate) const ACTORS: u8 = 1 << 2;
    pub(crate) const TERRITORIAL: u8 = 1 << 3;
    pub(crate) const EXCHANGE: u8 = 1 << 4;
    pub(crate) const DEADLINE: u8 = 1 << 5;
    /// A word with the print of a title word (`crate::attribution::TITLE_PRINTS`), which may
    /// stand before a person's name.
    pub(crate) const TITLE: u8 = 1 << 6;
    /// A word whose first byte is an ASCII digit: not a bit of a print ([`LIST_FLAGS`] never
    /// sets it), but read from the text where the print is ([`start_lists`]).
    pub(crate) const DIGIT: u8 = 1 << 7;
}

/// For every print, the bits ([`flag`]) of the lists that have a first word with it, and the
/// title bit: the bit test of a flagged list at a word start, made once per start for all of
/// them (a list's own test of the print costs a few more instructions, at every start of every
/// search).
static LIST_FLAGS: LazyLock<Box<[u8; PRINTS]>> = LazyLock::new(|| {
    let mut flags = Box::new([0; PRINTS]);
    crate::prefilter::PREFILTER.mark(&mut flags);
    REPORTING.mark(&mut flags);
    ACTORS.mark(&mut flags);
    TERRITORIAL.mark(&mut flags);
    EXCHANGE.mark(&mut flags);
    DEADLINE.mark(&mut flags);
    let titles: &PrintSet = &crate::attribution::TITLE_PRINTS;
    for (print, slot) in flags.iter_mut().enumerate() {
        if u16::try_from(print).is_ok_and(|print| titles.contains(print)) {
            *slot |= flag::TITLE;
        }
    }
    flags
});

/// The [`WordStart::lists`] of a word start whose print is `print` and whose first eight bytes
/// are `word` ([`eight_bytes`]): the bits of [`LIST_FLAGS`], and [`flag::DIGIT`] when the first
/// byte (the low one) is a digit.
#[inline]
fn start_lists(flags: &[u8; PRINTS], print: u16, word: u64) -> u8 {
    let [first, ..] = word.to_le_bytes();
    let digit = first.is_ascii_digit();
    lists_of(flags, print) | (u8::from(digit) << flag::DIGIT.trailing_zeros())
}

/// The [`WordStart::lists`] of a word start with the print `print`.
#[inline]
fn lists_of(flags: &[u8; PRINTS], print: u16) -> u8 {
    // Every print is below `PRINTS`; were one not, every list would walk its automaton there,
    // which finds what the list holds.
    flags.get(usize::from(print)).copied().unwrap_or(u8::MAX)
}

/// The automaton of a list, for anchored searches only, and how its phrases start.
///
/// The automaton is aho-corasick's contiguous NFA, not its DFA. A search walks it from a word
/// start for a few bytes only (the bit tests turn most starts away), so the NFA's slower step
/// does not show: over 10,000 `xtask bench` articles read + extract ran at the same rate. But
/// the DFAs of the two long lists took 2 MB each (actors: 1,168 phrases, regions: 1,378; half
/// of a core's L2 cache here) where their NFAs take 160 KB, and building every DFA took about 7
/// ms at the first article, on one worker, while the others waited for it. With the NFA,
/// extracting one article in a fresh process took 11 ms of CPU instead of 18; a batch of
/// 10,000 articles into the ledger ran at the same rate (12 interleaved runs of `claimtrack
/// ingest` on two threads: medians 0.864 s and 0.859 s).
struct Searcher {
    automaton: ContiguousNfa,
    start: StateID,
    /// The [`word_print`]s of the phrases: a phrase can match only at a word start whose print
    /// is that of the phrase (see [`WordStart`]).
    firsts: Box<[u64; PRINTS / 64]>,
    /// Whether every phrase starts with a letter or digit (and so at a word start).
    word_initial: bool,
}

impl Searcher {
    fn new(patterns: &[Vec<u8>]) -> Option<Searcher> {
        // The phrases are folded to lower case, as every byte is before it steps the automaton
        // ([`FOLDED`]): the same matches as an ASCII case-insensitive automaton, which has twice
        // the byte classes of its letters to build.
        let folded: Vec<Vec<u8>> = patterns.iter().map(|p| p.to_ascii_lowercase()).collect();
        let automaton = ContiguousNfa::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // Searches start only where a phrase can: there is nothing to skip ahead to.
            .prefilter(false)
            .build(&folded)
            .ok()?;
        let start = automaton.start_state(Anchored::Yes).ok()?;
        let mut searcher = Searcher {
            automaton,
            start,
            firsts: Box::new([0; PRINTS / 64]),
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
            set(&mut searcher.firsts, word_print(pattern, 0));
        }
        Some(searcher)
    }

    /// Whether a phrase can start at a word start whose word has the [`word_print`] `print` (for
    /// a list whose phrases all start a word, [`Searcher::word_initial`]: the only lists searched
    /// at word starts).
    #[inline(always)]
    fn may_start(&self, print: u16) -> bool {
        is_set(&self.firsts, print)
    }

    /// The longest phrase that starts at byte `start` of `bytes`, and where it ends.
    #[inline(always)]
    ///
    /// Quotation marks inside a phrase are passed over: `a "strategic withdrawal" from`,
    /// `"remain in full control" of` read as the phrases without them (no phrase holds one, so
    /// the automaton dies on a quote, and only then is the byte looked at).
    fn longest_at(&self, bytes: &[u8], start: usize) -> Option<(PatternID, usize)> {
        let mut sid = self.start;
        let mut found = None;
        // Bytes of quotation marks passed over so far.
        let mut skipped = 0;
        let mut at = start;
        while let Some(&byte) = bytes.get(at) {
            let next = self
                .automaton
                .next_state(Anchored::Yes, sid, FOLDED[usize::from(byte)]);
            at += 1;
            if !self.automaton.is_special(next) {
                sid = next;
                continue;
            }
            if self.automaton.is_dead(next) {
                let quote = match byte {
                    b'"' => 1,
                    // U+201C and U+201D, the curly double quotes.
                    0xE2 if bytes.get(at) == Some(&0x80)
                        && matches!(bytes.get(at + 1), Some(0x9C | 0x9D)) =>
                    {
                        3
                    }
                    _ => 0,
                };
                if quote == 0 || at == start + 1 {
                    break;
                }
                at += quote - 1;
                skipped += quote;
                continue;
            }
            sid = next;
            if self.automaton.is_match(sid) {
                let pattern = self.automaton.match_pattern(sid, 0);
                // A state can also carry a phrase that began after `start` (as aho-corasick's
                // own anchored search, keep only one that begins at `start`).
                if at.checked_sub(self.automaton.pattern_len(pattern) + skipped) == Some(start) {
                    found = Some((pattern, at));
                }
            }
        }
        found
    }
}

/// Every byte with its ASCII capital letters lower-cased: what [`Searcher`]'s automaton reads.
static FOLDED: [u8; 256] = {
    let mut folded = [0; 256];
    let mut byte: u8 = 0;
    loop {
        folded[byte as usize] = byte.to_ascii_lowercase();
        if byte == u8::MAX {
            break;
        }
        byte += 1;
    }
    folded
};

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
    // Every print is below `PRINTS`: the mask says so to the compiler, which then drops the
    // bounds check of a test made at every word start of every search.
    let print = usize::from(print) % PRINTS;
    bits.get(print / 64)
        .is_some_and(|word| word & (1 << (print % 64)) != 0)
}

/// The [`word_print`]s of a list of words, so that a word start can be turned away from the list
/// with one bit test (as a [`Lexicon`] does with the first words of its phrases).
pub(crate) struct PrintSet(Box<[u64; PRINTS / 64]>);

impl PrintSet {
    pub(crate) fn new(words: &[&str]) -> PrintSet {
        let mut bits = Box::new([0; PRINTS / 64]);
        for word in words {
            set(&mut bits, word_print(word.as_bytes(), 0));
        }
        PrintSet(bits)
    }

    /// Whether a word of the list has the print `print`.
    #[inline]
    pub(crate) fn contains(&self, print: u16) -> bool {
        is_set(&self.0, print)
    }
}

/// Candidate starts of a search, found for it, shared with other searches, or read as the
/// search goes (a short text such as a phrase is searched without allocating its word starts).
enum Starts<'t> {
    Owned(std::vec::IntoIter<WordStart>),
    /// Known starts, with the offset to take from them ([`Words`]).
    Borrowed(std::slice::Iter<'t, WordStart>, usize),
    Lazy(WordStarts<'t>),
}

/// The word starts of a text, known before it is searched: a run of the starts of a larger text
/// that holds it (a sentence reads those of its article's body, without a copy), with the offset
/// of the text in it (`base`, taken from every start), or the text's own starts (`base` 0).
///
/// `lists` holds at least every bit ([`flag`]) that one of the starts has: a flagged list whose
/// bit is not there is not searched at all, and a test of every start for a bit is skipped. For
/// a sentence's run of its body's starts ([`words_within`]) it is exactly their union; for the
/// other texts it is all bits (not known: every start is read).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    starts: &'a [WordStart],
    base: usize,
    lists: u8,
}

impl<'a> Words<'a> {
    /// The text's own starts ([`word_starts`] of it).
    pub(crate) fn of(starts: &'a [WordStart]) -> Words<'a> {
        Words {
            starts,
            base: 0,
            lists: u8::MAX,
        }
    }

    /// Whether one of the starts may have one of the bits `bits` ([`flag`]): when not, none has.
    #[inline]
    pub(crate) fn may_have(self, bits: u8) -> bool {
        self.lists & bits != 0
    }

    /// The starts as kept, with offsets `base` past those into the text (for a caller that
    /// walks them along with the text's tokens).
    pub(crate) fn as_kept(self) -> (&'a [WordStart], usize) {
        (self.starts, self.base)
    }

    /// The starts, with offsets into the text.
    #[cfg(test)]
    pub(crate) fn iter(self) -> impl Iterator<Item = WordStart> + 'a {
        self.starts.iter().map(move |start| WordStart {
            at: start.at.saturating_sub(self.base),
            ..*start
        })
    }
}

/// Where a word starts in a text, with a print of the word: a hash of its first (up to eight)
/// ASCII letters and digits, lower-cased (see [`word_print`]).
///
/// A whole-word match of a phrase at a word start has the phrase's print there: the phrase's
/// first run of ASCII letters and digits is matched byte for byte (ASCII case aside), and it
/// ends where the phrase goes on with another character (which the text repeats) or where the
/// phrase ends (where the text must not go on with a letter or digit). So a list turns away
/// every start whose print no phrase of it has, with one bit test, before its automaton reads
/// a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordStart {
    pub(crate) at: usize,
    pub(crate) print: u16,
    /// The bits ([`flag`]) of the lists with a first word of this print ([`LIST_FLAGS`]).
    pub(crate) lists: u8,
}

impl WordStart {
    /// The word start at byte `at` of `bytes`, with its print.
    #[inline]
    fn new(bytes: &[u8], at: usize) -> WordStart {
        let word = eight_bytes(bytes, at);
        let print = print_of(word);
        WordStart {
            at,
            print,
            lists: start_lists(&LIST_FLAGS, print, word),
        }
    }
}

/// The print (below [`PRINTS`]) of the run of ASCII letters and digits at byte `at` of `bytes`:
/// the run's first eight bytes, lower-cased (bit 5 set, which keeps digits as they are), hashed.
/// It reads the eight bytes at `at` as one word.
#[inline]
pub(crate) fn word_print(bytes: &[u8], at: usize) -> u16 {
    print_of(eight_bytes(bytes, at))
}

/// The eight bytes at byte `at` of `bytes` as one word (the first in the low byte), with zeros
/// past the end.
#[inline]
fn eight_bytes(bytes: &[u8], at: usize) -> u64 {
    // `first_chunk` tests the length once, where a range of eight bytes tests its end for
    // overflow and then for the length: this runs at every word start of every body.
    match bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(block) => u64::from_le_bytes(*block),
        None => {
            // The end of the text: the missing bytes are zeros, which end the run.
            let mut block = [0; 8];
            let rest = bytes.get(at..).unwrap_or(&[]);
            for (slot, &byte) in block.iter_mut().zip(rest) {
                *slot = byte;
            }
            u64::from_le_bytes(block)
        }
    }
}

/// The [`word_print`] of the eight bytes `word` ([`eight_bytes`]).
#[inline]
fn print_of(word: u64) -> u16 {
    // A byte of a longer character is not an ASCII letter, whatever its low bits say.
    let letters = ascii_word_bytes(word & !HIGH_BITS) & !(word & HIGH_BITS);
    let ends = !letters & HIGH_BITS;
    // The bytes before the first that is not a letter or digit (all eight if there is none).
    let kept =
        ((ends & ends.wrapping_neg()).wrapping_sub(1) >> 7) | (u64::from(ends == 0) * u64::MAX);
    // No kept byte is zero (bit 5 is set in all), so the key tells how many there are.
    let key = (word | (ONES * 0x20)) & kept;
    let mixed = key.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    u16::try_from(mixed >> (64 - PRINTS.trailing_zeros())).unwrap_or(0)
}

/// The [`word_starts`] of a text, found one at a time (for a short text such as a phrase,
/// searched once: its starts are not worth a vector). The text is read as [`word_starts`] reads
/// it, eight bytes at a time: the starts of a block are found at once, as bits, and handed out
/// one by one.
struct WordStarts<'t> {
    text: &'t str,
    /// Where the next block starts.
    at: usize,
    /// The starts of the block before `at` not yet handed out: bit 7 of byte `i` for a start
    /// at `at - 8 + i`.
    pending: u64,
    after_word: bool,
}

impl<'t> WordStarts<'t> {
    fn new(text: &'t str) -> Self {
        WordStarts {
            text,
            at: 0,
            pending: 0,
            after_word: false,
        }
    }
}

impl Iterator for WordStarts<'_> {
    type Item = WordStart;

    fn next(&mut self) -> Option<WordStart> {
        let bytes = self.text.as_bytes();
        loop {
            if self.pending != 0 {
                let start = self.at - 8 + (self.pending.trailing_zeros() / 8) as usize;
                self.pending &= self.pending - 1;
                return Some(WordStart::new(bytes, start));
            }
            let block = bytes.get(self.at..)?;
            if block.is_empty() {
                return None;
            }
            let block = block.get(..8).unwrap_or(block);
            self.pending = block_starts(self.text, self.at, block, &mut self.after_word);
            // A short last block is read as if it were whole: its starts are where they are.
            self.at += 8;
        }
    }
}

/// The word starts in `block` (at most eight bytes, at byte `at` of `text`) after a word if
/// `after_word`, as bit 7 of byte `i` for a start at `at + i`; `after_word` is moved to the
/// block's end.
fn block_starts(text: &str, at: usize, block: &[u8], after_word: &mut bool) -> u64 {
    if let &[a, b, c, d, e, f, g, h] = block {
        let word = u64::from_le_bytes([a, b, c, d, e, f, g, h]);
        if word & HIGH_BITS == 0 {
            let letters = ascii_word_bytes(word);
            // A word starts at a letter whose previous byte is not one (bit 7 of each byte).
            let before = letters << 8 | if *after_word { 0x80 } else { 0 };
            *after_word = letters >> 63 != 0;
            return letters & !before;
        }
    }
    let mut starts = 0;
    for (i, &byte) in block.iter().enumerate() {
        let word = if byte.is_ascii() {
            byte.is_ascii_alphanumeric()
        } else if byte >= 0xC0 {
            // The first byte of a longer character decides for all of it.
            text.get(at + i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(is_word_char)
        } else {
            continue;
        };
        if word && !*after_word {
            starts |= 0x80 << (8 * i);
        }
        *after_word = word;
    }
    starts
}

/// How many prints there are (a power of two, at most 65,536 for a `u16`): a list's table of them
/// is 4 KB. A word start whose print a list's first words share only by chance walks the
/// automaton for nothing; with the actor list's hundreds of first words, a quarter as many
/// prints (8,192) let through four times as many such starts (1.4% more of extraction's
/// instructions, measured). More would crowd the tables a sentence reads out of the first-level
/// cache.
const PRINTS: usize = 32768;

/// A byte of ones in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The byte offsets in `text` where a word (a run of letters and digits) starts: the only places
/// where a whole-word phrase that starts with a letter or digit can start.
///
/// It runs over every article body, so ASCII text is read eight bytes at a time: the letters and
/// digits of a block are found with a few word-wide operations (see [`ascii_word_bytes`]), and
/// only a block with a byte of a longer character is read byte by byte.
pub(crate) fn word_starts(text: &str) -> Vec<WordStart> {
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
                let start = at + (new.trailing_zeros() / 8) as usize;
                starts.push(WordStart {
                    at: start,
                    print: 0,
                    lists: 0,
                });
                new &= new - 1;
            }
            after_word = letters >> 63 != 0;
        } else {
            after_word = starts_bytewise(text, at, block, after_word, &mut starts);
        }
        at += 8;
    }
    starts_bytewise(text, at, blocks.remainder(), after_word, &mut starts);
    // The prints (and the lists they start) in a pass of their own, a tight loop over the starts.
    let flags: &[u8; PRINTS] = &LIST_FLAGS;
    for start in &mut starts {
        let word = eight_bytes(bytes, start.at);
        start.print = print_of(word);
        start.lists = start_lists(flags, start.print, word);
    }
    starts
}

/// The high bit of every byte of a `u64`.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `block` (eight ASCII bytes) set where the byte is a letter or digit.
/// Every test is a range test done on all bytes at once: adding `0x80 - low` to a byte below
/// 0x80 sets its high bit exactly when it is at least `low`, and cannot carry into the next byte.
pub(crate) fn ascii_word_bytes(block: u64) -> u64 {
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
    starts: &mut Vec<WordStart>,
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
            // The print is set by the caller.
            starts.push(WordStart {
                at,
                print: 0,
                lists: 0,
            });
        }
        after_word = word;
    }
    after_word
}

/// Appends to `out` the word starts of `part`, the text at byte `from` of a text whose word
/// starts are `starts` (sorted), as offsets into `part`: the same as [`word_starts`] of `part`,
/// without reading it again.
///
/// `next` is where the starts of the part read before ended (0 at first), and is moved past
/// those of this part: parts read in text order (the sentences of a body) then find theirs by
/// stepping over the few starts in between, not by a search of all of them.
pub(crate) fn word_starts_within(
    starts: &[WordStart],
    from: usize,
    part: &str,
    out: &mut Vec<WordStart>,
    next: &mut usize,
) {
    let bytes = part.as_bytes();
    let (inside, _) = starts_inside(starts, from, part.len(), next);
    // A part that starts inside a word starts with a word of its own.
    if starts_inside_word(inside, from, part) {
        out.push(WordStart::new(bytes, 0));
    }
    let copied = out.len();
    out.extend(inside.iter().map(|start| WordStart {
        at: start.at - from,
        ..*start
    }));
    // A print reads up to eight bytes: those of the last starts, which may read past the end of
    // the part (it may end inside a word), are read again within it.
    for start in out
        .get_mut(copied..)
        .unwrap_or(&mut [])
        .iter_mut()
        .rev()
        .take_while(|start| start.at + 8 > part.len())
    {
        *start = WordStart::new(bytes, start.at);
    }
}

/// The [`Words`] of `part`, the text at byte `from` of a text whose word starts are `starts`
/// (sorted), as the run of those that lie in the part, when they are what [`word_starts`] of
/// `part` finds (nearly always: unless the part starts inside a word, or ends inside one that a
/// print reads past its end); `None` otherwise (then [`word_starts_within`] makes them).
///
/// `next` is as for [`word_starts_within`]. `runs_on` says whether the text may go on with an
/// ASCII letter or digit right after the part: when it does not (a sentence followed by a space
/// or a line break), the prints of the part's last words read what they read in the text, and
/// are not read again.
pub(crate) fn words_within<'a>(
    starts: &'a [WordStart],
    from: usize,
    part: &str,
    runs_on: bool,
    next: &mut usize,
) -> Option<Words<'a>> {
    let (inside, lists) = starts_inside(starts, from, part.len(), next);
    if starts_inside_word(inside, from, part) {
        return None;
    }
    // A print reads up to eight bytes, and stops at the first that is not an ASCII letter or
    // digit: those of the last starts may read past the part only if the text runs on, and are
    // then read again within the part.
    let bytes = part.as_bytes();
    let prints_hold = !runs_on
        || inside
            .iter()
            .rev()
            .map(|start| start.at - from)
            .take_while(|&at| at + 8 > part.len())
            .zip(inside.iter().rev())
            .all(|(at, start)| word_print(bytes, at) == start.print);
    prints_hold.then_some(Words {
        starts: inside,
        base: from,
        lists,
    })
}

/// The run of `starts` (sorted) in `from..from + len`, with the union of their
/// [`WordStart::lists`] (read as the run is counted); `next` is where the run found before
/// ended, and is moved to where this one ends: runs found in text order (the sentences of a
/// body) are found by stepping over the few starts in between, not by a search of all of them.
fn starts_inside<'a>(
    starts: &'a [WordStart],
    from: usize,
    len: usize,
    next: &mut usize,
) -> (&'a [WordStart], u8) {
    let to = from + len;
    let first = crate::text::first_not_before(starts, |start| start.at, from, next);
    let inside = starts.get(first..).unwrap_or(&[]);
    let (mut count, mut lists) = (0, 0);
    for start in inside {
        if start.at >= to {
            break;
        }
        lists |= start.lists;
        count += 1;
    }
    *next = first + count;
    (inside.get(..count).unwrap_or(&[]), lists)
}

/// Whether `part`, at byte `from` of its text, starts inside a word of it (`inside`, the text's
/// word starts in the part, does not start at `from` though the part starts with a letter).
fn starts_inside_word(inside: &[WordStart], from: usize, part: &str) -> bool {
    inside.first().map(|start| start.at) != Some(from)
        && part.chars().next().is_some_and(is_word_char)
}

/// Every character boundary of `text` that is a word boundary, for a list with a phrase that
/// does not start with a letter or digit (none of the lists today).
fn boundaries(text: &str) -> Vec<WordStart> {
    text.char_indices()
        .map(|(at, _)| at)
        .filter(|&at| is_word_boundary(text, at))
        .map(|at| WordStart::new(text.as_bytes(), at))
        .collect()
}

/// Fixed lower-case phrases searched as plain substrings (not whole words), ASCII
/// case-insensitively, all in one pass. The answers are those of `lower.find(phrase)` for each
/// phrase, where `lower` is the ASCII lower case of the text, without the lower-case copy and
/// without one scan (and one searcher built) per phrase.
pub(crate) struct Substrings {
    /// The phrases' automaton (unanchored, every occurrence of every phrase), stepped byte by
    /// byte over the text folded as it is read ([`FOLDED`]): a plain loop over the bytes, with
    /// the few matches read where it stops, costs about half of the searcher's overlapping
    /// iterator.
    automaton: Option<(DFA, StateID)>,
    phrases: Vec<&'static str>,
}

impl Substrings {
    /// Builds the matcher; every phrase must be lower case (the `substrings_are_lower_case`
    /// test checks the lists), or it would now match where `find` on lower-cased text did not.
    pub(crate) fn new(phrases: Vec<&'static str>) -> Substrings {
        // Standard semantics: every state carries every phrase that ends where it is reached.
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(&phrases)
            .ok()
            .and_then(|dfa| {
                let start = dfa.start_state(Anchored::No).ok()?;
                Some((dfa, start))
            });
        Substrings { automaton, phrases }
    }

    /// The byte offset of the first occurrence of each phrase in `text`, by phrase index.
    pub(crate) fn first_of_each(&self, text: &str) -> Vec<Option<usize>> {
        let Some((dfa, start)) = &self.automaton else {
            let lower = text.to_ascii_lowercase();
            return self.phrases.iter().map(|p| lower.find(p)).collect();
        };
        let mut first = vec![None; self.phrases.len()];
        let mut sid = *start;
        for (end, &byte) in (1_usize..).zip(text.as_bytes()) {
            sid = dfa.next_state(Anchored::No, sid, FOLDED[usize::from(byte)]);
            if !dfa.is_special(sid) || !dfa.is_match(sid) {
                continue;
            }
            for index in 0..dfa.match_len(sid) {
                let pattern = dfa.match_pattern(sid, index);
                let Some(at) = end.checked_sub(dfa.pattern_len(pattern)) else {
                    continue;
                };
                // The first end reached is the first start: phrases of one length that end
                // later start later.
                if let Some(slot) = first.get_mut(pattern.as_usize())
                    && slot.is_none()
                {
                    *slot = Some(at);
                }
            }
        }
        first
    }
}

/// Whether byte offset `at` of `text` is not inside a word. Every match of every word list is
/// checked at both ends, so two ASCII neighbours (nearly always) are tested as bytes, inline
/// (`char::is_alphanumeric` of an ASCII character is `u8::is_ascii_alphanumeric`), and only
/// other text is decoded.
#[inline(always)]
fn is_word_boundary(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if let (Some(before), Some(after)) =
        (at.checked_sub(1).and_then(|b| bytes.get(b)), bytes.get(at))
        && before.is_ascii()
        && after.is_ascii()
    {
        return !(before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric());
    }
    if at == 0 || at >= text.len() || !text.is_char_boundary(at) {
        return true;
    }
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
    Lexicon::new(entries, true).flagged(flag::ACTORS)
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
    Lexicon::new(entries, false).flagged(flag::REPORTING)
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
    Lexicon::new(entries, false).flagged(flag::TERRITORIAL)
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

pub(crate) static EXCHANGE: LazyLock<Lexicon<ExchangeWord>> = LazyLock::new(|| {
    exchange_lexicon(|word| !matches!(word, ExchangeWord::Status(_))).flagged(flag::EXCHANGE)
});

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
    .flagged(flag::DEADLINE)
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

/// The country a first-level region lies in: the region's hit that covers all of `region`. Such a
/// hit starts at byte 0, where [`Lexicon::at`] reads the one hit there is without a search of the
/// rest of the name.
pub(crate) fn region_country(region: &str) -> Option<&'static str> {
    let lexicon: &'static Lexicon<&'static str> = &REGIONS;
    lexicon
        .at(region, 0)
        .filter(|hit| hit.end == region.len())
        .map(|hit| *hit.value)
}

/// Which side of the article an unnamed speaker's word puts the speaker on (`speakers.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SpeakerSide {
    /// The article's armed group ("a rebel negotiator").
    Group,
    /// The state that group fights ("Army spokesman X").
    State,
}

/// The words of `speakers.tsv`, in lower case, with the side each stands for.
static SPEAKER_SIDES: LazyLock<Vec<(&'static str, SpeakerSide)>> = LazyLock::new(|| {
    rows(include_str!("speakers.tsv"))
        .filter_map(|row| match row.as_slice() {
            [word, "group"] => Some((*word, SpeakerSide::Group)),
            [word, "state"] => Some((*word, SpeakerSide::State)),
            _ => None,
        })
        .collect()
});

/// The side a speaker's word stands for, if `speakers.tsv` lists it (ignoring ASCII case).
pub(crate) fn speaker_side(word: &str) -> Option<SpeakerSide> {
    SPEAKER_SIDES
        .iter()
        .find(|(listed, _)| listed.eq_ignore_ascii_case(word))
        .map(|(_, side)| *side)
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

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
            ("speakers.tsv", include_str!("speakers.tsv"), 2),
        ];
        for (name, data, fields) in files {
            let mut seen = std::collections::HashSet::new();
            for row in rows(data) {
                assert_eq!(row.len(), fields, "{name}: {row:?}");
                // A line written twice is a list kept carelessly, whose second copy a later edit
                // may miss.
                assert!(seen.insert(row.clone()), "{name}: {row:?} is listed twice");
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
        assert_eq!(
            SPEAKER_SIDES.len(),
            rows(include_str!("speakers.tsv")).count()
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
    fn capitals_checked_where_the_pattern_has_them() {
        for (index, pattern) in ACTORS.patterns.iter().enumerate() {
            let Ok(pattern_text) = std::str::from_utf8(pattern) else {
                continue;
            };
            let swapped: String = pattern_text
                .chars()
                .map(|c| {
                    if c.is_ascii_uppercase() {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect();
            for written in [
                pattern_text.to_owned(),
                pattern_text.to_ascii_lowercase(),
                pattern_text.to_ascii_uppercase(),
                swapped,
            ] {
                let id = PatternID::new(index).unwrap();
                let accepted = ACTORS.accept(&written, 0, written.len(), id).is_some();
                let kept = pattern
                    .iter()
                    .zip(written.as_bytes())
                    .all(|(p, w)| !p.is_ascii_uppercase() || p == w);
                assert_eq!(accepted, kept, "{pattern_text:?} as {written:?}");
            }
        }
    }

    /// [`region_country`] finds what a search of the whole name finds (its hit that covers the
    /// name), for every region in several cases, cut short, run on, inside longer names and after
    /// other words, and for the texts of [`texts`].
    #[test]
    fn region_countries_as_found_by_a_search() {
        let searched = |region: &str| {
            REGIONS
                .find(region)
                .find(|hit| hit.start == 0 && hit.end == region.len())
                .map(|hit| *hit.value)
        };
        let mut names: Vec<String> = texts();
        for row in rows(include_str!("regions.tsv")) {
            let Some(region) = row.first() else {
                continue;
            };
            names.extend([
                (*region).to_owned(),
                region.to_ascii_uppercase(),
                region.to_ascii_lowercase(),
                format!("{region}s"),
                format!("{region} region"),
                format!("the {region}"),
                format!("\"{region}\""),
                format!("{region}-{region}"),
                region
                    .get(..region.len().saturating_sub(1))
                    .unwrap_or("")
                    .to_owned(),
            ]);
        }
        let mut found = 0;
        for name in &names {
            let country = region_country(name);
            assert_eq!(country, searched(name), "{name:?}");
            found += usize::from(country.is_some());
        }
        // Both answers are read.
        assert!(
            found > 200 && found < names.len(),
            "{found} of {}",
            names.len()
        );
    }

    /// [`Substrings::first_of_each`] answers as `find` on the lower-cased text does, for
    /// phrases that overlap, contain each other and share their ends, in texts of every case
    /// and with characters of several bytes, where the phrases occur several times or not.
    #[test]
    fn substrings_first_of_each_as_found_in_lower_case() {
        let phrases = vec![
            "in exchange for",
            "exchange",
            "change for",
            "for",
            "or",
            "brokered by",
            "by",
            "caf\u{e9} d",
            "a",
        ];
        let substrings = Substrings::new(phrases.clone());
        let mut texts = texts();
        texts.extend(
            [
                "",
                "Freed IN EXCHANGE FOR 20, in exchange for 30",
                "exchanged for exchange, change for change",
                "Brokered By Qatar and brokered by Egypt",
                "Caf\u{e9} D\u{e9}j\u{e0}, caf\u{c9} d, CAF\u{e9} DE",
                "for or for or",
                "xin exchange forx",
            ]
            .map(str::to_owned),
        );
        let mut found = 0;
        for text in &texts {
            let lower = text.to_ascii_lowercase();
            let expected: Vec<Option<usize>> = phrases.iter().map(|p| lower.find(p)).collect();
            assert_eq!(substrings.first_of_each(text), expected, "{text:?}");
            found += expected.iter().flatten().count();
        }
        assert!(found > 50, "{found}");
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
            // Words of every length at every offset of the eight-byte blocks.
            "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjj k-l'm 12ab Cd.Ef",
            " a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjj k-l'm 12ab Cd.E",
            "  a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjj k-l'm 12ab Cd.",
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

    /// The word starts read character by character, with the prints of their words.
    fn reference_starts(text: &str) -> Vec<WordStart> {
        reference_word_starts(text)
            .into_iter()
            .map(|at| {
                let print = reference_print(text, at);
                let digit = text.as_bytes()[at].is_ascii_digit();
                WordStart {
                    at,
                    print,
                    lists: lists_of(&LIST_FLAGS, print) | if digit { flag::DIGIT } else { 0 },
                }
            })
            .collect()
    }

    /// The print of the word at `at`, from its ASCII letters and digits as a string.
    fn reference_print(text: &str, at: usize) -> u16 {
        let run: String = text[at..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        word_print(run.to_ascii_lowercase().as_bytes(), 0)
    }

    #[test]
    fn word_boundaries_as_read_by_character() {
        for text in [
            "",
            "a",
            "ab cd",
            "Kyiv's al-Fashir, 1,000 (U.S.)",
            "caf\u{e9} na\u{ef}ve\u{2019}s \u{c9}lodie-x",
            "\u{201c}Quote\u{201d}5\u{a0}x\u{0301}y",
        ] {
            for at in 0..=text.len() + 1 {
                let expected = if at == 0 || at >= text.len() || !text.is_char_boundary(at) {
                    true
                } else {
                    let before = text[..at].chars().next_back();
                    let after = text[at..].chars().next();
                    !(before.is_some_and(char::is_alphanumeric)
                        && after.is_some_and(char::is_alphanumeric))
                };
                assert_eq!(is_word_boundary(text, at), expected, "{text:?} {at}");
            }
        }
    }

    #[test]
    fn word_starts_as_read_by_character() {
        for text in texts() {
            assert_eq!(word_starts(&text), reference_starts(&text), "{text:?}");
            assert_eq!(
                WordStarts::new(&text).collect::<Vec<_>>(),
                reference_starts(&text),
                "{text:?}"
            );
            // Every part of the text, from the word starts of the whole (a part that ends
            // inside a word has a shorter word there).
            let starts = word_starts(&text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&at| text.is_char_boundary(at))
                .collect();
            // Parts in and out of text order, so that both ways of finding their starts are read.
            let (mut next, mut next_words) = (0, 0);
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let part = &text[from..to];
                    let mut within = vec![WordStart {
                        at: 7,
                        print: 7,
                        lists: 7,
                    }];
                    word_starts_within(&starts, from, part, &mut within, &mut next);
                    assert_eq!(within[1..], reference_starts(part), "{text:?} {from}..{to}");
                    // The starts of the whole, when they serve, are those of the part too.
                    let runs_on = text
                        .as_bytes()
                        .get(to)
                        .is_some_and(u8::is_ascii_alphanumeric);
                    if let Some(words) = words_within(&starts, from, part, runs_on, &mut next_words)
                    {
                        // The bits said to be there are those of the starts, and no others.
                        let union = reference_starts(part)
                            .iter()
                            .fold(0, |union, start| union | start.lists);
                        assert_eq!(words.lists, union, "{text:?} {from}..{to}");
                        let words: Vec<_> = words.iter().collect();
                        assert_eq!(words, reference_starts(part), "{text:?} {from}..{to}");
                    }
                    // Read again whatever the text does next, the prints are the same.
                    if let Some(words) = words_within(&starts, from, part, true, &mut 0) {
                        let words: Vec<_> = words.iter().collect();
                        assert_eq!(words, reference_starts(part), "{text:?} {from}..{to}");
                    }
                }
            }
        }
    }

    #[test]
    fn prints_tell_words_by_their_ascii_letters() {
        let print = |text: &str| word_print(text.as_bytes(), 0);
        // Case, and what ends the word, do not matter; the letters and their number do.
        assert_eq!(print("Kremlin"), print("kremlin's"));
        assert_eq!(print("US"), print("us-led"));
        assert_eq!(print("al-Fashir"), print("AL"));
        assert_eq!(print("Qu\u{e9}bec"), print("qu"));
        assert_eq!(print("\u{c9}lodie"), print(""));
        assert_eq!(print("2025"), print("2025."));
        // Eight letters and more share the print of their first eight.
        assert_eq!(print("Ukrainian"), print("ukrainia"));
        assert_ne!(print("Ukrainian"), print("Ukraine"));
        assert_ne!(print("the"), print("they"));
        assert_eq!(print(""), word_print(b"Sumy", 4));
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

    /// Both searches (word starts read as it goes, and known) find what the unanchored scan did.
    fn same_as_unanchored<T>(lexicon: &Lexicon<T>, texts: &[String]) {
        let scanner = scanner(lexicon);
        for text in texts {
            let expected = unanchored_with(&scanner, lexicon, text);
            assert_eq!(found(lexicon, text), expected, "{text:?}");
            let starts = word_starts(text);
            let from: Vec<_> = lexicon
                .find_from(text, Words::of(&starts))
                .map(|hit| (hit.start, hit.end))
                .collect();
            assert_eq!(from, expected, "{text:?}");
            // The same as loops ([`Lexicon::each_from`], [`Lexicon::each`]), and the first.
            let span = |hit: Hit<'_, T>| (hit.start, hit.end);
            let all: Vec<_> = lexicon
                .all_from(text, Words::of(&starts))
                .into_iter()
                .map(span)
                .collect();
            assert_eq!(all, expected, "{text:?}");
            let mut each = Vec::new();
            lexicon.each(text, |hit| {
                each.push(span(hit));
                true
            });
            assert_eq!(each, expected, "{text:?}");
            let first = lexicon.first_from(text, Words::of(&starts)).map(span);
            assert_eq!(first, expected.first().copied(), "{text:?}");
            // The same with the union of the starts' bits known (a list whose bit is not in it
            // is not searched).
            if let Some(words) = words_within(&starts, 0, text, false, &mut 0) {
                assert_eq!(words.lists, starts.iter().fold(0, |u, s| u | s.lists));
                let known: Vec<_> = lexicon
                    .find_from(text, words)
                    .map(|hit| (hit.start, hit.end))
                    .collect();
                assert_eq!(known, expected, "{text:?}");
                let known: Vec<_> = lexicon
                    .all_from(text, words)
                    .into_iter()
                    .map(span)
                    .collect();
                assert_eq!(known, expected, "{text:?}");
            }
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
                // First words that a phrase shares, or has as a prefix, or that run on.
                "The Kremlin, the kremlin and THE KREMLIN; the Kremlins, Kremlin-backed Omani.",
                "Prisoners\u{2019} Club and al-Shabaab, Al-Shabaab and al Shabaab; US-led, usa.",
                "according to the United Nations, said the UN; Wad Madani\u{e9} and RSF2.",
            ]
            .map(str::to_owned),
        );
        same_as_unanchored(&ACTORS, &texts);
        same_as_unanchored(&REPORTING, &texts);
        same_as_unanchored(&TERRITORIAL, &texts);
        same_as_unanchored(&EXCHANGE, &texts);
        same_as_unanchored(&DEADLINE, &texts);
        same_as_unanchored(&DEADLINE_ROLES, &texts);
        same_as_unanchored(&EXCHANGE_STATUS, &texts);
        same_as_unanchored(&crate::prefilter::PREFILTER, &texts);
    }

    #[test]
    fn the_bit_of_each_flagged_list_is_its_print_test() {
        fn check<T>(lexicon: &Lexicon<T>, bit: u8) {
            assert_eq!(lexicon.flag, bit);
            let searcher = lexicon.searcher.as_ref().expect("the list builds");
            assert!(searcher.word_initial);
            for print in 0..u16::try_from(PRINTS).expect("prints are u16") {
                assert_eq!(
                    lists_of(&LIST_FLAGS, print) & bit != 0,
                    searcher.may_start(print),
                    "{bit} {print}"
                );
            }
        }
        check(&crate::prefilter::PREFILTER, flag::PREFILTER);
        check(&REPORTING, flag::REPORTING);
        check(&ACTORS, flag::ACTORS);
        check(&TERRITORIAL, flag::TERRITORIAL);
        check(&EXCHANGE, flag::EXCHANGE);
        check(&DEADLINE, flag::DEADLINE);
        // The lists without a bit test their prints.
        assert_eq!(REGIONS.flag, 0);
        assert_eq!(PLACE_TYPES.flag, 0);
        assert_eq!(EXCHANGE_STATUS.flag, 0);
        assert_eq!(DEADLINE_ROLES.flag, 0);
        // The title bit is the print test of the title words, and no print has the digit bit.
        let titles: &PrintSet = &crate::attribution::TITLE_PRINTS;
        for print in 0..u16::try_from(PRINTS).expect("prints are u16") {
            let lists = lists_of(&LIST_FLAGS, print);
            assert_eq!(lists & flag::TITLE != 0, titles.contains(print), "{print}");
            assert_eq!(lists & flag::DIGIT, 0, "{print}");
        }
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
