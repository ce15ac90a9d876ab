//! `claimtrack time`.

use crate::Global;
use crate::output::Outcome;

/// (Being built.)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

pub(crate) fn run(_args: Args, _global: &Global) -> anyhow::Result<Outcome> {
    anyhow::bail!("`claimtrack time` is being built")
}
