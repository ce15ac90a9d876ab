//! The values the ledger takes and returns: queries, claim records, views, summaries.
//!
//! Every result type is `Serialize` so that the CLI and the reports can print it as JSON.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use claimtrack_model::{Attribution, ClaimDetail, ClaimKind, Span};
use serde::Serialize;

/// The id of one ingest run in the run log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct RunId(pub i64);

/// What one call to [`crate::Ledger::store`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StoreSummary {
    /// Articles stored for the first time.
    pub articles_new: usize,
    /// Articles already in the ledger (or twice in the batch), skipped whole.
    pub articles_duplicate: usize,
    /// Claims that did not match any claim in the ledger and got a row of their own.
    pub claims_new: usize,
    /// Claims added as one more source of a claim already in the ledger.
    pub claims_merged: usize,
    /// `(new, merged)` per kind.
    pub by_kind: BTreeMap<ClaimKind, (usize, usize)>,
}

/// The counts an ingest run reports when it ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RunStats {
    pub read: usize,
    pub new: usize,
    pub duplicate: usize,
    pub failed: usize,
}

/// Which claims to list. The default lists every claim, as of today.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimQuery {
    /// See only articles published on or before this day (and no undated article).
    pub as_of: Option<NaiveDate>,
    /// Only claims with a source published on or after this day.
    pub since: Option<NaiveDate>,
    pub kind: Option<ClaimKind>,
    /// The derived status, as [`ClaimRecord::status`] spells it.
    pub status: Option<String>,
    /// Territorial claims whose place contains this text (accent- and case-insensitive).
    pub place: Option<String>,
    /// Claims that name this actor anywhere (attribution, actor, claimant, parties, mediator,
    /// issuer, targets), case-insensitive.
    pub actor: Option<String>,
    pub limit: Option<usize>,
}

/// One real-world claim and its state as of the query's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimRecord {
    pub id: String,
    pub kind: ClaimKind,
    /// territorial: `claimed`, `confirmed`, `denied`, `disputed`; exchange: `completed`, `agreed`,
    /// `proposed`, `demanded`; deadline: `open`, `expired`, `superseded`.
    pub status: String,
    /// The values of the first report; later sources never overwrite them (see
    /// [`Evidence::detail`] for what each source said).
    pub detail: ClaimDetail,
    /// The first source's attribution.
    pub attribution: Attribution,
    pub first_reported: Option<NaiveDate>,
    pub last_reported: Option<NaiveDate>,
    /// Distinct articles reporting the claim (denials and confirmations included).
    pub sources: usize,
    pub denials: usize,
    pub confirmations: usize,
    /// The deadline that replaced this one (a later report with a different due date).
    pub superseded_by: Option<String>,
    /// The deadline this one replaced.
    pub supersedes: Option<String>,
}

/// A claim with its history and every source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimView {
    pub record: ClaimRecord,
    pub history: Vec<HistoryEvent>,
    pub evidence: Vec<Evidence>,
}

/// What happened to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Reported,
    Reaffirmed,
    Confirmed,
    Denied,
    Disputed,
    Superseded,
    Extended,
    Shortened,
    Expired,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Reported,
        EventKind::Reaffirmed,
        EventKind::Confirmed,
        EventKind::Denied,
        EventKind::Disputed,
        EventKind::Superseded,
        EventKind::Extended,
        EventKind::Shortened,
        EventKind::Expired,
    ];

    /// The name stored in SQL and printed.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventKind::Reported => "reported",
            EventKind::Reaffirmed => "reaffirmed",
            EventKind::Confirmed => "confirmed",
            EventKind::Denied => "denied",
            EventKind::Disputed => "disputed",
            EventKind::Superseded => "superseded",
            EventKind::Extended => "extended",
            EventKind::Shortened => "shortened",
            EventKind::Expired => "expired",
        }
    }

    /// The inverse of [`EventKind::as_str`].
    pub fn from_name(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|e| e.as_str() == name)
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entry of a claim's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEvent {
    pub event: EventKind,
    pub on: Option<NaiveDate>,
    pub article_id: Option<String>,
    pub note: Option<String>,
}

/// One sentence of one article reporting a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub article_id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub text: String,
    pub span: Span,
    pub attribution: Attribution,
    /// How this report bears on the claim: `support` (states it), `confirm` (the other side or a
    /// third party states or acknowledges it), `deny`, or `dispute` (claim and denial in one
    /// sentence).
    pub role: String,
    /// What this article said, e.g. its own count of an exchange or its own status of a
    /// territorial claim.
    pub detail: ClaimDetail,
}

/// One stored article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub dateline: Option<String>,
    pub path: Option<String>,
    /// When it was stored (RFC 3339, UTC).
    pub ingested_at: String,
}
