//! `claimtrack report` end to end: the real binary over a ledger built in a temp folder from the
//! report crate's hand-written story (`crates/claimtrack-report/tests/fixtures/story.jsonl`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use claimtrack_ledger::Ledger;
use claimtrack_model::ClaimsDoc;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_claimtrack");
const STORY: &str = include_str!("../../../claimtrack-report/tests/fixtures/story.jsonl");
const AS_OF: &str = "2025-08-20";

/// A temp folder with `claimtrack.db` holding the story.
fn story_db() -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("a temp dir");
    let db = dir.path().join("claimtrack.db");
    let ledger = Ledger::open(&db).expect("the ledger opens");
    for line in STORY.lines().filter(|line| !line.trim().is_empty()) {
        let doc: ClaimsDoc = serde_json::from_str(line).expect("a claims/v1 document");
        ledger.store(&[doc]).expect("the document is stored");
    }
    (dir, db)
}

fn report(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("report")
        .arg("--db")
        .arg(db)
        .args(["--as-of", AS_OF])
        .args(args)
        .env_remove("CLAIMTRACK_DB")
        .output()
        .expect("claimtrack runs")
}

/// Runs the report and checks that it succeeds with `expected` in its standard output.
fn check(db: &Path, args: &[&str], expected: &[&str]) -> String {
    let output = report(db, args);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    for want in expected {
        assert!(
            stdout.contains(want),
            "{args:?}: `{want}` missing from:\n{stdout}"
        );
    }
    stdout
}

#[test]
fn missing_ledger_is_an_error_not_an_empty_report() {
    let dir = TempDir::new().expect("a temp dir");
    let db = dir.path().join("nothing-here.db");
    let output = report(&db, &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no ledger at"), "{stderr}");
    assert!(!db.exists(), "the report must not create a ledger");
}

#[test]
fn markdown_is_the_default_on_stdout() {
    let (_dir, db) = story_db();
    check(
        &db,
        &[],
        &[
            "# Claim report",
            "As of **2025-08-20**",
            "## Deadlines",
            "| Novomykolaivka (village) |",
        ],
    );
}

#[test]
fn each_format_on_stdout() {
    let (_dir, db) = story_db();
    check(
        &db,
        &["--format", "html"],
        &["<!DOCTYPE html>", "<svg id=\"chart-deadlines\""],
    );
    let json = check(
        &db,
        &["--format", "json"],
        &["\"schema\": \"claimtrack/report/v1\""],
    );
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["as_of"], AS_OF);
    let csv = check(&db, &["--format", "csv"], &["kind,id,status,"]);
    // A header and one row per claim as of the date: 4 deadlines, 3 exchanges, 3 territorial.
    assert_eq!(csv.lines().count(), 11, "{csv}");
}

#[test]
fn out_file_replaces_the_old_one_whole_and_leaves_nothing_beside_it() {
    let (dir, db) = story_db();
    let out = dir.path().join("report.md");
    std::fs::write(&out, "an older report").expect("an older report");
    let reference = dir.path().join("plain.txt");
    std::fs::write(&reference, "a file made the usual way").expect("a plain file");

    check(&db, &["--out", out.to_str().expect("a UTF-8 path")], &[]);
    let markdown = std::fs::read_to_string(&out).expect("the report file is written");
    assert!(markdown.starts_with("# "), "{markdown}");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("the folder lists")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| !name.starts_with("claimtrack.db"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["plain.txt", "report.md"],
        "a temporary file was left"
    );
    // Written through a temporary file, the report still gets a new file's permissions (the
    // umask's), not a temporary file's owner-only ones.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: &Path| {
            std::fs::metadata(path)
                .expect("metadata")
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode(&out), mode(&reference));
    }
}

#[test]
fn out_file_that_cannot_be_written_is_named_and_nothing_is_left() {
    let (dir, db) = story_db();
    let out = dir.path().join("no-such-folder").join("report.html");
    let output = report(&db, &["--out", out.to_str().expect("a UTF-8 path")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot write the report") && stderr.contains("report.html"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn csv_of_one_kind_has_its_own_columns() {
    let (_dir, db) = story_db();
    let csv = check(
        &db,
        &["--kind", "territorial", "--format", "csv"],
        &["id,status,first_reported,last_reported,sources,country,region,place,"],
    );
    insta::assert_snapshot!(csv);
}

#[test]
fn out_file_takes_its_format_from_the_extension() {
    let (dir, db) = story_db();
    let out = dir.path().join("report.html");
    let stdout = check(&db, &["--out", out.to_str().expect("a UTF-8 path")], &[]);
    assert!(stdout.is_empty(), "nothing on stdout with --out");
    let html = std::fs::read_to_string(&out).expect("the report file is written");
    assert!(html.starts_with("<!DOCTYPE html>"));

    let out = dir.path().join("claims.json");
    check(
        &db,
        &[
            "--since",
            "2025-08-01",
            "-o",
            out.to_str().expect("a UTF-8 path"),
        ],
        &[],
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("valid JSON");
    assert_eq!(value["since"], "2025-08-01");
    assert_eq!(value["summary"]["territorial"], 1);
}

#[test]
fn bad_arguments_exit_with_usage_errors() {
    let (_dir, db) = story_db();
    for args in [
        &["--kind", "weather"][..],
        &["--format", "pdf"],
        &["--as-of", "yesterday"],
    ] {
        let output = report(&db, args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
}
