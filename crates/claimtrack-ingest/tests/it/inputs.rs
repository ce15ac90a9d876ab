//! Discovery and reading: directories, size caps, gzip, encodings and bad bytes.

use std::io::Write;
use std::path::PathBuf;

use claimtrack_ingest::{
    Config, Input, Severity, Walk, census, discover, read_bytes, read_input, read_input_sized,
};

/// Reads `bytes` as `name` and renders the problems as `severity: problem` lines.
fn check(name: &str, bytes: &[u8], config: &Config, expected: &[&str]) {
    let batch = read_bytes(name, bytes, config);
    let problems: Vec<String> = batch
        .problems
        .iter()
        .map(|p| format!("{}: {p}", p.severity))
        .collect();
    assert_eq!(problems, expected, "{name}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("writes to memory");
    encoder.finish().expect("finishes in memory")
}

#[test]
fn control_characters_over_a_tenth_make_a_file_binary() {
    // Long enough to be counted in several blocks; white space controls do not count.
    let text = |controls: usize| {
        let mut bytes = vec![b'a'; 1000 - controls];
        bytes.extend(std::iter::repeat_n(0x01, controls));
        bytes.extend(b"\t\r\n\x0C".repeat(200));
        bytes
    };
    let config = Config::default();
    let error = "error: c.txt: binary file (mostly control characters)";
    check("c.txt", &text(181), &config, &[error]);
    // 180 of 1,800 bytes is exactly a tenth: not more than a tenth.
    assert!(
        !read_bytes("c.txt", &text(180), &config)
            .problems
            .iter()
            .any(|problem| problem.to_string() == error["error: ".len()..])
    );
}

#[test]
fn bad_bytes() {
    let config = Config::default();
    check("e.txt", b"", &config, &["error: e.txt: empty file"]);
    check("w.txt", b" \n\t\n", &config, &["error: w.txt: empty file"]);
    check(
        "b.bin",
        b"abc\0def",
        &config,
        &["error: b.bin: binary file (contains NUL bytes)"],
    );
    check(
        "p.pdf",
        b"%PDF-1.7\n",
        &config,
        &["error: p.pdf: binary file (PDF document)"],
    );
    check(
        "u.txt",
        b"Line one.\nLine two \xC3\x28 here.",
        &config,
        &["error: u.txt:2: invalid UTF-8 at byte 19 (line 2)"],
    );
    check(
        "none.json",
        b"[]",
        &config,
        &["error: none.json: no articles found"],
    );
    check(
        "feed.xml",
        b"<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>",
        &config,
        &["error: feed.xml: no articles found"],
    );
    check(
        "g.txt.gz",
        b"\x1f\x8b\x08\x00garbage",
        &config,
        &["error: g.txt.gz: gzip does not decompress: incomplete deflate stream"],
    );
}

#[test]
fn size_cap_applies_before_and_after_decompression() {
    let small = Config { max_bytes: 64 };
    let text = "Talks resumed on 2025-07-24 in Doha, officials said. ".repeat(20);
    check(
        "big.txt",
        text.as_bytes(),
        &small,
        &["error: big.txt: larger than the size cap of 64 bytes"],
    );
    let packed = gzip(text.as_bytes());
    assert!(packed.len() < 200);
    check(
        "big.txt.gz",
        &packed,
        &Config { max_bytes: 200 },
        &["error: big.txt.gz: larger than the size cap of 200 bytes"],
    );
}

#[test]
fn gzip_by_name_or_magic_and_utf16() {
    let config = Config::default();
    let text = "Published: 2025-07-24\n\nTalks resumed.";
    for name in ["a.txt.gz", "a.gz", "no-extension"] {
        let batch = read_bytes(name, &gzip(text.as_bytes()), &config);
        assert_eq!(batch.problems, [], "{name}");
        assert_eq!(batch.articles[0].body, "Talks resumed.", "{name}");
    }
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let batch = read_bytes("wide.txt", &utf16, &config);
    assert_eq!(batch.problems, []);
    assert_eq!(batch.articles[0].body, "Talks resumed.");
    let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    assert_eq!(
        read_bytes("bom.txt", &bom, &config).articles[0].body,
        "Talks resumed."
    );
}

#[test]
fn discover_walks_directories_sorted_and_skips_hidden() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    for (path, content) in [
        ("b.txt", "B."),
        ("a/z.txt", "Z."),
        ("a/c.json", "{}"),
        (".hidden.txt", "H."),
        (".git/config", "x"),
    ] {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().expect("has a parent")).expect("creates dirs");
        std::fs::write(full, content).expect("writes");
    }
    let missing = root.join("missing.txt");
    let discovery = discover(&[root.to_path_buf(), PathBuf::from("-"), missing.clone()]);
    let names = relative(&discovery.inputs, root);
    assert_eq!(names, ["a/c.json", "a/z.txt", "b.txt", "-"]);
    assert_eq!(discovery.problems.len(), 1);
    assert_eq!(
        discovery.problems[0].to_string(),
        format!("{}: no such file or directory", missing.display())
    );
}

