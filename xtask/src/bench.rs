//! `cargo xtask bench`: generate a synthetic corpus and measure the batch end to end.
//!
//! The corpus is written file by file from a seeded generator (never held in memory): articles
//! of 2-6 KB with a front-matter header (title, outlet, date, url) whose paragraphs mix claim
//! sentences of every kind (captures of many generated places in many regions, swaps with
//! counts and mediators, ultimatums with durations) with ordinary news sentences. The bench then
//! measures, on the same files:
//!
//! 1. read only (ingestion, no extraction, no ledger), on all threads;
//! 2. read + extract (no ledger), on one thread and on all threads: the ceiling the ledger is
//!    compared to;
//! 3. files to ledger on one thread (`--threads 1`, the sequential path) and on all threads
//!    (skipped with `--no-ledger`);
//!
//! and prints articles/s, MB/s, claims per article and per KB, the CPU time of each phase and
//! the cores it kept busy, the peak resident memory of each phase (`VmHWM`, reset between
//! phases), the time the ledger phases spent storing (and of it the last chunk's, which no
//! extraction overlaps: on a short corpus it caps the speed-up), and the speed-ups from one
//! thread to all. Each comparison of one thread with all is timed `--rounds` times (5 by
//! default), alternating, and reported as medians; the batch's speed-up is also given as a share
//! of read + extract's, which has no serial stage. The gaps between phases name the bottleneck;
//! a phase with fewer cores busy than threads waits on its serial part. Run it in release for
//! real figures:
//! `cargo run --release -p xtask -- bench --articles 10000`.

use std::fmt::Write as _;
use std::io::Write as _;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use claimtrack_ledger::Ledger;
use claimtrack_pipeline::{Config, NoProgress, Pool, Summary, process_chunks, process_with};

use crate::batch::print_summary;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// How many articles to generate.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    articles: usize,
    /// Threads of the parallel runs [default: one per CPU].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Write the corpus and the ledgers into DIR and keep them [default: a temp folder, removed].
    #[arg(long, value_name = "DIR")]
    keep: Option<PathBuf>,
    /// Measure reading and extraction only, without the ledger.
    #[arg(long)]
    no_ledger: bool,
    /// Inputs stored in one transaction, as `claimtrack ingest --chunk-size` [default: the
    /// pipeline's, 2048].
    #[arg(long, value_name = "N")]
    chunk_size: Option<NonZeroUsize>,
    /// The generator's seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 2025)]
    seed: u64,
    /// The share of sentences that carry a claim, in percent. The default, 10, gives about 1.3
    /// claims a KB, the density of our annotated sets (1.0-1.6 claims a KB in fixtures/gold and
    /// the held-out sets); 30 makes a claim-dense stress corpus (about 3.4 claims a KB).
    #[arg(long, value_name = "PERCENT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(0..=100))]
    claim_percent: u64,
    /// How many times to time each comparison of one thread with all, alternating the two. The
    /// figures reported are medians: on a shared machine one run can be a fifth off the next
    /// (over nine rounds of 10,000 articles, one thread to two gave 1.51x to 1.90x).
    #[arg(long, value_name = "N", default_value_t = 5,
          value_parser = clap::value_parser!(u64).range(1..=100))]
    rounds: u64,
}

pub(crate) fn run(args: Args) -> anyhow::Result<()> {
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let root = match &args.keep {
        Some(dir) => dir.clone(),
        None => std::env::temp_dir().join(format!("claimtrack-bench-{}", std::process::id())),
    };
    let corpus = root.join("corpus");
    if corpus.exists() {
        std::fs::remove_dir_all(&corpus)
            .with_context(|| format!("could not clear {}", corpus.display()))?;
    }
    let result = measure(&args, threads, &root, &corpus);
    if args.keep.is_none() {
        // Best effort: a failed clean-up must not hide the bench's own result or error.
        let _ = std::fs::remove_dir_all(&root);
    }
    result
}

