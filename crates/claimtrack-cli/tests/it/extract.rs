//! `claimtrack extract`: the real binary on the seed (every format, `--explain`) and on a folder
//! that mixes a good and a bad file.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_claimtrack");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed() -> PathBuf {
    let seed = workspace().join("../shared/seed/dawn-2025-07-24.txt");
    assert!(
        seed.exists(),
        "the seed article is missing at {}",
        seed.display()
    );
    seed
}

/// Runs `claimtrack` in the workspace root; returns exit code, stdout and stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(BIN)
        .args(args)
        .current_dir(workspace())
        .stdin(Stdio::null())
        .output()
        .expect("claimtrack runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn seed_as_jsonl_gives_the_three_claims() {
    let seed = seed();
    let (code, stdout, stderr) = run(&["extract", &seed.to_string_lossy()]);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one claims/v1 object per article");
    let doc: Value = serde_json::from_str(lines[0]).expect("jsonl line is JSON");
    assert_eq!(doc["schema"], "claimtrack/claims/v1");
    assert_eq!(doc["article"]["published"], "2025-07-24");
    let kinds: Vec<&str> = doc["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .map(|c| c["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["exchange", "deadline", "territorial"]);
    let deadline = &doc["claims"][1];
    assert_eq!(deadline["issuer"], "United States");
    assert_eq!(deadline["due"]["start"], "2025-09-02");
    assert_eq!(deadline["due"]["end"], "2025-09-08");
    let territorial = &doc["claims"][2];
    assert_eq!(territorial["place"], "Varachyne");
    assert_eq!(territorial["region"], "Sumy");
    assert_eq!(territorial["announced"]["start"], "2025-07-23");
    assert!(
        territorial.get("explain").is_none(),
        "no explanation unless asked"
    );
}

#[test]
fn explain_names_a_rule_for_every_slot_in_every_format() {
    let seed = seed();
    let seed = seed.to_string_lossy();
    let (code, stdout, stderr) = run(&["extract", &seed, "--format", "json", "--explain"]);
    assert_eq!(code, 0, "{stderr}");
    let docs: Value = serde_json::from_str(&stdout).expect("json output is one array");
    let claims = docs[0]["claims"].as_array().expect("claims");
    let territorial = claims
        .iter()
        .find(|c| c["kind"] == "territorial")
        .expect("a territorial claim");
    let slots: Vec<&str> = territorial["explain"]
        .as_array()
        .expect("explain is present with --explain")
        .iter()
        .map(|t| t["slot"].as_str().expect("slot"))
        .collect();
    for slot in [
        "attribution.speaker",
        "place",
        "place_type",
        "region",
        "country",
        "action",
        "actor",
        "claimant",
        "announced",
    ] {
        assert!(slots.contains(&slot), "no rule for {slot}: {slots:?}");
    }
    let (code, table, _) = run(&["extract", &seed, "--format", "table", "--explain"]);
    assert_eq!(code, 0);
    assert!(
        table.contains("captured Varachyne (settlement, Sumy, Ukraine) by Russia"),
        "{table}"
    );
    assert!(table.contains("territorial.verb_captured"), "{table}");
    assert!(table.contains("deadline.duration_from_issue"), "{table}");
}

#[test]
fn bad_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(seed(), dir.path().join("good.txt")).expect("copies the seed");
    std::fs::write(dir.path().join("bad.json"), "{ not json").expect("writes a bad file");
    let (code, stdout, stderr) = run(&["extract", &dir.path().to_string_lossy()]);
    assert_eq!(code, 1, "a bad input makes the exit code 1");
    assert!(stderr.contains("bad.json"), "{stderr}");
    assert_eq!(
        stdout.lines().count(),
        1,
        "the good file is still extracted"
    );
    let doc: Value = serde_json::from_str(stdout.trim()).expect("JSON");
    assert_eq!(doc["claims"].as_array().map(Vec::len), Some(3));
}
