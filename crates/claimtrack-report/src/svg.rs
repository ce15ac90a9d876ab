//! Hand-written inline SVG charts for the HTML report.
//!
//! Each chart is a pure function of the [`Report`]: coordinates are computed from dates and
//! counts and printed with one decimal, so the same report always gives byte-identical SVG.
//! Marks carry classes (`mark`, `bar`, `dot`, `link`) that the browser test looks for, and a
//! `<title>` that the browser shows on hover. Every text from articles goes through
//! [`escape::html`].

use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDate};

use crate::data::{DeadlineRow, ExchangeRow, Report, TerritorialRow};
use crate::escape;

/// The width of every chart in SVG user units; charts scale to the page width.
const WIDTH: f64 = 960.0;
/// The width of the label column on the left.
const LABEL: f64 = 250.0;
/// Right margin, so that the last tick label fits.
const RIGHT: f64 = 40.0;
/// Height of the time axis at the top.
const AXIS: f64 = 34.0;
/// The most rows a chart draws, so that a large ledger still gives a readable page; the tables
/// below the charts list everything.
const MAX_ROWS: usize = 40;

/// Maps days to x coordinates between the label column and the right margin.
struct TimeScale {
    start: NaiveDate,
    days: i64,
}

impl TimeScale {
    /// A scale covering every day in `days` (and at least a week), with a little room on both
    /// sides.
    fn covering(days: impl IntoIterator<Item = NaiveDate>) -> Option<TimeScale> {
        let mut days = days.into_iter();
        let first = days.next()?;
        let (min, max) = days.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
        let span = (max - min).num_days().max(7);
        let pad = (span / 20).max(2);
        Some(TimeScale {
            start: min - Duration::days(pad),
            days: span + 2 * pad,
        })
    }

    fn x(&self, day: NaiveDate) -> f64 {
        let offset = (day - self.start).num_days() as f64;
        LABEL + offset / self.days as f64 * (WIDTH - LABEL - RIGHT)
    }

    fn end(&self) -> NaiveDate {
        self.start + Duration::days(self.days)
    }

    /// Tick days: Mondays for short spans, first days of months for longer, of quarters for
    /// very long ones.
    fn ticks(&self) -> Vec<NaiveDate> {
        let end = self.end();
        let mut ticks = Vec::new();
        if self.days <= 50 {
            let shift = i64::from(self.start.weekday().num_days_from_monday());
            let mut day = self.start + Duration::days((7 - shift) % 7);
            while day <= end {
                ticks.push(day);
                day += Duration::days(7);
            }
        } else {
            let step = if self.days <= 500 { 1 } else { 3 };
            let mut year = self.start.year();
            let mut month = self.start.month();
            loop {
                month += 1;
                if month > 12 {
                    month = 1;
                    year += 1;
                }
                if !(month - 1).is_multiple_of(step) {
                    continue;
                }
                let Some(day) = NaiveDate::from_ymd_opt(year, month, 1) else {
                    break;
                };
                if day > end {
                    break;
                }
                ticks.push(day);
            }
        }
        ticks
    }
}

/// Prints a coordinate with one decimal.
fn n(v: f64) -> String {
    format!("{v:.1}")
}

fn month_name(day: NaiveDate) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES.get(day.month0() as usize).copied().unwrap_or("")
}

/// `Jul 24`, or `Jan 2026` for the first of January so the year shows on the axis.
pub(crate) fn short_date(day: NaiveDate) -> String {
    if day.month() == 1 && day.day() == 1 {
        format!("{} {}", month_name(day), day.year())
    } else {
        format!("{} {}", month_name(day), day.day())
    }
}

/// Cuts `text` to at most `max` characters, marking the cut with an ellipsis.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn open_svg(out: &mut String, id: &str, height: f64, label: &str) {
    let _ = write!(
        out,
        r#"<svg id="{id}" class="chart" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg">"#,
        w = n(WIDTH),
        h = n(height),
        label = escape::html(label),
    );
    out.push('\n');
}