fn measure(args: &Args, threads: usize, root: &Path, corpus: &Path) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "profile: {}",
        if cfg!(debug_assertions) {
            "debug (figures are not meaningful; use `cargo run --release -p xtask -- bench`)"
        } else {
            "release"
        }
    )?;
    writeln!(out, "machine: {}", machine())?;
    let started = Instant::now();
    let bytes = generate(corpus, args.articles, args.seed, args.claim_percent)?;
    writeln!(
        out,
        "generated {} articles, {:.1} MB in {:.1}s into {} (seed {}, {}% claim sentences)",
        args.articles,
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        corpus.display(),
        args.seed,
        args.claim_percent
    )?;
    writeln!(out, "peak memory after generating: {}", peak_memory(false))?;

    let all = Pool::new(Some(threads))?;
    let one = Pool::sequential();

    writeln!(
        out,
        "\n== read only (ingest, no extraction, no ledger), {threads} threads"
    )?;
    let reset = reset_peak_memory();
    let cpu = CpuTime::now();
    let read = scan(&all, corpus, Stage::Read);
    writeln!(out, "{read}\n{}", cpu.since(read.seconds))?;
    writeln!(out, "peak memory: {}", peak_memory(reset))?;
    let rounds = usize::try_from(args.rounds).unwrap_or(1);
    let ceiling = compare(
        &mut out,
        "read + extract",
        threads,
        rounds,
        |out, run_threads, first| {
            let pool = if run_threads == 1 { &one } else { &all };
            let reset = reset_peak_memory();
            let cpu = CpuTime::now();
            let scanned = scan(pool, corpus, Stage::Extract);
            if first {
                writeln!(
                    out,
                    "\n== read + extract (no ledger), {run_threads} thread(s)"
                )?;
                writeln!(out, "{scanned}\n{}", cpu.since(scanned.seconds))?;
                writeln!(out, "peak memory: {}", peak_memory(reset))?;
            }
            Ok(Rate::of(scanned.articles, scanned.bytes, scanned.seconds))
        },
    )?;
    if args.no_ledger {
        return Ok(());
    }
    let chunk_size = Config::chunk_size_or_default(args.chunk_size);
    let batch = compare(
        &mut out,
        "files to ledger",
        threads,
        rounds,
        |out, run_threads, first| {
            let reset = reset_peak_memory();
            let cpu = CpuTime::now();
            let summary = into_ledger(root, corpus, run_threads, chunk_size)?;
            if first {
                writeln!(out, "\n== files to ledger, {run_threads} thread(s)")?;
                print_summary(out, &summary)?;
                writeln!(out, "{}", cpu.since(summary.elapsed.as_secs_f64()))?;
                writeln!(out, "peak memory: {}", peak_memory(reset))?;
            }
            Ok(Rate::of(
                summary.articles_read,
                summary.bytes,
                summary.elapsed.as_secs_f64(),
            ))
        },
    )?;
    // Read + extract has no serial stage: how it scales is what this machine's cores give
    // for this work (two busy cores each run slower than one alone), so it is the yardstick
    // of the batch's own speed-up, whose one writer must store the last chunk alone.
    writeln!(
        out,
        "files to ledger keeps {:.0}% of the read + extract speed-up ({batch:.2}x against \
         {ceiling:.2}x)",
        100.0 * ratio(batch, ceiling)
    )?;
    Ok(())
}

/// Times `phase` on one thread and on `threads`, alternating, `rounds` times; prints the first
/// round in full (`run` is told so), one line for each later round, and the medians. Returns
/// the speed-up (the median of the rounds' own ratios).
///
/// The speed-up reported is the median of each round's own ratio: the two runs of a round are
/// back to back, so a slow spell of the machine slows both and cancels out of their ratio.
fn compare(
    out: &mut impl std::io::Write,
    phase: &str,
    threads: usize,
    rounds: usize,
    mut run: impl FnMut(&mut dyn std::io::Write, usize, bool) -> anyhow::Result<Rate>,
) -> anyhow::Result<f64> {
    let mut measured: Vec<(Rate, Rate)> = Vec::with_capacity(rounds);
    for round in 1..=rounds {
        let one = run(out, 1, round == 1)?;
        let all = run(out, threads, round == 1)?;
        if rounds > 1 {
            writeln!(
                out,
                "{phase}, round {round} of {rounds}: {:.0} articles/s on 1 thread, {:.0} on \
                 {threads}: {:.2}x",
                one.articles,
                all.articles,
                ratio(all.articles, one.articles)
            )?;
        }
        measured.push((one, all));
    }
    let median_of = |value: &dyn Fn(&(Rate, Rate)) -> f64| {
        median(measured.iter().map(value).collect()).unwrap_or(0.0)
    };
    let (one, all) = (
        median_of(&|(one, _)| one.articles),
        median_of(&|(_, all)| all.articles),
    );
    let (one_mb, all_mb) = (
        median_of(&|(one, _)| one.megabytes),
        median_of(&|(_, all)| all.megabytes),
    );
    let speed_up = median_of(&|(one, all)| ratio(all.articles, one.articles));
    let of = if rounds > 1 {
        format!(" (medians of {rounds} rounds)")
    } else {
        String::new()
    };
    writeln!(
        out,
        "\n{phase}{of}: {one:.0} articles/s ({one_mb:.1} MB/s) on 1 thread, {all:.0} articles/s \
         ({all_mb:.1} MB/s) on {threads}\n{phase} speed-up from 1 to {threads} threads: \
         {speed_up:.2}x"
    )?;
    Ok(speed_up)
}

