//! The fixture ledger and helpers shared by the test modules.

use chrono::NaiveDate;
use claimtrack_ledger::Ledger;
use claimtrack_model::{ClaimKind, ClaimsDoc};
use claimtrack_report::{Format, ReportOptions};
use tempfile::TempDir;

/// The fixed as-of date of the snapshots: after the 10-12 day deadline ran out, before the EU
/// deadline, and before the one article published later (`a13`).
pub(crate) fn as_of() -> NaiveDate {
    day("2025-08-20")
}

pub(crate) fn day(text: &str) -> NaiveDate {
    text.parse().expect("a valid test date")
}

/// The story documents: deadlines (expired, superseded, open), territorial claims in two
/// countries (one denied, one confirmed), exchanges with differing counts, bodies and a proposal.
pub(crate) fn story() -> Vec<ClaimsDoc> {
    docs(include_str!("../fixtures/story.jsonl"))
}

pub(crate) fn docs(jsonl: &str) -> Vec<ClaimsDoc> {
    jsonl
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("a claims/v1 document"))
        .collect()
}

/// A ledger in a fresh temp dir holding `docs`, stored one article per batch in order, as a
/// stream of ingest runs would.
pub(crate) fn ledger(docs: &[ClaimsDoc]) -> (TempDir, Ledger) {
    let dir = TempDir::new().expect("a temp dir");
    let ledger = Ledger::open(&dir.path().join("claimtrack.db")).expect("the ledger opens");
    for doc in docs {
        ledger
            .store(std::slice::from_ref(doc))
            .expect("the document is stored");
    }
    (dir, ledger)
}

pub(crate) fn options(as_of: NaiveDate, kind: Option<ClaimKind>) -> ReportOptions {
    ReportOptions {
        as_of,
        since: None,
        kind,
    }
}

/// The report over `ledger` as text.
pub(crate) fn render(ledger: &Ledger, options: &ReportOptions, format: Format) -> String {
    let mut out = Vec::new();
    claimtrack_report::render(ledger, options, format, &mut out).expect("the report renders");
    String::from_utf8(out).expect("reports are UTF-8")
}
