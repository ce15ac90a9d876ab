//! Integration tests of `claimtrack-time`: one binary, one module per area.

mod cases;
mod peer;
mod tagging;
