//! The pipeline crate's integration tests: one binary, one module per area.

mod batch;
mod chunks;
mod order;
mod panics;
#[cfg(any(target_os = "linux", target_os = "android"))]
mod priority;

use std::path::{Path, PathBuf};

/// Writes `files` (name, content) into `dir` and returns their paths in the given order.
pub(crate) fn write_files(dir: &Path, files: &[(&str, &str)]) -> Vec<PathBuf> {
    files
        .iter()
        .map(|(name, content)| {
            let path = dir.join(name);
            std::fs::write(&path, content).expect("write a test file");
            path
        })
        .collect()
}
