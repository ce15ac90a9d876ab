//! Article text is untrusted: markup in a title, quote, place, outlet or URL must come out as
//! text in the HTML and Markdown reports, never as markup.

use claimtrack_model::{
    Action, ArticleMeta, Attribution, Category, Claim, ClaimDetail, ClaimsDoc, Exchange,
    ExchangeItem, ExchangeStatus, Interval, Span, Territorial, TerritorialStatus,
};
use claimtrack_report::Format;

use crate::support::{as_of, day, ledger, options, render};

const SCRIPT: &str = "<script>alert('pwned')</script>";

/// One article whose every text field carries markup.
pub(crate) fn hostile() -> Vec<ClaimsDoc> {
    let published = day("2025-08-01");
    let text =
        format!("Officials said {SCRIPT} forces took <img src=x onerror=alert(1)> the town.");
    let attribution = Attribution {
        speaker: Some(format!("spokesman {SCRIPT}")),
        actor: Some("Russia".to_owned()),
        verb: Some("said".to_owned()),
    };
    let territorial = Claim {
        id: "hostile-1".to_owned(),
        text: text.clone(),
        span: Span::new(0, text.len()),
        attribution: attribution.clone(),
        detail: ClaimDetail::Territorial(Territorial {
            place: format!("Town{SCRIPT}"),
            place_type: None,
            region: Some("<b>Region</b>".to_owned()),
            country: Some("Country\"><svg onload=alert(1)>".to_owned()),
            action: Action::Captured,
            verb: Some("took | *bold* [x](javascript:alert(1))".to_owned()),
            actor: Some("Russia".to_owned()),
            claimant: Some("Russia".to_owned()),
            announced: Some(Interval {
                start: published,
                end: published,
                text: None,
            }),
            status: TerritorialStatus::Denied,
        }),
        explain: Vec::new(),
    };
    let exchange = Claim {
        id: "hostile-2\"><script>".to_owned(),
        text: text.clone(),
        span: Span::new(0, text.len()),
        attribution,
        detail: ClaimDetail::Exchange(Exchange {
            items: vec![ExchangeItem {
                category: Category::Hostages,
                count: Some(3),
                approx: None,
                from: Some(format!("Side{SCRIPT}")),
                to: None,
            }],
            parties: vec![format!("Party{SCRIPT}"), "Other".to_owned()],
            mediator: Some(SCRIPT.to_owned()),
            when: vec![Interval {
                start: published,
                end: published,
                text: None,
            }],
            status: ExchangeStatus::Completed,
        }),
        explain: Vec::new(),
    };
    vec![ClaimsDoc::new(
        ArticleMeta {
            id: "hostile".to_owned(),
            source: Some(format!("Outlet{SCRIPT}")),
            title: Some(format!("Title {SCRIPT}")),
            url: Some("javascript:alert(document.cookie)".to_owned()),
            published: Some(published),
            dateline: None,
            path: None,
        },
        vec![territorial, exchange],
    )]
}

/// Asserts that no markup from the article survives in `text`.
fn check(format: Format, text: &str) {
    let lower = text.to_ascii_lowercase();
    for needle in [
        "<script",
        "<img",
        "<svg onload",
        "<b>",
        "javascript:alert(document",
        "href=\"javascript",
    ] {
        assert!(
            !lower.contains(needle),
            "{format:?} report contains `{needle}`:\n{text}"
        );
    }
    // The text itself is still there, escaped.
    assert!(
        text.contains("alert"),
        "{format:?} report lost the article text"
    );
}

#[test]
fn html_escapes_every_article_text() {
    let (_dir, ledger) = ledger(&hostile());
    let html = render(&ledger, &options(as_of(), None), Format::Html);
    check(Format::Html, &html);
    assert!(html.contains("Title &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
    // The page's own policy forbids scripts even if escaping failed.
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
}

#[test]
fn markdown_escapes_every_article_text() {
    let (_dir, ledger) = ledger(&hostile());
    let markdown = render(&ledger, &options(as_of(), None), Format::Markdown);
    check(Format::Markdown, &markdown);
    assert!(markdown.contains("Title &lt;script&gt;"));
    // A `|` in a cell is escaped so the table keeps its columns.
    assert!(markdown.contains("took \\| \\*bold\\*"));
}

#[test]
fn csv_neutralises_formulas() {
    let mut docs = hostile();
    if let ClaimDetail::Territorial(t) = &mut docs[0].claims[0].detail {
        t.place = "=HYPERLINK(\"http://evil.example\")".to_owned();
    }
    let (_dir, ledger) = ledger(&docs);
    let csv = render(&ledger, &options(as_of(), None), Format::Csv);
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(!csv.contains(",=") && !csv.contains(",\"="), "{csv}");
}
