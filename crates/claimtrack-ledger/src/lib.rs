//! The claim ledger: articles, claims, evidence and history in SQLite through sqlx.
