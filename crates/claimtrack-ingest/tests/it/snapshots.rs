//! One snapshot per file in `fixtures/articles/`: what reading it produces.

use std::path::Path;

use claimtrack_ingest::{Article, Config, read_bytes};
use serde::Serialize;

use crate::assert_invariants;

#[derive(Serialize)]
struct Snapshot {
    articles: Vec<ArticleView>,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct ArticleView {
    id: String,
    path: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    dateline: Option<String>,
    /// The sentences of each paragraph.
    paragraphs: Vec<Vec<String>>,
}

impl ArticleView {
    fn new(article: &Article) -> ArticleView {
        let paragraphs = (0..article.paragraphs.len())
            .map(|index| {
                article
                    .sentences
                    .iter()
                    .filter(|s| s.paragraph == index)
                    .map(|s| article.text(s.span).to_owned())
                    .collect()
            })
            .collect();
        ArticleView {
            id: article.id.clone(),
            path: article.path.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            published: article.published.map(|day| day.to_string()),
            dateline: article.dateline.clone(),
            paragraphs,
        }
    }
}

#[test]
fn fixtures() {
    insta::glob!("../../../../fixtures/articles", "*", |path: &Path| {
        if path.is_dir() {
            return;
        }
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(path).expect("fixture is readable");
        let batch = read_bytes(&name, &bytes, &Config::default());
        for article in &batch.articles {
            assert_invariants(article);
        }
        if name.starts_with("err_") {
            assert!(
                !batch.problems.is_empty(),
                "{name}: an err_ fixture reports a problem"
            );
        } else {
            assert!(!batch.has_errors(), "{name}: {:?}", batch.problems);
            assert!(!batch.articles.is_empty(), "{name}: no article");
        }
        let snapshot = Snapshot {
            articles: batch.articles.iter().map(ArticleView::new).collect(),
            problems: batch
                .problems
                .iter()
                .map(|p| format!("{}: {p}", p.severity))
                .collect(),
        };
        insta::assert_yaml_snapshot!(snapshot);
    });
}

#[test]
fn fixture_set_is_broad() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut articles = 0;
    let mut extensions = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures/articles exists") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with("err_") {
            continue;
        }
        extensions.insert(name.rsplit('.').next().unwrap_or_default().to_owned());
        let bytes = std::fs::read(&path).expect("readable");
        articles += read_bytes(&name, &bytes, &Config::default()).articles.len();
    }
    assert!(articles >= 25, "only {articles} good fixture articles");
    for extension in ["txt", "md", "html", "json", "jsonl", "xml", "gz"] {
        assert!(extensions.contains(extension), "no .{extension} fixture");
    }
}
