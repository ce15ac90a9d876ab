//! Writing to the terminal: data to stdout, diagnostics to stderr, exit codes.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use claimtrack_pipeline::{ProgressBar, ProgressSink};

use crate::Global;

/// How a subcommand ended when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every input was handled.
    Success,
    /// Some inputs failed (they were reported on stderr); the rest were handled.
    SomeFailed,
}

impl Outcome {
    pub(crate) fn from_failures(failures: usize) -> Outcome {
        if failures == 0 {
            Outcome::Success
        } else {
            Outcome::SomeFailed
        }
    }

    pub(crate) fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::SomeFailed => ExitCode::from(1),
        }
    }
}

/// A buffered, locked standard output. Write errors propagate so that `main` can tell a broken
/// pipe (success) from a real failure.
pub(crate) fn stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::new(io::stdout().lock())
}

/// Whether `err` comes from writing into a closed pipe.
pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Prints a fatal error with its cause chain.
pub(crate) fn print_error(err: &anyhow::Error) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {err}");
    for cause in err.chain().skip(1) {
        let _ = writeln!(stderr, "  caused by: {cause}");
    }
}

/// Diagnostics on stderr, filtered by `-q` / `-v`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Diag {
    quiet: bool,
    verbose: u8,
}

impl Diag {
    pub(crate) fn new(global: &Global) -> Diag {
        Diag {
            quiet: global.quiet,
            verbose: global.verbose,
        }
    }

    /// An input that failed: always shown.
    pub(crate) fn error(self, message: &str) {
        let _ = writeln!(io::stderr().lock(), "error: {message}");
    }

    /// Something the user should know (a missing date): hidden by `-q`.
    pub(crate) fn warn(self, message: &str) {
        if !self.quiet {
            let _ = writeln!(io::stderr().lock(), "warning: {message}");
        }
    }

    /// A summary line: hidden by `-q`.
    pub(crate) fn info(self, message: &str) {
        if !self.quiet {
            let _ = writeln!(io::stderr().lock(), "{message}");
        }
    }

    /// Detail shown only with `-v`.
    pub(crate) fn debug(self, message: &str) {
        if self.verbose > 0 {
            let _ = writeln!(io::stderr().lock(), "{message}");
        }
    }

    /// Reports an input problem at its severity; whether it was an error (which makes the run
    /// exit 1).
    pub(crate) fn problem(self, problem: &claimtrack_ingest::Problem) -> bool {
        match problem.severity {
            claimtrack_ingest::Severity::Error => {
                self.error(&problem.to_string());
                true
            }
            claimtrack_ingest::Severity::Warning => {
                self.warn(&problem.to_string());
                false
            }
        }
    }

    /// Whether a progress bar belongs on stderr: a terminal, and not `-q`.
    pub(crate) fn wants_progress(self) -> bool {
        !self.quiet && io::stderr().is_terminal()
    }
}

/// The batch's progress bar on stderr over `len` inputs, hidden unless [`Diag::wants_progress`]
/// and the walk is long enough to be worth one. Print diagnostics inside `bar.suspend(..)`.
pub(crate) fn progress_bar(diag: Diag, len: usize) -> ProgressBar {
    const MIN_INPUTS: usize = 20;
    let bar = if diag.wants_progress() && len >= MIN_INPUTS {
        ProgressBar::stderr()
    } else {
        ProgressBar::hidden()
    };
    bar.start(len);
    bar
}
