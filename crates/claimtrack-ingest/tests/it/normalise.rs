//! Body normalisation: line ends, entities, invisible characters, white space, NFC, paragraphs.

use claimtrack_ingest::{Fields, article_from_parts};

use crate::assert_invariants;

/// Normalises `input` as an article body and compares the body.
fn check(input: &str, expected: &str) {
    let article = article_from_parts(Fields::default(), input);
    assert_invariants(&article);
    assert_eq!(article.body, expected, "normalising {input:?}");
}

#[test]
fn line_ends_and_paragraphs() {
    check("One.\r\n\r\nTwo.\r\n", "One.\n\nTwo.");
    check("One.\rTwo.\r\rThree.", "One. Two.\n\nThree.");
    check("\n\n  One.  \n\n\n\n\nTwo.\n\n", "One.\n\nTwo.");
    check(
        "A hard-wrapped\nparagraph goes on\nhere.\n\nNext.",
        "A hard-wrapped paragraph goes on here.\n\nNext.",
    );
}

#[test]
fn lines_without_blank_lines_are_paragraphs_when_they_end_sentences() {
    check(
        "First paragraph ends here.\nSecond paragraph\ncontinues here.",
        "First paragraph ends here.\n\nSecond paragraph continues here.",
    );
}

#[test]
fn spaces_and_invisible_characters() {
    check(
        "Margara\u{00A0}crossing\tand\u{2009}more",
        "Margara crossing and more",
    );
    check("a\u{200B}b\u{FEFF}c\u{00AD}d\u{0007}e", "abcde");
    check("Kyiv  \u{3000} said", "Kyiv said");
}

#[test]
fn entities() {
    check(
        "Tom &amp; Jerry &#8220;said&#8221; &#x2019;no&rsquo; &bogus; &amp",
        "Tom & Jerry “said” ’no’ &bogus; &amp",
    );
    check("5&nbsp;km", "5 km");
}

#[test]
fn nfc() {
    check(
        "Cafe\u{0301} in Gda\u{0144}sk",
        "Caf\u{00E9} in Gda\u{0144}sk",
    );
}

#[test]
fn empty_bodies_never_panic() {
    for input in ["", "   ", "\n\n\n", "\u{200B}", "\u{0}\u{7}\r\n", "&#8203;"] {
        let article = article_from_parts(Fields::default(), input);
        assert_invariants(&article);
        assert!(article.body.is_empty(), "{input:?}");
        assert!(article.sentences.is_empty());
    }
}

#[test]
fn fields_are_trimmed_and_empty_ones_dropped() {
    let fields = Fields {
        title: Some("  Talks\n resume &amp; stall ".to_owned()),
        source: Some("   ".to_owned()),
        ..Fields::default()
    };
    let article = article_from_parts(fields, "Body.");
    assert_eq!(article.title.as_deref(), Some("Talks resume & stall"));
    assert_eq!(article.source, None);
}
