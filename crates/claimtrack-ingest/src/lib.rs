//! Files in, [`Article`]s out: reads news articles in the formats people bring them in.
//!
//! Supported inputs: newspaper and wire text dumps (Dawn-like, Reuters, AP, AFP layouts, or plain
//! text), text or Markdown with a `---` front-matter block, HTML pages (metadata from `og:` tags,
//! JSON-LD and `<time>`; the body by readability-style extraction), JSON objects and arrays
//! (including the NewsAPI `{"articles": [...]}` shape), JSON Lines, RSS 2.0 and Atom feeds, any of
//! them gzip-compressed, directories (recursively) and `-` for standard input.
//!
//! The entry points:
//! - [`Walk`] expands paths into [`Input`]s lazily, one directory listing at a time, so a corpus
//!   of any size is walked in bounded memory; [`census`] counts them without keeping any, and
//!   [`discover`] collects them all;
//! - [`read_input`] reads one input ([`read_input_sized`] also gives its size), [`read_bytes`]
//!   reads bytes already in memory; all return a [`Batch`] of articles and [`Problem`]s, since one
//!   file may hold many articles and bad input is data, not a panic;
//! - [`article_from_parts`] builds an article from metadata and raw text (for callers with their
//!   own sources, and tests);
//! - [`Dedup`] reports each content id once.
//!
//! Every article upholds the invariants documented on [`Article`]: the body is normalised
//! (NFC, `\n` line ends, entities decoded, invisible characters removed, white space collapsed,
//! paragraphs separated by one blank line), and paragraph and sentence spans slice it exactly. The
//! id is the BLAKE3 hash of the body, so the same article in two formats gets the same id.
//!
//! `Article::path` names where an article came from: the input's path (`-` for standard input),
//! `file.jsonl:3` for a line of a JSON Lines file, and `file.json#2` / `feed.xml#2` for the
//! second item of a JSON array or feed. Problems carry the input's path and, for JSON, JSON Lines
//! and invalid UTF-8, the line. A missing or unreadable date is a [`Severity::Warning`] and leaves
//! `published` empty; it is never guessed.
//!
//! Reading is cheap next to extraction: `cargo bench -p claimtrack-ingest --bench read` measures
//! it in MB/s on generated front-matter files, an HTML page and a JSON Lines batch.
//!
//! ```
//! use claimtrack_ingest::{Config, read_bytes};
//!
//! let text = "KYIV (Reuters) - Ukraine said on Friday it had recovered 1,000 bodies.\n";
//! let batch = read_bytes("wire.txt", text.as_bytes(), &Config::default());
//! let article = &batch.articles[0];
//! assert_eq!(article.dateline.as_deref(), Some("KYIV"));
//! assert_eq!(article.source.as_deref(), Some("Reuters"));
//! assert_eq!(article.published, None); // Reported as a warning in `batch.problems`.
//! ```

mod article;
mod dates;
mod discover;
mod error;
mod formats;
mod lines;
mod normalise;
mod problem;
mod read;
mod segment;

pub use article::{Dedup, Fields, article_from_parts, content_id};
pub use claimtrack_model::Article;
pub use discover::{Census, Discovery, Input, Walk, census, discover};
pub use error::{Error, Result};
pub use problem::{Problem, Severity};
pub use read::{Batch, Config, Read, read_bytes, read_input, read_input_sized};
