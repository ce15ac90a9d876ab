//! The team's table of phrases: one `check(phrase, reference, expected)` per case.
//!
//! `expected` is the rendered resolution: `value interval grain`, then what else is set (type
//! when not `date`, deadline marker, TIMEX3 mod, duration, `vague`). When the expression found is
//! not the whole phrase, its text comes first in «guillemets». `null` stands for `None`.

use chrono::NaiveDate;
use claimtrack_time::{DurationUnit, ExprType, Options, Prefer, TimeExpr, resolve};

fn render(phrase: &str, e: &TimeExpr) -> String {
    let mut out = Vec::new();
    if e.text != phrase.trim() {
        out.push(format!("«{}»", e.text));
    }
    out.push(e.value.clone().unwrap_or_else(|| "null".into()));
    out.push(
        e.interval
            .map_or_else(|| "null".into(), |iv| iv.to_string()),
    );
    out.push(e.grain.map_or_else(|| "null".into(), |g| json_name(&g)));
    if e.ty != ExprType::Date {
        out.push(json_name(&e.ty));
    }
    if let Some(d) = e.deadline {
        out.push(json_name(&d));
    }
    if let Some(m) = e.modifier {
        out.push(json_name(&m));
    }
    if let Some(d) = e.duration {
        let unit = match d.unit {
            DurationUnit::Second => "s",
            DurationUnit::Minute => "min",
            DurationUnit::Hour => "h",
            DurationUnit::Day => "d",
            DurationUnit::Week => "w",
            DurationUnit::Month => "mo",
            DurationUnit::Year => "y",
        };
        if d.min == d.max {
            out.push(format!("dur={}{unit}", d.min));
        } else {
            out.push(format!("dur={}..{}{unit}", d.min, d.max));
        }
    }
    if e.vague {
        out.push("vague".into());
    }
    out.join(" ")
}

fn json_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|err| panic!("bad date {s}: {err}"))
}

#[track_caller]
fn check_with(phrase: &str, reference: &str, prefer: Prefer, expected: &str) {
    let got = resolve(phrase, day(reference), &Options { prefer })
        .map_or_else(|| "none".to_owned(), |e| render(phrase, &e));
    assert_eq!(
        got, expected,
        "phrase {phrase:?} on {reference} ({prefer:?})"
    );
}

#[track_caller]
fn check(phrase: &str, reference: &str, expected: &str) {
    check_with(phrase, reference, Prefer::Auto, expected);
}

const JUL24: &str = "2025-07-24"; // Thursday
const LEAP: &str = "2024-02-29"; // Thursday
const MAR1: &str = "2024-03-01"; // Friday
const NEWYEAR: &str = "2025-01-01"; // Wednesday
const NYE: &str = "2024-12-31"; // Tuesday
const MAR31: &str = "2025-03-31"; // Monday
const SUN: &str = "2025-07-27"; // Sunday
const MON: &str = "2025-07-28"; // Monday
const SUN23: &str = "2023-01-01"; // Sunday, ISO week 2022-W52
const W53: &str = "2020-12-31"; // Thursday, ISO week 2020-W53

#[test]
fn absolute_dates() {
    check("July 24, 2025", JUL24, "2025-07-24 2025-07-24 day");
    check("July 24th, 2025", JUL24, "2025-07-24 2025-07-24 day");
    check("24 July 2025", JUL24, "2025-07-24 2025-07-24 day");
    check("24th July 2025", JUL24, "2025-07-24 2025-07-24 day");
    check("the 24th of July, 2025", JUL24, "2025-07-24 2025-07-24 day");
    check("2025-07-24", JUL24, "2025-07-24 2025-07-24 day");
    check("2025/07/24", JUL24, "2025-07-24 2025-07-24 day");
    check("July 24", JUL24, "2025-07-24 2025-07-24 day");
    check("Jul. 24", JUL24, "2025-07-24 2025-07-24 day");
    check("Sept. 3, 2024", JUL24, "2024-09-03 2024-09-03 day");
    check("Wednesday, July 23", JUL24, "2025-07-23 2025-07-23 day");
    check("Wednesday 23 July", JUL24, "2025-07-23 2025-07-23 day");
    check("February 29, 2024", JUL24, "2024-02-29 2024-02-29 day");
    check("February 29", JUL24, "2024-02-29 2024-02-29 day");
    check_with(
        "February 29",
        JUL24,
        Prefer::Future,
        "2028-02-29 2028-02-29 day",
    );
    // A date that does not exist is found but has no value.
    check("February 30, 2024", JUL24, "null null null");
    check("December 31", NEWYEAR, "2024-12-31 2024-12-31 day");
    check_with(
        "January 2",
        NYE,
        Prefer::Future,
        "2025-01-02 2025-01-02 day",
    );
    check("January 2", NYE, "2024-01-02 2024-01-02 day");
    check("March 1", LEAP, "2023-03-01 2023-03-01 day");
    check_with("March 1", LEAP, Prefer::Future, "2024-03-01 2024-03-01 day");
    check("1 March", MAR1, "2024-03-01 2024-03-01 day");
    check("May 16", JUL24, "2025-05-16 2025-05-16 day");
    check("June 2", JUL24, "2025-06-02 2025-06-02 day");
    check("August 8", JUL24, "2024-08-08 2024-08-08 day");
    check_with(
        "August 8",
        JUL24,
        Prefer::Future,
        "2025-08-08 2025-08-08 day",
    );
    check("10/31/1974", JUL24, "1974-10-31 1974-10-31 day");
    check("31/10/1974", JUL24, "1974-10-31 1974-10-31 day");
    check("31-Oct-74", JUL24, "1974-10-31 1974-10-31 day");
    check("3/3/15", JUL24, "2015-03-03 2015-03-03 day");
    check(
        "in February",
        JUL24,
        "«February» 2025-02 2025-02-01..2025-02-28 month",
    );
    check(
        "in February",
        LEAP,
        "«February» 2024-02 2024-02-01..2024-02-29 month",
    );
    check(
        "in February 2022",
        JUL24,
        "«February 2022» 2022-02 2022-02-01..2022-02-28 month",
    );
    check("Feb. 2022", JUL24, "2022-02 2022-02-01..2022-02-28 month");
    check(
        "in December",
        NEWYEAR,
        "«December» 2024-12 2024-12-01..2024-12-31 month",
    );
    check_with(
        "in December",
        NEWYEAR,
        Prefer::Future,
        "«December» 2025-12 2025-12-01..2025-12-31 month",
    );
    check("September", JUL24, "2024-09 2024-09-01..2024-09-30 month");
    check_with(
        "September",
        JUL24,
        Prefer::Future,
        "2025-09 2025-09-01..2025-09-30 month",
    );
    check("July", JUL24, "2025-07 2025-07-01..2025-07-31 month");
    check_with(
        "July",
        JUL24,
        Prefer::Future,
        "2025-07 2025-07-01..2025-07-31 month",
    );
    check("2014-10", JUL24, "2014-10 2014-10-01..2014-10-31 month");
    check("in 2024", JUL24, "«2024» 2024 2024-01-01..2024-12-31 year");
    check("2031", JUL24, "2031 2031-01-01..2031-12-31 year");
    check("the 1990s", JUL24, "199 1990-01-01..1999-12-31 decade");
    check("the '90s", JUL24, "199 1990-01-01..1999-12-31 decade");
    check("1980s", JUL24, "198 1980-01-01..1989-12-31 decade");
}

