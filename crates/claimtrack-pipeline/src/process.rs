//! The pure per-input work and the chunked loop that feeds the writer.
//!
//! [`process_input`] reads one input and extracts the claims of each of its articles: no ledger,
//! no shared state. [`process`] does it for a slice of inputs on a [`Pool`], and
//! [`process_chunks`] walks any number of inputs chunk by chunk, handing each processed chunk to
//! a callback (the ledger writer in [`crate::run`]) while the next chunk is being processed.

use std::borrow::Borrow;
use std::num::NonZeroUsize;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;

use claimtrack_ingest::{Input, Problem, Severity};
use claimtrack_model::{Article, ClaimsDoc};

use crate::pool::{Panicked, Pool, process_with};
use crate::progress::ProgressSink;

/// How a batch reads, extracts and schedules.
#[derive(Debug, Clone)]
pub struct Config {
    /// How inputs are read (size cap ...).
    pub read: claimtrack_ingest::Config,
    /// How claims are extracted.
    pub extract: claimtrack_extract::Options,
    /// Worker threads: `None` one per CPU, `Some(1)` everything on the calling thread.
    pub threads: Option<usize>,
    /// How many inputs are processed, then stored in one transaction, at a time. It bounds
    /// memory: at most three chunks are alive at once (being processed, queued, being stored),
    /// and in a batch into the ledger what is left of the chunk stored before, being freed.
    pub chunk_size: usize,
}

impl Config {
    /// The chunk size used by default: large enough that a transaction's cost is shared by many
    /// articles, small enough that a chunk of typical files stays within a few megabytes (2,048
    /// articles of 4 KB: 8 MB of text).
    ///
    /// A chunk reads from the ledger the claims its reports may merge into (those at its places,
    /// between its parties, of its deadlines' issuers), and in news the same places and parties
    /// come back day after day: a larger chunk reads each of them once for more articles. Over
    /// 10,000 articles of `xtask bench` on one thread, chunks of 2,048 rather than 512 took 24%
    /// fewer instructions on sqlx's SQLite thread and 9% fewer on the writer's (callgrind), and
    /// on two threads, where that serial writer set the pace with chunks of 512, 17% less
    /// time (with 2,048 the workers set it, but for the last chunk's store); peak memory rose
    /// from 92 MB to 125 MB (with the ledger's page cache at 32 MiB then; at 16 MiB, 103-106
    /// MB). Chunks of 4,096 were no faster: the writer stores the last chunk while the workers
    /// have nothing left to do.
    pub const DEFAULT_CHUNK_SIZE: usize = 2048;

    /// A chunk size a user gave (`--chunk-size N`, never 0), or [`Config::DEFAULT_CHUNK_SIZE`].
    pub fn chunk_size_or_default(chunk_size: Option<NonZeroUsize>) -> usize {
        chunk_size.map_or(Config::DEFAULT_CHUNK_SIZE, NonZeroUsize::get)
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            read: claimtrack_ingest::Config::default(),
            extract: claimtrack_extract::Options::default(),
            threads: None,
            chunk_size: Config::DEFAULT_CHUNK_SIZE,
        }
    }
}

/// What one input gave: its articles' claims documents, or what the batch made of each
/// (`D`: the ledger's prepared articles, for a batch into the ledger).
#[derive(Debug, Clone)]
pub struct Processed<D = ClaimsDoc> {
    /// The input as named in problems: its path, or `-` for standard input.
    pub input: String,
    /// The size of the input (for standard input, of the article bodies read from it).
    pub bytes: u64,
    /// How many articles were read from it, including any whose extraction failed.
    pub articles: usize,
    /// One claims document per article whose extraction succeeded, in input order.
    pub docs: Vec<D>,
    /// Everything that went wrong or looked odd, reading and extracting, in input order.
    pub problems: Vec<Problem>,
}

