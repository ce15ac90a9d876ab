//! The ledger's error type.

use std::path::PathBuf;

/// The result type of every fallible ledger function.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the ledger.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database file could not be opened or created.
    #[error("cannot open the ledger database `{path}`")]
    Open {
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    /// The database file does not exist (from [`crate::Ledger::open_existing`]).
    #[error("no ledger database at `{path}` (create one with `claimtrack ingest`)")]
    Missing { path: PathBuf },
    /// The embedded migrations failed on the database file.
    #[error("cannot bring the ledger database `{path}` up to date")]
    Migrate {
        path: PathBuf,
        #[source]
        source: sqlx::migrate::MigrateError,
    },
    /// The internal runtime that drives sqlx could not start.
    #[error("cannot start the ledger's runtime")]
    Runtime(#[source] std::io::Error),
    /// A query failed; `context` says which operation ran it.
    #[error("ledger database error while {context} (`{path}`)")]
    Sql {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: sqlx::Error,
    },
    /// A stored value could not be read back (a database written by another program or version).
    #[error("corrupt ledger value in `{path}`: {what}")]
    Corrupt { path: PathBuf, what: String },
    /// A value could not be turned into JSON for storage.
    #[error("cannot encode a value for the ledger")]
    Encode(#[source] serde_json::Error),
    /// An error raised by a caller's callback (see [`crate::Ledger::for_each_claim`]), passed
    /// through unchanged.
    #[error(transparent)]
    Callback(Box<dyn std::error::Error + Send + Sync + 'static>),
}

impl Error {
    /// Wraps a caller's error so that a callback can return it through the ledger.
    pub fn callback(err: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>) -> Error {
        Error::Callback(err.into())
    }
}