#[test]
fn date_ranges() {
    check(
        "July 13-15",
        JUL24,
        "2025-07-13/2025-07-15 2025-07-13..2025-07-15 day interval",
    );
    check(
        "July 13 to 15",
        JUL24,
        "2025-07-13/2025-07-15 2025-07-13..2025-07-15 day interval",
    );
    check(
        "13-15 July",
        JUL24,
        "2025-07-13/2025-07-15 2025-07-13..2025-07-15 day interval",
    );
    check(
        "13-15 July 2023",
        JUL24,
        "2023-07-13/2023-07-15 2023-07-13..2023-07-15 day interval",
    );
    check(
        "from 13 to 15 July",
        JUL24,
        "2025-07-13/2025-07-15 2025-07-13..2025-07-15 day interval",
    );
    check(
        "between 13 and 15 July",
        JUL24,
        "2025-07-13/2025-07-15 2025-07-13..2025-07-15 day interval",
    );
    check(
        "Aug 8 - Aug 12",
        JUL24,
        "2024-08-08/2024-08-12 2024-08-08..2024-08-12 day interval",
    );
    check_with(
        "Aug 8 - Aug 12",
        JUL24,
        Prefer::Future,
        "2025-08-08/2025-08-12 2025-08-08..2025-08-12 day interval",
    );
    check(
        "August 27th - 29th",
        JUL24,
        "2024-08-27/2024-08-29 2024-08-27..2024-08-29 day interval",
    );
    check(
        "23rd to 26th Oct",
        JUL24,
        "2024-10-23/2024-10-26 2024-10-23..2024-10-26 day interval",
    );
    check(
        "June 30 - July 2",
        JUL24,
        "2025-06-30/2025-07-02 2025-06-30..2025-07-02 day interval",
    );
    check(
        "from May 1 to June 2",
        JUL24,
        "2025-05-01/2025-06-02 2025-05-01..2025-06-02 day interval",
    );
    check(
        "between May 16 and June 2",
        JUL24,
        "2025-05-16/2025-06-02 2025-05-16..2025-06-02 day interval",
    );
    check(
        "from December 20 to January 5",
        NEWYEAR,
        "2024-12-20/2025-01-05 2024-12-20..2025-01-05 day interval",
    );
    check(
        "from March to May",
        JUL24,
        "2025-03/2025-05 2025-03-01..2025-05-31 month interval",
    );
    check(
        "from 2014 to 2016",
        JUL24,
        "2014/2016 2014-01-01..2016-12-31 year interval",
    );
    check(
        "July 13-15, 2024",
        JUL24,
        "2024-07-13/2024-07-15 2024-07-13..2024-07-15 day interval",
    );
}

#[test]
fn relative_days() {
    check("today", JUL24, "2025-07-24 2025-07-24 day");
    check("yesterday", JUL24, "2025-07-23 2025-07-23 day");
    check("tomorrow", JUL24, "2025-07-25 2025-07-25 day");
    check("yesterday", NEWYEAR, "2024-12-31 2024-12-31 day");
    check("tomorrow", NYE, "2025-01-01 2025-01-01 day");
    check("tomorrow", LEAP, "2024-03-01 2024-03-01 day");
    check("yesterday", MAR1, "2024-02-29 2024-02-29 day");
    check(
        "the day before yesterday",
        JUL24,
        "2025-07-22 2025-07-22 day",
    );
    check("the day after tomorrow", JUL24, "2025-07-26 2025-07-26 day");
    check("tonight", JUL24, "2025-07-24TNI 2025-07-24 day");
    check("last night", JUL24, "2025-07-23TNI 2025-07-23 day");
    check("this morning", JUL24, "2025-07-24TMO 2025-07-24 day");
    check("yesterday afternoon", JUL24, "2025-07-23TAF 2025-07-23 day");
    check(
        "overnight",
        JUL24,
        "2025-07-23TNI 2025-07-23..2025-07-24 day",
    );
    check("now", JUL24, "PRESENT_REF 2025-07-24 day");
    check("currently", JUL24, "PRESENT_REF 2025-07-24 day");
    check("two days ago", JUL24, "2025-07-22 2025-07-22 day dur=2d");
    check("2 days ago", NEWYEAR, "2024-12-30 2024-12-30 day dur=2d");
    check("a day ago", MAR1, "2024-02-29 2024-02-29 day dur=1d");
    check("three weeks ago", JUL24, "2025-W27 2025-07-03 day dur=3w");
    check("a week ago", JUL24, "2025-W29 2025-07-17 day dur=1w");
    check("a month ago", MAR31, "2025-02 2025-02-28 day dur=1mo");
    check("a year ago", LEAP, "2023 2023-02-28 day dur=1y");
    check("five years ago", JUL24, "2020 2020-07-24 day dur=5y");
    check("48 hours ago", JUL24, "2025-07-22 2025-07-22 day dur=48h");
    check(
        "two to three days ago",
        JUL24,
        "2025-07-21/2025-07-22 2025-07-21..2025-07-22 day interval dur=2..3d",
    );
    check(
        "seven days from now",
        JUL24,
        "2025-07-31 2025-07-31 day dur=7d",
    );
    check(
        "three months hence",
        JUL24,
        "2025-10 2025-10-24 day dur=3mo",
    );
    check("a week later", JUL24, "null null week dur=1w");
    check("two days later", JUL24, "null null day dur=2d");
    check("the next day", JUL24, "null null day");
    check("the following day", JUL24, "null null day");
    check("the day before", JUL24, "2025-07-23 2025-07-23 day");
    check("a few days ago", JUL24, "PAST_REF null null vague");
    check("several weeks ago", JUL24, "PAST_REF null null vague");
    check(
        "three days after Easter",
        JUL24,
        "2025-04-23 2025-04-23 day",
    );
    check(
        "two days before Christmas",
        JUL24,
        "2024-12-23 2024-12-23 day",
    );
    check("3 fridays from now", JUL24, "2025-08-08 2025-08-08 day");
}

