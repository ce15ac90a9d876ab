//! `cargo xtask eval`.

/// (Being built.)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

pub(crate) fn run(_args: Args) -> anyhow::Result<()> {
    let _ = crate::project_root();
    anyhow::bail!("`cargo xtask eval` is being built")
}
