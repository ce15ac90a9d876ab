//! The grammar: recognises time expressions over tokens and builds unresolved [`Node`]s.
//!
//! Each rule is a function from a token index to `Option<(Node, next index)>`. At every position
//! [`Parser::find_all`] tries the rules and keeps the longest match, then continues after it, so
//! expressions never overlap. Each rule declares next to it what its first token can be (a
//! [`Starts`], see [`crate::starts`]); a rule runs only where the token (or, after "the", the
//! next one) is of such a class, and a token that begins no rule ("on", "of", "and", most
//! punctuation) is passed over before any work. Nothing here looks at the reference date:
//! [`crate::resolve`] turns nodes into values. Running text ([`Mode::Text`]) asks for more
//! evidence than a phrase given on its own ([`Mode::Phrase`]): capitalised month and day names,
//! no bare "2/15", and "May" only where it cannot be the verb.

use std::cell::Cell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::{Cue, Fnv, Holiday, Kw, Lex, MonthForm, Season, Unit};
use crate::lunar::{Hebrew, Islamic};
use crate::number::{self, adjacent};
use crate::starts::{Classes as C, Lead, Starts};
use crate::token::{Kind, Token};
use crate::{DeadlineMarker, DurationUnit, Modifier};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Text,
    Phrase,
}

/// A recognised expression: tokens `first..last` and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) node: Node,
}

/// The byte span of a match.
pub(crate) fn byte_span(toks: &[Token], found: &Found) -> (usize, usize) {
    let start = toks.get(found.first).map_or(0, |t| t.start);
    let end = found
        .last
        .checked_sub(1)
        .and_then(|l| toks.get(l))
        .map_or(start, |t| t.end);
    (start, end)
}

/// Which part of a period: "early", "mid", "late", "the end of".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Mid,
    End,
    /// "earlier this week": from the start of the period to the day before the reference.
    Earlier,
    /// "later this month": from the day after the reference to the end.
    Later,
    /// "the rest of the week": from the reference to the end.
    Rest,
}

/// How a weekday relates to the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WdRel {
    /// "on Friday": by the direction of the context.
    Bare,
    /// "last Friday", "this past Friday": the latest one strictly before the reference.
    Last,
    /// "next Friday": the one in the following week.
    Next,
    /// "this coming Friday": the next one strictly after the reference.
    Coming,
    /// "this Friday", "Friday of next week": the one in the week `n` weeks from the reference's.
    Week(i32),
}

/// An amount of time after normalisation to whole units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dur {
    pub(crate) unit: DurationUnit,
    pub(crate) lo: u32,
    pub(crate) hi: u32,
}

/// What an expression means, before it is resolved against the reference date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    /// A day of a month, with or without its year, and a weekday to check it by.
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
        wd: Option<u8>,
    },
    /// A day of an unnamed month: "the 15th", "Tuesday the 19th".
    MonthDay {
        d: u32,
        wd: Option<u8>,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    Year(i32),
    /// The first year of a decade: 1990 for "the 1990s".
    Decade(i32),
    /// "the 19th century": the hundred years from its first year (1800).
    Century(i32),
    Quarter {
        y: YearRef,
        q: u32,
    },
    Half {
        y: YearRef,
        h: u32,
    },
    Season {
        y: Option<i32>,
        s: Season,
    },
    /// "this summer" (`s` given), "last season" (`s` None): `n` seasons from the current one.
    SeasonRel {
        s: Option<Season>,
        n: i32,
    },
    Holiday {
        h: Feast,
        y: Option<i32>,
    },
    Weekday {
        wd: u8,
        rel: WdRel,
        tod: Option<&'static str>,
    },
    /// The unit `n` units away from the one holding the reference ("last week" is -1).
    Rel {
        unit: Unit,
        n: i32,
        tod: Option<&'static str>,
    },
    /// The night before the reference.
    Overnight,
    /// A day `dur` before (`sign` -1) or after the reference: "two days ago", "in 50 days".
    Shift {
        dur: Dur,
        sign: i32,
        marker: Option<DeadlineMarker>,
    },
    /// The `n` whole units before (`sign` -1) or after the current one: "the last two weeks";
    /// `rolling` counts back from the reference day instead: "the past two weeks".
    Span {
        unit: Unit,
        n: u32,
        sign: i32,
        rolling: bool,
    },
    Part {
        part: Part,
        of: Box<Node>,
    },
    Range(Box<Node>, Box<Node>),
    Since(Box<Node>),
    Limit {
        marker: DeadlineMarker,
        of: Box<Node>,
    },
    Dur {
        dur: Dur,
        anchor: Option<DeadlineMarker>,
        modifier: Option<Modifier>,
    },
    /// PAST_REF, FUTURE_REF, PRESENT_REF; `unit` for "within days" (PXD).
    Vague {
        value: &'static str,
        marker: Option<DeadlineMarker>,
    },
    /// "days", "weeks" without a number: PXD, PXW.
    VagueDur {
        unit: Unit,
        marker: Option<DeadlineMarker>,
    },
    /// Relative to an event the text names elsewhere: "a week later", "the next day".
    /// `shift` is the signed number of units from that event when the words fix it ("the
    /// previous day" is -1, "the same day" 0); `None` for "days later" or "the day before the
    /// vote", whose anchor is not a date.
    Anaphor {
        dur: Option<Dur>,
        unit: Unit,
        shift: Option<i32>,
    },
    Set {
        value: String,
    },
    /// "fiscal 2024", "FY2024": a fiscal year, whose days depend on who keeps it.
    Fiscal {
        y: i32,
    },
    /// A clock time on a day ("Friday at 3 p.m."), or on the reference day when `day` is
    /// `None` ("10:30 a.m.").
    Clock {
        day: Option<Box<Node>>,
        h: u32,
        m: u32,
    },
    /// The `n`-th (negative: from the end) weekday of a month node.
    NthWeekdayOf {
        n: i32,
        wd: u8,
        of: Box<Node>,
    },
    /// The `d`-th (negative: from the end) day of a month node.
    DayOf {
        d: i32,
        of: Box<Node>,
    },
    /// The week holding a day.
    WeekOf(Box<Node>),
    /// A named month relative to the reference: "next March" (`n` 1), "last May" (-1), "this
    /// June" (0, the one of the reference's year).
    MonthRel {
        m: u32,
        n: i32,
    },
    /// A named month of a year relative to the reference's: "July last year" (`n` -1), "March
    /// this year" (0), "May of next year" (1).
    MonthOfYear {
        m: u32,
        n: i32,
    },
    /// A period `n` years after the next one: "March in 1 year", "March after next".
    YearsAfter {
        of: Box<Node>,
        n: i32,
    },
    /// A day `dur` before (`sign` -1) or after a date: "three days after Easter".
    Offset {
        dur: Dur,
        sign: i32,
        of: Box<Node>,
    },
    /// The `n`-th last ISO week of a year: "the third last week of 2018".
    LastWeekOf {
        n: u32,
        y: i32,
    },
    /// The `n`-th occurrence of a weekday after the reference: "3 fridays from now".
    WeekdayCount {
        wd: u8,
        n: u32,
    },
}

/// The year of a quarter or half: a number, or relative to the reference ("the third quarter"
/// alone is this year's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    Abs(i32),
    Rel(i32),
}

/// Feasts with a date rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feast {
    Christmas,
    ChristmasEve,
    NewYearsDay,
    NewYearsEve,
    Easter,
    GoodFriday,
    EasterMonday,
    OrthodoxEaster,
    OrthodoxGoodFriday,
    Halloween,
    Thanksgiving,
    Valentine,
    /// The same day every year.
    Fixed {
        m: u32,
        d: u32,
    },
    /// The `n`-th (negative: from the end) weekday of a month.
    Nth {
        m: u32,
        wd: u8,
        n: i32,
    },
    /// Days after (before) Western Easter.
    EasterPlus(i16),
    /// Days after US Thanksgiving.
    ThanksgivingPlus(i16),
    /// Days after (before) Orthodox Easter.
    OrthodoxPlus(i16),
    /// Lent: Ash Wednesday to Holy Saturday.
    Lent,
    /// Orthodox Great Lent: Clean Monday to the Friday before Lazarus Saturday.
    GreatLent,
    /// Boss's Day: 16 October, or the nearest weekday when it falls on a weekend.
    BossDay,
    /// King's Day in the Netherlands: 27 April, or the 26th when the 27th is a Sunday.
    KingsDay,
    /// The long weekend (Friday to Monday) of the `n`-th Monday of month `m`.
    MondayWeekend {
        m: u32,
        n: i32,
    },
    /// A holiday of the Hebrew calendar.
    Hebrew(Hebrew),
    /// A holiday of the (tabular) Islamic calendar.
    Islamic(Islamic),
    /// Chinese (lunar) New Year, from a table of [`crate::lunar::CNY_FIRST`] to
    /// [`crate::lunar::CNY_LAST`].
    ChineseNewYear,
}