#[test]
fn relative_periods() {
    check("this week", JUL24, "2025-W30 2025-07-21..2025-07-27 week");
    check("last week", JUL24, "2025-W29 2025-07-14..2025-07-20 week");
    check("next week", JUL24, "2025-W31 2025-07-28..2025-08-03 week");
    check("last week", MON, "2025-W30 2025-07-21..2025-07-27 week");
    check("this week", SUN, "2025-W30 2025-07-21..2025-07-27 week");
    check("this week", SUN23, "2022-W52 2022-12-26..2023-01-01 week");
    check("next week", SUN23, "2023-W01 2023-01-02..2023-01-08 week");
    check("this week", W53, "2020-W53 2020-12-28..2021-01-03 week");
    check("last week", NEWYEAR, "2024-W52 2024-12-23..2024-12-29 week");
    check(
        "the coming week",
        JUL24,
        "2025-W31 2025-07-28..2025-08-03 week",
    );
    check(
        "the previous week",
        JUL24,
        "2025-W29 2025-07-14..2025-07-20 week",
    );
    check("this month", JUL24, "2025-07 2025-07-01..2025-07-31 month");
    check("last month", JUL24, "2025-06 2025-06-01..2025-06-30 month");
    check("next month", JUL24, "2025-08 2025-08-01..2025-08-31 month");
    check(
        "last month",
        NEWYEAR,
        "2024-12 2024-12-01..2024-12-31 month",
    );
    check("next month", NYE, "2025-01 2025-01-01..2025-01-31 month");
    check("last month", MAR31, "2025-02 2025-02-01..2025-02-28 month");
    check("this month", LEAP, "2024-02 2024-02-01..2024-02-29 month");
    check("this year", JUL24, "2025 2025-01-01..2025-12-31 year");
    check("last year", JUL24, "2024 2024-01-01..2024-12-31 year");
    check("next year", NYE, "2025 2025-01-01..2025-12-31 year");
    check("last year", NEWYEAR, "2024 2024-01-01..2024-12-31 year");
    check("next yr", JUL24, "2026 2026-01-01..2026-12-31 year");
    check(
        "this quarter",
        JUL24,
        "2025-Q3 2025-07-01..2025-09-30 quarter",
    );
    check(
        "last quarter",
        JUL24,
        "2025-Q2 2025-04-01..2025-06-30 quarter",
    );
    check(
        "next quarter",
        NYE,
        "2025-Q1 2025-01-01..2025-03-31 quarter",
    );
    check("last decade", JUL24, "201 2010-01-01..2019-12-31 decade");
    check(
        "this weekend",
        JUL24,
        "2025-W30-WE 2025-07-26..2025-07-27 weekend",
    );
    check(
        "last weekend",
        JUL24,
        "2025-W29-WE 2025-07-19..2025-07-20 weekend",
    );
    check(
        "next weekend",
        JUL24,
        "2025-W31-WE 2025-08-02..2025-08-03 weekend",
    );
    check(
        "over the weekend",
        JUL24,
        "«the weekend» 2025-W29-WE 2025-07-19..2025-07-20 weekend",
    );
    check(
        "over the weekend",
        SUN,
        "«the weekend» 2025-W30-WE 2025-07-26..2025-07-27 weekend",
    );
    check(
        "earlier this week",
        JUL24,
        "2025-W30 2025-07-21..2025-07-23 week",
    );
    check("earlier this week", MON, "2025-W31 2025-07-28 week");
    check(
        "later this week",
        JUL24,
        "2025-W30 2025-07-25..2025-07-27 week",
    );
    check(
        "earlier this month",
        JUL24,
        "2025-07 2025-07-01..2025-07-23 month",
    );
    check(
        "later this month",
        JUL24,
        "2025-07 2025-07-25..2025-07-31 month",
    );
    check(
        "earlier this year",
        JUL24,
        "2025 2025-01-01..2025-07-23 year",
    );
    check("later this year", JUL24, "2025 2025-07-25..2025-12-31 year");
    check(
        "earlier this month",
        MAR31,
        "2025-03 2025-03-01..2025-03-30 month",
    );
    check(
        "the rest of the week",
        JUL24,
        "2025-W30 2025-07-24..2025-07-27 day interval",
    );
    check(
        "the rest of the year",
        JUL24,
        "2025 2025-07-24..2025-12-31 day interval",
    );
    // "the past" counts back from the reference day; "last N" takes whole units (Duckling).
    check(
        "the past decade",
        "1989-10-27",
        "P10Y 1979-10-27..1989-10-27 decade duration dur=10y",
    );
    check(
        "the coming two weeks",
        JUL24,
        "P2W 2025-07-24..2025-08-07 week duration dur=2w",
    );
    check(
        "the past two weeks",
        JUL24,
        "P2W 2025-07-10..2025-07-24 week duration dur=2w",
    );
    check(
        "last 2 days",
        JUL24,
        "P2D 2025-07-22..2025-07-23 day duration dur=2d",
    );
    check(
        "the last three months",
        JUL24,
        "P3M 2025-04-01..2025-06-30 month duration dur=3mo",
    );
    check(
        "next 3 weeks",
        JUL24,
        "P3W 2025-07-28..2025-08-17 week duration dur=3w",
    );
    check(
        "the next two years",
        JUL24,
        "P2Y 2026-01-01..2027-12-31 year duration dur=2y",
    );
    check(
        "the past week",
        JUL24,
        "P1W 2025-07-17..2025-07-24 week duration dur=1w",
    );
    check(
        "over the past day",
        JUL24,
        "«the past day» P1D 2025-07-23..2025-07-24 day duration dur=1d",
    );
    check(
        "the past 24 hours",
        JUL24,
        "PT24H 2025-07-23..2025-07-24 hour duration dur=24h",
    );
    check(
        "two upcoming weeks",
        JUL24,
        "2025-W32 2025-08-04..2025-08-10 week",
    );
    check(
        "this summer",
        JUL24,
        "2025-SU 2025-06-21..2025-09-23 season",
    );
    check(
        "last summer",
        JUL24,
        "2024-SU 2024-06-21..2024-09-23 season",
    );
    check(
        "next summer",
        JUL24,
        "2026-SU 2026-06-21..2026-09-23 season",
    );
    check(
        "last winter",
        JUL24,
        "2024-WI 2024-12-21..2025-03-18 season",
    );
    check(
        "this winter",
        NEWYEAR,
        "2024-WI 2024-12-21..2025-03-18 season",
    );
    check(
        "this season",
        JUL24,
        "2025-SU 2025-06-21..2025-09-23 season",
    );
}

#[test]
fn weekdays() {
    // A report of past events reads back to the latest such day, today included.
    check(
        "on Wednesday",
        JUL24,
        "«Wednesday» 2025-07-23 2025-07-23 day",
    );
    check("on Thursday", JUL24, "«Thursday» 2025-07-24 2025-07-24 day");
    check("on Friday", JUL24, "«Friday» 2025-07-18 2025-07-18 day");
    check("Monday", JUL24, "2025-07-21 2025-07-21 day");
    check("Sunday", JUL24, "2025-07-20 2025-07-20 day");
    check("Sunday", SUN, "2025-07-27 2025-07-27 day");
    check("Saturday", MON, "2025-07-26 2025-07-26 day");
    check("Tuesday", NEWYEAR, "2024-12-31 2024-12-31 day");
    check("Thursday", MAR1, "2024-02-29 2024-02-29 day");
    check("Friday night", JUL24, "2025-07-18TNI 2025-07-18 day");
    check("Wednesday morning", JUL24, "2025-07-23TMO 2025-07-23 day");
    // Forced and inferred futures: the next one after the reference.
    check_with("Friday", JUL24, Prefer::Future, "2025-07-25 2025-07-25 day");
    check_with(
        "Thursday",
        JUL24,
        Prefer::Future,
        "2025-07-31 2025-07-31 day",
    );
    check_with(
        "Wednesday",
        JUL24,
        Prefer::Past,
        "2025-07-23 2025-07-23 day",
    );
    check_with("Monday", NYE, Prefer::Future, "2025-01-06 2025-01-06 day");
    check(
        "will meet on Friday",
        JUL24,
        "«Friday» 2025-07-25 2025-07-25 day",
    );
    check(
        "talks are scheduled for Monday",
        JUL24,
        "«Monday» 2025-07-28 2025-07-28 day",
    );
    check(
        "said on Monday",
        JUL24,
        "«Monday» 2025-07-21 2025-07-21 day",
    );
    check(
        "the deadline expires on Tuesday",
        JUL24,
        "«Tuesday» 2025-07-29 2025-07-29 day",
    );
    check(
        "would resume on Monday",
        JUL24,
        "«Monday» 2025-07-28 2025-07-28 day",
    );
    check("last Friday", JUL24, "2025-07-18 2025-07-18 day");
    check("last Thursday", JUL24, "2025-07-17 2025-07-17 day");
    check("last Sunday", JUL24, "2025-07-20 2025-07-20 day");
    check("next Friday", JUL24, "2025-08-01 2025-08-01 day");
    check("next Monday", JUL24, "2025-07-28 2025-07-28 day");
    check("next Wednesday", "2013-02-12", "2013-02-20 2013-02-20 day");
    check("this Friday", JUL24, "2025-07-25 2025-07-25 day");
    check("this Monday", JUL24, "2025-07-21 2025-07-21 day");
    check("this past Sunday", JUL24, "2025-07-20 2025-07-20 day");
    check("this coming Monday", JUL24, "2025-07-28 2025-07-28 day");
    check("Friday of next week", JUL24, "2025-08-01 2025-08-01 day");
    check("Sunday from last week", JUL24, "2025-07-20 2025-07-20 day");
    check("last week's Sunday", JUL24, "2025-07-20 2025-07-20 day");
    // A weekday pins the month: the latest (or next) 19th that is a Tuesday.
    check(
        "Tuesday the 19th",
        "2013-02-12",
        "2012-06-19 2012-06-19 day",
    );
    check_with(
        "Tuesday the 19th",
        "2013-02-12",
        Prefer::Future,
        "2013-02-19 2013-02-19 day",
    );
    check("Fri, Jul 18", JUL24, "2025-07-18 2025-07-18 day");
    check_with(
        "Fri, Jul 18",
        "2013-02-12",
        Prefer::Future,
        "2014-07-18 2014-07-18 day",
    );
    check(
        "the first Monday of March",
        JUL24,
        "2025-03-03 2025-03-03 day",
    );
    check("last Friday in October", JUL24, "2024-10-25 2024-10-25 day");
    check(
        "the second Monday of last month",
        JUL24,
        "2025-06-09 2025-06-09 day",
    );
    check(
        "the first Monday of this month",
        JUL24,
        "2025-07-07 2025-07-07 day",
    );
    check(
        "first Tuesday of October 2014",
        JUL24,
        "2014-10-07 2014-10-07 day",
    );
    check(
        "the last Monday of February 2024",
        JUL24,
        "2024-02-26 2024-02-26 day",
    );
}