/// The time axis: tick lines through the plot and labels on top.
fn axis(out: &mut String, scale: &TimeScale, bottom: f64) {
    out.push_str(r#"<g class="axis">"#);
    for tick in scale.ticks() {
        let x = n(scale.x(tick));
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}"/><text x="{x}" y="{ty}" text-anchor="middle">{label}</text>"#,
            top = n(AXIS - 6.0),
            bottom = n(bottom),
            ty = n(AXIS - 12.0),
            label = short_date(tick),
        );
    }
    out.push_str("</g>\n");
}

/// The vertical line at the report's as-of date.
fn as_of_line(out: &mut String, scale: &TimeScale, as_of: NaiveDate, bottom: f64) {
    let x = n(scale.x(as_of));
    let _ = write!(
        out,
        r#"<g class="asof"><line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}"/><text x="{x}" y="{ty}" text-anchor="middle">as of {date}</text></g>"#,
        top = n(AXIS - 4.0),
        bottom = n(bottom),
        ty = n(bottom + 14.0),
        date = as_of,
    );
    out.push('\n');
}

/// A line of small print at the bottom left of a chart.
fn note(out: &mut String, y: f64, text: &str) {
    let _ = write!(
        out,
        r#"<text class="note" x="{x}" y="{y}">{text}</text>"#,
        x = n(LABEL),
        y = n(y),
        text = escape::html(text),
    );
}

