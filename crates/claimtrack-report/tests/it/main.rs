//! Integration tests for `claimtrack-report`: every format over a fixture ledger, escaping of
//! hostile article text, and the HTML report rendered in headless Chromium.
//!
//! The fixture ledger is built in a temp dir by storing hand-written claims/v1 documents
//! (`tests/fixtures/story.jsonl`) through `Ledger::store`, independent of the extractor, so that
//! snapshots change only when the report or the ledger's merge rules change.

mod browser;
mod escaping;
mod formats;
mod support;