#[test]
fn parts_of_periods() {
    check(
        "mid-July",
        JUL24,
        "2025-07 2025-07-11..2025-07-20 day interval MID",
    );
    check(
        "early August",
        JUL24,
        "2024-08 2024-08-01..2024-08-10 day interval START",
    );
    check_with(
        "early August",
        JUL24,
        Prefer::Future,
        "2025-08 2025-08-01..2025-08-10 day interval START",
    );
    check(
        "late February",
        LEAP,
        "2024-02 2024-02-21..2024-02-29 day interval END",
    );
    check(
        "late February",
        MAR31,
        "2025-02 2025-02-21..2025-02-28 day interval END",
    );
    check(
        "the end of August",
        JUL24,
        "2024-08 2024-08-21..2024-08-31 day interval END",
    );
    check(
        "the end of the month",
        JUL24,
        "2025-07 2025-07-21..2025-07-31 day interval END",
    );
    check(
        "the beginning of the month",
        JUL24,
        "2025-07 2025-07-01..2025-07-10 day interval START",
    );
    // Written as one adjective: "an end-of-year deadline", "an end-of-month review".
    check(
        "end-of-month",
        JUL24,
        "2025-07 2025-07-21..2025-07-31 day interval END",
    );
    check(
        "end-of-year",
        JUL24,
        "2025 2025-09-01..2025-12-31 month interval END",
    );
    check(
        "the middle of next month",
        JUL24,
        "2025-08 2025-08-11..2025-08-20 day interval MID",
    );
    check(
        "late 2025",
        JUL24,
        "2025 2025-09-01..2025-12-31 month interval END",
    );
    check(
        "early 2024",
        JUL24,
        "2024 2024-01-01..2024-03-31 month interval START",
    );
    check(
        "mid-2023",
        JUL24,
        "2023 2023-05-01..2023-08-31 month interval MID",
    );
    check(
        "the end of 2012",
        JUL24,
        "2012 2012-09-01..2012-12-31 month interval END",
    );
    check(
        "late last year",
        JUL24,
        "2024 2024-09-01..2024-12-31 month interval END",
    );
    check(
        "early next year",
        JUL24,
        "2026 2026-01-01..2026-03-31 month interval START",
    );
    check(
        "the end of this week",
        JUL24,
        "2025-W30 2025-07-25..2025-07-27 day interval END",
    );
    check(
        "the beginning of next week",
        JUL24,
        "2025-W31 2025-07-28..2025-07-30 day interval START",
    );
    check(
        "the end of last week",
        JUL24,
        "2025-W29 2025-07-18..2025-07-20 day interval END",
    );
    check(
        "the late 1990s",
        JUL24,
        "199 1997-01-01..1999-12-31 year interval END",
    );
    check(
        "the early 2000s",
        JUL24,
        "200 2000-01-01..2002-12-31 year interval START",
    );
    check(
        "EOM",
        JUL24,
        "2025-07 2025-07-21..2025-07-31 day interval END",
    );
    check("by EOM", JUL24, "2025-07-31 2025-07-31 day by");
}

#[test]
fn quarters_halves_seasons() {
    check("Q3", JUL24, "2025-Q3 2025-07-01..2025-09-30 quarter");
    check("Q1 2024", JUL24, "2024-Q1 2024-01-01..2024-03-31 quarter");
    check(
        "the third quarter",
        JUL24,
        "2025-Q3 2025-07-01..2025-09-30 quarter",
    );
    check(
        "the fourth quarter of 2024",
        JUL24,
        "2024-Q4 2024-10-01..2024-12-31 quarter",
    );
    check(
        "the second quarter of last year",
        JUL24,
        "2024-Q2 2024-04-01..2024-06-30 quarter",
    );
    check("3rd qtr", JUL24, "2025-Q3 2025-07-01..2025-09-30 quarter");
    check(
        "the first half of 2025",
        JUL24,
        "2025-H1 2025-01-01..2025-06-30 half",
    );
    check(
        "the second half of the year",
        JUL24,
        "2025-H2 2025-07-01..2025-12-31 half",
    );
    check("H1 2024", JUL24, "2024-H1 2024-01-01..2024-06-30 half");
    check("summer", JUL24, "2025-SU 2025-06-21..2025-09-23 season");
    check("winter", JUL24, "2024-WI 2024-12-21..2025-03-18 season");
    check_with(
        "winter",
        JUL24,
        Prefer::Future,
        "2025-WI 2025-12-21..2026-03-18 season",
    );
    check(
        "the summer of 2022",
        JUL24,
        "2022-SU 2022-06-21..2022-09-23 season",
    );
    check(
        "spring 2024",
        JUL24,
        "2024-SP 2024-03-20..2024-06-20 season",
    );
    check("autumn", JUL24, "2024-FA 2024-09-23..2024-12-19 season");
}

#[test]
fn holidays() {
    check("Christmas", JUL24, "2024-12-25 2024-12-25 day");
    check_with(
        "Christmas",
        JUL24,
        Prefer::Future,
        "2025-12-25 2025-12-25 day",
    );
    check("Christmas Eve 2023", JUL24, "2023-12-24 2023-12-24 day");
    check("New Year's Eve", JUL24, "2024-12-31 2024-12-31 day");
    check("New Year's Day", JUL24, "2025-01-01 2025-01-01 day");
    check("Easter", JUL24, "2025-04-20 2025-04-20 day");
    check("Easter 2024", JUL24, "2024-03-31 2024-03-31 day");
    check("Good Friday 2024", JUL24, "2024-03-29 2024-03-29 day");
    check("Easter Monday 2025", JUL24, "2025-04-21 2025-04-21 day");
    check("Orthodox Easter 2025", JUL24, "2025-04-20 2025-04-20 day");
    check("Orthodox Easter 2024", JUL24, "2024-05-05 2024-05-05 day");
    check(
        "orthodox good friday 2023",
        JUL24,
        "2023-04-14 2023-04-14 day",
    );
    check("Thanksgiving 2025", JUL24, "2025-11-27 2025-11-27 day");
    check("Halloween", JUL24, "2024-10-31 2024-10-31 day");
    check("Valentine's Day 2024", JUL24, "2024-02-14 2024-02-14 day");
    check("the ides of March", JUL24, "2025-03-15 2025-03-15 day");
}

#[test]
fn day_of_month_phrases() {
    check("the 20th of next month", JUL24, "2025-08-20 2025-08-20 day");
    check("20th day of next month", JUL24, "2025-08-20 2025-08-20 day");
    check(
        "the 20th of last month",
        NEWYEAR,
        "2024-12-20 2024-12-20 day",
    );
    check(
        "the last day of February 2024",
        JUL24,
        "2024-02-29 2024-02-29 day",
    );
    check(
        "the last day of this month",
        MAR1,
        "2024-03-31 2024-03-31 day",
    );
    check(
        "third day of October 2025",
        JUL24,
        "2025-10-03 2025-10-03 day",
    );
    check(
        "the fifth last day of May 2025",
        JUL24,
        "2025-05-27 2025-05-27 day",
    );
    check(
        "the week of October 7th, 2024",
        JUL24,
        "2024-W41 2024-10-07..2024-10-13 week",
    );
    check(
        "the last week of 2025",
        JUL24,
        "2025-W52 2025-12-22..2025-12-28 week",
    );
    check("the first of March", LEAP, "2023-03-01 2023-03-01 day");
    check_with(
        "the first of March",
        LEAP,
        Prefer::Future,
        "2024-03-01 2024-03-01 day",
    );
    check("the 1st", JUL24, "2025-07-01 2025-07-01 day");
    check_with(
        "the 31st",
        "2025-04-15",
        Prefer::Future,
        "2025-05-31 2025-05-31 day",
    );
    check("the 31st", "2025-04-15", "2025-03-31 2025-03-31 day");
    check_with(
        "the 29th",
        "2025-02-10",
        Prefer::Future,
        "2025-03-29 2025-03-29 day",
    );
}