/// Holidays named by a few words, with their date rules. Matching skips apostrophes, a
/// possessive "s" and dots, so "Mother's Day" and "St. Patrick's Day" match their entries.
const FEASTS: &[(&[&str], Feast)] = &[
    (&["memorial", "day"], Feast::Nth { m: 5, wd: 0, n: -1 }),
    (&["labor", "day"], Feast::Nth { m: 9, wd: 0, n: 1 }),
    (&["labour", "day"], Feast::Nth { m: 9, wd: 0, n: 1 }),
    (
        &["martin", "luther", "king", "day"],
        Feast::Nth { m: 1, wd: 0, n: 3 },
    ),
    (
        &["martin", "luther", "king", "jr", "day"],
        Feast::Nth { m: 1, wd: 0, n: 3 },
    ),
    (&["mlk", "day"], Feast::Nth { m: 1, wd: 0, n: 3 }),
    (&["presidents", "day"], Feast::Nth { m: 2, wd: 0, n: 3 }),
    (&["president", "day"], Feast::Nth { m: 2, wd: 0, n: 3 }),
    (&["mother", "day"], Feast::Nth { m: 5, wd: 6, n: 2 }),
    (&["mothers", "day"], Feast::Nth { m: 5, wd: 6, n: 2 }),
    (&["father", "day"], Feast::Nth { m: 6, wd: 6, n: 3 }),
    (&["fathers", "day"], Feast::Nth { m: 6, wd: 6, n: 3 }),
    (&["columbus", "day"], Feast::Nth { m: 10, wd: 0, n: 2 }),
    (&["veterans", "day"], Feast::Fixed { m: 11, d: 11 }),
    (&["veteran", "day"], Feast::Fixed { m: 11, d: 11 }),
    (&["armistice", "day"], Feast::Fixed { m: 11, d: 11 }),
    (&["thanksgiving", "day"], Feast::Thanksgiving),
    (&["black", "friday"], Feast::ThanksgivingPlus(1)),
    (&["cyber", "monday"], Feast::ThanksgivingPlus(4)),
    (&["boxing", "day"], Feast::Fixed { m: 12, d: 26 }),
    (&["st", "patrick", "day"], Feast::Fixed { m: 3, d: 17 }),
    (&["saint", "patrick", "day"], Feast::Fixed { m: 3, d: 17 }),
    (&["earth", "day"], Feast::Fixed { m: 4, d: 22 }),
    (&["may", "day"], Feast::Fixed { m: 5, d: 1 }),
    (&["victory", "day"], Feast::Fixed { m: 5, d: 9 }),
    (&["all", "saints", "day"], Feast::Fixed { m: 11, d: 1 }),
    (&["all", "saint", "day"], Feast::Fixed { m: 11, d: 1 }),
    (&["orthodox", "christmas"], Feast::Fixed { m: 1, d: 7 }),
    (
        &["orthodox", "christmas", "day"],
        Feast::Fixed { m: 1, d: 7 },
    ),
    (
        &["orthodox", "christmas", "eve"],
        Feast::Fixed { m: 1, d: 6 },
    ),
    (&["ash", "wednesday"], Feast::EasterPlus(-46)),
    (&["shrove", "tuesday"], Feast::EasterPlus(-47)),
    (&["mardi", "gras"], Feast::EasterPlus(-47)),
    (&["palm", "sunday"], Feast::EasterPlus(-7)),
    (&["maundy", "thursday"], Feast::EasterPlus(-3)),
    (&["holy", "thursday"], Feast::EasterPlus(-3)),
    (&["holy", "saturday"], Feast::EasterPlus(-1)),
    (&["ascension", "day"], Feast::EasterPlus(39)),
    (&["pentecost"], Feast::EasterPlus(49)),
    (&["whit", "sunday"], Feast::EasterPlus(49)),
    (&["whitsunday"], Feast::EasterPlus(49)),
    (&["whit", "monday"], Feast::EasterPlus(50)),
    (&["trinity", "sunday"], Feast::EasterPlus(56)),
    (&["corpus", "christi"], Feast::EasterPlus(60)),
    (&["lent"], Feast::Lent),
    (&["clean", "monday"], Feast::OrthodoxPlus(-48)),
    (&["chinese", "new", "year"], Feast::ChineseNewYear),
    (&["chinese", "new", "year", "day"], Feast::ChineseNewYear),
    (&["chinese", "lunar", "new", "year"], Feast::ChineseNewYear),
    (&["lunar", "new", "year"], Feast::ChineseNewYear),
    (&["rosh", "hashanah"], Feast::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashana"], Feast::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashannah"], Feast::Hebrew(Hebrew::RoshHashanah)),
    (
        &["rosh", "ha", "shanah"],
        Feast::Hebrew(Hebrew::RoshHashanah),
    ),
    (&["yom", "kippur"], Feast::Hebrew(Hebrew::YomKippur)),
    (&["sukkot"], Feast::Hebrew(Hebrew::Sukkot)),
    (&["succot"], Feast::Hebrew(Hebrew::Sukkot)),
    (&["sukkos"], Feast::Hebrew(Hebrew::Sukkot)),
    (
        &["feast", "of", "tabernacles"],
        Feast::Hebrew(Hebrew::Sukkot),
    ),
    (&["feast", "of", "booths"], Feast::Hebrew(Hebrew::Sukkot)),
    (
        &["shemini", "atzeret"],
        Feast::Hebrew(Hebrew::SheminiAtzeret),
    ),
    (&["simchat", "torah"], Feast::Hebrew(Hebrew::SimchatTorah)),
    (&["simhat", "torah"], Feast::Hebrew(Hebrew::SimchatTorah)),
    (&["hanukkah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["hanukah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["hannukah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["hanukka"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["chanukah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["chanukkah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["tu", "bishvat"], Feast::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "bshvat"], Feast::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "b", "shvat"], Feast::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "bishevat"], Feast::Hebrew(Hebrew::TuBishvat)),
    (&["purim"], Feast::Hebrew(Hebrew::Purim)),
    (&["shushan", "purim"], Feast::Hebrew(Hebrew::ShushanPurim)),
    (&["passover"], Feast::Hebrew(Hebrew::Passover)),
    (&["pesach"], Feast::Hebrew(Hebrew::Passover)),
    (&["pesah"], Feast::Hebrew(Hebrew::Passover)),
    (&["yom", "hashoah"], Feast::Hebrew(Hebrew::YomHaShoah)),
    (
        &["holocaust", "remembrance", "day"],
        Feast::Hebrew(Hebrew::YomHaShoah),
    ),
    (&["yom", "haatzmaut"], Feast::Hebrew(Hebrew::YomHaatzmaut)),
    (
        &["yom", "ha", "atzmaut"],
        Feast::Hebrew(Hebrew::YomHaatzmaut),
    ),
    (&["lag", "baomer"], Feast::Hebrew(Hebrew::LagBaOmer)),
    (&["lag", "b", "omer"], Feast::Hebrew(Hebrew::LagBaOmer)),
    (&["shavuot"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["shavuos"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["feast", "of", "weeks"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["tisha", "b", "av"], Feast::Hebrew(Hebrew::TishaBav)),
    (&["tisha", "bav"], Feast::Hebrew(Hebrew::TishaBav)),
    (&["tisha", "be", "av"], Feast::Hebrew(Hebrew::TishaBav)),
    (&["ramadan"], Feast::Islamic(Islamic::Ramadan)),
    (&["ramadhan"], Feast::Islamic(Islamic::Ramadan)),
    (&["ramzan"], Feast::Islamic(Islamic::Ramadan)),
    (&["eid", "al", "fitr"], Feast::Islamic(Islamic::EidAlFitr)),
    (&["eid", "ul", "fitr"], Feast::Islamic(Islamic::EidAlFitr)),
    (&["eid", "el", "fitr"], Feast::Islamic(Islamic::EidAlFitr)),
    (&["id", "ul", "fitr"], Feast::Islamic(Islamic::EidAlFitr)),
    (&["eid", "al", "adha"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["eid", "ul", "adha"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["eid", "el", "adha"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["id", "ul", "adha"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["id", "al", "adha"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["bakr", "id"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["bakr", "eid"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["bakrid"], Feast::Islamic(Islamic::EidAlAdha)),
    (&["sacrifice", "feast"], Feast::Islamic(Islamic::EidAlAdha)),
    (
        &["feast", "of", "the", "sacrifice"],
        Feast::Islamic(Islamic::EidAlAdha),
    ),
    (
        &["islamic", "new", "year"],
        Feast::Islamic(Islamic::NewYear),
    ),
    (&["hijri", "new", "year"], Feast::Islamic(Islamic::NewYear)),
    (&["muharram"], Feast::Islamic(Islamic::NewYear)),
    (&["ashura"], Feast::Islamic(Islamic::Ashura)),
    (&["mawlid"], Feast::Islamic(Islamic::Mawlid)),
    (&["mawlid", "al", "nabi"], Feast::Islamic(Islamic::Mawlid)),
    (&["prophet", "birthday"], Feast::Islamic(Islamic::Mawlid)),
    (
        &["isra", "and", "mi", "raj"],
        Feast::Islamic(Islamic::IsraMiraj),
    ),
    (
        &["laylat", "al", "qadr"],
        Feast::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["laylat", "al", "kadr"],
        Feast::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["night", "of", "power"],
        Feast::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["night", "of", "destiny"],
        Feast::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["jumu", "atul", "wida"],
        Feast::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["jumu", "atul", "widaa"],
        Feast::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["jamat", "ul", "vida"],
        Feast::Islamic(Islamic::JumuatulWida),
    ),
    (&["arabic", "new", "year"], Feast::Islamic(Islamic::NewYear)),
    (&["day", "of", "ashura"], Feast::Islamic(Islamic::Ashura)),
    (&["mevlid"], Feast::Islamic(Islamic::Mawlid)),
    (&["mawlid", "an", "nabi"], Feast::Islamic(Islamic::Mawlid)),
    (
        &["birthday", "of", "the", "prophet"],
        Feast::Islamic(Islamic::Mawlid),
    ),
    (
        &["birthday", "of", "the", "prophet", "muhammad"],
        Feast::Islamic(Islamic::Mawlid),
    ),
    (
        &["isra", "and", "miraj"],
        Feast::Islamic(Islamic::IsraMiraj),
    ),
    (&["isra", "mi", "raj"], Feast::Islamic(Islamic::IsraMiraj)),
    (&["ramzaan"], Feast::Islamic(Islamic::Ramadan)),
    (&["ramathan"], Feast::Islamic(Islamic::Ramadan)),
    (&["yom", "teruah"], Feast::Hebrew(Hebrew::RoshHashanah)),
    (&["succos"], Feast::Hebrew(Hebrew::Sukkot)),
    (
        &["feast", "of", "the", "ingathering"],
        Feast::Hebrew(Hebrew::Sukkot),
    ),
    (&["shavuoth"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["shavu", "ot"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["shovuos"], Feast::Hebrew(Hebrew::Shavuot)),
    (&["hannukkah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["channukah"], Feast::Hebrew(Hebrew::Hanukkah)),
    (&["holocaust", "day"], Feast::Hebrew(Hebrew::YomHaShoah)),
    (
        &["yom", "hazikaron", "lashoah"],
        Feast::Hebrew(Hebrew::YomHaShoah),
    ),
    (&["ascension", "thursday"], Feast::EasterPlus(39)),
    (&["easter", "eve"], Feast::EasterPlus(-1)),
    (&["black", "saturday"], Feast::EasterPlus(-1)),
    (&["joyous", "saturday"], Feast::EasterPlus(-1)),
    (&["sheer", "thursday"], Feast::EasterPlus(-3)),
    (&["covenant", "thursday"], Feast::EasterPlus(-3)),
    (&["branch", "sunday"], Feast::EasterPlus(-7)),
    (&["yew", "sunday"], Feast::EasterPlus(-7)),
    (&["white", "sunday"], Feast::EasterPlus(49)),
    (&["pentecost", "monday"], Feast::EasterPlus(50)),
    (&["pancake", "day"], Feast::EasterPlus(-47)),
    (&["pancake", "tuesday"], Feast::EasterPlus(-47)),
    (&["feast", "of", "corpus", "christi"], Feast::EasterPlus(60)),
    (&["pure", "monday"], Feast::OrthodoxPlus(-48)),
    (&["green", "monday"], Feast::OrthodoxPlus(-48)),
    (&["orthodox", "clean", "monday"], Feast::OrthodoxPlus(-48)),
    (&["orthodox", "easter", "monday"], Feast::OrthodoxPlus(1)),
    (&["orthodox", "holy", "saturday"], Feast::OrthodoxPlus(-1)),
    (&["orthodox", "palm", "sunday"], Feast::OrthodoxPlus(-7)),
    (&["lazarus", "saturday"], Feast::OrthodoxPlus(-8)),
    (&["great", "lent"], Feast::GreatLent),
    (&["great", "fast"], Feast::GreatLent),
    (
        &["civil", "rights", "day"],
        Feast::Nth { m: 1, wd: 0, n: 3 },
    ),
    (&["independence", "day"], Feast::Fixed { m: 7, d: 4 }),
    (
        &["memorial", "day", "weekend"],
        Feast::MondayWeekend { m: 5, n: -1 },
    ),
    (
        &["labor", "day", "weekend"],
        Feast::MondayWeekend { m: 9, n: 1 },
    ),
    (
        &["labour", "day", "weekend"],
        Feast::MondayWeekend { m: 9, n: 1 },
    ),
    (&["boss", "day"], Feast::BossDay),
    (&["bosses", "day"], Feast::BossDay),
    (&["king", "day"], Feast::KingsDay),
    (&["kings", "day"], Feast::KingsDay),
    (&["koningsdag"], Feast::KingsDay),
    (
        &["international", "women", "day"],
        Feast::Fixed { m: 3, d: 8 },
    ),
    (&["women", "day"], Feast::Fixed { m: 3, d: 8 }),
    (
        &["international", "workers", "day"],
        Feast::Fixed { m: 5, d: 1 },
    ),
    (&["workers", "day"], Feast::Fixed { m: 5, d: 1 }),
    (&["world", "aids", "day"], Feast::Fixed { m: 12, d: 1 }),
    (&["human", "rights", "day"], Feast::Fixed { m: 12, d: 10 }),
    (
        &["international", "day", "of", "peace"],
        Feast::Fixed { m: 9, d: 21 },
    ),
    (
        &["world", "environment", "day"],
        Feast::Fixed { m: 6, d: 5 },
    ),
    (&["world", "water", "day"], Feast::Fixed { m: 3, d: 22 }),
    (&["world", "refugee", "day"], Feast::Fixed { m: 6, d: 20 }),
    (
        &["world", "press", "freedom", "day"],
        Feast::Fixed { m: 5, d: 3 },
    ),
    (&["world", "health", "day"], Feast::Fixed { m: 4, d: 7 }),
    (&["remembrance", "day"], Feast::Fixed { m: 11, d: 11 }),
    (&["anzac", "day"], Feast::Fixed { m: 4, d: 25 }),
    (&["bastille", "day"], Feast::Fixed { m: 7, d: 14 }),
    (&["juneteenth"], Feast::Fixed { m: 6, d: 19 }),
    (&["canada", "day"], Feast::Fixed { m: 7, d: 1 }),
    (&["australia", "day"], Feast::Fixed { m: 1, d: 26 }),
    (&["groundhog", "day"], Feast::Fixed { m: 2, d: 2 }),
    (&["april", "fools", "day"], Feast::Fixed { m: 4, d: 1 }),
    (&["april", "fool", "day"], Feast::Fixed { m: 4, d: 1 }),
];

/// The entries of [`FEASTS`] by their first word (lower-case bytes), hashed with FNV-1a as the
/// lexicon's words are: most look-ups are capitalised words that name no holiday, and SipHash
/// made each of those misses several times dearer.
type FeastIndex = HashMap<&'static [u8], Vec<usize>, BuildHasherDefault<Fnv>>;

/// [`FEASTS`] indexed by first word, built once.
static FEASTS_BY_FIRST_WORD: LazyLock<FeastIndex> = LazyLock::new(|| {
    let mut map = FeastIndex::default();
    for (e, (words, _)) in FEASTS.iter().enumerate() {
        if let Some(first) = words.first() {
            map.entry(first.as_bytes()).or_default().push(e);
        }
    }
    map
});

type Rule = Option<(Node, usize)>;

/// A duration and the index after it, as [`Parser::duration`] answers.
type DurationAt = Option<(Dur, usize)>;

/// The longest of several matches, evaluated in order; the first wins a tie.
macro_rules! longest {
    ($($rule:expr),+ $(,)?) => {{
        let mut best: Rule = None;
        $(
            if let Some(c) = $rule
                && best.as_ref().is_none_or(|(_, end)| c.1 > *end)
            {
                best = Some(c);
            }
        )+
        best
    }};
}

/// Nouns that a number counts: a four-digit number before them is not a year ("2000 troops").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "troops",
    "soldiers",
    "servicemen",
    "prisoners",
    "pows",
    "civilians",
    "residents",
    "refugees",
    "migrants",
    "casualties",
    "bodies",
    "deaths",
    "dead",
    "killed",
    "wounded",
    "injured",
    "fighters",
    "members",
    "workers",
    "children",
    "families",
    "households",
    "homes",
    "houses",
    "buildings",
    "tanks",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "vehicles",
    "units",
    "tonnes",
    "tons",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "dollars",
    "euros",
    "rubles",
    "roubles",
    "hryvnias",
    "votes",
    "seats",
    "cases",
    "jobs",
    "attacks",
    "strikes",
    "times",
    "pages",
    "hectares",
    "acres",
    "feet",
    "barrels",
    "cars",
    "trucks",
    "aircraft",
    "planes",
    "ships",
    "boats",
    "percent",
    "points",
    "words",
    "men",
    "women",
];

/// The words [`Parser::spelled_start`] compares with.
const SPELLED: &[&str] = &[
    "q", "h", "st", "just", "noon", "once", "that", "right", "twice", "midday", "thrice",
    "midnight",
];

/// The length of the longest word of [`SPELLED`].
const LONGEST_SPELLED: usize = {
    let mut longest = 0;
    let mut n = 0;
    while n < SPELLED.len() {
        if SPELLED[n].len() > longest {
            longest = SPELLED[n].len();
        }
        n += 1;
    }
    longest
};

/// For each word length, one bit per letter that a word of [`SPELLED`] of that length begins
/// with (bit 0 for `a`); lengths past the longest word have none.
const SPELLED_FIRST: [u32; LONGEST_SPELLED + 1] = {
    let mut table = [0u32; LONGEST_SPELLED + 1];
    let mut n = 0;
    while n < SPELLED.len() {
        let word = SPELLED[n].as_bytes();
        table[word.len()] |= 1 << (word[0] - b'a');
        n += 1;
    }
    table
};

pub(crate) struct Parser<'a> {
    text: &'a str,
    toks: &'a [Token],
    mode: Mode,
    /// Whether rules are tried only where [`Lead::admits`] their [`Starts`]; off only in the
    /// tests that check the index against the grammar without it.
    indexed: bool,
    /// The last [`Parser::duration`] asked for: its index and its answer. Several rules read
    /// the duration at the same token ("50 days" is tried as a shift, a span and a duration),
    /// and the answer depends on nothing but the index.
    last_duration: Cell<Option<(usize, DurationAt)>>,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(text: &'a str, toks: &'a [Token], mode: Mode) -> Parser<'a> {
        Parser {
            text,
            toks,
            mode,
            indexed: true,
            last_duration: Cell::new(None),
        }
    }

    /// Every expression, left to right, longest match first.
    pub(crate) fn find_all(&self) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // Most tokens are words the lexicon does not know, which begin an expression only
            // as the few words `may_start` spells: they are passed over before their classes
            // are computed. Any other token that begins no rule costs one comparison.
            let plain = matches!(
                self.kind(i),
                Some(Kind::Word(Lex::Other | Lex::Cue(_) | Lex::Suffix))
            );
            if plain && !(self.short_word(i) && self.spelled_start(i)) {
                i += 1;
                continue;
            }
            // `may_start` turns away most function words ("the", "in") before their lead is
            // computed; both tests are pure, so the order does not change the answer.
            if (plain || self.may_start(i))
                && let lead = self.lead(i)
                && lead.admits(Self::EXPR)
                && let Some((node, last)) = self.expr(i, lead)
                && last > i
            {
                out.push(Found {
                    first: i,
                    last,
                    node,
                });
                i = last;
                continue;
            }
            i += 1;
        }
        out
    }

    /// A cheap filter: most words cannot start an expression. Function words ("the", "in",
    /// "last") start one only when a time word follows within five tokens.
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Num { .. }) => true,
            Some(Kind::Word(Lex::Other | Lex::Cue(_) | Lex::Suffix)) => self.spelled_start(i),
            Some(Kind::Word(Lex::Kw(kw))) => standalone(kw) || self.time_word_follows(i),
            // Holiday names are capitalised in running text ("Lent", not "lent").
            Some(Kind::Word(Lex::Holiday(Holiday::Listed))) => !self.text_mode() || self.cap(i),
            Some(Kind::Word(_)) => true,
            Some(Kind::Punct(b'\'')) => matches!(self.kind(i + 1), Some(Kind::Num { .. })),
            _ => false,
        }
    }

    /// Whether token `i` is no longer than the longest word [`Parser::spelled_start`] spells:
    /// most words of a text are longer, and fail here without a call.
    #[inline]
    fn short_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.end - t.start <= LONGEST_SPELLED)
    }

    /// [`Parser::may_start`] for a word the lexicon does not know (or a cue or a suffix): only
    /// the few words spelled here begin an expression.
    fn spelled_start(&self, i: usize) -> bool {
        // Most short words fail on their length and first letter, before they are sliced.
        let Some(token) = self.toks.get(i) else {
            return false;
        };
        let first = self
            .text
            .as_bytes()
            .get(token.start)
            .map_or(0, |b| b | 0x20);
        let letters = SPELLED_FIRST
            .get(token.end - token.start)
            .copied()
            .unwrap_or(0);
        if !first.is_ascii_lowercase() || letters & (1 << (first - b'a')) == 0 {
            return false;
        }
        // The word is sliced once, and compared only with the words of its length.
        let word = self.word(i);
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        // "twice a week", "once per month".
        let per = || self.kw(i + 1, Kw::A) || self.word_is(i + 1, "per");
        match word.len() {
            // "Q3", "H1".
            1 => (is("q") || is("h")) && matches!(self.kind(i + 1), Some(Kind::Num { .. })),
            // "St. Patrick's Day".
            2 => is("st") && (self.cap(i) || !self.text_mode()),
            // "just now", "noon Monday", "that day", "that same week".
            4 => {
                (is("just") && self.kw(i + 1, Kw::Now))
                    || is("noon")
                    || (is("once") && per())
                    || (is("that")
                        && (matches!(self.lex(i + 1), Some(Lex::Unit(..)))
                            || self.word_is(i + 1, "same")))
            }
            // "right now".
            5 => (is("right") && self.kw(i + 1, Kw::Now)) || (is("twice") && per()),
            6 => is("midday") || (is("thrice") && per()),
            8 => is("midnight"),
            _ => false,
        }
    }

    /// Whether one of the five tokens after `i` carries time by itself ([`Parser::timeish`]).
    ///
    /// The window is a slice of the tokens rather than a range of indices: most function words
    /// of a text ask, and an inclusive range with a look-up per index cost several times more.
    fn time_word_follows(&self, i: usize) -> bool {
        let window = self.toks.get(i + 1..).unwrap_or_default();
        window.iter().take(5).any(|token| self.timeish(token))
    }

    /// Whether `token` carries time by itself: a number, a month, a unit, "yesterday".
    fn timeish(&self, token: &Token) -> bool {
        match token.kind {
            Kind::Num { .. } | Kind::Punct(b'\'') => true,
            Kind::Word(Lex::Kw(kw)) => {
                standalone(kw)
                    || matches!(
                        kw,
                        Kw::Few
                            | Kw::Several
                            | Kw::Dozens
                            | Kw::Couple
                            | Kw::Dozen
                            | Kw::Night
                            | Kw::Morning
                            | Kw::Afternoon
                            | Kw::Evening
                            | Kw::Past
                            | Kw::Present
                            | Kw::Time
                            | Kw::Ides
                            | Kw::Future
                            | Kw::Moment
                            | Kw::SeasonWord
                    )
            }
            Kind::Word(Lex::Other | Lex::Cue(_) | Lex::Suffix) => false,
            Kind::Word(Lex::Holiday(Holiday::Listed)) => !self.text_mode() || token.cap,
            Kind::Word(_) => true,
            Kind::Punct(_) => false,
        }
    }

    /// The classes of token `i` (and of the next one after "the") for the first-token index.
    fn lead(&self, i: usize) -> Lead {
        if self.indexed {
            Lead::new(self.kind(i), self.kind(i + 1))
        } else {
            Lead::ANY
        }
    }

    /// `rule` at `i` when its first token can be there; `None` without running it otherwise.
    fn gated(
        &self,
        lead: Lead,
        starts: Starts,
        rule: impl Fn(&Self, usize) -> Rule,
        i: usize,
    ) -> Rule {
        if lead.admits(starts) {
            rule(self, i)
        } else {
            None
        }
    }

    /// What any expression can begin with: every rule [`Parser::expr`] tries.
    const EXPR: Starts = Self::PREFIXED
        .or(Self::DATE_LIKE)
        .or(Self::CLOCK_FIRST)
        .or(Self::DURATION_EXPR)
        .or(Self::SET);

    /// The longest expression starting at `i`, whose classes are `lead`.
    fn expr(&self, i: usize, lead: Lead) -> Rule {
        let date = self.date_like_at(i, lead);
        let timed = self
            .gated(lead, Self::CLOCK_FIRST, Self::clock_first, i)
            .or_else(|| date.as_ref().and_then(|(d, k)| self.clock_after(d, *k)));
        let through = date.as_ref().and_then(|(d, k)| self.span_through(d, *k));
        longest!(
            self.gated(lead, Self::PREFIXED, Self::prefixed, i),
            date,
            timed,
            through,
            self.gated(lead, Self::DURATION_EXPR, Self::duration_expr, i),
            self.gated(lead, Self::SET, Self::set, i),
        )
    }

    /// A day that a clock time can sit on: a date, a weekday, today or tomorrow.
    fn takes_clock(node: &Node) -> bool {
        matches!(
            node,
            Node::Day { .. }
                | Node::Weekday { tod: None, .. }
                | Node::Rel {
                    unit: Unit::Day,
                    tod: None,
                    ..
                }
        )
    }

    /// What [`Parser::clock_first`] can begin with.
    const CLOCK_FIRST: Starts = Starts::at(C::NUM.or(C::OTHER));

    /// "3 p.m. Friday", "10 a.m. on Tuesday", "(at) 14:30", "noon". A time without "a.m." or
    /// "p.m." needs "at" before it or a day with it ("2:30 hours" is not a time).
    fn clock_first(&self, i: usize) -> Rule {
        let (h, m, k, marked) = self.clock(i)?;
        let at = i.checked_sub(1).is_some_and(|p| self.kw(p, Kw::At));
        let d = if self.kw(k, Kw::On) {
            k + 1
        } else {
            self.skip_punct(k, b',')
        };
        if let Some((day, e)) = self.date_like(d)
            && Self::takes_clock(&day)
        {
            return Some((
                Node::Clock {
                    day: Some(Box::new(day)),
                    h,
                    m,
                },
                e,
            ));
        }
        (marked || at).then_some((Node::Clock { day: None, h, m }, k))
    }

    /// "Friday at 3 p.m.", "July 4, 2025, at 10:30 a.m.".
    fn clock_after(&self, day: &Node, k: usize) -> Rule {
        if !Self::takes_clock(day) {
            return None;
        }
        let j = self.skip_punct(k, b',');
        let at = self.kw(j, Kw::At);
        let j = if at { j + 1 } else { j };
        let (h, m, e, marked) = self.clock(j)?;
        if !(marked || at) {
            return None;
        }
        Some((
            Node::Clock {
                day: Some(Box::new(day.clone())),
                h,
                m,
            },
            e,
        ))
    }

    /// A clock time: "3 p.m.", "10:30 am", "14:30", "noon"; (hour, minute, end, whether a
    /// word marks it as a time: "a.m.", "p.m.", "noon").
    fn clock(&self, i: usize) -> Option<(u32, u32, usize, bool)> {
        if self.word_is(i, "noon") || self.word_is(i, "midday") {
            return Some((12, 0, i + 1, true));
        }
        // "by midnight Friday": the last minute of the day, which is the day a deadline falls.
        if self.word_is(i, "midnight") {
            return Some((23, 59, i + 1, true));
        }
        let (h, digits) = self.num(i)?;
        if digits > 2 {
            return None;
        }
        let mut h = u32::try_from(h).ok()?;
        let mut m = 0;
        let mut k = i + 1;
        let mut colon = false;
        if self.punct(k, b':')
            && self.adj(k)
            && self.adj(k + 1)
            && let Some((mm, 2)) = self.num(k + 1)
            && mm < 60
        {
            m = u32::try_from(mm).ok()?;
            k += 2;
            colon = true;
        }
        let marked = match self.am_pm(k) {
            Some((pm, e)) => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                h = h % 12 + if pm { 12 } else { 0 };
                k = e;
                true
            }
            None if colon && h <= 23 => false,
            None => return None,
        };
        Some((h, m, k, marked))
    }

    /// "a.m.", "pm", "p.m": whether it is afternoon, and the end.
    fn am_pm(&self, k: usize) -> Option<(bool, usize)> {
        let w = self.word(k);
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return Some((w.eq_ignore_ascii_case("pm"), k + 1));
        }
        if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
            && self.punct(k + 1, b'.')
            && self.adj(k + 1)
            && self.word_is(k + 2, "m")
            && self.adj(k + 2)
        {
            let end = if self.punct(k + 3, b'.') && self.adj(k + 3) {
                k + 4
            } else {
                k + 3
            };
            return Some((w.eq_ignore_ascii_case("p"), end));
        }
        None
    }

    // ----- token helpers -----

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn lex(&self, i: usize) -> Option<Lex> {
        match self.kind(i)? {
            Kind::Word(l) => Some(l),
            _ => None,
        }
    }

    fn kw(&self, i: usize, kw: Kw) -> bool {
        self.lex(i) == Some(Lex::Kw(kw))
    }

    fn kw_any(&self, i: usize, kws: &[Kw]) -> bool {
        matches!(self.lex(i), Some(Lex::Kw(k)) if kws.contains(&k))
    }

    fn punct(&self, i: usize, p: u8) -> bool {
        self.kind(i) == Some(Kind::Punct(p))
    }

    fn adj(&self, i: usize) -> bool {
        adjacent(self.toks, i)
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    fn word(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    fn text_mode(&self) -> bool {
        self.mode == Mode::Text
    }

    fn num(&self, i: usize) -> Option<(u64, u8)> {
        match self.kind(i)? {
            Kind::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    fn skip(&self, i: usize, kw: Kw) -> usize {
        if self.kw(i, kw) { i + 1 } else { i }
    }

    fn skip_punct(&self, i: usize, p: u8) -> usize {
        if self.punct(i, p) { i + 1 } else { i }
    }

    /// "'s" after a word, as in "last week's".
    fn possessive(&self, i: usize) -> Option<usize> {
        (self.punct(i, b'\'') && self.word_is(i + 1, "s") && self.adj(i + 1)).then_some(i + 2)
    }

    // ----- words -----

    /// A month name at `i`. `alone` is true when no day or year vouches for it.
    fn month(&self, i: usize, alone: bool) -> Option<(u32, usize)> {
        let Some(Lex::Month(m, form)) = self.lex(i) else {
            return None;
        };
        let mut next = i + 1;
        if form == MonthForm::Abbr && self.punct(next, b'.') && self.adj(next) {
            next += 1;
        }
        if self.text_mode() {
            if !self.cap(i) {
                return None;
            }
            if alone && form != MonthForm::Full {
                let prev = i.checked_sub(1).and_then(|p| self.lex(p));
                let vouched = matches!(
                    prev,
                    Some(Lex::Kw(
                        Kw::In
                            | Kw::Of
                            | Kw::Since
                            | Kw::Until
                            | Kw::By
                            | Kw::From
                            | Kw::During
                            | Kw::Early
                            | Kw::Mid
                            | Kw::Late
                            | Kw::Last
                            | Kw::Next
                            | Kw::This
                            | Kw::Through
                            | Kw::Before
                            | Kw::After
                            | Kw::Between
                            | Kw::And
                            | Kw::To
                    ))
                ) || i.checked_sub(1).is_some_and(|p| self.punct(p, b'-'));
                if form == MonthForm::Abbr || !vouched {
                    return None;
                }
            }
        }
        Some((u32::from(m), next))
    }

    fn weekday(&self, i: usize, allow_abbr: bool) -> Option<(u8, usize)> {
        let Some(Lex::Weekday(wd, abbr)) = self.lex(i) else {
            return None;
        };
        if self.text_mode() && (!self.cap(i) || (abbr && !allow_abbr)) {
            return None;
        }
        let mut next = i + 1;
        if abbr && self.punct(next, b'.') && self.adj(next) {
            next += 1;
        }
        Some((wd, next))
    }

    /// A day of the month: "24", "24th", "twenty-fourth", "first".
    fn day_num(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, digits)) = self.num(i) {
            if digits > 2 || !(1..=31).contains(&v) {
                return None;
            }
            let d = u32::try_from(v).ok()?;
            if self.lex(i + 1) == Some(Lex::Suffix) && self.adj(i + 1) {
                return Some((d, i + 2, true));
            }
            return Some((d, i + 1, false));
        }
        self.ordinal(i)
            .filter(|(n, _)| (1..=31).contains(n))
            .map(|(n, j)| (n, j, true))
    }

    /// An ordinal word or figure: "third", "3rd", "twenty-first".
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, _)) = self.num(i) {
            return (self.lex(i + 1) == Some(Lex::Suffix) && self.adj(i + 1))
                .then(|| Some((u32::try_from(v).ok()?, i + 2)))
                .flatten();
        }
        match self.lex(i)? {
            Lex::Ord(n) => Some((u32::from(n), i + 1)),
            Lex::NumWord(t @ (20 | 30)) => {
                let j = if self.punct(i + 1, b'-') && self.adj(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                match self.lex(j) {
                    Some(Lex::Ord(n @ 1..=9)) => Some((u32::from(t) + u32::from(n), j + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A four-digit year; after a day or month also "'74" and, in phrases, "74".
    fn year(&self, i: usize, short_ok: bool) -> Option<(i32, usize)> {
        if self.punct(i, b'\'')
            && let Some((v, 2)) = self.num(i + 1)
            && self.adj(i + 1)
        {
            return Some((short_year(v), i + 2));
        }
        let (v, digits) = self.num(i)?;
        match digits {
            4 if (1000..=2999).contains(&v) => {
                let y = i32::try_from(v).ok()?;
                // "2025-26" is not a year followed by something else.
                Some((y, i + 1))
            }
            2 if short_ok && !self.text_mode() => Some((short_year(v), i + 1)),
            _ => None,
        }
    }

    /// What [`Parser::lone_year`] can begin with.
    const LONE_YEAR: Starts = Starts::at(C::NUM);

    /// A year standing on its own: "in 2024", "the 2024 election"; not "2000 troops".
    fn lone_year(&self, i: usize) -> Rule {
        let (v, digits) = self.num(i)?;
        // "14 a.d.", "AD 70" is rare in news; "in 14 AD".
        if (1..=9999).contains(&v) {
            let ad = if self.word_is(i + 1, "ad") {
                Some(i + 2)
            } else if self.word_is(i + 1, "a")
                && self.punct(i + 2, b'.')
                && self.word_is(i + 3, "d")
                && self.punct(i + 4, b'.')
            {
                Some(i + 5)
            } else {
                None
            };
            if let Some(k) = ad {
                return Some((Node::Year(i32::try_from(v).ok()?), k));
            }
        }
        if digits != 4 || !(1000..=2999).contains(&v) {
            return None;
        }
        // "2,000", "20.25", "2025-26", "2025/26" belong to something else.
        if (self.punct(i + 1, b',') || self.punct(i + 1, b'.') || self.punct(i + 1, b'/'))
            && self.adj(i + 1)
            && self.num(i + 2).is_some()
            && self.adj(i + 2)
        {
            return None;
        }
        if i.checked_sub(1).is_some_and(|p| {
            (self.punct(p, b',') || self.punct(p, b'.') || self.punct(p, b'$')) && self.adj(i)
        }) {
            return None;
        }
        let y = i32::try_from(v).ok()?;
        if self.text_mode() {
            if !(1900..=2100).contains(&y) {
                return None;
            }
            let prev = i.checked_sub(1).and_then(|p| self.lex(p));
            if matches!(
                prev,
                Some(Lex::Kw(
                    Kw::About | Kw::Around | Kw::Nearly | Kw::Over | Kw::Than | Kw::Least | Kw::Up
                ))
            ) {
                return None;
            }
            let next = self.lex(i + 1);
            // "at 2000 GMT" is a time of day.
            const ZONES: &[&str] = &[
                "gmt", "utc", "est", "edt", "cet", "cest", "msk", "bst", "pst", "local",
            ];
            if ZONES.iter().any(|z| self.word_is(i + 1, z)) {
                return None;
            }
            if matches!(next, Some(Lex::Unit(..) | Lex::Kw(Kw::Extra)))
                || self.punct(i + 1, b'%')
                || (next == Some(Lex::Other) && !self.cap(i + 1) && {
                    let w = self.word(i + 1).to_ascii_lowercase();
                    COUNT_NOUNS.contains(&w.as_str())
                })
            {
                return None;
            }
        }
        // "2022-2023", "2024-25": a range of years.
        if self.punct(i + 1, b'-')
            && let Some((v2, d2)) = self.num(i + 2)
            && (self.adj(i + 1) == self.adj(i + 2))
        {
            let end = match d2 {
                4 => i32::try_from(v2).ok(),
                2 => i32::try_from(v2).ok().map(|v2| y - y % 100 + v2),
                _ => None,
            };
            if let Some(end) = end.filter(|e| *e > y && *e - y <= 50) {
                return Some((
                    Node::Range(Box::new(Node::Year(y)), Box::new(Node::Year(end))),
                    i + 3,
                ));
            }
        }
        Some((Node::Year(y), i + 1))
    }

    // ----- expressions with a leading preposition -----

    /// What [`Parser::prefixed`] can begin with.
    const PREFIXED: Starts = Starts::at(C::kws(&[
        Kw::Within,
        Kw::In,
        Kw::By,
        Kw::Until,
        Kw::No,
        Kw::Not,
        Kw::Since,
        Kw::From,
        Kw::Between,
    ]));

    fn prefixed(&self, i: usize) -> Rule {
        match self.lex(i)? {
            Lex::Kw(Kw::Within) => self.within(i),
            Lex::Kw(Kw::In) => self.in_rule(i),
            Lex::Kw(Kw::By) => self.limit(i + 1, DeadlineMarker::By),
            Lex::Kw(Kw::Until) => self.limit(i + 1, DeadlineMarker::Until),
            Lex::Kw(Kw::No | Kw::Not) if self.kw(i + 1, Kw::Later) && self.kw(i + 2, Kw::Than) => {
                self.limit(i + 3, DeadlineMarker::NoLaterThan)
            }
            Lex::Kw(Kw::Since) => {
                let (node, j) = self.date_like(i + 1)?;
                Some((Node::Since(Box::new(node)), j))
            }
            Lex::Kw(Kw::From) => self.span_from_to(i),
            Lex::Kw(Kw::Between) => self.between(i),
            _ => None,
        }
    }

    fn within(&self, i: usize) -> Rule {
        let mut j = i + 1;
        if self.kw(j, Kw::The) && self.kw_any(j + 1, &[Kw::Next, Kw::Coming]) {
            j += 2;
        }
        if let Some(k) = self.vague_quantity(j)
            && let Some((_, k)) = self.unit_word(k)
        {
            return Some((
                Node::Vague {
                    value: "FUTURE_REF",
                    marker: Some(DeadlineMarker::Within),
                },
                k,
            ));
        }
        if let Some((unit, k)) = self.plural_unit(j) {
            return Some((
                Node::VagueDur {
                    unit,
                    marker: Some(DeadlineMarker::Within),
                },
                k,
            ));
        }
        let (dur, k) = self.duration(j)?;
        Some((
            Node::Dur {
                dur,
                anchor: Some(DeadlineMarker::Within),
                modifier: None,
            },
            k,
        ))
    }

    fn in_rule(&self, i: usize) -> Rule {
        let j = i + 1;
        // "in the coming days", "in the days ahead", "in recent weeks", "in the past".
        if let Some(r) = self.vague_period(j) {
            return Some(r);
        }
        if self.kw(j, Kw::The) {
            if self.kw_any(j + 1, &[Kw::Next, Kw::Coming])
                && let Some((dur, k)) = self.duration(j + 2)
            {
                return Some((
                    Node::Dur {
                        dur,
                        anchor: Some(DeadlineMarker::Within),
                        modifier: None,
                    },
                    k,
                ));
            }
            if self.kw(j + 1, Kw::Past)
                && !self.kw(j + 2, Kw::Few)
                && self.unit_word(j + 2).is_none()
                && self.number_at(j + 2).is_none()
            {
                return Some((
                    Node::Vague {
                        value: "PAST_REF",
                        marker: None,
                    },
                    j + 2,
                ));
            }
            // "in the future", "in the near future", "in the foreseeable future".
            let adjective = [
                "near",
                "foreseeable",
                "immediate",
                "distant",
                "not-too-distant",
            ]
            .iter()
            .any(|w| self.word_is(j + 1, w));
            let f = if adjective { j + 2 } else { j + 1 };
            if self.kw(f, Kw::Future) {
                return Some((
                    Node::Vague {
                        value: "FUTURE_REF",
                        marker: None,
                    },
                    f + 1,
                ));
            }
            return None;
        }
        let (dur, mut k) = self.duration(j)?;
        if self.superlative_before(i) {
            return None;
        }
        // "in two weeks' time", "in two weeks time".
        if self.punct(k, b'\'') && self.kw(k + 1, Kw::Time) {
            k += 2;
        } else if self.possessive(k).is_some() && self.kw(k + 2, Kw::Time) {
            k += 3;
        } else if self.kw(k, Kw::Time) {
            k += 1;
        }
        Some((
            Node::Shift {
                dur,
                sign: 1,
                marker: Some(DeadlineMarker::In),
            },
            k,
        ))
    }

    /// "the first ... in 20 years", "the worst ... in decades": a span, not a future date.
    fn superlative_before(&self, i: usize) -> bool {
        (1..=6).any(|back| {
            let Some(p) = i.checked_sub(back) else {
                return false;
            };
            if self.punct(p, b'.') || self.punct(p, b'\n') {
                return false;
            }
            let w = self.word(p).to_ascii_lowercase();
            matches!(
                self.lex(p),
                Some(Lex::Ord(1) | Lex::Kw(Kw::Last | Kw::Time))
            ) || (w.len() > 4 && w.ends_with("est"))
                || matches!(w.as_str(), "worst" | "best" | "only" | "most" | "least")
        })
    }

    /// What [`Parser::vague_period`] can begin with.
    const VAGUE_PERIOD: Starts = Starts::the_optional(
        C::kws(&[Kw::Recent, Kw::Coming, Kw::Next, Kw::Past, Kw::Last]).or(C::UNIT),
    );

    /// "the coming days", "recent weeks", "the days ahead", "the past", "the future", after
    /// "in", "over" or "during".
    fn vague_period(&self, j: usize) -> Rule {
        let future = Node::Vague {
            value: "FUTURE_REF",
            marker: None,
        };
        let past = Node::Vague {
            value: "PAST_REF",
            marker: None,
        };
        if self.kw(j, Kw::Recent) {
            let (_, k) = self.unit_word(j + 1)?;
            return Some((past, k));
        }
        // "the coming days", and without the article "next few days".
        let mut k = if self.kw(j, Kw::The) {
            j + 1
        } else if self.kw_any(j + 1, &[Kw::Few, Kw::Several]) {
            j
        } else {
            return None;
        };
        if self.kw_any(k, &[Kw::Coming, Kw::Next, Kw::Past, Kw::Last, Kw::Recent]) {
            let dir = self.lex(k);
            k += 1;
            if self.kw(k, Kw::Few) || self.kw(k, Kw::Several) {
                k += 1;
            } else if !matches!(self.lex(k), Some(Lex::Unit(_, false))) || !self.plural(k) {
                return None;
            }
            let (_, k) = self.unit_word(k)?;
            let node = if matches!(dir, Some(Lex::Kw(Kw::Past | Kw::Last | Kw::Recent))) {
                past
            } else {
                future
            };
            return Some((node, k));
        }
        // "the days ahead", "the weeks to come".
        if let Some((_, k2)) = self.plural_unit(k) {
            if self.kw(k2, Kw::Ahead) {
                return Some((future, k2 + 1));
            }
            if self.kw(k2, Kw::To) && self.kw(k2 + 1, Kw::Come) {
                return Some((future, k2 + 2));
            }
        }
        None
    }

    fn plural(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() > 1 && w.ends_with(['s', 'S'])
    }

    /// A plural unit word without a number: "days", "weeks".
    fn plural_unit(&self, i: usize) -> Option<(Unit, usize)> {
        match self.lex(i)? {
            Lex::Unit(u, false) if self.plural(i) && u != Unit::Weekend => Some((u, i + 1)),
            _ => None,
        }
    }

    /// "by Friday", "until September 1", "no later than August 8", "by the end of the month".
    fn limit(&self, j: usize, marker: DeadlineMarker) -> Rule {
        if let Some((part, k)) = self.eox(j) {
            return Some((
                Node::Limit {
                    marker,
                    of: Box::new(part),
                },
                k,
            ));
        }
        let (node, k) = self.date_like(j)?;
        if matches!(node, Node::Dur { .. } | Node::Vague { .. }) {
            return None;
        }
        Some((
            Node::Limit {
                marker,
                of: Box::new(node),
            },
            k,
        ))
    }

    /// "EOD", "EOM", "EOY", "BOM", "BOY" with an optional "the".
    fn eox(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        // "year-end", "year end", "month-end", "quarter-end".
        if let Some(Lex::Unit(unit @ (Unit::Year | Unit::Month | Unit::Quarter), false)) =
            self.lex(j)
            && !self.plural(j)
        {
            let k = if self.punct(j + 1, b'-') && self.adj(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if self.word_is(k, "end") {
                return Some((
                    Node::Part {
                        part: Part::End,
                        of: Box::new(rel(unit, 0)),
                    },
                    k + 1,
                ));
            }
        }
        let node = match self.lex(j)? {
            Lex::Kw(Kw::Eod) => Node::Rel {
                unit: Unit::Day,
                n: 0,
                tod: None,
            },
            Lex::Kw(Kw::Eom) => Node::Part {
                part: Part::End,
                of: Box::new(rel(Unit::Month, 0)),
            },
            Lex::Kw(Kw::Eoy) => Node::Part {
                part: Part::End,
                of: Box::new(rel(Unit::Year, 0)),
            },
            Lex::Kw(Kw::Bom) => Node::Part {
                part: Part::Start,
                of: Box::new(rel(Unit::Month, 0)),
            },
            Lex::Kw(Kw::Boy) if self.word(j) == "BOY" || !self.text_mode() => Node::Part {
                part: Part::Start,
                of: Box::new(rel(Unit::Year, 0)),
            },
            _ => return None,
        };
        Some((node, j + 1))
    }

    fn span_from_to(&self, i: usize) -> Rule {
        // "from 13 to 15 July" is a day range; "from May 1 to June 2" two dates.
        if let Some(r) = self.day_range(i + 1) {
            return Some(r);
        }
        let (a, j) = self.date_like(i + 1)?;
        if matches!(a, Node::Range(..)) {
            return Some((a, j));
        }
        if !(self.kw_any(j, &[Kw::To, Kw::Until, Kw::Through]) || self.punct(j, b'-')) {
            return None;
        }
        let (b, k) = self.date_like(j + 1)?;
        Some((Node::Range(Box::new(a), Box::new(b)), k))
    }

    /// "Monday through Friday", "July 1 through July 5": a range without "from".
    fn span_through(&self, a: &Node, j: usize) -> Rule {
        let day_like = |n: &Node| matches!(n, Node::Day { .. } | Node::Weekday { .. });
        if !day_like(a) || !(self.kw(j, Kw::Through) || self.word_is(j, "thru")) {
            return None;
        }
        let (b, k) = self.date_like(j + 1)?;
        day_like(&b).then(|| (Node::Range(Box::new(a.clone()), Box::new(b)), k))
    }

    fn between(&self, i: usize) -> Rule {
        if let Some((lo, j)) = self.number_at(i + 1)
            && self.kw(j, Kw::And)
            && let Some((hi, k)) = self.number_at(j + 1)
            && let Some((unit, k)) = self.unit_word(k)
        {
            let dur = make_dur(unit, lo, hi)?;
            return Some((
                Node::Dur {
                    dur,
                    anchor: None,
                    modifier: None,
                },
                k,
            ));
        }
        if let Some(r) = self.day_range(i + 1) {
            return Some(r);
        }
        let (a, j) = self.date_like(i + 1)?;
        if !self.kw(j, Kw::And) {
            return None;
        }
        let (b, k) = self.date_like(j + 1)?;
        Some((Node::Range(Box::new(a), Box::new(b)), k))
    }

    // ----- dates and relative expressions -----

    /// What [`Parser::date_like`] can begin with.
    const DATE_LIKE: Starts = Self::ABSOLUTE
        .or(Self::RELATIVE)
        .or(Self::PART)
        .or(Self::HOLIDAY)
        .or(Self::SEASON)
        .or(Self::QUARTER)
        .or(Self::FISCAL)
        .or(Self::CENTURY);

    /// Anything that names a point or period: dates, relative dates, parts of periods.
    fn date_like(&self, i: usize) -> Rule {
        self.date_like_at(i, self.lead(i))
    }

    /// [`Parser::date_like`] at a token whose classes are `lead`.
    fn date_like_at(&self, i: usize, lead: Lead) -> Rule {
        if !lead.admits(Self::DATE_LIKE) {
            return None;
        }
        longest!(
            self.absolute(i, lead),
            self.relative(i, lead),
            self.gated(lead, Self::PART, Self::part, i),
            self.holiday(i, lead),
            self.gated(lead, Self::SEASON, Self::season, i),
            self.gated(lead, Self::QUARTER, Self::quarter, i),
            self.gated(lead, Self::FISCAL, Self::fiscal, i),
            self.gated(lead, Self::CENTURY, Self::century, i),
        )
    }

    /// What [`Parser::century`] can begin with.
    const CENTURY: Starts = Starts::the_optional(C::DAY_NUM).after_number(C::SUFFIX);

    /// "the 19th century", "the twenty-first century".
    fn century(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (n, k) = self.ordinal(j)?;
        if !(1..=30).contains(&n)
            || !matches!(self.lex(k), Some(Lex::Unit(Unit::Century, _)))
            || self.plural(k)
        {
            return None;
        }
        let start = (i32::try_from(n).ok()? - 1) * 100;
        Some((Node::Century(start), k + 1))
    }

    /// What [`Parser::fiscal`] can begin with.
    const FISCAL: Starts = Starts::at(C::kw(Kw::Fiscal));

    /// "fiscal 2024", "fiscal year 2025", "FY2024", "FY 24".
    fn fiscal(&self, i: usize) -> Rule {
        if !self.kw(i, Kw::Fiscal) {
            return None;
        }
        let short = self.word_is(i, "fy");
        if short && self.text_mode() && !self.cap(i) {
            return None;
        }
        let k = if matches!(self.lex(i + 1), Some(Lex::Unit(Unit::Year, false))) {
            i + 2
        } else {
            i + 1
        };
        let (y, e) = self.year(k, short)?;
        Some((Node::Fiscal { y }, e))
    }

    /// What [`Parser::absolute`] can begin with.
    const ABSOLUTE: Starts = Self::MONTH_FIRST
        .or(Self::DAY_FIRST)
        .or(Self::DAY_RANGE)
        .or(Self::NUMERIC)
        .or(Self::MONTH_YEAR)
        .or(Self::WEEKDAY_EXPR)
        .or(Self::DECADE)
        .or(Self::NTH_WEEKDAY_OF)
        .or(Self::DAY_OF)
        .or(Self::WEEK_OF)
        .or(Self::LONE_YEAR)
        .or(Self::MONTH_ALONE)
        .or(Self::ORDINAL_ALONE)
        .or(Self::IDES)
        .or(Self::LAST_WEEK_OF)
        .or(Self::NTH_WEEK_OF)
        .or(Self::LAST_WEEK_OF_MONTH);

    /// Calendar dates and periods at `i`, whose classes are `lead`.
    fn absolute(&self, i: usize, lead: Lead) -> Rule {
        if !lead.admits(Self::ABSOLUTE) {
            return None;
        }
        longest!(
            self.gated(lead, Self::MONTH_FIRST, Self::month_first, i),
            self.gated(lead, Self::DAY_FIRST, Self::day_first, i),
            self.gated(lead, Self::DAY_RANGE, Self::day_range, i),
            self.gated(lead, Self::NUMERIC, Self::numeric, i),
            self.gated(lead, Self::MONTH_YEAR, Self::month_year, i),
            self.gated(lead, Self::WEEKDAY_EXPR, Self::weekday_expr, i),
            self.gated(lead, Self::DECADE, Self::decade, i),
            self.gated(lead, Self::NTH_WEEKDAY_OF, Self::nth_weekday_of, i),
            self.gated(lead, Self::DAY_OF, Self::day_of, i),
            self.gated(lead, Self::WEEK_OF, Self::week_of, i),
            self.gated(lead, Self::LONE_YEAR, Self::lone_year, i),
            self.gated(lead, Self::MONTH_ALONE, Self::month_alone, i),
            self.gated(lead, Self::ORDINAL_ALONE, Self::ordinal_alone, i),
            self.gated(lead, Self::IDES, Self::ides, i),
            self.gated(lead, Self::LAST_WEEK_OF, Self::last_week_of, i),
            self.gated(lead, Self::NTH_WEEK_OF, Self::nth_week_of, i),
            self.gated(lead, Self::LAST_WEEK_OF_MONTH, Self::last_week_of_month, i),
        )
    }

    /// What [`Parser::month_first`] can begin with.
    const MONTH_FIRST: Starts = Starts::at(C::MONTH.or(C::WEEKDAY));

    /// "[Wednesday,] July 23[rd][, 2025]", "July 13-15", "Aug 8 - Aug 12", "february the 15th".
    fn month_first(&self, i: usize) -> Rule {
        let (wd, j) = self.leading_weekday(i);
        let (m, j) = self.month(j, false)?;
        let j = self.skip(j, Kw::The);
        let (d, mut k, _) = self.day_num(j)?;
        // "May 5 people": a count, not a date.
        if self.text_mode() && self.count_noun_follows(k) {
            return None;
        }
        let mut y = None;
        let mut kk = self.skip_punct(k, b',');
        if let Some((yy, k2)) = self.year(kk, true) {
            y = Some(yy);
            k = k2;
            kk = k2;
        }
        // "Jul 18, Fri": a weekday after the date.
        let mut wd = wd;
        if wd.is_none()
            && self.punct(k, b',')
            && let Some((w, k2)) = self.weekday(k + 1, false)
        {
            wd = Some(w);
            k = k2;
        }
        let start = Node::Day { y, m, d, wd };
        // Ranges: "July 13-15", "July 13 to 15", "Aug 8 - Aug 12", "August 27th - 29th".
        if self.punct(kk, b'-') || self.kw_any(kk, &[Kw::To, Kw::Through, Kw::Until]) {
            let r = kk + 1;
            let (m2, r) = match self.month(r, false) {
                Some((m2, r2)) => (m2, r2),
                None => (m, r),
            };
            if let Some((d2, mut r, _)) = self.day_num(r)
                && !(self.text_mode() && self.count_noun_follows(r))
            {
                let mut y2 = y;
                let rr = self.skip_punct(r, b',');
                if let Some((yy, r2)) = self.year(rr, true) {
                    y2 = Some(yy);
                    r = r2;
                }
                let start = Node::Day {
                    y: y.or(y2),
                    m,
                    d,
                    wd,
                };
                let end = Node::Day {
                    y: y2,
                    m: m2,
                    d: d2,
                    wd: None,
                };
                return Some((Node::Range(Box::new(start), Box::new(end)), r));
            }
        }
        Some((start, k))
    }

    /// Whether a count noun follows a number ("May 5 days", "June 2 hours"): then it is not a
    /// date.
    fn count_noun_follows(&self, k: usize) -> bool {
        matches!(self.lex(k), Some(Lex::Unit(u, _)) if u != Unit::Weekend) || self.kw(k, Kw::Extra)
    }

    fn leading_weekday(&self, i: usize) -> (Option<u8>, usize) {
        if let Some((wd, j)) = self.weekday(i, true) {
            let j = self.skip_punct(j, b',');
            let j = self.skip(j, Kw::The);
            return (Some(wd), j);
        }
        (None, i)
    }

    /// What [`Parser::day_first`] can begin with.
    const DAY_FIRST: Starts = Starts::at(C::WEEKDAY)
        .or(Starts::the_optional(C::DAY_NUM))
        // "24 July", "24th", "24 of July", "24-Jul".
        .after_number(C::SUFFIX.or(C::PUNCT).or(C::MONTH).or(C::kw(Kw::Of)));

    /// "24 July 2025", "the 15th of February", "14april 2015", "[Wed,] 23 July".
    fn day_first(&self, i: usize) -> Rule {
        let (wd, j) = self.leading_weekday(i);
        let j = self.skip(j, Kw::The);
        let (d, k, _) = self.day_num(j)?;
        let k = self.skip(k, Kw::Of);
        let k = if self.punct(k, b'-') && self.adj(k) {
            k + 1
        } else {
            k
        };
        let (m, mut k) = self.month(k, false)?;
        let mut y = None;
        if self.punct(k, b'-')
            && self.adj(k)
            && let Some((yy, k2)) = self.year(k + 1, true)
        {
            y = Some(yy);
            k = k2;
        } else {
            let kk = self.skip_punct(k, b',');
            if let Some((yy, k2)) = self.year(kk, true) {
                y = Some(yy);
                k = k2;
            }
        }
        Some((Node::Day { y, m, d, wd }, k))
    }

    /// What [`Parser::day_range`] can begin with.
    const DAY_RANGE: Starts =
        Starts::the_optional(C::DAY_NUM).after_number(C::SUFFIX.or(C::PUNCT).or(C::kws(&[
            Kw::To,
            Kw::Through,
            Kw::Until,
            Kw::And,
        ])));

    /// "13-15 July", "13 to 15 July 2025", "the 13th to the 15th of July".
    fn day_range(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (d1, j, _) = self.day_num(j)?;
        if !(self.punct(j, b'-') || self.kw_any(j, &[Kw::To, Kw::Through, Kw::Until, Kw::And])) {
            return None;
        }
        let j = self.skip(j + 1, Kw::The);
        let (d2, j, _) = self.day_num(j)?;
        let j = self.skip(j, Kw::Of);
        let (m, mut k) = self.month(j, false)?;
        let mut y = None;
        let kk = self.skip_punct(k, b',');
        if let Some((yy, k2)) = self.year(kk, true) {
            y = Some(yy);
            k = k2;
        }
        if d2 < d1 {
            return None;
        }
        Some((
            Node::Range(
                Box::new(Node::Day {
                    y,
                    m,
                    d: d1,
                    wd: None,
                }),
                Box::new(Node::Day {
                    y,
                    m,
                    d: d2,
                    wd: None,
                }),
            ),
            k,
        ))
    }

    /// What [`Parser::numeric`] can begin with.
    const NUMERIC: Starts = Starts::at(C::NUM).after_number(C::PUNCT);

    /// "2025-07-24", "2015/3/3", "10/31/74", "10.31.1974", "31-Oct-74", "2014-10"; in phrases
    /// also "2/15" and "2 - 15".
    fn numeric(&self, i: usize) -> Rule {
        let (a, da) = self.num(i)?;
        let sep_at = |j: usize| -> Option<u8> {
            match self.kind(j)? {
                Kind::Punct(p @ (b'-' | b'/' | b'.')) => Some(p),
                _ => None,
            }
        };
        let tight = |j: usize| self.adj(j) && self.adj(j + 1);
        let sep = sep_at(i + 1)?;
        let spaced = !tight(i + 1);
        if spaced && self.text_mode() {
            return None;
        }
        // "31-Oct-74".
        if let Some((m, j)) = self.month(i + 2, false)
            && sep == b'-'
            && self.punct(j, b'-')
            && let Some((y, k)) = self.year(j + 1, true).or_else(|| {
                let (v, digits) = self.num(j + 1)?;
                (digits == 2).then_some((short_year(v), j + 2))
            })
        {
            let d = u32::try_from(a).ok()?;
            return Some((
                Node::Day {
                    y: Some(y),
                    m,
                    d,
                    wd: None,
                },
                k,
            ));
        }
        let (b, _) = self.num(i + 2)?;
        let b32 = u32::try_from(b).ok()?;
        let third = sep_at(i + 3)
            .filter(|s| *s == sep && (tight(i + 3) || !self.text_mode()))
            .and_then(|_| self.num(i + 4));
        if da == 4 {
            let y = i32::try_from(a).ok()?;
            if let Some((c, _)) = third {
                let d = u32::try_from(c).ok()?;
                if (1..=12).contains(&b32) && (1..=31).contains(&d) && sep != b'.' {
                    return Some((
                        Node::Day {
                            y: Some(y),
                            m: b32,
                            d,
                            wd: None,
                        },
                        i + 5,
                    ));
                }
                return None;
            }
            // "2014-10": only a month when the second part is a month number of two digits.
            if (1..=12).contains(&b32)
                && sep != b'.'
                && self
                    .num(i + 2)
                    .is_some_and(|(_, d)| d == 2 || !self.text_mode())
            {
                return Some((Node::Month { y: Some(y), m: b32 }, i + 3));
            }
            return None;
        }
        if da > 2 {
            return None;
        }
        let a32 = u32::try_from(a).ok()?;
        // "2/2013", "02/2013": a month of a year.
        if third.is_none()
            && sep == b'/'
            && (1..=12).contains(&a32)
            && let Some((y, 4)) = self.num(i + 2)
            && (1000..=2999).contains(&y)
        {
            return Some((
                Node::Month {
                    y: Some(i32::try_from(y).ok()?),
                    m: a32,
                },
                i + 3,
            ));
        }
        if let Some((c, dc)) = third {
            let y = match dc {
                4 => i32::try_from(c).ok()?,
                2 => short_year(c),
                _ => return None,
            };
            // Month first (US) unless the first number cannot be a month.
            let (m, d) = if a32 > 12 { (b32, a32) } else { (a32, b32) };
            if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                return None;
            }
            return Some((
                Node::Day {
                    y: Some(y),
                    m,
                    d,
                    wd: None,
                },
                i + 5,
            ));
        }
        if self.text_mode() || sep == b'.' {
            return None;
        }
        let (m, d) = if a32 > 12 { (b32, a32) } else { (a32, b32) };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        Some((
            Node::Day {
                y: None,
                m,
                d,
                wd: None,
            },
            i + 3,
        ))
    }

    /// What [`Parser::month_year`] can begin with.
    const MONTH_YEAR: Starts = Starts::at(C::MONTH);

    /// "February 2022", "Feb. 2022", "February of 2022".
    fn month_year(&self, i: usize) -> Rule {
        let (m, j) = self.month(i, false)?;
        let j = self.skip_punct(j, b',');
        let j = self.skip(j, Kw::Of);
        let (y, k) = self.year(j, false)?;
        Some((Node::Month { y: Some(y), m }, k))
    }

    /// What [`Parser::month_alone`] can begin with.
    const MONTH_ALONE: Starts = Starts::at(C::MONTH);

    fn month_alone(&self, i: usize) -> Rule {
        let (m, j) = self.month(i, true)?;
        // "July last year", "March of this year".
        let k = self.skip(j, Kw::Of);
        if let Some(n) = self.rel_word(k)
            && matches!(self.lex(k + 1), Some(Lex::Unit(Unit::Year, false)))
        {
            return Some((Node::MonthOfYear { m, n }, k + 2));
        }
        let month = Node::Month { y: None, m };
        // "March after next", "March in 1 year".
        if self.kw(j, Kw::After) && self.kw(j + 1, Kw::Next) {
            return Some((
                Node::YearsAfter {
                    of: Box::new(month),
                    n: 1,
                },
                j + 2,
            ));
        }
        if self.kw(j, Kw::In)
            && let Some((dur, k)) = self.duration(j + 1)
            && dur.unit == DurationUnit::Year
            && dur.lo == dur.hi
        {
            let n = i32::try_from(dur.lo).ok()?;
            return Some((
                Node::YearsAfter {
                    of: Box::new(month),
                    n,
                },
                k,
            ));
        }
        Some((month, j))
    }

    /// What [`Parser::ides`] can begin with.
    const IDES: Starts = Starts::the_optional(C::kw(Kw::Ides));

    /// "the ides of March".
    fn ides(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        if !self.kw(j, Kw::Ides) || !self.kw(j + 1, Kw::Of) {
            return None;
        }
        let (m, k) = self.month(j + 2, false)?;
        let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
        Some((
            Node::Day {
                y: None,
                m,
                d,
                wd: None,
            },
            k,
        ))
    }

    /// What [`Parser::last_week_of`] can begin with.
    const LAST_WEEK_OF: Starts =
        Starts::the_optional(C::DAY_NUM.or(C::kw(Kw::Last))).after_number(C::SUFFIX);

    /// "the third last week of 2018", "the last week of 2025".
    fn last_week_of(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (n, j) = match self.ordinal(j) {
            Some((n, j)) => (n, j),
            None => (1, j),
        };
        if !self.kw(j, Kw::Last)
            || !matches!(self.lex(j + 1), Some(Lex::Unit(Unit::Week, false)))
            || !self.kw(j + 2, Kw::Of)
        {
            return None;
        }
        let (y, k) = self.year(j + 3, false)?;
        Some((Node::LastWeekOf { n, y }, k))
    }

    /// What [`Parser::ordinal_alone`] can begin with.
    const ORDINAL_ALONE: Starts = Starts::the_optional(C::DAY_NUM).after_number(C::SUFFIX);

    /// "the 1st", "the 15th" (phrases only: in running text they are usually not dates).
    fn ordinal_alone(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (d, k, suffixed) = self.day_num(j)?;
        // "until the first of the year", "by the 1st of next year", also in running text: the
        // first of January, resolved as any day without its year.
        if d == 1
            && self.kw(k, Kw::Of)
            && (self.kw(k + 1, Kw::The) || self.kw(k + 1, Kw::Next))
            && matches!(self.lex(k + 2), Some(Lex::Unit(Unit::Year, false)))
        {
            let day = Node::Day {
                y: None,
                m: 1,
                d: 1,
                wd: None,
            };
            return Some((day, k + 3));
        }
        if self.text_mode() {
            return None;
        }
        if !suffixed {
            return None;
        }
        if self.lex(k).is_some() && !self.kw(k, Kw::Of) {
            return None;
        }
        Some((Node::MonthDay { d, wd: None }, k))
    }

    /// What [`Parser::weekday_expr`] can begin with.
    const WEEKDAY_EXPR: Starts = Starts::at(C::WEEKDAY);

    /// Weekday phrases: "Friday", "Friday night", "Tuesday the 19th", "Friday of next week",
    /// "Sunday from last week", "Friday last week".
    fn weekday_expr(&self, i: usize) -> Rule {
        let (wd, j) = self.weekday(i, !self.text_mode())?;
        // "Tuesday the 19th", "Thu 15th".
        // In running text only "Tuesday the 19th" itself, not "Wednesday, the third swap".
        let jj = if self.text_mode() {
            j
        } else {
            self.skip_punct(j, b',')
        };
        let jt = self.skip(jj, Kw::The);
        if let Some((d, k, suffixed)) = self.day_num(jt)
            && (suffixed || jt > jj)
            && (!self.text_mode() || (suffixed && self.num(jt).is_some()))
            && self.month(k, false).is_none()
            && !self.kw(k, Kw::Of)
        {
            return Some((Node::MonthDay { d, wd: Some(wd) }, k));
        }
        // "Wednesday after next": the one in the week after next.
        if self.kw(j, Kw::After) && self.kw(j + 1, Kw::Next) {
            return Some((
                Node::Weekday {
                    wd,
                    rel: WdRel::Week(2),
                    tod: None,
                },
                j + 2,
            ));
        }
        // "Friday of next week", "Sunday from last week", "Friday last week".
        let k = if self.kw_any(j, &[Kw::Of, Kw::From]) {
            j + 1
        } else {
            j
        };
        let k = self.skip(k, Kw::The);
        if let Some((n, k2)) = self.week_offset(k) {
            return Some((
                Node::Weekday {
                    wd,
                    rel: WdRel::Week(n),
                    tod: None,
                },
                k2,
            ));
        }
        let (tod, j) = self.time_of_day(j);
        Some((
            Node::Weekday {
                wd,
                rel: WdRel::Bare,
                tod,
            },
            j,
        ))
    }

    /// "last week" -> -1, "next week", "this week", "the following week".
    fn week_offset(&self, i: usize) -> Option<(i32, usize)> {
        let n = self.rel_word(i)?;
        matches!(self.lex(i + 1), Some(Lex::Unit(Unit::Week, false))).then_some((n, i + 2))
    }

    fn rel_word(&self, i: usize) -> Option<i32> {
        match self.lex(i)? {
            Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => Some(-1),
            Lex::Kw(Kw::This | Kw::Current) => Some(0),
            Lex::Kw(Kw::Next | Kw::Coming | Kw::Upcoming | Kw::Following) => Some(1),
            _ => None,
        }
    }

    fn time_of_day(&self, i: usize) -> (Option<&'static str>, usize) {
        match self.lex(i) {
            Some(Lex::Kw(Kw::Morning)) => (Some("MO"), i + 1),
            Some(Lex::Kw(Kw::Afternoon)) => (Some("AF"), i + 1),
            Some(Lex::Kw(Kw::Evening)) => (Some("EV"), i + 1),
            Some(Lex::Kw(Kw::Night)) => (Some("NI"), i + 1),
            _ => (None, i),
        }
    }

    /// What [`Parser::decade`] can begin with.
    const DECADE: Starts = Starts::at(C::APOS.or(C::NUM))
        .or_the(C::DECADE.or(C::APOS).or(C::NUM))
        // "1990's", "1990s" (the "s" is no word of the lexicon).
        .after_number(C::APOS.or(C::OTHER));

    /// "the 1990s", "1990s", "the '90s".
    fn decade(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        // "the eighties": the decade of the last century (news rarely means the 1880s).
        if j > i
            && let Some(Lex::Decade(tens)) = self.lex(j)
        {
            return Some((Node::Decade(1900 + i32::from(tens)), j + 1));
        }
        let (start, k) = if self.punct(j, b'\'') {
            let (v, digits) = self.num(j + 1)?;
            if digits != 2 || !self.adj(j + 1) {
                return None;
            }
            (1900 + i32::try_from(v).ok()?, j + 2)
        } else {
            let (v, digits) = self.num(j)?;
            if digits != 4 {
                return None;
            }
            (i32::try_from(v).ok()?, j + 1)
        };
        if start % 10 != 0 {
            return None;
        }
        if self.punct(k, b'\'') && self.word_is(k + 1, "s") && self.adj(k) && self.adj(k + 1) {
            return Some((Node::Decade(start), k + 2));
        }
        if self.word_is(k, "s") && self.adj(k) {
            return Some((Node::Decade(start), k + 1));
        }
        None
    }

    /// A month, for "of"-phrases: "March", "March 2025", "this month", "last month", "the month".
    fn month_ref(&self, i: usize) -> Rule {
        if let Some(r) = self.month_year(i) {
            return Some(r);
        }
        if let Some((m, j)) = self.month(i, false) {
            return Some((Node::Month { y: None, m }, j));
        }
        let j = self.skip(i, Kw::The);
        let n = if j > i && matches!(self.lex(j), Some(Lex::Unit(Unit::Month, false))) {
            return Some((rel(Unit::Month, 0), j + 1));
        } else {
            self.rel_word(j)?
        };
        if matches!(self.lex(j + 1), Some(Lex::Unit(Unit::Month, false))) {
            return Some((rel(Unit::Month, n), j + 2));
        }
        None
    }

    /// What [`Parser::nth_weekday_of`] can begin with.
    const NTH_WEEKDAY_OF: Starts =
        Starts::the_optional(C::DAY_NUM.or(C::kw(Kw::Last))).after_number(C::SUFFIX);

    /// "the first Monday of March", "last Friday in October", "the second Monday of last month".
    fn nth_weekday_of(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (n, j) = if self.kw(j, Kw::Last) {
            (-1, j + 1)
        } else {
            let (n, j) = self.ordinal(j)?;
            (i32::try_from(n).ok()?, j)
        };
        let (wd, j) = self.weekday(j, false)?;
        if !self.kw_any(j, &[Kw::Of, Kw::In]) {
            return None;
        }
        let (of, k) = self.month_ref(j + 1)?;
        Some((
            Node::NthWeekdayOf {
                n,
                wd,
                of: Box::new(of),
            },
            k,
        ))
    }

    /// What [`Parser::day_of`] can begin with.
    const DAY_OF: Starts = Starts::the_optional(C::DAY_NUM.or(C::kw(Kw::Last)))
        // "20th of", "20 day of", "5 last day of", "20 in".
        .after_number(
            C::SUFFIX
                .or(C::UNIT)
                .or(C::kws(&[Kw::Last, Kw::Of, Kw::In])),
        );

    /// "the 20th of next month", "20th day of next month", "third day of October", "last day in
    /// October 2015", "the 5th last day of May".
    fn day_of(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (d, j) = if self.kw(j, Kw::Last) {
            (-1, j + 1)
        } else {
            let (d, j, _) = self.day_num(j)?;
            let d = i32::try_from(d).ok()?;
            if self.kw(j, Kw::Last) {
                (-d, j + 1)
            } else {
                (d, j)
            }
        };
        let day_word = matches!(self.lex(j), Some(Lex::Unit(Unit::Day, false)));
        let j = if day_word { j + 1 } else { j };
        if d < 0 && !day_word {
            return None;
        }
        if !self.kw_any(j, &[Kw::Of, Kw::In]) {
            return None;
        }
        let (of, k) = self.month_ref(j + 1)?;
        // A named month is the date rule's business unless "day" was said or the day counts from
        // the end.
        if matches!(of, Node::Month { .. }) && !day_word {
            return None;
        }
        Some((
            Node::DayOf {
                d,
                of: Box::new(of),
            },
            k,
        ))
    }

    /// What [`Parser::nth_week_of`] can begin with.
    const NTH_WEEK_OF: Starts = Starts::the_optional(C::DAY_NUM).after_number(C::SUFFIX);

    /// "the first week of October 2014": the week holding the month's 1st, 8th, 15th or 22nd.
    fn nth_week_of(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let (n, j) = self.ordinal(j)?;
        if !(1..=4).contains(&n)
            || !matches!(self.lex(j), Some(Lex::Unit(Unit::Week, false)))
            || !self.kw_any(j + 1, &[Kw::Of, Kw::In])
        {
            return None;
        }
        let (of, k) = self.month_ref(j + 2)?;
        let day = Node::DayOf {
            d: i32::try_from(7 * (n - 1) + 1).ok()?,
            of: Box::new(of),
        };
        Some((Node::WeekOf(Box::new(day)), k))
    }

    /// What [`Parser::last_week_of_month`] can begin with.
    const LAST_WEEK_OF_MONTH: Starts = Starts::the_optional(C::kw(Kw::Last));

    /// "the last week of September": the week holding the month's last day, as the first week
    /// holds its first.
    fn last_week_of_month(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        if !self.kw(j, Kw::Last)
            || !matches!(self.lex(j + 1), Some(Lex::Unit(Unit::Week, false)))
            || !self.kw_any(j + 2, &[Kw::Of, Kw::In])
        {
            return None;
        }
        let (of, k) = self.month_ref(j + 3)?;
        let day = Node::DayOf {
            d: -1,
            of: Box::new(of),
        };
        Some((Node::WeekOf(Box::new(day)), k))
    }

    /// What [`Parser::week_of`] can begin with.
    const WEEK_OF: Starts = Starts::the_optional(C::UNIT);

    /// "the week of October 7th".
    fn week_of(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        if !matches!(self.lex(j), Some(Lex::Unit(Unit::Week, false))) || !self.kw(j + 1, Kw::Of) {
            return None;
        }
        let (day, k) = longest!(self.month_first(j + 2), self.day_first(j + 2))?;
        Some((Node::WeekOf(Box::new(day)), k))
    }

    /// What [`Parser::relative`] can begin with.
    const RELATIVE: Starts = Self::DEICTIC
        .or(Self::REL_UNIT)
        .or(Self::AGO)
        .or(Self::EARLIER_THIS)
        .or(Self::VAGUE_PERIOD)
        .or(Self::THAT_UNIT)
        .or(Self::YEAR_AGO_UNIT);

    /// "today", "yesterday", "last week", "next Friday", "two days ago", "the past two weeks",
    /// "earlier this month", "the day before yesterday", "now", "recently", "soon"; at a token
    /// whose classes are `lead`.
    fn relative(&self, i: usize, lead: Lead) -> Rule {
        if !lead.admits(Self::RELATIVE) {
            return None;
        }
        longest!(
            self.gated(lead, Self::DEICTIC, Self::deictic, i),
            self.gated(lead, Self::REL_UNIT, Self::rel_unit, i),
            self.gated(lead, Self::AGO, Self::ago, i),
            self.gated(lead, Self::EARLIER_THIS, Self::earlier_this, i),
            self.gated(lead, Self::VAGUE_PERIOD, Self::vague_period, i),
            self.gated(lead, Self::THAT_UNIT, Self::that_unit, i),
            self.gated(lead, Self::YEAR_AGO_UNIT, Self::year_ago_unit, i),
        )
    }

    /// What [`Parser::year_ago_unit`] can begin with.
    const YEAR_AGO_UNIT: Starts = Starts::the_optional(C::UNIT);

    /// "the year-ago quarter", "the year-earlier month": the same period a year before the one
    /// the text is about.
    fn year_ago_unit(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        if !matches!(self.lex(j), Some(Lex::Unit(Unit::Year, false)))
            || !self.punct(j + 1, b'-')
            || !self.kw_any(j + 2, &[Kw::Ago, Kw::Earlier])
        {
            return None;
        }
        let (unit, shift) = match self.lex(j + 3) {
            Some(Lex::Unit(Unit::Quarter, false)) => (Unit::Quarter, -4),
            Some(Lex::Unit(Unit::Month, false)) => (Unit::Month, -12),
            _ => return None,
        };
        if self.plural(j + 3) {
            return None;
        }
        Some((
            Node::Anaphor {
                dur: None,
                unit,
                shift: Some(shift),
            },
            j + 4,
        ))
    }

    /// What [`Parser::that_unit`] can begin with.
    const THAT_UNIT: Starts = Starts::at(C::kws(&[Kw::Later, Kw::Earlier, Kw::That]));

    /// "that day", "that same week", "later that day", "earlier that year": the period of a
    /// date named earlier in the text.
    fn that_unit(&self, i: usize) -> Rule {
        let j = if self.kw_any(i, &[Kw::Later, Kw::Earlier]) {
            i + 1
        } else {
            i
        };
        // "February 24 of that year" qualifies another date, which is not resolved against
        // the anaphor; tagging "that year" alone there would point elsewhere.
        if !self.word_is(j, "that") || i.checked_sub(1).is_some_and(|p| self.kw(p, Kw::Of)) {
            return None;
        }
        let k = if self.word_is(j + 1, "same") {
            j + 2
        } else {
            j + 1
        };
        let Some(Lex::Unit(unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), false)) =
            self.lex(k)
        else {
            return None;
        };
        if self.plural(k) {
            return None;
        }
        Some((
            Node::Anaphor {
                dur: None,
                unit,
                shift: Some(0),
            },
            k + 1,
        ))
    }

    /// What [`Parser::deictic`] can begin with.
    const DEICTIC: Starts = Starts::at(
        C::kws(&[
            Kw::Today,
            Kw::Tonight,
            Kw::Yesterday,
            Kw::Tomorrow,
            Kw::Overnight,
            Kw::Now,
            Kw::Currently,
            Kw::Recently,
            Kw::Soon,
            Kw::At,
            Kw::Last,
            Kw::This,
        ])
        // "right now", "just now"; "day after tomorrow".
        .or(C::OTHER)
        .or(C::UNIT),
    )
    // "the weekend", "the day before", "the next day", "the same day".
    .or_the(
        C::UNIT
            .or(C::kws(&[Kw::Next, Kw::Following, Kw::Previous]))
            .or(C::OTHER),
    );

    fn deictic(&self, i: usize) -> Rule {
        let day = |n: i32, tod: Option<&'static str>| Node::Rel {
            unit: Unit::Day,
            n,
            tod,
        };
        let vague = |value: &'static str| Node::Vague {
            value,
            marker: None,
        };
        match self.lex(i)? {
            Lex::Kw(Kw::Today) => {
                let (tod, j) = self.time_of_day(i + 1);
                Some((day(0, tod), j))
            }
            Lex::Kw(Kw::Tonight) => Some((day(0, Some("NI")), i + 1)),
            Lex::Kw(Kw::Yesterday) => {
                let (tod, j) = self.time_of_day(i + 1);
                Some((day(-1, tod), j))
            }
            Lex::Kw(Kw::Tomorrow) => {
                let (tod, j) = self.time_of_day(i + 1);
                Some((day(1, tod), j))
            }
            Lex::Kw(Kw::Overnight) => Some((Node::Overnight, i + 1)),
            Lex::Kw(Kw::Now) => Some((vague("PRESENT_REF"), i + 1)),
            _ if (self.word_is(i, "right") || self.word_is(i, "just"))
                && self.kw(i + 1, Kw::Now) =>
            {
                Some((vague("PRESENT_REF"), i + 2))
            }
            Lex::Kw(Kw::Currently) => Some((vague("PRESENT_REF"), i + 1)),
            Lex::Kw(Kw::Recently) => Some((vague("PAST_REF"), i + 1)),
            // "as soon as Monday" and "as soon as possible" are not "soon".
            Lex::Kw(Kw::Soon)
                if i.checked_sub(1).is_some_and(|p| self.word_is(p, "as"))
                    && self.word_is(i + 1, "as") =>
            {
                None
            }
            Lex::Kw(Kw::Soon) => Some((vague("FUTURE_REF"), i + 1)),
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Present) => Some((vague("PRESENT_REF"), i + 2)),
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::The) && self.kw(i + 2, Kw::Moment) => {
                Some((vague("PRESENT_REF"), i + 3))
            }
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::This) && self.kw(i + 2, Kw::Time) => {
                Some((vague("PRESENT_REF"), i + 3))
            }
            Lex::Kw(Kw::Last) if self.kw(i + 1, Kw::Night) => Some((day(-1, Some("NI")), i + 2)),
            Lex::Kw(Kw::This)
                if matches!(
                    self.lex(i + 1),
                    Some(Lex::Kw(Kw::Morning | Kw::Afternoon | Kw::Evening))
                ) =>
            {
                let (tod, j) = self.time_of_day(i + 1);
                Some((day(0, tod), j))
            }
            Lex::Unit(Unit::Day, false)
                if self.kw(i + 1, Kw::After) && self.kw(i + 2, Kw::Tomorrow) =>
            {
                Some((day(2, None), i + 3))
            }
            Lex::Unit(Unit::Day, false)
                if self.kw(i + 1, Kw::Before) && self.kw(i + 2, Kw::Yesterday) =>
            {
                Some((day(-2, None), i + 3))
            }
            Lex::Kw(Kw::The)
                if matches!(self.lex(i + 1), Some(Lex::Unit(Unit::Weekend, false)))
                    && !self.plural(i + 1) =>
            {
                // "over the weekend": the weekend by the direction of the context.
                Some((
                    Node::Weekday {
                        wd: 5,
                        rel: WdRel::Bare,
                        tod: Some("WE"),
                    },
                    i + 2,
                ))
            }
            Lex::Kw(Kw::The) => {
                // "the day before yesterday", "the day after tomorrow", "the next day".
                if matches!(self.lex(i + 1), Some(Lex::Unit(Unit::Day, false))) {
                    if self.kw(i + 2, Kw::Before) && self.kw(i + 3, Kw::Yesterday) {
                        return Some((day(-2, None), i + 4));
                    }
                    if self.kw(i + 2, Kw::After) && self.kw(i + 3, Kw::Tomorrow) {
                        return Some((day(2, None), i + 4));
                    }
                    if self.kw_any(i + 2, &[Kw::Before, Kw::After]) && !self.plural(i + 1) {
                        // "The day before, ..." is relative to a date named earlier; "the day
                        // before the vote" to an event, which is not a date.
                        let sign = if self.kw(i + 2, Kw::Before) { -1 } else { 1 };
                        // "the day after Christmas": a day from a named date.
                        if let Some((of, k)) = self.date_like(i + 3)
                            && !matches!(
                                of,
                                Node::Dur { .. }
                                    | Node::Vague { .. }
                                    | Node::VagueDur { .. }
                                    | Node::Anaphor { .. }
                                    | Node::Set { .. }
                                    | Node::Fiscal { .. }
                                    | Node::Span { .. }
                            )
                        {
                            return Some((
                                Node::Offset {
                                    dur: Dur {
                                        unit: DurationUnit::Day,
                                        lo: 1,
                                        hi: 1,
                                    },
                                    sign,
                                    of: Box::new(of),
                                },
                                k,
                            ));
                        }
                        let bare = matches!(self.kind(i + 3), None | Some(Kind::Punct(_)));
                        return Some((
                            Node::Anaphor {
                                dur: None,
                                unit: Unit::Day,
                                shift: bare.then_some(sign),
                            },
                            i + 3,
                        ));
                    }
                }
                // "the week before", "the year after": a step from a date named earlier.
                if let Some(Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year), false)) =
                    self.lex(i + 1)
                    && !self.plural(i + 1)
                    && self.kw_any(i + 2, &[Kw::Before, Kw::After])
                    && matches!(self.kind(i + 3), None | Some(Kind::Punct(_)))
                {
                    let sign = if self.kw(i + 2, Kw::Before) { -1 } else { 1 };
                    return Some((
                        Node::Anaphor {
                            dur: None,
                            unit,
                            shift: Some(sign),
                        },
                        i + 3,
                    ));
                }
                if self.kw_any(i + 1, &[Kw::Next, Kw::Following, Kw::Previous])
                    && matches!(self.lex(i + 2), Some(Lex::Unit(Unit::Day, false)))
                    && !self.plural(i + 2)
                {
                    let sign = if self.kw(i + 1, Kw::Previous) { -1 } else { 1 };
                    return Some((
                        Node::Anaphor {
                            dur: None,
                            unit: Unit::Day,
                            shift: Some(sign),
                        },
                        i + 3,
                    ));
                }
                // "the same day", "that same week".
                if self.word_is(i + 1, "same")
                    && let Some(Lex::Unit(
                        unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year),
                        false,
                    )) = self.lex(i + 2)
                    && !self.plural(i + 2)
                {
                    return Some((
                        Node::Anaphor {
                            dur: None,
                            unit,
                            shift: Some(0),
                        },
                        i + 3,
                    ));
                }
                None
            }
            _ => None,
        }
    }

    /// What [`Parser::rel_unit`] can begin with.
    const REL_UNIT: Starts = Starts::the_optional(
        C::kws(&[Kw::All, Kw::Whole, Kw::Rest])
            .or(C::REL_WORD)
            .or(C::NUMBER),
    )
    // "the week after next".
    .or_the(C::UNIT)
    // "2 upcoming days", "1,000 upcoming days", "2 million upcoming years".
    .after_number(C::PUNCT.or(C::SCALE).or(C::kw(Kw::Upcoming)));

    /// "this week", "last month", "next Friday", "this past Friday", "the coming week", "the
    /// past two weeks", "next 3 months", "this summer", "all week", "rest of the week".
    fn rel_unit(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        // "all week", "the whole week".
        if self.kw_any(j, &[Kw::All, Kw::Whole])
            && let Some(Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year), false)) =
                self.lex(j + 1)
            && !self.plural(j + 1)
        {
            return Some((rel(unit, 0), j + 2));
        }
        // "the rest of the week".
        if self.kw(j, Kw::Rest) && self.kw(j + 1, Kw::Of) {
            let k = self.skip(j + 2, Kw::The);
            let k = self.skip(k, Kw::This);
            if let Some(Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year), false)) =
                self.lex(k)
            {
                return Some((
                    Node::Part {
                        part: Part::Rest,
                        of: Box::new(rel(unit, 0)),
                    },
                    k + 1,
                ));
            }
        }
        // "the week after next", "the year after next".
        if let Some(Lex::Unit(
            unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Weekend),
            false,
        )) = self.lex(j)
            && j > i
            && self.kw(j + 1, Kw::After)
            && self.kw(j + 2, Kw::Next)
        {
            return Some((rel(unit, 2), j + 3));
        }
        // "next March", "last May", "this June".
        if let Some(n) = self.rel_word(j)
            && let Some((m, k)) = self.month(j + 1, false)
        {
            return Some((Node::MonthRel { m, n }, k));
        }
        // "two upcoming weeks", "2 upcoming days".
        if let Some((n, k)) = self.number_at(j)
            && self.kw(k, Kw::Upcoming)
            && let Some((unit, k2)) = self.unit_word(k + 1)
        {
            let n = i32::try_from(whole(n)?).ok()?;
            return Some((rel(unit, n), k2));
        }
        let mut n = self.rel_word(j)?;
        // "the past two weeks", "the coming days": counted from the reference day.
        let rolling = self.kw_any(j, &[Kw::Past, Kw::Coming]);
        let mut k = j + 1;
        let mut this_past = false;
        let mut this_coming = false;
        if self.kw(j, Kw::This) && self.kw(k, Kw::Past) {
            this_past = true;
            n = -1;
            k += 1;
        } else if self.kw(j, Kw::This) && self.kw_any(k, &[Kw::Coming, Kw::Upcoming]) {
            this_coming = true;
            n = 1;
            k += 1;
        }
        // "upcoming two days": the unit that many steps ahead.
        if self.kw(j, Kw::Upcoming)
            && let Some((q, k2)) = self.number_at(k)
            && let Some((unit, k3)) = self.unit_word(k2)
        {
            let q = i32::try_from(whole(q)?).ok()?;
            return Some((rel(unit, q), k3));
        }
        // "the past two weeks", "last 2 days", "next three years".
        if let Some((q, k2)) = self.number_at(k)
            && let Some((unit, k3)) = self.unit_word(k2)
            && !self.kw_any(j, &[Kw::This, Kw::Current])
            && !this_past
        {
            let q = u32::try_from(whole(q)?).ok()?;
            if matches!(unit, Unit::Fortnight) {
                return Some((
                    Node::Span {
                        unit: Unit::Week,
                        n: q * 2,
                        sign: n.signum(),
                        rolling,
                    },
                    k3,
                ));
            }
            return Some((
                Node::Span {
                    unit,
                    n: q,
                    sign: n.signum(),
                    rolling,
                },
                k3,
            ));
        }
        match self.lex(k)? {
            Lex::Weekday(..) => {
                let (wd, k2) = self.weekday(k, !self.text_mode())?;
                let rel = if this_past {
                    WdRel::Last
                } else if this_coming {
                    WdRel::Coming
                } else {
                    match self.lex(j)? {
                        Lex::Kw(Kw::Last | Kw::Past | Kw::Previous) => WdRel::Last,
                        Lex::Kw(Kw::Next) => WdRel::Next,
                        Lex::Kw(Kw::Coming | Kw::Upcoming | Kw::Following) => WdRel::Coming,
                        _ => WdRel::Week(0),
                    }
                };
                let (tod, k3) = self.time_of_day(k2);
                Some((Node::Weekday { wd, rel, tod }, k3))
            }
            Lex::Unit(unit, abbr) if !self.plural(k) || unit == Unit::Weekend || abbr => {
                if unit == Unit::Day || unit == Unit::Hour || unit == Unit::Minute {
                    // "the past day" is the last 24 hours; "the next day" needs an anchor.
                    if n < 0 && matches!(self.lex(j), Some(Lex::Kw(Kw::Past | Kw::Last))) {
                        return Some((
                            Node::Span {
                                unit,
                                n: 1,
                                sign: -1,
                                rolling,
                            },
                            k + 1,
                        ));
                    }
                    return None;
                }
                if unit == Unit::Fortnight {
                    return Some((
                        Node::Span {
                            unit: Unit::Week,
                            n: 2,
                            sign: n.signum(),
                            rolling,
                        },
                        k + 1,
                    ));
                }
                // "the past week" is the seven days before; "last week" the calendar week. "The
                // past weekend" has no rolling reading: it is last weekend.
                if self.kw(j, Kw::Past) && j > i && unit != Unit::Weekend {
                    return Some((
                        Node::Span {
                            unit,
                            n: 1,
                            sign: -1,
                            rolling,
                        },
                        k + 1,
                    ));
                }
                // "last week's Sunday".
                if unit == Unit::Week
                    && let Some(p) = self.possessive(k + 1)
                    && let Some((wd, p2)) = self.weekday(p, !self.text_mode())
                {
                    return Some((
                        Node::Weekday {
                            wd,
                            rel: WdRel::Week(n),
                            tod: None,
                        },
                        p2,
                    ));
                }
                Some((rel(unit, n), k + 1))
            }
            Lex::Season(s) => Some((Node::SeasonRel { s: Some(s), n }, k + 1)),
            Lex::Kw(Kw::SeasonWord) => Some((Node::SeasonRel { s: None, n }, k + 1)),
            _ => None,
        }
    }

    /// What [`Parser::ago`] can begin with.
    const AGO: Starts = Starts::at(C::NUMBER.or(C::VAGUE_QUANTITY).or(C::DURATION))
        // "3 fridays from now", or a duration.
        .after_number(Self::AFTER_DURATION_NUMBER.or(C::WEEKDAYS));

    /// What can follow a number that begins a duration: the rest of the number ("1,000",
    /// "1.5", "1/2", "5 million", "two and a half"), a range ("10 to 12", "10-12", "two or
    /// three"), a hyphen ("50-day"), "extra", "more" or "less" before the unit, or the unit
    /// ("days", "second").
    const AFTER_DURATION_NUMBER: C = C::PUNCT.or(C::SCALE).or(C::UNIT).or(C::ORD).or(C::kws(&[
        Kw::And,
        Kw::To,
        Kw::Or,
        Kw::Extra,
        Kw::More,
        Kw::Less,
    ]));

    /// "two days ago", "a week ago", "three months hence", "two weeks from now", "a week later",
    /// "3 fridays from now".
    fn ago(&self, i: usize) -> Rule {
        // "3 fridays from now".
        if let Some((n, j)) = self.number_at(i)
            && let Some(Lex::Weekdays(wd)) = self.lex(j)
            && self.kw(j + 1, Kw::From)
            && self.kw(j + 2, Kw::Now)
        {
            return Some((
                Node::WeekdayCount {
                    wd,
                    n: u32::try_from(whole(n)?).ok()?,
                },
                j + 3,
            ));
        }
        // "a few days ago", "several weeks ago".
        if let Some(j) = self.vague_quantity(i)
            && let Some((_, k)) = self.unit_word(j)
        {
            if self.kw(k, Kw::Ago) {
                return Some((
                    Node::Vague {
                        value: "PAST_REF",
                        marker: None,
                    },
                    k + 1,
                ));
            }
            if self.kw_any(k, &[Kw::Later, Kw::Earlier, Kw::After, Kw::Before]) {
                return Some((
                    Node::Anaphor {
                        dur: None,
                        unit: Unit::Day,
                        shift: None,
                    },
                    k + 1,
                ));
            }
        }
        let (dur, j) = self.duration(i)?;
        if self.kw(j, Kw::Ago)
            || (self.kw(j, Kw::Earlier) && self.kw(j + 1, Kw::Than) && self.kw(j + 2, Kw::Today))
        {
            let end = if self.kw(j, Kw::Ago) { j + 1 } else { j + 3 };
            return Some((
                Node::Shift {
                    dur,
                    sign: -1,
                    marker: None,
                },
                end,
            ));
        }
        if self.kw(j, Kw::Hence) {
            return Some((
                Node::Shift {
                    dur,
                    sign: 1,
                    marker: None,
                },
                j + 1,
            ));
        }
        if self.kw_any(j, &[Kw::From, Kw::After]) && self.kw(j + 1, Kw::Now) {
            return Some((
                Node::Shift {
                    dur,
                    sign: 1,
                    marker: None,
                },
                j + 2,
            ));
        }
        if self.kw(j, Kw::From) && self.kw(j + 1, Kw::Today) {
            return Some((
                Node::Shift {
                    dur,
                    sign: 1,
                    marker: None,
                },
                j + 2,
            ));
        }
        if self.kw_any(j, &[Kw::After, Kw::Before])
            && let Some((of, k)) = self.date_like(j + 1)
            && !matches!(
                of,
                Node::Dur { .. }
                    | Node::Vague { .. }
                    | Node::VagueDur { .. }
                    | Node::Anaphor { .. }
                    | Node::Set { .. }
                    | Node::Fiscal { .. }
                    | Node::Clock { .. }
                    | Node::Span { .. }
            )
        {
            let sign = if self.kw(j, Kw::After) { 1 } else { -1 };
            return Some((
                Node::Offset {
                    dur,
                    sign,
                    of: Box::new(of),
                },
                k,
            ));
        }
        if self.kw_any(j, &[Kw::Later, Kw::Earlier]) {
            let unit = unit_of(dur.unit);
            let sign = if self.kw(j, Kw::Later) { 1 } else { -1 };
            let shift = (dur.lo == dur.hi)
                .then(|| i32::try_from(dur.lo).ok())
                .flatten()
                .map(|n| sign * n);
            return Some((
                Node::Anaphor {
                    dur: Some(dur),
                    unit,
                    shift,
                },
                j + 1,
            ));
        }
        None
    }

    /// What [`Parser::earlier_this`] can begin with.
    const EARLIER_THIS: Starts = Starts::at(C::kws(&[Kw::Earlier, Kw::Later]));

    /// "earlier this week", "later this month", "earlier this year".
    fn earlier_this(&self, i: usize) -> Rule {
        let part = match self.lex(i)? {
            Lex::Kw(Kw::Earlier) => Part::Earlier,
            Lex::Kw(Kw::Later) => Part::Later,
            _ => return None,
        };
        let j = if self.kw(i + 1, Kw::In) && self.kw(i + 2, Kw::The) {
            i + 3
        } else if self.kw(i + 1, Kw::This) {
            i + 2
        } else {
            return None;
        };
        let Some(Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year | Unit::Quarter), false)) =
            self.lex(j)
        else {
            return None;
        };
        if self.plural(j) {
            return None;
        }
        Some((
            Node::Part {
                part,
                of: Box::new(rel(unit, 0)),
            },
            j + 1,
        ))
    }

    /// What [`Parser::part`] can begin with.
    const PART: Starts = Starts::at(C::kw(Kw::At)).or(Starts::the_optional(
        // "year-end", "EOM" and the parts' own words.
        C::UNIT.or(C::kws(&[
            Kw::Eod,
            Kw::Eom,
            Kw::Eoy,
            Kw::Bom,
            Kw::Boy,
            Kw::Early,
            Kw::Late,
            Kw::Mid,
            Kw::Beginning,
            Kw::Start,
            Kw::End,
            Kw::Middle,
        ])),
    ));

    /// "early August", "mid-July", "late 2025", "the end of August", "the beginning of next
    /// week", "end of this week", "at the end of 2012", "the middle of the month", "EOM".
    fn part(&self, i: usize) -> Rule {
        if let Some(r) = self.eox(i) {
            return Some(r);
        }
        let j = self.skip(i, Kw::At);
        let j = self.skip(j, Kw::The);
        let bare = j == i || (j == i + 1 && self.kw(i, Kw::The));
        let (part, k) = match self.lex(j)? {
            Lex::Kw(Kw::Early) if bare => (Part::Start, j + 1),
            Lex::Kw(Kw::Late) if bare => (Part::End, j + 1),
            Lex::Kw(Kw::Mid) => {
                let k = if self.punct(j + 1, b'-') {
                    j + 2
                } else {
                    j + 1
                };
                (Part::Mid, k)
            }
            Lex::Kw(Kw::Beginning | Kw::Start) if self.kw(j + 1, Kw::Of) => (Part::Start, j + 2),
            Lex::Kw(Kw::End) if self.kw(j + 1, Kw::Of) => (Part::End, j + 2),
            Lex::Kw(Kw::Middle) if self.kw(j + 1, Kw::Of) => (Part::Mid, j + 2),
            // "an end-of-year deadline", "start-of-month": the part written as one adjective.
            Lex::Kw(Kw::End | Kw::Start)
                if self.punct(j + 1, b'-') && self.kw(j + 2, Kw::Of) && self.punct(j + 3, b'-') =>
            {
                let part = if self.kw(j, Kw::End) {
                    Part::End
                } else {
                    Part::Start
                };
                (part, j + 4)
            }
            _ => return None,
        };
        // "at the beginning of around next week".
        let k = self.skip(k, Kw::Around);
        let (of, end) = self.period(k)?;
        Some((
            Node::Part {
                part,
                of: Box::new(of),
            },
            end,
        ))
    }

    /// A period that parts apply to.
    fn period(&self, k: usize) -> Rule {
        let k2 = self.skip(k, Kw::The);
        // "the month", "the year", "the week", "the day" (a deadline "until the end of the
        // day"): the current one.
        if k2 > k
            && let Some(Lex::Unit(
                unit @ (Unit::Day
                | Unit::Week
                | Unit::Month
                | Unit::Year
                | Unit::Quarter
                | Unit::Decade),
                false,
            )) = self.lex(k2)
            && !self.plural(k2)
            && !self.kw(k2 + 1, Kw::Of)
        {
            return Some((rel(unit, 0), k2 + 1));
        }
        if k2 == k
            && let Some(Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year), false)) =
                self.lex(k)
            && !self.plural(k)
        {
            return Some((rel(unit, 0), k + 1));
        }
        longest!(
            self.deictic(k)
                .filter(|(n, _)| matches!(n, Node::Rel { .. })),
            self.month_year(k),
            self.month(k, false)
                .map(|(m, j)| (Node::Month { y: None, m }, j)),
            self.lone_year_any(k),
            self.rel_unit(k),
            self.decade(k),
            self.season(k),
            self.quarter(k),
        )
        .filter(|(node, _)| !matches!(node, Node::Span { .. } | Node::Weekday { .. }))
    }

    /// A year after "early", "late", "the end of": any four-digit year.
    fn lone_year_any(&self, i: usize) -> Rule {
        let (v, digits) = self.num(i)?;
        if digits != 4 {
            return None;
        }
        Some((Node::Year(i32::try_from(v).ok()?), i + 1))
    }

    /// What [`Parser::season`] can begin with.
    const SEASON: Starts = Starts::the_optional(C::SEASON);

    /// "summer", "the summer of 2024", "winter 2023", "this season".
    fn season(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let Some(Lex::Season(s)) = self.lex(j) else {
            return None;
        };
        let mut k = j + 1;
        let kk = self.skip(k, Kw::Of);
        let y = if let Some((y, k2)) = self.year(kk, false) {
            k = k2;
            Some(y)
        } else {
            None
        };
        if self.text_mode() && y.is_none() {
            // "fall" and "spring" are ordinary words too.
            let w = self.word(j).to_ascii_lowercase();
            if w == "fall" || (w == "spring" && j == i) {
                let prev = i.checked_sub(1).and_then(|p| self.lex(p));
                if !matches!(
                    prev,
                    Some(Lex::Kw(
                        Kw::In | Kw::During | Kw::Early | Kw::Late | Kw::Since | Kw::By | Kw::Until
                    ))
                ) {
                    return None;
                }
            }
        }
        Some((Node::Season { y, s }, k))
    }

    /// What [`Parser::quarter`] can begin with.
    const QUARTER: Starts = Starts::at(C::OTHER.or(C::UNIT))
        .or(Starts::the_optional(C::DAY_NUM))
        .after_number(C::SUFFIX);

    /// "Q3", "Q3 2025", "the third quarter of 2025", "3rd qtr", "the first half of 2025".
    fn quarter(&self, i: usize) -> Rule {
        if (self.word_is(i, "q") || self.word_is(i, "h"))
            && let Some((n, 1)) = self.num(i + 1)
            && self.adj(i + 1)
        {
            let half = self.word_is(i, "h");
            let n = u32::try_from(n).ok()?;
            if (half && !(1..=2).contains(&n)) || !(1..=4).contains(&n) {
                return None;
            }
            if self.text_mode() && !self.cap(i) {
                return None;
            }
            let (y, k) = match self.year(self.skip_punct(i + 2, b','), false) {
                Some((y, k)) => (YearRef::Abs(y), k),
                None => (YearRef::Rel(0), i + 2),
            };
            let node = if half {
                Node::Half { y, h: n }
            } else {
                Node::Quarter { y, q: n }
            };
            return Some((node, k));
        }
        let j = self.skip(i, Kw::The);
        let (n, k) = self.ordinal(j)?;
        // "third-quarter earnings", "first-half profit".
        let k = if self.punct(k, b'-') && self.adj(k) && self.adj(k + 1) {
            k + 1
        } else {
            k
        };
        let half = match self.lex(k)? {
            Lex::Unit(Unit::Quarter, _) => false,
            Lex::Kw(Kw::Half) => true,
            _ => return None,
        };
        if (half && !(1..=2).contains(&n)) || !(1..=4).contains(&n) {
            return None;
        }
        let mut end = k + 1;
        let mut y = YearRef::Rel(0);
        if self.kw(end, Kw::Of) {
            if let Some((yy, e)) = self.year(end + 1, false) {
                y = YearRef::Abs(yy);
                end = e;
            } else if self.kw(end + 1, Kw::The)
                && matches!(self.lex(end + 2), Some(Lex::Unit(Unit::Year, false)))
            {
                end += 3;
            } else if let Some(n) = self.rel_word(end + 1)
                && matches!(self.lex(end + 2), Some(Lex::Unit(Unit::Year, false)))
            {
                y = YearRef::Rel(n);
                end += 3;
            }
        } else if let Some((yy, e)) = self.year(end, false) {
            y = YearRef::Abs(yy);
            end = e;
        }
        let node = if half {
            Node::Half { y, h: n }
        } else {
            Node::Quarter { y, q: n }
        };
        Some((node, end))
    }

    /// What [`Parser::holiday`] can begin with.
    const HOLIDAY: Starts = Self::HOLIDAY_NAMED.or(Self::HOLIDAY_TABLE);

    /// "Christmas", "Christmas Eve 2024", "Easter", "Good Friday", "orthodox easter 2018",
    /// "New Year's Eve", "Thanksgiving", "Valentine's Day"; at a token whose classes are `lead`.
    fn holiday(&self, i: usize, lead: Lead) -> Rule {
        longest!(
            self.gated(lead, Self::HOLIDAY_NAMED, Self::holiday_named, i),
            self.gated(lead, Self::HOLIDAY_TABLE, Self::holiday_table, i),
        )
    }

    /// What [`Parser::holiday_table`] can begin with: the classes of the first words of
    /// [`FEASTS`] (most are [`Holiday::Listed`] in the lexicon), with or without "the"; a test
    /// checks every entry against it.
    const HOLIDAY_TABLE: Starts = Starts::the_optional(
        C::HOLIDAY
            .or(C::MONTH)
            .or(C::UNIT)
            .or(C::SUFFIX)
            .or(C::OTHER)
            .or(C::kws(&[
                Kw::All,
                Kw::Orthodox,
                Kw::Good,
                Kw::New,
                Kw::Night,
            ])),
    );

    /// A holiday from [`FEASTS`], with an optional year.
    fn holiday_table(&self, i: usize) -> Rule {
        let i = self.skip(i, Kw::The);
        if self.text_mode() && !self.cap(i) {
            return None;
        }
        // Only the entries whose first word is this one: the table is long and most
        // capitalised words name no holiday.
        let mut key = [0u8; 24];
        let word = self.word(i).as_bytes();
        let first = key.get_mut(..word.len())?;
        first.copy_from_slice(word);
        first.make_ascii_lowercase();
        let entries = FEASTS_BY_FIRST_WORD.get(&*first)?;
        let mut found: Option<(Feast, usize)> = None;
        'entries: for (words, feast) in entries.iter().filter_map(|&e| FEASTS.get(e)) {
            let mut j = i;
            for w in *words {
                loop {
                    let skippable = self.punct(j, b'\'')
                        || ((self.punct(j, b'.') || self.punct(j, b'-')) && j > i)
                        || (j > i && self.word_is(j, "s") && self.punct(j - 1, b'\''));
                    if skippable {
                        j += 1;
                    } else {
                        break;
                    }
                }
                if !self.word_is(j, w) {
                    continue 'entries;
                }
                j += 1;
            }
            if found.is_none_or(|(_, end)| j > end) {
                found = Some((*feast, j));
            }
        }
        let (h, k) = found?;
        let (y, k) = self.holiday_year(k);
        Some((Node::Holiday { h, y }, k))
    }

    /// What [`Parser::holiday_named`] can begin with.
    const HOLIDAY_NAMED: Starts =
        Starts::the_optional(C::HOLIDAY.or(C::kws(&[Kw::Good, Kw::Orthodox, Kw::New])));

    fn holiday_named(&self, i: usize) -> Rule {
        let j = self.skip(i, Kw::The);
        let cap_ok = |k: usize| !self.text_mode() || self.cap(k);
        let (feast, k) = match self.lex(j)? {
            Lex::Holiday(h) if cap_ok(j) => {
                let k = j + 1;
                match h {
                    Holiday::Christmas => {
                        if self.kw(k, Kw::Eve) {
                            (Feast::ChristmasEve, k + 1)
                        } else if matches!(self.lex(k), Some(Lex::Unit(Unit::Day, false))) {
                            (Feast::Christmas, k + 1)
                        } else {
                            (Feast::Christmas, k)
                        }
                    }
                    Holiday::Easter => {
                        if matches!(self.lex(k), Some(Lex::Weekday(0, false))) {
                            (Feast::EasterMonday, k + 1)
                        } else if matches!(self.lex(k), Some(Lex::Weekday(6, false))) {
                            (Feast::Easter, k + 1)
                        } else {
                            (Feast::Easter, k)
                        }
                    }
                    Holiday::Halloween => (Feast::Halloween, k),
                    Holiday::Listed => return None,
                    Holiday::Thanksgiving => (Feast::Thanksgiving, k),
                    Holiday::Valentine => {
                        let k = self.possessive(k).unwrap_or(k);
                        let k = if self.punct(k, b'\'') { k + 1 } else { k };
                        if !matches!(self.lex(k), Some(Lex::Unit(Unit::Day, false))) {
                            return None;
                        }
                        (Feast::Valentine, k + 1)
                    }
                }
            }
            Lex::Kw(Kw::Good)
                if cap_ok(j) && matches!(self.lex(j + 1), Some(Lex::Weekday(4, false))) =>
            {
                (Feast::GoodFriday, j + 2)
            }
            Lex::Kw(Kw::Orthodox) if cap_ok(j) => {
                if matches!(self.lex(j + 1), Some(Lex::Holiday(Holiday::Easter))) {
                    let k = j + 2;
                    let k = if matches!(self.lex(k), Some(Lex::Weekday(6, false))) {
                        k + 1
                    } else {
                        k
                    };
                    (Feast::OrthodoxEaster, k)
                } else if self.kw(j + 1, Kw::Good)
                    && matches!(self.lex(j + 2), Some(Lex::Weekday(4, false)))
                {
                    (Feast::OrthodoxGoodFriday, j + 3)
                } else {
                    return None;
                }
            }
            Lex::Kw(Kw::New)
                if cap_ok(j) && matches!(self.lex(j + 1), Some(Lex::Unit(Unit::Year, false))) =>
            {
                // "New Year's Eve", "new years eve", "New Year's Day".
                let mut k = j + 2;
                if let Some(p) = self.possessive(k) {
                    k = p;
                } else if self.punct(k, b'\'') {
                    k += 1;
                }
                if self.kw(k, Kw::Eve) {
                    (Feast::NewYearsEve, k + 1)
                } else if matches!(self.lex(k), Some(Lex::Unit(Unit::Day, false))) {
                    (Feast::NewYearsDay, k + 1)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        let (y, k) = self.holiday_year(k);
        Some((Node::Holiday { h: feast, y }, k))
    }

    /// The year after a holiday's name: "Easter 2024", "Christmas, 2023", "Black Friday of
    /// 2017".
    fn holiday_year(&self, k: usize) -> (Option<i32>, usize) {
        let at = if self.kw(k, Kw::Of) {
            k + 1
        } else {
            self.skip_punct(k, b',')
        };
        match self.year(at, false) {
            Some((y, e)) => (Some(y), e),
            None => (None, k),
        }
    }

    // ----- durations -----

    /// What [`Parser::duration_expr`] can begin with.
    const DURATION_EXPR: Starts = Starts::at(
        C::UNIT
            .or(C::kws(&[
                Kw::More,
                Kw::Less,
                Kw::Over,
                Kw::At,
                Kw::Up,
                Kw::About,
                Kw::Around,
                Kw::Nearly,
            ]))
            .or(C::VAGUE_QUANTITY)
            .or(C::DURATION),
    )
    // "over the years".
    .or_the(C::UNIT)
    .after_number(Self::AFTER_DURATION_NUMBER);

    /// A duration on its own, with what may follow: "50 days", "a 50-day deadline", "a 48-hour
    /// ultimatum", "more than seven weeks", "about two weeks".
    fn duration_expr(&self, i: usize) -> Rule {
        // "for weeks", "in years", "over months": an unstated number of units.
        if let Some((unit, k)) = self.plural_unit(i)
            && i.checked_sub(1)
                .is_some_and(|p| self.kw_any(p, &[Kw::For, Kw::In, Kw::Over, Kw::During]))
        {
            return Some((Node::VagueDur { unit, marker: None }, k));
        }
        // "over the years", "through the decades".
        if self.kw(i, Kw::The)
            && let Some((unit, k)) = self.plural_unit(i + 1)
            && i.checked_sub(1)
                .is_some_and(|p| self.kw_any(p, &[Kw::Over, Kw::Through]))
            && matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
        {
            return Some((Node::VagueDur { unit, marker: None }, k));
        }
        // "years ago": some time back; "decades of war": an unstated number of units.
        if let Some((unit, k)) = self.plural_unit(i) {
            if self.kw(k, Kw::Ago) {
                return Some((
                    Node::Vague {
                        value: "PAST_REF",
                        marker: None,
                    },
                    k + 1,
                ));
            }
            if self.kw(k, Kw::Of)
                && matches!(
                    unit,
                    Unit::Day
                        | Unit::Week
                        | Unit::Month
                        | Unit::Year
                        | Unit::Decade
                        | Unit::Century
                )
            {
                return Some((Node::VagueDur { unit, marker: None }, k));
            }
        }
        let (modifier, j) = self.dur_modifier(i);
        if let Some(k) = self.vague_quantity(j)
            && let Some((unit, k2)) = self.unit_word(k)
        {
            if self.kw_any(k2, &[Kw::Ago, Kw::Later, Kw::Earlier]) {
                return None;
            }
            return Some((Node::VagueDur { unit, marker: None }, k2));
        }
        let (dur, k) = self.duration(j)?;
        if self.kw_any(k, &[Kw::Ago, Kw::Hence, Kw::Later, Kw::Earlier]) {
            return None;
        }
        if modifier.is_none()
            && let Some(next) = self.lex(k)
            && matches!(next, Lex::Kw(Kw::Deadline | Kw::Ultimatum))
        {
            return Some((
                Node::Dur {
                    dur,
                    anchor: Some(DeadlineMarker::Ultimatum),
                    modifier: None,
                },
                k + 1,
            ));
        }
        Some((
            Node::Dur {
                dur,
                anchor: None,
                modifier,
            },
            k,
        ))
    }

    fn dur_modifier(&self, i: usize) -> (Option<Modifier>, usize) {
        match self.lex(i) {
            Some(Lex::Kw(Kw::More)) if self.kw(i + 1, Kw::Than) => {
                (Some(Modifier::MoreThan), i + 2)
            }
            Some(Lex::Kw(Kw::Less)) if self.kw(i + 1, Kw::Than) => {
                (Some(Modifier::LessThan), i + 2)
            }
            Some(Lex::Kw(Kw::Over)) => (Some(Modifier::MoreThan), i + 1),
            Some(Lex::Kw(Kw::At)) if self.kw(i + 1, Kw::Least) => (Some(Modifier::MoreThan), i + 2),
            Some(Lex::Kw(Kw::Up)) if self.kw(i + 1, Kw::To) => (Some(Modifier::LessThan), i + 2),
            Some(Lex::Kw(Kw::About | Kw::Around | Kw::Nearly)) => (Some(Modifier::Approx), i + 1),
            _ => (None, i),
        }
    }

    /// "a few", "several", "dozens of", "many".
    fn vague_quantity(&self, i: usize) -> Option<usize> {
        match self.lex(i)? {
            Lex::Kw(Kw::A) if self.kw(i + 1, Kw::Few) => Some(i + 2),
            Lex::Kw(Kw::Few | Kw::Several) => Some(i + 1),
            Lex::Kw(Kw::Dozens) if self.kw(i + 1, Kw::Of) => Some(i + 2),
            Lex::Kw(Kw::Many) => Some(i + 1),
            _ => None,
        }
    }

    /// A number, including "a"/"an" before a unit.
    fn number_at(&self, i: usize) -> Option<(f64, usize)> {
        number::number(self.toks, i)
    }

    /// A unit word: "days", "day", "hrs", "second". Returns the unit and the index after it.
    fn unit_word(&self, i: usize) -> Option<(Unit, usize)> {
        match self.lex(i)? {
            Lex::Unit(u, _) => Some((u, i + 1)),
            Lex::Ord(2) if self.word_is(i, "second") => Some((Unit::Second, i + 1)),
            _ => None,
        }
    }

    /// An exact duration: "50 days", "a week", "10 to 12 days", "10-12 days", "50-day",
    /// "two and a half years", "an hour and a half", "1.5 hours", "half an hour", "a fortnight",
    /// "2 years and 3 months".
    fn duration(&self, i: usize) -> DurationAt {
        if let Some((at, found)) = self.last_duration.get()
            && at == i
        {
            return found;
        }
        let found = self.duration_uncached(i);
        self.last_duration.set(Some((i, found)));
        found
    }

    /// [`Parser::duration`], computed.
    fn duration_uncached(&self, i: usize) -> DurationAt {
        let (first, mut j) = self.simple_duration(i)?;
        let mut parts = vec![first];
        // Composite: "2 years and 3 months", "1 year, 2 days, 3 hours and 4 seconds".
        loop {
            let k = if self.punct(j, b',') { j + 1 } else { j };
            let k = self.skip(k, Kw::And);
            match self.simple_duration(k) {
                Some((p, k2))
                    if p.lo == p.hi
                        && parts.iter().all(|q| q.lo == q.hi)
                        && p.unit < parts[parts.len() - 1].unit =>
                {
                    parts.push(p);
                    j = k2;
                }
                _ => break,
            }
        }
        // "2 hours ten", "1 hour and thirty": minutes after hours.
        if let Some(last) = parts.last()
            && last.unit == Unit::Hour
            && last.lo == last.hi
        {
            let k = self.skip(j, Kw::And);
            if let Some((m, k2)) = self.number_at(k)
                && m < 60.0
                && self.unit_word(k2).is_none()
                && !self.kw(k2, Kw::Half)
                && !matches!(self.lex(k2), Some(Lex::Kw(Kw::A)))
            {
                parts.push(Raw {
                    unit: Unit::Minute,
                    lo: m,
                    hi: m,
                });
                j = k2;
            }
        }
        Some((combine(&parts)?, j))
    }

    /// One quantity with its unit.
    fn simple_duration(&self, i: usize) -> Option<(Raw, usize)> {
        // "half an hour", "half a day".
        if self.kw(i, Kw::Half) && self.kw_any(i + 1, &[Kw::A, Kw::An]) {
            let (unit, k) = self.unit_word(i + 2)?;
            return Some((
                Raw {
                    unit,
                    lo: 0.5,
                    hi: 0.5,
                },
                k,
            ));
        }
        // "a fortnight", "an hour", "a week": the article counts one.
        let (lo, hi, k) = if self.kw_any(i, &[Kw::A, Kw::An]) && self.unit_word(i + 1).is_some() {
            (1.0, 1.0, i + 1)
        } else {
            let (lo, mut k) = self.quantity(i)?;
            let mut hi = lo;
            // Ranges: "10 to 12", "10-12", "two or three".
            if (self.kw_any(k, &[Kw::To, Kw::Or])
                || (self.punct(k, b'-') && self.number_at(k + 1).is_some()))
                && let Some((h, k2)) = self.quantity(k + 1)
                && h > lo
                && self.unit_word(k2).is_some()
            {
                hi = h;
                k = k2;
            }
            (lo, hi, k)
        };
        let mut k = k;
        let mut hyphen = false;
        if self.punct(k, b'-') && self.adj(k) && self.adj(k + 1) {
            hyphen = true;
            k += 1;
        }
        if self.kw(k, Kw::Extra) || self.kw(k, Kw::More) || self.kw(k, Kw::Less) {
            // "two additional minutes", "2 extra minutes"; not "50 more prisoners".
            if self.unit_word(k + 1).is_some() {
                k += 1;
            }
        }
        let (unit, mut k) = self.unit_word(k)?;
        if unit == Unit::Weekend && !hyphen {
            return None;
        }
        // "a second round" is an ordinal; "a 30-year-old man" is an age.
        if unit == Unit::Second && self.kw_any(i, &[Kw::A, Kw::An]) {
            return None;
        }
        if (hyphen && self.punct(k, b'-') && self.word_is(k + 1, "old")) || self.word_is(k, "old") {
            return None;
        }
        // An abbreviation needs a figure before it: "5 hrs", not "a h".
        if self.text_mode()
            && matches!(self.lex(k - 1), Some(Lex::Unit(_, true)))
            && self.num(i).is_none()
            && !self.kw(i, Kw::Half)
        {
            return None;
        }
        // A text's "1 h" is an hour; a lone "h" after words is not.
        let mut lo = lo;
        let mut hi = hi;
        // "an hour and a half", "one hour and half", "a day and a half".
        if self.kw(k, Kw::And) {
            let f = if self.kw(k + 1, Kw::A) { k + 2 } else { k + 1 };
            if self.kw(f, Kw::Half) {
                lo += 0.5;
                hi += 0.5;
                k = f + 1;
            }
        }
        if hyphen && self.kw(k, Kw::Extra) {
            // "a 50-day-long" is rare; "50-day long" keeps "long" out.
        }
        Some((Raw { unit, lo, hi }, k))
    }

    /// A number with fractions: "two and a half", "1.5", "1/2", "one and three quarters".
    fn quantity(&self, i: usize) -> Option<(f64, usize)> {
        // "1/2".
        if let Some((a, _)) = self.num(i)
            && self.punct(i + 1, b'/')
            && let Some((b, _)) = self.num(i + 2)
            && self.adj(i + 1)
            && self.adj(i + 2)
            && b != 0
            && a < b
        {
            #[expect(clippy::cast_precision_loss, reason = "small fractions")]
            return Some((a as f64 / b as f64, i + 3));
        }
        let (v, k) = self.number_at(i)?;
        // "two and a half", "five and half", "one and a quarter", "one and three quarters of".
        if self.kw(k, Kw::And) {
            let f = k + 1;
            let (n_q, f2) = if self.kw(f, Kw::A) {
                (1.0, f + 1)
            } else if let Some(Lex::NumWord(n @ 1..=3)) = self.lex(f) {
                (f64::from(n), f + 1)
            } else {
                (1.0, f)
            };
            if self.kw(f2, Kw::Half) {
                let k = self.skip(f2 + 1, Kw::Of);
                let k = if self.kw_any(k, &[Kw::A, Kw::An]) {
                    k + 1
                } else {
                    k
                };
                return Some((v + 0.5, k));
            }
            if matches!(self.lex(f2), Some(Lex::Unit(Unit::Quarter, false))) {
                let k = self.skip(f2 + 1, Kw::Of);
                let k = if self.kw_any(k, &[Kw::A, Kw::An]) {
                    k + 1
                } else {
                    k
                };
                return Some((v + n_q * 0.25, k));
            }
        }
        Some((v, k))
    }

    // ----- sets -----

    /// "every Friday", "each week", "daily", "weekly", "on Fridays".
    /// "twice a", "once per", "three times a" followed by a unit: the unit and the end.
    fn times_per(&self, i: usize) -> Option<(Unit, usize)> {
        let j = if self.word_is(i, "once") || self.word_is(i, "twice") || self.word_is(i, "thrice")
        {
            i + 1
        } else {
            let (_, k) = self.number_at(i)?;
            if !self.word_is(k, "times") {
                return None;
            }
            k + 1
        };
        if !(self.kw(j, Kw::A) || self.word_is(j, "per")) || self.plural(j + 1) {
            return None;
        }
        // "once a year ago" is "a year ago".
        self.unit_word(j + 1)
            .filter(|(_, k)| !self.kw_any(*k, &[Kw::Ago, Kw::Later, Kw::Earlier]))
    }

    /// What [`Parser::set`] can begin with.
    const SET: Starts = Starts::at(
        C::kws(&[
            Kw::Every,
            Kw::Each,
            Kw::Daily,
            Kw::Weekly,
            Kw::Monthly,
            Kw::Yearly,
        ])
        .or(C::WEEKDAYS)
        // "twice a week", "three times a year".
        .or(C::OTHER)
        .or(C::NUMBER),
    );

    fn set(&self, i: usize) -> Rule {
        let value = |unit: Unit| -> Option<String> {
            Some(match unit {
                Unit::Day => "P1D".into(),
                Unit::Week => "P1W".into(),
                Unit::Month => "P1M".into(),
                Unit::Year => "P1Y".into(),
                Unit::Hour => "PT1H".into(),
                Unit::Weekend => "XXXX-WXX-WE".into(),
                _ => return None,
            })
        };
        match self.lex(i)? {
            Lex::Kw(Kw::Every | Kw::Each) => {
                if let Some((wd, k)) = self.weekday(i + 1, false) {
                    return Some((
                        Node::Set {
                            value: format!("XXXX-WXX-{}", wd + 1),
                        },
                        k,
                    ));
                }
                // "every summer".
                if let Some(Lex::Season(season)) = self.lex(i + 1) {
                    return Some((
                        Node::Set {
                            value: format!("XXXX-{}", crate::calendar::season_code(season)),
                        },
                        i + 2,
                    ));
                }
                // "every two weeks", "every 3 days".
                if let Some((n, k)) = self.number_at(i + 1)
                    && !self.kw(i + 1, Kw::A)
                    && let Some((unit, k2)) = self.unit_word(k)
                    && let Some(n) = whole(n).filter(|n| *n >= 1)
                {
                    let value = match unit {
                        Unit::Day => format!("P{n}D"),
                        Unit::Week => format!("P{n}W"),
                        Unit::Fortnight => format!("P{}W", n * 2),
                        Unit::Month => format!("P{n}M"),
                        Unit::Year => format!("P{n}Y"),
                        Unit::Hour => format!("PT{n}H"),
                        Unit::Minute => format!("PT{n}M"),
                        _ => return None,
                    };
                    return Some((Node::Set { value }, k2));
                }
                let (unit, k) = self.unit_word(i + 1)?;
                if self.plural(i + 1) {
                    return None;
                }
                Some((
                    Node::Set {
                        value: value(unit)?,
                    },
                    k,
                ))
            }
            // "twice a week", "once a month", "three times a year", "twice per day".
            _ if self.times_per(i).is_some() => {
                let (unit, k) = self.times_per(i)?;
                Some((
                    Node::Set {
                        value: value(unit)?,
                    },
                    k,
                ))
            }
            Lex::Kw(Kw::Daily) => Some((
                Node::Set {
                    value: "P1D".into(),
                },
                i + 1,
            )),
            Lex::Kw(Kw::Weekly) => Some((
                Node::Set {
                    value: "P1W".into(),
                },
                i + 1,
            )),
            Lex::Kw(Kw::Monthly) => Some((
                Node::Set {
                    value: "P1M".into(),
                },
                i + 1,
            )),
            Lex::Kw(Kw::Yearly) => Some((
                Node::Set {
                    value: "P1Y".into(),
                },
                i + 1,
            )),
            Lex::Weekdays(wd) if !self.text_mode() || self.cap(i) => {
                // "on Fridays"; "3 fridays from now" is the relative rule's.
                if i.checked_sub(1)
                    .is_some_and(|p| self.number_at(p).is_some())
                {
                    return None;
                }
                Some((
                    Node::Set {
                        value: format!("XXXX-WXX-{}", wd + 1),
                    },
                    i + 1,
                ))
            }
            _ => None,
        }
    }
}

/// A duration before normalisation.
#[derive(Debug, Clone, Copy)]
struct Raw {
    unit: Unit,
    lo: f64,
    hi: f64,
}

fn rel(unit: Unit, n: i32) -> Node {
    Node::Rel { unit, n, tod: None }
}

fn whole(v: f64) -> Option<i64> {
    (v.fract() == 0.0 && (0.0..1e9).contains(&v)).then(|| {
        #[expect(clippy::cast_possible_truncation, reason = "checked whole and small")]
        let n = v as i64;
        n
    })
}

fn short_year(v: u64) -> i32 {
    let v = i32::try_from(v % 100).unwrap_or(0);
    if v < 50 { 2000 + v } else { 1900 + v }
}

fn unit_of(unit: DurationUnit) -> Unit {
    match unit {
        DurationUnit::Second => Unit::Second,
        DurationUnit::Minute => Unit::Minute,
        DurationUnit::Hour => Unit::Hour,
        DurationUnit::Day => Unit::Day,
        DurationUnit::Week => Unit::Week,
        DurationUnit::Month => Unit::Month,
        DurationUnit::Year => Unit::Year,
    }
}

/// Keywords that are a time expression on their own ("today", "soon", "EOM").
fn standalone(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::Now
            | Kw::Today
            | Kw::Tonight
            | Kw::Yesterday
            | Kw::Tomorrow
            | Kw::Overnight
            | Kw::Recently
            | Kw::Soon
            | Kw::Currently
            | Kw::Daily
            | Kw::Weekly
            | Kw::Monthly
            | Kw::Yearly
            | Kw::Eom
            | Kw::Eoy
            | Kw::Eod
            | Kw::Bom
            | Kw::Boy
    )
}

/// Seconds in a unit, for combining and splitting durations (a month is 30 days, a year 365).
fn seconds(unit: DurationUnit) -> f64 {
    match unit {
        DurationUnit::Second => 1.0,
        DurationUnit::Minute => 60.0,
        DurationUnit::Hour => 3_600.0,
        DurationUnit::Day => 86_400.0,
        DurationUnit::Week => 604_800.0,
        DurationUnit::Month => 2_592_000.0,
        DurationUnit::Year => 31_536_000.0,
    }
}

fn smaller(unit: DurationUnit) -> Option<DurationUnit> {
    Some(match unit {
        DurationUnit::Second => return None,
        DurationUnit::Minute => DurationUnit::Second,
        DurationUnit::Hour => DurationUnit::Minute,
        DurationUnit::Day => DurationUnit::Hour,
        DurationUnit::Week => DurationUnit::Day,
        DurationUnit::Month => DurationUnit::Day,
        DurationUnit::Year => DurationUnit::Month,
    })
}

/// How many `to` units make one `from` unit: 12 months to a year, otherwise by seconds.
fn factor(from: DurationUnit, to: DurationUnit) -> f64 {
    if from == DurationUnit::Year && to == DurationUnit::Month {
        12.0
    } else {
        seconds(from) / seconds(to)
    }
}

/// A unit word as a duration unit and a multiplier.
fn dur_unit(unit: Unit) -> Option<(DurationUnit, f64)> {
    Some(match unit {
        Unit::Second => (DurationUnit::Second, 1.0),
        Unit::Minute => (DurationUnit::Minute, 1.0),
        Unit::Hour => (DurationUnit::Hour, 1.0),
        Unit::Day => (DurationUnit::Day, 1.0),
        Unit::Week => (DurationUnit::Week, 1.0),
        Unit::Fortnight => (DurationUnit::Week, 2.0),
        Unit::Month => (DurationUnit::Month, 1.0),
        Unit::Quarter => (DurationUnit::Month, 3.0),
        Unit::Year => (DurationUnit::Year, 1.0),
        Unit::Decade => (DurationUnit::Year, 10.0),
        Unit::Century => (DurationUnit::Year, 100.0),
        Unit::Weekend => (DurationUnit::Day, 2.0),
    })
}

fn make_dur(unit: Unit, lo: f64, hi: f64) -> Option<Dur> {
    combine(&[Raw { unit, lo, hi }])
}

/// Sums the parts in the smallest unit they name, then steps down a unit until the amount is
/// whole: "1.5 hours" is 90 minutes, "2 years and 3 months" 27 months.
fn combine(parts: &[Raw]) -> Option<Dur> {
    let units: Vec<(DurationUnit, f64, f64)> = parts
        .iter()
        .map(|p| {
            let (u, mult) = dur_unit(p.unit)?;
            Some((u, p.lo * mult, p.hi * mult))
        })
        .collect::<Option<_>>()?;
    let mut target = units.iter().map(|u| u.0).min()?;
    loop {
        let ok = units.iter().all(|(u, _, _)| {
            let f = factor(*u, target);
            (f - f.round()).abs() < 1e-9
        });
        if ok {
            break;
        }
        target = smaller(target)?;
    }
    loop {
        let lo: f64 = units.iter().map(|(u, lo, _)| lo * factor(*u, target)).sum();
        let hi: f64 = units.iter().map(|(u, _, hi)| hi * factor(*u, target)).sum();
        if (lo - lo.round()).abs() < 1e-6 && (hi - hi.round()).abs() < 1e-6 {
            if !(0.0..4e9).contains(&lo) || !(0.0..4e9).contains(&hi) {
                return None;
            }
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "range checked"
            )]
            return Some(Dur {
                unit: target,
                lo: lo.round() as u32,
                hi: hi.round() as u32,
            });
        }
        target = smaller(target)?;
    }
}