/// Writes a tree of folders and files under `root`: files at several depths, a hidden file and a
/// hidden folder, and names whose byte order differs from their order as numbers.
fn write_tree(root: &std::path::Path) {
    for path in [
        "b.txt",
        "a/z.txt",
        "a/c.json",
        "a/deep/er/x.txt",
        "a/deep/10.txt",
        "a/deep/9.txt",
        "a0.txt",
        ".hidden.txt",
        ".git/config",
        "c/.skip/y.txt",
    ] {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().expect("has a parent")).expect("creates dirs");
        std::fs::write(full, "Talks resumed.").expect("writes");
    }
    std::fs::create_dir_all(root.join("empty")).expect("creates an empty dir");
}

/// The names of file inputs relative to `root`, `-` for standard input.
fn relative(inputs: &[Input], root: &std::path::Path) -> Vec<String> {
    inputs
        .iter()
        .map(|input| match input {
            Input::Stdin => "-".to_owned(),
            Input::File(path) => path
                .strip_prefix(root)
                .expect("under the root")
                .display()
                .to_string(),
        })
        .collect()
}

#[test]
fn walk_is_lazy_sorted_and_agrees_with_discover_and_census() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write_tree(root);
    let missing = root.join("missing");
    let paths = [
        root.join("a"),
        missing.clone(),
        PathBuf::from("-"),
        root.to_path_buf(),
    ];
    let mut walk = Walk::new(&paths);
    // Nothing is listed before the first input is asked for, and problems come as they are met.
    assert_eq!(walk.problems(), []);
    let first = walk.next().expect("a first input");
    assert_eq!(relative(std::slice::from_ref(&first), root), ["a/c.json"]);
    assert_eq!(walk.problems(), []);
    let walked: Vec<Input> = std::iter::once(first).chain(walk.by_ref()).collect();
    let expected = [
        "a/c.json",
        "a/deep/10.txt",
        "a/deep/9.txt",
        "a/deep/er/x.txt",
        "a/z.txt",
        "-",
        "a/c.json",
        "a/deep/10.txt",
        "a/deep/9.txt",
        "a/deep/er/x.txt",
        "a/z.txt",
        "a0.txt",
        "b.txt",
    ];
    assert_eq!(relative(&walked, root), expected);
    let problems = walk.into_problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        format!("{}: no such file or directory", missing.display())
    );

    let discovery = discover(&paths);
    assert_eq!(discovery.inputs, walked);
    assert_eq!(discovery.problems, problems);
    let counted = census(&paths);
    assert_eq!(counted.inputs, expected.len());
    assert_eq!(counted.problems, problems);
}

