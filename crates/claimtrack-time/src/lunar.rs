//! Lunar and lunisolar calendars: the Hebrew calendar, the tabular Islamic calendar and a table
//! of Chinese New Year days.
//!
//! The Hebrew calendar is computed exactly with the standard arithmetic (molad and postponement
//! rules, as in Reingold and Dershowitz, *Calendrical Calculations*). The Islamic calendar is
//! the arithmetic (tabular) one with the civil epoch (Friday 16 July 622 Julian) and the common
//! leap-year cycle (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of 30); observed dates follow
//! moon sightings and may differ from it by a day. Against Duckling's tables of observed dates
//! (1950-2050) it gives the same day for about 87% of Ramadan starts, 64% of Eids al-Fitr, half of
//! the Eids al-Adha and Islamic New Years and a third of the Mawlids; otherwise it is one day off,
//! usually late. This convention matched the dev corpus best (the astronomical epoch, a day
//! earlier, did worse) and one convention is kept for all.
//!
//! Chinese New Year needs astronomical new moons, so it comes from a table covering
//! [`CNY_FIRST`]..=[`CNY_LAST`] and is `None` outside it.
//!
//! Days are counted as in `chrono`'s `num_days_from_ce` (1 January of year 1 is day 1), which is
//! the "fixed date" (R.D.) of *Calendrical Calculations*.

use chrono::{Datelike, NaiveDate};

fn from_fixed(rd: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(rd).ok()?)
}

