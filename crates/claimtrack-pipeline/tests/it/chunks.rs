//! Inputs are processed chunk by chunk, in order, with a bounded number of chunks in flight.

use std::sync::atomic::{AtomicUsize, Ordering};

use claimtrack_ingest::{Input, Walk};
use claimtrack_pipeline::{Config, Pool, ProgressSink, process_chunks};

/// Counts the inputs processed so far.
#[derive(Default)]
struct Counter {
    inputs: AtomicUsize,
}

impl ProgressSink for Counter {
    fn inc(&self, _bytes: u64, _articles: usize) {
        self.inputs.fetch_add(1, Ordering::SeqCst);
    }
}

/// Writes `files` articles, walks them in chunks of `chunk_size` on `threads`, and checks the
/// chunk sizes, the order and how far processing runs ahead of the consumer.
fn check(threads: Option<usize>, files: usize, chunk_size: usize, expected_sizes: &[usize]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs: Vec<Input> = (0..files)
        .map(|index| {
            let path = dir.path().join(format!("{index:03}.txt"));
            let text = format!(
                "Officials in the capital said talks would resume next week.\n\nThe meeting is number {index}.\n"
            );
            std::fs::write(&path, text).expect("write article");
            Input::File(path)
        })
        .collect();
    let config = Config {
        threads,
        chunk_size,
        ..Config::default()
    };
    let pool = Pool::new(threads).expect("pool");
    let progress = Counter::default();
    let mut sizes = Vec::new();
    let mut names = Vec::new();
    let mut consumed = 0;
    process_chunks(&pool, &inputs, &config, &progress, |chunk| {
        consumed += chunk.len();
        // Processing may be ahead by the chunk waiting in the channel and the chunk being
        // processed, never more: that is what keeps memory flat.
        // A chunk size of 0 counts as 1, so the bound is in effective chunks.
        let processed = progress.inputs.load(Ordering::SeqCst);
        assert!(
            processed <= consumed + 2 * chunk_size.max(1),
            "{processed} inputs processed when only {consumed} were consumed"
        );
        sizes.push(chunk.len());
        names.extend(chunk.into_iter().map(|processed| processed.input));
        Ok::<(), String>(())
    })
    .expect("no sink error");
    let expected_names: Vec<String> = (0..files)
        .map(|index| {
            dir.path()
                .join(format!("{index:03}.txt"))
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(sizes, expected_sizes);
    assert_eq!(names, expected_names);
    assert_eq!(progress.inputs.load(Ordering::SeqCst), files);
}

#[test]
fn chunks_in_order_on_two_threads() {
    check(Some(2), 10, 3, &[3, 3, 3, 1]);
}

#[test]
fn chunks_in_order_on_one_thread() {
    check(Some(1), 10, 4, &[4, 4, 2]);
}

#[test]
fn many_small_chunks_stay_bounded() {
    check(None, 60, 2, &[2; 30]);
}

#[test]
fn chunk_size_zero_counts_as_one() {
    check(Some(2), 3, 0, &[1, 1, 1]);
}

#[test]
fn no_inputs_no_chunks() {
    check(None, 0, 8, &[]);
}

#[test]
fn sink_error_stops_the_loop() {
    let dir = tempfile::tempdir().expect("temp dir");
    let inputs: Vec<Input> = (0..40)
        .map(|index| {
            let path = dir.path().join(format!("{index:02}.txt"));
            std::fs::write(&path, format!("Report number {index} was filed today.\n"))
                .expect("write article");
            Input::File(path)
        })
        .collect();
    let config = Config {
        chunk_size: 2,
        ..Config::default()
    };
    let progress = Counter::default();
    let mut calls = 0;
    let result = process_chunks(
        &Pool::new(Some(2)).expect("pool"),
        &inputs,
        &config,
        &progress,
        |_| {
            calls += 1;
            if calls == 2 {
                Err("ledger full")
            } else {
                Ok(())
            }
        },
    );
    assert_eq!(result, Err("ledger full"));
    assert_eq!(calls, 2);
    // The producer stops at its next hand-over: at most two more chunks were processed.
    assert!(progress.inputs.load(Ordering::SeqCst) <= 2 * 2 + 2 * 2);
}

#[test]
fn a_lazy_walk_gives_the_same_chunks_as_its_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (folder, count) in [("a", 3), ("b", 0), ("c", 4)] {
        let folder = dir.path().join(folder);
        std::fs::create_dir_all(&folder).expect("creates a folder");
        for index in 0..count {
            std::fs::write(
                folder.join(format!("{index}.txt")),
                format!("Officials said talks would resume, report {index}.\n"),
            )
            .expect("write article");
        }
    }
    let paths = [dir.path().to_path_buf()];
    let listed = claimtrack_ingest::discover(&paths).inputs;
    assert_eq!(listed.len(), 7);
    for threads in [Some(1), Some(2)] {
        let config = Config {
            threads,
            chunk_size: 3,
            ..Config::default()
        };
        let pool = Pool::new(threads).expect("pool");
        let mut chunks: Vec<Vec<String>> = Vec::new();
        let mut walk = Walk::new(&paths);
        process_chunks(&pool, &mut walk, &config, &Counter::default(), |chunk| {
            chunks.push(chunk.into_iter().map(|processed| processed.input).collect());
            Ok::<(), String>(())
        })
        .expect("no sink error");
        assert_eq!(walk.problems(), []);
        let names: Vec<String> = listed.iter().map(Input::name).collect();
        assert_eq!(
            chunks,
            names.chunks(3).map(<[String]>::to_vec).collect::<Vec<_>>()
        );
    }
}
