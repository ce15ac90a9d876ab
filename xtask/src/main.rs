//! `cargo xtask`: project tasks that orchestrate the library crates (eval, batch, bench).
//!
//! Product logic never lives here; each task calls the crates' public APIs.

fn main() -> anyhow::Result<()> {
    anyhow::bail!("no task yet")
}
