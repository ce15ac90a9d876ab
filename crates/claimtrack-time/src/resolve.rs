//! Resolution: turns grammar [`Node`]s into values and intervals against the reference date.
//!
//! Directional choices (which "Friday", which "May 16") take a [`Cue`]: the caller's
//! [`Prefer`] or, for `Auto`, the context ([`crate::context`]). Deadlines ("by", "until") always
//! look ahead and "since" always looks back. When a date falls off the calendar the expression
//! keeps its span and gets no value rather than a wrong one.

use chrono::{Datelike, NaiveDate};

use crate::calendar::{
    self, add_days, add_months, last_day_of_month, month_range, quarter_range, season_code,
    season_range, week_range, week_start, year_range, years_range, ymd,
};
use crate::context;
use crate::grammar::{Dur, Feast, Found, Node, Part, WdRel, YearRef, byte_span};
use crate::lexicon::{Cue, Season, Unit};
use crate::lunar;
use crate::token::Token;
use crate::{
    DateRange, DeadlineMarker, DurationUnit, DurationValue, ExprType, Grain, Modifier, Options,
    Prefer, TimeExpr, timex_duration,
};

/// Builds the public expression for a match.
pub(crate) fn finish(
    text: &str,
    toks: &[Token],
    found: Found,
    reference: NaiveDate,
    options: &Options,
    anchors: &[(DateRange, Grain)],
) -> TimeExpr {
    let (start, end) = byte_span(toks, &found);
    let dir = match options.prefer {
        Prefer::Past => Cue::Past,
        Prefer::Future => Cue::Future,
        Prefer::Auto => context::direction(text, toks, found.first, found.last),
    };
    let ctx = Ctx { r: reference, dir };
    let step = following(text, toks, &found, anchors);
    let out = anaphor(step.as_ref().unwrap_or(&found.node), anchors, reference)
        .or_else(|| ctx.node(&found.node))
        .unwrap_or_else(|| Out::unknown(&found.node));
    TimeExpr {
        start,
        end,
        text: text.get(start..end).unwrap_or("").to_owned(),
        ty: out.ty,
        value: out.value,
        interval: out.interval,
        grain: out.grain,
        duration: out.duration,
        deadline: out.deadline,
        modifier: out.modifier,
        vague: out.vague,
    }
}

/// "the following week", "the previous month" read as a step from the last date the text
/// named, when it named one at that grain or finer; without one they keep their reading from
/// the reference date ("the following week" is next week). `None` for any other node.
fn following(
    text: &str,
    toks: &[Token],
    found: &Found,
    anchors: &[(DateRange, Grain)],
) -> Option<Node> {
    let word = |i: usize| {
        toks.get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("")
    };
    if let Node::Rel {
        unit: unit @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year),
        n: n @ (1 | -1),
        tod: None,
    } = found.node
        && word(found.first).eq_ignore_ascii_case("the")
        && (word(found.first + 1).eq_ignore_ascii_case("following")
            || word(found.first + 1).eq_ignore_ascii_case("previous"))
        && anchors.iter().any(|(_, g)| *g <= unit_grain(unit))
    {
        return Some(Node::Anaphor {
            dur: None,
            unit,
            shift: Some(n),
        });
    }
    None
}

/// An anaphoric expression ("the previous day", "a year earlier", "the same week") resolved
/// against the latest date the text named before it at the same grain or finer, or, for a step
/// back, against the reference date (the publication day) when the text named none. `None` when
/// the words do not fix the distance ("days later", "the day before the vote").
fn anaphor(node: &Node, anchors: &[(DateRange, Grain)], reference: NaiveDate) -> Option<Out> {
    let Node::Anaphor {
        dur,
        unit,
        shift: Some(n),
    } = node
    else {
        return None;
    };
    let grain = unit_grain(*unit);
    // Without a date in the text, "the day before" and "a year earlier" are read from the
    // publication day, as a report of the news of the day; "two days later" is not, since it
    // follows an event the text tells of.
    let base = match anchors.iter().rev().find(|(_, g)| *g <= grain) {
        Some((iv, _)) => iv.start,
        None if *n <= 0 => reference,
        None => return None,
    };
    let n = i64::from(*n);
    let p = match unit {
        Unit::Day => day_period(add_days(base, n)?),
        Unit::Week => week_period(add_days(week_start(base)?, 7 * n)?)?,
        Unit::Fortnight => week_period(add_days(week_start(base)?, 14 * n)?)?,
        Unit::Month => {
            let d = add_months(ymd(base.year(), base.month(), 1)?, n)?;
            month_period(d.year(), d.month())?
        }
        Unit::Quarter => {
            let d = add_months(ymd(base.year(), base.month(), 1)?, 3 * n)?;
            quarter_period(d.year(), (d.month() - 1) / 3 + 1)?
        }
        Unit::Year => year_period(base.year() + i32::try_from(n).ok()?)?,
        _ => return None,
    };
    Some(Out {
        duration: dur.map(dur_value),
        ..Out::date(p)
    })
}

/// A resolved calendar period.
#[derive(Debug, Clone)]
struct Period {
    iv: DateRange,
    grain: Grain,
    value: String,
}

#[derive(Debug, Clone)]
struct Out {
    ty: ExprType,
    value: Option<String>,
    interval: Option<DateRange>,
    grain: Option<Grain>,
    duration: Option<DurationValue>,
    deadline: Option<DeadlineMarker>,
    modifier: Option<Modifier>,
    vague: bool,
}

