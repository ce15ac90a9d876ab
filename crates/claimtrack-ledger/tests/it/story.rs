//! A scripted story over several articles and days: three outlets report one capture, the other
//! side denies it, a deadline is shortened from 50 days to 10-12 days and then expires, and one
//! swap is reported with two different counts. Snapshots show the ledger as of several days.

use claimtrack_ledger::{ClaimQuery, Ledger};
use claimtrack_model::{Action, Category, ClaimsDoc, ExchangeStatus, TerritorialStatus};

use crate::support::{day, days, deadline, doc, exchange, ledger, render, territorial};

/// The story's articles, in the order a crawler might deliver them (not date order).
pub(crate) fn articles() -> Vec<ClaimsDoc> {
    vec![
        doc(
            "story-01",
            "Northern Wire",
            Some("2025-07-14"),
            vec![deadline(
                "The US president said Moscow had 50 days to agree a peace deal or face tariffs.",
                "United States",
                &["Russia"],
                Some("a peace deal is agreed"),
                "50 days",
                Some(days("2025-09-02", "2025-09-02")),
            )],
        ),
        doc(
            "story-02",
            "Northern Wire",
            Some("2025-07-23"),
            vec![territorial(
                "The Russian defence ministry said on Wednesday its forces had captured the village of Zelenyi Hai.",
                "Zelenyi Hai",
                Action::Captured,
                "Russia",
                Some("Russia"),
                TerritorialStatus::Claimed,
            )],
        ),
        doc(
            "story-03",
            "Eastern Post",
            Some("2025-07-23"),
            vec![
                territorial(
                    "Moscow claimed control of Zelényi Hai, a village in the Donetsk region.",
                    "Zelényi Hai",
                    Action::Captured,
                    "Russia",
                    Some("Russia"),
                    TerritorialStatus::Claimed,
                ),
                exchange(
                    "Russia and Ukraine each handed over 250 prisoners of war on Wednesday, the Russian ministry said.",
                    &["Russia", "Ukraine"],
                    &[(Category::PrisonersOfWar, Some(250))],
                    Some("2025-07-23"),
                    ExchangeStatus::Completed,
                ),
            ],
        ),
        doc(
            "story-05",
            "Harbour Times",
            Some("2025-07-24"),
            vec![territorial(
                "Ukraine's general staff denied that its units had withdrawn from Zelenyi Hai.",
                "Zelenyi Hai",
                Action::Withdrew,
                "Ukraine",
                Some("Ukraine"),
                TerritorialStatus::Denied,
            )],
        ),
        doc(
            "story-04",
            "Capital Daily",
            Some("2025-07-24"),
            vec![
                territorial(
                    "Russian troops took zelenyi hai, Russian state media reported.",
                    "zelenyi hai",
                    Action::Captured,
                    "Russia",
                    Some("Russia"),
                    TerritorialStatus::Claimed,
                ),
                exchange(
                    "Kyiv said 246 Ukrainian soldiers had come home in the swap.",
                    &["Ukraine", "Russia"],
                    &[(Category::PrisonersOfWar, Some(246))],
                    None,
                    ExchangeStatus::Completed,
                ),
            ],
        ),
        doc(
            "story-06",
            "Capital Daily",
            Some("2025-07-28"),
            vec![deadline(
                "The president said he was cutting the deadline to 10 or 12 days from today because he saw no progress toward a deal.",
                "United States",
                &["Russia"],
                Some("progress toward a deal"),
                "10 or 12 days from today",
                Some(days("2025-08-07", "2025-08-09")),
            )],
        ),
    ]
}

/// The ledger after the whole story, stored in two batches.
fn story_ledger() -> crate::support::TempLedger {
    let t = ledger();
    let all = articles();
    let (first, second) = all.split_at(3);
    t.ledger.store(first).expect("first batch");
    t.ledger.store(second).expect("second batch");
    t
}

fn as_of(ledger: &Ledger, when: &str) -> String {
    let query = ClaimQuery {
        as_of: Some(day(when)),
        ..ClaimQuery::default()
    };
    render(&ledger.claims(&query).expect("claims"))
}

#[test]
fn story_as_of_each_day() {
    let t = story_ledger();
    for when in [
        "2025-07-13",
        "2025-07-20",
        "2025-07-23",
        "2025-07-24",
        "2025-07-30",
        "2025-08-10",
    ] {
        insta::assert_snapshot!(format!("story_as_of_{when}"), as_of(&t.ledger, when));
    }
}

#[test]
fn story_claim_views() {
    let t = story_ledger();
    let records = t.ledger.claims(&ClaimQuery::default()).expect("claims");
    for record in records {
        let view = t
            .ledger
            .claim(&record.id, Some(day("2025-08-10")))
            .expect("view")
            .expect("visible");
        let name = match &record.detail {
            claimtrack_model::ClaimDetail::Territorial(_) => "territorial".to_owned(),
            claimtrack_model::ClaimDetail::Exchange(_) => "exchange".to_owned(),
            claimtrack_model::ClaimDetail::Deadline(d) => format!(
                "deadline_{}",
                d.due
                    .as_ref()
                    .map_or("none".to_owned(), |due| due.start.to_string())
            ),
        };
        insta::assert_yaml_snapshot!(format!("story_view_{name}"), view);
    }
}

#[test]
fn story_is_the_same_stored_in_any_batching() {
    let t = story_ledger();
    let one = ledger();
    one.ledger.store(&articles()).expect("one batch");
    let each = ledger();
    for article in articles() {
        each.ledger.store(&[article]).expect("article by article");
    }
    for when in ["2025-07-23", "2025-07-30", "2025-08-10"] {
        assert_eq!(as_of(&t.ledger, when), as_of(&one.ledger, when), "{when}");
        assert_eq!(as_of(&t.ledger, when), as_of(&each.ledger, when), "{when}");
    }
}
