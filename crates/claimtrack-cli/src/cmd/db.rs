//! The `--db` option shared by every subcommand that uses the ledger.

use std::path::PathBuf;

/// Where the ledger lives: `--db FILE`, else `$CLAIMTRACK_DB`, else `claimtrack.db` here.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct DbArgs {
    /// The ledger database file [env: CLAIMTRACK_DB; default: claimtrack.db]
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

impl DbArgs {
    pub(crate) fn path(&self) -> PathBuf {
        self.db
            .clone()
            .or_else(|| std::env::var_os("CLAIMTRACK_DB").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("claimtrack.db"))
    }
}
