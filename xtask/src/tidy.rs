//! Repository checks that run with `cargo test`, so that the test suite is the one gate.
//!
//! They hold the conventions of `STYLE.md` that no compiler lint checks: module docs, manifests,
//! the map in `ARCHITECTURE.md`, and the README's promise that `.ci/run` runs its test command.

use std::fs;
use std::path::{Path, PathBuf};

use crate::project_root;

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn crate_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(project_root().join("crates"))
        .expect("crates/ exists")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

#[test]
fn every_source_module_has_docs() {
    let mut missing = Vec::new();
    let mut roots: Vec<PathBuf> = crate_dirs()
        .into_iter()
        .map(|dir| dir.join("src"))
        .collect();
    roots.push(project_root().join("xtask/src"));
    for root in roots {
        for file in rust_files(&root) {
            let text = read(&file);
            let first = text
                .lines()
                .find(|line| !line.trim().is_empty())
                .unwrap_or("");
            if !first.starts_with("//!") {
                missing.push(file.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules without a `//!` doc comment:\n{}",
        missing.join("\n")
    );
}

#[test]
fn manifests_follow_the_workspace_conventions() {
    let mut problems = Vec::new();
    let mut manifests: Vec<PathBuf> = crate_dirs()
        .into_iter()
        .map(|dir| dir.join("Cargo.toml"))
        .collect();
    manifests.push(project_root().join("xtask/Cargo.toml"));
    for manifest in manifests {
        let text = read(&manifest);
        let dir = manifest
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str());
        let name = dir.unwrap_or_default();
        for needle in [
            format!("name = \"{name}\""),
            "version.workspace = true".to_owned(),
            "edition.workspace = true".to_owned(),
            "publish.workspace = true".to_owned(),
            "[lints]\nworkspace = true".to_owned(),
        ] {
            if !text.contains(&needle) {
                problems.push(format!("{}: missing `{needle}`", manifest.display()));
            }
        }
        // Versions are set once, in the root manifest's [workspace.dependencies].
        for line in text.lines() {
            let line = line.trim();
            if line.contains("version = \"") && !line.starts_with("version") {
                problems.push(format!(
                    "{}: dependency version outside the workspace: {line}",
                    manifest.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn libraries_do_not_print_or_leave_stubs() {
    let mut problems = Vec::new();
    for dir in crate_dirs() {
        let is_cli = dir.ends_with("claimtrack-cli");
        for file in rust_files(&dir.join("src")) {
            for (number, line) in read(&file).lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                let prints = ["println!(", "eprintln!(", "print!(", "eprint!(", "dbg!("];
                if !is_cli && prints.iter().any(|p| code.contains(p)) {
                    problems.push(format!("{}:{}: prints: {code}", file.display(), number + 1));
                }
                if [concat!("todo", "!("), concat!("unimplemented", "!(")]
                    .iter()
                    .any(|p| code.contains(p))
                {
                    problems.push(format!("{}:{}: stub: {code}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn architecture_maps_every_crate() {
    let map = read(&project_root().join("ARCHITECTURE.md"));
    let missing: Vec<String> = crate_dirs()
        .iter()
        .filter_map(|dir| dir.file_name()?.to_str().map(str::to_owned))
        .filter(|name| !map.contains(&format!("`crates/{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md has no section for: {}",
        missing.join(", ")
    );
}

#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read(&project_root().join("README.md"));
    let ci = read(&project_root().join(".ci/run"));
    let command = readme
        .lines()
        .find_map(|line| line.strip_suffix("# the tests").map(str::trim))
        .expect("README.md has a line ending in `# the tests` holding the test command");
    assert!(
        ci.lines().any(|line| line.trim() == command),
        ".ci/run does not run `{command}`"
    );
}
