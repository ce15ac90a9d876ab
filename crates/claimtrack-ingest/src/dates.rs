//! Publication dates as written: the calendar day only, never a guess.
//!
//! [`parse_date`] reads the day in the source's own terms: `2025-07-24T01:30:00+05:00` is
//! 2025-07-24 (not the UTC day before), `Thu, 24 Jul 2025 01:30:00 +0500` likewise. It accepts
//! ISO 8601 / RFC 3339, RFC 2822, GDELT's compact `20250724T013000Z`, and written dates such as
//! `July 24, 2025`, `July 24th, 2025`, `Jul. 24, 2025` and `24 July 2025`. A date without a year is
//! not a publication date.

use chrono::NaiveDate;

/// The first full calendar date written in `text`.
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    compact(text)
        .or_else(|| iso(text))
        .or_else(|| written(text))
        .or_else(|| numeric(text))
}

/// The first `14/11/2025`, `14.11.2025` or `14-11-2025`, when the order of day and month shows:
/// one of the two is over 12 (or both are the same). `03/04/2025` may be either and is no date;
/// with dots or hyphens (`08.10.2025`, `08-10-2025`) the day comes first, as everywhere those
/// are written (the month-first order is American, and written with slashes).
fn numeric(text: &str) -> Option<NaiveDate> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .find_map(|word| {
            let word = word.trim_matches(|c: char| !c.is_ascii_digit());
            let day_first = !word.contains('/');
            let mut parts = word.split(['/', '.', '-']);
            let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some()
                || !(1..=2).contains(&a.len())
                || !(1..=2).contains(&b.len())
                || y.len() != 4
            {
                return None;
            }
            let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            let (day, month) = match (a > 12, b > 12) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                (false, false) if a == b || day_first => (a, b),
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year(y)?, month, day)
        })
}

/// `20250724`, `20250724T013000Z`, `20250724013000`.
fn compact(text: &str) -> Option<NaiveDate> {
    let only_digits = text
        .chars()
        .all(|c| c.is_ascii_digit() || c == 'T' || c == 'Z');
    // Most dates have a separator: they are turned down before any digits are copied.
    if !only_digits {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if !matches!(digits.len(), 8 | 12 | 14) {
        return None;
    }
    ymd(&digits[..4], &digits[4..6], &digits[6..8])
}

/// The first `YYYY-MM-DD` (or `YYYY/MM/DD`) in the text.
fn iso(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|at| {
        let window = bytes.get(at..at + 10)?;
        let digit = |i: usize| window[i].is_ascii_digit();
        let sep = window[4];
        let shaped = (0..4).all(digit)
            && matches!(sep, b'-' | b'/')
            && window[7] == sep
            && digit(5)
            && digit(6)
            && digit(8)
            && digit(9);
        let clean_left = at == 0 || !bytes[at - 1].is_ascii_digit();
        let clean_right = bytes.get(at + 10).is_none_or(|b| !b.is_ascii_digit());
        if !(shaped && clean_left && clean_right) {
            return None;
        }
        let window = text.get(at..at + 10)?;
        ymd(&window[..4], &window[5..7], &window[8..10])
    })
}

/// `July 24, 2025`, `24 July 2025`, `Thu, 24 Jul 2025`.
fn written(text: &str) -> Option<NaiveDate> {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|token| !token.is_empty())
        .collect();
    tokens.iter().enumerate().find_map(|(at, token)| {
        let month = month(token)?;
        let next = tokens.get(at + 1).copied();
        let after = tokens.get(at + 2).copied();
        let before = at.checked_sub(1).and_then(|i| tokens.get(i)).copied();
        let month_first = next
            .and_then(day)
            .zip(after.and_then(year))
            .map(|(d, y)| (y, d));
        let day_first = before
            .and_then(day)
            .zip(next.and_then(year))
            .map(|(d, y)| (y, d));
        let (y, d) = month_first.or(day_first)?;
        NaiveDate::from_ymd_opt(y, month, d)
    })
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn day(token: &str) -> Option<u32> {
    let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &token[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(token: &str) -> Option<i32> {
    if token.len() == 4 && token.chars().all(|c| c.is_ascii_digit()) {
        token.parse().ok().filter(|y| (1900..=2200).contains(y))
    } else {
        None
    }
}

/// Whether `token` names a day of the week, in full or by its common abbreviation.
pub(crate) fn weekday(token: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = token.trim_end_matches('.').to_ascii_lowercase();
    lower.len() >= 3 && DAYS.iter().any(|day| day.starts_with(&lower))
}

/// The month a name or common abbreviation stands for.
pub(crate) fn month(token: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = token.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let found = MONTHS.iter().position(|name| {
        *name == lower || (lower.len() <= 4 && name.starts_with(&lower) && lower != "marc")
    })?;
    u32::try_from(found + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day_of(text: &str) -> Option<String> {
        parse_date(text).map(|d| d.to_string())
    }

    #[test]
    fn numeric_dates_only_when_the_order_shows() {
        assert_eq!(day_of("14/11/2025 - 15:30").as_deref(), Some("2025-11-14"));
        assert_eq!(day_of("11/14/2025").as_deref(), Some("2025-11-14"));
        assert_eq!(day_of("14.11.2025").as_deref(), Some("2025-11-14"));
        assert_eq!(day_of("14-01-2026 | 11:20").as_deref(), Some("2026-01-14"));
        assert_eq!(day_of("08.10.2025").as_deref(), Some("2025-10-08"));
        assert_eq!(day_of("03-04-2026").as_deref(), Some("2026-04-03"));
        assert_eq!(day_of("05/05/2025").as_deref(), Some("2025-05-05"));
        assert_eq!(day_of("03/04/2025"), None);
        assert_eq!(day_of("31/02/2025"), None);
        assert_eq!(day_of("1/2/25"), None);
    }

    #[test]
    fn reads_the_day_as_written() {
        assert_eq!(
            day_of("2025-07-24T01:30:00+05:00").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            day_of("Thu, 24 Jul 2025 01:30:00 +0500").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(
            day_of("date 2025-07-24 E-Paper").as_deref(),
            Some("2025-07-24")
        );
        assert_eq!(day_of("July 24th, 2025").as_deref(), Some("2025-07-24"));
        assert_eq!(
            day_of("Published Jul. 3, 2025 10:15am").as_deref(),
            Some("2025-07-03")
        );
        assert_eq!(day_of("3 September 2025").as_deref(), Some("2025-09-03"));
        assert_eq!(day_of("20250724T013000Z").as_deref(), Some("2025-07-24"));
        assert_eq!(day_of("July 23"), None);
        assert_eq!(day_of("2025-02-30"), None);
        assert_eq!(day_of("may be soon 2025"), None);
    }
}
