//! The data every claimtrack crate agrees on.
//!
//! Two families of types live here because more than one crate needs them:
//!
//! - [`Article`]: a normalised news article as `claimtrack-ingest` produces it. Its `body` is the
//!   one text that every span in the project points into; [`Span`]s are byte offsets into it.
//! - [`ClaimsDoc`] and [`Claim`]: the `claimtrack/claims/v1` contract
//!   (`shared/schema/claims-v1.schema.json`). `claimtrack-extract` produces them, the ledger
//!   stores them and the CLI prints them. Field names are part of the contract: add fields, never
//!   rename or remove one.
//!
//! The crate is plain data with serde: no IO, no parsing beyond what serde does.

mod article;
mod claim;
mod span;

pub use article::{Article, ArticleMeta, Sentence};
pub use claim::{
    Action, Approx, Attribution, Category, Claim, ClaimDetail, ClaimKind, ClaimsDoc, Deadline,
    Exchange, ExchangeItem, ExchangeStatus, Interval, PlaceType, RuleTrace, SCHEMA_ID, Territorial,
    TerritorialStatus,
};
pub use span::Span;