fn row_label(out: &mut String, y: f64, text: &str, href: Option<&str>) {
    let label = escape::html(&truncate(text, 34));
    let text = format!(
        r#"<text class="label" x="{x}" y="{y}" text-anchor="end">{label}</text>"#,
        x = n(LABEL - 10.0),
        y = n(y + 4.0),
    );
    match href {
        Some(href) => {
            let _ = write!(out, r##"<a href="#{href}">{text}</a>"##);
        }
        None => out.push_str(&text),
    }
}

/// The timeline of deadlines: one row per deadline with a bar from the day it was issued to the
/// day it runs out (a lighter band when the due day is a range), coloured by state, an arrow
/// from each superseded deadline to the one that replaced it, and a line at the as-of date.
pub(crate) fn deadlines(report: &Report) -> Option<String> {
    let d = &report.deadlines;
    let mut rows: Vec<&DeadlineRow> = d
        .open
        .iter()
        .chain(&d.expired)
        .chain(&d.superseded)
        .collect();
    if rows.is_empty() {
        return None;
    }
    rows.sort_by(|a, b| (start_day(a), &a.id).cmp(&(start_day(b), &b.id)));
    let all = rows.len();
    // The most recently issued deadlines matter most; older ones stay in the tables.
    let rows = chains_together(rows.split_off(all.saturating_sub(MAX_ROWS)), report);
    let scale = TimeScale::covering(
        rows.iter()
            .flat_map(|row| [start_day(row), row.due.as_ref().map(|due| due.end)])
            .flatten()
            .chain([report.as_of]),
    )?;
    const ROW: f64 = 30.0;
    let bottom = AXIS + ROW * rows.len() as f64 + 6.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        "chart-deadlines",
        bottom + 40.0,
        "Timeline of deadlines",
    );
    if all > rows.len() {
        note(
            &mut out,
            bottom + 34.0,
            &format!(
                "The {} most recently issued of {all} deadlines.",
                rows.len()
            ),
        );
    }
    out.push_str(r#"<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-head"/></marker></defs>"#);
    out.push('\n');
    axis(&mut out, &scale, bottom);
    let mut centre = std::collections::HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let y = AXIS + ROW * i as f64 + ROW / 2.0;
        centre.insert(row.id.as_str(), (i, y));
    }
    for (i, row) in rows.iter().enumerate() {
        let y = AXIS + ROW * i as f64 + ROW / 2.0;
        let anchor = escape::anchor(&row.id);
        let label = format!(
            "{}: {}",
            row.issuer.as_deref().unwrap_or("Unknown issuer"),
            row.expression
        );
        row_label(&mut out, y, &label, Some(&anchor));
        let Some(start) = start_day(row) else {
            continue;
        };
        let x0 = scale.x(start);
        let title = escape::html(&deadline_title(row));
        let _ = write!(
            out,
            r##"<a href="#{anchor}"><g class="mark deadline {status}"><title>{title}</title>"##,
            status = status_class(&row.status),
        );
        match &row.due {
            Some(due) => {
                let x1 = scale.x(due.start).max(x0 + 2.0);
                let _ = write!(
                    out,
                    r#"<rect class="bar" x="{x}" y="{y}" width="{w}" height="14" rx="3"/>"#,
                    x = n(x0),
                    y = n(y - 7.0),
                    w = n(x1 - x0),
                );
                if due.end > due.start {
                    let x2 = scale.x(due.end);
                    let _ = write!(
                        out,
                        r#"<rect class="bar window" x="{x}" y="{y}" width="{w}" height="14" rx="3"/>"#,
                        x = n(x1),
                        y = n(y - 7.0),
                        w = n(x2 - x1),
                    );
                }
                let _ = write!(
                    out,
                    r#"<text class="due" x="{x}" y="{y}">{label}</text>"#,
                    x = n(scale.x(due.end) + 5.0),
                    y = n(y + 4.0),
                    label = short_date(due.end),
                );
            }
            None => {
                // No due day: a faded open-ended bar up to the as-of date.
                let x1 = scale.x(report.as_of).max(x0 + 8.0);
                let _ = write!(
                    out,
                    r#"<rect class="bar nodue" x="{x}" y="{y}" width="{w}" height="14" rx="3"/><text class="due" x="{tx}" y="{ty}">no due date</text>"#,
                    x = n(x0),
                    y = n(y - 7.0),
                    w = n(x1 - x0),
                    tx = n(x1 + 5.0),
                    ty = n(y + 4.0),
                );
            }
        }
        out.push_str("</g></a>\n");
    }
    // An arrow from each superseded deadline, on the day its successor was issued, down (or up)
    // to the successor's bar: the moment the thread changed its due date.
    for row in &rows {
        let (Some(next), Some(&(_, y0))) =
            (row.superseded_by.as_deref(), centre.get(row.id.as_str()))
        else {
            continue;
        };
        let Some(&(j, y1)) = centre.get(next) else {
            continue;
        };
        let Some(when) = rows.get(j).and_then(|r| start_day(r)) else {
            continue;
        };
        let x = n(scale.x(when));
        let (from, to) = if y1 > y0 {
            (y0 + 7.0, y1 - 9.0)
        } else {
            (y0 - 7.0, y1 + 9.0)
        };
        let _ = write!(
            out,
            r#"<circle class="link-start" cx="{x}" cy="{from}" r="2.5"/><path class="link" d="M{x},{from} L{x},{to}" marker-end="url(#arrow)"/>"#,
            from = n(from),
            to = n(to),
        );
        out.push('\n');
    }
    as_of_line(&mut out, &scale, report.as_of, bottom);
    out.push_str("</svg>");
    Some(out)
}

/// Reorders rows (sorted by start) so that the deadlines of each superseded chain stand together
/// in chain order, where the chain's first deadline would stand, so that every arrow goes down
/// one row.
fn chains_together<'a>(rows: Vec<&'a DeadlineRow>, report: &Report) -> Vec<&'a DeadlineRow> {
    let mut placed = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        if placed.contains(row.id.as_str()) {
            continue;
        }
        let chain = report
            .deadlines
            .chains
            .iter()
            .find(|chain| chain.ids.contains(&row.id));
        match chain {
            Some(chain) => {
                for id in &chain.ids {
                    if let Some(member) = rows.iter().find(|r| r.id == *id)
                        && placed.insert(member.id.as_str())
                    {
                        out.push(*member);
                    }
                }
            }
            None => {
                placed.insert(row.id.as_str());
                out.push(*row);
            }
        }
    }
    out
}

fn start_day(row: &DeadlineRow) -> Option<NaiveDate> {
    row.issued
        .as_ref()
        .map(|issued| issued.start)
        .or(row.first_reported)
        .or(row.due.as_ref().map(|due| due.start))
}

