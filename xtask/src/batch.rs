//! `cargo xtask batch`.

/// (Being built.)
#[derive(Debug, clap::Args)]
pub(crate) struct Args {}

pub(crate) fn run(_args: Args) -> anyhow::Result<()> {
    let _ = crate::project_root();
    anyhow::bail!("`cargo xtask batch` is being built")
}