/// The throughput of one timed run.
#[derive(Debug, Clone, Copy)]
struct Rate {
    articles: f64,
    megabytes: f64,
}

impl Rate {
    fn of(articles: usize, bytes: u64, seconds: f64) -> Rate {
        Rate {
            articles: ratio(articles as f64, seconds),
            megabytes: ratio(bytes as f64 / 1e6, seconds),
        }
    }
}

/// The middle value (the mean of the middle two for an even count); `None` when empty.
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        len if len % 2 == 1 => Some(values[middle]),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator > 0.0 {
        numerator / denominator
    } else {
        0.0
    }
}

/// How far [`scan`] takes each input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Read and normalise the articles only.
    Read,
    /// Read, then extract the claims of each article.
    Extract,
}

/// What a scan without the ledger did.
struct Scanned {
    articles: usize,
    bytes: u64,
    claims: usize,
    seconds: f64,
}

impl Scanned {
    fn articles_per_second(&self) -> f64 {
        ratio(self.articles as f64, self.seconds)
    }
}

impl std::fmt::Display for Scanned {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles, {} claims ({:.1} an article, {:.2} a KB) in {:.2}s: {:.0} articles/s, \
             {:.1} MB/s",
            self.articles,
            self.claims,
            ratio(self.claims as f64, self.articles as f64),
            ratio(self.claims as f64, self.bytes as f64 / 1e3),
            self.seconds,
            self.articles_per_second(),
            ratio(self.bytes as f64 / 1e6, self.seconds)
        )
    }
}

/// Runs the pipeline's chunked loop over the files under `corpus` up to `stage`, without a
/// ledger. The files are walked lazily, as the batch walks them, so the phase's memory is that of
/// the batch, not of a list of every path.
fn scan(pool: &Pool, corpus: &Path, stage: Stage) -> Scanned {
    let started = Instant::now();
    let config = Config::default();
    let mut scanned = Scanned {
        articles: 0,
        bytes: 0,
        claims: 0,
        seconds: 0.0,
    };
    let mut walk = claimtrack_ingest::Walk::new(&[corpus.to_path_buf()]);
    match stage {
        Stage::Read => loop {
            let chunk: Vec<_> = walk.by_ref().take(config.chunk_size).collect();
            if chunk.is_empty() {
                break;
            }
            // File sizes, as the pipeline counts them, so MB/s compare across phases.
            let batches = process_with(pool, &chunk, |input| {
                let (batch, bytes) = claimtrack_ingest::read_input_sized(input, &config.read);
                (batch.articles.len(), bytes)
            });
            for (articles, bytes) in batches.into_iter().flatten() {
                scanned.articles += articles;
                scanned.bytes += bytes;
            }
        },
        Stage::Extract => {
            let _ = process_chunks(pool, &mut walk, &config, &NoProgress, |chunk| {
                for processed in chunk {
                    scanned.articles += processed.articles;
                    scanned.bytes += processed.bytes;
                    scanned.claims += processed
                        .docs
                        .iter()
                        .map(|doc| doc.claims.len())
                        .sum::<usize>();
                }
                Ok::<(), std::convert::Infallible>(())
            });
        }
    }
    scanned.seconds = started.elapsed().as_secs_f64();
    scanned
}