/// Whether a tense cue word.
pub(crate) fn cue(lex: Lex) -> Option<Cue> {
    match lex {
        Lex::Cue(c) => Some(c),
        Lex::Kw(
            Kw::Last
            | Kw::Earlier
            | Kw::Ago
            | Kw::Yesterday
            | Kw::Previous
            | Kw::Since
            | Kw::Recently,
        ) => Some(Cue::Past),
        Lex::Kw(
            Kw::Next
            | Kw::Until
            | Kw::By
            | Kw::Coming
            | Kw::Upcoming
            | Kw::Tomorrow
            | Kw::Deadline
            | Kw::Ultimatum
            | Kw::Ahead
            | Kw::Within
            | Kw::Soon,
        ) => Some(Cue::Future),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    //! The first-token index against the grammar without it.

    use super::*;
    use crate::starts::Lead;

    type Entry = (&'static str, Starts, fn(&Parser<'_>, usize) -> Rule);

    /// Every rule the index gates, with its declaration.
    macro_rules! rules {
        ($($name:ident: $starts:ident),* $(,)?) => {
            &[$((
                stringify!($name),
                Parser::$starts,
                |p: &Parser<'_>, i: usize| p.$name(i),
            )),*]
        };
    }

    const RULES: &[Entry] = rules!(
        prefixed: PREFIXED,
        clock_first: CLOCK_FIRST,
        duration_expr: DURATION_EXPR,
        set: SET,
        date_like: DATE_LIKE,
        part: PART,
        season: SEASON,
        quarter: QUARTER,
        fiscal: FISCAL,
        century: CENTURY,
        month_first: MONTH_FIRST,
        day_first: DAY_FIRST,
        day_range: DAY_RANGE,
        numeric: NUMERIC,
        month_year: MONTH_YEAR,
        weekday_expr: WEEKDAY_EXPR,
        decade: DECADE,
        nth_weekday_of: NTH_WEEKDAY_OF,
        day_of: DAY_OF,
        week_of: WEEK_OF,
        lone_year: LONE_YEAR,
        month_alone: MONTH_ALONE,
        ordinal_alone: ORDINAL_ALONE,
        ides: IDES,
        last_week_of: LAST_WEEK_OF,
        nth_week_of: NTH_WEEK_OF,
        last_week_of_month: LAST_WEEK_OF_MONTH,
        deictic: DEICTIC,
        rel_unit: REL_UNIT,
        ago: AGO,
        earlier_this: EARLIER_THIS,
        vague_period: VAGUE_PERIOD,
        that_unit: THAT_UNIT,
        year_ago_unit: YEAR_AGO_UNIT,
        holiday_named: HOLIDAY_NAMED,
        holiday_table: HOLIDAY_TABLE,
    );

    /// The crate's test and bench texts: the fixtures of the repository, the wire report, every
    /// string literal of the crate's tests and benches (the phrases of the case tables), and the
    /// peer corpora when they are there.
    fn corpus() -> Vec<String> {
        let crate_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        let mut files = vec![crate_dir.join("tests/it/fixtures/wire-report.txt")];
        if let Ok(dir) = std::fs::read_dir(crate_dir.join("../../fixtures/claims")) {
            let mut claims: Vec<_> = dir.flatten().map(|e| e.path()).collect();
            claims.sort();
            files.extend(claims);
        }
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(!text.is_empty(), "{} is missing", file.display());
            texts.push(text);
        }
        for source in [
            "tests/it/cases.rs",
            "tests/it/peer.rs",
            "tests/it/tagging.rs",
            "benches/tag.rs",
        ] {
            let code = std::fs::read_to_string(crate_dir.join(source)).unwrap_or_default();
            let literals = string_literals(&code);
            assert!(literals.len() > 10, "{source} has no phrases");
            texts.extend(literals.iter().map(|l| l.to_lowercase()));
            texts.extend(literals);
        }
        // The peer corpora beside the checkout, which the integration tests also read: every
        // JSON string of them, phrases among them.
        for peer in [
            "duckling-news-dev.jsonl",
            "duckling-numeral-dev.jsonl",
            "duckling-duration-dev.jsonl",
        ] {
            if let Ok(lines) =
                std::fs::read_to_string(crate_dir.join("../../../shared/peer").join(peer))
            {
                texts.extend(string_literals(&lines));
            }
        }
        texts
    }

    /// The contents of the `"..."` literals of Rust source, with `\"` and `\\` unescaped.
    fn string_literals(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = code.chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut lit = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => {
                        if let Some(e) = chars.next() {
                            lit.push(if e == 'n' { '\n' } else { e });
                        }
                    }
                    _ => lit.push(c),
                }
            }
            out.push(lit);
        }
        out
    }

    /// Every indexed rule at every token of the corpus, in both modes: where the index skips
    /// the rule, the rule must not match; and the parser finds the same with and without it.
    #[test]
    fn index_skips_only_rules_that_cannot_match() {
        let texts = corpus();
        let mut skipped = 0usize;
        for text in &texts {
            let toks = crate::token::tokenize(text);
            for mode in [Mode::Text, Mode::Phrase] {
                let parser = Parser::new(text, &toks, mode);
                for i in 0..=toks.len() {
                    let lead = Lead::new(parser.kind(i), parser.kind(i + 1));
                    for (name, starts, rule) in RULES {
                        if lead.admits(*starts) {
                            continue;
                        }
                        skipped += 1;
                        let found = rule(&parser, i);
                        assert!(
                            found.is_none(),
                            "{name} matches at token {i} ({:?}) of {mode:?} {text:?}: {found:?}",
                            parser.word(i)
                        );
                    }
                }
                let plain = Parser {
                    indexed: false,
                    ..Parser::new(text, &toks, mode)
                };
                assert_eq!(parser.find_all(), plain.find_all(), "{mode:?} {text:?}");
            }
        }
        // The index must actually skip most attempts, or it has been widened to nothing.
        assert!(skipped > 100_000, "only {skipped} skipped");
    }

    /// The parser's loop as it was before words were passed over ahead of their classes:
    /// every token's lead first, then [`Parser::may_start`].
    fn find_all_reference(parser: &Parser<'_>) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < parser.toks.len() {
            let lead = parser.lead(i);
            if lead.admits(Parser::EXPR)
                && parser.may_start(i)
                && let Some((node, last)) = parser.expr(i, lead)
                && last > i
            {
                out.push(Found {
                    first: i,
                    last,
                    node,
                });
                i = last;
                continue;
            }
            i += 1;
        }
        out
    }

    /// [`Parser::spelled_start`] as one disjunction, before it looked at the length first.
    fn spelled_start_reference(p: &Parser<'_>, i: usize) -> bool {
        let word = p.word(i);
        if word.len() > 8 {
            return false;
        }
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        (matches!(p.kind(i + 1), Some(Kind::Num { .. })) && (is("q") || is("h")))
            || (p.kw(i + 1, Kw::Now) && (is("right") || is("just")))
            || ((p.cap(i) || !p.text_mode()) && is("st"))
            || is("noon")
            || is("midday")
            || is("midnight")
            || (["twice", "once", "thrice"].iter().any(|w| is(w))
                && (p.kw(i + 1, Kw::A) || p.word_is(i + 1, "per")))
            || (is("that")
                && (matches!(p.lex(i + 1), Some(Lex::Unit(..))) || p.word_is(i + 1, "same")))
    }

    /// The fast paths of the parser against their slow paths, on the corpus in both modes:
    /// the loop that passes plain words over early and asks [`Parser::may_start`] before it
    /// computes a token's lead finds what the loop without either found, the
    /// spelled words are tested by length as they were all at once, and the remembered
    /// duration is the computed one, whichever order rules ask in, and the window of tokens
    /// after a function word is the five indices after it.
    #[test]
    fn fast_paths_agree_with_the_slow_paths() {
        let mut durations = 0usize;
        for text in &corpus() {
            let toks = crate::token::tokenize(text);
            for mode in [Mode::Text, Mode::Phrase] {
                let parser = Parser::new(text, &toks, mode);
                assert_eq!(
                    parser.find_all(),
                    find_all_reference(&Parser::new(text, &toks, mode)),
                    "{mode:?} {text:?}"
                );
                for i in 0..=toks.len() {
                    assert_eq!(
                        parser.spelled_start(i),
                        spelled_start_reference(&parser, i),
                        "{i} ({:?}) of {mode:?} {text:?}",
                        parser.word(i)
                    );
                    // The window of five tokens, as the range of indices it was.
                    let by_index =
                        (i + 1..=i + 5).any(|j| toks.get(j).is_some_and(|t| parser.timeish(t)));
                    assert_eq!(parser.time_word_follows(i), by_index, "{i} of {text:?}");
                }
                let computed: Vec<_> = (0..=toks.len() + 1)
                    .map(|i| parser.duration_uncached(i))
                    .collect();
                durations += computed.iter().flatten().count();
                let fresh = Parser::new(text, &toks, mode);
                for (i, expected) in computed.iter().enumerate().rev() {
                    assert_eq!(fresh.duration(i), *expected, "{i} of {text:?}");
                    assert_eq!(fresh.duration(i), *expected, "{i} again of {text:?}");
                    let next = (i + 1).min(toks.len());
                    assert_eq!(fresh.duration(next), computed[next], "{next} of {text:?}");
                }
            }
        }
        assert!(durations > 1_000, "only {durations} durations");
    }

    /// Every word [`Parser::spelled_start`] spells passes its first-letter table, in any case,
    /// and begins an expression where it should.
    #[test]
    fn spelled_words_pass_the_first_letter_table() {
        for phrase in [
            "q3",
            "H1",
            "St. Patrick",
            "just now",
            "noon",
            "Once a",
            "that day",
            "right now",
            "twice per",
            "MIDDAY",
            "midnight",
            "thrice a",
        ] {
            let toks = crate::token::tokenize(phrase);
            let parser = Parser::new(phrase, &toks, Mode::Phrase);
            assert!(parser.spelled_start(0), "{phrase:?}");
            assert!(spelled_start_reference(&parser, 0), "{phrase:?}");
        }
        for word in SPELLED {
            let toks = crate::token::tokenize(word);
            let parser = Parser::new(word, &toks, Mode::Phrase);
            let token = toks.first().copied();
            assert!(
                token.is_some_and(|t| SPELLED_FIRST[t.end - t.start]
                    & 1 << (word.as_bytes()[0] - b'a')
                    != 0),
                "{word:?}"
            );
            assert_eq!(
                parser.spelled_start(0),
                spelled_start_reference(&parser, 0),
                "{word:?}"
            );
        }
    }

    /// The words that rules compare by spelling begin the rules that test them.
    #[test]
    fn spelled_words_are_in_their_rules_classes() {
        let cases: &[(&str, Starts)] = &[
            ("noon", Parser::CLOCK_FIRST),
            ("midday", Parser::CLOCK_FIRST),
            ("midnight", Parser::CLOCK_FIRST),
            ("right", Parser::DEICTIC),
            ("just", Parser::DEICTIC),
            ("that", Parser::THAT_UNIT),
            ("q", Parser::QUARTER),
            ("h", Parser::QUARTER),
            ("once", Parser::SET),
            ("twice", Parser::SET),
            ("thrice", Parser::SET),
            ("the same", Parser::DEICTIC),
            ("the weekend", Parser::DEICTIC),
        ];
        for (words, starts) in cases {
            let toks = crate::token::tokenize(words);
            let lead = Lead::new(toks.first().map(|t| t.kind), toks.get(1).map(|t| t.kind));
            assert!(lead.admits(*starts), "{words:?}");
        }
    }

    /// Every holiday of the table begins as [`Parser::HOLIDAY_TABLE`] says, with or without
    /// "the".
    #[test]
    fn every_feast_is_in_the_holiday_table_classes() {
        let mut outside = Vec::new();
        for (words, _) in FEASTS {
            let first = words.first().copied().unwrap_or_default();
            for text in [first.to_owned(), format!("the {first}")] {
                let toks = crate::token::tokenize(&text);
                let lead = Lead::new(toks.first().map(|t| t.kind), toks.get(1).map(|t| t.kind));
                if !lead.admits(Parser::HOLIDAY_TABLE) {
                    outside.push(text);
                }
            }
        }
        assert!(outside.is_empty(), "{outside:?}");
    }
}