fn fixed(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

// ----- Hebrew calendar -----

/// R.D. of 1 Tishrei, year 1 of the Hebrew calendar.
const HEBREW_EPOCH: i64 = -1_373_427;

/// Days from the epoch to the molad of Tishrei of year `y`, with the first postponement.
fn hebrew_elapsed_days(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The remaining postponements, which keep year lengths within their legal ranges.
fn hebrew_year_length_correction(y: i64) -> i64 {
    let ny0 = hebrew_elapsed_days(y - 1);
    let ny1 = hebrew_elapsed_days(y);
    let ny2 = hebrew_elapsed_days(y + 1);
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

/// R.D. of 1 Tishrei (Rosh Hashanah) of Hebrew year `y`.
fn hebrew_new_year(y: i64) -> i64 {
    HEBREW_EPOCH + hebrew_elapsed_days(y) + hebrew_year_length_correction(y)
}

/// The Hebrew holidays, by their place in the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hebrew {
    RoshHashanah,
    YomKippur,
    Sukkot,
    SheminiAtzeret,
    SimchatTorah,
    Hanukkah,
    TuBishvat,
    Purim,
    ShushanPurim,
    Passover,
    YomHaShoah,
    YomHaatzmaut,
    LagBaOmer,
    Shavuot,
    TishaBav,
}

/// The days of a Hebrew holiday in Gregorian year `g`, as (first, last).
///
/// A Hebrew day begins at sunset, and these follow Duckling's convention of starting a holiday
/// on the civil day whose evening opens it (the "eve"): Rosh Hashanah 5779 (1-2 Tishrei, 10-11
/// September 2018) is 9..11 September; Hanukkah is the eve and the following seven days.
pub(crate) fn hebrew_days(h: Hebrew, g: i32) -> Option<(NaiveDate, NaiveDate)> {
    let g = i64::from(g);
    // The Hebrew year that begins in the autumn of `g`.
    let autumn = g + 3761;
    let tishrei1 = hebrew_new_year(autumn);
    // The spring months of `g` belong to the year before; Nisan to Elul have fixed lengths
    // (30, 29, 30, 29, 30, 29), so 1 Nisan is 177 days before the next new year.
    let nisan1 = tishrei1 - 177;
    // Adar (Adar II in a leap year) has 29 days and precedes Nisan.
    let adar1 = nisan1 - 29;
    let spring_year = autumn - 1;
    let leap = (7 * spring_year + 1).rem_euclid(19) < 7;
    let shevat1 = adar1 - if leap { 60 } else { 30 };
    let span = |first: i64, len: i64| Some((from_fixed(first)?, from_fixed(first + len)?));
    let day = |d: i64| span(d, 0);
    match h {
        Hebrew::RoshHashanah => span(tishrei1 - 1, 2),
        Hebrew::YomKippur => day(tishrei1 + 8),
        Hebrew::Sukkot => span(tishrei1 + 13, 8),
        Hebrew::SheminiAtzeret => day(tishrei1 + 20),
        Hebrew::SimchatTorah => day(tishrei1 + 21),
        Hebrew::Hanukkah => {
            let len = hebrew_new_year(autumn + 1) - tishrei1;
            // Cheshvan has 30 days in a "complete" year (355 or 385 days).
            let cheshvan = if len % 10 == 5 { 30 } else { 29 };
            span(tishrei1 + 30 + cheshvan + 23, 7)
        }
        Hebrew::TuBishvat => day(shevat1 + 13),
        Hebrew::Purim => day(adar1 + 12),
        Hebrew::ShushanPurim => day(adar1 + 13),
        Hebrew::Passover => span(nisan1 + 13, 8),
        Hebrew::YomHaShoah => day(nisan1 + 25),
        Hebrew::YomHaatzmaut => {
            // 5 Iyar, moved off the Sabbath and its eve, and since 2004 off Monday too (so
            // that Memorial Day before it does not fall on a Sunday).
            let iyar5 = nisan1 + 34;
            let shift = match from_fixed(iyar5)?.weekday() {
                chrono::Weekday::Fri => -1,
                chrono::Weekday::Sat => -2,
                chrono::Weekday::Mon if g >= 2004 => 1,
                _ => 0,
            };
            day(iyar5 + shift - 1)
        }
        Hebrew::LagBaOmer => day(nisan1 + 46),
        Hebrew::Shavuot => span(nisan1 + 63, 2),
        Hebrew::TishaBav => {
            // 9 Av; a fast that falls on the Sabbath is kept on Sunday.
            let av9 = tishrei1 - 51;
            let shift = i64::from(from_fixed(av9)?.weekday() == chrono::Weekday::Sat);
            day(av9 + shift - 1)
        }
    }
}

// ----- Islamic calendar -----

/// R.D. of 1 Muharram AH 1 (civil epoch).
const ISLAMIC_EPOCH: i64 = 227_015;

fn islamic_fixed(y: i64, m: i64, d: i64) -> i64 {
    ISLAMIC_EPOCH - 1 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 29 * (m - 1) + m / 2 + d
}

/// The Islamic holidays, as (month, day, length in days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Islamic {
    NewYear,
    Ashura,
    Mawlid,
    IsraMiraj,
    Ramadan,
    LaylatAlQadr,
    EidAlFitr,
    EidAlAdha,
    /// The last Friday of Ramadan (before Eid al-Fitr).
    JumuatulWida,
}

impl Islamic {
    fn month_day(self) -> (i64, i64) {
        match self {
            Islamic::NewYear => (1, 1),
            Islamic::Ashura => (1, 10),
            Islamic::Mawlid => (3, 12),
            Islamic::IsraMiraj => (7, 27),
            Islamic::Ramadan => (9, 1),
            Islamic::LaylatAlQadr => (9, 27),
            Islamic::EidAlFitr | Islamic::JumuatulWida => (10, 1),
            Islamic::EidAlAdha => (12, 10),
        }
    }
}

/// The occurrences of an Islamic holiday that start in Gregorian year `g`, in order (an
/// Islamic year is about 11 days shorter, so there can be two). Ramadan runs to the eve of Eid
/// al-Fitr.
pub(crate) fn islamic_days(h: Islamic, g: i32) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let (m, d) = h.month_day();
    // The Islamic year in progress at the start of `g`, give or take one.
    let approx = (i64::from(g) - 622) * 33 / 32;
    (approx - 1..=approx + 2).filter_map(move |y| {
        let mut first = islamic_fixed(y, m, d);
        if h == Islamic::JumuatulWida {
            // Back from Eid al-Fitr to the Friday before it (R.D. 1 is a Monday).
            let weekday_from_monday = (first - 1).rem_euclid(7);
            first -= (weekday_from_monday - 4 - 1).rem_euclid(7) + 1;
        }
        let last = if h == Islamic::Ramadan {
            islamic_fixed(y, 10, 1) - 1
        } else {
            first
        };
        let first = from_fixed(first)?;
        (first.year() == g).then_some((first, from_fixed(last)?))
    })
}

// ----- Chinese New Year -----

/// The first year of the Chinese New Year table.
pub(crate) const CNY_FIRST: i32 = 1950;
/// The last year of the Chinese New Year table.
pub(crate) const CNY_LAST: i32 = 2050;

