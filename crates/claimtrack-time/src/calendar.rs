//! Calendar arithmetic: weeks, months, quarters, seasons, movable feasts.
//!
//! Every function returns `None` rather than panicking when a date falls off the calendar.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::DateRange;
use crate::lexicon::Season;

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

pub(crate) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(m))
    } else {
        d.checked_sub_months(Months::new(m))
    }
}

/// The Monday of the ISO week holding `d`.
pub(crate) fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

pub(crate) fn week_range(monday: NaiveDate) -> Option<DateRange> {
    Some(DateRange::new(monday, add_days(monday, 6)?))
}

pub(crate) fn last_day_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    add_days(add_months(first, 1)?, -1)
}

pub(crate) fn month_range(y: i32, m: u32) -> Option<DateRange> {
    Some(DateRange::new(ymd(y, m, 1)?, last_day_of_month(y, m)?))
}

pub(crate) fn quarter_range(y: i32, q: u32) -> Option<DateRange> {
    let first = (q.checked_sub(1)?) * 3 + 1;
    Some(DateRange::new(
        ymd(y, first, 1)?,
        last_day_of_month(y, first + 2)?,
    ))
}

pub(crate) fn year_range(y: i32) -> Option<DateRange> {
    Some(DateRange::new(ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

pub(crate) fn years_range(first: i32, last: i32) -> Option<DateRange> {
    Some(DateRange::new(ymd(first, 1, 1)?, ymd(last, 12, 31)?))
}

/// Astronomical seasons with Duckling's boundaries; a winter belongs to the year it starts in.
pub(crate) fn season_range(y: i32, s: Season) -> Option<DateRange> {
    let (start, end) = match s {
        Season::Spring => (ymd(y, 3, 20)?, ymd(y, 6, 20)?),
        Season::Summer => (ymd(y, 6, 21)?, ymd(y, 9, 23)?),
        Season::Autumn => (ymd(y, 9, 23)?, ymd(y, 12, 19)?),
        Season::Winter => (ymd(y, 12, 21)?, ymd(y.checked_add(1)?, 3, 18)?),
    };
    Some(DateRange::new(start, end))
}

pub(crate) fn season_code(s: Season) -> &'static str {
    match s {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Autumn => "FA",
        Season::Winter => "WI",
    }
}

/// The season holding `d`, as (year, season).
pub(crate) fn season_of(d: NaiveDate) -> (i32, Season) {
    let y = d.year();
    let md = (d.month(), d.day());
    if md < (3, 20) {
        (y - 1, Season::Winter)
    } else if md < (6, 21) {
        (y, Season::Spring)
    } else if md < (9, 23) {
        (y, Season::Summer)
    } else if md < (12, 21) {
        (y, Season::Autumn)
    } else {
        (y, Season::Winter)
    }
}

pub(crate) const SEASONS: [Season; 4] = [
    Season::Spring,
    Season::Summer,
    Season::Autumn,
    Season::Winter,
];

/// The `n`-th (1-based) `wd` of a month; negative `n` counts from the end.
pub(crate) fn nth_weekday(y: i32, m: u32, wd: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        let first = ymd(y, m, 1)?;
        let offset = (7 + wd.num_days_from_monday() - first.weekday().num_days_from_monday()) % 7;
        let day = add_days(first, i64::from(offset) + 7 * i64::from(n - 1))?;
        (day.month() == m).then_some(day)
    } else if n < 0 {
        let last = last_day_of_month(y, m)?;
        let offset = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let day = add_days(last, -i64::from(offset) - 7 * i64::from(-n - 1))?;
        (day.month() == m).then_some(day)
    } else {
        None
    }
}

pub(crate) fn weekday(n: u8) -> Weekday {
    match n {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// Western Easter Sunday (anonymous Gregorian algorithm).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Orthodox Easter Sunday (Meeus' Julian algorithm, moved to the Gregorian calendar).
pub(crate) fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(4);
    let b = y.rem_euclid(7);
    let c = y.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    // The Julian calendar runs behind the Gregorian one by y/100 - y/400 - 2 days.
    let gap = y.div_euclid(100) - y.div_euclid(400) - 2;
    add_days(julian, i64::from(gap))
}
