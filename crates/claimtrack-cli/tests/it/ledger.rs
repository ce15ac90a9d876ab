//! `claimtrack claims` and `claimtrack show` on a ledger filled through the library: three
//! outlets and a denial about one capture, and a deadline cut short.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use claimtrack_ledger::Ledger;
use claimtrack_model::{
    Action, ArticleMeta, Attribution, Claim, ClaimDetail, ClaimsDoc, Deadline, Interval, Span,
    Territorial, TerritorialStatus,
};
use serde_json::Value;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn article(id: &str, source: &str, published: &str, claim: Claim) -> ClaimsDoc {
    ClaimsDoc::new(
        ArticleMeta {
            id: id.to_owned(),
            source: Some(source.to_owned()),
            title: Some(format!("{source} on the front")),
            url: Some(format!("https://news.invalid/{id}")),
            published: Some(day(published)),
            dateline: None,
            path: None,
        },
        vec![claim],
    )
}

fn capture(
    text: &str,
    place: &str,
    action: Action,
    actor: &str,
    status: TerritorialStatus,
) -> Claim {
    Claim {
        id: "c0".to_owned(),
        text: text.to_owned(),
        span: Span::new(0, text.len()),
        attribution: Attribution {
            speaker: Some(format!("the {actor} army")),
            actor: Some(actor.to_owned()),
            verb: Some("said".to_owned()),
        },
        detail: ClaimDetail::Territorial(Territorial {
            place: place.to_owned(),
            place_type: None,
            region: Some("Donetsk".to_owned()),
            country: Some("Ukraine".to_owned()),
            action,
            verb: None,
            actor: Some(actor.to_owned()),
            claimant: Some(actor.to_owned()),
            announced: None,
            status,
        }),
        explain: Vec::new(),
    }
}

fn ultimatum(text: &str, expression: &str, due: &str) -> Claim {
    Claim {
        id: "c0".to_owned(),
        text: text.to_owned(),
        span: Span::new(0, text.len()),
        attribution: Attribution::default(),
        detail: ClaimDetail::Deadline(Deadline {
            issuer: Some("United States".to_owned()),
            targets: vec!["Russia".to_owned()],
            demand: None,
            consequence: Some("tariffs".to_owned()),
            expression: expression.to_owned(),
            issued: None,
            due: Some(Interval {
                start: day(due),
                end: day(due),
                text: None,
            }),
        }),
        explain: Vec::new(),
    }
}

/// A ledger file in a temp folder with the story stored.
fn story() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.db");
    let ledger = Ledger::open(&path).expect("open");
    ledger
        .store(&[
            article(
                "s1",
                "Wire One",
                "2025-07-14",
                ultimatum(
                    "Washington gave Moscow 50 days or face tariffs.",
                    "50 days",
                    "2025-09-02",
                ),
            ),
            article(
                "s2",
                "Wire One",
                "2025-07-23",
                capture(
                    "Russia said it had captured Dachne.",
                    "Dachne",
                    Action::Captured,
                    "Russia",
                    TerritorialStatus::Claimed,
                ),
            ),
            article(
                "s3",
                "Wire Two",
                "2025-07-23",
                capture(
                    "Moscow claimed Dachne.",
                    "Dáchne",
                    Action::Captured,
                    "Russia",
                    TerritorialStatus::Claimed,
                ),
            ),
            article(
                "s4",
                "Wire Three",
                "2025-07-24",
                capture(
                    "Kyiv denied pulling out of Dachne.",
                    "Dachne",
                    Action::Withdrew,
                    "Ukraine",
                    TerritorialStatus::Denied,
                ),
            ),
            article(
                "s5",
                "Wire Two",
                "2025-07-28",
                ultimatum(
                    "Washington cut the deadline to August 8.",
                    "to August 8",
                    "2025-08-08",
                ),
            ),
        ])
        .expect("store");
    (dir, path)
}

