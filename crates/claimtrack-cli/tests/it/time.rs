//! `claimtrack time`: the real binary on phrases and raw text files.

use assert_cmd::Command;
use serde_json::Value;

fn claimtrack() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimtrack"))
}

/// Runs `claimtrack time ARGS`; returns exit code, stdout and stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = claimtrack()
        .arg("time")
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("claimtrack does not start: {err}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|err| panic!("not JSON ({err}): {s}"))
}

#[test]
fn a_phrase_as_text() {
    let (code, out, _) = run(&["within 50 days", "--ref", "2025-07-24"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "\"within 50 days\" duration P50D 2025-09-12 (day) deadline=within duration=50 day\n"
    );
}

#[test]
fn a_phrase_as_json() {
    let (code, out, _) = run(&["on Wednesday", "--ref", "2025-07-24", "--format", "json"]);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["text"], "Wednesday");
    assert_eq!(v["type"], "date");
    assert_eq!(v["value"], "2025-07-23");
    assert_eq!(v["interval"]["start"], "2025-07-23");
    assert_eq!(v["interval"]["end"], "2025-07-23");
    assert_eq!(v["grain"], "day");
}

#[test]
fn prefer_future_reads_forward() {
    let (code, out, _) = run(&[
        "Wednesday",
        "--ref",
        "2025-07-24",
        "--prefer",
        "future",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["value"], "2025-07-30");
    let (code, out, _) = run(&[
        "Wednesday",
        "--ref",
        "2025-07-24",
        "--prefer",
        "past",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["value"], "2025-07-23");
}

#[test]
fn a_phrase_without_a_time_fails_with_1() {
    let (code, out, err) = run(&["246 prisoners", "--ref", "2025-07-24", "--format", "json"]);
    assert_eq!(code, 1);
    assert_eq!(out.trim(), "null");
    assert!(err.contains("no time expression"), "{err}");
}

#[test]
fn the_reference_date_is_required() {
    let (code, _, err) = run(&["within 50 days"]);
    assert_eq!(code, 2);
    assert!(err.contains("--ref"), "{err}");
    let (code, _, err) = run(&["within 50 days", "--ref", "24/07/2025"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    let (code, _, _) = run(&["--ref", "2025-07-24"]);
    assert_eq!(code, 2);
}

#[test]
fn a_text_file_as_json_lines_with_byte_offsets() {
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("{err}"));
    let path = dir.path().join("article.txt");
    let text = "Kyiv — On Wednesday, Russia said talks would resume next week.\nA 48-hour ultimatum expired.\n";
    std::fs::write(&path, text).unwrap_or_else(|err| panic!("{err}"));
    let file = path.to_string_lossy().into_owned();
    let (code, out, _) = run(&[
        "--text-file",
        &file,
        "--ref",
        "2025-07-24",
        "--format",
        "jsonl",
    ]);
    assert_eq!(code, 0);
    let lines: Vec<Value> = out.lines().map(json).collect();
    let texts: Vec<&str> = lines.iter().filter_map(|v| v["text"].as_str()).collect();
    assert_eq!(texts, ["Wednesday", "next week", "48-hour ultimatum"]);
    for v in &lines {
        let start = usize::try_from(v["start"].as_u64().unwrap_or(0)).unwrap_or(0);
        let end = usize::try_from(v["end"].as_u64().unwrap_or(0)).unwrap_or(0);
        assert_eq!(
            text.as_bytes().get(start..end),
            v["text"].as_str().map(str::as_bytes)
        );
        for key in ["type", "value", "interval", "grain"] {
            assert!(v.get(key).is_some(), "{key} missing in {v}");
        }
    }
    assert_eq!(lines[1]["value"], "2025-W31");
    assert_eq!(lines[1]["interval"]["start"], "2025-07-28");
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|err| panic!("{err}"));
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"On Monday \xe9t\xe9\n").unwrap_or_else(|err| panic!("{err}"));
    let file = path.to_string_lossy().into_owned();
    let (code, out, err) = run(&["--text-file", &file, "--ref", "2025-07-24"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");
}

#[test]
fn a_missing_file_is_an_error() {
    let (code, _, err) = run(&[
        "--text-file",
        "/nonexistent/claimtrack/none.txt",
        "--ref",
        "2025-07-24",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("none.txt"), "{err}");
}
