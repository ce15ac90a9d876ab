//! Turning command-line paths into inputs: `-`, files, and directories walked recursively.

use std::path::{Path, PathBuf};

use crate::Problem;

/// One thing to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// How problems and articles name this input: `-` or the path as given.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// The inputs found under some paths, and the paths that could not be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovery {
    pub inputs: Vec<Input>,
    pub problems: Vec<Problem>,
}

/// Expands paths into inputs.
///
/// `-` is standard input; a file is itself; a directory gives every file below it, recursively,
/// sorted by path, skipping hidden files and directories (names starting with `.`). A path that
/// does not exist or cannot be listed is a problem, and the others are still expanded. Inputs keep
/// the order of `paths`.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut discovery = Discovery::default();
    for path in paths {
        if path.as_os_str() == "-" {
            discovery.inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &mut discovery);
        } else if path.exists() {
            discovery.inputs.push(Input::File(path.clone()));
        } else {
            discovery.problems.push(Problem::error(
                &path.display().to_string(),
                None,
                "no such file or directory",
            ));
        }
    }
    discovery
}

fn walk(dir: &Path, discovery: &mut Discovery) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            discovery.problems.push(Problem::error(
                &dir.display().to_string(),
                None,
                format!("cannot list directory: {err}"),
            ));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| !name.to_string_lossy().starts_with('.'))
        })
        .collect();
    children.sort();
    for child in children {
        // Symbolic links to directories are not followed, so that a link cycle cannot loop.
        let is_link = child.symlink_metadata().is_ok_and(|meta| meta.is_symlink());
        if child.is_dir() {
            if !is_link {
                walk(&child, discovery);
            }
        } else if child.is_file() {
            discovery.inputs.push(Input::File(child));
        }
    }
}