#[test]
fn durations() {
    check("two weeks", JUL24, "P2W null week duration dur=2w");
    check("72 hours", JUL24, "PT72H null hour duration dur=72h");
    check("50 days", JUL24, "P50D null day duration dur=50d");
    check("a month", JUL24, "P1M null month duration dur=1mo");
    check("an hour", JUL24, "PT1H null hour duration dur=1h");
    check("a fortnight", JUL24, "P2W null week duration dur=2w");
    check("a decade", JUL24, "P10Y null year duration dur=10y");
    check("three years", JUL24, "P3Y null year duration dur=3y");
    check("1,000 days", JUL24, "P1000D null day duration dur=1000d");
    check("twenty-one days", JUL24, "P21D null day duration dur=21d");
    check(
        "one hundred and six days",
        JUL24,
        "P106D null day duration dur=106d",
    );
    check("a dozen years", JUL24, "P12Y null year duration dur=12y");
    check("a couple of weeks", JUL24, "P2W null week duration dur=2w");
    check("10 to 12 days", JUL24, "null null day duration dur=10..12d");
    check("10-12 days", JUL24, "null null day duration dur=10..12d");
    check(
        "two or three weeks",
        JUL24,
        "null null week duration dur=2..3w",
    );
    check(
        "between 10 and 12 days",
        JUL24,
        "null null day duration dur=10..12d",
    );
    check(
        "half an hour",
        JUL24,
        "PT30M null minute duration dur=30min",
    );
    check(
        "an hour and a half",
        JUL24,
        "PT90M null minute duration dur=90min",
    );
    check("1.5 hours", JUL24, "PT90M null minute duration dur=90min");
    check(
        "two and a half years",
        JUL24,
        "P30M null month duration dur=30mo",
    );
    check(
        "a day and a half",
        JUL24,
        "PT36H null hour duration dur=36h",
    );
    check(
        "2 years and 3 months",
        JUL24,
        "P27M null month duration dur=27mo",
    );
    check("50-day", JUL24, "P50D null day duration dur=50d");
    check(
        "a 30-day ceasefire",
        JUL24,
        "«30-day» P30D null day duration dur=30d",
    );
    check(
        "more than seven weeks",
        JUL24,
        "P7W null week duration MORE_THAN dur=7w",
    );
    check(
        "in more than seven weeks",
        JUL24,
        "«more than seven weeks» P7W null week duration MORE_THAN dur=7w",
    );
    check(
        "less than three hours",
        JUL24,
        "PT3H null hour duration LESS_THAN dur=3h",
    );
    check(
        "about two weeks",
        JUL24,
        "P2W null week duration APPROX dur=2w",
    );
    check(
        "nearly 50 days",
        JUL24,
        "P50D null day duration APPROX dur=50d",
    );
    check(
        "at least five years",
        JUL24,
        "P5Y null year duration MORE_THAN dur=5y",
    );
    check("for weeks", JUL24, "«weeks» PXW null week duration vague");
    check("several days", JUL24, "PXD null day duration vague");
    check("a few months", JUL24, "PXM null month duration vague");
    check(
        "the first talks in seven weeks",
        JUL24,
        "«seven weeks» P7W null week duration dur=7w",
    );
}

#[test]
fn deadlines() {
    check(
        "within 50 days",
        JUL24,
        "P50D 2025-09-12 day duration within dur=50d",
    );
    check(
        "within 50 days",
        LEAP,
        "P50D 2024-04-19 day duration within dur=50d",
    );
    check(
        "within 50 days",
        NYE,
        "P50D 2025-02-19 day duration within dur=50d",
    );
    check(
        "within a fortnight",
        JUL24,
        "P2W 2025-08-07 week duration within dur=2w",
    );
    check(
        "within 24 hours",
        JUL24,
        "PT24H 2025-07-25 hour duration within dur=24h",
    );
    check(
        "within 36 hours",
        JUL24,
        "PT36H 2025-07-26 hour duration within dur=36h",
    );
    check(
        "within two weeks",
        NYE,
        "P2W 2025-01-14 week duration within dur=2w",
    );
    check(
        "within a month",
        "2025-01-31",
        "P1M 2025-02-28 month duration within dur=1mo",
    );
    check(
        "within six months",
        JUL24,
        "P6M 2026-01-24 month duration within dur=6mo",
    );
    check(
        "within a year",
        LEAP,
        "P1Y 2025-02-28 year duration within dur=1y",
    );
    check(
        "within 10 to 12 days",
        JUL24,
        "null 2025-08-03..2025-08-05 day duration within dur=10..12d",
    );
    check("within days", JUL24, "PXD null day duration within vague");
    check(
        "within the next 48 hours",
        JUL24,
        "PT48H 2025-07-26 hour duration within dur=48h",
    );
    check(
        "in the next two weeks",
        JUL24,
        "P2W 2025-08-07 week duration within dur=2w",
    );
    check("in 50 days", JUL24, "2025-09-12 2025-09-12 day in dur=50d");
    check("in two weeks", NYE, "2025-01-14 2025-01-14 day in dur=2w");
    check(
        "in a day",
        "2013-02-12",
        "2013-02-13 2013-02-13 day in dur=1d",
    );
    check(
        "in 10 to 12 days",
        JUL24,
        "2025-08-03/2025-08-05 2025-08-03..2025-08-05 day interval in dur=10..12d",
    );
    check(
        "in two weeks' time",
        JUL24,
        "2025-08-07 2025-08-07 day in dur=2w",
    );
    check(
        "a 50-day deadline",
        JUL24,
        "«50-day deadline» P50D 2025-09-12 day duration ultimatum dur=50d",
    );
    check(
        "a 48-hour ultimatum",
        JUL24,
        "«48-hour ultimatum» PT48H 2025-07-26 hour duration ultimatum dur=48h",
    );
    check(
        "a 10-day ultimatum",
        NYE,
        "«10-day ultimatum» P10D 2025-01-10 day duration ultimatum dur=10d",
    );
    check("by Friday", JUL24, "2025-07-25 2025-07-25 day by");
    check("by Thursday", JUL24, "2025-07-31 2025-07-31 day by");
    check("by Monday", SUN, "2025-07-28 2025-07-28 day by");
    check("by August 8", JUL24, "2025-08-08 2025-08-08 day by");
    check("by July 1", JUL24, "2026-07-01 2026-07-01 day by");
    check("by January 15", NYE, "2025-01-15 2025-01-15 day by");
    check(
        "by the end of the month",
        JUL24,
        "2025-07-31 2025-07-31 day by",
    );
    check(
        "by the end of the month",
        LEAP,
        "2024-02-29 2024-02-29 day by",
    );
    check(
        "by the end of the week",
        JUL24,
        "2025-07-27 2025-07-27 day by",
    );
    check(
        "until the end of the day",
        JUL24,
        "2025-07-24 2025-07-24 day until ON_OR_BEFORE",
    );
    check(
        "by the end of the year",
        JUL24,
        "2025-12-31 2025-12-31 day by",
    );
    check(
        "by the end of next month",
        NYE,
        "2025-01-31 2025-01-31 day by",
    );
    check(
        "by the end of August",
        JUL24,
        "2025-08-31 2025-08-31 day by",
    );
    check("by 2030", JUL24, "2030 2030-01-01..2030-12-31 year by");
    check(
        "by next week",
        JUL24,
        "2025-W31 2025-07-28..2025-08-03 week by",
    );
    check("by tomorrow", JUL24, "2025-07-25 2025-07-25 day by");
    check(
        "until September 1",
        JUL24,
        "2025-09-01 2025-09-01 day until ON_OR_BEFORE",
    );
    check(
        "until Friday",
        JUL24,
        "2025-07-25 2025-07-25 day until ON_OR_BEFORE",
    );
    check(
        "until March",
        NYE,
        "2025-03 2025-03-01..2025-03-31 month until ON_OR_BEFORE",
    );
    check(
        "no later than August 8",
        JUL24,
        "2025-08-08 2025-08-08 day no_later_than ON_OR_BEFORE",
    );
    check(
        "not later than Monday",
        JUL24,
        "2025-07-28 2025-07-28 day no_later_than ON_OR_BEFORE",
    );
}

#[test]
fn deadlines_anchored_to_their_issue_date() {
    // "Last week he threatened ... unless a deal was reached within 50 days" (issued 14-20 July).
    let published = day(JUL24);
    let issued = resolve("last week", published, &Options::default())
        .and_then(|e| e.interval)
        .unwrap_or_else(|| panic!("last week has no interval"));
    let limit = resolve("within 50 days", published, &Options::default())
        .and_then(|e| e.duration)
        .unwrap_or_else(|| panic!("within 50 days has no duration"));
    let due = limit.due_from(issued);
    assert_eq!(
        (issued.to_string(), due.to_string()),
        (
            "2025-07-14..2025-07-20".to_owned(),
            "2025-09-02..2025-09-08".to_owned()
        )
    );
    let range = resolve("in 10 to 12 days", published, &Options::default())
        .and_then(|e| e.duration)
        .unwrap_or_else(|| panic!("in 10 to 12 days has no duration"));
    assert_eq!(range.due_from(issued).to_string(), "2025-07-24..2025-08-01");
}

