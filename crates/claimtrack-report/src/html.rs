//! The HTML report: one self-contained page with inline CSS and SVG charts.
//!
//! The page loads nothing: no script, no font, no image from anywhere, and its Content Security
//! Policy forbids them, so even a mistake in escaping could not run code. Every text that comes
//! from an article goes through [`escape::html`]; links are made only from `http(s)` URLs.

use std::fmt::Write as _;

use chrono::NaiveDate;
use claimtrack_model::{ClaimKind, Interval};

use crate::data::{DeadlineRow, ExchangeRow, ItemRow, Report, SideCount, category_label};
use crate::escape::{self, anchor, html as esc};
use crate::sink::Sink;
use crate::svg;

const STYLE: &str = r#"
:root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--card:#fff;--accent:#1d4ed8;
--open:#2563eb;--expired:#9aa5b1;--superseded:#d97706;--claimed:#2563eb;--confirmed:#15803d;
--denied:#b91c1c;--disputed:#ea580c;--people:#0f766e;--bodies:#94a3b8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
.wrap{max-width:1160px;margin:0 auto;padding:0 24px}
header{background:#102a43;color:#f0f4f8;padding:28px 0 0}
header h1{margin:0;font-size:28px;font-weight:650;letter-spacing:-.01em}
header .meta{margin:6px 0 18px;color:#bcccdc}
header .meta strong{color:#fff}
nav{display:flex;gap:4px;flex-wrap:wrap}
nav a{color:#d9e2ec;text-decoration:none;padding:8px 14px;border-radius:8px 8px 0 0;font-weight:550}
nav a:hover{background:#243b53;color:#fff}
main{padding:8px 24px 48px}
section{margin-top:36px}
h2{font-size:22px;margin:0 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:17px;margin:22px 0 8px}
h4{font-size:15px;margin:16px 0 6px;color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.stat .value{font-size:28px;font-weight:700;line-height:1.1}
.stat .name{color:var(--muted);font-size:13px}
.stat .sub{color:var(--muted);font-size:12px;margin-top:4px}
figure{margin:0 0 16px;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:6px}
.legend{display:flex;gap:16px;flex-wrap:wrap;font-size:13px;color:var(--muted);margin-top:6px}
.legend span::before{content:"";display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px;background:var(--c)}
.table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#f0f4f8;font-weight:600;color:#334e68;white-space:nowrap}
tr:last-child td{border-bottom:none}
tr:target td{background:#fff7d6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600;color:#fff;background:var(--muted);white-space:nowrap}
.badge.open,.badge.claimed{background:var(--open)}.badge.expired{background:var(--expired)}
.badge.superseded{background:var(--superseded)}.badge.confirmed,.badge.completed{background:var(--confirmed)}
.badge.denied{background:var(--denied)}.badge.disputed{background:var(--disputed)}
.badge.agreed{background:#7c3aed}.badge.proposed,.badge.demanded{background:#64748b}
.muted{color:var(--muted)}
time{white-space:nowrap}
.empty{color:var(--muted);font-style:italic}
.chain{margin:4px 0;font-size:14px}
.chain a{color:var(--accent)}
a{color:var(--accent)}
blockquote{margin:8px 0;padding:6px 12px;border-left:3px solid var(--line);color:#334e68;background:#fafbfc}
.statement .who{font-size:13px;color:var(--muted)}
.dispute{margin-bottom:12px}
.dispute h3{margin:0 0 4px}
.article{margin:10px 0 14px}
.article .title{font-weight:600}
footer{color:var(--muted);font-size:13px;padding:24px;text-align:center}
svg.chart{display:block;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
svg .axis line{stroke:#e4e7eb}
svg .axis text,svg .grid text{fill:#7b8794}
svg .grid line{stroke:#eef0f3}
svg .label{fill:#334e68}
svg .row{stroke:#eef0f3}
svg .asof line{stroke:#b91c1c;stroke-width:1.5;stroke-dasharray:5 4}
svg .asof text{fill:#b91c1c;font-weight:600}
svg .due{fill:#52606d;font-size:11px}
svg .note{fill:#7b8794;font-style:italic}
svg .deadline.open .bar{fill:var(--open)}
svg .deadline.expired .bar{fill:var(--expired)}
svg .deadline.superseded .bar{fill:url(#hatch);stroke:var(--superseded);stroke-width:1.2}
svg .deadline.other .bar{fill:#64748b}
svg .bar.window{opacity:.45}
svg .bar.nodue{opacity:.35}
svg .hatch-bg{fill:#fdf0d5}
svg .hatch-line{stroke:var(--superseded);stroke-width:2}
svg .link{fill:none;stroke:var(--superseded);stroke-width:1.5}
svg .arrow-head,svg .link-start{fill:var(--superseded)}
svg .territorial .dot{fill-opacity:.85;stroke:#fff;stroke-width:1.5}
svg .territorial .span{stroke-width:2;stroke-opacity:.5}
svg .territorial.claimed .dot{fill:var(--claimed)}svg .territorial.claimed .span{stroke:var(--claimed)}
svg .territorial.confirmed .dot{fill:var(--confirmed)}svg .territorial.confirmed .span{stroke:var(--confirmed)}
svg .territorial.denied .dot{fill:var(--denied)}svg .territorial.denied .span{stroke:var(--denied)}
svg .territorial.disputed .dot{fill:var(--disputed)}svg .territorial.disputed .span{stroke:var(--disputed)}
svg .territorial.other .dot{fill:#64748b}
svg .exchange .people{fill:var(--people)}
svg .exchange .bodies{fill:var(--bodies)}
svg .exchange .approx{fill:#fff;stroke:var(--people);stroke-width:1.5;stroke-dasharray:3 2}
svg .exchange .dot{fill:#fff;stroke:#7c3aed;stroke-width:2}
svg .count{fill:#243b53;font-size:11px;font-weight:600}
svg a:hover .bar,svg a:hover .dot{filter:brightness(1.15)}
@media print{header{background:none;color:var(--ink)}nav{display:none}}
"#;

/// Renders the whole page.
pub(crate) fn render(report: &Report, out: &mut Sink<'_>) {
    let shows = |kind: ClaimKind| report.kind.is_none_or(|k| k == kind);
    let _ = write!(
        out,
        r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="claimtrack">
<title>Claim report as of {as_of}</title>
<style>{STYLE}</style>
</head>
<body>
<header><div class="wrap">
<h1>Claim report</h1>
<p class="meta">{meta}</p>
<nav><a href="#summary">Summary</a>"##,
        as_of = report.as_of,
        meta = header_meta(report),
    );
    if shows(ClaimKind::Deadline) {
        out.push_str(r##"<a href="#deadlines">Deadlines</a>"##);
    }
    if shows(ClaimKind::Territorial) {
        out.push_str(r##"<a href="#territorial">Territorial</a>"##);
    }
    if shows(ClaimKind::Exchange) {
        out.push_str(r##"<a href="#exchanges">Exchanges</a>"##);
    }
    out.push_str(
        r##"<a href="#disputed">Disputed</a><a href="#sources">Sources</a></nav>
</div></header>
<main class="wrap">
"##,
    );
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
    let _ = write!(
        out,
        "</main>\n<footer>Generated by claimtrack from the claim ledger as of {} \
         &middot; {}</footer>\n</body>\n</html>\n",
        report.as_of,
        esc(&report.schema),
    );
}

fn header_meta(report: &Report) -> String {
    let mut meta = format!("As of <strong>{}</strong>", report.as_of);
    if let Some(since) = report.since {
        let _ = write!(
            meta,
            " &middot; claims reported since <strong>{since}</strong>"
        );
    }
    if let Some(kind) = report.kind {
        let _ = write!(meta, " &middot; {} claims only", kind);
    }
    if let (Some(first), Some(last)) = (report.summary.first_reported, report.summary.last_reported)
    {
        let _ = write!(meta, " &middot; reported {first} to {last}");
    }
    let _ = write!(
        meta,
        " &middot; {} articles from {} outlets",
        report.summary.articles, report.summary.outlets
    );
    meta
}

fn stat(out: &mut Sink<'_>, value: impl std::fmt::Display, name: &str, sub: &str) {
    let _ = write!(
        out,
        r#"<div class="card stat"><div class="value">{value}</div><div class="name">{name}</div><div class="sub">{sub}</div></div>"#
    );
}

fn summary(out: &mut Sink<'_>, report: &Report) {
    let s = &report.summary;
    out.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">");
    stat(out, s.claims, "claims", &format!("{} disputed", s.disputed));
    if report.kind.is_none_or(|k| k == ClaimKind::Deadline) {
        stat(
            out,
            s.deadlines_open,
            "open deadlines",
            &format!(
                "{} expired, {} superseded",
                s.deadlines_expired, s.deadlines_superseded
            ),
        );
    }
    if report.kind.is_none_or(|k| k == ClaimKind::Territorial) {
        stat(
            out,
            s.territorial,
            "territorial claims",
            &format!(
                "{} confirmed, {} disputed",
                s.territorial_confirmed, s.territorial_disputed
            ),
        );
    }
    if report.kind.is_none_or(|k| k == ClaimKind::Exchange) {
        stat(
            out,
            s.exchanges,
            "exchanges",
            &format!("{} completed", s.exchanges_completed),
        );
        stat(
            out,
            s.people_exchanged,
            "people released",
            &format!("{} bodies returned", s.bodies_returned),
        );
    }
    stat(
        out,
        s.articles,
        "articles",
        &format!("from {} outlet{}", s.outlets, plural(s.outlets)),
    );
    out.push_str("</div>\n</section>\n");
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn opt(value: Option<&str>) -> String {
    value.map_or_else(|| "<span class=\"muted\">—</span>".to_owned(), esc)
}

fn day(value: Option<NaiveDate>) -> String {
    value.map_or_else(|| "<span class=\"muted\">—</span>".to_owned(), time)
}

/// A day that never breaks across lines.
fn time(day: NaiveDate) -> String {
    format!("<time datetime=\"{day}\">{day}</time>")
}

fn interval(value: Option<&Interval>) -> String {
    match value {
        None => "<span class=\"muted\">—</span>".to_owned(),
        Some(i) if i.start == i.end => time(i.start),
        Some(i) => format!("{} – {}", time(i.start), time(i.end)),
    }
}

fn badge(status: &str) -> String {
    format!(
        r#"<span class="badge {}">{}</span>"#,
        svg::status_class(status),
        esc(status)
    )
}

fn figure(out: &mut Sink<'_>, caption: &str, chart: Option<String>, legend: &[(&str, &str)]) {
    let Some(chart) = chart else { return };
    let _ = write!(out, "<figure><figcaption>{caption}</figcaption>\n{chart}\n");
    if !legend.is_empty() {
        out.push_str("<div class=\"legend\">");
        for (colour, name) in legend {
            let _ = write!(out, r#"<span style="--c:{colour}">{name}</span>"#);
        }
        out.push_str("</div>");
    }
    out.push_str("</figure>\n");
}

fn empty(out: &mut Sink<'_>, what: &str) {
    let _ = writeln!(out, "<p class=\"empty\">{what}</p>");
}

fn deadlines(out: &mut Sink<'_>, report: &Report) {
    let d = &report.deadlines;
    out.push_str("<section id=\"deadlines\">\n<h2>Deadlines</h2>\n");
    figure(
        out,
        "Timeline: issued → due",
        svg::deadlines(report),
        &[
            ("#2563eb", "open"),
            ("#9aa5b1", "expired"),
            ("#d97706", "superseded (arrow: replaced by)"),
            ("#b91c1c", "as-of date"),
        ],
    );
    let _ = writeln!(out, "<h3>Open ({})</h3>", d.open.len());
    deadline_table(out, &d.open, true);
    let _ = writeln!(out, "<h3>Expired ({})</h3>", d.expired.len());
    deadline_table(out, &d.expired, false);
    let _ = writeln!(out, "<h3>Superseded ({})</h3>", d.superseded.len());
    deadline_table(out, &d.superseded, false);
    if !d.chains.is_empty() {
        out.push_str("<h4>Superseded chains</h4>\n");
        for chain in &d.chains {
            let links: Vec<String> = chain
                .ids
                .iter()
                .zip(&chain.due)
                .map(|(id, due)| {
                    format!(
                        r##"<a href="#{}">{}</a>"##,
                        anchor(id),
                        due.map_or_else(|| "no due date".to_owned(), |d| format!("due {d}"))
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "<p class=\"chain\"><strong>{}</strong>: {}</p>",
                opt(chain.issuer.as_deref()),
                links.join(" → ")
            );
        }
    }
    out.push_str("</section>\n");
}

fn deadline_table(out: &mut Sink<'_>, rows: &[DeadlineRow], open: bool) {
    if rows.is_empty() {
        empty(out, "None.");
        return;
    }
    out.push_str("<div class=\"table-wrap\"><table><thead><tr><th>Issuer</th><th>Targets</th><th>Demand</th><th>Or else</th><th>Time limit</th><th>Issued</th><th>Due</th>");
    out.push_str(if open {
        "<th class=\"num\">Days left</th>"
    } else {
        "<th>Status</th>"
    });
    out.push_str("<th class=\"num\">Sources</th></tr></thead><tbody>\n");
    for row in rows {
        let state = if open {
            format!(
                "<td class=\"num\">{}</td>",
                row.days_left.map_or_else(|| "—".to_owned(), days_left)
            )
        } else {
            let mut cell = badge(&row.status);
            if let Some(next) = &row.superseded_by {
                let _ = write!(cell, r##" <a href="#{}">replaced by</a>"##, anchor(next));
            }
            format!("<td>{cell}</td>")
        };
        let _ = writeln!(
            out,
            "<tr id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>{state}<td class=\"num\">{}</td></tr>",
            anchor(&row.id),
            opt(row.issuer.as_deref()),
            if row.targets.is_empty() {
                opt(None)
            } else {
                esc(&row.targets.join(", "))
            },
            opt(row.demand.as_deref()),
            opt(row.consequence.as_deref()),
            esc(&row.expression),
            interval(row.issued.as_ref()),
            interval(row.due.as_ref()),
            row.sources,
        );
    }
    out.push_str("</tbody></table></div>\n");
}

/// `12 days`, `due today`, `1 day`.
pub(crate) fn days_left(days: i64) -> String {
    match days {
        0 => "due today".to_owned(),
        1 => "1 day".to_owned(),
        n => format!("{n} days"),
    }
}

fn territorial(out: &mut Sink<'_>, report: &Report) {
    out.push_str("<section id=\"territorial\">\n<h2>Territorial claims</h2>\n");
    figure(
        out,
        "Claims per region over time (dot: first reported, size: sources; line: until last reported)",
        svg::territorial(report),
        &[
            ("#2563eb", "claimed"),
            ("#15803d", "confirmed"),
            ("#ea580c", "disputed"),
            ("#b91c1c", "denied"),
        ],
    );
    if report.territorial.is_empty() {
        empty(out, "No territorial claims.");
    }
    for country in &report.territorial {
        let _ = writeln!(
            out,
            "<h3>{}</h3>",
            country
                .country
                .as_deref()
                .map_or_else(|| "Country not given".to_owned(), esc)
        );
        for region in &country.regions {
            let _ = writeln!(
                out,
                "<h4>{}</h4>",
                region
                    .region
                    .as_deref()
                    .map_or_else(|| "Region not given".to_owned(), esc)
            );
            out.push_str("<div class=\"table-wrap\"><table><thead><tr><th>Place</th><th>Action</th><th>Actor</th><th>Claimant</th><th>First reported</th><th>Last reported</th><th>Status</th><th class=\"num\">Sources</th><th class=\"num\">Denials</th></tr></thead><tbody>\n");
            for row in &region.claims {
                let place = match row.place_type {
                    Some(t) => format!("{} <span class=\"muted\">{t}</span>", esc(&row.place)),
                    None => esc(&row.place),
                };
                let _ = writeln!(
                    out,
                    "<tr id=\"{}\"><td>{place}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    anchor(&row.id),
                    esc(row.verb.as_deref().unwrap_or(row.action.as_str())),
                    opt(row.actor.as_deref()),
                    opt(row.claimant.as_deref()),
                    day(row.first_reported),
                    day(row.last_reported),
                    badge(&row.status),
                    row.sources,
                    row.denials,
                );
            }
            out.push_str("</tbody></table></div>\n");
        }
    }
    out.push_str("</section>\n");
}

fn exchanges(out: &mut Sink<'_>, report: &Report) {
    let x = &report.exchanges;
    out.push_str("<section id=\"exchanges\">\n<h2>Exchanges</h2>\n");
    figure(
        out,
        "Completed exchanges over time: people and bodies released (+: some counts approximate)",
        svg::exchanges(report),
        &[
            ("#0f766e", "people"),
            ("#94a3b8", "bodies"),
            ("#7c3aed", "agreed, proposed or demanded"),
            ("#b91c1c", "as-of date"),
        ],
    );
    if x.rows.is_empty() {
        empty(out, "No exchanges.");
        out.push_str("</section>\n");
        return;
    }
    out.push_str("<div class=\"table-wrap\"><table><thead><tr><th>Date</th><th>Parties</th><th>Categories</th><th>Counts per side</th><th>Mediator</th><th>Status</th><th class=\"num\">Sources</th></tr></thead><tbody>\n");
    for row in &x.rows {
        let _ = writeln!(
            out,
            "<tr id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            anchor(&row.id),
            day(row.date),
            if row.parties.is_empty() {
                opt(None)
            } else {
                esc(&row.parties.join(", "))
            },
            esc(&row
                .categories
                .iter()
                .map(|c| category_label(*c))
                .collect::<Vec<_>>()
                .join(", ")),
            counts_cell(row),
            opt(row.mediator.as_deref()),
            badge(&row.status),
            row.sources,
        );
    }
    out.push_str("</tbody></table></div>\n");
    out.push_str("<h3>Totals per side (completed exchanges)</h3>\n");
    if x.totals_by_side.is_empty() {
        empty(out, "No completed exchanges.");
    } else {
        out.push_str("<div class=\"table-wrap\"><table><thead><tr><th>Released by</th><th class=\"num\">Exchanges</th><th class=\"num\">People</th><th class=\"num\">Bodies</th></tr></thead><tbody>\n");
        for t in &x.totals_by_side {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                t.side
                    .as_deref()
                    .map_or_else(|| "Side not given".to_owned(), esc),
                t.exchanges,
                t.people,
                t.bodies
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
    if !x.by_month.is_empty() {
        out.push_str("<h3>Per month (completed exchanges)</h3>\n<div class=\"table-wrap\"><table><thead><tr><th>Month</th><th class=\"num\">Exchanges</th><th class=\"num\">People</th><th class=\"num\">Bodies</th></tr></thead><tbody>\n");
        for m in &x.by_month {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&m.month),
                m.exchanges,
                m.people,
                m.bodies
            );
        }
        out.push_str("</tbody></table></div>\n");
    }
    out.push_str("</section>\n");
}

fn counts_cell(row: &ExchangeRow) -> String {
    let mut cell = row
        .sides
        .iter()
        .map(|side| esc(&side_text(side, &row.items)))
        .collect::<Vec<_>>()
        .join("<br>");
    if !row.reported_counts.is_empty() {
        cell.push_str("<br><span class=\"muted\">sources differ: ");
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
        cell.push_str(&parts.join("; "));
        cell.push_str("</span>");
    }
    cell
}

/// `Russia released 84 prisoners of war` from the items one side released.
pub(crate) fn side_text(side: &SideCount, items: &[ItemRow]) -> String {
    let what: Vec<String> = items
        .iter()
        .filter(|item| item.from == side.side)
        .map(|item| match (item.count, item.approx) {
            (Some(count), _) => format!("{count} {}", category_label(item.category)),
            (None, Some(approx)) => {
                format!(
                    "{} of {}",
                    approx.as_str().replace('_', " "),
                    category_label(item.category)
                )
            }
            (None, None) => category_label(item.category).to_owned(),
        })
        .collect();
    match &side.side {
        Some(name) => format!("{name} released {}", what.join(", ")),
        None => what.join(", "),
    }
}

fn disputed(out: &mut Sink<'_>, report: &Report) {
    out.push_str("<section id=\"disputed\">\n<h2>Disputed claims</h2>\n");
    if report.disputed.is_empty() {
        empty(out, "No claim is disputed by its sources.");
    }
    for row in &report.disputed {
        let _ = writeln!(
            out,
            "<div class=\"card dispute\"><h3><a href=\"#{}\">{}</a> {}</h3><p class=\"muted\">{} &middot; {} source{}, {} denial{}, {} confirmation{}</p>",
            anchor(&row.id),
            esc(&row.headline),
            badge(&row.status),
            esc(&row.reason),
            row.sources,
            plural(row.sources),
            row.denials,
            plural(row.denials),
            row.confirmations,
            plural(row.confirmations),
        );
        for s in &row.statements {
            let outlet = s.source.as_deref().unwrap_or("Unknown outlet");
            let outlet = match s.url.as_deref().and_then(escape::safe_url) {
                Some(url) => format!(
                    r#"<a href="{}" rel="noopener noreferrer">{}</a>"#,
                    esc(url),
                    esc(outlet)
                ),
                None => esc(outlet),
            };
            let _ = writeln!(
                out,
                "<div class=\"statement\"><div class=\"who\">{outlet}, {} &middot; {} &middot; {}</div><blockquote>{}</blockquote></div>",
                day(s.published),
                opt(s.speaker.as_deref()),
                badge_or_text(&s.stance),
                esc(&s.quote),
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn badge_or_text(stance: &str) -> String {
    if svg::status_class(stance) == "other" {
        esc(stance)
    } else {
        badge(stance)
    }
}

fn sources(out: &mut Sink<'_>, report: &Report) {
    out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n");
    if report.sources.is_empty() {
        empty(out, "No sources.");
    }
    for outlet in &report.sources {
        let _ = writeln!(
            out,
            "<h3>{} <span class=\"muted\">({} article{})</span></h3>",
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
                Some(url) => format!(
                    r#"<a href="{}" rel="noopener noreferrer">{title}</a>"#,
                    esc(url)
                ),
                None => title,
            };
            let _ = writeln!(
                out,
                "<div class=\"article\"><div><span class=\"title\">{title}</span> <span class=\"muted\">{}</span></div>",
                day(article.published),
            );
            for quote in &article.quotes {
                let _ = writeln!(
                    out,
                    "<blockquote>{} <a href=\"#{}\" class=\"muted\">({})</a></blockquote>",
                    esc(&quote.text),
                    anchor(&quote.claim_id),
                    quote.kind,
                );
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</section>\n");
}