impl<D> Processed<D> {
    /// Whether the input failed: it has at least one error (warnings do not count).
    pub fn failed(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The same result with `f` applied to each document, in order.
    pub fn map_docs<E>(self, f: impl FnMut(D) -> E) -> Processed<E> {
        Processed {
            input: self.input,
            bytes: self.bytes,
            articles: self.articles,
            docs: self.docs.into_iter().map(f).collect(),
            problems: self.problems,
        }
    }

    /// The result for an input whose processing panicked outside any one article.
    fn panicked(input: &Input, panic: &Panicked) -> Processed<D> {
        let name = input.name();
        Processed {
            problems: vec![Problem {
                path: name.clone(),
                line: None,
                severity: Severity::Error,
                message: format!("reading the input {panic}"),
            }],
            input: name,
            bytes: 0,
            articles: 0,
            docs: Vec::new(),
        }
    }
}

/// Reads one input and extracts the claims of each of its articles.
///
/// Never panics on any input: a panic while extracting one article becomes an error for that
/// article (the input's other articles are kept), and [`process`] catches a panic while reading.
pub fn process_input(input: &Input, config: &Config) -> Processed {
    let name = input.name();
    let (read, size) = claimtrack_ingest::read_input_sized(input, &config.read);
    let mut problems = read.problems;
    let mut docs = Vec::with_capacity(read.articles.len());
    for article in &read.articles {
        let extracted = catch_unwind(AssertUnwindSafe(|| {
            claimtrack_extract::extract_doc(article, &config.extract)
        }));
        match extracted {
            Ok((doc, found)) => {
                problems.extend(found.into_iter().map(|problem| Problem {
                    path: article_origin(article, &name),
                    line: None,
                    severity: Severity::Warning,
                    message: match problem.span {
                        Some(span) => {
                            format!("{} (bytes {}..{})", problem.message, span.start, span.end)
                        }
                        None => problem.message,
                    },
                }));
                docs.push(doc);
            }
            Err(payload) => problems.push(Problem {
                path: article_origin(article, &name),
                line: None,
                severity: Severity::Error,
                message: format!(
                    "extracting claims from article {} {}",
                    article.id,
                    Panicked::from_payload(payload.as_ref())
                ),
            }),
        }
    }
    let bytes = match input {
        Input::File(_) => size,
        Input::Stdin => read
            .articles
            .iter()
            .map(|article| article.body.len() as u64)
            .sum(),
    };
    Processed {
        input: name,
        bytes,
        articles: read.articles.len(),
        docs,
        problems,
    }
}

/// Processes `inputs` on `pool`: one [`Processed`] per input, in input order.
pub fn process(
    pool: &Pool,
    inputs: &[Input],
    config: &Config,
    progress: &dyn ProgressSink,
) -> Vec<Processed> {
    process_slice(pool, inputs, config, progress, &|doc| doc)
}

/// [`process`] over owned or borrowed inputs, with `finish` applied to each document on the
/// thread that extracted it.
fn process_slice<T, D>(
    pool: &Pool,
    inputs: &[T],
    config: &Config,
    progress: &dyn ProgressSink,
    finish: &(impl Fn(ClaimsDoc) -> D + Sync),
) -> Vec<Processed<D>>
where
    T: Borrow<Input> + Sync,
    D: Send,
{
    let results = process_with(pool, inputs, |input| {
        let processed = process_input(input.borrow(), config).map_docs(finish);
        progress.inc(processed.bytes, processed.articles);
        processed
    });
    inputs
        .iter()
        .zip(results)
        .map(|(input, result)| {
            result.unwrap_or_else(|panic| {
                progress.inc(0, 0);
                Processed::panicked(input.borrow(), &panic)
            })
        })
        .collect()
}

/// Processes `inputs` chunk by chunk and hands each chunk's results, in input order, to `sink`.
///
/// `inputs` is anything that gives inputs: a slice of them, or a lazy
/// [`claimtrack_ingest::Walk`], which is pulled one chunk at a time, so the inputs themselves
/// never need to be listed all at once. On a parallel pool, a producer thread processes chunk
/// `n + 1` while `sink` (on the calling thread) consumes chunk `n`; at most one finished chunk
/// waits in between, so memory is bounded by the chunk size, not the corpus. On the sequential
/// pool, everything runs on the calling thread. An error from `sink` stops the loop (the producer
/// stops at its next hand-over) and is returned.
pub fn process_chunks<I, E>(
    pool: &Pool,
    inputs: I,
    config: &Config,
    progress: &dyn ProgressSink,
    sink: impl FnMut(Vec<Processed>) -> Result<(), E>,
) -> Result<(), E>
where
    I: IntoIterator,
    I::IntoIter: Send,
    I::Item: Borrow<Input> + Send + Sync,
{
    process_chunks_with(pool, inputs, None, config, progress, |doc| doc, sink)
}

/// [`process_chunks`], with `finish` applied to each document on the worker that extracted it,
/// before the chunk reaches `sink`: per-article work that needs no shared state (the ledger's
/// [`claimtrack_ledger::Prepared`]) runs in parallel instead of on the sink's thread.
///
/// `expected` is how many inputs a census counted ahead of the walk: the last chunk is then
/// short (see [`Chunks`]), on every pool alike, so that the chunks a batch stores depend on its
/// inputs and its chunk size only, never on its threads.
pub(crate) fn process_chunks_with<I, D, E>(
    pool: &Pool,
    inputs: I,
    expected: Option<usize>,
    config: &Config,
    progress: &dyn ProgressSink,
    finish: impl Fn(ClaimsDoc) -> D + Sync,
    mut sink: impl FnMut(Vec<Processed<D>>) -> Result<(), E>,
) -> Result<(), E>
where
    I: IntoIterator,
    I::IntoIter: Send,
    I::Item: Borrow<Input> + Send + Sync,
    D: Send,
{
    let mut chunks = Chunks::new(config.chunk_size, expected);
    let mut inputs = inputs.into_iter();
    let mut next_chunk = move || {
        let chunk: Vec<I::Item> = inputs.by_ref().take(chunks.next_size()).collect();
        chunks.taken(chunk.len());
        (!chunk.is_empty()).then_some(chunk)
    };
    if pool.is_sequential() {
        while let Some(chunk) = next_chunk() {
            sink(process_slice(pool, &chunk, config, progress, &finish))?;
        }
        return Ok(());
    }
    let finish = &finish;
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::sync_channel::<Vec<Processed<D>>>(1);
        scope.spawn(move || {
            while let Some(chunk) = next_chunk() {
                let processed = process_slice(pool, &chunk, config, progress, finish);
                // The inputs are done with before the hand-over, which may wait.
                drop(chunk);
                if sender.send(processed).is_err() {
                    // The consumer stopped on an error: there is no one left to process for.
                    break;
                }
            }
        });
        for processed in receiver {
            sink(processed)?;
        }
        Ok(())
    })
}