#[test]
fn since_and_open_intervals() {
    check(
        "since February",
        JUL24,
        "2025-02 2025-02-01..2025-07-24 month interval ON_OR_AFTER",
    );
    check(
        "since 2014",
        JUL24,
        "2014 2014-01-01..2025-07-24 year interval ON_OR_AFTER",
    );
    check(
        "since last week",
        JUL24,
        "2025-W29 2025-07-14..2025-07-24 week interval ON_OR_AFTER",
    );
    check(
        "since Monday",
        JUL24,
        "2025-07-21 2025-07-21..2025-07-24 day interval ON_OR_AFTER",
    );
    check(
        "since December",
        NEWYEAR,
        "2024-12 2024-12-01..2025-01-01 month interval ON_OR_AFTER",
    );
    check(
        "since the war began in February 2022",
        JUL24,
        "«February 2022» 2022-02 2022-02-01..2022-02-28 month",
    );
}

#[test]
fn vague_expressions() {
    check("in the coming days", JUL24, "FUTURE_REF null null vague");
    check("in the coming weeks", JUL24, "FUTURE_REF null null vague");
    check("in the next few days", JUL24, "FUTURE_REF null null vague");
    check("in the days ahead", JUL24, "FUTURE_REF null null vague");
    check("in the weeks to come", JUL24, "FUTURE_REF null null vague");
    check("in recent weeks", JUL24, "PAST_REF null null vague");
    check("in recent days", JUL24, "PAST_REF null null vague");
    check(
        "over the past few days",
        JUL24,
        "«the past few days» PAST_REF null null vague",
    );
    check("in the past", JUL24, "PAST_REF null null vague");
    check("in the future", JUL24, "FUTURE_REF null null vague");
    check("recently", JUL24, "PAST_REF null null vague");
    check("soon", JUL24, "FUTURE_REF null null vague");
    check("shortly", JUL24, "FUTURE_REF null null vague");
    check("lately", JUL24, "PAST_REF null null vague");
    check(
        "within a few days",
        JUL24,
        "FUTURE_REF null null within vague",
    );
    check("nothing to see here", JUL24, "none");
    check("246 prisoners", JUL24, "none");
}

#[test]
fn sets() {
    check("every Friday", JUL24, "XXXX-WXX-5 null null set");
    check("each week", JUL24, "P1W null null set");
    check("every day", JUL24, "P1D null null set");
    check("daily", JUL24, "P1D null null set");
    check("weekly", JUL24, "P1W null null set");
    check("annually", JUL24, "P1Y null null set");
    check("on Sundays", JUL24, "«Sundays» XXXX-WXX-7 null null set");
}

#[test]
fn more_holidays_and_phrasings() {
    check("Memorial Day 2025", JUL24, "2025-05-26 2025-05-26 day");
    check("Labor Day", JUL24, "2024-09-02 2024-09-02 day");
    check_with(
        "Labor Day",
        JUL24,
        Prefer::Future,
        "2025-09-01 2025-09-01 day",
    );
    check("Mother's Day 2024", JUL24, "2024-05-12 2024-05-12 day");
    check("Black Friday 2024", JUL24, "2024-11-29 2024-11-29 day");
    check("St. Patrick's Day 2025", JUL24, "2025-03-17 2025-03-17 day");
    check("Ash Wednesday 2025", JUL24, "2025-03-05 2025-03-05 day");
    check("Palm Sunday 2024", JUL24, "2024-03-24 2024-03-24 day");
    check("Pentecost 2025", JUL24, "2025-06-08 2025-06-08 day");
    check("Victory Day", JUL24, "2025-05-09 2025-05-09 day");
    check("Orthodox Christmas", JUL24, "2025-01-07 2025-01-07 day");
    check("the day after tomorrow", NYE, "2025-01-02 2025-01-02 day");
    check("day before yesterday", NEWYEAR, "2024-12-30 2024-12-30 day");
    check("right now", JUL24, "PRESENT_REF 2025-07-24 day");
    check("Wednesday after next", JUL24, "2025-08-06 2025-08-06 day");
    check("2/2013", JUL24, "2013-02 2013-02-01..2013-02-28 month");
    check(
        "late yesterday",
        JUL24,
        "2025-07-23 2025-07-23 day interval END",
    );
    check("a second round", JUL24, "none");
    check("a 30-year-old man", JUL24, "none");
    check("45 years old", JUL24, "none");
    check("at the moment", JUL24, "PRESENT_REF 2025-07-24 day");
    check(
        "the review, which ends Nov. 15",
        "1989-10-27",
        "«Nov. 15» 1989-11-15 1989-11-15 day",
    );
}

#[test]
fn due_dates_round_hours_up_and_saturate() {
    use claimtrack_time::{DateRange, DurationValue};
    let issued = DateRange::day(day("2025-07-24"));
    let hours = |n| DurationValue {
        unit: DurationUnit::Hour,
        min: n,
        max: n,
    };
    assert_eq!(hours(1).due_from(issued).to_string(), "2025-07-25");
    assert_eq!(hours(24).due_from(issued).to_string(), "2025-07-25");
    assert_eq!(hours(25).due_from(issued).to_string(), "2025-07-26");
    let months = DurationValue {
        unit: DurationUnit::Month,
        min: 1,
        max: 2,
    };
    assert_eq!(
        months
            .due_from(DateRange::day(day("2024-01-31")))
            .to_string(),
        "2024-02-29..2024-03-31"
    );
    let years = DurationValue {
        unit: DurationUnit::Year,
        min: u32::MAX,
        max: u32::MAX,
    };
    assert_eq!(years.due_from(issued).start, NaiveDate::MAX);
    assert_eq!(months.timex(), None);
    assert_eq!(hours(72).timex().as_deref(), Some("PT72H"));
}

#[test]
fn prefer_parses_from_text() {
    assert_eq!("future".parse::<Prefer>(), Ok(Prefer::Future));
    assert_eq!("PAST".parse::<Prefer>(), Ok(Prefer::Past));
    assert!("sideways".parse::<Prefer>().is_err());
}

#[test]
fn named_months_and_decades_relative_to_the_reference() {
    check(
        "next March",
        "2013-02-12",
        "2013-03 2013-03-01..2013-03-31 month",
    );
    check("next March", JUL24, "2026-03 2026-03-01..2026-03-31 month");
    check(
        "last March",
        "2013-02-12",
        "2012-03 2012-03-01..2012-03-31 month",
    );
    check("last May", JUL24, "2025-05 2025-05-01..2025-05-31 month");
    check(
        "this December",
        JUL24,
        "2025-12 2025-12-01..2025-12-31 month",
    );
    // The first of the year: the first of January, the next one for a limit.
    check(
        "until the first of the year",
        JUL24,
        "2026-01-01 2026-01-01 day until ON_OR_BEFORE",
    );
    // A month of a year named relative to the reference's.
    check(
        "July last year",
        JUL24,
        "2024-07 2024-07-01..2024-07-31 month",
    );
    check(
        "March of this year",
        JUL24,
        "2025-03 2025-03-01..2025-03-31 month",
    );
    check(
        "May next year",
        JUL24,
        "2026-05 2026-05-01..2026-05-31 month",
    );
    check("the eighties", JUL24, "198 1980-01-01..1989-12-31 decade");
    check(
        "the week after next",
        JUL24,
        "2025-W32 2025-08-04..2025-08-10 week",
    );
    check(
        "the year after next",
        JUL24,
        "2027 2027-01-01..2027-12-31 year",
    );
    check("next few days", JUL24, "FUTURE_REF null null vague");
    check(
        "the first week of October 2014",
        JUL24,
        "2014-W40 2014-09-29..2014-10-05 week",
    );
    check(
        "the second week of March 2025",
        JUL24,
        "2025-W10 2025-03-03..2025-03-09 week",
    );
}

