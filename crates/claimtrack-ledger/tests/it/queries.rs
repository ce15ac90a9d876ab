//! Queries: filters, as-of visibility, streaming and errors from callbacks.

use claimtrack_ledger::{ClaimQuery, Error};
use claimtrack_model::{Action, ClaimKind, TerritorialStatus};

use crate::story;
use crate::support::{day, doc, ledger, render, territorial};

fn check(query: ClaimQuery, expected: &[&str]) {
    let t = ledger();
    t.ledger.store(&story::articles()).expect("store");
    let records = t.ledger.claims(&query).expect("claims");
    let mut statuses: Vec<String> = records
        .iter()
        .map(|r| format!("{} {}", r.kind, r.status))
        .collect();
    statuses.sort();
    assert_eq!(statuses, expected, "{query:?}");
}

#[test]
fn filters_by_kind_status_place_actor_and_since() {
    let at = |d: &str| Some(day(d));
    check(
        ClaimQuery {
            kind: Some(ClaimKind::Deadline),
            as_of: at("2025-07-30"),
            ..Default::default()
        },
        &["deadline open", "deadline superseded"],
    );
    check(
        ClaimQuery {
            status: Some("disputed".into()),
            ..Default::default()
        },
        &["territorial disputed"],
    );
    check(
        ClaimQuery {
            place: Some("ZELENYI".into()),
            ..Default::default()
        },
        &["territorial disputed"],
    );
    check(
        ClaimQuery {
            place: Some("Kyiv".into()),
            ..Default::default()
        },
        &[],
    );
    check(
        ClaimQuery {
            actor: Some("ukraine".into()),
            ..Default::default()
        },
        &["exchange completed"],
    );
    check(
        ClaimQuery {
            since: at("2025-07-25"),
            as_of: at("2025-07-30"),
            ..Default::default()
        },
        &["deadline open"],
    );
    check(
        ClaimQuery {
            limit: Some(2),
            ..Default::default()
        },
        &["deadline superseded", "territorial disputed"],
    );
}

#[test]
fn as_of_hides_later_and_undated_articles() {
    let t = ledger();
    t.ledger
        .store(&[
            doc(
                "dated",
                "Wire",
                Some("2025-05-01"),
                vec![territorial(
                    "Russia captured Andriivka.",
                    "Andriivka",
                    Action::Captured,
                    "Russia",
                    Some("Russia"),
                    TerritorialStatus::Claimed,
                )],
            ),
            doc(
                "undated",
                "Blog",
                None,
                vec![
                    territorial(
                        "Russia captured Andriivka, a blog said.",
                        "Andriivka",
                        Action::Captured,
                        "Russia",
                        Some("Russia"),
                        TerritorialStatus::Claimed,
                    ),
                    territorial(
                        "Russia captured Yunakivka.",
                        "Yunakivka",
                        Action::Captured,
                        "Russia",
                        Some("Russia"),
                        TerritorialStatus::Claimed,
                    ),
                ],
            ),
        ])
        .expect("store");
    let list = |as_of: Option<&str>| {
        render(
            &t.ledger
                .claims(&ClaimQuery {
                    as_of: as_of.map(day),
                    ..Default::default()
                })
                .expect("claims"),
        )
    };
    assert_eq!(list(Some("2025-04-30")), "");
    assert_eq!(
        list(Some("2025-05-01")),
        "territorial claimed | Andriivka captured Russia | sources=1 denials=0 confirmations=0\n"
    );
    assert_eq!(
        list(None),
        "territorial claimed | Andriivka captured Russia | sources=2 denials=0 confirmations=0\n\
         territorial claimed | Yunakivka captured Russia | sources=1 denials=0 confirmations=0\n"
    );
    assert_eq!(
        t.ledger
            .articles(Some(day("2025-06-01")))
            .expect("articles")
            .len(),
        1
    );
    assert_eq!(t.ledger.articles(None).expect("articles").len(), 2);
    let andriivka = &t.ledger.claims(&ClaimQuery::default()).expect("claims")[0];
    assert!(
        t.ledger
            .claim(&andriivka.id, Some(day("2025-04-30")))
            .expect("view")
            .is_none()
    );
    assert!(
        t.ledger
            .claim("t-nonexistent", None)
            .expect("view")
            .is_none()
    );
}

#[test]
fn for_each_claim_streams_across_pages_and_stops_on_error() {
    let t = ledger();
    let many: Vec<_> = (0..2_500)
        .map(|i| {
            doc(
                &format!("a{i}"),
                "Wire",
                Some("2025-05-01"),
                vec![territorial(
                    "Russia captured a village.",
                    &format!("Village {i}"),
                    Action::Captured,
                    "Russia",
                    Some("Russia"),
                    TerritorialStatus::Claimed,
                )],
            )
        })
        .collect();
    t.ledger.store(&many).expect("store");
    let mut seen = 0;
    t.ledger
        .for_each_claim(&ClaimQuery::default(), |_| {
            seen += 1;
            Ok(())
        })
        .expect("walk");
    assert_eq!(seen, 2_500);
    let mut calls = 0;
    let err = t
        .ledger
        .for_each_claim(&ClaimQuery::default(), |_| {
            calls += 1;
            if calls == 3 {
                Err(Error::callback(std::io::Error::other("reader went away")))
            } else {
                Ok(())
            }
        })
        .expect_err("stops");
    assert_eq!(calls, 3);
    assert_eq!(err.to_string(), "reader went away");
}

#[test]
fn claims_with_evidence_carry_what_each_claim_view_shows() {
    let t = ledger();
    t.ledger.store(&story::articles()).expect("store");
    for as_of in [None, Some(day("2025-07-23")), Some(day("2025-08-10"))] {
        let query = ClaimQuery {
            as_of,
            ..Default::default()
        };
        let mut walked = Vec::new();
        t.ledger
            .for_each_claim_with_evidence(&query, |record, evidence| {
                walked.push((record, evidence));
                Ok(())
            })
            .expect("walk");
        let mut listed = Vec::new();
        t.ledger
            .for_each_claim(&query, |record| {
                listed.push(record);
                Ok(())
            })
            .expect("list");
        assert_eq!(walked.len(), listed.len(), "{as_of:?}");
        assert!(!walked.is_empty(), "{as_of:?}");
        for ((record, evidence), listed) in walked.iter().zip(&listed) {
            assert_eq!(record, listed, "{as_of:?}");
            let view = t
                .ledger
                .claim(&record.id, as_of)
                .expect("claim")
                .expect("visible");
            assert_eq!(record, &view.record, "{as_of:?}");
            assert_eq!(evidence, &view.evidence, "{as_of:?} {}", record.id);
        }
    }
}
