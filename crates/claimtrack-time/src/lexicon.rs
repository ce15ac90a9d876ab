//! The word lexicon: every word the grammar knows, with its class.
//!
//! One table, built once, maps a lower-cased word to a [`Lex`]; adding a word is one line. Words
//! that are not in the table are [`Lex::Other`] and cost one hash lookup.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// The class of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Other,
    /// A month (1-12) and how it is written.
    Month(u8, MonthForm),
    /// A day of the week (0 = Monday) and whether it is abbreviated.
    Weekday(u8, bool),
    /// "Fridays": a recurring day, or a count of them.
    Weekdays(u8),
    /// A unit of time and whether it is abbreviated ("hrs").
    Unit(Unit, bool),
    /// A cardinal number word: "one" to "nineteen", "twenty" to "ninety".
    NumWord(u16),
    /// "hundred", "thousand", "million".
    Scale(u32),
    /// An ordinal word: "first" to "thirty-first" ("second" is also a unit).
    Ord(u8),
    /// "the eighties": the tens of a decade of the 1900s.
    Decade(u8),
    /// The suffix of "24th": st, nd, rd, th.
    Suffix,
    Season(Season),
    Holiday(Holiday),
    Kw(Kw),
    /// A word that says which way the surrounding report looks in time.
    Cue(Cue),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MonthForm {
    Full,
    /// "Jan", "Sept": only with a day or a year in running text.
    Abbr,
    /// "May", "March": also ordinary words, so they need context in running text.
    Ambiguous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Weekend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    Easter,
    Halloween,
    Thanksgiving,
    Valentine,
    /// The first word of a holiday in the grammar's table ("Memorial", "Ash").
    Listed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Past,
    Future,
}

/// Function words and time words with a role in the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kw {
    The,
    A,
    An,
    Of,
    On,
    In,
    At,
    During,
    By,
    Within,
    Until,
    Through,
    Since,
    From,
    To,
    And,
    Or,
    Between,
    Before,
    After,
    No,
    Not,
    Later,
    Earlier,
    Than,
    Ago,
    Hence,
    Now,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Overnight,
    This,
    That,
    Last,
    Next,
    Past,
    Previous,
    Coming,
    Upcoming,
    Following,
    Current,
    Early,
    Mid,
    Middle,
    Late,
    End,
    Beginning,
    Start,
    Half,
    Every,
    Each,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Recently,
    Soon,
    Recent,
    Few,
    Several,
    Couple,
    Dozen,
    Dozens,
    Over,
    More,
    Less,
    About,
    Around,
    Nearly,
    Least,
    Up,
    Ahead,
    Come,
    Deadline,
    Ultimatum,
    Rest,
    All,
    Whole,
    Morning,
    Afternoon,
    Evening,
    Night,
    Currently,
    Present,
    Time,
    Eom,
    Eoy,
    Eod,
    Bom,
    Boy,
    Extra,
    For,
    New,
    Eve,
    Orthodox,
    /// "fiscal", "FY": a fiscal year, whose calendar span depends on who keeps it.
    Fiscal,
    Good,
    Ides,
    Point,
    Minus,
    Many,
    Future,
    Moment,
    SeasonWord,
}

/// The class of `word` (any case); [`Lex::Other`] when the word is not in the lexicon.
pub(crate) fn lookup(word: &[u8]) -> Lex {
    LEXICON.get(Key::of(word))
}

/// The lexicon, built on first use: for a caller with many words to look up, who asks for it
/// once rather than once per word.
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// A word of at most [`Key::LONGEST`] bytes as two integers, its letters lower-cased: its bytes
/// in order from the lowest of `lo`, zeros after them. Longer or empty words have the key
/// [`Key::NONE`], which no word of the lexicon has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
}

impl Key {
    /// The longest word looked up: longer words are never in the lexicon.
    const LONGEST: usize = 16;
    const NONE: Key = Key { lo: 0, hi: 0 };

