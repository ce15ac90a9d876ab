//! Results come back in input order, whatever the pool and the scheduling.

use std::time::Duration;

use claimtrack_pipeline::{Pool, process_with};

/// Runs a deliberately uneven workload on `threads` and checks that the results are in input
/// order and the same as on the sequential pool.
fn check(threads: Option<usize>, items: usize) {
    let input: Vec<u64> = (0..items as u64).collect();
    // Early items take longest, so on a parallel pool they finish last.
    let work = |item: &u64| {
        std::thread::sleep(Duration::from_micros((items as u64 - item) * 50));
        item * 10
    };
    let pool = Pool::new(threads).expect("pool");
    let parallel: Vec<u64> = process_with(&pool, &input, work)
        .into_iter()
        .map(|result| result.expect("no panic"))
        .collect();
    let sequential: Vec<u64> = process_with(&Pool::sequential(), &input, work)
        .into_iter()
        .map(|result| result.expect("no panic"))
        .collect();
    let expected: Vec<u64> = input.iter().map(|item| item * 10).collect();
    assert_eq!(parallel, expected, "threads {threads:?}");
    assert_eq!(sequential, expected);
}

#[test]
fn local_pool_keeps_input_order() {
    check(Some(4), 200);
}

#[test]
fn global_pool_keeps_input_order() {
    check(None, 200);
}

#[test]
fn one_thread_is_sequential() {
    let pool = Pool::new(Some(1)).expect("pool");
    assert!(pool.is_sequential());
    assert_eq!(pool.threads(), 1);
    let caller = std::thread::current().id();
    let ran_on = process_with(&pool, &[1, 2, 3], |_| std::thread::current().id());
    assert!(ran_on.into_iter().all(|id| id == Ok(caller)));
}

#[test]
fn local_pool_has_the_asked_threads() {
    assert_eq!(Pool::new(Some(3)).expect("pool").threads(), 3);
    assert!(!Pool::new(None).expect("pool").is_sequential());
}