/// Chinese New Year, 1950..=2050, as days after 20 January (the earliest date is 21 January).
const CNY: [u8; 101] = [
    28, 17, 7, 25, 14, 4, 23, 11, 29, 19, // 1950
    8, 26, 16, 5, 24, 13, 1, 20, 10, 28, // 1960
    17, 7, 26, 14, 3, 22, 11, 29, 18, 8, // 1970
    27, 16, 5, 24, 13, 31, 20, 9, 28, 17, // 1980
    7, 26, 15, 3, 21, 11, 30, 18, 8, 27, // 1990
    16, 4, 23, 12, 2, 20, 9, 29, 18, 6, // 2000
    25, 14, 3, 21, 11, 30, 19, 8, 27, 16, // 2010
    5, 23, 12, 2, 21, 9, 28, 17, 6, 24, // 2020
    14, 3, 22, 11, 30, 19, 8, 26, 15, 4, // 2030
    23, 12, 2, 21, 10, 28, 17, 6, 25, 13, // 2040
    3,  // 2050
];

/// Chinese New Year's Day of Gregorian year `y`, or `None` outside the table.
pub(crate) fn chinese_new_year(y: i32) -> Option<NaiveDate> {
    if !(CNY_FIRST..=CNY_LAST).contains(&y) {
        return None;
    }
    let i = usize::try_from(y.checked_sub(CNY_FIRST)?).ok()?;
    let offset = *CNY.get(i)?;
    let base = NaiveDate::from_ymd_opt(y, 1, 20)?;
    from_fixed(fixed(base) + i64::from(offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn hebrew_new_years() {
        // 1 Tishrei of 5779, 5780, 5785, 5786.
        assert_eq!(from_fixed(hebrew_new_year(5779)), Some(d(2018, 9, 10)));
        assert_eq!(from_fixed(hebrew_new_year(5780)), Some(d(2019, 9, 30)));
        assert_eq!(from_fixed(hebrew_new_year(5785)), Some(d(2024, 10, 3)));
        assert_eq!(from_fixed(hebrew_new_year(5786)), Some(d(2025, 9, 23)));
    }

    /// First days across a century, checked against published calendars (eve convention).
    #[test]
    fn hebrew_holidays_across_years() {
        let cases = [
            (Hebrew::RoshHashanah, 1950, d(1950, 9, 11)),
            (Hebrew::RoshHashanah, 1967, d(1967, 10, 4)),
            (Hebrew::RoshHashanah, 2043, d(2043, 10, 4)),
            (Hebrew::RoshHashanah, 2050, d(2050, 9, 16)),
            (Hebrew::Hanukkah, 1959, d(1959, 12, 25)),
            (Hebrew::Hanukkah, 1975, d(1975, 11, 28)),
            (Hebrew::Hanukkah, 2048, d(2048, 11, 29)),
            (Hebrew::Passover, 1950, d(1950, 4, 1)),
            (Hebrew::Passover, 1986, d(1986, 4, 23)),
            (Hebrew::Passover, 2048, d(2048, 3, 28)),
            (Hebrew::LagBaOmer, 2043, d(2043, 5, 27)),
            (Hebrew::TishaBav, 1986, d(1986, 8, 13)),
            (Hebrew::TishaBav, 2018, d(2018, 7, 21)),
            (Hebrew::YomHaatzmaut, 1967, d(1967, 5, 14)),
            (Hebrew::YomHaatzmaut, 2004, d(2004, 4, 26)),
            (Hebrew::TuBishvat, 1987, d(1987, 2, 13)),
            (Hebrew::TuBishvat, 2049, d(2049, 1, 17)),
        ];
        for (h, y, want) in cases {
            assert_eq!(hebrew_days(h, y).map(|(a, _)| a), Some(want), "{h:?} {y}");
        }
    }

    #[test]
    fn islamic_holidays_in_a_year() {
        // Eid al-Fitr fell twice in 2000 (1420 and 1421 AH); the tabular calendar puts the
        // second a day after the observed 27 December.
        let both: Vec<_> = islamic_days(Islamic::EidAlFitr, 2000)
            .map(|(a, _)| a)
            .collect();
        assert_eq!(both, vec![d(2000, 1, 8), d(2000, 12, 28)]);
        let ramadan: Vec<_> = islamic_days(Islamic::Ramadan, 2025).collect();
        assert_eq!(ramadan, vec![(d(2025, 3, 1), d(2025, 3, 30))]);
    }

    #[test]
    fn chinese_table_bounds() {
        assert_eq!(chinese_new_year(1950), Some(d(1950, 2, 17)));
        assert_eq!(chinese_new_year(2025), Some(d(2025, 1, 29)));
        assert_eq!(chinese_new_year(2050), Some(d(2050, 1, 23)));
        assert_eq!(chinese_new_year(1949), None);
        assert_eq!(chinese_new_year(2051), None);
    }
}
