//! Integration tests of `claimtrack-ingest`: one module per area, sharing the invariant check.

mod formats;
mod fuzz;
mod inputs;
mod normalise;
mod seed;
mod segment;
mod snapshots;

use claimtrack_ingest::{Article, content_id};
use unicode_normalization::is_nfc;

/// Asserts every invariant documented on `Article`, with the article's path in the message.
pub(crate) fn assert_invariants(article: &Article) {
    let name = article.path.as_deref().unwrap_or("<no path>");
    let body = &article.body;
    assert!(is_nfc(body), "{name}: body is not NFC");
    assert_eq!(
        article.id,
        content_id(body),
        "{name}: id is not the body's hash"
    );
    assert!(!body.contains('\r'), "{name}: body holds a CR");
    assert!(
        !body
            .chars()
            .any(|c| matches!(c, '\u{00A0}' | '\u{200B}' | '\u{FEFF}' | '\t')
                || (c.is_control() && c != '\n')),
        "{name}: body holds an invisible, control or odd space character"
    );
    let rebuilt: Vec<&str> = article
        .paragraphs
        .iter()
        .map(|span| span.slice(body).expect("paragraph span slices the body"))
        .collect();
    assert_eq!(
        rebuilt.join("\n\n"),
        *body,
        "{name}: paragraphs do not tile the body"
    );
    for paragraph in &rebuilt {
        assert!(!paragraph.is_empty(), "{name}: empty paragraph");
        assert_eq!(
            paragraph.trim(),
            *paragraph,
            "{name}: paragraph not trimmed"
        );
        assert!(
            !paragraph.contains('\n'),
            "{name}: line break inside a paragraph"
        );
        assert!(
            !paragraph.contains("  "),
            "{name}: white-space run inside a paragraph"
        );
    }
    let mut last_end = 0;
    for sentence in &article.sentences {
        let text = sentence
            .span
            .slice(body)
            .expect("sentence span slices the body");
        assert!(
            sentence.span.start >= last_end,
            "{name}: sentences overlap or go backwards"
        );
        last_end = sentence.span.end;
        assert!(!text.is_empty(), "{name}: empty sentence");
        assert_eq!(
            text.trim(),
            text,
            "{name}: sentence span includes white space"
        );
        let paragraph = article.paragraphs[sentence.paragraph];
        assert!(
            paragraph.contains(sentence.span),
            "{name}: sentence crosses its paragraph"
        );
    }
    let covered: usize = article.sentences.iter().map(|s| s.span.len()).sum();
    let words: usize = article.paragraphs.iter().map(|p| p.len()).sum();
    assert!(
        covered <= words,
        "{name}: sentences cover more than the paragraphs"
    );
}