fn deadline_title(row: &DeadlineRow) -> String {
    let mut title = format!(
        "{} — {}",
        row.issuer.as_deref().unwrap_or("Unknown issuer"),
        row.expression
    );
    if let Some(demand) = &row.demand {
        let _ = write!(title, ": {demand}");
    }
    if let Some(due) = &row.due {
        let _ = write!(title, " (due {})", due.end);
    }
    let _ = write!(title, " [{}]", row.status);
    title
}

/// A CSS class for a status string from the ledger: only known words, so ledger values never
/// reach the markup unchecked.
pub(crate) fn status_class(status: &str) -> &'static str {
    match status {
        "open" => "open",
        "expired" => "expired",
        "superseded" => "superseded",
        "claimed" => "claimed",
        "confirmed" => "confirmed",
        "denied" => "denied",
        "disputed" => "disputed",
        "completed" => "completed",
        "agreed" => "agreed",
        "proposed" => "proposed",
        "demanded" => "demanded",
        _ => "other",
    }
}

/// Territorial claims per region over time: one row per region, a dot per claim on the day it
/// was first reported (bigger with more sources, coloured by status) and a line to the day it
/// was last reported.
pub(crate) fn territorial(report: &Report) -> Option<String> {
    let mut regions: Vec<(String, Vec<&TerritorialRow>)> = Vec::new();
    for country in &report.territorial {
        for region in &country.regions {
            let name = match (&region.region, &country.country) {
                (Some(r), Some(c)) => format!("{r}, {c}"),
                (Some(r), None) => r.clone(),
                (None, Some(c)) => format!("{c} (region not given)"),
                (None, None) => "Country and region not given".to_owned(),
            };
            regions.push((name, region.claims.iter().collect()));
        }
    }
    if regions.is_empty() {
        return None;
    }
    let all = regions.len();
    if all > MAX_ROWS {
        // The regions with the most claims matter most; the rest stay in the tables.
        let mut by_size: Vec<(usize, usize)> = regions
            .iter()
            .enumerate()
            .map(|(i, (_, claims))| (i, claims.len()))
            .collect();
        by_size.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut keep: Vec<usize> = by_size.iter().take(MAX_ROWS).map(|(i, _)| *i).collect();
        keep.sort_unstable();
        let mut kept = Vec::with_capacity(MAX_ROWS);
        for (i, region) in regions.into_iter().enumerate() {
            if keep.binary_search(&i).is_ok() {
                kept.push(region);
            }
        }
        regions = kept;
    }
    let scale = TimeScale::covering(
        regions
            .iter()
            .flat_map(|(_, claims)| claims.iter())
            .flat_map(|c| [c.first_reported, c.last_reported])
            .flatten()
            .chain([report.as_of]),
    )?;
    const ROW: f64 = 40.0;
    let bottom = AXIS + ROW * regions.len() as f64 + 6.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        "chart-territorial",
        bottom + 40.0,
        "Territorial claims per region over time",
    );
    if all > regions.len() {
        note(
            &mut out,
            bottom + 34.0,
            &format!(
                "The {} regions with the most claims, of {all}.",
                regions.len()
            ),
        );
    }
    axis(&mut out, &scale, bottom);
    for (i, (name, claims)) in regions.iter().enumerate() {
        let y = AXIS + ROW * i as f64 + ROW / 2.0;
        let _ = write!(
            out,
            r#"<line class="row" x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/>"#,
            x0 = n(LABEL),
            x1 = n(WIDTH - RIGHT),
            y = n(y),
        );
        row_label(&mut out, y, &format!("{name} ({})", claims.len()), None);
        for (k, claim) in claims.iter().enumerate() {
            let Some(first) = claim.first_reported else {
                continue;
            };
            // Claims reported the same day are spread vertically so that each stays visible.
            let dy = ((k % 3) as f64 - 1.0) * 8.0;
            let x0 = scale.x(first);
            let r = 4.0 + 1.5 * claim.sources.min(6) as f64;
            let title = escape::html(&format!(
                "{} {} {} — {} ({} source{}, {} denial{})",
                claim.actor.as_deref().unwrap_or("Someone"),
                crate::data::action_phrase(claim.action),
                claim.place,
                claim.status,
                claim.sources,
                if claim.sources == 1 { "" } else { "s" },
                claim.denials,
                if claim.denials == 1 { "" } else { "s" },
            ));
            let _ = write!(
                out,
                r##"<a href="#{anchor}"><g class="mark territorial {status}"><title>{title}</title>"##,
                anchor = escape::anchor(&claim.id),
                status = status_class(&claim.status),
            );
            if let Some(last) = claim.last_reported.filter(|last| *last > first) {
                let _ = write!(
                    out,
                    r#"<line class="span" x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/>"#,
                    x0 = n(x0),
                    x1 = n(scale.x(last)),
                    y = n(y + dy),
                );
            }
            let _ = write!(
                out,
                r#"<circle class="dot" cx="{x}" cy="{y}" r="{r}"/></g></a>"#,
                x = n(x0),
                y = n(y + dy),
                r = n(r),
            );
        }
        out.push('\n');
    }
    as_of_line(&mut out, &scale, report.as_of, bottom);
    out.push_str("</svg>");
    Some(out)
}