#[test]
fn hebrew_calendar_holidays() {
    // Hebrew days begin at sunset; like Duckling, a holiday starts on the civil day whose
    // evening opens it.
    check(
        "Rosh Hashanah 2025",
        JUL24,
        "2025-09-22/2025-09-24 2025-09-22..2025-09-24 day",
    );
    check(
        "rosh hashana 2018",
        JUL24,
        "2018-09-09/2018-09-11 2018-09-09..2018-09-11 day",
    );
    check_with(
        "Rosh Hashanah",
        JUL24,
        Prefer::Future,
        "2025-09-22/2025-09-24 2025-09-22..2025-09-24 day",
    );
    check(
        "Rosh Hashanah",
        JUL24,
        "2024-10-02/2024-10-04 2024-10-02..2024-10-04 day",
    );
    check("Yom Kippur 2025", JUL24, "2025-10-01 2025-10-01 day");
    check("Yom Kippur 1973", JUL24, "1973-10-05 1973-10-05 day");
    check(
        "Sukkot 2025",
        JUL24,
        "2025-10-06/2025-10-14 2025-10-06..2025-10-14 day",
    );
    check("Simchat Torah 2025", JUL24, "2025-10-14 2025-10-14 day");
    check(
        "Hanukkah 2025",
        JUL24,
        "2025-12-14/2025-12-21 2025-12-14..2025-12-21 day",
    );
    check(
        "Chanukah 2018",
        JUL24,
        "2018-12-02/2018-12-09 2018-12-02..2018-12-09 day",
    );
    // Hanukkah 2024 began on Christmas Day.
    check(
        "Hanukkah",
        JUL24,
        "2024-12-25/2025-01-01 2024-12-25..2025-01-01 day",
    );
    check("Tu BiShvat 2025", JUL24, "2025-02-12 2025-02-12 day");
    check("Purim 2025", JUL24, "2025-03-13 2025-03-13 day");
    // 5784 was a leap year: Purim falls in Adar II.
    check("Purim 2024", JUL24, "2024-03-23 2024-03-23 day");
    check(
        "Passover 2025",
        JUL24,
        "2025-04-12/2025-04-20 2025-04-12..2025-04-20 day",
    );
    check(
        "Pesach 2024",
        JUL24,
        "2024-04-22/2024-04-30 2024-04-22..2024-04-30 day",
    );
    check("Lag BaOmer 2025", JUL24, "2025-05-15 2025-05-15 day");
    check(
        "Shavuot 2025",
        JUL24,
        "2025-06-01/2025-06-03 2025-06-01..2025-06-03 day",
    );
    // 9 Av 5785 is a Saturday: the fast moves to Sunday 3 August.
    check("Tisha B'Av 2025", JUL24, "2025-08-02 2025-08-02 day");
    // 5 Iyar 5785 is a Saturday: Independence Day moves back to Thursday 1 May.
    check("Yom Ha'atzmaut 2025", JUL24, "2025-04-30 2025-04-30 day");
}

#[test]
fn islamic_calendar_holidays() {
    // The tabular calendar: observed dates follow the moon and may be a day earlier.
    check(
        "Ramadan 2025",
        JUL24,
        "2025-03-01/2025-03-30 2025-03-01..2025-03-30 day",
    );
    check("Eid al-Fitr", JUL24, "2025-03-31 2025-03-31 day");
    check("Eid al-Fitr 2018", JUL24, "2018-06-15 2018-06-15 day");
    check("Eid ul-Fitr 2046", JUL24, "2046-08-04 2046-08-04 day");
    check("Eid al-Adha 2025", JUL24, "2025-06-07 2025-06-07 day");
    check("Bakr Id 1966", JUL24, "1966-04-01 1966-04-01 day");
    check_with(
        "Eid al-Adha",
        JUL24,
        Prefer::Future,
        "2026-05-27 2026-05-27 day",
    );
    check("Islamic New Year 2025", JUL24, "2025-06-27 2025-06-27 day");
    check("Ashura 2025", JUL24, "2025-07-06 2025-07-06 day");
    check("Mawlid 2025", JUL24, "2025-09-05 2025-09-05 day");
    check(
        "the Prophet's birthday 2025",
        JUL24,
        "2025-09-05 2025-09-05 day",
    );
    check("Laylat al-Qadr 2025", JUL24, "2025-03-27 2025-03-27 day");
    // Two Eids al-Fitr fell in 2000; the year names the first.
    check("Eid al-Fitr 2000", JUL24, "2000-01-08 2000-01-08 day");
}

#[test]
fn chinese_new_year_and_christian_feasts() {
    check("Chinese New Year 2026", JUL24, "2026-02-17 2026-02-17 day");
    check("Lunar New Year", JUL24, "2025-01-29 2025-01-29 day");
    check(
        "chinese new year's day 2018",
        JUL24,
        "2018-02-16 2018-02-16 day",
    );
    check("Chinese New Year 1950", JUL24, "1950-02-17 1950-02-17 day");
    // Outside the table (1950..=2050) the day is not guessed.
    check("Chinese New Year 2051", JUL24, "null null null");
    check("Good Friday 2025", JUL24, "2025-04-18 2025-04-18 day");
    check("Ash Wednesday 2026", JUL24, "2026-02-18 2026-02-18 day");
    check("Pentecost 2025", JUL24, "2025-06-08 2025-06-08 day");
    check("Trinity Sunday 2025", JUL24, "2025-06-15 2025-06-15 day");
    check("Corpus Christi 2025", JUL24, "2025-06-19 2025-06-19 day");
    check(
        "Lent 2025",
        JUL24,
        "2025-03-05/2025-04-19 2025-03-05..2025-04-19 day",
    );
    check("Clean Monday 2025", JUL24, "2025-03-03 2025-03-03 day");
    check("Thanksgiving 2025", JUL24, "2025-11-27 2025-11-27 day");
    check("Memorial Day 2025", JUL24, "2025-05-26 2025-05-26 day");
    check("Labor Day 2025", JUL24, "2025-09-01 2025-09-01 day");
    check("MLK Day 2026", JUL24, "2026-01-19 2026-01-19 day");
    check(
        "Great Lent 2025",
        JUL24,
        "2025-03-03/2025-04-11 2025-03-03..2025-04-11 day",
    );
    check(
        "Orthodox Palm Sunday 2025",
        JUL24,
        "2025-04-13 2025-04-13 day",
    );
    check("Lazarus Saturday 2025", JUL24, "2025-04-12 2025-04-12 day");
    check("Pancake Day 2025", JUL24, "2025-03-04 2025-03-04 day");
    check("Jumu'atul-Wida 2018", JUL24, "2018-06-08 2018-06-08 day");
    check("Shemini Atzeret 2018", JUL24, "2018-09-30 2018-09-30 day");
    check("Yom HaShoah 2018", JUL24, "2018-04-11 2018-04-11 day");
    check(
        "memorial day weekend 2025",
        JUL24,
        "2025-05-23/2025-05-26 2025-05-23..2025-05-26 day",
    );
    check(
        "Labor Day weekend",
        JUL24,
        "2024-08-30/2024-09-02 2024-08-30..2024-09-02 day",
    );
    check("Black Friday of 2017", JUL24, "2017-11-24 2017-11-24 day");
    // Boss's Day 2026 (16 October) is a Friday; in 2027 it is a Saturday, kept on Friday.
    check("boss's day 2026", JUL24, "2026-10-16 2026-10-16 day");
    check("boss's day 2027", JUL24, "2027-10-15 2027-10-15 day");
    // King's Day moves back a day when 27 April is a Sunday, as in 2025.
    check("King's Day 2025", JUL24, "2025-04-26 2025-04-26 day");
    check(
        "International Women's Day",
        JUL24,
        "2025-03-08 2025-03-08 day",
    );
    check("World AIDS Day 2024", JUL24, "2024-12-01 2024-12-01 day");
    check("Juneteenth 2025", JUL24, "2025-06-19 2025-06-19 day");
    check("April Fools' Day 2025", JUL24, "2025-04-01 2025-04-01 day");
    check("Independence Day 2026", JUL24, "2026-07-04 2026-07-04 day");
    check("st patrick's day 2025", JUL24, "2025-03-17 2025-03-17 day");
    check(
        "the day after Christmas 2024",
        JUL24,
        "2024-12-26 2024-12-26 day",
    );
    check(
        "this Thanksgiving",
        JUL24,
        "«Thanksgiving» 2025-11-27 2025-11-27 day",
    );
    check(
        "shavu'ot 2018",
        JUL24,
        "2018-05-19/2018-05-21 2018-05-19..2018-05-21 day",
    );
}

