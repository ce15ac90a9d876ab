//! Extraction never panics, whatever the text, and its output keeps its invariants: evidence
//! spans slice the body to the evidence text, ids are unique, claims come in text order.

use claimtrack_extract::{Options, extract};
use claimtrack_model::ClaimDetail;

use crate::article;

/// Words that reach every grammar: triggers, names, numbers, dates, quotes and odd characters.
const VOCABULARY: &[&str] = &[
    "Russia",
    "said",
    "its",
    "forces",
    "had",
    "captured",
    "the",
    "village",
    "of",
    "Novopil",
    "and",
    "Makarivka",
    "in",
    "Ukraine's",
    "Sumy",
    "region",
    ",",
    ".",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "he",
    "threatened",
    "sanctions",
    "unless",
    "within",
    "50",
    "days",
    "last",
    "week",
    "On",
    "Wednesday",
    "exchanged",
    "246",
    "prisoners",
    "of",
    "war",
    "each",
    "84",
    "for",
    "1,000-for-1,000",
    "bodies",
    "brokered",
    "by",
    "the",
    "UAE",
    "denied",
    "according",
    "to",
    "Kyiv",
    "gave",
    "Hamas",
    "until",
    "Friday",
    "or",
    "face",
    "ultimatum",
    "48-hour",
    "fell",
    "to",
    "encircled",
    "al-Fashir",
    "RSF",
    "withdrew",
    "from",
    "Chasiv",
    "Yar",
    "thousands",
    "dozens",
    "a",
    "dozen",
    "twenty-one",
    "U.S.",
    "Gen.",
    "’s",
    "-",
    "(",
    ")",
    "?",
    "é",
    "日本",
    "\u{0301}",
    "'",
    "’",
    "—",
    "buffer",
    "zone",
    "held",
    "repelled",
    "an",
    "attack",
    "on",
    "must",
    "by",
    "August",
    "8",
    "2025",
];

/// Text from the vocabulary, drawn from a seeded generator so that a failure reproduces.
fn random_text(rng: &mut fastrand::Rng) -> String {
    let mut text = String::new();
    let paragraphs = 1 + rng.usize(..4);
    for p in 0..paragraphs {
        if p > 0 {
            text.push_str("\n\n");
        }
        let words = rng.usize(..80);
        for _ in 0..words {
            let word = VOCABULARY[rng.usize(..VOCABULARY.len())];
            if rng.usize(..3) > 0 {
                text.push(' ');
            }
            text.push_str(word);
        }
    }
    text
}

#[test]
fn random_text_never_panics_and_keeps_invariants() {
    let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
    let mut claims = 0;
    for round in 0..600 {
        let text = random_text(&mut rng);
        let published = if round % 5 == 0 {
            None
        } else {
            Some("2025-07-24")
        };
        let article = article(&text, published);
        let found = extract(
            &article,
            &Options {
                explain: round % 2 == 0,
            },
        );
        let mut ids = Vec::new();
        let mut last_start = 0;
        for claim in &found.claims {
            assert_eq!(article.text(claim.span), claim.text, "in {text:?}");
            assert!(
                claim.span.start >= last_start,
                "claims out of order in {text:?}"
            );
            last_start = claim.span.start;
            assert!(!ids.contains(&claim.id), "duplicate id in {text:?}");
            ids.push(claim.id.clone());
            if let ClaimDetail::Territorial(t) = &claim.detail {
                assert!(!t.place.is_empty());
            }
        }
        if published.is_none() {
            assert!(
                found
                    .problems
                    .iter()
                    .any(|p| p.message.contains("no publication date")),
                "a missing date is reported"
            );
        }
        claims += found.claims.len();
    }
    // The vocabulary is rich in triggers: the sweep must reach the grammars.
    assert!(claims > 50, "only {claims} claims in the sweep");
}

#[test]
fn empty_and_tiny_articles() {
    for text in [
        "",
        " ",
        ".",
        "\u{201c}",
        "Russia said.",
        "captured",
        "exchanged 5",
    ] {
        let found = extract(&article(text, Some("2025-07-24")), &Options::default());
        assert!(found.claims.is_empty(), "{text:?}");
    }
}