/// Exchanges over time. Completed exchanges are bars as tall as the people (dark) and bodies
/// (light) they moved, labelled with the total (`+` when some count is only approximate): one bar
/// per exchange over short spans, one per month over long ones. Exchanges not (yet) completed,
/// agreed, proposed or demanded, are hollow dots on a strip under the axis.
pub(crate) fn exchanges(report: &Report) -> Option<String> {
    let dated: Vec<(&ExchangeRow, NaiveDate)> = report
        .exchanges
        .rows
        .iter()
        .filter_map(|row| Some((row, row.date?)))
        .collect();
    if dated.is_empty() {
        return None;
    }
    let scale = TimeScale::covering(dated.iter().map(|(_, date)| *date).chain([report.as_of]))?;
    let monthly = scale.days > 120;
    let mut bars: Vec<Bar<'_>> = Vec::new();
    for (row, date) in dated.iter().filter(|(row, _)| row.status == "completed") {
        let people: u64 = row.sides.iter().map(|s| s.people).sum();
        let bodies: u64 = row.sides.iter().map(|s| s.bodies).sum();
        let uncounted = row.total.is_none();
        let (start, end) = if monthly {
            let first = date.with_day(1).unwrap_or(*date);
            (
                first,
                first
                    .checked_add_months(chrono::Months::new(1))
                    .unwrap_or(first),
            )
        } else {
            (*date, *date)
        };
        match bars.iter_mut().find(|bar| monthly && bar.start == start) {
            Some(bar) => {
                bar.people += people;
                bar.bodies += bodies;
                bar.uncounted |= uncounted;
                bar.rows.push(row);
            }
            None => bars.push(Bar {
                start,
                end,
                people,
                bodies,
                uncounted,
                rows: vec![row],
            }),
        }
    }
    let max = bars
        .iter()
        .map(|bar| bar.people + bar.bodies)
        .max()
        .unwrap_or(0)
        .max(1);
    let top = nice_ceiling(max);
    const PLOT: f64 = 200.0;
    let base = AXIS + PLOT;
    let strip = base + 18.0;
    let bottom = strip + 12.0;
    let mut out = String::new();
    open_svg(
        &mut out,
        "chart-exchanges",
        bottom + 24.0,
        "Exchanges over time with counts",
    );
    axis(&mut out, &scale, bottom);
    out.push_str(r#"<g class="grid">"#);
    for step in 0..=4u64 {
        let value = top / 4 * step;
        let y = base - PLOT * value as f64 / top as f64;
        let _ = write!(
            out,
            r#"<line x1="{x0}" y1="{y}" x2="{x1}" y2="{y}"/><text x="{tx}" y="{ty}" text-anchor="end">{value}</text>"#,
            x0 = n(LABEL),
            x1 = n(WIDTH - RIGHT),
            y = n(y),
            tx = n(LABEL - 8.0),
            ty = n(y + 4.0),
        );
    }
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" text-anchor="end">not completed</text>"#,
        x = n(LABEL - 8.0),
        y = n(strip + 4.0),
    );
    out.push_str("</g>\n");
    let _ = write!(
        out,
        r#"<text class="label" x="{x}" y="{y}" text-anchor="end">{unit}</text>"#,
        x = n(LABEL - 8.0),
        y = n(AXIS - 12.0),
        unit = if monthly { "per month" } else { "per exchange" },
    );
    let mut same_day: Vec<(NaiveDate, usize)> = Vec::new();
    let places: Vec<(f64, f64)> = bars
        .iter()
        .map(|bar| {
            if monthly {
                let (x0, x1) = (scale.x(bar.start), scale.x(bar.end));
                let gap = (x1 - x0) * 0.15;
                (x0 + gap, (x1 - x0 - 2.0 * gap).max(3.0))
            } else {
                // Exchanges on the same day stand side by side.
                let slot = match same_day.iter_mut().find(|(d, _)| *d == bar.start) {
                    Some((_, count)) => {
                        *count += 1;
                        *count - 1
                    }
                    None => {
                        same_day.push((bar.start, 1));
                        0
                    }
                };
                (scale.x(bar.start) - 6.0 + 14.0 * slot as f64, 12.0)
            }
        })
        .collect();
    // Count labels go to the tallest bars first; a label that would overlap one already placed
    // is left to the hover title.
    let mut by_height: Vec<usize> = (0..bars.len()).collect();
    by_height.sort_by_key(|&i| std::cmp::Reverse(bars.get(i).map_or(0, |b| b.people + b.bodies)));
    let mut labelled: Vec<f64> = Vec::new();
    let mut show_label = vec![false; bars.len()];
    for i in by_height {
        let Some((x, width)) = places.get(i) else {
            continue;
        };
        let centre = x + width / 2.0;
        if labelled.iter().all(|other| (other - centre).abs() >= 34.0) {
            labelled.push(centre);
            if let Some(show) = show_label.get_mut(i) {
                *show = true;
            }
        }
    }
    for ((bar, (x, width)), show) in bars.iter().zip(places).zip(show_label) {
        let h_people = PLOT * bar.people as f64 / top as f64;
        let h_bodies = PLOT * bar.bodies as f64 / top as f64;
        let title = escape::html(&bar.title(monthly));
        let href = bar
            .rows
            .first()
            .map(|row| escape::anchor(&row.id))
            .unwrap_or_default();
        let _ = write!(
            out,
            r##"<a href="#{href}"><g class="mark exchange completed"><title>{title}</title>"##
        );
        let total = bar.people + bar.bodies;
        if total == 0 {
            let _ = write!(
                out,
                r#"<rect class="bar approx" x="{x}" y="{y}" width="{w}" height="10" rx="2"/>"#,
                x = n(x),
                y = n(base - 10.0),
                w = n(width),
            );
        }
        if bar.people > 0 {
            let _ = write!(
                out,
                r#"<rect class="bar people" x="{x}" y="{y}" width="{w}" height="{h}"/>"#,
                x = n(x),
                y = n(base - h_people),
                w = n(width),
                h = n(h_people),
            );
        }
        if bar.bodies > 0 {
            let _ = write!(
                out,
                r#"<rect class="bar bodies" x="{x}" y="{y}" width="{w}" height="{h}"/>"#,
                x = n(x),
                y = n(base - h_people - h_bodies),
                w = n(width),
                h = n(h_bodies),
            );
        }
        let centre = x + width / 2.0;
        if show {
            let label = match (total, bar.uncounted) {
                (0, _) => "?".to_owned(),
                (t, true) => format!("{t}+"),
                (t, false) => t.to_string(),
            };
            let _ = write!(
                out,
                r#"<text class="count" x="{x}" y="{y}" text-anchor="middle">{label}</text>"#,
                x = n(centre),
                y = n(base - h_people.max(if total == 0 { 10.0 } else { 0.0 }) - h_bodies - 5.0),
            );
        }
        out.push_str("</g></a>\n");
    }
    for (row, date) in dated.iter().filter(|(row, _)| row.status != "completed") {
        let _ = write!(
            out,
            r##"<a href="#{anchor}"><g class="mark exchange {status}"><title>{title}</title><circle class="dot" cx="{x}" cy="{y}" r="4.5"/></g></a>"##,
            anchor = escape::anchor(&row.id),
            status = status_class(&row.status),
            title = escape::html(&exchange_title(row)),
            x = n(scale.x(*date)),
            y = n(strip),
        );
        out.push('\n');
    }
    as_of_line(&mut out, &scale, report.as_of, bottom);
    out.push_str("</svg>");
    Some(out)
}