impl Out {
    fn date(p: Period) -> Out {
        Out {
            ty: ExprType::Date,
            value: Some(p.value),
            interval: Some(p.iv),
            grain: Some(p.grain),
            duration: None,
            deadline: None,
            modifier: None,
            vague: false,
        }
    }

    /// An expression whose date fell off the calendar: typed, but without a value.
    fn unknown(node: &Node) -> Out {
        let ty = match node {
            Node::Dur { .. } | Node::VagueDur { .. } | Node::Span { .. } => ExprType::Duration,
            Node::Range(..) | Node::Since(..) | Node::Part { .. } => ExprType::Interval,
            Node::Set { .. } => ExprType::Set,
            _ => ExprType::Date,
        };
        Out {
            ty,
            value: None,
            interval: None,
            grain: None,
            duration: None,
            deadline: None,
            modifier: None,
            vague: false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Ctx {
    r: NaiveDate,
    dir: Cue,
}

/// The TIMEX3 value of a day, `2025-07-23`: what `format!("{:04}-{:02}-{:02}", ..)` writes,
/// with the digits written directly for a year of four digits (every day of news), as this runs
/// for nearly every resolved expression and the formatting machinery costs ten times as much.
fn day_value(d: NaiveDate) -> String {
    let (year, month, day) = (d.year(), d.month(), d.day());
    let Ok(year @ 0..=9999) = u32::try_from(year) else {
        return format!("{year:04}-{month:02}-{day:02}");
    };
    let mut value = String::with_capacity(10);
    push_digits(&mut value, year, 1000);
    value.push('-');
    push_digits(&mut value, month, 10);
    value.push('-');
    push_digits(&mut value, day, 10);
    value
}

/// Appends the decimal digits of `n` from the place `place` (a power of ten) down, zeros first:
/// `n` below `10 * place`.
fn push_digits(out: &mut String, n: u32, mut place: u32) {
    while place > 0 {
        let digit = (n / place) % 10;
        out.push(char::from(b'0' + u8::try_from(digit).unwrap_or(0)));
        place /= 10;
    }
}

fn day_period(d: NaiveDate) -> Period {
    Period {
        iv: DateRange::day(d),
        grain: Grain::Day,
        value: day_value(d),
    }
}

fn week_period(monday: NaiveDate) -> Option<Period> {
    let iso = monday.iso_week();
    Some(Period {
        iv: week_range(monday)?,
        grain: Grain::Week,
        value: format!("{:04}-W{:02}", iso.year(), iso.week()),
    })
}

fn weekend_period(saturday: NaiveDate) -> Option<Period> {
    let iso = saturday.iso_week();
    Some(Period {
        iv: DateRange::new(saturday, add_days(saturday, 1)?),
        grain: Grain::Weekend,
        value: format!("{:04}-W{:02}-WE", iso.year(), iso.week()),
    })
}

fn month_period(y: i32, m: u32) -> Option<Period> {
    Some(Period {
        iv: month_range(y, m)?,
        grain: Grain::Month,
        value: format!("{y:04}-{m:02}"),
    })
}

fn quarter_period(y: i32, q: u32) -> Option<Period> {
    Some(Period {
        iv: quarter_range(y, q)?,
        grain: Grain::Quarter,
        value: format!("{y:04}-Q{q}"),
    })
}

fn half_period(y: i32, h: u32) -> Option<Period> {
    let (first, last) = if h == 1 { (1, 6) } else { (7, 12) };
    Some(Period {
        iv: DateRange::new(ymd(y, first, 1)?, last_day_of_month(y, last)?),
        grain: Grain::Half,
        value: format!("{y:04}-H{h}"),
    })
}

fn year_period(y: i32) -> Option<Period> {
    Some(Period {
        iv: year_range(y)?,
        grain: Grain::Year,
        value: format!("{y:04}"),
    })
}

fn decade_period(start: i32) -> Option<Period> {
    Some(Period {
        iv: years_range(start, start + 9)?,
        grain: Grain::Decade,
        value: format!("{:03}", start.div_euclid(10)),
    })
}

fn century_period(start: i32) -> Option<Period> {
    Some(Period {
        iv: years_range(start, start + 99)?,
        grain: Grain::Century,
        value: format!("{:02}", start.div_euclid(100)),
    })
}

fn season_period(y: i32, s: Season) -> Option<Period> {
    Some(Period {
        iv: season_range(y, s)?,
        grain: Grain::Season,
        value: format!("{y:04}-{}", season_code(s)),
    })
}

fn feast_day(h: Feast, y: i32) -> Option<NaiveDate> {
    match h {
        Feast::Christmas => ymd(y, 12, 25),
        Feast::ChristmasEve => ymd(y, 12, 24),
        Feast::NewYearsDay => ymd(y, 1, 1),
        Feast::NewYearsEve => ymd(y, 12, 31),
        Feast::Easter => calendar::easter(y),
        Feast::GoodFriday => add_days(calendar::easter(y)?, -2),
        Feast::EasterMonday => add_days(calendar::easter(y)?, 1),
        Feast::OrthodoxEaster => calendar::orthodox_easter(y),
        Feast::OrthodoxGoodFriday => add_days(calendar::orthodox_easter(y)?, -2),
        Feast::Halloween => ymd(y, 10, 31),
        Feast::Thanksgiving => calendar::nth_weekday(y, 11, chrono::Weekday::Thu, 4),
        Feast::Valentine => ymd(y, 2, 14),
        Feast::Fixed { m, d } => ymd(y, m, d),
        Feast::Nth { m, wd, n } => calendar::nth_weekday(y, m, calendar::weekday(wd), n),
        Feast::EasterPlus(n) => add_days(calendar::easter(y)?, i64::from(n)),
        Feast::ThanksgivingPlus(n) => add_days(
            calendar::nth_weekday(y, 11, chrono::Weekday::Thu, 4)?,
            i64::from(n),
        ),
        Feast::OrthodoxPlus(n) => add_days(calendar::orthodox_easter(y)?, i64::from(n)),
        Feast::ChineseNewYear => lunar::chinese_new_year(y),
        Feast::BossDay => {
            let day = ymd(y, 10, 16)?;
            match day.weekday() {
                chrono::Weekday::Sat => add_days(day, -1),
                chrono::Weekday::Sun => add_days(day, 1),
                _ => Some(day),
            }
        }
        Feast::KingsDay => {
            let day = ymd(y, 4, 27)?;
            if day.weekday() == chrono::Weekday::Sun {
                add_days(day, -1)
            } else {
                Some(day)
            }
        }
        Feast::Lent
        | Feast::GreatLent
        | Feast::MondayWeekend { .. }
        | Feast::Hebrew(_)
        | Feast::Islamic(_) => None,
    }
}

/// The occurrences of a holiday in Gregorian year `y`, in order: one for most, a span of days
/// for Lent, Passover or Ramadan, and sometimes two for an Islamic holiday (the Islamic year is
/// eleven days shorter).
fn feast_periods(h: Feast, y: i32) -> [Option<Period>; 2] {
    let span = |(a, b): (NaiveDate, NaiveDate)| {
        if a == b {
            day_period(a)
        } else {
            Period {
                iv: DateRange::new(a, b),
                grain: Grain::Day,
                value: format!("{}/{}", day_value(a), day_value(b)),
            }
        }
    };
    match h {
        Feast::Lent => {
            let easter = calendar::easter(y);
            let lent = easter.and_then(|e| Some((add_days(e, -46)?, add_days(e, -1)?)));
            [lent.map(span), None]
        }
        Feast::MondayWeekend { m, n } => {
            let monday = calendar::nth_weekday(y, m, chrono::Weekday::Mon, n);
            let weekend = monday.and_then(|d| Some((add_days(d, -3)?, d)));
            [weekend.map(span), None]
        }
        Feast::GreatLent => {
            let easter = calendar::orthodox_easter(y);
            let lent = easter.and_then(|e| Some((add_days(e, -48)?, add_days(e, -9)?)));
            [lent.map(span), None]
        }
        Feast::Hebrew(hh) => [lunar::hebrew_days(hh, y).map(span), None],
        Feast::Islamic(ih) => {
            let mut it = lunar::islamic_days(ih, y).map(span);
            [it.next(), it.next()]
        }
        _ => [feast_day(h, y).map(day_period), None],
    }
}

fn dur_value(d: Dur) -> DurationValue {
    DurationValue {
        unit: d.unit,
        min: d.lo,
        max: d.hi,
    }
}

fn vague_duration_value(unit: Unit) -> &'static str {
    match unit {
        Unit::Second => "PTXS",
        Unit::Minute => "PTXM",
        Unit::Hour => "PTXH",
        Unit::Day | Unit::Weekend => "PXD",
        Unit::Week | Unit::Fortnight => "PXW",
        Unit::Month | Unit::Quarter => "PXM",
        Unit::Year => "PXY",
        Unit::Decade => "PXDE",
        Unit::Century => "PXCE",
    }
}

fn unit_grain(unit: Unit) -> Grain {
    match unit {
        Unit::Second => Grain::Second,
        Unit::Minute => Grain::Minute,
        Unit::Hour => Grain::Hour,
        Unit::Day => Grain::Day,
        Unit::Weekend => Grain::Weekend,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Quarter => Grain::Quarter,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
    }
}

fn wd_index(d: NaiveDate) -> i64 {
    i64::from(d.weekday().num_days_from_monday())
}

impl Ctx {
    fn with(self, dir: Cue) -> Ctx {
        Ctx { r: self.r, dir }
    }

    fn past(self) -> bool {
        self.dir == Cue::Past
    }

    fn node(self, node: &Node) -> Option<Out> {
        match node {
            Node::Dur {
                dur,
                anchor,
                modifier,
            } => {
                let dv = dur_value(*dur);
                let interval = match anchor {
                    Some(DeadlineMarker::Within | DeadlineMarker::Ultimatum) => {
                        Some(dv.due_from(DateRange::day(self.r)))
                    }
                    _ => None,
                };
                Some(Out {
                    ty: ExprType::Duration,
                    value: dv.timex(),
                    interval,
                    grain: Some(dur.unit.grain()),
                    duration: Some(dv),
                    deadline: *anchor,
                    modifier: *modifier,
                    vague: false,
                })
            }
            Node::VagueDur { unit, marker } => Some(Out {
                ty: ExprType::Duration,
                value: Some(vague_duration_value(*unit).to_owned()),
                interval: None,
                grain: Some(unit_grain(*unit)),
                duration: None,
                deadline: *marker,
                modifier: None,
                vague: true,
            }),
            Node::Vague { value, marker } => {
                let present = *value == "PRESENT_REF";
                Some(Out {
                    ty: ExprType::Date,
                    value: Some((*value).to_owned()),
                    interval: present.then(|| DateRange::day(self.r)),
                    grain: present.then_some(Grain::Day),
                    duration: None,
                    deadline: *marker,
                    modifier: None,
                    vague: !present,
                })
            }
            Node::Anaphor { dur, unit, .. } => Some(Out {
                ty: ExprType::Date,
                value: None,
                interval: None,
                grain: Some(unit_grain(*unit)),
                duration: dur.map(dur_value),
                deadline: None,
                modifier: None,
                vague: false,
            }),
            Node::Clock { day, h, m } => {
                let p = match day {
                    Some(d) => self.period(d)?,
                    None => day_period(self.r),
                };
                Some(Out {
                    ty: ExprType::Date,
                    value: Some(format!("{}T{h:02}:{m:02}", p.value)),
                    interval: Some(p.iv),
                    grain: Some(if *m == 0 { Grain::Hour } else { Grain::Minute }),
                    duration: None,
                    deadline: None,
                    modifier: None,
                    vague: false,
                })
            }
            Node::Fiscal { y } => Some(Out {
                ty: ExprType::Date,
                value: Some(format!("FY{y:04}")),
                interval: None,
                grain: Some(Grain::Year),
                duration: None,
                deadline: None,
                modifier: None,
                vague: false,
            }),
            Node::Set { value } => Some(Out {
                ty: ExprType::Set,
                value: Some(value.clone()),
                interval: None,
                grain: None,
                duration: None,
                deadline: None,
                modifier: None,
                vague: false,
            }),
            Node::Shift { dur, sign, marker } => {
                let a = self.shift(dur.unit, dur.lo, *sign)?;
                let b = self.shift(dur.unit, dur.hi, *sign)?;
                let iv = DateRange::new(a, b);
                let (ty, value) = if iv.start == iv.end {
                    // TIMEX3 gives the value at the granularity of the words: "five years ago"
                    // is a year, "three months ago" a month; the interval stays the day. A time
                    // limit ("in two weeks") keeps the day it runs out.
                    let d = iv.start;
                    let unit = if marker.is_some() {
                        DurationUnit::Day
                    } else {
                        dur.unit
                    };
                    let value = match unit {
                        DurationUnit::Year => format!("{:04}", d.year()),
                        DurationUnit::Month => format!("{:04}-{:02}", d.year(), d.month()),
                        DurationUnit::Week => {
                            let w = d.iso_week();
                            format!("{:04}-W{:02}", w.year(), w.week())
                        }
                        _ => day_value(d),
                    };
                    (ExprType::Date, value)
                } else {
                    (
                        ExprType::Interval,
                        format!("{}/{}", day_value(iv.start), day_value(iv.end)),
                    )
                };
                Some(Out {
                    ty,
                    value: Some(value),
                    interval: Some(iv),
                    grain: Some(Grain::Day),
                    duration: Some(dur_value(*dur)),
                    deadline: *marker,
                    modifier: None,
                    vague: false,
                })
            }
            Node::Span {
                unit,
                n,
                sign,
                rolling,
            } => self.span(*unit, *n, *sign, *rolling),
            Node::Part { part, of } => {
                let p = self.period(of)?;
                let (iv, grain) = self.part(*part, &p)?;
                let modifier = match part {
                    Part::Start => Some(Modifier::Start),
                    Part::Mid => Some(Modifier::Mid),
                    Part::End => Some(Modifier::End),
                    Part::Earlier | Part::Later | Part::Rest => None,
                };
                let ty = match part {
                    Part::Earlier | Part::Later => ExprType::Date,
                    _ => ExprType::Interval,
                };
                Some(Out {
                    ty,
                    value: Some(p.value),
                    interval: Some(iv),
                    grain: Some(grain),
                    duration: None,
                    deadline: None,
                    modifier,
                    vague: false,
                })
            }
            Node::Range(a, b) => {
                let pa = self.period(a)?;
                let mut pb = self.period(b)?;
                // "from December 20 to January 5": the end follows the start.
                if pb.iv.end < pa.iv.start
                    && let Node::Day { y: None, m, d, .. } = **b
                    && let Some(next) = (1..=2).find_map(|k| {
                        let day = ymd(pa.iv.start.year() + k - 1, m, d)?;
                        (day >= pa.iv.start).then_some(day)
                    })
                {
                    pb = day_period(next);
                }
                // "Monday through Friday": the Friday after that Monday.
                if pb.iv.end < pa.iv.start
                    && matches!(**b, Node::Weekday { .. })
                    && let Some(next) = (1..=2).find_map(|w| {
                        let day = add_days(pb.iv.start, 7 * w)?;
                        (day >= pa.iv.start).then_some(day)
                    })
                {
                    pb = day_period(next);
                }
                if pb.iv.end < pa.iv.start {
                    return None;
                }
                Some(Out {
                    ty: ExprType::Interval,
                    value: Some(format!("{}/{}", pa.value, pb.value)),
                    interval: Some(DateRange::new(pa.iv.start, pb.iv.end)),
                    grain: Some(pa.grain.min(pb.grain)),
                    duration: None,
                    deadline: None,
                    modifier: None,
                    vague: false,
                })
            }
            Node::Since(inner) => {
                let p = self.with(Cue::Past).period(inner)?;
                let end = if p.iv.start <= self.r {
                    self.r.max(p.iv.end)
                } else {
                    p.iv.end
                };
                Some(Out {
                    ty: ExprType::Interval,
                    value: Some(p.value),
                    interval: Some(DateRange::new(p.iv.start, end)),
                    grain: Some(p.grain),
                    duration: None,
                    deadline: None,
                    modifier: Some(Modifier::OnOrAfter),
                    vague: false,
                })
            }
            Node::Limit { marker, of } => {
                let fut = self.with(Cue::Future);
                let mut out = match &**of {
                    // "by the end of the month" is due on its last day.
                    Node::Part {
                        part: Part::End,
                        of: inner,
                    } => {
                        let p = fut.period(inner)?;
                        Out::date(day_period(p.iv.end))
                    }
                    other => fut.node(other)?,
                };
                out.deadline = Some(*marker);
                if matches!(marker, DeadlineMarker::Until | DeadlineMarker::NoLaterThan) {
                    out.modifier = out.modifier.or(Some(Modifier::OnOrBefore));
                }
                Some(out)
            }
            other => self.period(other).map(Out::date),
        }
    }

    /// A day `n` units before (`sign` -1) or after the reference. Sub-day units round down.
    fn shift(self, unit: DurationUnit, n: u32, sign: i32) -> Option<NaiveDate> {
        let s = i64::from(sign);
        let n = i64::from(n);
        match unit {
            DurationUnit::Second => add_days(self.r, s * (n / 86_400)),
            DurationUnit::Minute => add_days(self.r, s * (n / 1_440)),
            DurationUnit::Hour => add_days(self.r, s * (n / 24)),
            DurationUnit::Day => add_days(self.r, s * n),
            DurationUnit::Week => add_days(self.r, s * n * 7),
            DurationUnit::Month => add_months(self.r, s * n),
            DurationUnit::Year => add_months(self.r, s * n * 12),
        }
    }

    /// "the past two weeks", "next 3 months": whole units before or after the current one.
    fn span(self, unit: Unit, n: u32, sign: i32, rolling: bool) -> Option<Out> {
        let r = self.r;
        let n64 = i64::from(n);
        let back = sign < 0;
        let (du, mult) = match unit {
            Unit::Second => (DurationUnit::Second, 1),
            Unit::Minute => (DurationUnit::Minute, 1),
            Unit::Hour => (DurationUnit::Hour, 1),
            Unit::Day => (DurationUnit::Day, 1),
            Unit::Week => (DurationUnit::Week, 1),
            Unit::Fortnight => (DurationUnit::Week, 2),
            Unit::Month => (DurationUnit::Month, 1),
            Unit::Quarter => (DurationUnit::Month, 3),
            Unit::Year => (DurationUnit::Year, 1),
            Unit::Decade => (DurationUnit::Year, 10),
            Unit::Century => (DurationUnit::Year, 100),
            Unit::Weekend => return None,
        };
        let amount = n.checked_mul(mult)?;
        let iv = match unit {
            _ if rolling => {
                let other = self.shift(du, amount, sign)?;
                DateRange::new(other, r)
            }
            Unit::Second | Unit::Minute | Unit::Hour => {
                let hours = match unit {
                    Unit::Hour => n64,
                    _ => 0,
                };
                let days = (hours + 23) / 24;
                if back {
                    DateRange::new(add_days(r, -days.max(1))?, r)
                } else {
                    DateRange::new(r, add_days(r, days.max(1))?)
                }
            }
            Unit::Day => {
                if back {
                    DateRange::new(add_days(r, -n64)?, add_days(r, -1)?)
                } else {
                    DateRange::new(add_days(r, 1)?, add_days(r, n64)?)
                }
            }
            Unit::Week | Unit::Fortnight => {
                let monday = week_start(r)?;
                if back {
                    DateRange::new(add_days(monday, -7 * n64)?, add_days(monday, -1)?)
                } else {
                    DateRange::new(add_days(monday, 7)?, add_days(monday, 7 * n64 + 6)?)
                }
            }
            Unit::Month | Unit::Quarter => {
                let months = if unit == Unit::Quarter { 3 } else { 1 };
                let first = self.unit_start(unit)?;
                if back {
                    DateRange::new(add_months(first, -months * n64)?, add_days(first, -1)?)
                } else {
                    let start = add_months(first, months)?;
                    DateRange::new(start, add_days(add_months(start, months * n64)?, -1)?)
                }
            }
            Unit::Year | Unit::Decade | Unit::Century => {
                let years: i64 = match unit {
                    Unit::Year => 1,
                    Unit::Decade => 10,
                    _ => 100,
                };
                let first = self.unit_start(unit)?;
                if back {
                    DateRange::new(add_months(first, -12 * years * n64)?, add_days(first, -1)?)
                } else {
                    let start = add_months(first, 12 * years)?;
                    DateRange::new(start, add_days(add_months(start, 12 * years * n64)?, -1)?)
                }
            }
            Unit::Weekend => return None,
        };
        Some(Out {
            ty: ExprType::Duration,
            value: Some(timex_duration(du, amount)),
            interval: Some(iv),
            grain: Some(unit_grain(unit)),
            duration: Some(DurationValue {
                unit: du,
                min: amount,
                max: amount,
            }),
            deadline: None,
            modifier: None,
            vague: false,
        })
    }

    /// The first day of the unit holding the reference.
    fn unit_start(self, unit: Unit) -> Option<NaiveDate> {
        let r = self.r;
        match unit {
            Unit::Month => ymd(r.year(), r.month(), 1),
            Unit::Quarter => ymd(r.year(), (r.month() - 1) / 3 * 3 + 1, 1),
            Unit::Year => ymd(r.year(), 1, 1),
            Unit::Decade => ymd(r.year().div_euclid(10) * 10, 1, 1),
            Unit::Century => ymd(r.year().div_euclid(100) * 100, 1, 1),
            _ => None,
        }
    }

    fn part(self, part: Part, p: &Period) -> Option<(DateRange, Grain)> {
        let iv = p.iv;
        let r = self.r;
        match part {
            Part::Earlier => {
                let end = add_days(r, -1)?.max(iv.start).min(iv.end);
                return Some((DateRange::new(iv.start, end), p.grain));
            }
            Part::Later => {
                let start = add_days(r, 1)?.min(iv.end).max(iv.start);
                return Some((DateRange::new(start, iv.end), p.grain));
            }
            Part::Rest => {
                let start = r.max(iv.start).min(iv.end);
                return Some((DateRange::new(start, iv.end), Grain::Day));
            }
            _ => {}
        }
        let y = iv.start.year();
        match p.grain {
            Grain::Day | Grain::Hour | Grain::Minute | Grain::Second => Some((iv, Grain::Day)),
            Grain::Month => {
                let (m, last) = (iv.start.month(), iv.end.day());
                let (a, b) = match part {
                    Part::Start => (1, 10),
                    Part::Mid => (11, 20),
                    _ => (21, last),
                };
                Some((DateRange::new(ymd(y, m, a)?, ymd(y, m, b)?), Grain::Day))
            }
            Grain::Week | Grain::Weekend => {
                let (a, b) = match part {
                    Part::Start => (0, 2),
                    Part::Mid => (1, 3),
                    _ => (4, 6),
                };
                let monday = week_start(iv.start)?;
                Some((
                    DateRange::new(add_days(monday, a)?, add_days(monday, b)?),
                    Grain::Day,
                ))
            }
            Grain::Year => {
                let (a, b) = match part {
                    Part::Start => (1, 3),
                    Part::Mid => (5, 8),
                    _ => (9, 12),
                };
                Some((
                    DateRange::new(ymd(y, a, 1)?, last_day_of_month(y, b)?),
                    Grain::Month,
                ))
            }
            Grain::Decade | Grain::Century => {
                let span = if p.grain == Grain::Decade { 10 } else { 100 };
                let (a, b) = match part {
                    Part::Start => (0, span * 3 / 10 - 1),
                    Part::Mid => (span * 3 / 10, span * 7 / 10 - 1),
                    _ => (span * 7 / 10, span - 1),
                };
                Some((years_range(y + a, y + b)?, Grain::Year))
            }
            _ => {
                // Quarters, halves, seasons, ranges: thirds.
                let days = (iv.end - iv.start).num_days();
                let third = (days + 1) / 3;
                let (a, b) = match part {
                    Part::Start => (0, third - 1),
                    Part::Mid => (third, days - third),
                    _ => (days - third + 1, days),
                };
                Some((
                    DateRange::new(add_days(iv.start, a)?, add_days(iv.start, b)?),
                    Grain::Day,
                ))
            }
        }
    }

    /// Calendar periods: everything that has a single interval.
    fn period(self, node: &Node) -> Option<Period> {
        let r = self.r;
        match node {
            Node::Day {
                y: Some(y), m, d, ..
            } => Some(day_period(ymd(*y, *m, *d)?)),
            Node::Day { y: None, m, d, wd } => self.infer_day(*m, *d, *wd).map(day_period),
            Node::MonthDay { d, wd } => self.infer_month_day(*d, *wd).map(day_period),
            Node::Month { y: Some(y), m } => month_period(*y, *m),
            Node::Month { y: None, m } => {
                let y = if self.past() {
                    if *m <= r.month() {
                        r.year()
                    } else {
                        r.year() - 1
                    }
                } else if *m >= r.month() {
                    r.year()
                } else {
                    r.year() + 1
                };
                month_period(y, *m)
            }
            Node::Year(y) => year_period(*y),
            Node::Decade(d) => decade_period(*d),
            Node::Century(c) => century_period(*c),
            Node::Quarter { y, q } => quarter_period(self.year_ref(*y), *q),
            Node::Half { y, h } => half_period(self.year_ref(*y), *h),
            Node::Season { y: Some(y), s } => season_period(*y, *s),
            Node::Season { y: None, s } => {
                let candidates = (r.year() - 2..=r.year() + 1).filter_map(|y| season_period(y, *s));
                self.pick(candidates, |p| p.iv)
            }
            Node::SeasonRel { s, n } => self.season_rel(*s, *n),
            Node::Holiday { h, y: Some(y) } => {
                let [first, _] = feast_periods(*h, *y);
                first
            }
            Node::Holiday { h, y: None } => {
                let candidates = (r.year() - 1..=r.year() + 1)
                    .flat_map(|y| feast_periods(*h, y))
                    .flatten();
                self.pick(candidates, |p| p.iv)
            }
            Node::Weekday { wd, rel, tod } => {
                if *tod == Some("WE") {
                    return self.weekend();
                }
                let day = self.weekday(i64::from(*wd), *rel)?;
                let mut p = day_period(day);
                if let Some(t) = tod {
                    p.value = format!("{}T{t}", p.value);
                }
                Some(p)
            }
            Node::Rel { unit, n, tod } => {
                let n = i64::from(*n);
                match unit {
                    Unit::Day => {
                        let mut p = day_period(add_days(r, n)?);
                        if let Some(t) = tod {
                            p.value = format!("{}T{t}", p.value);
                        }
                        Some(p)
                    }
                    Unit::Week | Unit::Fortnight => week_period(add_days(week_start(r)?, 7 * n)?),
                    Unit::Weekend => weekend_period(add_days(week_start(r)?, 7 * n + 5)?),
                    Unit::Month => {
                        let d = add_months(ymd(r.year(), r.month(), 1)?, n)?;
                        month_period(d.year(), d.month())
                    }
                    Unit::Quarter => {
                        let d = add_months(self.unit_start(Unit::Quarter)?, 3 * n)?;
                        quarter_period(d.year(), (d.month() - 1) / 3 + 1)
                    }
                    Unit::Year => year_period(r.year() + i32::try_from(n).ok()?),
                    Unit::Decade => {
                        decade_period(r.year().div_euclid(10) * 10 + 10 * i32::try_from(n).ok()?)
                    }
                    Unit::Century => century_period(
                        r.year().div_euclid(100) * 100 + 100 * i32::try_from(n).ok()?,
                    ),
                    Unit::Second | Unit::Minute | Unit::Hour => Some(day_period(r)),
                }
            }
            Node::Overnight => {
                let before = add_days(r, -1)?;
                Some(Period {
                    iv: DateRange::new(before, r),
                    grain: Grain::Day,
                    value: format!("{}TNI", day_value(before)),
                })
            }
            Node::NthWeekdayOf { n, wd, of } => {
                let p = self.period(of)?;
                let (y, m) = (p.iv.start.year(), p.iv.start.month());
                calendar::nth_weekday(y, m, calendar::weekday(*wd), *n).map(day_period)
            }
            Node::DayOf { d, of } => {
                let p = self.period(of)?;
                let (y, m) = (p.iv.start.year(), p.iv.start.month());
                let day = if *d > 0 {
                    ymd(y, m, u32::try_from(*d).ok()?)?
                } else {
                    add_days(last_day_of_month(y, m)?, i64::from(*d) + 1)?
                };
                (day.month() == m).then(|| day_period(day))
            }
            Node::WeekOf(inner) => {
                let p = self.period(inner)?;
                week_period(week_start(p.iv.start)?)
            }
            Node::MonthRel { m, n } => {
                let (y, cur) = (r.year(), r.month());
                let y = match n.signum() {
                    0 => y,
                    1 if *m > cur => y,
                    1 => y + 1,
                    _ if *m < cur => y,
                    _ => y - 1,
                };
                month_period(y, *m)
            }
            Node::MonthOfYear { m, n } => month_period(r.year() + n, *m),
            Node::YearsAfter { of, n } => {
                let p = self.with(Cue::Future).period(of)?;
                let start = add_months(p.iv.start, 12 * i64::from(*n))?;
                match p.grain {
                    Grain::Month => month_period(start.year(), start.month()),
                    _ => Some(day_period(start)),
                }
            }
            Node::Offset { dur, sign, of } => {
                let p = self.period(of)?;
                let anchor = Ctx {
                    r: p.iv.start,
                    dir: self.dir,
                };
                anchor.shift(dur.unit, dur.lo, *sign).map(day_period)
            }
            Node::LastWeekOf { n, y } => {
                // The last ISO week of a year is the one holding 28 December.
                let last = week_start(ymd(*y, 12, 28)?)?;
                week_period(add_days(last, -7 * (i64::from(*n) - 1))?)
            }
            Node::WeekdayCount { wd, n } => {
                let first = self.weekday(i64::from(*wd), WdRel::Coming)?;
                add_days(first, 7 * (i64::from(*n) - 1)).map(day_period)
            }
            Node::Part { .. }
            | Node::Range(..)
            | Node::Since(..)
            | Node::Limit { .. }
            | Node::Shift { .. } => {
                let out = self.node(node)?;
                Some(Period {
                    iv: out.interval?,
                    grain: out.grain?,
                    value: out.value?,
                })
            }
            Node::Span { .. }
            | Node::Dur { .. }
            | Node::Vague { .. }
            | Node::VagueDur { .. }
            | Node::Anaphor { .. }
            | Node::Fiscal { .. }
            | Node::Clock { .. }
            | Node::Set { .. } => None,
        }
    }

    fn year_ref(self, y: YearRef) -> i32 {
        match y {
            YearRef::Abs(y) => y,
            YearRef::Rel(n) => self.r.year() + n,
        }
    }

    /// Among candidates in time order, the latest starting on or before the reference (past) or
    /// the earliest ending on or after it (future).
    fn pick<T>(
        self,
        candidates: impl Iterator<Item = T>,
        iv: impl Fn(&T) -> DateRange,
    ) -> Option<T> {
        let r = self.r;
        if self.past() {
            candidates.filter(|c| iv(c).start <= r).last()
        } else {
            candidates.into_iter().find(|c| iv(c).end >= r)
        }
    }

    fn infer_day(self, m: u32, d: u32, wd: Option<u8>) -> Option<NaiveDate> {
        let r = self.r;
        let fits = |day: NaiveDate| if self.past() { day <= r } else { day >= r };
        if let Some(wd) = wd {
            // A weekday pins the year. A date within half a year of the reference that falls
            // on that weekday is the one meant, whichever side it is on: "Friday, July 25" in
            // a story of Thursday, July 24 is tomorrow. Otherwise the nearest year in the
            // reading's direction.
            let want = calendar::weekday(wd);
            let near = (r.year() - 1..=r.year() + 1)
                .filter_map(|y| ymd(y, m, d))
                .filter(|day| day.weekday() == want && (*day - r).num_days().abs() <= 183)
                .min_by_key(|day| (*day - r).num_days().abs());
            if near.is_some() {
                return near;
            }
            let years: Box<dyn Iterator<Item = i32>> = if self.past() {
                Box::new((r.year() - 40..=r.year()).rev())
            } else {
                Box::new(r.year()..=r.year() + 40)
            };
            for y in years {
                if let Some(day) = ymd(y, m, d)
                    && fits(day)
                    && day.weekday() == want
                {
                    return Some(day);
                }
            }
        }
        let mut candidates = (r.year() - 8..=r.year() + 8).filter_map(|y| ymd(y, m, d));
        if self.past() {
            candidates.rfind(|day| *day <= r)
        } else {
            candidates.into_iter().find(|day| *day >= r)
        }
    }

    fn infer_month_day(self, d: u32, wd: Option<u8>) -> Option<NaiveDate> {
        let r = self.r;
        let first = ymd(r.year(), r.month(), 1)?;
        for k in 0..48 {
            let step = if self.past() { -k } else { k };
            let month = add_months(first, step)?;
            let Some(day) = ymd(month.year(), month.month(), d) else {
                continue;
            };
            let fits = if self.past() { day <= r } else { day >= r };
            if fits && wd.is_none_or(|w| day.weekday() == calendar::weekday(w)) {
                return Some(day);
            }
        }
        None
    }

    fn weekday(self, wd: i64, rel: WdRel) -> Option<NaiveDate> {
        let r = self.r;
        let cur = wd_index(r);
        match rel {
            WdRel::Bare if self.past() => add_days(r, -(cur - wd).rem_euclid(7)),
            WdRel::Bare | WdRel::Coming => add_days(r, (wd - cur - 1).rem_euclid(7) + 1),
            WdRel::Last => add_days(r, -((cur - wd - 1).rem_euclid(7) + 1)),
            WdRel::Next => add_days(week_start(r)?, 7 + wd),
            WdRel::Week(n) => add_days(week_start(r)?, 7 * i64::from(n) + wd),
        }
    }

    /// "over the weekend": the latest weekend (past) or the next one (future).
    fn weekend(self) -> Option<Period> {
        let r = self.r;
        let cur = wd_index(r);
        let saturday = if cur >= 5 {
            add_days(r, 5 - cur)?
        } else if self.past() {
            add_days(week_start(r)?, -2)?
        } else {
            add_days(week_start(r)?, 5)?
        };
        weekend_period(saturday)
    }

    fn season_rel(self, s: Option<Season>, n: i32) -> Option<Period> {
        let r = self.r;
        match s {
            None => {
                let (y, cur) = calendar::season_of(r);
                let idx = calendar::SEASONS.iter().position(|x| *x == cur)?;
                let total = i32::try_from(idx).ok()? + n;
                let y = y + total.div_euclid(4);
                let s = *calendar::SEASONS.get(usize::try_from(total.rem_euclid(4)).ok()?)?;
                season_period(y, s)
            }
            Some(s) => {
                let all: Vec<Period> = (r.year() - 2..=r.year() + 2)
                    .filter_map(|y| season_period(y, s))
                    .collect();
                match n {
                    0 => all
                        .iter()
                        .find(|p| p.iv.contains(r))
                        .or_else(|| all.iter().find(|p| p.iv.start.year() == r.year()))
                        .cloned(),
                    n if n < 0 => all.into_iter().rfind(|p| p.iv.end < r),
                    _ => all.into_iter().find(|p| p.iv.start > r),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_values_as_formatted() {
        let formatted = |d: NaiveDate| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
        let mut days: Vec<NaiveDate> = [(-1, 1, 1), (0, 1, 1), (7, 3, 9), (999, 12, 31)]
            .into_iter()
            .chain([(1000, 1, 1), (9999, 12, 31), (10000, 1, 1), (12345, 6, 7)])
            .filter_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        let mut day = NaiveDate::from_ymd_opt(2024, 1, 1);
        while let Some(d) = day.filter(|d| d.year() < 2026) {
            days.push(d);
            day = d.succ_opt();
        }
        assert!(days.len() > 700);
        for d in days {
            assert_eq!(day_value(d), formatted(d));
        }
    }
}
