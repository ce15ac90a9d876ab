//! One module per subcommand, each with an `Args` struct and a `run` function.

pub(crate) mod claims;
pub(crate) mod db;
pub(crate) mod extract;
pub(crate) mod ingest;
pub(crate) mod read;
pub(crate) mod report;
pub(crate) mod run;
pub(crate) mod show;
pub(crate) mod time;
