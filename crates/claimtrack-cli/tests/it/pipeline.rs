//! `claimtrack ingest` and `claimtrack run` end to end: the real binary on real files and a real
//! ledger in a temp folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_claimtrack");

/// A fixed as-of date, so listings do not depend on the day the tests run.
const AS_OF: &str = "2025-12-31";

const PLACES: [&str; 12] = [
    "Dovhe",
    "Novoselivka",
    "Kamianka",
    "Zelenyi Hai",
    "Bilohorivka",
    "Myrne",
    "Stupochky",
    "Ivanivka",
    "Petrivske",
    "Hrafske",
    "Yablunivka",
    "Oleksandropil",
];

/// The `index`th article of a synthetic corpus: a front-matter header and a claim of one kind,
/// so that overlapping corpora share articles and claims.
fn article(index: usize) -> String {
    let day = index % 28 + 1;
    let place = PLACES[index % PLACES.len()];
    let claim = match index % 3 {
        0 => format!(
            "Russia's defence ministry said on Monday that its forces had captured the village of {place} in the Donetsk region."
        ),
        1 => format!(
            "Russia and Ukraine exchanged {} prisoners of war each on Sunday, the Ukrainian coordination headquarters said.",
            50 + index
        ),
        _ => format!(
            "The Rapid Support Forces gave the army {} hours to withdraw from the town of {place} or face an assault, a commander said.",
            24 + index
        ),
    };
    format!(
        "---\ntitle: Report {index} from the front\nsource: Wire {}\ndate: 2025-09-{day:02}\n---\n{claim}\n\nThis is dispatch number {index} of the series, officials added.\n",
        index % 5
    )
}

/// Writes articles `range` into `dir` as `NNNN.txt`.
fn write_corpus(dir: &Path, range: std::ops::Range<usize>) {
    std::fs::create_dir_all(dir).expect("corpus folder");
    for index in range {
        std::fs::write(dir.join(format!("{index:04}.txt")), article(index)).expect("write article");
    }
}

fn claimtrack(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command.args(args).env_remove("CLAIMTRACK_DB");
    command
}

fn run(args: &[&str]) -> Output {
    claimtrack(args).output().expect("run claimtrack")
}

