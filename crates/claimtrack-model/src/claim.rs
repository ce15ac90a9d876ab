//! The claims/v1 contract: what `claimtrack extract --format jsonl` prints for one article.
//!
//! Serialisation follows `shared/schema/claims-v1.schema.json` field for field. A [`Claim`]
//! carries the fields common to every kind and flattens its [`ClaimDetail`], which is tagged by
//! `kind`. Actors are canonical short names (`Russia`, `United States`) as plain strings, so that
//! the lexicon that produces them stays data in `claimtrack-extract`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{ArticleMeta, Span};

/// The value of the `schema` field.
pub const SCHEMA_ID: &str = "claimtrack/claims/v1";

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimsDoc {
    /// Always [`SCHEMA_ID`].
    pub schema: String,
    pub article: ArticleMeta,
    pub claims: Vec<Claim>,
}

impl ClaimsDoc {
    pub fn new(article: ArticleMeta, claims: Vec<Claim>) -> ClaimsDoc {
        ClaimsDoc {
            schema: SCHEMA_ID.to_owned(),
            article,
            claims,
        }
    }
}

/// One claim, with its evidence sentence and who makes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable: the same article and claim give the same id on every run.
    pub id: String,
    /// The evidence sentence exactly as in the article body.
    pub text: String,
    /// `[start, end)` byte offsets of `text` in the article body.
    pub span: Span,
    pub attribution: Attribution,
    #[serde(flatten)]
    pub detail: ClaimDetail,
    /// Which rule set each slot and the words it matched (`--explain`). Not part of the contract's
    /// required fields; empty unless asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explain: Vec<RuleTrace>,
}

impl Claim {
    pub fn kind(&self) -> ClaimKind {
        self.detail.kind()
    }
}

/// The rule behind one slot of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleTrace {
    /// The slot it set: `issuer`, `due`, `place`, `attribution.speaker` ...
    pub slot: String,
    /// The rule's stable name: `deadline.within_duration`, `attribution.said_after` ...
    pub rule: String,
    /// The words the rule matched, as written.
    pub matched: String,
}

/// Who makes a claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// As written: `Kremlin spokesman Dmitry Peskov`, `three sources close to the Kremlin`.
    pub speaker: Option<String>,
    /// The canonical actor the speaker stands for: `Russia`.
    pub actor: Option<String>,
    /// The reporting verb as written: `said`, `told reporters`, `denied`.
    pub verb: Option<String>,
}

/// An inclusive calendar interval; a single day has `start == end`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Interval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The time expression as written.
    #[serde(default)]
    pub text: Option<String>,
}

/// `2025-07-23` for a single day, `2025-07-14..2025-07-20` for a longer interval: the one short
/// form every table, history note and eval line uses.
impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}..{}", self.start, self.end)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Deadline,
    Exchange,
    Territorial,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 3] = [
        ClaimKind::Deadline,
        ClaimKind::Exchange,
        ClaimKind::Territorial,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Deadline => "deadline",
            ClaimKind::Exchange => "exchange",
            ClaimKind::Territorial => "territorial",
        }
    }
}

impl std::str::FromStr for ClaimKind {
    type Err = String;

    fn from_str(s: &str) -> Result<ClaimKind, String> {
        ClaimKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| format!("unknown claim kind `{s}` (deadline, exchange, territorial)"))
    }
}

impl std::fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind-specific fields of a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ClaimDetail {
    Deadline(Deadline),
    Exchange(Exchange),
    Territorial(Territorial),
}

impl ClaimDetail {
    pub const fn kind(&self) -> ClaimKind {
        match self {
            ClaimDetail::Deadline(_) => ClaimKind::Deadline,
            ClaimDetail::Exchange(_) => ClaimKind::Exchange,
            ClaimDetail::Territorial(_) => ClaimKind::Territorial,
        }
    }
}

/// A deadline or ultimatum: `issuer` demands `demand` of `targets` by `due`, or else
/// `consequence`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub issuer: Option<String>,
    pub targets: Vec<String>,
    pub demand: Option<String>,
    pub consequence: Option<String>,
    /// The deadline as written: `within 50 days`.
    pub expression: String,
    /// When the deadline was set.
    pub issued: Option<Interval>,
    /// When it runs out: an interval when the issue date is itself an interval.
    pub due: Option<Interval>,
}

/// An exchange or handover of people or remains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    pub items: Vec<ExchangeItem>,
    pub parties: Vec<String>,
    pub mediator: Option<String>,
    pub when: Vec<Interval>,
    pub status: ExchangeStatus,
}

