//! The HTML report in a real browser: headless Chromium loads it without console errors, the
//! three charts and their marks are in the rendered DOM, and a screenshot is saved under the
//! target directory (`<target>/tmp/report-browser/report.png`).
//!
//! Chromium is Debian's `chromium` package (or `$CHROMIUM`). Without it the test fails when `CI`
//! is set and is skipped with a notice otherwise.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use claimtrack_report::Format;

use crate::support::{as_of, ledger, options, render, story};

/// The Chromium binary, if one is installed.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| {
            ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name))
        })
        .find(|candidate| candidate.is_file())
}

/// Runs headless Chromium on `page` with `extra` arguments, killing it after a minute.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> Output {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes on threads so that a chatty browser never blocks on a full pipe.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium can be waited on") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    Output {
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
    }
}

/// Console messages and script errors in Chromium's log.
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| {
            line.contains(":CONSOLE")
                || line.contains("Uncaught")
                || line.contains("Refused to")
                || line.contains("Content Security Policy")
        })
        .collect()
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn html_report_renders_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed, and CI is set: install Debian's `chromium` package"
        );
        eprintln!("notice: skipping the browser test: chromium is not installed (CI is unset)");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&dir).expect("the output dir is created");
    let (_db, ledger) = ledger(&story());
    let page = dir.join("report.html");
    std::fs::write(
        &page,
        render(&ledger, &options(as_of(), None), Format::Html),
    )
    .expect("the page is written");
    let profile = tempfile::TempDir::new().expect("a profile dir");

    let dom = run_chromium(&chromium, profile.path(), &page, &["--dump-dom"]);
    let stderr = String::from_utf8_lossy(&dom.stderr);
    assert!(dom.status.success(), "chromium failed: {stderr}");
    assert_eq!(
        console_errors(&stderr),
        Vec::<&str>::new(),
        "console errors"
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    for chart in ["chart-deadlines", "chart-territorial", "chart-exchanges"] {
        assert_eq!(
            count(&dom, &format!("<svg id=\"{chart}\"")),
            1,
            "{chart} is missing from the DOM"
        );
    }
    // One mark per deadline, territorial claim and dated exchange of the story as of the date.
    assert_eq!(count(&dom, "class=\"mark deadline"), 4);
    assert_eq!(count(&dom, "class=\"mark territorial"), 3);
    assert_eq!(count(&dom, "class=\"mark exchange"), 3);
    assert_eq!(
        count(&dom, "<path class=\"link\""),
        1,
        "the superseded deadline's arrow"
    );
    assert_eq!(
        count(&dom, "<g class=\"asof\">"),
        3,
        "the as-of line on every chart"
    );
    assert!(
        !dom.contains("<script"),
        "the report must not contain scripts"
    );

    let png = dir.join("report.png");
    let _ = std::fs::remove_file(&png);
    let shot = run_chromium(
        &chromium,
        profile.path(),
        &page,
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1280,2000",
        ],
    );
    let stderr = String::from_utf8_lossy(&shot.stderr);
    assert!(shot.status.success(), "chromium failed: {stderr}");
    assert_eq!(
        console_errors(&stderr),
        Vec::<&str>::new(),
        "console errors"
    );
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    // A blank 1280x2000 page compresses to a few KB; a drawn report is far larger.
    assert!(
        size > 40_000,
        "the screenshot {} is suspiciously small ({size} bytes)",
        png.display()
    );
}

#[test]
fn hostile_report_runs_no_script_in_chromium() {
    let Some(chromium) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed, and CI is set"
        );
        eprintln!("notice: skipping the browser test: chromium is not installed (CI is unset)");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-browser");
    std::fs::create_dir_all(&dir).expect("the output dir is created");
    let (_db, ledger) = ledger(&crate::escaping::hostile());
    let page = dir.join("hostile.html");
    std::fs::write(
        &page,
        render(&ledger, &options(as_of(), None), Format::Html),
    )
    .expect("the page is written");
    let profile = tempfile::TempDir::new().expect("a profile dir");
    let dom = run_chromium(&chromium, profile.path(), &page, &["--dump-dom"]);
    let stderr = String::from_utf8_lossy(&dom.stderr);
    assert!(dom.status.success(), "chromium failed: {stderr}");
    assert_eq!(
        console_errors(&stderr),
        Vec::<&str>::new(),
        "console errors"
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        !dom.contains("<script") && !dom.contains("<img"),
        "markup from the article became DOM"
    );
    assert!(
        dom.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"),
        "the text is shown as text"
    );
}
