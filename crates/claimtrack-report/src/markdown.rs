//! The Markdown report: headings, tables and block quotes, for reading and pasting.
//!
//! Article text goes through [`escape::markdown`], which also turns `<` and `>` into entities, so
//! no raw HTML from an article survives into a renderer.

use std::fmt::Write as _;

use chrono::NaiveDate;
use claimtrack_model::{ClaimKind, Interval};

use crate::data::{DeadlineRow, ExchangeRow, Report, category_label};
use crate::escape::{self, markdown as esc};
use crate::html::{days_left, plural, side_text};
use crate::sink::Sink;

/// Renders the whole document.
pub(crate) fn render(report: &Report, out: &mut Sink<'_>) {
    let shows = |kind: ClaimKind| report.kind.is_none_or(|k| k == kind);
    out.push_str("# Claim report\n\n");
    let _ = write!(out, "As of **{}**", report.as_of);
    if let Some(since) = report.since {
        let _ = write!(out, " · claims reported since **{since}**");
    }
    if let Some(kind) = report.kind {
        let _ = write!(out, " · {kind} claims only");
    }
    out.push_str("\n\n");
    summary(out, report);
    if shows(ClaimKind::Deadline) {
        deadlines(out, report);
    }
    if shows(ClaimKind::Territorial) {
        territorial(out, report);
    }
    if shows(ClaimKind::Exchange) {
        exchanges(out, report);
    }
    disputed(out, report);
    sources(out, report);
}

fn opt(value: Option<&str>) -> String {
    value.map_or_else(|| "—".to_owned(), esc)
}

fn day(value: Option<NaiveDate>) -> String {
    value.map_or_else(|| "—".to_owned(), |d| d.to_string())
}

fn interval(value: Option<&Interval>) -> String {
    match value {
        None => "—".to_owned(),
        Some(i) if i.start == i.end => i.start.to_string(),
        Some(i) => format!("{} – {}", i.start, i.end),
    }
}

