//! Claim reports from the ledger: Markdown, HTML with charts, JSON and CSV.
