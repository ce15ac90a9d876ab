//! Reading throughput: `cargo bench -p claimtrack-ingest --bench read`.
//!
//! The inputs are generated in memory, so the figures do not depend on the disk or on fixtures:
//! about 1 MB of front-matter text files of ~4 KB each (the shape of the `xtask bench` corpus),
//! once in plain ASCII and once with typographic quotes and dashes, one HTML page and one JSON
//! Lines batch. divan reports the time per run and, through `bytes_count`, the throughput in MB/s
//! on one core.

use std::fmt::Write as _;
use std::sync::LazyLock;

use claimtrack_ingest::{Config, read_bytes};
use fastrand::Rng;

fn main() {
    divan::main();
}

const SENTENCES: &[&str] = &[
    "Markets in the capital reopened on Monday after several days of closures.",
    "The central bank kept its main interest rate at {n} percent, citing persistent inflation.",
    "Aid agencies said {n},000 people had been displaced since the start of the month.",
    "Power was restored to most districts by the evening, the energy ministry said.",
    "The talks lasted less than an hour and ended without a joint statement.",
    "Analysts said the figures could not be independently verified.",
    "Lt. Col. Ivan Petrov said the U.S. delegation arrived at 9 a.m. on Sept. 3.",
    "The foreign ministry summoned the ambassador to protest the remarks.",
    "Fuel prices have risen by {n}.5 percent since January, according to official data.",
    "Armenia handed over the bodies of {n} soldiers and received {n} in return, officials said.",
    "Azerbaijan's defence ministry said its forces had captured the town of Sotagyugh.",
    "\"Why now?\" Peskov asked. \"We have waited long enough.\"",
    "Russia gave Kyiv 48 hours to withdraw its troops or face a full-scale assault!",
    "Diplomats said a new round of talks could take place before the end of the month...",
];

/// The typographic variant: curly quotes, dashes and an ellipsis, as most outlets print them.
fn typographic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut open = true;
    for c in text.chars() {
        match c {
            '"' => {
                out.push(if open { '\u{201C}' } else { '\u{201D}' });
                open = !open;
            }
            '\'' => out.push('\u{2019}'),
            _ => out.push(c),
        }
    }
    out.replace("...", "\u{2026}").replace(", ", " \u{2014} ")
}

/// The body of one article of about `target` bytes: paragraphs of two to four sentences.
fn body(rng: &mut Rng, target: usize) -> String {
    let mut out = String::new();
    while out.len() < target {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        for sentence in 0..2 + rng.usize(..3) {
            if sentence > 0 {
                out.push(' ');
            }
            let number = (5 + rng.usize(..400)).to_string();
            out.push_str(&SENTENCES[rng.usize(..SENTENCES.len())].replace("{n}", &number));
        }
    }
    out
}

/// One front-matter text file.
fn front_matter(rng: &mut Rng, index: usize) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "---\ntitle: Fighting around Agavan as talks stall\nsource: Frontier Journal\n\
         date: 2024-04-{:02}\nurl: https://news.example/frontier-journal/{index}\n---\n",
        1 + index % 28,
    );
    let target = 2000 + rng.usize(..4000);
    out.push_str(&body(rng, target));
    out.push('\n');
    out
}

/// About 1 MB of front-matter files, as (name, bytes).
fn front_matter_corpus(typographic_text: bool) -> Vec<(String, Vec<u8>)> {
    // Seeded, so that every run reads the same bytes.
    let mut rng = Rng::with_seed(7);
    let mut files = Vec::new();
    let mut total = 0;
    while total < 1_000_000 {
        let mut text = front_matter(&mut rng, files.len());
        if typographic_text {
            text = typographic(&text);
        }
        total += text.len();
        files.push((format!("{:07}.txt", files.len()), text.into_bytes()));
    }
    files
}

static ASCII: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| front_matter_corpus(false));
static TYPOGRAPHIC: LazyLock<Vec<(String, Vec<u8>)>> = LazyLock::new(|| front_matter_corpus(true));

/// One news page: head metadata, navigation and footer clutter, and an article of ~6 KB.
static HTML: LazyLock<Vec<u8>> = LazyLock::new(|| {
    // Seeded, so that every run reads the same bytes.
    let mut rng = Rng::with_seed(11);
    let text = typographic(&body(&mut rng, 6000));
    let mut page = String::from(
        "<!DOCTYPE html><html><head><title>Fighting around Agavan | Frontier Journal</title>\
         <meta property=\"og:title\" content=\"Fighting around Agavan as talks stall\">\
         <meta property=\"og:site_name\" content=\"Frontier Journal\">\
         <meta property=\"article:published_time\" content=\"2024-04-18T09:30:00Z\">\
         <link rel=\"canonical\" href=\"https://news.example/frontier-journal/1\">\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
         <article><h1>Fighting around Agavan as talks stall</h1>",
    );
    for paragraph in text.split("\n\n") {
        let _ = write!(page, "<p>{}</p>", paragraph.replace('&', "&amp;"));
    }
    page.push_str(
        "</article><aside class=\"related\"><a href=\"/a\">Related story</a></aside>\
         <footer>&copy; 2024 Frontier Journal</footer></body></html>\n",
    );
    page.into_bytes()
});

/// One JSON Lines batch of 100 articles of ~4 KB.
static JSONL: LazyLock<Vec<u8>> = LazyLock::new(|| {
    // Seeded, so that every run reads the same bytes.
    let mut rng = Rng::with_seed(13);
    let mut out = String::new();
    for index in 0..100 {
        let target = 2000 + rng.usize(..4000);
        let text = typographic(&body(&mut rng, target));
        let line = serde_json::json!({
            "title": "Fighting around Agavan as talks stall",
            "source": {"name": "Frontier Journal"},
            "publishedAt": format!("2024-04-{:02}T09:30:00Z", 1 + index % 28),
            "url": format!("https://news.example/frontier-journal/{index}"),
            "content": text,
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out.into_bytes()
});

/// Reads every file of a set, returning the number of sentences so nothing is optimised away.
fn read_all(files: &[(String, Vec<u8>)]) -> usize {
    let config = Config::default();
    files
        .iter()
        .map(|(name, bytes)| {
            let batch = read_bytes(name, divan::black_box(bytes), &config);
            batch
                .articles
                .iter()
                .map(|a| a.sentences.len())
                .sum::<usize>()
        })
        .sum()
}

fn bytes_of(files: &[(String, Vec<u8>)]) -> usize {
    files.iter().map(|(_, bytes)| bytes.len()).sum()
}

#[divan::bench]
fn front_matter_ascii(bencher: divan::Bencher<'_, '_>) {
    bencher
        .counter(divan::counter::BytesCount::new(bytes_of(&ASCII)))
        .bench(|| read_all(&ASCII));
}

#[divan::bench]
fn front_matter_typographic(bencher: divan::Bencher<'_, '_>) {
    bencher
        .counter(divan::counter::BytesCount::new(bytes_of(&TYPOGRAPHIC)))
        .bench(|| read_all(&TYPOGRAPHIC));
}

#[divan::bench]
fn html_page(bencher: divan::Bencher<'_, '_>) {
    bencher
        .counter(divan::counter::BytesCount::new(HTML.len()))
        .bench(|| read_bytes("page.html", divan::black_box(&HTML), &Config::default()));
}

#[divan::bench]
fn jsonl_batch(bencher: divan::Bencher<'_, '_>) {
    bencher
        .counter(divan::counter::BytesCount::new(JSONL.len()))
        .bench(|| read_bytes("batch.jsonl", divan::black_box(&JSONL), &Config::default()));
}
