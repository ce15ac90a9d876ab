//! Extraction throughput on news-like text: `cargo bench -p claimtrack-extract`.
//!
//! The corpus is the fixture articles repeated to about 1 MB; divan reports the time per run and,
//! through `bytes_count`, the throughput in MB/s on one core.

use std::sync::LazyLock;

use claimtrack_extract::{Options, extract};
use claimtrack_ingest::{Config, read_bytes};
use claimtrack_model::Article;

fn main() {
    divan::main();
}

/// The fixture articles (and the seed), read once.
static ARTICLES: LazyLock<Vec<Article>> = LazyLock::new(|| {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut paths: Vec<_> = std::fs::read_dir(root.join("fixtures/claims"))
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.push(root.join("../shared/seed/dawn-2025-07-24.txt"));
    paths.sort();
    let mut articles = Vec::new();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        articles.extend(read_bytes(&name, &bytes, &Config::default()).articles);
    }
    articles
});

/// Enough copies of the articles for about 1 MB of body text.
static CORPUS: LazyLock<Vec<&'static Article>> = LazyLock::new(|| {
    let one_pass: usize = ARTICLES.iter().map(|a| a.body.len()).sum::<usize>().max(1);
    let copies = (1_000_000 / one_pass).max(1);
    (0..copies).flat_map(|_| ARTICLES.iter()).collect()
});

#[divan::bench]
fn extract_news(bencher: divan::Bencher<'_, '_>) {
    let bytes: usize = CORPUS.iter().map(|a| a.body.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            let mut claims = 0;
            for article in CORPUS.iter() {
                claims += extract(divan::black_box(article), &Options::default())
                    .claims
                    .len();
            }
            claims
        });
}
