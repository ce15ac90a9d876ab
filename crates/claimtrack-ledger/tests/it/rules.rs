//! One test per merge rule (see the crate documentation).

use claimtrack_model::{Action, Category, ExchangeStatus, TerritorialStatus};

use crate::support::{check, days, deadline, doc, exchange, territorial};

use Action::{Captured, Withdrew};
use Category::{Bodies, PrisonersOfWar};
use TerritorialStatus::{Claimed, Confirmed, Denied};

#[test]
fn territorial_same_place_action_actor_is_one_claim_whatever_the_spelling() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-23"),
                vec![territorial(
                    "Russia said it captured Zelenyi Hai.",
                    "Zelenyi Hai",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-23"),
                vec![territorial(
                    "Moscow said its troops took Zelényi-hai.",
                    "Zelényi-hai",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                )],
            ),
        ]],
        None,
        "territorial claimed | Zelenyi Hai captured Russia | sources=2 denials=0 confirmations=0",
    );
}

#[test]
fn territorial_other_actor_or_action_or_place_stays_apart() {
    check(
        &[vec![doc(
            "a1",
            "Wire One",
            Some("2025-07-23"),
            vec![
                territorial(
                    "Russia captured Bereka.",
                    "Bereka",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                ),
                territorial(
                    "Ukraine captured Bereka.",
                    "Bereka",
                    Captured,
                    "Ukraine",
                    Some("Ukraine"),
                    Claimed,
                ),
                territorial(
                    "Russia encircled Bereka.",
                    "Bereka",
                    Action::Encircled,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                ),
                territorial(
                    "Russia captured Berekа Nova.",
                    "Bereka Nova",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                ),
            ],
        )]],
        None,
        "territorial claimed | Bereka captured Russia | sources=1 denials=0 confirmations=0
         territorial claimed | Bereka captured Ukraine | sources=1 denials=0 confirmations=0
         territorial claimed | Bereka encircled Russia | sources=1 denials=0 confirmations=0
         territorial claimed | Bereka Nova captured Russia | sources=1 denials=0 confirmations=0",
    );
}

#[test]
fn territorial_denial_by_the_other_side_disputes() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-23"),
                vec![territorial(
                    "Russia said it captured Oleksiivka.",
                    "Oleksiivka",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-24"),
                vec![territorial(
                    "Ukraine denied that Russian forces had captured Oleksiivka.",
                    "Oleksiivka",
                    Captured,
                    "Russia",
                    Some("Ukraine"),
                    Denied,
                )],
            ),
        ]],
        None,
        "territorial disputed | Oleksiivka captured Russia | sources=2 denials=1 confirmations=0",
    );
}

#[test]
fn territorial_denied_withdrawal_mirrors_the_capture_claim() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-23"),
                vec![territorial(
                    "Russia said it captured Oleksiivka.",
                    "Oleksiivka",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-24"),
                vec![territorial(
                    "Kyiv denied that its troops had withdrawn from Oleksiivka.",
                    "Oleksiivka",
                    Withdrew,
                    "Ukraine",
                    Some("Ukraine"),
                    Denied,
                )],
            ),
        ]],
        None,
        "territorial disputed | Oleksiivka captured Russia | sources=2 denials=1 confirmations=0",
    );
}

#[test]
fn territorial_admitted_withdrawal_or_third_party_confirms() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-23"),
                vec![territorial(
                    "Russia said it captured Oleksiivka.",
                    "Oleksiivka",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-25"),
                vec![territorial(
                    "Ukraine's army said it had withdrawn from Oleksiivka.",
                    "Oleksiivka",
                    Withdrew,
                    "Ukraine",
                    Some("Ukraine"),
                    Claimed,
                )],
            ),
            doc(
                "a3",
                "Wire Three",
                Some("2025-07-25"),
                vec![territorial(
                    "A monitoring group confirmed Russia took Oleksiivka.",
                    "Oleksiivka",
                    Captured,
                    "Russia",
                    Some("United Nations"),
                    Confirmed,
                )],
            ),
        ]],
        None,
        "territorial confirmed | Oleksiivka captured Russia | sources=3 denials=0 confirmations=2",
    );
}

