//! A panic inside one input's work becomes a failure of that input only.

use claimtrack_pipeline::{Panicked, Pool, process_with};

/// Maps `items` with a function that panics on the items in `bad`, and checks each result.
fn check(pool: &Pool, items: &[u32], bad: &[u32]) {
    let results = process_with(pool, items, |item| {
        assert!(!bad.contains(item), "item {item} is bad");
        item + 1
    });
    assert_eq!(results.len(), items.len());
    for (item, result) in items.iter().zip(results) {
        if bad.contains(item) {
            assert_eq!(
                result,
                Err(Panicked {
                    message: format!("item {item} is bad")
                })
            );
        } else {
            assert_eq!(result, Ok(item + 1));
        }
    }
}

#[test]
fn panic_is_contained_on_a_parallel_pool() {
    let items: Vec<u32> = (0..100).collect();
    check(&Pool::new(Some(2)).expect("pool"), &items, &[0, 17, 99]);
}

#[test]
fn panic_is_contained_on_the_sequential_pool() {
    let items: Vec<u32> = (0..20).collect();
    check(&Pool::sequential(), &items, &[5]);
}

#[test]
fn every_item_may_panic() {
    check(&Pool::new(None).expect("pool"), &[1, 2, 3], &[1, 2, 3]);
}

#[test]
fn panic_message_is_kept_for_static_and_formatted_payloads() {
    let results = process_with(&Pool::sequential(), &[0, 1, 2], |item| match item {
        0 => std::panic::panic_any("static text"),
        1 => std::panic::panic_any(42_u8),
        _ => panic!("formatted {item}"),
    });
    let messages: Vec<String> = results
        .into_iter()
        .map(|result| result.map_or_else(|panic| panic.to_string(), |()| String::new()))
        .collect();
    assert_eq!(
        messages,
        [
            "panicked: static text",
            "panicked: a panic without a message",
            "panicked: formatted 2"
        ]
    );
}
