//! Time expressions in news text, resolved against the publication date.
//!
//! [`tag`] finds every English time expression in a text and resolves it against a reference
//! date (the day the article was published); [`resolve`] does the same for one phrase. [`parse`]
//! is the first half of [`tag`], for a caller who reads one text under several [`Options`]: the
//! text is split and its expressions found once, then [`Parsed::tag`] resolves them per reading. Each
//! [`TimeExpr`] carries its byte span, a TIMEX3-style `value` (`2025-07-23`, `2025-W29`,
//! `2025-07`, `P50D`, `PAST_REF`), an inclusive calendar [`DateRange`] with its [`Grain`], and for
//! durations and deadlines a [`DurationValue`] and a [`DeadlineMarker`].
//!
//! The rules follow news usage rather than the future-leaning convention of general taggers:
//!
//! - A bare weekday or a date without a year in a report of past events means the latest one on
//!   or before the reference day; in a future-oriented context ("will", "by", "until",
//!   "deadline", "next") it means the next one. [`Options::prefer`] can force either reading.
//! - A deadline is anchored to when it was issued: "within 50 days" on 24 July 2025 is due on
//!   12 September 2025, and [`DurationValue::due_from`] re-anchors it to an issue date that is
//!   itself an interval ("last week") to give a due interval rather than a guessed day.
//! - What the text does not determine stays `None` ("a week later" without its anchor, "in the
//!   coming days"); vague expressions are marked [`TimeExpr::vague`].
//! - In [`tag`], anaphoric expressions ("the previous day", "the same day", "a year earlier",
//!   "later that day", "the following week") step from the last date the text named at the
//!   same grain or finer. With none, a step back or none ("the day before", "the same day") is
//!   read from the reference date, and a step forward ("two days later") stays `None`.
//! - Holidays are computed: Easter and its feasts by the computus, Hebrew holidays exactly by
//!   the arithmetic Hebrew calendar (starting on the eve, as Duckling does), Islamic holidays by
//!   the tabular Islamic calendar (observed dates can be a day earlier), and Chinese New Year
//!   from a table for 1950 to 2050 (`None` outside it).
//!
//! The crate is pure: no IO, no clock. Lexicons are built once and tagging allocates only the
//! token buffer and the results.
//!
//! ```
//! use chrono::NaiveDate;
//! use claimtrack_time::{Options, tag};
//!
//! let published = NaiveDate::from_ymd_opt(2025, 7, 24).unwrap();
//! let found = tag("On Wednesday, Russia said talks would resume.", published, &Options::default());
//! assert_eq!(found[0].text, "Wednesday");
//! assert_eq!(found[0].value.as_deref(), Some("2025-07-23"));
//! ```

mod calendar;
mod context;
mod error;
mod grammar;
mod lexicon;
mod lunar;
mod number;
mod resolve;
mod starts;
mod token;

use std::fmt;

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

pub use error::{Error, Result};
pub use number::parse_number;

/// Which way an expression without its own direction ("Friday", "May 16") is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// Infer from the words around the expression; a report of past events reads backwards.
    #[default]
    Auto,
    /// Always the latest one on or before the reference day.
    Past,
    /// Always the next one after the reference day.
    Future,
}

impl std::str::FromStr for Prefer {
    type Err = Error;

    fn from_str(s: &str) -> Result<Prefer> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Prefer::Auto),
            "past" => Ok(Prefer::Past),
            "future" => Ok(Prefer::Future),
            _ => Err(Error::UnknownPrefer(s.to_owned())),
        }
    }
}

/// How [`tag`] and [`resolve`] read the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Options {
    pub prefer: Prefer,
}

