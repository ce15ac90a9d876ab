//! Problems: bad input reported as data, with a location.

use std::fmt;

/// Something wrong with one input, or one item of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The input's path as given (`-` for standard input).
    pub path: String,
    /// The 1-based line, for JSON, JSON Lines and invalid UTF-8.
    pub line: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

/// Whether a problem cost an article ([`Severity::Error`]) or only some of its metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Problem {
    pub(crate) fn error(path: &str, line: Option<usize>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            line,
            severity: Severity::Error,
            message: message.into(),
        }
    }

    pub(crate) fn warning(path: &str, line: Option<usize>, message: impl Into<String>) -> Problem {
        Problem {
            path: path.to_owned(),
            line,
            severity: Severity::Warning,
            message: message.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `path:line: message`, or `path: message` without a line.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}
