//! The workers of a batch's pool yield the CPU to its writer (on Linux, where one thread's
//! priority can be set).

use claimtrack_pipeline::{Pool, process_with};

/// The niceness of the thread that calls it (0 is the default, 19 the lowest priority).
fn niceness() -> i32 {
    rustix::process::getpriority_process(None).expect("read this thread's priority")
}

/// The niceness of the workers that ran `items` on `pool`.
fn workers_niceness(pool: &Pool, items: usize) -> Vec<i32> {
    let input: Vec<usize> = (0..items).collect();
    process_with(pool, &input, |_| niceness())
        .into_iter()
        .map(|result| result.expect("no panic"))
        .collect()
}

#[test]
fn workers_behind_the_writer_run_at_a_lower_priority() {
    let writer = niceness();
    let pool = Pool::behind_writer(Some(2)).expect("pool");
    assert_eq!(pool.threads(), 2);
    let workers = workers_niceness(&pool, 64);
    // The lowest priority there is, whatever the writer's.
    assert!(
        workers.iter().all(|&worker| worker == 19),
        "writer {writer}, workers {workers:?}"
    );
    // The calling thread, the writer's, keeps its own priority.
    assert_eq!(niceness(), writer);
}

#[test]
fn an_ordinary_pool_keeps_the_callers_priority() {
    let caller = niceness();
    let workers = workers_niceness(&Pool::new(Some(2)).expect("pool"), 64);
    assert!(
        workers.iter().all(|&worker| worker == caller),
        "{workers:?}"
    );
}

#[test]
fn one_thread_behind_the_writer_is_the_writer_itself() {
    let pool = Pool::behind_writer(Some(1)).expect("pool");
    assert!(pool.is_sequential());
    let caller = niceness();
    assert_eq!(workers_niceness(&pool, 3), vec![caller; 3]);
}

#[test]
fn the_default_size_behind_the_writer_is_rayons() {
    let pool = Pool::behind_writer(None).expect("pool");
    assert_eq!(pool.threads(), rayon::current_num_threads().max(1));
}