#[test]
fn timeml_news_expressions() {
    check("now", JUL24, "PRESENT_REF 2025-07-24 day");
    check("currently", JUL24, "PRESENT_REF 2025-07-24 day");
    check("at present", JUL24, "PRESENT_REF 2025-07-24 day");
    check(
        "the past five years",
        JUL24,
        "P5Y 2020-07-24..2025-07-24 year duration dur=5y",
    );
    check("recent years", JUL24, "PAST_REF null null vague");
    check(
        "the third quarter",
        JUL24,
        "2025-Q3 2025-07-01..2025-09-30 quarter",
    );
    check(
        "third-quarter",
        JUL24,
        "2025-Q3 2025-07-01..2025-09-30 quarter",
    );
    check("first-half", LEAP, "2024-H1 2024-01-01..2024-06-30 half");
    check(
        "the first half of 2024",
        JUL24,
        "2024-H1 2024-01-01..2024-06-30 half",
    );
    check("fiscal 2024", JUL24, "FY2024 null year");
    check("fiscal year 2025", JUL24, "FY2025 null year");
    check("FY2024", JUL24, "FY2024 null year");
    check("the 1990s", JUL24, "199 1990-01-01..1999-12-31 decade");
    check(
        "the late 1990s",
        JUL24,
        "199 1997-01-01..1999-12-31 year interval END",
    );
    check(
        "the 19th century",
        JUL24,
        "18 1800-01-01..1899-12-31 century",
    );
    check(
        "the twenty-first century",
        JUL24,
        "20 2000-01-01..2099-12-31 century",
    );
    check(
        "this spring",
        JUL24,
        "2025-SP 2025-03-20..2025-06-20 season",
    );
    check(
        "last summer",
        JUL24,
        "2024-SU 2024-06-21..2024-09-23 season",
    );
    check(
        "the weekend",
        JUL24,
        "2025-W29-WE 2025-07-19..2025-07-20 weekend",
    );
    check_with(
        "the weekend",
        JUL24,
        Prefer::Future,
        "2025-W30-WE 2025-07-26..2025-07-27 weekend",
    );
    check("the previous day", JUL24, "2025-07-23 2025-07-23 day");
    check("the same day", JUL24, "2025-07-24 2025-07-24 day");
    check("the same week", MON, "2025-W31 2025-07-28..2025-08-03 week");
    check("the year before", JUL24, "2024 2024-01-01..2024-12-31 year");
    check(
        "a year earlier",
        JUL24,
        "2024 2024-01-01..2024-12-31 year dur=1y",
    );
    check(
        "two years earlier",
        NEWYEAR,
        "2023 2023-01-01..2023-12-31 year dur=2y",
    );
    check(
        "the year-ago quarter",
        JUL24,
        "2024-Q3 2024-07-01..2024-09-30 quarter",
    );
    check(
        "year-end",
        JUL24,
        "2025 2025-09-01..2025-12-31 month interval END",
    );
    check("by year-end", JUL24, "2025-12-31 2025-12-31 day by");
    check(
        "over the years",
        JUL24,
        "«the years» PXY null year duration vague",
    );
    // A step forward needs the event it follows.
    check("the week after", JUL24, "null null week");
    check("the coming weeks", JUL24, "FUTURE_REF null null vague");
    check("in the near future", JUL24, "FUTURE_REF null null vague");
    check(
        "in the foreseeable future",
        JUL24,
        "FUTURE_REF null null vague",
    );
    check(
        "decades of war",
        JUL24,
        "«decades» PXDE null decade duration vague",
    );
    check("years ago", JUL24, "PAST_REF null null vague");
    check("decades ago", JUL24, "PAST_REF null null vague");
    check("tonight", JUL24, "2025-07-24TNI 2025-07-24 day");
    check("this morning", JUL24, "2025-07-24TMO 2025-07-24 day");
    check(
        "the following week",
        JUL24,
        "2025-W31 2025-07-28..2025-08-03 week",
    );
}

#[test]
fn recurring_sets() {
    check("twice a week", JUL24, "P1W null null set");
    check("once a month", JUL24, "P1M null null set");
    check("three times a year", JUL24, "P1Y null null set");
    check("every two weeks", JUL24, "P2W null null set");
    check("every 3 days", JUL24, "P3D null null set");
    check("every summer", JUL24, "XXXX-SU null null set");
    check(
        "once a year ago",
        JUL24,
        "«a year ago» 2024 2024-07-24 day dur=1y",
    );
}

#[test]
fn clock_times_on_days() {
    check("3 p.m.", JUL24, "2025-07-24T15:00 2025-07-24 hour");
    check("12 a.m.", JUL24, "2025-07-24T00:00 2025-07-24 hour");
    check(
        "10:30 a.m. Tuesday",
        JUL24,
        "2025-07-22T10:30 2025-07-22 minute",
    );
    check(
        "Friday at 3 p.m.",
        JUL24,
        "2025-07-18T15:00 2025-07-18 hour",
    );
    check("tomorrow at 9pm", JUL24, "2025-07-25T21:00 2025-07-25 hour");
    check("noon Monday", JUL24, "2025-07-21T12:00 2025-07-21 hour");
    // The last minute of the day, which is the day a deadline "by midnight" falls.
    check(
        "midnight Friday",
        JUL24,
        "2025-07-18T23:59 2025-07-18 minute",
    );
    check(
        "July 4, 2025, at 10 am",
        JUL24,
        "2025-07-04T10:00 2025-07-04 hour",
    );
    check(
        "at 14:30",
        JUL24,
        "«14:30» 2025-07-24T14:30 2025-07-24 minute",
    );
    // Without "at", "a.m." or a day, "14:30" is not read as a time.
    check("14:30", JUL24, "none");
    check("13 p.m.", JUL24, "none");
}

#[test]
fn headline_and_dateline_dates() {
    check("Aug. 8", JUL24, "2024-08-08 2024-08-08 day");
    check_with("Aug. 8", JUL24, Prefer::Future, "2025-08-08 2025-08-08 day");
    check("Sept. 1", JUL24, "2024-09-01 2024-09-01 day");
    check("Sept. 1, 2025", JUL24, "2025-09-01 2025-09-01 day");
    check("Jan 5th", JUL24, "2025-01-05 2025-01-05 day");
    check("5th of May", JUL24, "2025-05-05 2025-05-05 day");
    check("on the 15th", JUL24, "«the 15th» 2025-07-15 2025-07-15 day");
    check("May 2024", JUL24, "2024-05 2024-05-01..2024-05-31 month");
    check(
        "2024-25",
        JUL24,
        "2024/2025 2024-01-01..2025-12-31 year interval",
    );
    check(
        "mid-2026",
        JUL24,
        "2026 2026-05-01..2026-08-31 month interval MID",
    );
    check(
        "the end of next week",
        JUL24,
        "2025-W31 2025-08-01..2025-08-03 day interval END",
    );
    check(
        "the beginning of March",
        JUL24,
        "2025-03 2025-03-01..2025-03-10 day interval START",
    );
    // "as early as" looks ahead; "as of" reports.
    check(
        "as early as Monday",
        JUL24,
        "«Monday» 2025-07-28 2025-07-28 day",
    );
    check(
        "as soon as Friday",
        JUL24,
        "«Friday» 2025-07-25 2025-07-25 day",
    );
    check("as of Friday", JUL24, "«Friday» 2025-07-18 2025-07-18 day");
    check(
        "the past weekend",
        JUL24,
        "2025-W29-WE 2025-07-19..2025-07-20 weekend",
    );
    check(
        "last week of september 2014",
        JUL24,
        "2014-W40 2014-09-29..2014-10-05 week",
    );
    check(
        "Monday through Friday",
        JUL24,
        "2025-07-21/2025-07-25 2025-07-21..2025-07-25 day interval",
    );
    check(
        "July 1 through July 5",
        JUL24,
        "2025-07-01/2025-07-05 2025-07-01..2025-07-05 day interval",
    );
    // A weekday pins a date near the reference on either side.
    check("Friday, July 25", JUL24, "2025-07-25 2025-07-25 day");
    check("Saturday, July 19", JUL24, "2025-07-19 2025-07-19 day");
    check("Wed., Jan. 1", NYE, "2025-01-01 2025-01-01 day");
}
