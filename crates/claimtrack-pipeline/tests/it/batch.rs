//! The whole batch into a real ledger file: counts, failures, idempotence, thread independence.

use std::path::{Path, PathBuf};
use std::time::Duration;

use claimtrack_ledger::Ledger;
use claimtrack_pipeline::{Config, NoProgress, Summary, run};

use crate::write_files;

const CAPTURE: &str = "---
title: Army claims village near Pokrovsk
source: Northern Wire
date: 2025-08-02
---
Russia's defence ministry said on Friday that its forces had captured the village of Dovhe in the Donetsk region.

Ukraine's general staff did not comment on the claim.
";

const SWAP: &str = "---
title: Prisoners return home after exchange
source: Coastal Herald
date: 2025-08-05
---
Russia and Ukraine exchanged 84 prisoners of war each on Tuesday in a swap mediated by the United Arab Emirates, officials said.

Families gathered at the border crossing to meet the buses.
";

const ULTIMATUM: &str = "---
title: Militia sets deadline for withdrawal
source: Desert Times
date: 2025-08-07
---
The Rapid Support Forces gave the army 72 hours to leave the city of El Fasher or face an assault, a spokesman said on Thursday.

Residents said markets had closed early.
";

/// The counts of a summary that must not depend on threads, chunking or timing.
fn counts(summary: &Summary) -> (usize, usize, usize, usize, usize, usize, usize) {
    (
        summary.inputs,
        summary.articles_read,
        summary.articles_new,
        summary.articles_duplicate,
        summary.failed_inputs,
        summary.claims_new,
        summary.claims_merged,
    )
}

fn problems(summary: &Summary) -> (Vec<String>, Vec<String>) {
    (
        summary.failures.iter().map(ToString::to_string).collect(),
        summary.warnings.iter().map(ToString::to_string).collect(),
    )
}

fn ingest(db: &Path, paths: &[PathBuf], threads: Option<usize>, chunk_size: usize) -> Summary {
    let ledger = Ledger::open(db).expect("open ledger");
    let config = Config {
        threads,
        chunk_size,
        ..Config::default()
    };
    run(paths, &ledger, &config, &NoProgress).expect("batch runs")
}

/// One article of each kind, as three files in `dir`.
fn three_articles(dir: &Path) -> Vec<PathBuf> {
    write_files(
        dir,
        &[
            ("capture.txt", CAPTURE),
            ("swap.txt", SWAP),
            ("ultimatum.txt", ULTIMATUM),
        ],
    )
}

#[test]
fn good_inputs_are_stored_and_bad_ones_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("folder");
    write_files(
        &articles,
        &[
            ("a-capture.txt", CAPTURE),
            ("b-swap.txt", SWAP),
            ("c-empty.txt", ""),
            ("d-ultimatum.txt", ULTIMATUM),
        ],
    );
    std::fs::write(
        articles.join("e-latin1.txt"),
        b"Caf\xe9 owners said prices rose.\n",
    )
    .expect("write bad file");
    let missing = dir.path().join("missing");

    let summary = ingest(&dir.path().join("ledger.db"), &[articles, missing], None, 2);
    assert_eq!(summary.inputs, 5);
    assert_eq!(summary.articles_read, 3);
    assert_eq!(summary.articles_new, 3);
    assert_eq!(summary.articles_duplicate, 0);
    assert_eq!(summary.failed_inputs, 3, "{:#?}", summary.failures);
    let (failures, _) = problems(&summary);
    for name in ["c-empty.txt", "e-latin1.txt", "missing"] {
        assert!(
            failures.iter().any(|failure| failure.contains(name)),
            "{name} not named in {failures:#?}"
        );
    }
    assert!(
        summary.claims_new >= 1,
        "no claim found in three claim articles"
    );
    let by_kind_new: usize = summary.by_kind.values().map(|(new, _)| new).sum();
    assert_eq!(by_kind_new, summary.claims_new);
    assert!(summary.bytes > 0);
}

#[test]
fn second_run_stores_nothing_new() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = three_articles(dir.path());
    let db = dir.path().join("ledger.db");
    let first = ingest(&db, &paths, None, 512);
    assert_eq!(first.articles_new, 3);
    let second = ingest(&db, &paths, None, 512);
    assert_eq!(second.articles_read, 3);
    assert_eq!(second.articles_new, 0);
    assert_eq!(second.articles_duplicate, 3);
    assert_eq!(second.claims_new, 0);
    assert_eq!(second.claims_merged, 0);
}

#[test]
fn same_article_twice_in_one_run_is_stored_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = write_files(
        dir.path(),
        &[
            ("one.txt", CAPTURE),
            ("copy.txt", CAPTURE),
            ("swap.txt", SWAP),
        ],
    );
    for chunk_size in [1, 512] {
        let db = dir.path().join(format!("ledger-{chunk_size}.db"));
        let summary = ingest(&db, &paths, None, chunk_size);
        assert_eq!(summary.articles_read, 3);
        assert_eq!(summary.articles_new, 2, "chunk size {chunk_size}");
        assert_eq!(summary.articles_duplicate, 1, "chunk size {chunk_size}");
    }
}

#[test]
fn threads_and_chunking_do_not_change_the_outcome() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for index in 0..24 {
        let text = match index % 4 {
            0 => CAPTURE.replace("Dovhe", &format!("Dovhe {index}")),
            1 => SWAP.replace("84", &format!("{}", 80 + index)),
            2 => ULTIMATUM.replace("72", &format!("{}", 24 + index)),
            _ => String::new(),
        };
        files.push((format!("{index:02}.txt"), text));
    }
    let named: Vec<(&str, &str)> = files
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let paths = vec![dir.path().join("in")];
    std::fs::create_dir(&paths[0]).expect("folder");
    write_files(&paths[0], &named);

    let one = ingest(&dir.path().join("one.db"), &paths, Some(1), 512);
    let two = ingest(&dir.path().join("two.db"), &paths, Some(2), 5);
    let all = ingest(&dir.path().join("all.db"), &paths, None, 1);
    assert_eq!(counts(&one), counts(&two));
    assert_eq!(counts(&one), counts(&all));
    assert_eq!(problems(&one), problems(&two));
    assert_eq!(problems(&one), problems(&all));
    assert_eq!(one.by_kind, two.by_kind);
    assert_eq!(one.bytes, all.bytes);
    assert_eq!(one.failed_inputs, 6);
}

#[test]
fn the_time_spent_storing_is_counted_with_the_last_chunk_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = three_articles(dir.path());
    for threads in [Some(1), Some(2)] {
        // Three chunks of one article: three transactions, the last one of them apart.
        let db = dir.path().join(format!("ledger-{threads:?}.db"));
        let summary = ingest(&db, &paths, threads, 1);
        assert_eq!(summary.articles_new, 3);
        assert!(summary.last_store > Duration::ZERO, "{threads:?}");
        assert!(summary.last_store < summary.storing, "{threads:?}");
        assert!(summary.storing <= summary.elapsed, "{threads:?}");
    }

    // Inputs that all fail give the ledger nothing to store.
    let bad = write_files(dir.path(), &[("empty.txt", ""), ("blank.txt", "\n\n")]);
    let summary = ingest(&dir.path().join("nothing.db"), &bad, Some(2), 1);
    assert_eq!(summary.failed_inputs, 2, "{:#?}", summary.failures);
    assert_eq!(summary.storing, Duration::ZERO);
    assert_eq!(summary.last_store, Duration::ZERO);
}
