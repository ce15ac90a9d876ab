//! The ways reading one input can fail.
//!
//! A failure is never fatal to a batch: [`crate::read_bytes`] turns each [`Error`] into a
//! [`crate::Problem`] with the input's path, and goes on with the next input.

use thiserror::Error;

/// Why an input (or one item of it) gave no article.
#[derive(Debug, Error)]
pub enum Error {
    /// The input could not be opened or read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The input is larger than [`crate::Config::max_bytes`].
    #[error("larger than the size cap of {max} bytes")]
    TooLarge { max: u64 },
    /// The input holds no bytes, or only white space.
    #[error("empty file")]
    Empty,
    /// The input looks like a binary file, not text.
    #[error("binary file ({0})")]
    Binary(&'static str),
    /// The input is not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {line})")]
    InvalidUtf8 { offset: usize, line: usize },
    /// A `.gz` input that does not decompress.
    #[error("gzip does not decompress: {0}")]
    Gzip(std::io::Error),
    /// JSON that does not parse.
    #[error("malformed JSON: {0}")]
    Json(String),
    /// A JSON item, feed item or page without any article text.
    #[error("{0}")]
    NoText(String),
    /// An HTML page in which no article body was found.
    #[error("HTML page without an article body")]
    NoBody,
    /// A feed that feed-rs rejects.
    #[error("malformed feed: {0}")]
    Feed(String),
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
