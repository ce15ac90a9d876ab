//! `cargo xtask bench`.

/// (Being built.)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

pub(crate) fn run(_args: Args) -> anyhow::Result<()> {
    let _ = crate::project_root();
    anyhow::bail!("`cargo xtask bench` is being built")
}