fn path(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// `claimtrack ingest --format json`: the exit code and the summary.
fn ingest(db: &Path, inputs: &[&Path], extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["ingest", "--db", path(db), "--format", "json"];
    args.extend(inputs.iter().map(|input| path(input)));
    args.extend(extra);
    let output = run(&args);
    let summary = serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "no JSON summary ({err}); stderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code(), summary)
}

/// `claimtrack claims --format json` as of [`AS_OF`], parsed.
fn claims(db: &Path) -> Vec<Value> {
    let output = run(&[
        "claims",
        "--db",
        path(db),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    assert!(
        output.status.success(),
        "claims failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    match serde_json::from_slice(&output.stdout) {
        Ok(Value::Array(claims)) => claims,
        other => panic!("claims --format json is not an array: {other:?}"),
    }
}

/// The claims of a ledger as comparable facts: id-free kind, status and number of sources.
fn claim_facts(db: &Path) -> Vec<(String, String, u64)> {
    let mut facts: Vec<(String, String, u64)> = claims(db)
        .iter()
        .map(|claim| {
            (
                claim["kind"].as_str().unwrap_or_default().to_owned(),
                claim["status"].as_str().unwrap_or_default().to_owned(),
                claim["sources"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    facts.sort();
    facts
}

fn count(summary: &Value, pointer: &str) -> u64 {
    summary
        .pointer(pointer)
        .and_then(Value::as_u64)
        .unwrap_or_else(|| panic!("{pointer} missing in {summary:#}"))
}

#[test]
fn mixed_folder_stores_the_good_and_names_the_bad() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("in");
    write_corpus(&corpus, 0..6);
    std::fs::write(corpus.join("empty.txt"), "").expect("write");
    std::fs::write(
        corpus.join("latin1.txt"),
        b"Caf\xe9 owners said prices rose.\n",
    )
    .expect("write");
    let db = dir.path().join("ledger.db");

    let output = run(&["ingest", "--db", path(&db), path(&corpus)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty(), "the text summary goes to stderr");
    for bad in ["empty.txt", "latin1.txt"] {
        assert!(
            stderr
                .lines()
                .any(|line| line.starts_with("error: ") && line.contains(bad)),
            "{bad} not named:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("articles: 6 new, 0 duplicate, 2 failed inputs"),
        "{stderr}"
    );
    assert!(stderr.contains("claims: "), "{stderr}");
    assert!(
        !claims(&db).is_empty(),
        "the good articles' claims are stored"
    );
}

#[test]
fn second_ingest_is_all_duplicate() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("in");
    write_corpus(&corpus, 0..9);
    let db = dir.path().join("ledger.db");

    let (code, first) = ingest(&db, &[&corpus], &[]);
    assert_eq!(code, Some(0), "{first:#}");
    assert_eq!(count(&first, "/articles/new"), 9);
    assert!(count(&first, "/claims/new") > 0, "{first:#}");
    let before = claims(&db);

    let (code, second) = ingest(&db, &[&corpus], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(count(&second, "/articles/read"), 9);
    assert_eq!(count(&second, "/articles/new"), 0);
    assert_eq!(count(&second, "/articles/duplicate"), 9);
    assert_eq!(count(&second, "/claims/new"), 0);
    assert_eq!(count(&second, "/claims/merged"), 0);
    assert_eq!(claims(&db), before, "a second ingest changes no claim");
}

#[test]
fn two_processes_at_once_lose_and_duplicate_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two overlapping halves of one corpus: articles 150..250 are in both.
    let first_half = dir.path().join("first");
    let second_half = dir.path().join("second");
    write_corpus(&first_half, 0..250);
    write_corpus(&second_half, 150..400);

    let single = dir.path().join("single.db");
    let (code, alone) = ingest(&single, &[&first_half, &second_half], &[]);
    assert_eq!(code, Some(0), "{alone:#}");
    assert_eq!(count(&alone, "/articles/new"), 400);

    let shared = dir.path().join("shared.db");
    // Create the ledger first, so the two processes race on writes, not on migrations.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("empty folder");
    let (code, created) = ingest(&shared, &[&empty], &[]);
    assert_eq!(code, Some(0), "{created:#}");
    let spawn = |input: &Path| {
        claimtrack(&[
            "ingest",
            "--db",
            path(&shared),
            "--format",
            "json",
            path(input),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimtrack ingest")
    };
    let (one, two) = (spawn(&first_half), spawn(&second_half));
    let summaries: Vec<Value> = [one, two]
        .into_iter()
        .map(|child| {
            let output = child
                .wait_with_output()
                .expect("wait for claimtrack ingest");
            assert_eq!(
                output.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
            serde_json::from_slice(&output.stdout).expect("JSON summary")
        })
        .collect();
    let new: u64 = summaries
        .iter()
        .map(|summary| count(summary, "/articles/new"))
        .sum();
    let duplicate: u64 = summaries
        .iter()
        .map(|summary| count(summary, "/articles/duplicate"))
        .sum();
    assert_eq!(
        new, 400,
        "every article stored exactly once: {summaries:#?}"
    );
    assert_eq!(duplicate, 100, "the overlap is seen as duplicate once");
    assert_eq!(claim_facts(&shared), claim_facts(&single));
}

#[test]
fn killed_ingest_is_completed_by_the_next_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("in");
    write_corpus(&corpus, 0..600);
    let clean = dir.path().join("clean.db");
    let (code, _) = ingest(&clean, &[&corpus], &["--chunk-size", "200"]);
    assert_eq!(code, Some(0));

    let killed = dir.path().join("killed.db");
    // Chunks of 200, so that the kill may also land between two chunks' transactions.
    let mut child = claimtrack(&[
        "ingest",
        "--chunk-size",
        "200",
        "--db",
        path(&killed),
        path(&corpus),
    ])
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .expect("spawn claimtrack ingest");
    // Whenever the kill lands (before, during or after a chunk's transaction), every article is
    // wholly stored or not at all, and the next ingest completes the work.
    std::thread::sleep(std::time::Duration::from_millis(400));
    child.kill().expect("kill claimtrack ingest");
    child.wait().expect("reap claimtrack ingest");

    let (code, resumed) = ingest(&killed, &[&corpus], &[]);
    assert_eq!(code, Some(0), "{resumed:#}");
    assert_eq!(
        count(&resumed, "/articles/new") + count(&resumed, "/articles/duplicate"),
        600
    );
    let (_, again) = ingest(&killed, &[&corpus], &[]);
    assert_eq!(count(&again, "/articles/duplicate"), 600);
    assert_eq!(claim_facts(&killed), claim_facts(&clean));
}

#[test]
fn one_thread_and_all_threads_give_the_same_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("in");
    write_corpus(&corpus, 0..120);
    let one = dir.path().join("one.db");
    let all = dir.path().join("all.db");

    let (code, one_summary) = ingest(&one, &[&corpus], &["--threads", "1"]);
    assert_eq!(code, Some(0));
    let (code, all_summary) = ingest(&all, &[&corpus], &[]);
    assert_eq!(code, Some(0));
    for pointer in [
        "/articles",
        "/claims",
        "/failed_inputs",
        "/bytes",
        "/warnings",
    ] {
        assert_eq!(
            one_summary.pointer(pointer),
            all_summary.pointer(pointer),
            "{pointer}"
        );
    }
    assert_eq!(claims(&one), claims(&all));
}

/// `claimtrack run` over the articles `range` (written into `dir/in`), into `dir/ledger.db`,
/// with its report at `report`: the output and the ledger's path.
fn run_job(dir: &Path, range: std::ops::Range<usize>, report: &Path) -> (Output, PathBuf) {
    let corpus = dir.join("in");
    write_corpus(&corpus, range);
    let db = dir.join("ledger.db");
    let output = run(&[
        "run",
        path(&corpus),
        "--db",
        path(&db),
        "--out",
        path(report),
        "--as-of",
        AS_OF,
    ]);
    (output, db)
}

#[test]
fn run_ingests_and_writes_the_html_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report: PathBuf = dir.path().join("out.html");
    let (output, db) = run_job(dir.path(), 0..12, &report);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(path(&report)),
        "where the report went:\n{stderr}"
    );
    let html = std::fs::read_to_string(&report).expect("report written");
    assert!(html.to_ascii_lowercase().contains("<html"), "not HTML");
    assert!(
        html.contains("Report 3 from the front") || html.contains("Wire"),
        "no source in the report"
    );
    assert!(!claims(&db).is_empty(), "run stored the claims");
}

#[test]
fn run_whose_report_cannot_be_written_names_it_and_keeps_the_ledger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("no-such-folder").join("out.html");
    let (output, db) = run_job(dir.path(), 0..4, &report);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("cannot write the report") && stderr.contains("out.html"),
        "{stderr}"
    );
    assert!(!report.exists());
    assert!(
        !claims(&db).is_empty(),
        "the ingest before the report is kept"
    );
}

#[test]
fn run_without_paths_is_a_usage_error() {
    let output = run(&["run"]);
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["ingest"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_chunk_size_of_zero_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("ledger.db");
    let output = run(&[
        "ingest",
        "--chunk-size",
        "0",
        "--db",
        path(&db),
        path(dir.path()),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--chunk-size"), "{stderr}");
    assert!(!db.exists(), "a usage error made a ledger");
}

#[test]
fn the_chunk_size_help_names_the_pipelines_default() {
    for command in ["ingest", "run"] {
        let output = run(&[command, "--help"]);
        let help = String::from_utf8_lossy(&output.stdout);
        let default = format!(
            "at a time [default: {}]",
            claimtrack_pipeline::Config::DEFAULT_CHUNK_SIZE
        );
        assert!(help.contains(&default), "{command}: {help}");
    }
}
