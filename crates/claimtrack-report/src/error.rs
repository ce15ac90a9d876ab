//! The report error type.

/// Why a report could not be built or written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading the ledger failed.
    #[error("cannot read the ledger")]
    Ledger(#[from] claimtrack_ledger::Error),
    /// Writing the output failed (a closed pipe included, which callers may treat as success).
    #[error("cannot write the report")]
    Io(#[from] std::io::Error),
    /// Serialising the JSON report failed.
    #[error("cannot write the JSON report")]
    Json(#[from] serde_json::Error),
    /// Writing a CSV record failed.
    #[error("cannot write the CSV report")]
    Csv(#[from] csv::Error),
}

/// The result of report functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;