/// An inclusive range of calendar days; `start <= end` always holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DateRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DateRange {
    /// The range between two days, in whichever order they come.
    pub fn new(a: NaiveDate, b: NaiveDate) -> DateRange {
        DateRange {
            start: a.min(b),
            end: a.max(b),
        }
    }

    /// A single day.
    pub fn day(day: NaiveDate) -> DateRange {
        DateRange {
            start: day,
            end: day,
        }
    }

    /// Whether `day` falls inside the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}..{}", self.start, self.end)
        }
    }
}

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExprType {
    /// A calendar point at some grain: a day, a week, a month, a year.
    Date,
    /// A stretch between two points: "July 13-15", "since February", "early August".
    Interval,
    /// An amount of time: "50 days", "within 50 days", "a 48-hour ultimatum".
    Duration,
    /// A recurrence: "every Friday", "weekly".
    Set,
}

/// The granularity of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Season,
    Half,
    Year,
    Decade,
    Century,
}

/// The unit of a [`DurationValue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl DurationUnit {
    /// The unit as a [`Grain`].
    pub fn grain(self) -> Grain {
        match self {
            DurationUnit::Second => Grain::Second,
            DurationUnit::Minute => Grain::Minute,
            DurationUnit::Hour => Grain::Hour,
            DurationUnit::Day => Grain::Day,
            DurationUnit::Week => Grain::Week,
            DurationUnit::Month => Grain::Month,
            DurationUnit::Year => Grain::Year,
        }
    }
}

/// An amount of time, possibly a range: "10 to 12 days" is `Day, 10, 12`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DurationValue {
    pub unit: DurationUnit,
    pub min: u32,
    pub max: u32,
}

impl DurationValue {
    /// When a time limit of this length runs out if it was set during `issued`: from
    /// `issued.start + min` to `issued.end + max`. Hours, minutes and seconds round up to whole
    /// days, so "within 72 hours" issued on the 1st is due on the 4th. A date past the calendar's
    /// end saturates at [`NaiveDate::MAX`].
    pub fn due_from(&self, issued: DateRange) -> DateRange {
        DateRange::new(
            add_duration(issued.start, self.unit, self.min),
            add_duration(issued.end, self.unit, self.max),
        )
    }

    /// The TIMEX3 value: `P50D`, `PT72H`; `None` for a range such as "10 to 12 days".
    pub fn timex(&self) -> Option<String> {
        (self.min == self.max).then(|| timex_duration(self.unit, self.min))
    }
}

/// Adds `n` units to a day, rounding sub-day units up to whole days and saturating at the end of
/// the calendar.
pub(crate) fn add_duration(day: NaiveDate, unit: DurationUnit, n: u32) -> NaiveDate {
    let days = |d: u64| day.checked_add_days(Days::new(d));
    let added = match unit {
        DurationUnit::Second => days(u64::from(n).div_ceil(86_400)),
        DurationUnit::Minute => days(u64::from(n).div_ceil(1_440)),
        DurationUnit::Hour => days(u64::from(n).div_ceil(24)),
        DurationUnit::Day => days(u64::from(n)),
        DurationUnit::Week => days(u64::from(n) * 7),
        DurationUnit::Month => day.checked_add_months(Months::new(n)),
        DurationUnit::Year => n
            .checked_mul(12)
            .and_then(|m| day.checked_add_months(Months::new(m))),
    };
    added.unwrap_or(NaiveDate::MAX)
}

pub(crate) fn timex_duration(unit: DurationUnit, n: u32) -> String {
    match unit {
        DurationUnit::Second => format!("PT{n}S"),
        DurationUnit::Minute => format!("PT{n}M"),
        DurationUnit::Hour => format!("PT{n}H"),
        DurationUnit::Day => format!("P{n}D"),
        DurationUnit::Week => format!("P{n}W"),
        DurationUnit::Month => format!("P{n}M"),
        DurationUnit::Year => format!("P{n}Y"),
    }
}

/// The words that make an expression a time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineMarker {
    /// "within 50 days"
    Within,
    /// "in 50 days"
    In,
    /// "by Friday", "by the end of the month"
    By,
    /// "until September 1"
    Until,
    /// "no later than August 8"
    NoLaterThan,
    /// "a 48-hour ultimatum", "a 50-day deadline"
    Ultimatum,
}

