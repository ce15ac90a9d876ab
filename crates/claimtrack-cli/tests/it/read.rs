//! `claimtrack read`: the real binary on the seed, the fixtures, standard input and a folder that
//! mixes good and bad files.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_claimtrack");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `claimtrack` in the workspace root; returns exit code, stdout and stderr.
fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(workspace());
    command.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("claimtrack starts");
    if let Some(input) = stdin {
        use std::io::Write as _;
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(input.as_bytes()).expect("writes stdin");
    }
    let output = child.wait_with_output().expect("claimtrack finishes");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Checks that every sentence span of a printed article slices its body to its text.
fn assert_spans_slice(article: &Value) {
    let body = article["body"].as_str().expect("body is a string");
    for sentence in article["sentences"].as_array().expect("sentences") {
        let start = sentence["span"][0].as_u64().expect("start") as usize;
        let end = sentence["span"][1].as_u64().expect("end") as usize;
        assert_eq!(
            body.get(start..end),
            sentence["text"].as_str(),
            "span {start}..{end}"
        );
    }
}

#[test]
fn seed_as_json() {
    let seed = workspace().join("../shared/seed/dawn-2025-07-24.txt");
    assert!(
        seed.exists(),
        "the seed article is missing at {}",
        seed.display()
    );
    let (code, stdout, stderr) = run(
        &[
            "read",
            "../shared/seed/dawn-2025-07-24.txt",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    let articles: Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    let article = &articles[0];
    assert_eq!(articles.as_array().map(Vec::len), Some(1));
    assert_eq!(
        article["title"],
        "Russia plays down breakthrough chances after talks with Ukraine"
    );
    assert_eq!(article["source"], "Dawn");
    assert_eq!(article["published"], "2025-07-24");
    assert_eq!(article["dateline"], "ISTANBUL");
    let body = article["body"].as_str().expect("body");
    assert!(body.starts_with("The Kremlin"));
    assert!(!body.contains("Published"));
    assert_spans_slice(article);
    // The output reads back as the model's `Article`.
    let typed: claimtrack_model::Article =
        serde_json::from_value(article.clone()).expect("an Article");
    assert_eq!(typed.sentences.len(), 14);
    // No snapshot here: the seed's sentences must not be copied into the repository.
}

#[test]
fn fixture_as_text() {
    let (code, stdout, stderr) = run(
        &["read", "fixtures/articles/reuters_kyiv_pow_swap.txt"],
        None,
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    insta::assert_snapshot!(stdout);
}

#[test]
fn standard_input_as_jsonl() {
    let input = "{\"title\":\"A\",\"date\":\"2025-07-24\",\"text\":\"One. Two.\"}\n{\"title\":\"B\",\"text\":\"Three.\"}\n";
    let (code, stdout, stderr) = run(&["read", "-", "--format", "jsonl"], Some(input));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr,
        "warning: -:2: no publication date found; published is null\n"
    );
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["path"], "-:1");
    assert_eq!(lines[1]["published"], Value::Null);
    let (code, _, stderr) = run(&["-q", "read", "-", "--format", "jsonl"], Some(input));
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn mixed_folder_reads_the_good_names_the_bad() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let story = "Swap completed\n\nPublished: 2025-06-12\n\nKYIV (Reuters) - Ukraine and Russia swapped 84 prisoners each on Thursday.";
    let files: [(&str, &[u8]); 9] = [
        ("good.txt", story.as_bytes()),
        (
            "nested/copy.json",
            br#"{"title":"Copy","date":"2025-06-12","text":"KYIV (Reuters) - Ukraine and Russia swapped 84 prisoners each on Thursday."}"#,
        ),
        (
            "feed.jsonl",
            b"{\"date\":\"2025-01-01\",\"text\":\"Talks resumed in Doha.\"}\n{\"date\":\"2025-01-02\",\"text\":\"Broken\n{\"date\":\"2025-01-03\",\"text\":\"Talks ended in Doha.\"}\n",
        ),
        ("bad_utf8.txt", b"Good start\n\xff\xfe"),
        ("binary.bin", b"\x00\x01\x02\x03"),
        ("empty.txt", b""),
        ("nobody.html", b"<html><body><nav>Home</nav></body></html>"),
        ("bad.txt.gz", b"\x1f\x8b\x08\x00not deflate"),
        ("undated.txt", b"Rebels freed 12 hostages, officials said."),
    ];
    for (name, bytes) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(path, bytes).expect("writes");
    }
    let root_arg = root.display().to_string();
    let missing = root.join("missing.txt").display().to_string();
    let (code, stdout, stderr) = run(
        &["-v", "read", &root_arg, &missing, "--format", "jsonl"],
        None,
    );
    assert_eq!(code, 1, "{stderr}");
    let printed: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON line"))
        .collect();
    let paths: Vec<String> = printed
        .iter()
        .map(|a| {
            let path = a["path"].as_str().unwrap_or_default();
            path.strip_prefix(root_arg.as_str())
                .unwrap_or(path)
                .to_owned()
        })
        .collect();
    // `nested/copy.json` holds the same article as `good.txt`: printed once, noted at -v.
    assert_eq!(
        paths,
        [
            "/feed.jsonl:1",
            "/feed.jsonl:3",
            "/good.txt",
            "/undated.txt"
        ]
    );
    for article in &printed {
        assert_spans_slice(article);
    }
    let stderr = stderr.replace(&root_arg, "ROOT");
    for expected in [
        "error: ROOT/missing.txt: no such file or directory",
        "error: ROOT/bad.txt.gz: gzip does not decompress",
        "error: ROOT/bad_utf8.txt:2: invalid UTF-8 at byte 11 (line 2)",
        "error: ROOT/binary.bin: binary file (contains NUL bytes)",
        "error: ROOT/empty.txt: empty file",
        "error: ROOT/feed.jsonl:2: malformed JSON",
        "error: ROOT/nobody.html: HTML page without an article body",
        "warning: ROOT/undated.txt: no publication date found; published is null",
        "ROOT/nested/copy.json: same article as one printed before",
    ] {
        assert!(
            stderr.contains(expected),
            "stderr lacks `{expected}`:\n{stderr}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, stderr) = run(&["read"], None);
    assert_eq!(code, 2);
    assert!(stderr.contains("PATH"), "{stderr}");
    let (code, _, _) = run(&["read", "x.txt", "--format", "yaml"], None);
    assert_eq!(code, 2);
}

#[test]
fn closed_stdout_is_not_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    for index in 0..300 {
        let text = format!(
            "Published: 2025-07-24\n\nDispatch {index}: officials said talks would resume. {}",
            "Negotiators met again in the city on the same day. ".repeat(20)
        );
        std::fs::write(dir.path().join(format!("{index:03}.txt")), text).expect("writes");
    }
    let mut child = Command::new(BIN)
        .args(["read", &dir.path().display().to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimtrack starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let output = child.wait_with_output().expect("claimtrack finishes");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