    /// The key of `word`, copied into a window of its own.
    fn of(word: &[u8]) -> Key {
        let mut bytes = [0u8; Key::LONGEST];
        match bytes.get_mut(..word.len()) {
            Some(head) => head.copy_from_slice(word),
            None => return Key::NONE,
        }
        Key::of_window(&bytes, word.len())
    }

    /// The key of the first `len` bytes of `window`.
    ///
    /// Setting bit 5 of every byte lower-cases the letters; it can turn no other byte into a
    /// lower-case letter, and every word of the lexicon is lower-case letters, so two keys are
    /// equal exactly when the words are equal without regard to case.
    fn of_window(window: &[u8; 16], len: usize) -> Key {
        const FOLD: u64 = 0x2020_2020_2020_2020;
        let both = u128::from_le_bytes(*window);
        #[expect(clippy::cast_possible_truncation, reason = "the low half, on purpose")]
        let lo = both as u64 | FOLD;
        let hi = (both >> 64) as u64 | FOLD;
        match len {
            1..=8 => Key {
                lo: lo & (u64::MAX >> (64 - 8 * len)),
                hi: 0,
            },
            9..=16 => Key {
                lo,
                hi: hi & (u64::MAX >> (128 - 8 * len)),
            },
            _ => Key::NONE,
        }
    }

    /// The key's slot in [`Lexicon::slots`].
    fn slot(self) -> usize {
        let mixed = (self.lo ^ self.hi.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The top bits of the product depend on every bit of the key.
        usize::try_from(mixed >> (64 - Lexicon::BITS)).unwrap_or(0)
    }
}

/// The lexicon as an open-addressed hash table of [`Key`]s: most words of a text are not in it
/// and cost one integer hash and, mostly, one empty slot; no lower-cased copy, no byte loop.
pub(crate) struct Lexicon {
    /// For each slot, 0 when it is empty, else one more than the index into `entries`.
    slots: [u16; Lexicon::SLOTS],
    entries: Vec<(Key, Lex)>,
}

impl Lexicon {
    /// The table has `1 << BITS` slots, a few times the number of words, so that probes are
    /// short.
    const BITS: u32 = 11;
    const SLOTS: usize = 1 << Lexicon::BITS;

    /// The class of the word `text[start..end]`: [`lookup`] of it, read without a copy where 16
    /// bytes of `text` follow `start` (the tokenizer's case: a word inside its sentence).
    // Called for every word of every text by the tokenizer's loop: inlined there, it saves a call
    // and its saved registers, about a twentieth of the tokenizer's cost.
    #[inline]
    pub(crate) fn lookup_in(&self, text: &[u8], start: usize, end: usize) -> Lex {
        match text.get(start..).and_then(<[u8]>::first_chunk::<16>) {
            Some(window) => self.get(Key::of_window(window, end.saturating_sub(start))),
            None => text.get(start..end).map_or(Lex::Other, lookup),
        }
    }

    fn get(&self, key: Key) -> Lex {
        let mut at = key.slot();
        // Linear probing; the table is never full, so an empty slot ends every search.
        loop {
            let slot = self.slots[at % Lexicon::SLOTS];
            let Some(&(k, lex)) = self.entries.get(usize::from(slot).wrapping_sub(1)) else {
                return Lex::Other;
            };
            if k == key {
                return lex;
            }
            at += 1;
        }
    }