/// A TIMEX3 `mod`: how the value is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    /// "early August", "the beginning of the month"
    Start,
    /// "mid-July"
    Mid,
    /// "late 2025", "the end of August"
    End,
    /// "about two weeks"
    Approx,
    /// "more than seven weeks"
    MoreThan,
    /// "less than three hours"
    LessThan,
    /// "since February"
    OnOrAfter,
    /// "until September 1"
    OnOrBefore,
}

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// Byte offset of the first byte, into the text passed in.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The expression as written: `text[start..end]`.
    pub text: String,
    #[serde(rename = "type")]
    pub ty: ExprType,
    /// TIMEX3-style value, at the granularity of the words ("five years ago" is `2020` while
    /// its interval is the day); `None` when the text does not determine it.
    pub value: Option<String>,
    /// The resolved inclusive interval; for an anchored time limit, the due interval.
    pub interval: Option<DateRange>,
    pub grain: Option<Grain>,
    /// The amount of time, for durations and relative deadlines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<DurationValue>,
    /// Set when the phrase is a time limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineMarker>,
    /// TIMEX3 `mod`.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// "in the coming days", "soon", "recently": no precise value exists.
    #[serde(default)]
    pub vague: bool,
}

/// Every time expression in `text`, in text order and non-overlapping, resolved against
/// `reference` (the publication date).
pub fn tag(text: &str, reference: NaiveDate, options: &Options) -> Vec<TimeExpr> {
    parse(text).tag(reference, options)
}

/// A text split into tokens and its time expressions found, not yet resolved: [`Parsed::tag`]
/// resolves them as [`tag`] would, so that a caller who reads one text under several
/// [`Options`] (a report of the past, then a reading from context) parses it once.
#[derive(Debug, Clone)]
pub struct Parsed<'a> {
    text: &'a str,
    tokens: Vec<token::Token>,
    found: Vec<grammar::Found>,
}

/// Parses `text` for [`Parsed::tag`].
pub fn parse(text: &str) -> Parsed<'_> {
    let tokens = token::tokenize(text);
    let found = grammar::Parser::new(text, &tokens, grammar::Mode::Text).find_all();
    Parsed {
        text,
        tokens,
        found,
    }
}

impl Parsed<'_> {
    /// The time expressions of the text, resolved against `reference`: the same as [`tag`].
    pub fn tag(&self, reference: NaiveDate, options: &Options) -> Vec<TimeExpr> {
        // Dates named so far, for "the previous day" and "a year earlier".
        let mut anchors: Vec<(DateRange, Grain)> = Vec::new();
        self.found
            .iter()
            .map(|found| {
                let e = resolve::finish(
                    self.text,
                    &self.tokens,
                    found.clone(),
                    reference,
                    options,
                    &anchors,
                );
                if let (Some(iv), Some(g), false, None, ExprType::Date | ExprType::Interval) =
                    (e.interval, e.grain, e.vague, e.deadline, e.ty)
                {
                    anchors.push((iv, g));
                }
                e
            })
            .collect()
    }
}

/// The whole `phrase` as one expression: the expression that covers most of it, with offsets
/// into `phrase`. Phrases accept looser forms than running text ("2/15", "march first", "the
/// 1st", lower-case month and day names). `None` when the phrase holds no time expression.
pub fn resolve(phrase: &str, reference: NaiveDate, options: &Options) -> Option<TimeExpr> {
    let tokens = token::tokenize(phrase);
    grammar::Parser::new(phrase, &tokens, grammar::Mode::Phrase)
        .find_all()
        .into_iter()
        .max_by_key(|found| {
            let (start, end) = grammar::byte_span(&tokens, found);
            (end - start, std::cmp::Reverse(start))
        })
        .map(|found| resolve::finish(phrase, &tokens, found, reference, options, &[]))
}
