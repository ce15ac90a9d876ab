//! The user's example article, read from `shared/seed/` (never copied into the project).

use std::path::Path;

use claimtrack_ingest::{Config, read_bytes};

use crate::assert_invariants;

#[test]
fn dawn_seed() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/dawn-2025-07-24.txt");
    let bytes = std::fs::read(&path).unwrap_or_else(|err| {
        panic!(
            "the seed article is missing at {} ({err}); it lives in the shared folder next to the repository",
            path.display()
        )
    });
    let batch = read_bytes("dawn-2025-07-24.txt", &bytes, &Config::default());
    assert_eq!(batch.problems, []);
    let [article] = batch.articles.as_slice() else {
        panic!("expected one article, got {}", batch.articles.len());
    };
    assert_invariants(article);
    assert_eq!(
        article.title.as_deref(),
        Some("Russia plays down breakthrough chances after talks with Ukraine")
    );
    assert_eq!(article.source.as_deref(), Some("Dawn"));
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        Some("2025-07-24")
    );
    assert_eq!(article.dateline.as_deref(), Some("ISTANBUL"));
    assert_eq!(article.paragraphs.len(), 10);
    assert!(article.body.starts_with("The Kremlin"));
    for metadata in [
        "E-Paper",
        "Published",
        "ISTANBUL",
        "plays down breakthrough",
    ] {
        assert!(!article.body.contains(metadata), "body holds `{metadata}`");
    }
    // Sentences per paragraph; the seed's own sentences stay out of the repository. The third
    // paragraph is a quotation of three sentences closed by `,” ... told reporters.`, the sixth
    // has three plain sentences.
    let per_paragraph: Vec<usize> = (0..article.paragraphs.len())
        .map(|index| {
            article
                .sentences
                .iter()
                .filter(|s| s.paragraph == index)
                .count()
        })
        .collect();
    assert_eq!(per_paragraph, [1, 1, 3, 1, 1, 3, 1, 1, 1, 1]);
    let quote_end = article.sentences[4];
    assert!(article.text(quote_end.span).ends_with("told reporters."));
}