#[test]
fn census_names_only_the_problems_a_later_walk_meets_anew() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write_tree(root);
    let paths = [root.join("a"), root.join("b")];
    let counted = census(&paths);
    assert_eq!(counted.inputs, 5);
    assert_eq!(counted.problems.len(), 1);
    // The folder goes away between the count and the walk: the walk meets the old problem again
    // and a new one, and only the new one is news.
    std::fs::remove_dir_all(root.join("a")).expect("removes a folder");
    let mut walk = Walk::new(&paths);
    assert_eq!(walk.by_ref().count(), 0);
    let unseen = counted.unseen(walk.into_problems());
    assert_eq!(unseen.len(), 1);
    assert_eq!(
        unseen[0].to_string(),
        format!("{}: no such file or directory", root.join("a").display())
    );
}

#[cfg(unix)]
#[test]
fn walk_reads_links_to_files_and_does_not_follow_links_to_folders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("inner")).expect("creates a dir");
    std::fs::write(root.join("inner/story.txt"), "Talks resumed.").expect("writes");
    std::os::unix::fs::symlink(root.join("inner/story.txt"), root.join("link.txt"))
        .expect("links a file");
    // A link back to the root would loop if links to folders were followed.
    std::os::unix::fs::symlink(root, root.join("loop")).expect("links a folder");
    std::os::unix::fs::symlink(root.join("gone.txt"), root.join("broken.txt"))
        .expect("links nothing");
    let walked: Vec<Input> = Walk::new(&[root.to_path_buf()]).collect();
    assert_eq!(relative(&walked, root), ["inner/story.txt", "link.txt"]);
}

#[test]
fn read_input_sized_gives_the_file_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.txt");
    let text = "KYIV (Reuters) - Drones hit the city overnight.\n";
    std::fs::write(&path, text).expect("writes");
    let (batch, size) = read_input_sized(&Input::File(path.clone()), &Config::default());
    assert_eq!(
        batch,
        read_input(&Input::File(path.clone()), &Config::default())
    );
    assert_eq!(size, text.len() as u64);
    // A file over the cap is not read, but its size is still known.
    let (capped, size) = read_input_sized(&Input::File(path), &Config { max_bytes: 10 });
    assert!(capped.has_errors());
    assert_eq!(size, text.len() as u64);
    let (gone, size) = read_input_sized(
        &Input::File(dir.path().join("gone.txt")),
        &Config::default(),
    );
    assert!(gone.has_errors());
    assert_eq!(size, 0);
}

/// A path that is not UTF-8 is named as `Path::display` writes it, like any other path.
#[test]
fn input_names_are_the_paths_as_displayed() {
    use std::os::unix::ffi::OsStrExt as _;

    for path in [
        std::path::Path::new("corpus/0001/story.txt"),
        std::path::Path::new("K\u{00FC}rt/\u{201C}a\u{201D}.json"),
        std::path::Path::new(std::ffi::OsStr::from_bytes(b"bad\xFFname.txt")),
    ] {
        let input = Input::File(path.to_path_buf());
        assert_eq!(input.name(), path.display().to_string(), "{path:?}");
    }
    assert_eq!(Input::Stdin.name(), "-");
}

#[test]
fn read_input_names_the_file_and_checks_the_cap() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.txt");
    std::fs::write(&path, "KYIV (Reuters) - Drones hit the city overnight.").expect("writes");
    let batch = read_input(&Input::File(path.clone()), &Config::default());
    assert_eq!(batch.articles.len(), 1);
    assert_eq!(
        batch.articles[0].path.as_deref(),
        Some(path.display().to_string().as_str())
    );
    assert_eq!(batch.problems.len(), 1);
    assert_eq!(batch.problems[0].severity, Severity::Warning);
    let capped = read_input(&Input::File(path), &Config { max_bytes: 10 });
    assert!(capped.articles.is_empty());
    assert!(capped.has_errors());
    let gone = read_input(
        &Input::File(dir.path().join("gone.txt")),
        &Config::default(),
    );
    assert!(
        gone.problems[0].message.starts_with("cannot read: "),
        "{:?}",
        gone.problems
    );
}