/// Runs the batch over `corpus` into a fresh ledger.
fn into_ledger(
    root: &Path,
    corpus: &Path,
    threads: usize,
    chunk_size: usize,
) -> anyhow::Result<Summary> {
    let db = root.join(format!("ledger-{threads}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", db.display()));
        if file.exists() {
            std::fs::remove_file(&file)
                .with_context(|| format!("could not remove {}", file.display()))?;
        }
    }
    let ledger =
        Ledger::open(&db).with_context(|| format!("could not open the ledger {}", db.display()))?;
    let config = Config {
        threads: Some(threads),
        chunk_size,
        ..Config::default()
    };
    Ok(claimtrack_pipeline::run(
        &[corpus.to_path_buf()],
        &ledger,
        &config,
        &NoProgress,
    )?)
}

/// What the figures were measured on, for the reader of a pasted bench output: the cores this
/// process may use, the CPU model and the memory (the last two from `/proc` on Linux, else
/// left out).
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let mut parts = vec![format!("{cores} cores")];
    let field = |path: &str, name: &str| -> Option<String> {
        let text = std::fs::read_to_string(path).ok()?;
        text.lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .map(|value| value.trim().to_owned())
    };
    if let Some(model) = field("/proc/cpuinfo", "model name") {
        parts.push(model);
    }
    let memory = field("/proc/meminfo", "MemTotal")
        .and_then(|value| value.strip_suffix("kB")?.trim().parse::<u64>().ok());
    if let Some(kilobytes) = memory {
        parts.push(format!("{:.1} GiB", kilobytes as f64 / (1024.0 * 1024.0)));
    }
    parts.join(", ")
}

/// The CPU time this process (all its threads, the finished ones included) has used, read at the
/// start of a phase. A phase that keeps fewer cores busy than it has threads waits on something:
/// its serial part, the disk, or another process.
struct CpuTime {
    /// User and system seconds, if `/proc/self/stat` could be read.
    start: Option<(f64, f64)>,
}

impl CpuTime {
    fn now() -> CpuTime {
        CpuTime {
            start: process_cpu_seconds(),
        }
    }

    /// The CPU time used since [`CpuTime::now`], and how many cores that kept busy on average
    /// over `wall` seconds.
    fn since(&self, wall: f64) -> String {
        match self.start.zip(process_cpu_seconds()) {
            Some(((user_0, system_0), (user, system))) => {
                let (user, system) = (user - user_0, system - system_0);
                format!(
                    "CPU time: {:.2}s ({user:.2}s user, {system:.2}s system), {:.2} cores busy",
                    user + system,
                    ratio(user + system, wall)
                )
            }
            None => "CPU time: unknown (no /proc/self/stat)".to_owned(),
        }
    }
}

/// User and system seconds of this process from `/proc/self/stat` (fields 14 and 15, in the
/// kernel's clock ticks: `USER_HZ`, 100 a second on Linux).
fn process_cpu_seconds() -> Option<(f64, f64)> {
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    let (_, rest) = stat.rsplit_once(')')?;
    let mut fields = rest.split_whitespace().skip(11);
    let mut ticks = || fields.next()?.parse::<u64>().ok();
    let (user, system) = (ticks()?, ticks()?);
    Some((
        user as f64 / TICKS_PER_SECOND,
        system as f64 / TICKS_PER_SECOND,
    ))
}

/// Starts a phase's memory reading: asks the kernel to lower this process's recorded peak
/// resident size (`VmHWM`) to its current size, so that [`peak_memory`] reports the peak of this
/// phase, not of an earlier phase that held more. Returns whether the kernel did (Linux 4.0+).
fn reset_peak_memory() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The peak resident set size of this process since the last [`reset_peak_memory`] (`reset`
/// says whether it worked) or since the start, from `/proc/self/status`.
fn peak_memory(reset: bool) -> String {
    let since = if reset { "this phase" } else { "since start" };
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().strip_suffix("kB"))
                .and_then(|kilobytes| kilobytes.trim().parse::<u64>().ok())
        })
        .map_or_else(
            || "unknown (no /proc/self/status)".to_owned(),
            |kilobytes| format!("{:.1} MB (VmHWM, {since})", kilobytes as f64 / 1024.0),
        )
}