#[test]
fn territorial_denial_alone_is_denied_and_a_later_claim_disputes_it() {
    let t = check(
        &[vec![doc(
            "a1",
            "Wire One",
            Some("2025-07-23"),
            vec![territorial(
                "Ukraine denied that its troops had left Pishchane.",
                "Pishchane",
                Withdrew,
                "Ukraine",
                Some("Ukraine"),
                Denied,
            )],
        )]],
        None,
        "territorial denied | Pishchane withdrew Ukraine | sources=1 denials=1 confirmations=0",
    );
    t.ledger
        .store(&[doc(
            "a2",
            "Wire Two",
            Some("2025-07-24"),
            vec![territorial(
                "Ukrainian troops withdrew from Pishchane, the army said.",
                "Pishchane",
                Withdrew,
                "Ukraine",
                Some("Ukraine"),
                Claimed,
            )],
        )])
        .expect("store");
    crate::support::check_ledger(
        &t.ledger,
        None,
        "territorial disputed | Pishchane withdrew Ukraine | sources=2 denials=1 confirmations=0",
    );
}

#[test]
fn territorial_mirror_needs_exactly_one_candidate() {
    // Two sides claim the place; a withdrawal report cannot say which one it confirms.
    check(
        &[vec![doc(
            "a1",
            "Wire One",
            Some("2025-07-23"),
            vec![
                territorial(
                    "Russia captured Kamianka.",
                    "Kamianka",
                    Captured,
                    "Russia",
                    Some("Russia"),
                    Claimed,
                ),
                territorial(
                    "Belarus captured Kamianka.",
                    "Kamianka",
                    Captured,
                    "Belarus",
                    Some("Belarus"),
                    Claimed,
                ),
                territorial(
                    "Ukraine withdrew from Kamianka.",
                    "Kamianka",
                    Withdrew,
                    "Ukraine",
                    Some("Ukraine"),
                    Claimed,
                ),
            ],
        )]],
        None,
        "territorial claimed | Kamianka captured Belarus | sources=1 denials=0 confirmations=0
         territorial claimed | Kamianka captured Russia | sources=1 denials=0 confirmations=0
         territorial claimed | Kamianka withdrew Ukraine | sources=1 denials=0 confirmations=0",
    );
}

#[test]
fn exchange_counts_differing_between_sources_are_kept_per_source() {
    let t = check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-23"),
                vec![exchange(
                    "Russia and Ukraine swapped 250 prisoners of war on Wednesday.",
                    &["Russia", "Ukraine"],
                    &[(PrisonersOfWar, Some(250))],
                    Some("2025-07-23"),
                    ExchangeStatus::Completed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-24"),
                vec![exchange(
                    "Ukraine said 246 of its soldiers came home.",
                    &["Ukraine", "Russia"],
                    &[(PrisonersOfWar, Some(246))],
                    None,
                    ExchangeStatus::Completed,
                )],
            ),
        ]],
        None,
        "exchange completed | Russia+Ukraine prisoners_of_war:250 | sources=2 denials=0 confirmations=0",
    );
    let records = t.ledger.claims(&Default::default()).expect("claims");
    let view = t
        .ledger
        .claim(&records[0].id, None)
        .expect("view")
        .expect("claim");
    let counts: Vec<Option<u64>> = view
        .evidence
        .iter()
        .filter_map(|e| match &e.detail {
            claimtrack_model::ClaimDetail::Exchange(x) => Some(x.items[0].count),
            _ => None,
        })
        .collect();
    assert_eq!(counts, [Some(250), Some(246)]);
}

#[test]
fn exchange_more_than_a_day_apart_or_other_category_or_demand_stays_apart() {
    check(
        &[vec![
            doc("a1", "Wire One", Some("2025-07-23"), vec![exchange(
                "Russia and Ukraine swapped 84 prisoners of war.", &["Russia", "Ukraine"],
                &[(PrisonersOfWar, Some(84))], Some("2025-07-23"), ExchangeStatus::Completed,
            )]),
            doc("a2", "Wire Two", Some("2025-07-26"), vec![
                exchange(
                    "Russia and Ukraine swapped 84 prisoners of war.", &["Russia", "Ukraine"],
                    &[(PrisonersOfWar, Some(84))], Some("2025-07-25"), ExchangeStatus::Completed,
                ),
                exchange(
                    "Ukraine received 1,000 bodies.", &["Russia", "Ukraine"],
                    &[(Bodies, Some(1000))], Some("2025-07-25"), ExchangeStatus::Completed,
                ),
                exchange(
                    "Kyiv demanded the return of all prisoners of war.", &["Russia", "Ukraine"],
                    &[(PrisonersOfWar, None)], None, ExchangeStatus::Demanded,
                ),
            ]),
        ]],
        None,
        "exchange completed | Russia+Ukraine prisoners_of_war:84 | sources=1 denials=0 confirmations=0
         exchange completed | Russia+Ukraine prisoners_of_war:84 | sources=1 denials=0 confirmations=0
         exchange completed | Russia+Ukraine bodies:1000 | sources=1 denials=0 confirmations=0
         exchange demanded | Russia+Ukraine prisoners_of_war:? | sources=1 denials=0 confirmations=0",
    );
}