fn claimtrack(args: &[&str], db: &Path) -> (i32, String, String) {
    let output = Command::cargo_bin("claimtrack")
        .expect("binary")
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("CLAIMTRACK_DB")
        .output()
        .expect("run claimtrack");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json(args: &[&str], db: &Path) -> Value {
    let (code, stdout, stderr) = claimtrack(args, db);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("JSON output")
}

#[test]
fn claims_lists_states_as_of_a_day() {
    let (_dir, db) = story();
    let early = json(
        &["claims", "--as-of", "2025-07-23", "--format", "json"],
        &db,
    );
    let statuses: Vec<(&str, &str)> = early
        .as_array()
        .expect("array")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap_or(""),
                c["status"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(statuses, [("deadline", "open"), ("territorial", "claimed")]);

    let late = json(
        &["claims", "--as-of", "2025-08-20", "--format", "json"],
        &db,
    );
    let statuses: Vec<(&str, &str, u64)> = late
        .as_array()
        .expect("array")
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap_or(""),
                c["status"].as_str().unwrap_or(""),
                c["sources"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("deadline", "superseded", 1),
            ("territorial", "disputed", 3),
            ("deadline", "expired", 1),
        ]
    );
}

#[test]
fn claims_filters_and_prints_table_and_csv() {
    let (_dir, db) = story();
    let (code, table, _) = claimtrack(
        &["claims", "--place", "dachne", "--as-of", "2025-08-20"],
        &db,
    );
    assert_eq!(code, 0);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert!(lines[0].starts_with("ID "), "{table}");
    assert!(lines[1].contains("territorial  disputed"), "{table}");
    assert!(
        lines[1].ends_with("Russia captured Dachne (Donetsk)"),
        "{table}"
    );

    let (code, csv, _) = claimtrack(
        &[
            "claims",
            "--kind",
            "deadline",
            "--status",
            "expired",
            "--as-of",
            "2025-08-20",
            "--format",
            "csv",
        ],
        &db,
    );
    assert_eq!(code, 0);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].starts_with("id,kind,status,"), "{csv}");
    assert!(
        lines[1].contains(",deadline,expired,2025-07-28,2025-07-28,1,0,0,d-"),
        "{csv}"
    );
}

#[test]
fn show_prints_history_and_every_source() {
    let (_dir, db) = story();
    let claims = json(
        &["claims", "--kind", "territorial", "--format", "json"],
        &db,
    );
    let id = claims[0]["id"].as_str().expect("id").to_owned();
    let (code, text, stderr) = claimtrack(&["show", &id, "--as-of", "2025-08-20"], &db);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.starts_with(&format!("{id}  territorial  disputed\n")),
        "{text}"
    );
    assert!(
        text.contains("2025-07-24  disputed    s4  (by Ukraine)"),
        "{text}"
    );
    assert!(
        text.contains("[3] Wire Three, 2025-07-24 (deny; article s4)"),
        "{text}"
    );
    assert!(text.contains("\"Moscow claimed Dachne.\""), "{text}");
    assert!(text.contains("https://news.invalid/s3"), "{text}");

    let view = json(
        &["show", &id, "--as-of", "2025-07-23", "--format", "json"],
        &db,
    );
    assert_eq!(view["record"]["status"], "claimed");
    assert_eq!(view["evidence"].as_array().map(Vec::len), Some(2));
}

#[test]
fn show_of_an_unknown_or_not_yet_reported_claim_fails_with_exit_2() {
    let (_dir, db) = story();
    let (code, _, stderr) = claimtrack(&["show", "t-0000000000000000"], &db);
    assert_eq!(code, 2);
    assert!(stderr.contains("no claim `t-0000000000000000`"), "{stderr}");
    let claims = json(
        &["claims", "--kind", "territorial", "--format", "json"],
        &db,
    );
    let id = claims[0]["id"].as_str().expect("id").to_owned();
    let (code, _, stderr) = claimtrack(&["show", &id, "--as-of", "2025-01-01"], &db);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn a_missing_database_is_an_error_and_is_not_created() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("nothing-here.db");
    for args in [&["claims"][..], &["show", "t-0000000000000000"][..]] {
        let (code, _, stderr) = claimtrack(args, &db);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains("no ledger database"), "{stderr}");
    }
    assert!(!db.exists());
}