/// The sizes of a batch's chunks: full ones, and when the number of inputs is known, a short
/// last one.
///
/// With worker threads, the sink (the ledger's one writer) handles chunk `n` while the workers
/// process chunk `n + 1`, except for the last chunk: when it reaches the sink every input is
/// processed, and nothing overlaps its store. So the inputs of the last full chunk are split
/// into two: all but a [`Chunks::LAST`]th of a full chunk, then that short last one. Only the
/// last is short: every transaction has a fixed cost of about 10 ms (writing its dirty pages to
/// the log), and a run of ever smaller chunks, each halving what was left, queued behind the
/// writer and made a two-thread batch of 10,000 bench articles 8% slower (7bc6a48). A census
/// that counted too few inputs (files added since) leaves the chunks after the count full.
#[derive(Debug, Clone)]
struct Chunks {
    size: usize,
    /// Inputs expected but not taken yet; `None` when unknown.
    remaining: Option<usize>,
}

impl Chunks {
    /// The last chunk, as a fraction of a full one.
    const LAST: usize = 4;

    fn new(size: usize, expected: Option<usize>) -> Chunks {
        Chunks {
            size: size.max(1),
            remaining: expected,
        }
    }

    fn next_size(&self) -> usize {
        let last = (self.size / Chunks::LAST).max(1);
        match self.remaining {
            Some(remaining) if remaining > last && remaining <= self.size => remaining - last,
            _ => self.size,
        }
    }

    fn taken(&mut self, count: usize) {
        if let Some(remaining) = &mut self.remaining {
            *remaining = remaining.saturating_sub(count);
        }
    }
}

/// Where an article came from, for its problems: its own origin (`file.jsonl:3`) when ingestion
/// recorded one, else the input.
fn article_origin(article: &Article, input: &str) -> String {
    article.path.clone().unwrap_or_else(|| input.to_owned())
}

#[cfg(test)]
mod tests {
    use super::Chunks;

    /// The sizes of the chunks `inputs` inputs make when `expected` were counted.
    fn sizes(size: usize, expected: Option<usize>, inputs: usize) -> Vec<usize> {
        let mut chunks = Chunks::new(size, expected);
        let mut left = inputs;
        let mut sizes = Vec::new();
        while left > 0 {
            let taken = chunks.next_size().min(left);
            chunks.taken(taken);
            left -= taken;
            sizes.push(taken);
        }
        sizes
    }

    #[test]
    fn the_last_full_chunk_is_split_to_end_short() {
        assert_eq!(
            sizes(2048, Some(10_000), 10_000),
            [2048, 2048, 2048, 2048, 1296, 512]
        );
        assert_eq!(sizes(8, Some(16), 16), [8, 6, 2]);
    }

    #[test]
    fn a_batch_within_the_short_chunk_is_one_chunk() {
        assert_eq!(sizes(2048, Some(300), 300), [300]);
        assert_eq!(sizes(2048, Some(512), 512), [512]);
        assert_eq!(sizes(2048, Some(513), 513), [1, 512]);
    }

    #[test]
    fn a_remainder_past_the_last_full_chunk_stays_whole() {
        assert_eq!(sizes(8, Some(18), 18), [8, 8, 2]);
    }

    #[test]
    fn without_a_count_every_chunk_is_full() {
        assert_eq!(sizes(4, None, 10), [4, 4, 2]);
    }

    #[test]
    fn inputs_beyond_the_count_come_in_full_chunks() {
        assert_eq!(sizes(8, Some(8), 30), [6, 8, 8, 8]);
    }

    #[test]
    fn a_chunk_size_of_zero_counts_as_one() {
        assert_eq!(sizes(0, Some(3), 3), [1, 1, 1]);
    }
}