/// Writes `count` articles under `dir` (1,000 per folder), one file at a time, with
/// `claim_percent` of their sentences carrying a claim; returns the bytes written.
fn generate(dir: &Path, count: usize, seed: u64, claim_percent: u64) -> anyhow::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(8 * 1024);
    let mut bytes = 0;
    for index in 0..count {
        let folder = dir.join(format!("{:04}", index / 1000));
        if index % 1000 == 0 {
            std::fs::create_dir_all(&folder)
                .with_context(|| format!("could not create {}", folder.display()))?;
        }
        text.clear();
        write_article(&mut rng, index, claim_percent, &mut text);
        let path = folder.join(format!("{index:07}.txt"));
        std::fs::write(&path, &text)
            .with_context(|| format!("could not write {}", path.display()))?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}

/// The corpus's seeded generator (fastrand's): the bench needs reproducible variety, not
/// cryptographic quality. The same seed gives the same corpus for a given `Cargo.lock`.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        self.0.u64(low..=high)
    }

    /// An index into a collection of `len` items (0 when it is empty).
    fn index(&mut self, len: usize) -> usize {
        self.0.usize(..len.max(1))
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.index(items.len()))
            .copied()
            .unwrap_or_default()
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.0.u64(..100) < percent
    }
}

/// One conflict's vocabulary: the words its claim sentences are made of.
struct Conflict {
    /// The two sides as a sentence names them: `Russia`, `the Rapid Support Forces`.
    sides: [&'static str; 2],
    /// Who speaks for each side's military, in lower case where a common noun opens it.
    voices: [&'static str; 2],
    /// Each side's troops as a sentence subject.
    forces: [&'static str; 2],
    regions: &'static [&'static str],
    /// The word after a region's name: `region`, `state`, `province`.
    region_word: &'static str,
    mediators: &'static [&'static str],
    /// Syllables place names are made of.
    heads: &'static [&'static str],
    tails: &'static [&'static str],
}

const CONFLICTS: &[Conflict] = &[
    Conflict {
        sides: ["Russia", "Ukraine"],
        voices: ["Russia's defence ministry", "Ukraine's general staff"],
        forces: ["Russian forces", "Ukrainian troops"],
        regions: &[
            "Donetsk",
            "Kharkiv",
            "Zaporizhzhia",
            "Sumy",
            "Dnipropetrovsk",
            "Kherson",
            "Luhansk",
        ],
        region_word: "region",
        mediators: &["the United Arab Emirates", "Turkey", "Qatar", "the Vatican"],
        heads: &[
            "Nova", "Stara", "Bila", "Zelena", "Krasna", "Velyka", "Mala", "Chorna", "Vesela",
            "Dobro", "Lypo", "Ozer", "Topol", "Myro", "Sviato",
        ],
        tails: &[
            "hrad",
            "pillia",
            "vka",
            "ivka",
            "dolyna",
            "pole",
            "hai",
            "yar",
            "ske",
            "rika",
            "horivka",
            "selivka",
            "mykolaivka",
        ],
    },
    Conflict {
        sides: ["the Sudanese army", "the Rapid Support Forces"],
        voices: ["the Sudanese army", "the RSF"],
        forces: ["army units", "RSF fighters"],
        regions: &[
            "North Darfur",
            "South Kordofan",
            "West Kordofan",
            "Gezira",
            "Sennar",
            "White Nile",
        ],
        region_word: "state",
        mediators: &["Saudi Arabia", "the United States", "the African Union"],
        heads: &["Um ", "Al-", "Abu ", "Jebel ", "Wad ", "Bir "],
        tails: &[
            "Kadada", "Sunut", "Hamra", "Barid", "Kutum", "Sharafa", "Habila", "Dibeibat", "Nuhud",
        ],
    },
    Conflict {
        sides: ["Congo", "the M23 rebels"],
        voices: ["the Congolese army", "the M23 rebel group"],
        forces: ["Congolese troops", "M23 rebels"],
        regions: &["North Kivu", "South Kivu", "Ituri"],
        region_word: "province",
        mediators: &["Qatar", "Angola", "the United States"],
        heads: &["Ma", "Ki", "Bu", "Ru", "Nya", "Lu", "Ka", "Mu"],
        tails: &[
            "sisi", "wanja", "tshuru", "bero", "ngezi", "kavu", "senyi", "lehe", "sanze",
        ],
    },
    Conflict {
        sides: ["Azerbaijan", "Armenia"],
        voices: [
            "Azerbaijan's defence ministry",
            "Armenia's defence ministry",
        ],
        forces: ["Azerbaijani troops", "Armenian forces"],
        regions: &["Syunik", "Tavush", "Gegharkunik", "Kalbajar", "Lachin"],
        region_word: "province",
        mediators: &["the European Union", "Russia", "the United States"],
        heads: &["Ver", "Nor", "Kar", "Sot", "Ag", "Tsov"],
        tails: &["ishen", "avan", "kend", "adzor", "aberd", "ashen", "agyugh"],
    },
];