/// One bar of the exchanges chart: one completed exchange, or every completed exchange of a
/// month.
struct Bar<'a> {
    start: NaiveDate,
    end: NaiveDate,
    people: u64,
    bodies: u64,
    /// Some exchange in the bar has no exact count.
    uncounted: bool,
    rows: Vec<&'a ExchangeRow>,
}

impl Bar<'_> {
    fn title(&self, monthly: bool) -> String {
        match (monthly, self.rows.as_slice()) {
            (false, [row]) => exchange_title(row),
            _ => format!(
                "{}-{:02}: {} completed exchange{}, {} people, {} bodies{}",
                self.start.year(),
                self.start.month(),
                self.rows.len(),
                if self.rows.len() == 1 { "" } else { "s" },
                self.people,
                self.bodies,
                if self.uncounted {
                    " (some counts approximate)"
                } else {
                    ""
                },
            ),
        }
    }
}

fn exchange_title(row: &ExchangeRow) -> String {
    let mut title = String::new();
    if let Some(date) = row.date {
        let _ = write!(title, "{date}: ");
    }
    title.push_str(&if row.parties.is_empty() {
        "Unnamed parties".to_owned()
    } else {
        row.parties.join(" and ")
    });
    let _ = write!(title, " — {}", row.status);
    for side in &row.sides {
        let _ = write!(
            title,
            "; {} released {} people, {} bodies",
            side.side.as_deref().unwrap_or("unspecified side"),
            side.people,
            side.bodies
        );
    }
    title
}