#[test]
fn exchange_status_is_the_furthest_any_source_reports() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-06-01"),
                vec![exchange(
                    "Israel and Hamas agreed to swap hostages for prisoners.",
                    &["Israel", "Hamas"],
                    &[
                        (Category::Hostages, Some(3)),
                        (Category::Prisoners, Some(90)),
                    ],
                    None,
                    ExchangeStatus::Agreed,
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-06-02"),
                vec![exchange(
                    "Hamas freed three hostages.",
                    &["Hamas", "Israel"],
                    &[(Category::Hostages, Some(3))],
                    None,
                    ExchangeStatus::Completed,
                )],
            ),
        ]],
        None,
        "exchange completed | Israel+Hamas hostages:3,prisoners:90 | sources=2 denials=0 confirmations=0",
    );
}

#[test]
fn exchange_without_parties_never_merges() {
    check(
        &[vec![doc(
            "a1",
            "Wire One",
            Some("2025-07-23"),
            vec![
                exchange(
                    "Bodies were returned.",
                    &[],
                    &[(Bodies, None)],
                    None,
                    ExchangeStatus::Completed,
                ),
                exchange(
                    "Bodies were returned.",
                    &[],
                    &[(Bodies, None)],
                    None,
                    ExchangeStatus::Completed,
                ),
            ],
        )]],
        None,
        "exchange completed |  bodies:? | sources=1 denials=0 confirmations=0
         exchange completed |  bodies:? | sources=1 denials=0 confirmations=0",
    );
}

#[test]
fn deadline_with_another_due_date_supersedes_and_says_how() {
    let t = check(
        &[vec![
            doc("a1", "Wire One", Some("2025-07-14"), vec![deadline(
                "Trump gave Russia 50 days to reach a peace deal.", "United States", &["Russia"],
                Some("a peace deal is reached"), "50 days",
                Some(days("2025-09-02", "2025-09-02")),
            )]),
            doc("a2", "Wire Two", Some("2025-07-28"), vec![deadline(
                "Trump said Russia now had 10 to 12 days to make a deal.", "United States",
                &["Russia"], Some("make a deal"), "10 to 12 days",
                Some(days("2025-08-07", "2025-08-09")),
            )]),
        ]],
        Some("2025-07-30"),
        "deadline superseded | United States>Russia due 2025-09-02..2025-09-02 | sources=1 denials=0 confirmations=0 superseded_by
         deadline open | United States>Russia due 2025-08-07..2025-08-09 | sources=1 denials=0 confirmations=0 supersedes",
    );
    let records = t.ledger.claims(&Default::default()).expect("claims");
    let new = records
        .iter()
        .find(|r| r.supersedes.is_some())
        .expect("new deadline");
    let old = records
        .iter()
        .find(|r| r.superseded_by.is_some())
        .expect("old deadline");
    assert_eq!(new.supersedes.as_deref(), Some(old.id.as_str()));
    assert_eq!(old.superseded_by.as_deref(), Some(new.id.as_str()));
    let events = |id: &str| -> Vec<String> {
        let view = t.ledger.claim(id, None).expect("view").expect("claim");
        view.history.iter().map(|h| h.event.to_string()).collect()
    };
    assert_eq!(events(&old.id), ["reported", "superseded"]);
    assert_eq!(events(&new.id), ["reported", "shortened", "expired"]);
}

