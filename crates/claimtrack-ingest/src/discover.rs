//! Turning command-line paths into inputs: `-`, files, and directories walked recursively.
//!
//! [`Walk`] is the lazy form: it lists one directory at a time, as the walk enters it, so what it
//! holds is bounded by the directory listings along the current branch, not by the corpus.
//! [`census`] counts what a walk would give without keeping a single path (a progress bar's
//! total), and [`discover`] collects a whole walk for callers that want the list.

use std::fs::FileType;
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
            // `display` goes through the formatting machinery, which costs more than the copy
            // for the UTF-8 paths it would write unchanged.
            Input::File(path) => path
                .to_str()
                .map_or_else(|| path.display().to_string(), str::to_owned),
        }
    }
}

/// The inputs found under some paths, and the paths that could not be used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovery {
    pub inputs: Vec<Input>,
    pub problems: Vec<Problem>,
}

/// Expands paths into inputs, all at once: [`Walk`] collected.
///
/// `-` is standard input; a file is itself; a directory gives every file below it, recursively,
/// sorted by path, skipping hidden files and directories (names starting with `.`). A path that
/// does not exist or cannot be listed is a problem, and the others are still expanded. Inputs keep
/// the order of `paths`.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut walk = Walk::new(paths);
    let inputs = walk.by_ref().collect();
    Discovery {
        inputs,
        problems: walk.into_problems(),
    }
}

/// How many inputs a walk of `paths` gives, and the paths it cannot use: a [`Discovery`] without
/// the list of inputs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Census {
    pub inputs: usize,
    pub problems: Vec<Problem>,
}

/// Counts the inputs under `paths` without keeping them.
///
/// It walks exactly as [`Walk`] does (one directory listing at a time, no file is opened or
/// stat-ed unless it is a symbolic link), so the count matches a walk made right after it.
pub fn census(paths: &[PathBuf]) -> Census {
    let mut walk = Walk::new(paths);
    let inputs = walk.by_ref().count();
    Census {
        inputs,
        problems: walk.into_problems(),
    }
}

impl Census {
    /// The problems of a later [`Walk`] over the same paths that this census did not meet (a
    /// folder that became unreadable in between), so that no input goes missing without a word.
    pub fn unseen(&self, problems: Vec<Problem>) -> Vec<Problem> {
        problems
            .into_iter()
            .filter(|problem| !self.problems.contains(problem))
            .collect()
    }
}

/// The inputs under some paths, found lazily, in the order [`discover`] gives them.
///
/// Each directory is listed, filtered and sorted when the walk enters it; its subdirectories are
/// entered in their sorted place, depth first. The problems met so far (a path that does not
/// exist, a directory that cannot be listed) are kept aside, in order: see [`Walk::problems`].
#[derive(Debug)]
pub struct Walk {
    /// The paths given and not yet expanded, the next one last.
    roots: Vec<PathBuf>,
    /// The unvisited, sorted entries of every directory on the current branch, innermost last.
    stack: Vec<std::vec::IntoIter<Entry>>,
    problems: Vec<Problem>,
}

/// A directory entry the walk keeps: a file to read or a directory to enter.
#[derive(Debug)]
struct Entry {
    path: PathBuf,
    is_dir: bool,
}

impl Walk {
    /// A walk over `paths`; nothing is listed until the first input is asked for.
    pub fn new(paths: &[PathBuf]) -> Walk {
        Walk {
            roots: paths.iter().rev().cloned().collect(),
            stack: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// The problems met so far, in walk order.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The problems met, once the walk is done (or abandoned).
    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    /// The next input from the directories being walked, entering subdirectories on the way.
    fn next_in_tree(&mut self) -> Option<Input> {
        while let Some(entries) = self.stack.last_mut() {
            match entries.next() {
                Some(Entry { path, is_dir: true }) => self.enter(&path),
                Some(Entry {
                    path,
                    is_dir: false,
                }) => return Some(Input::File(path)),
                None => {
                    self.stack.pop();
                }
            }
        }
        None
    }

    /// Lists `dir`, keeps its visible files and directories sorted by path, and walks them next.
    fn enter(&mut self, dir: &Path) {
        let listing = match std::fs::read_dir(dir) {
            Ok(listing) => listing,
            Err(err) => {
                self.problems.push(Problem::error(
                    &dir.display().to_string(),
                    None,
                    format!("cannot list directory: {err}"),
                ));
                return;
            }
        };
        let mut entries: Vec<Entry> = listing
            .filter_map(|entry| {
                let entry = entry.ok()?;
                let path = entry.path();
                let hidden = path
                    .file_name()
                    .is_none_or(|name| name.as_encoded_bytes().starts_with(b"."));
                if hidden {
                    return None;
                }
                let is_dir = walks_into(entry.file_type().ok()?, &path)?;
                Some(Entry { path, is_dir })
            })
            .collect();
        // Every path here is `dir` joined with a name, so comparing whole paths as bytes orders
        // them as their names, which is the order `Path` comparison gives, at a fraction of the
        // cost of comparing them component by component.
        entries.sort_unstable_by(|a, b| a.path.as_os_str().cmp(b.path.as_os_str()));
        self.stack.push(entries.into_iter());
    }
}

/// Whether a directory entry is walked into (`Some(true)`), read (`Some(false)`) or skipped.
///
/// The type comes from the directory listing itself, so a plain file or directory costs no system
/// call. Symbolic links to directories are not followed, so that a link cycle cannot loop; a link
/// to a file is read like the file (this one needs a `stat` of the target).
fn walks_into(file_type: FileType, path: &Path) -> Option<bool> {
    if file_type.is_dir() {
        Some(true)
    } else if file_type.is_file() {
        Some(false)
    } else if file_type.is_symlink() {
        std::fs::metadata(path)
            .is_ok_and(|meta| meta.is_file())
            .then_some(false)
    } else {
        None
    }
}

impl Iterator for Walk {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(input) = self.next_in_tree() {
                return Some(input);
            }
            let path = self.roots.pop()?;
            if path.as_os_str() == "-" {
                return Some(Input::Stdin);
            } else if path.is_dir() {
                self.enter(&path);
            } else if path.exists() {
                return Some(Input::File(path));
            } else {
                self.problems.push(Problem::error(
                    &path.display().to_string(),
                    None,
                    "no such file or directory",
                ));
            }
        }
    }
}