    fn new(table: &Table) -> Lexicon {
        let mut entries: Vec<(Key, Lex)> = table
            .iter()
            .map(|(word, lex)| (Key::of(word), *lex))
            .filter(|(key, _)| *key != Key::NONE)
            .collect();
        // Insertion order decides the probe sequences: make it independent of the hash map's.
        entries.sort_by_key(|(key, _)| (key.lo, key.hi));
        let mut slots = [0u16; Lexicon::SLOTS];
        for (n, (key, _)) in entries.iter().enumerate() {
            let mut at = key.slot();
            while slots[at % Lexicon::SLOTS] != 0 {
                at += 1;
            }
            slots[at % Lexicon::SLOTS] = u16::try_from(n + 1).unwrap_or(0);
        }
        Lexicon { slots, entries }
    }
}

/// FNV-1a: the keys are short ASCII words, where it is much faster than SipHash.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(&table()));

fn table() -> Table {
    let mut t = Table::default();
    let mut add = |words: &[&'static str], lex: Lex| {
        for w in words {
            t.insert(w.as_bytes(), lex);
        }
    };
    use Kw::*;
    use MonthForm::{Abbr, Ambiguous, Full};

    let months: [(&[&'static str], &[&'static str], u8); 12] = [
        (&["january"], &["jan"], 1),
        (&["february"], &["feb"], 2),
        (&[], &["mar"], 3),
        (&["april"], &["apr"], 4),
        (&[], &[], 5),
        (&["june"], &["jun"], 6),
        (&["july"], &["jul"], 7),
        (&["august"], &["aug"], 8),
        (&["september"], &["sep", "sept"], 9),
        (&["october"], &["oct"], 10),
        (&["november"], &["nov"], 11),
        (&["december"], &["dec"], 12),
    ];
    for (full, abbr, m) in months {
        add(full, Lex::Month(m, Full));
        add(abbr, Lex::Month(m, Abbr));
    }
    add(&["march"], Lex::Month(3, Ambiguous));
    add(&["may"], Lex::Month(5, Ambiguous));

    let weekdays: [(&'static str, &[&'static str], &'static str); 7] = [
        ("monday", &["mon"], "mondays"),
        ("tuesday", &["tue", "tues"], "tuesdays"),
        ("wednesday", &["wed", "weds"], "wednesdays"),
        ("thursday", &["thu", "thur", "thurs"], "thursdays"),
        ("friday", &["fri"], "fridays"),
        ("saturday", &["sat"], "saturdays"),
        ("sunday", &["sun"], "sundays"),
    ];
    for (wd, (full, abbr, plural)) in (0u8..).zip(weekdays) {
        add(&[full], Lex::Weekday(wd, false));
        add(abbr, Lex::Weekday(wd, true));
        add(&[plural], Lex::Weekdays(wd));
    }

    let units: [(&[&'static str], &[&'static str], Unit); 12] = [
        (&["seconds"], &["sec", "secs"], Unit::Second),
        (&["minute", "minutes"], &["min", "mins"], Unit::Minute),
        (&["hour", "hours"], &["h", "hr", "hrs"], Unit::Hour),
        (&["day", "days"], &[], Unit::Day),
        (&["week", "weeks"], &["wk", "wks"], Unit::Week),
        (&["fortnight", "fortnights"], &[], Unit::Fortnight),
        (&["month", "months"], &["mo", "mos"], Unit::Month),
        (&["quarter", "quarters"], &["qtr", "qtrs"], Unit::Quarter),
        (&["year", "years"], &["yr", "yrs"], Unit::Year),
        (&["decade", "decades"], &[], Unit::Decade),
        (&["century", "centuries"], &[], Unit::Century),
        (&["weekend", "weekends"], &[], Unit::Weekend),
    ];
    for (full, abbr, unit) in units {
        add(full, Lex::Unit(unit, false));
        add(abbr, Lex::Unit(unit, true));
    }

    let small = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    for (n, w) in (0u16..).zip(small) {
        add(&[w], Lex::NumWord(n));
    }
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    for (n, w) in (2u16..).zip(tens) {
        add(&[w], Lex::NumWord(n * 10));
    }
    add(&["hundred"], Lex::Scale(100));
    add(&["thousand"], Lex::Scale(1000));
    add(&["million"], Lex::Scale(1_000_000));
    add(&["billion"], Lex::Scale(1_000_000_000));
    add(
        &["lakh", "lakhs", "lac", "lacs", "lkh", "lkhs"],
        Lex::Scale(100_000),
    );
    add(&["crore", "crores", "cr"], Lex::Scale(10_000_000));
    add(&["naught", "nought", "nil"], Lex::NumWord(0));

    let ordinals = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    for (n, w) in (1u8..).zip(ordinals) {
        add(&[w], Lex::Ord(n));
    }
    add(&["thirtieth"], Lex::Ord(30));
    add(&["st", "nd", "rd", "th"], Lex::Suffix);
    let decades = [
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ];
    for (tens, w) in (2u8..).zip(decades) {
        add(&[w], Lex::Decade(tens * 10));
    }

    add(&["spring"], Lex::Season(Season::Spring));
    add(&["summer"], Lex::Season(Season::Summer));
    add(&["autumn", "fall"], Lex::Season(Season::Autumn));
    add(&["winter"], Lex::Season(Season::Winter));

    add(&["christmas", "xmas"], Lex::Holiday(Holiday::Christmas));
    add(&["easter"], Lex::Holiday(Holiday::Easter));
    add(&["halloween"], Lex::Holiday(Holiday::Halloween));
    add(&["thanksgiving"], Lex::Holiday(Holiday::Thanksgiving));
    add(
        &["valentine", "valentines"],
        Lex::Holiday(Holiday::Valentine),
    );
    add(
        &[
            "memorial",
            "labor",
            "labour",
            "martin",
            "mlk",
            "presidents",
            "president",
            "mother",
            "mothers",
            "father",
            "fathers",
            "columbus",
            "veterans",
            "veteran",
            "armistice",
            "black",
            "cyber",
            "boxing",
            "saint",
            "earth",
            "victory",
            "ash",
            "shrove",
            "mardi",
            "palm",
            "maundy",
            "ascension",
            "pentecost",
            "whit",
            "whitsunday",
            "trinity",
            "corpus",
            "lent",
            "clean",
            "chinese",
            "lunar",
            "rosh",
            "yom",
            "sukkot",
            "succot",
            "sukkos",
            "feast",
            "shemini",
            "simchat",
            "simhat",
            "hanukkah",
            "hanukah",
            "hannukah",
            "hanukka",
            "chanukah",
            "chanukkah",
            "tu",
            "purim",
            "shushan",
            "passover",
            "pesach",
            "pesah",
            "holocaust",
            "lag",
            "shavuot",
            "shavuos",
            "tisha",
            "ramadan",
            "ramadhan",
            "ramzan",
            "eid",
            "id",
            "bakr",
            "bakrid",
            "sacrifice",
            "islamic",
            "hijri",
            "muharram",
            "ashura",
            "mawlid",
            "prophet",
            "isra",
            "laylat",
            "jumu",
            "jamat",
            "arabic",
            "mevlid",
            "birthday",
            "succos",
            "shavuoth",
            "shavu",
            "shovuos",
            "hannukkah",
            "channukah",
            "joyous",
            "sheer",
            "covenant",
            "branch",
            "yew",
            "white",
            "pancake",
            "pure",
            "green",
            "lazarus",
            "civil",
            "ramzaan",
            "ramathan",
            "independence",
            "boss",
            "bosses",
            "king",
            "kings",
            "koningsdag",
            "international",
            "women",
            "workers",
            "world",
            "human",
            "remembrance",
            "anzac",
            "bastille",
            "juneteenth",
            "canada",
            "australia",
            "groundhog",
        ],
        Lex::Holiday(Holiday::Listed),
    );

    let kws: &[(&[&'static str], Kw)] = &[
        (&["the"], The),
        (&["a"], A),
        (&["an"], An),
        (&["of"], Of),
        (&["on"], On),
        (&["in"], In),
        (&["at"], At),
        (&["during"], During),
        (&["by"], By),
        (&["within"], Within),
        (&["until", "till", "til", "untill"], Until),
        (&["through", "thru", "throughout"], Through),
        (&["since"], Since),
        (&["from"], From),
        (&["to"], To),
        (&["and"], And),
        (&["or"], Or),
        (&["between"], Between),
        (&["before", "prior"], Before),
        (&["after"], After),
        (&["no"], No),
        (&["not"], Not),
        (&["later"], Later),
        (&["earlier"], Earlier),
        (&["than"], Than),
        (&["ago"], Ago),
        (&["hence"], Hence),
        (&["now"], Now),
        (&["today"], Today),
        (&["tonight"], Tonight),
        (&["yesterday"], Yesterday),
        (&["tomorrow"], Tomorrow),
        (&["overnight"], Overnight),
        (&["this"], This),
        (&["that"], That),
        (&["last"], Last),
        (&["next"], Next),
        (&["past"], Past),
        (&["previous"], Previous),
        (&["coming"], Coming),
        (&["upcoming"], Upcoming),
        (&["following"], Following),
        (&["current"], Current),
        (&["early"], Early),
        (&["mid"], Mid),
        (&["middle"], Middle),
        (&["late"], Late),
        (&["end"], End),
        (&["beginning"], Beginning),
        (&["start"], Start),
        (&["half"], Half),
        (&["every"], Every),
        (&["each"], Each),
        (&["daily"], Daily),
        (&["weekly"], Weekly),
        (&["monthly"], Monthly),
        (&["yearly", "annually", "annual"], Yearly),
        (&["recently", "lately"], Recently),
        (&["soon", "shortly"], Soon),
        (&["recent"], Recent),
        (&["few"], Few),
        (&["several"], Several),
        (&["couple"], Couple),
        (&["dozen"], Dozen),
        (&["dozens"], Dozens),
        (&["over"], Over),
        (&["more"], More),
        (&["less", "fewer"], Less),
        (&["about", "approximately", "roughly"], About),
        (&["around", "some"], Around),
        (&["nearly", "almost"], Nearly),
        (&["least"], Least),
        (&["up"], Up),
        (&["ahead"], Ahead),
        (&["come"], Come),
        (&["deadline", "deadlines"], Deadline),
        (&["ultimatum"], Ultimatum),
        (&["rest", "remainder"], Rest),
        (&["all"], All),
        (&["whole", "entire"], Whole),
        (&["morning"], Morning),
        (&["afternoon"], Afternoon),
        (&["evening"], Evening),
        (&["night"], Night),
        (&["currently", "presently", "nowadays"], Currently),
        (&["present"], Present),
        (&["time"], Time),
        (&["eom"], Eom),
        (&["eoy"], Eoy),
        (&["eod"], Eod),
        (&["bom"], Bom),
        (&["boy"], Boy),
        (
            &[
                "additional",
                "extra",
                "full",
                "straight",
                "consecutive",
                "further",
                "long",
            ],
            Extra,
        ),
        (&["for"], For),
        (&["new"], New),
        (&["eve"], Eve),
        (&["orthodox"], Orthodox),
        (&["fiscal", "fy"], Fiscal),
        (&["good", "great", "holy"], Good),
        (&["ides"], Ides),
        (&["point"], Point),
        (&["minus", "negative"], Minus),
        (&["future"], Future),
        (&["many"], Many),
        (&["moment"], Moment),
        (&["season", "seasons"], SeasonWord),
    ];
    for (words, kw) in kws {
        add(words, Lex::Kw(*kw));
    }

    // Tense and plan cues. "last", "next", "until" and friends are keywords and count as cues
    // through `crate::context`.
    add(
        &[
            "said",
            "was",
            "were",
            "had",
            "did",
            "told",
            "took",
            "met",
            "came",
            "went",
            "saw",
            "made",
            "gave",
            "left",
            "fell",
            "broke",
            "began",
            "spoke",
            "wrote",
            "sent",
            "led",
            "held",
            "struck",
            "fought",
            "won",
            "lost",
            "ended",
            "previously",
            "former",
            "earlier",
            "ago",
            "agreed",
            "announced",
            "reported",
            "claimed",
            "hit",
            "swapped",
        ],
        Lex::Cue(Cue::Past),
    );
    add(
        &[
            "will",
            "shall",
            "ll",
            "going",
            "scheduled",
            "expected",
            "expects",
            "expect",
            "plans",
            "plan",
            "planned",
            "planning",
            "intends",
            "intend",
            "due",
            "would",
            "must",
            "forthcoming",
            "aims",
            "hopes",
            "set",
            "unless",
            "threatened",
            "threatens",
            "demanded",
            "demands",
            "ends",
            "expires",
            "begins",
            "starts",
            "resumes",
            "convenes",
        ],
        Lex::Cue(Cue::Future),
    );
    // Keywords that the cue words above overwrote must stay keywords.
    add(&["earlier"], Lex::Kw(Earlier));
    add(&["ago"], Lex::Kw(Ago));
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_found_in_any_case() {
        let table = table();
        assert!(!table.is_empty());
        for (word, lex) in &table {
            // The keys' folding is exact only for lower-case letters.
            assert!(
                word.iter().all(u8::is_ascii_lowercase),
                "{}",
                String::from_utf8_lossy(word)
            );
            if word.len() > Key::LONGEST {
                continue;
            }
            assert_eq!(lookup(word), *lex, "{}", String::from_utf8_lossy(word));
            let upper = word.to_ascii_uppercase();
            assert_eq!(lookup(&upper), *lex, "{}", String::from_utf8_lossy(word));
        }
        for other in [
            &b"soldiers"[..],
            b"",
            b"x",
            b"mondays",
            b"zzzzzzzzzzzzzzzzzzzz",
        ] {
            assert_eq!(
                lookup(other),
                table.get(other).copied().unwrap_or(Lex::Other),
                "{}",
                String::from_utf8_lossy(other)
            );
        }
    }

    /// Both lookups (of a word alone, and of a word inside a text through a 16-byte window)
    /// find what a case-blind search of the table finds, as the lookup did before it hashed
    /// folded keys: for every word of the lexicon, its case variants, and near misses that
    /// differ by one byte whose bit 5 makes or nearly makes a letter.
    #[test]
    fn lookups_match_a_case_blind_search_of_the_table() {
        let table = table();
        let mut words: Vec<Vec<u8>> = table.keys().map(|w| w.to_vec()).collect();
        for word in table.keys() {
            words.push(word.to_ascii_uppercase());
            let mut mixed = word.to_vec();
            if let Some(b) = mixed.first_mut() {
                b.make_ascii_uppercase();
            }
            words.push(mixed);
            // Bytes one bit 5 away from a letter that are not letters: '@', '[', '`', '{'.
            for odd in [b'@', b'[', b'`', b'{', b'_', b'0', 0xC1] {
                for at in 0..word.len() {
                    let mut w = word.to_vec();
                    w[at] = odd;
                    words.push(w);
                }
            }
            let mut longer = word.to_vec();
            longer.push(b's');
            words.push(longer);
            words.push(word[..word.len() - 1].to_vec());
        }
        words.extend([
            b"".to_vec(),
            b"Q".to_vec(),
            b"abcdefghijklmnop".to_vec(),
            b"abcdefghijklmnopq".to_vec(),
            b"thanksgivingxxxx".to_vec(),
        ]);
        for word in &words {
            let expected = table
                .iter()
                .find(|(key, _)| key.len() <= Key::LONGEST && key.eq_ignore_ascii_case(word))
                .map_or(Lex::Other, |(_, lex)| *lex);
            assert_eq!(lookup(word), expected, "{}", String::from_utf8_lossy(word));
            // At the start of a long text, at its end, and in the middle.
            for (before, after) in [
                (&b""[..], &b" and more words after it"[..]),
                (b"x ", b""),
                (b"  ", b" y"),
            ] {
                let text = [before, word.as_slice(), after].concat();
                let lex = lexicon().lookup_in(&text, before.len(), before.len() + word.len());
                assert_eq!(lex, expected, "{}", String::from_utf8_lossy(&text));
            }
        }
    }
}
