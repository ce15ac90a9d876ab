//! Integration tests of the ledger on real SQLite files in temporary folders.

mod guarantees;
mod queries;
mod rules;
mod story;
mod support;
