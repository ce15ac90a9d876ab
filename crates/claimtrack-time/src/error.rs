//! Errors of the time crate. Tagging itself cannot fail; only parsing options from text can.

/// What can go wrong when configuring the tagger from text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// A `--prefer` value other than `auto`, `past` or `future`.
    #[error("unknown direction `{0}` (expected auto, past or future)")]
    UnknownPrefer(String),
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