fn table(out: &mut Sink<'_>, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let rule: Vec<&str> = header.iter().map(|_| "---").collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

fn summary(out: &mut Sink<'_>, report: &Report) {
    let s = &report.summary;
    out.push_str("## Summary\n\n");
    let _ = writeln!(out, "- **{}** claims, {} disputed", s.claims, s.disputed);
    if report.kind.is_none_or(|k| k == ClaimKind::Deadline) {
        let _ = writeln!(
            out,
            "- Deadlines: **{}** open, {} expired, {} superseded",
            s.deadlines_open, s.deadlines_expired, s.deadlines_superseded
        );
    }
    if report.kind.is_none_or(|k| k == ClaimKind::Territorial) {
        let _ = writeln!(
            out,
            "- Territorial claims: **{}**, {} confirmed, {} disputed",
            s.territorial, s.territorial_confirmed, s.territorial_disputed
        );
    }
    if report.kind.is_none_or(|k| k == ClaimKind::Exchange) {
        let _ = writeln!(
            out,
            "- Exchanges: **{}**, {} completed, releasing {} people and returning {} bodies",
            s.exchanges, s.exchanges_completed, s.people_exchanged, s.bodies_returned
        );
    }
    let _ = writeln!(
        out,
        "- Sources: {} articles from {} outlets",
        s.articles, s.outlets
    );
    if let (Some(first), Some(last)) = (s.first_reported, s.last_reported) {
        let _ = writeln!(out, "- Reported between {first} and {last}");
    }
    out.push('\n');
}

fn deadlines(out: &mut Sink<'_>, report: &Report) {
    let d = &report.deadlines;
    out.push_str("## Deadlines\n\n");
    let _ = writeln!(out, "### Open ({})\n", d.open.len());
    deadline_table(out, &d.open, true);
    let _ = writeln!(out, "### Expired ({})\n", d.expired.len());
    deadline_table(out, &d.expired, false);
    let _ = writeln!(out, "### Superseded ({})\n", d.superseded.len());
    deadline_table(out, &d.superseded, false);
    if !d.chains.is_empty() {
        out.push_str("### Superseded chains\n\n");
        for chain in &d.chains {
            let links: Vec<String> = chain
                .ids
                .iter()
                .zip(&chain.due)
                .map(|(id, due)| {
                    format!(
                        "`{}` ({})",
                        id.replace('`', "'"),
                        due.map_or_else(|| "no due date".to_owned(), |d| format!("due {d}"))
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "- **{}**: {}",
                opt(chain.issuer.as_deref()),
                links.join(" → ")
            );
        }
        out.push('\n');
    }
}

fn deadline_table(out: &mut Sink<'_>, rows: &[DeadlineRow], open: bool) {
    if rows.is_empty() {
        out.push_str("None.\n\n");
        return;
    }
    let last = if open { "Days left" } else { "Status" };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let state = if open {
                row.days_left.map_or_else(|| "—".to_owned(), days_left)
            } else {
                match &row.superseded_by {
                    Some(next) => format!("{} by `{}`", row.status, next.replace('`', "'")),
                    None => esc(&row.status),
                }
            };
            vec![
                opt(row.issuer.as_deref()),
                if row.targets.is_empty() {
                    "—".to_owned()
                } else {
                    esc(&row.targets.join(", "))
                },
                opt(row.demand.as_deref()),
                opt(row.consequence.as_deref()),
                esc(&row.expression),
                interval(row.issued.as_ref()),
                interval(row.due.as_ref()),
                state,
                row.sources.to_string(),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Issuer",
            "Targets",
            "Demand",
            "Or else",
            "Time limit",
            "Issued",
            "Due",
            last,
            "Sources",
        ],
        &rows,
    );
}

fn territorial(out: &mut Sink<'_>, report: &Report) {
    out.push_str("## Territorial claims\n\n");
    if report.territorial.is_empty() {
        out.push_str("No territorial claims.\n\n");
    }
    for country in &report.territorial {
        let _ = writeln!(
            out,
            "### {}\n",
            country
                .country
                .as_deref()
                .map_or_else(|| "Country not given".to_owned(), esc)
        );
        for region in &country.regions {
            let _ = writeln!(
                out,
                "#### {}\n",
                region
                    .region
                    .as_deref()
                    .map_or_else(|| "Region not given".to_owned(), esc)
            );
            let rows: Vec<Vec<String>> = region
                .claims
                .iter()
                .map(|row| {
                    vec![
                        match row.place_type {
                            Some(t) => format!("{} ({t})", esc(&row.place)),
                            None => esc(&row.place),
                        },
                        esc(row.verb.as_deref().unwrap_or(row.action.as_str())),
                        opt(row.actor.as_deref()),
                        opt(row.claimant.as_deref()),
                        day(row.first_reported),
                        day(row.last_reported),
                        esc(&row.status),
                        row.sources.to_string(),
                        row.denials.to_string(),
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "Place",
                    "Action",
                    "Actor",
                    "Claimant",
                    "First reported",
                    "Last reported",
                    "Status",
                    "Sources",
                    "Denials",
                ],
                &rows,
            );
        }
    }
}

fn exchanges(out: &mut Sink<'_>, report: &Report) {
    let x = &report.exchanges;
    out.push_str("## Exchanges\n\n");
    if x.rows.is_empty() {
        out.push_str("No exchanges.\n\n");
        return;
    }
    let rows: Vec<Vec<String>> = x.rows.iter().map(exchange_cells).collect();
    table(
        out,
        &[
            "Date",
            "Parties",
            "Categories",
            "Counts per side",
            "Mediator",
            "Status",
            "Sources",
        ],
        &rows,
    );
    out.push_str("### Totals per side (completed exchanges)\n\n");
    if x.totals_by_side.is_empty() {
        out.push_str("No completed exchanges.\n\n");
    } else {
        let rows: Vec<Vec<String>> = x
            .totals_by_side
            .iter()
            .map(|t| {
                vec![
                    t.side
                        .as_deref()
                        .map_or_else(|| "Side not given".to_owned(), esc),
                    t.exchanges.to_string(),
                    t.people.to_string(),
                    t.bodies.to_string(),
                ]
            })
            .collect();
        table(
            out,
            &["Released by", "Exchanges", "People", "Bodies"],
            &rows,
        );
    }
    if !x.by_month.is_empty() {
        out.push_str("### Per month (completed exchanges)\n\n");
        let rows: Vec<Vec<String>> = x
            .by_month
            .iter()
            .map(|m| {
                vec![
                    esc(&m.month),
                    m.exchanges.to_string(),
                    m.people.to_string(),
                    m.bodies.to_string(),
                ]
            })
            .collect();
        table(out, &["Month", "Exchanges", "People", "Bodies"], &rows);
    }
}

fn exchange_cells(row: &ExchangeRow) -> Vec<String> {
    let mut counts: Vec<String> = row
        .sides
        .iter()
        .map(|side| esc(&side_text(side, &row.items)))
        .collect();
    if !row.reported_counts.is_empty() {
        let parts: Vec<String> = row
            .reported_counts
            .iter()
            .map(|s| {
                esc(&format!(
                    "{} {}",
                    s.source.as_deref().unwrap_or("unknown outlet"),
                    s.total
                        .map_or_else(|| "no exact count".to_owned(), |t| t.to_string())
                ))
            })
            .collect();
        counts.push(format!("sources differ: {}", parts.join("; ")));
    }
    vec![
        day(row.date),
        if row.parties.is_empty() {
            "—".to_owned()
        } else {
            esc(&row.parties.join(", "))
        },
        esc(&row
            .categories
            .iter()
            .map(|c| category_label(*c))
            .collect::<Vec<_>>()
            .join(", ")),
        counts.join("; "),
        opt(row.mediator.as_deref()),
        esc(&row.status),
        row.sources.to_string(),
    ]
}

fn disputed(out: &mut Sink<'_>, report: &Report) {
    out.push_str("## Disputed claims\n\n");
    if report.disputed.is_empty() {
        out.push_str("No claim is disputed by its sources.\n\n");
    }
    for row in &report.disputed {
        let _ = writeln!(out, "### {} ({})\n", esc(&row.headline), esc(&row.status));
        let _ = writeln!(
            out,
            "{} · {} source{}, {} denial{}, {} confirmation{}\n",
            esc(&row.reason),
            row.sources,
            plural(row.sources),
            row.denials,
            plural(row.denials),
            row.confirmations,
            plural(row.confirmations),
        );
        for s in &row.statements {
            let outlet = esc(s.source.as_deref().unwrap_or("Unknown outlet"));
            let outlet = match s.url.as_deref().and_then(escape::safe_url) {
                Some(url) => format!("[{outlet}]({})", escape::markdown_url(url)),
                None => outlet,
            };
            let _ = writeln!(
                out,
                "- **{outlet}**, {} · {} · {}\n\n  > {}\n",
                day(s.published),
                opt(s.speaker.as_deref()),
                esc(&s.stance),
                esc(&s.quote)
            );
        }
    }
}

fn sources(out: &mut Sink<'_>, report: &Report) {
    out.push_str("## Sources\n\n");
    if report.sources.is_empty() {
        out.push_str("No sources.\n");
    }
    for outlet in &report.sources {
        let _ = writeln!(
            out,
            "### {} ({} article{})\n",
            outlet
                .name
                .as_deref()
                .map_or_else(|| "Unknown outlet".to_owned(), esc),
            outlet.articles.len(),
            plural(outlet.articles.len()),
        );
        for article in &outlet.articles {
            let title = esc(article.title.as_deref().unwrap_or("Untitled article"));
            let title = match article.url.as_deref().and_then(escape::safe_url) {
                Some(url) => format!("[{title}]({})", escape::markdown_url(url)),
                None => title,
            };
            let _ = writeln!(out, "- {title}, {}\n", day(article.published));
            for quote in &article.quotes {
                let _ = writeln!(out, "  > {} ({})\n", esc(&quote.text), quote.kind);
            }
        }
    }
}