/// One group of people or remains that changed hands (or is to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeItem {
    pub category: Category,
    /// The exact count when the text gives one (`more than 1,200` gives 1200 with `approx` null).
    pub count: Option<u64>,
    /// The order of magnitude when the text gives only that: `thousands`.
    #[serde(default)]
    pub approx: Option<Approx>,
    /// The side that released them.
    #[serde(default)]
    pub from: Option<String>,
    /// The side that received them.
    #[serde(default)]
    pub to: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    PrisonersOfWar,
    Civilians,
    Children,
    Hostages,
    Prisoners,
    Bodies,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Dozens,
    Hundreds,
    Thousands,
    TensOfThousands,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExchangeStatus {
    Completed,
    Agreed,
    Proposed,
    Demanded,
}

/// A claim that a place changed hands, was entered, encircled, held or made a buffer zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Territorial {
    /// As written in the article: `Chasiv Yar`.
    pub place: String,
    pub place_type: Option<PlaceType>,
    /// First-level region without the word region: `Sumy`.
    pub region: Option<String>,
    pub country: Option<String>,
    pub action: Action,
    /// The verb as written: `captured`, `took control of`.
    pub verb: Option<String>,
    /// Who gained (or, for `withdrew`, left) the place.
    pub actor: Option<String>,
    /// Who makes the claim.
    pub claimant: Option<String>,
    pub announced: Option<Interval>,
    pub status: TerritorialStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceType {
    Settlement,
    Village,
    Town,
    City,
    District,
    Region,
    Territory,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Captured,
    Withdrew,
    Encircled,
    Entered,
    Held,
    BufferZone,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TerritorialStatus {
    Claimed,
    Confirmed,
    Denied,
    Disputed,
}

macro_rules! snake_names {
    ($($ty:ident { $($variant:ident => $name:literal),+ $(,)? })+) => {$(
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The name used in JSON, SQL and reports.
            pub const fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }

            /// The inverse of [`Self::as_str`].
            pub fn from_name(name: &str) -> Option<$ty> {
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )+};
}

snake_names! {
    Category {
        PrisonersOfWar => "prisoners_of_war", Civilians => "civilians", Children => "children",
        Hostages => "hostages", Prisoners => "prisoners", Bodies => "bodies", Other => "other",
    }
    Approx {
        Dozens => "dozens", Hundreds => "hundreds", Thousands => "thousands",
        TensOfThousands => "tens_of_thousands",
    }
    ExchangeStatus {
        Completed => "completed", Agreed => "agreed", Proposed => "proposed", Demanded => "demanded",
    }
    PlaceType {
        Settlement => "settlement", Village => "village", Town => "town", City => "city",
        District => "district", Region => "region", Territory => "territory", Other => "other",
    }
    Action {
        Captured => "captured", Withdrew => "withdrew", Encircled => "encircled",
        Entered => "entered", Held => "held", BufferZone => "buffer_zone", Other => "other",
    }
    TerritorialStatus {
        Claimed => "claimed", Confirmed => "confirmed", Denied => "denied", Disputed => "disputed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_serialises_flat_with_kind_tag() {
        let day = NaiveDate::from_ymd_opt(2025, 7, 23).expect("valid date");
        let claim = Claim {
            id: "c1".into(),
            text: "Russia said it captured Varachyne.".into(),
            span: Span::new(0, 34),
            attribution: Attribution {
                speaker: Some("Russia".into()),
                actor: Some("Russia".into()),
                verb: Some("said".into()),
            },
            detail: ClaimDetail::Territorial(Territorial {
                place: "Varachyne".into(),
                place_type: Some(PlaceType::Settlement),
                region: Some("Sumy".into()),
                country: Some("Ukraine".into()),
                action: Action::Captured,
                verb: Some("captured".into()),
                actor: Some("Russia".into()),
                claimant: Some("Russia".into()),
                announced: Some(Interval {
                    start: day,
                    end: day,
                    text: Some("On Wednesday".into()),
                }),
                status: TerritorialStatus::Claimed,
            }),
            explain: Vec::new(),
        };
        let json = serde_json::to_value(&claim).expect("serialises");
        assert_eq!(json["kind"], "territorial");
        assert_eq!(json["span"], serde_json::json!([0, 34]));
        assert_eq!(json["place_type"], "settlement");
        assert_eq!(json["announced"]["start"], "2025-07-23");
        assert!(json.get("explain").is_none());
        let back: Claim = serde_json::from_value(json).expect("round-trips");
        assert_eq!(back, claim);
    }

    #[test]
    fn names_round_trip() {
        for action in Action::ALL {
            assert_eq!(Action::from_name(action.as_str()), Some(*action));
        }
        assert_eq!(Category::PrisonersOfWar.as_str(), "prisoners_of_war");
        assert_eq!("exchange".parse::<ClaimKind>(), Ok(ClaimKind::Exchange));
    }
}
