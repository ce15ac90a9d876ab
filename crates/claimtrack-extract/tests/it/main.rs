//! Integration tests of `claimtrack-extract`: one `check` harness per claim kind over short
//! paragraphs written for these tests, the seed article end to end, insta snapshots of every
//! fixture in `fixtures/claims`, a JSON Schema check of every output, and a no-panic sweep.

mod deadline;
mod exchange;
mod fixtures;
mod robustness;
mod schema;
mod seed;
mod territorial;

use std::path::PathBuf;

use chrono::NaiveDate;
use claimtrack_extract::{Options, extract};
use claimtrack_ingest::{Fields, article_from_parts};
use claimtrack_model::{Article, Claim, ClaimDetail, Interval};

/// The workspace root (two levels above this crate).
pub(crate) fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// An article from a body, as ingestion builds it.
pub(crate) fn article(body: &str, published: Option<&str>) -> Article {
    let published = published
        .map(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("test dates are valid"));
    article_from_parts(
        Fields {
            published,
            ..Fields::default()
        },
        body,
    )
}

/// One line per claim with its key slots, for readable comparisons.
pub(crate) fn render(claim: &Claim) -> String {
    let a = &claim.attribution;
    let said = format!(
        "speaker={} actor={} verb={}",
        opt(a.speaker.as_deref()),
        opt(a.actor.as_deref()),
        opt(a.verb.as_deref())
    );
    match &claim.detail {
        ClaimDetail::Territorial(t) => format!(
            "territorial place={} type={} region={} country={} action={} verb={} actor={} claimant={} announced={} status={} | {said}",
            t.place,
            opt(t.place_type.map(|p| p.as_str())),
            opt(t.region.as_deref()),
            opt(t.country.as_deref()),
            t.action,
            opt(t.verb.as_deref()),
            opt(t.actor.as_deref()),
            opt(t.claimant.as_deref()),
            interval(t.announced.as_ref()),
            t.status,
        ),
        ClaimDetail::Exchange(e) => {
            let items: Vec<String> = e
                .items
                .iter()
                .map(|i| {
                    let amount = match (i.count, i.approx) {
                        (Some(n), _) => n.to_string(),
                        (None, Some(approx)) => approx.as_str().to_owned(),
                        (None, None) => "-".to_owned(),
                    };
                    format!(
                        "{}:{}:{}>{}",
                        i.category,
                        amount,
                        opt(i.from.as_deref()),
                        opt(i.to.as_deref())
                    )
                })
                .collect();
            let when: Vec<String> = e.when.iter().map(|w| interval(Some(w))).collect();
            format!(
                "exchange items=[{}] parties=[{}] mediator={} when=[{}] status={} | {said}",
                items.join(", "),
                e.parties.join(", "),
                opt(e.mediator.as_deref()),
                when.join(", "),
                e.status,
            )
        }
        ClaimDetail::Deadline(d) => format!(
            "deadline issuer={} targets=[{}] demand={} consequence={} expression={} issued={} due={} | {said}",
            opt(d.issuer.as_deref()),
            d.targets.join(", "),
            opt(d.demand.as_deref()),
            opt(d.consequence.as_deref()),
            d.expression,
            interval(d.issued.as_ref()),
            interval(d.due.as_ref()),
        ),
    }
}

fn opt(value: Option<&str>) -> &str {
    value.unwrap_or("null")
}

fn interval(value: Option<&Interval>) -> String {
    value.map_or_else(|| "null".to_owned(), Interval::to_string)
}

/// Extracts from `body` published on `published` and compares the rendered claims of `kind`.
pub(crate) fn check(kind: &str, body: &str, published: &str, expected: &[&str]) {
    let article = article(body, Some(published));
    let found = extract(&article, &Options::default());
    let rendered: Vec<String> = found
        .claims
        .iter()
        .filter(|c| c.kind().as_str() == kind)
        .map(render)
        .collect();
    let expected: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
    assert_eq!(rendered, expected, "\nin: {body}");
}