/// The smallest of 1, 2 or 5 times a power of ten, times four, that is at least `max`, so that
/// the four grid steps are round numbers.
fn nice_ceiling(max: u64) -> u64 {
    let mut unit = 1u64;
    loop {
        for m in [1, 2, 5] {
            let step = unit.saturating_mul(m);
            if step.saturating_mul(4) >= max {
                return step.saturating_mul(4);
            }
        }
        if unit > u64::MAX / 100 {
            return max;
        }
        unit *= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_tops_are_round() {
        assert_eq!(nice_ceiling(1), 4);
        assert_eq!(nice_ceiling(5), 8);
        assert_eq!(nice_ceiling(84), 200);
        assert_eq!(nice_ceiling(1200), 2000);
        assert_eq!(nice_ceiling(u64::MAX), u64::MAX);
    }

    #[test]
    fn ticks_follow_the_span() {
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap_or_default();
        let short = TimeScale::covering([day(7, 1), day(7, 20)]).map(|s| s.ticks());
        assert_eq!(
            short,
            Some(vec![day(6, 30), day(7, 7), day(7, 14), day(7, 21)])
        );
        let long = TimeScale::covering([day(5, 10), day(9, 2)]).map(|s| s.ticks());
        assert_eq!(long, Some(vec![day(6, 1), day(7, 1), day(8, 1), day(9, 1)]));
    }

    #[test]
    fn truncation_keeps_characters_whole() {
        assert_eq!(truncate("Mykolaivka-Novorosiiska", 10), "Mykolaivk…");
        assert_eq!(truncate("Київ", 10), "Київ");
    }
}