const OUTLETS: &[&str] = &[
    "Northern Wire",
    "Coastal Herald",
    "Desert Times",
    "Valley Post",
    "Capital Ledger",
    "River Courier",
    "Harbour Gazette",
    "Plains Daily",
    "Mountain Echo",
    "Evening Dispatch",
    "Morning Standard",
    "Border Observer",
    "Central Chronicle",
    "Lakeside Tribune",
    "Eastern Monitor",
    "Western Record",
    "Island Report",
    "Metro Bulletin",
    "Frontier Journal",
    "Global Newsroom",
    "Civic Review",
    "Union Press",
    "Summit News",
    "Delta Times",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const PLACE_TYPES: &[&str] = &["village", "town", "settlement", "city"];

const DEMANDS: &[&str] = &[
    "withdraw its troops from the area",
    "release all detained aid workers",
    "agree to a ceasefire",
    "hand over control of the border crossing",
    "open a humanitarian corridor",
    "return to the negotiating table",
];

const CONSEQUENCES: &[&str] = &[
    "new sanctions",
    "a full-scale assault",
    "severe tariffs",
    "the end of the talks",
    "further strikes",
];

const FILLERS: &[&str] = &[
    "Markets in the capital reopened on {day} after several days of closures.",
    "The central bank kept its main interest rate at {n} percent, citing persistent inflation.",
    "Aid agencies said {n},000 people had been displaced since the start of the month.",
    "Power was restored to most districts by the evening, the energy ministry said.",
    "Schools in the area will remain closed until further notice, local officials said.",
    "The talks lasted less than an hour and ended without a joint statement.",
    "Analysts said the figures could not be independently verified.",
    "Temperatures are expected to rise above {n} degrees later in the week.",
    "Both sides accused each other of violating earlier agreements.",
    "The foreign ministry summoned the ambassador to protest the remarks.",
    "Rescue teams were still searching the rubble of a residential building on {day} night.",
    "Fuel prices have risen by {n} percent since January, according to official data.",
    "The parliament is due to vote on the budget bill next month.",
    "Witnesses described long queues at checkpoints on the main road out of the city.",
    "The United Nations said it had delivered {n} trucks of food and medicine this week.",
    "Officials said the attack damaged a power substation and several homes.",
    "The opposition called for an independent inquiry into the incident.",
    "Shares in state-owned companies fell after the announcement.",
    "Local media reported explosions near an industrial area on the outskirts.",
    "Diplomats said a new round of talks could take place before the end of the month.",
];

/// Appends one article (front matter and body) to `out`.
fn write_article(rng: &mut Rng, index: usize, claim_percent: u64, out: &mut String) {
    let conflict = CONFLICTS
        .get(rng.index(CONFLICTS.len()))
        .unwrap_or(&CONFLICTS[0]);
    let outlet = rng.pick(OUTLETS);
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|start| start.checked_add_days(chrono::Days::new(rng.range(0, 700))))
        .unwrap_or_default();
    let headline_place = place(rng, conflict);
    let _ = write!(
        out,
        "---\ntitle: Fighting around {headline_place} as talks stall\nsource: {outlet}\ndate: {day}\nurl: https://news.example/{}/{index}\n---\n",
        outlet.to_ascii_lowercase().replace(' ', "-"),
    );
    let target = rng.range(2000, 6000) as usize;
    while out.len() < target {
        let sentences = rng.range(2, 4);
        for sentence in 0..sentences {
            if sentence > 0 {
                out.push(' ');
            }
            if rng.chance(claim_percent) {
                claim_sentence(rng, conflict, out);
            } else {
                filler_sentence(rng, out);
            }
        }
        out.push_str("\n\n");
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
}

fn place(rng: &mut Rng, conflict: &Conflict) -> String {
    let mut name = format!("{}{}", rng.pick(conflict.heads), rng.pick(conflict.tails));
    if rng.chance(15) {
        let _ = write!(
            name,
            " {}",
            rng.pick(&["Persha", "Druha", "Nyzhnia", "Verkhnia"])
        );
    }
    name
}

fn filler_sentence(rng: &mut Rng, out: &mut String) {
    let sentence = rng
        .pick(FILLERS)
        .replace("{day}", rng.pick(WEEKDAYS))
        .replace("{n}", &rng.range(2, 95).to_string());
    out.push_str(&sentence);
}

fn claim_sentence(rng: &mut Rng, conflict: &Conflict, text: &mut String) {
    let side = rng.index(2);
    let other = 1 - side;
    let place = place(rng, conflict);
    let region = rng.pick(conflict.regions);
    let region_word = conflict.region_word;
    let weekday = rng.pick(WEEKDAYS);
    let place_type = rng.pick(PLACE_TYPES);
    let mediator = rng.pick(conflict.mediators);
    let (us, them) = (conflict.sides[side], conflict.sides[other]);
    let voice = conflict.voices[side];
    let forces = conflict.forces[side];
    let n = rng.range(5, 400);
    let m = rng.range(5, 400);
    let mut sentence = String::new();
    let out = &mut sentence;
    let _ = match rng.index(12) {
        0 => write!(
            out,
            "{voice} said on {weekday} that its forces had captured the {place_type} of {place} in the {region} {region_word}."
        ),
        1 => write!(
            out,
            "{forces} have taken control of {place}, a {place_type} in the {region} {region_word}, {voice} said in a statement."
        ),
        2 => write!(
            out,
            "{} denied that {place} had fallen, saying its troops were still holding their positions.",
            conflict.voices[other]
        ),
        3 => write!(
            out,
            "{forces} had encircled {place} and were pushing toward the {region} border, {voice} said."
        ),
        4 => write!(
            out,
            "{forces} withdrew from {place} in the {region} {region_word} to avoid encirclement, a military spokesman said on {weekday}."
        ),
        5 => write!(
            out,
            "{us} and {them} exchanged {n} prisoners of war each on {weekday} in a swap mediated by {mediator}, officials said."
        ),
        6 => write!(
            out,
            "{us} handed over the bodies of {n} soldiers and received {m} in return, the coordination headquarters said."
        ),
        7 => write!(
            out,
            "Under the deal brokered by {mediator}, {n} civilians and {m} children were returned to {us}, officials said on {weekday}."
        ),
        8 => write!(
            out,
            "{us} said it was ready to exchange {n} prisoners for {m} held by {them}, a proposal {them} has not accepted."
        ),
        9 => write!(
            out,
            "{voice} gave {them} {} days to {} or face {}.",
            rng.range(3, 60),
            rng.pick(DEMANDS),
            rng.pick(CONSEQUENCES)
        ),
        10 => write!(
            out,
            "{voice} set a deadline of {weekday} for {them} to {}, warning of {}.",
            rng.pick(DEMANDS),
            rng.pick(CONSEQUENCES)
        ),
        _ => write!(
            out,
            "{us} threatened {} unless {them} agreed to {} within {} weeks, a spokesman told reporters.",
            rng.pick(CONSEQUENCES),
            rng.pick(DEMANDS),
            rng.range(1, 8)
        ),
    };
    push_capitalised(text, &sentence);
}

/// Appends `sentence` with its first letter in upper case (a subject such as "the RSF" opens
/// it).
fn push_capitalised(out: &mut String, sentence: &str) {
    let mut chars = sentence.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.push_str(chars.as_str());
    }
}
