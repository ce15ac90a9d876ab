//! Time expressions of a sentence, from `claimtrack-time`, as the claim grammars need them.
//!
//! Everything about calendars lives in `claimtrack-time`; this module only chooses how to read a
//! sentence (a report of the past reads weekdays backwards) and converts ranges to the model's
//! [`Interval`]. Without a publication day nothing relative can be resolved, so intervals are then
//! dropped (the caller reports one problem for the article).

use chrono::NaiveDate;
use claimtrack_model::Interval;
use claimtrack_time::{DateRange, ExprType, Grain, Options, Parsed, Prefer, TimeExpr};

/// Two fixed references for articles without a publication day: expressions are still found
/// (for their words and durations), and only the dates that both give alike are kept, those
/// written in full ("by the end of 2026", "on August 8, 2025"); a date read from the day of
/// publication ("on Monday", "August 8", "within 50 days") is dropped.
const NO_REFERENCE: NaiveDate = NaiveDate::MIN;
const OTHER_REFERENCE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 6, 15) {
    Some(day) => day,
    None => NaiveDate::MAX,
};

/// The time expressions of a sentence (parsed once as `parsed`, whichever way it is then
/// read), with offsets into it.
pub(crate) fn tag(
    parsed: &Parsed<'_>,
    published: Option<NaiveDate>,
    prefer: Prefer,
) -> Vec<TimeExpr> {
    let options = Options { prefer };
    let mut found = parsed.tag(published.unwrap_or(NO_REFERENCE), &options);
    if published.is_none() {
        let other = parsed.tag(OTHER_REFERENCE, &options);
        for expr in &mut found {
            let absolute = other
                .iter()
                .any(|o| o.start == expr.start && o.end == expr.end && o.interval == expr.interval);
            if !absolute {
                expr.interval = None;
            }
        }
    }
    // An expression is never read across a comma ("on Tuesday, the first stage"): keep the part
    // before it.
    if let Some(reference) = published {
        for expr in &mut found {
            let Some((head, tail)) = expr.text.split_once(',') else {
                continue;
            };
            // "October 28, 2025" is one date.
            if head.trim().is_empty() || tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            if let Some(mut part) = claimtrack_time::resolve(head, reference, &options)
                && part.start == 0
                && part.end == head.len()
            {
                part.start += expr.start;
                part.end += expr.start;
                *expr = part;
            }
        }
    }
    found
}

/// Whether an expression names a day or period on the calendar (not an amount of time).
pub(crate) fn is_calendar(expr: &TimeExpr) -> bool {
    matches!(expr.ty, ExprType::Date | ExprType::Interval)
        && !expr.vague
        && expr.interval.is_some()
        && expr.deadline.is_none()
}

/// Whether an expression can date a report or an event: a calendar day, week or month, not a
/// year alone, not a stretch (`since the spring`, `overnight`, `earlier this month`) and not a
/// dateline (`October 28, 2025 (KHARTOUM) -`).
pub(crate) fn is_report_date(sentence: &str, expr: &TimeExpr) -> bool {
    if !is_calendar(expr) || expr.modifier.is_some() {
        return false;
    }
    if matches!(
        expr.grain,
        Some(
            Grain::Year
                | Grain::Decade
                | Grain::Century
                | Grain::Half
                | Grain::Season
                | Grain::Quarter
        )
    ) {
        return false;
    }
    let lower = expr.text.to_ascii_lowercase();
    let stretch = [
        "earlier",
        "later",
        "since",
        "overnight",
        "recently",
        "until",
        "through",
        "from",
    ];
    if stretch.iter().any(|w| lower.starts_with(w)) {
        return false;
    }
    // "October 28, 2025 (KHARTOUM) -": the date of the dispatch, not of the event.
    let after: String = sentence
        .get(expr.end..)
        .unwrap_or("")
        .chars()
        .take(30)
        .collect();
    let dateline = expr.start <= 2
        && (after.contains('(') || after.contains(" - ") || after.contains('\u{2014}'));
    !dateline
}

/// The model interval for a range, with the words that gave it.
pub(crate) fn interval(range: DateRange, text: Option<&str>) -> Interval {
    Interval {
        start: range.start,
        end: range.end,
        text: text.map(str::to_owned),
    }
}

/// The publication day as an interval (no words: the sentence gave none).
pub(crate) fn publication_day(published: Option<NaiveDate>) -> Option<Interval> {
    published.map(|day| Interval {
        start: day,
        end: day,
        text: None,
    })
}

/// The range of a model interval.
pub(crate) fn range(interval: &Interval) -> DateRange {
    DateRange::new(interval.start, interval.end)
}