#[test]
fn deadline_moved_later_is_extended() {
    let t = check(
        &[vec![
            doc("a1", "Wire One", Some("2025-03-01"), vec![deadline(
                "Hamas was given until Saturday to free the hostages.", "Israel", &["Hamas"],
                Some("free the hostages"), "until Saturday", Some(days("2025-03-08", "2025-03-08")),
            )]),
            doc("a2", "Wire Two", Some("2025-03-07"), vec![deadline(
                "Israel extended its deadline for the hostages' release to March 15.", "Israel",
                &["Hamas"], Some("the release of the hostages"), "to March 15",
                Some(days("2025-03-15", "2025-03-15")),
            )]),
        ]],
        Some("2025-03-10"),
        "deadline superseded | Israel>Hamas due 2025-03-08..2025-03-08 | sources=1 denials=0 confirmations=0 superseded_by
         deadline open | Israel>Hamas due 2025-03-15..2025-03-15 | sources=1 denials=0 confirmations=0 supersedes",
    );
    let records = t.ledger.claims(&Default::default()).expect("claims");
    let new = records
        .iter()
        .find(|r| r.supersedes.is_some())
        .expect("new deadline");
    let view = t.ledger.claim(&new.id, None).expect("view").expect("claim");
    assert_eq!(view.history[1].event.to_string(), "extended");
}

#[test]
fn deadline_restated_with_the_same_or_an_overlapping_due_date_is_one_more_source() {
    check(
        &[vec![
            doc(
                "a1",
                "Wire One",
                Some("2025-07-14"),
                vec![deadline(
                    "Trump gave Russia 50 days to reach a deal.",
                    "United States",
                    &["Russia"],
                    Some("reach a deal"),
                    "50 days",
                    Some(days("2025-09-02", "2025-09-02")),
                )],
            ),
            doc(
                "a2",
                "Wire Two",
                Some("2025-07-15"),
                vec![deadline(
                    "The 50-day deadline runs to September 2.",
                    "United States",
                    &["Russia"],
                    None,
                    "by September 2",
                    Some(days("2025-09-02", "2025-09-02")),
                )],
            ),
            doc(
                "a3",
                "Wire Three",
                Some("2025-07-16"),
                vec![deadline(
                    "Washington repeated its ultimatum to Moscow.",
                    "United States",
                    &["Russia"],
                    None,
                    "ultimatum",
                    None,
                )],
            ),
            doc(
                "a4",
                "Wire Four",
                Some("2025-07-16"),
                vec![deadline(
                    "Moscow has until early September, officials said.",
                    "United States",
                    &["Russia"],
                    None,
                    "until early September",
                    Some(days("2025-09-01", "2025-09-10")),
                )],
            ),
        ]],
        Some("2025-07-20"),
        "deadline open | United States>Russia due 2025-09-02..2025-09-02 | sources=4 denials=0 confirmations=0",
    );
}

#[test]
fn deadline_with_another_demand_issuer_or_target_is_another_thread() {
    check(
        &[vec![
            doc("a1", "Wire One", Some("2025-07-14"), vec![
                deadline("Trump gave Russia 50 days to reach a peace deal.", "United States",
                    &["Russia"], Some("a peace deal"), "50 days",
                    Some(days("2025-09-02", "2025-09-02"))),
                deadline("Trump gave India three weeks to cut its oil purchases.", "United States",
                    &["India"], Some("cut oil purchases"), "three weeks",
                    Some(days("2025-08-04", "2025-08-04"))),
            ]),
            doc("a2", "Wire Two", Some("2025-07-20"), vec![deadline(
                "Trump gave Russia ten days to release detained journalists.", "United States",
                &["Russia"], Some("release detained journalists"), "ten days",
                Some(days("2025-07-30", "2025-07-30")),
            )]),
        ]],
        Some("2025-07-21"),
        "deadline open | United States>Russia due 2025-09-02..2025-09-02 | sources=1 denials=0 confirmations=0
         deadline open | United States>India due 2025-08-04..2025-08-04 | sources=1 denials=0 confirmations=0
         deadline open | United States>Russia due 2025-07-30..2025-07-30 | sources=1 denials=0 confirmations=0",
    );
}

#[test]
fn deadline_expires_once_its_due_interval_has_passed() {
    let batches = [vec![doc(
        "a1",
        "Wire One",
        Some("2025-07-28"),
        vec![deadline(
            "Trump gave Russia 10 to 12 days.",
            "United States",
            &["Russia"],
            None,
            "10 to 12 days",
            Some(days("2025-08-07", "2025-08-09")),
        )],
    )]];
    check(
        &batches,
        Some("2025-08-09"),
        "deadline open | United States>Russia due 2025-08-07..2025-08-09 | sources=1 denials=0 confirmations=0",
    );
    check(
        &batches,
        Some("2025-08-10"),
        "deadline expired | United States>Russia due 2025-08-07..2025-08-09 | sources=1 denials=0 confirmations=0",
    );
}
