//! End-to-end tests of the `claimtrack` binary: one module per command family.

mod extract;
mod ledger;
mod pipeline;
mod read;
mod report;
mod time;
