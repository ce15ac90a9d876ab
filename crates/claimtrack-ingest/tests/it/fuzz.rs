//! No panic on any input: random and mutated bytes through every format.

use std::path::Path;

use claimtrack_ingest::{Config, Fields, article_from_parts, read_bytes};

use crate::assert_invariants;

/// A seeded generator: deterministic, so a failure reproduces.
struct Rng(fastrand::Rng);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(fastrand::Rng::with_seed(seed))
    }

    fn byte(&mut self) -> u8 {
        self.0.u8(..)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }
}

/// Pieces that stress normalisation, segmentation and the format readers.
const PIECES: &[&str] = &[
    ".",
    "...",
    "…",
    "?",
    "!",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{00A0}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0301}",
    "e\u{0301}",
    "U.S.",
    "Mr.",
    "Gen.",
    "a.m.",
    "Sept.",
    "J.",
    "3.5",
    "KYIV (Reuters) - ",
    "ISTANBUL: ",
    "MOSCOW, July 23 (AP) — ",
    "Published July 24, 2025",
    "date 2025-07-24",
    "By Jane Doe",
    "---",
    "# ",
    "**",
    "_",
    "[x](y)",
    "&amp;",
    "&#8220;",
    "&#x0;",
    "&",
    ";",
    "<p>",
    "</p>",
    "<br>",
    "<script>",
    "{",
    "}",
    "[",
    "]",
    "\"text\":",
    ",",
    ":",
    "<item>",
    "<rss>",
    "\u{1F600}",
    "日本",
    "ا",
    "word",
    "Word",
    "the",
];

#[test]
fn random_text_through_article_from_parts() {
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(40);
        let text: String = (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        let article = article_from_parts(Fields::default(), &text);
        assert_invariants(&article);
    }
}

const NAMES: &[&str] = &[
    "x.txt", "x.md", "x.html", "x.json", "x.jsonl", "x.xml", "x.txt.gz", "-", "x",
];

#[test]
fn random_and_mutated_bytes_through_read_bytes() {
    let mut rng = Rng::new(0x2545_F491_4F6C_DD1D);
    let config = Config::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("fixtures/articles exists")
        .filter_map(|entry| std::fs::read(entry.ok()?.path()).ok())
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty());
    for round in 0..1500 {
        let mut bytes = if round % 5 == 0 {
            (0..rng.below(300)).map(|_| rng.byte()).collect()
        } else {
            seeds[rng.below(seeds.len())].clone()
        };
        for _ in 0..rng.below(8) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes[at] = rng.byte(),
                1 => bytes.truncate(at),
                2 => {
                    let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                    bytes.splice(at..at, piece.iter().copied());
                }
                _ => {
                    bytes.remove(at);
                }
            }
        }
        let name = NAMES[rng.below(NAMES.len())];
        let batch = read_bytes(name, &bytes, &config);
        for article in &batch.articles {
            assert_invariants(article);
        }
    }
}
