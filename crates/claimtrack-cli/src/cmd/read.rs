//! `claimtrack read`: prints articles as ingestion reads them, to check what the rest of the
//! pipeline will see.
//!
//! Text output is for people; `json` prints one array (an article a line) and `jsonl` one object
//! per line, each an
//! `Article` (it reads back with serde) whose sentences also carry their `text`. Problems go to
//! stderr through `Diag`; each content id is printed once.

use std::io::Write;
use std::path::PathBuf;

use claimtrack_ingest::{Article, Config};
use serde::Serialize;

use crate::Global;
use crate::articles::{JsonWriter, for_each_article};
use crate::output::{self, Diag, Outcome};

/// Read articles and print their metadata, paragraphs and sentences with byte spans.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  claimtrack read article.txt
  claimtrack read fixtures/articles --format jsonl
  zcat export.jsonl.gz | claimtrack read - --format json

Formats read: text dumps, front matter, Markdown, HTML, JSON, JSON Lines, RSS, Atom, and .gz of
any of them; directories are read recursively.")]
pub(crate) struct Args {
    /// Files or directories to read; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Skip inputs larger than this many bytes (after decompression).
    #[arg(long, value_name = "BYTES", default_value_t = Config::default().max_bytes)]
    max_bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Readable text.
    Text,
    /// One JSON array of articles.
    Json,
    /// One JSON object per article per line.
    Jsonl,
}

pub(crate) fn run(args: Args, global: &Global) -> anyhow::Result<Outcome> {
    let diag = Diag::new(global);
    let config = Config {
        max_bytes: args.max_bytes,
    };
    let mut out = output::stdout();
    let mut json = JsonWriter::begin(&mut out, args.format == Format::Json)?;
    let walk = for_each_article(&args.paths, &config, diag, |article| match args.format {
        Format::Text => write_text(&mut out, &article),
        Format::Json | Format::Jsonl => json.item(&mut out, &ArticleOut::new(&article)),
    })?;
    if args.format != Format::Text {
        json.end(&mut out)?;
    }
    out.flush()?;
    diag.debug(&format!(
        "{} articles from {} inputs",
        walk.articles, walk.inputs
    ));
    Ok(Outcome::from_failures(walk.failures))
}

/// An article as `read` prints it: the `Article` fields, with each sentence's text.
#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    meta: claimtrack_model::ArticleMeta,
    body: &'a str,
    paragraphs: &'a [claimtrack_model::Span],
    sentences: Vec<SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    span: claimtrack_model::Span,
    paragraph: usize,
    text: &'a str,
}

impl<'a> ArticleOut<'a> {
    fn new(article: &'a Article) -> ArticleOut<'a> {
        ArticleOut {
            meta: article.meta(),
            body: &article.body,
            paragraphs: &article.paragraphs,
            sentences: article
                .sentences
                .iter()
                .map(|sentence| SentenceOut {
                    span: sentence.span,
                    paragraph: sentence.paragraph,
                    text: article.text(sentence.span),
                })
                .collect(),
        }
    }
}

fn write_text(out: &mut impl Write, article: &Article) -> std::io::Result<()> {
    let none = "-";
    writeln!(out, "article {}", article.id)?;
    writeln!(
        out,
        "  path       {}",
        article.path.as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "  title      {}",
        article.title.as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "  source     {}",
        article.source.as_deref().unwrap_or(none)
    )?;
    let published = article
        .published
        .map_or_else(|| none.to_owned(), |day| day.to_string());
    writeln!(out, "  published  {published}")?;
    writeln!(
        out,
        "  dateline   {}",
        article.dateline.as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "  url        {}",
        article.url.as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "  {} paragraphs, {} sentences, {} bytes",
        article.paragraphs.len(),
        article.sentences.len(),
        article.body.len()
    )?;
    for (index, paragraph) in article.paragraphs.iter().enumerate() {
        writeln!(
            out,
            "  paragraph {} [{}, {})",
            index + 1,
            paragraph.start,
            paragraph.end
        )?;
        for sentence in article.sentences.iter().filter(|s| s.paragraph == index) {
            writeln!(
                out,
                "    [{}, {}) {}",
                sentence.span.start,
                sentence.span.end,
                article.text(sentence.span)
            )?;
        }
    }
    writeln!(out)
}
