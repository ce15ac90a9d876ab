//! `cargo xtask eval`: scores `claimtrack-extract` against the gold claims in `fixtures/gold/`.
//!
//! Every gold file `fixtures/gold/<stem>.json` names its article in `fixtures/claims/`. The
//! article is read with `claimtrack_ingest::read_input`, its claims are extracted with
//! `claimtrack_extract::extract` (default options), and the predictions are compared with the gold
//! claims, which follow the annotation guidelines in `fixtures/gold/README.md`.
//!
//! # Matching rule
//!
//! A predicted and a gold claim match when they have the same kind, the same evidence sentence
//! (equal once white space is collapsed, or one contains the other, so that a dateline left in a
//! first sentence or a different segmentation still matches) and, for territorial claims, the
//! same place (compared without case and accents). Matching is one-to-one within an article and
//! greedy: candidate pairs are taken in order of slot agreement, best first (ties in text order).
//!
//! # Scores
//!
//! Per kind and overall (micro-averaged): precision, recall and F1 over matched pairs. Over the
//! matched pairs, the accuracy of every slot: null against null is correct, null against a value
//! is wrong. Comparisons are exact except where [`compare`] says otherwise: the speaker and the
//! verbs are lenient (case-insensitive, either contains the other); demand and consequence need a
//! token overlap of at least one half; names ignore case and accents; targets, parties and item
//! categories are sets, and `when`, counts (category, count, approx) and directions (category,
//! from, to) are multisets; intervals compare `start` and `end` only (their `text` is
//! informative).
//!
//! The scorer ([`score`]) is a pure function of the gold and predicted claims, tested here
//! against the gold itself; [`run`] adds reading, extraction and printing.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use claimtrack_model::{
    Article, Attribution, Claim, ClaimDetail, ClaimKind, Deadline, Exchange, Interval, Territorial,
};
use serde::{Deserialize, Serialize};
use serde_json::json;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The folder of articles [default: fixtures/claims].
    #[arg(long, value_name = "DIR")]
    fixtures: Option<PathBuf>,
    /// The folder of gold files [default: fixtures/gold].
    #[arg(long, value_name = "DIR")]
    gold: Option<PathBuf>,
    /// `text` for people, `json` for machines (always lists every error).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Also list every false positive, false negative and wrong slot.
    #[arg(short, long)]
    verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub(crate) fn run(args: Args) -> anyhow::Result<()> {
    let root = crate::project_root();
    let fixtures = args
        .fixtures
        .unwrap_or_else(|| root.join("fixtures/claims"));
    let gold_dir = args.gold.unwrap_or_else(|| root.join("fixtures/gold"));
    let golds = load_gold_dir(&gold_dir)?;
    let mut cases = Vec::with_capacity(golds.len());
    for gold in golds {
        let article = read_article(&fixtures.join(&gold.article))?;
        let extraction =
            claimtrack_extract::extract(&article, &claimtrack_extract::Options::default());
        cases.push(Case {
            article: gold.article,
            gold: gold.claims.into_iter().map(Scored::from).collect(),
            predicted: extraction.claims.into_iter().map(Scored::from).collect(),
        });
    }
    let unscored = unscored_articles(&fixtures, &cases)?;
    let report = score(&cases);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Text => write_text(&mut out, &report, args.verbose)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &report.to_json())?;
            writeln!(out)?;
        }
    }
    if !unscored.is_empty() {
        let mut err = std::io::stderr().lock();
        for name in unscored {
            writeln!(err, "warning: {name} has no gold file and was not scored")?;
        }
    }
    Ok(())
}

/// One gold file: the article it annotates and its claims.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldFile {
    /// The article's file name in the fixtures folder.
    pub(crate) article: String,
    pub(crate) claims: Vec<GoldClaim>,
}

/// A claims/v1 claim without `id` and `span`, as the gold files hold it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct GoldClaim {
    pub(crate) text: String,
    pub(crate) attribution: Attribution,
    #[serde(flatten)]
    pub(crate) detail: ClaimDetail,
}

/// What the scorer compares: the parts of a claim that gold and prediction share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scored {
    pub(crate) text: String,
    pub(crate) attribution: Attribution,
    pub(crate) detail: ClaimDetail,
}

impl Scored {
    fn kind(&self) -> ClaimKind {
        self.detail.kind()
    }

    /// The place of a territorial claim, shown next to its sentence.
    fn place(&self) -> Option<&str> {
        match &self.detail {
            ClaimDetail::Territorial(territorial) => Some(&territorial.place),
            ClaimDetail::Deadline(_) | ClaimDetail::Exchange(_) => None,
        }
    }
}

impl From<GoldClaim> for Scored {
    fn from(claim: GoldClaim) -> Scored {
        Scored {
            text: claim.text,
            attribution: claim.attribution,
            detail: claim.detail,
        }
    }
}

impl From<Claim> for Scored {
    fn from(claim: Claim) -> Scored {
        Scored {
            text: claim.text,
            attribution: claim.attribution,
            detail: claim.detail,
        }
    }
}

/// The gold and predicted claims of one article.
#[derive(Debug, Clone)]
pub(crate) struct Case {
    pub(crate) article: String,
    pub(crate) gold: Vec<Scored>,
    pub(crate) predicted: Vec<Scored>,
}

/// Reads every `*.json` gold file of a folder, in file name order.
pub(crate) fn load_gold_dir(dir: &Path) -> anyhow::Result<Vec<GoldFile>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("could not read the gold folder {}", dir.display()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("could not list {}", dir.display()))?
            .path();
        if path.extension().is_some_and(|ext| ext == "json") {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.is_empty() {
        bail!("no gold files (*.json) in {}", dir.display());
    }
    paths.iter().map(|path| load_gold(path)).collect()
}

fn load_gold(path: &Path) -> anyhow::Result<GoldFile> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not a gold file", path.display()))
}

/// Reads one article file, which must hold exactly one article and no error.
pub(crate) fn read_article(path: &Path) -> anyhow::Result<Article> {
    let input = claimtrack_ingest::Input::File(path.to_path_buf());
    let batch = claimtrack_ingest::read_input(&input, &claimtrack_ingest::Config::default());
    if let Some(problem) = batch.problems.iter().find(|problem| problem.is_error()) {
        bail!("could not read {}: {problem}", path.display());
    }
    let mut articles = batch.articles.into_iter();
    match (articles.next(), articles.next()) {
        (Some(article), None) => Ok(article),
        (None, _) => bail!("{} holds no article", path.display()),
        (Some(_), Some(_)) => bail!("{} holds more than one article", path.display()),
    }
}

/// Article files in the fixtures folder that no gold file names.
fn unscored_articles(fixtures: &Path, cases: &[Case]) -> anyhow::Result<Vec<String>> {
    let named: BTreeSet<&str> = cases.iter().map(|case| case.article.as_str()).collect();
    let entries = std::fs::read_dir(fixtures)
        .with_context(|| format!("could not read the fixtures folder {}", fixtures.display()))?;
    let mut unscored = Vec::new();
    for entry in entries {
        let name = entry
            .with_context(|| format!("could not list {}", fixtures.display()))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !name.starts_with('.') && !named.contains(name.as_str()) {
            unscored.push(name);
        }
    }
    unscored.sort();
    Ok(unscored)
}

/// True positives, false positives and false negatives of one kind (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
}

impl Counts {
    pub(crate) fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub(crate) fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub(crate) fn f1(self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// `part / whole`, with nothing to find counting as perfect (an article with no claim and no
/// prediction is fully right).
#[expect(
    clippy::cast_precision_loss,
    reason = "claim counts are far below 2^52"
)]
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// How often one slot was right over matched pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct SlotCount {
    pub(crate) correct: usize,
    pub(crate) n: usize,
}

impl SlotCount {
    pub(crate) fn accuracy(self) -> f64 {
        ratio(self.correct, self.n)
    }
}

/// A gold claim without a prediction, or a prediction without a gold claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Miss {
    pub(crate) article: String,
    pub(crate) kind: ClaimKind,
    pub(crate) place: Option<String>,
    pub(crate) text: String,
}

/// A slot that a matched prediction got wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SlotError {
    pub(crate) article: String,
    pub(crate) slot: String,
    pub(crate) gold: String,
    pub(crate) predicted: String,
    pub(crate) text: String,
}

/// Everything [`score`] measures.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Report {
    pub(crate) articles: usize,
    pub(crate) kinds: BTreeMap<ClaimKind, Counts>,
    /// Keyed `attribution.speaker`, `deadline.due`, `exchange.counts`, `territorial.place` ...
    pub(crate) slots: BTreeMap<String, SlotCount>,
    pub(crate) false_negatives: Vec<Miss>,
    pub(crate) false_positives: Vec<Miss>,
    pub(crate) slot_errors: Vec<SlotError>,
}

impl Report {
    pub(crate) fn overall(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.kinds.values() {
            total.add(*counts);
        }
        total
    }

    pub(crate) fn kind(&self, kind: ClaimKind) -> Counts {
        self.kinds.get(&kind).copied().unwrap_or_default()
    }

    fn to_json(&self) -> serde_json::Value {
        let counts = |counts: Counts| {
            json!({
                "gold": counts.tp + counts.fn_,
                "predicted": counts.tp + counts.fp,
                "tp": counts.tp,
                "fp": counts.fp,
                "fn": counts.fn_,
                "precision": counts.precision(),
                "recall": counts.recall(),
                "f1": counts.f1(),
            })
        };
        let kinds: serde_json::Map<String, serde_json::Value> = ClaimKind::ALL
            .iter()
            .map(|kind| (kind.as_str().to_owned(), counts(self.kind(*kind))))
            .collect();
        let slots: serde_json::Map<String, serde_json::Value> = self
            .slots
            .iter()
            .map(|(slot, count)| {
                let value = json!({
                    "correct": count.correct,
                    "n": count.n,
                    "accuracy": count.accuracy(),
                });
                (slot.clone(), value)
            })
            .collect();
        let misses = |misses: &[Miss]| {
            misses
                .iter()
                .map(|miss| {
                    json!({
                        "article": miss.article,
                        "kind": miss.kind.as_str(),
                        "place": miss.place,
                        "text": miss.text,
                    })
                })
                .collect::<Vec<_>>()
        };
        let slot_errors: Vec<serde_json::Value> = self
            .slot_errors
            .iter()
            .map(|error| {
                json!({
                    "article": error.article,
                    "slot": error.slot,
                    "gold": error.gold,
                    "predicted": error.predicted,
                    "text": error.text,
                })
            })
            .collect();
        json!({
            "articles": self.articles,
            "kinds": kinds,
            "overall": counts(self.overall()),
            "slots": slots,
            "false_negatives": misses(&self.false_negatives),
            "false_positives": misses(&self.false_positives),
            "slot_errors": slot_errors,
        })
    }
}

/// Matches predictions to gold claims in every article and measures them.
pub(crate) fn score(cases: &[Case]) -> Report {
    let mut report = Report {
        articles: cases.len(),
        kinds: ClaimKind::ALL
            .iter()
            .map(|kind| (*kind, Counts::default()))
            .collect(),
        ..Report::default()
    };
    for case in cases {
        score_case(case, &mut report);
    }
    report
}

fn score_case(case: &Case, report: &mut Report) {
    let pairs = match_claims(&case.gold, &case.predicted);
    let mut gold_matched = vec![false; case.gold.len()];
    let mut predicted_matched = vec![false; case.predicted.len()];
    for &(g, p) in &pairs {
        let (Some(gold), Some(predicted)) = (case.gold.get(g), case.predicted.get(p)) else {
            continue;
        };
        if let Some(flag) = gold_matched.get_mut(g) {
            *flag = true;
        }
        if let Some(flag) = predicted_matched.get_mut(p) {
            *flag = true;
        }
        report.kinds.entry(gold.kind()).or_default().tp += 1;
        for slot in compare(gold, predicted) {
            let count = report.slots.entry(slot.name.clone()).or_default();
            count.n += 1;
            if slot.ok {
                count.correct += 1;
            } else {
                report.slot_errors.push(SlotError {
                    article: case.article.clone(),
                    slot: slot.name,
                    gold: slot.gold,
                    predicted: slot.predicted,
                    text: gold.text.clone(),
                });
            }
        }
    }
    let miss = |claim: &Scored| Miss {
        article: case.article.clone(),
        kind: claim.kind(),
        place: claim.place().map(str::to_owned),
        text: claim.text.clone(),
    };
    for (claim, matched) in case.gold.iter().zip(&gold_matched) {
        if !matched {
            report.kinds.entry(claim.kind()).or_default().fn_ += 1;
            report.false_negatives.push(miss(claim));
        }
    }
    for (claim, matched) in case.predicted.iter().zip(&predicted_matched) {
        if !matched {
            report.kinds.entry(claim.kind()).or_default().fp += 1;
            report.false_positives.push(miss(claim));
        }
    }
}

/// The one-to-one matching of an article's gold (first index) and predicted (second index)
/// claims: every candidate pair, best slot agreement first, taken while both are free.
pub(crate) fn match_claims(gold: &[Scored], predicted: &[Scored]) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold_claim) in gold.iter().enumerate() {
        for (p, predicted_claim) in predicted.iter().enumerate() {
            if can_match(gold_claim, predicted_claim) {
                let agreement = compare(gold_claim, predicted_claim)
                    .iter()
                    .filter(|slot| slot.ok)
                    .count();
                candidates.push((std::cmp::Reverse(agreement), g, p));
            }
        }
    }
    candidates.sort_unstable();
    let mut gold_taken = vec![false; gold.len()];
    let mut predicted_taken = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        let free = !gold_taken.get(g).copied().unwrap_or(true)
            && !predicted_taken.get(p).copied().unwrap_or(true);
        if free {
            if let Some(flag) = gold_taken.get_mut(g) {
                *flag = true;
            }
            if let Some(flag) = predicted_taken.get_mut(p) {
                *flag = true;
            }
            pairs.push((g, p));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The matching rule: same kind, same sentence, and the same place for territorial claims.
pub(crate) fn can_match(gold: &Scored, predicted: &Scored) -> bool {
    if gold.kind() != predicted.kind() || !same_sentence(&gold.text, &predicted.text) {
        return false;
    }
    match (gold.place(), predicted.place()) {
        (Some(a), Some(b)) => fold(a) == fold(b),
        _ => true,
    }
}

/// Equal once white space is collapsed, or one contains the other.
pub(crate) fn same_sentence(a: &str, b: &str) -> bool {
    let a = collapse(a);
    let b = collapse(b);
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    a == b || a.contains(&b) || b.contains(&a)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower case, without accents, white space collapsed: `Kostiantynivka` = `kostiantynivka`,
/// `Bucha` = `Búcha`.
pub(crate) fn fold(text: &str) -> String {
    let stripped: String = text
        .nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .flat_map(char::to_lowercase)
        .collect();
    collapse(&stripped)
}

/// One slot of one matched pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Slot {
    pub(crate) name: String,
    pub(crate) ok: bool,
    pub(crate) gold: String,
    pub(crate) predicted: String,
}

/// Compares every slot of a gold and a predicted claim of the same kind. Slots of a kind the
/// other claim does not have are not compared (the matching rule never pairs them).
pub(crate) fn compare(gold: &Scored, predicted: &Scored) -> Vec<Slot> {
    let mut slots = Vec::new();
    let (ga, pa) = (&gold.attribution, &predicted.attribution);
    push(
        &mut slots,
        "attribution.speaker",
        &ga.speaker,
        &pa.speaker,
        speaker_matches(ga.speaker.as_deref(), pa.speaker.as_deref()),
    );
    push_name(&mut slots, "attribution.actor", &ga.actor, &pa.actor);
    push(
        &mut slots,
        "attribution.verb",
        &ga.verb,
        &pa.verb,
        phrase_contains(ga.verb.as_deref(), pa.verb.as_deref()),
    );
    match (&gold.detail, &predicted.detail) {
        (ClaimDetail::Deadline(g), ClaimDetail::Deadline(p)) => compare_deadline(&mut slots, g, p),
        (ClaimDetail::Exchange(g), ClaimDetail::Exchange(p)) => compare_exchange(&mut slots, g, p),
        (ClaimDetail::Territorial(g), ClaimDetail::Territorial(p)) => {
            compare_territorial(&mut slots, g, p);
        }
        _ => {}
    }
    slots
}

fn compare_deadline(slots: &mut Vec<Slot>, g: &Deadline, p: &Deadline) {
    push_name(slots, "deadline.issuer", &g.issuer, &p.issuer);
    push(
        slots,
        "deadline.targets",
        &g.targets,
        &p.targets,
        name_set(&g.targets) == name_set(&p.targets),
    );
    push(
        slots,
        "deadline.demand",
        &g.demand,
        &p.demand,
        overlap_matches(g.demand.as_deref(), p.demand.as_deref()),
    );
    push(
        slots,
        "deadline.consequence",
        &g.consequence,
        &p.consequence,
        overlap_matches(g.consequence.as_deref(), p.consequence.as_deref()),
    );
    push(
        slots,
        "deadline.expression",
        &g.expression,
        &p.expression,
        fold(&g.expression) == fold(&p.expression),
    );
    push_interval(slots, "deadline.issued", &g.issued, &p.issued);
    push_interval(slots, "deadline.due", &g.due, &p.due);
}

fn compare_exchange(slots: &mut Vec<Slot>, g: &Exchange, p: &Exchange) {
    let categories = |exchange: &Exchange| -> BTreeSet<_> {
        exchange.items.iter().map(|item| item.category).collect()
    };
    push(
        slots,
        "exchange.categories",
        &categories(g),
        &categories(p),
        categories(g) == categories(p),
    );
    // Multisets: the same (category, count, approx) may occur once per direction.
    let counts = |exchange: &Exchange| -> Vec<_> {
        let mut counts: Vec<_> = exchange
            .items
            .iter()
            .map(|item| (item.category, item.count, item.approx))
            .collect();
        counts.sort_unstable();
        counts
    };
    push(
        slots,
        "exchange.counts",
        &counts(g),
        &counts(p),
        counts(g) == counts(p),
    );
    let directions = |exchange: &Exchange| -> Vec<_> {
        let mut directions: Vec<_> = exchange
            .items
            .iter()
            .map(|item| {
                (
                    item.category,
                    item.from.as_deref().map(fold),
                    item.to.as_deref().map(fold),
                )
            })
            .collect();
        directions.sort_unstable();
        directions
    };
    push(
        slots,
        "exchange.directions",
        &directions(g),
        &directions(p),
        directions(g) == directions(p),
    );
    push(
        slots,
        "exchange.parties",
        &g.parties,
        &p.parties,
        name_set(&g.parties) == name_set(&p.parties),
    );
    push_name(slots, "exchange.mediator", &g.mediator, &p.mediator);
    let when = |exchange: &Exchange| -> BTreeSet<_> {
        exchange
            .when
            .iter()
            .map(|interval| (interval.start, interval.end))
            .collect()
    };
    push(
        slots,
        "exchange.when",
        &when(g),
        &when(p),
        when(g) == when(p),
    );
    push(
        slots,
        "exchange.status",
        &g.status,
        &p.status,
        g.status == p.status,
    );
}

fn compare_territorial(slots: &mut Vec<Slot>, g: &Territorial, p: &Territorial) {
    push(
        slots,
        "territorial.place",
        &g.place,
        &p.place,
        fold(&g.place) == fold(&p.place),
    );
    push(
        slots,
        "territorial.place_type",
        &g.place_type,
        &p.place_type,
        g.place_type == p.place_type,
    );
    push_name(slots, "territorial.region", &g.region, &p.region);
    push_name(slots, "territorial.country", &g.country, &p.country);
    push(
        slots,
        "territorial.action",
        &g.action,
        &p.action,
        g.action == p.action,
    );
    push(
        slots,
        "territorial.verb",
        &g.verb,
        &p.verb,
        phrase_contains(g.verb.as_deref(), p.verb.as_deref()),
    );
    push_name(slots, "territorial.actor", &g.actor, &p.actor);
    push_name(slots, "territorial.claimant", &g.claimant, &p.claimant);
    push_interval(slots, "territorial.announced", &g.announced, &p.announced);
    push(
        slots,
        "territorial.status",
        &g.status,
        &p.status,
        g.status == p.status,
    );
}

fn push<T: Serialize>(slots: &mut Vec<Slot>, name: &str, gold: &T, predicted: &T, ok: bool) {
    slots.push(Slot {
        name: name.to_owned(),
        ok,
        gold: show(gold),
        predicted: show(predicted),
    });
}

/// Names (actors, regions, verbs) compare without case and accents; null only equals null.
fn push_name(slots: &mut Vec<Slot>, name: &str, gold: &Option<String>, predicted: &Option<String>) {
    let ok = match (gold, predicted) {
        (Some(a), Some(b)) => fold(a) == fold(b),
        (None, None) => true,
        _ => false,
    };
    push(slots, name, gold, predicted, ok);
}

/// Intervals compare on `start` and `end`; null only equals null.
fn push_interval(
    slots: &mut Vec<Slot>,
    name: &str,
    gold: &Option<Interval>,
    predicted: &Option<Interval>,
) {
    let ok = match (gold, predicted) {
        (Some(a), Some(b)) => a.start == b.start && a.end == b.end,
        (None, None) => true,
        _ => false,
    };
    let days = |interval: &Option<Interval>| interval.as_ref().map(Interval::to_string);
    push(slots, name, &days(gold), &days(predicted), ok);
}

fn show<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|error| format!("<{error}>"))
}

fn name_set(names: &[String]) -> BTreeSet<String> {
    names.iter().map(|name| fold(name)).collect()
}

/// The lenient speaker rule: without case and accents, either contains the other.
pub(crate) fn speaker_matches(gold: Option<&str>, predicted: Option<&str>) -> bool {
    phrase_contains(gold, predicted)
}

/// Without case and accents, either phrase contains the other (`told` and `told reporters`,
/// `Dmitry Peskov` and `Kremlin spokesman Dmitry Peskov`); null only equals null.
pub(crate) fn phrase_contains(gold: Option<&str>, predicted: Option<&str>) -> bool {
    match (gold, predicted) {
        (Some(a), Some(b)) => {
            let (a, b) = (fold(a), fold(b));
            !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
        }
        (None, None) => true,
        _ => false,
    }
}

/// The lenient phrase rule for demands and consequences: the words they share are at least half
/// of the words of the longer one.
pub(crate) fn overlap_matches(gold: Option<&str>, predicted: Option<&str>) -> bool {
    match (gold, predicted) {
        (Some(a), Some(b)) => {
            let (a, b) = (tokens(a), tokens(b));
            let shared = a.intersection(&b).count();
            let longer = a.len().max(b.len());
            longer > 0 && 2 * shared >= longer
        }
        (None, None) => true,
        _ => false,
    }
}

fn tokens(text: &str) -> BTreeSet<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|token| !token.is_empty())
        .map(str::to_owned)
        .collect()
}

fn write_text(out: &mut impl Write, report: &Report, verbose: bool) -> std::io::Result<()> {
    let overall = report.overall();
    writeln!(
        out,
        "claimtrack eval: {} articles, {} gold claims, {} predicted",
        report.articles,
        overall.tp + overall.fn_,
        overall.tp + overall.fp
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<13} {:>5} {:>5} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
        "kind", "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1"
    )?;
    let rows = ClaimKind::ALL
        .iter()
        .map(|kind| (kind.as_str(), report.kind(*kind)))
        .chain([("overall", overall)]);
    for (name, counts) in rows {
        writeln!(
            out,
            "{:<13} {:>5} {:>5} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
            name,
            counts.tp + counts.fn_,
            counts.tp + counts.fp,
            counts.tp,
            counts.fp,
            counts.fn_,
            counts.precision(),
            counts.recall(),
            counts.f1()
        )?;
    }
    writeln!(out)?;
    writeln!(out, "slot accuracy over matched pairs")?;
    writeln!(
        out,
        "{:<26} {:>7} {:>5} {:>8}",
        "slot", "correct", "n", "accuracy"
    )?;
    for (slot, count) in &report.slots {
        writeln!(
            out,
            "{:<26} {:>7} {:>5} {:>8.3}",
            slot,
            count.correct,
            count.n,
            count.accuracy()
        )?;
    }
    if verbose {
        write_misses(
            out,
            "false negatives (gold claims not found)",
            &report.false_negatives,
        )?;
        write_misses(
            out,
            "false positives (predictions not in the gold)",
            &report.false_positives,
        )?;
        writeln!(out)?;
        writeln!(out, "wrong slots ({})", report.slot_errors.len())?;
        for error in &report.slot_errors {
            writeln!(
                out,
                "  {} {}: gold {} predicted {}\n      {}",
                error.article, error.slot, error.gold, error.predicted, error.text
            )?;
        }
    } else if !report.false_negatives.is_empty()
        || !report.false_positives.is_empty()
        || !report.slot_errors.is_empty()
    {
        writeln!(out)?;
        writeln!(
            out,
            "run with -v to list every false positive, false negative and wrong slot"
        )?;
    }
    Ok(())
}

fn write_misses(out: &mut impl Write, title: &str, misses: &[Miss]) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title} ({})", misses.len())?;
    for miss in misses {
        let place = miss
            .place
            .as_deref()
            .map(|place| format!(" [{place}]"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} {}{place}\n      {}",
            miss.article, miss.kind, miss.text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use claimtrack_model::{Action, Category, ExchangeItem, ExchangeStatus};

    use super::*;

    fn fixtures() -> (PathBuf, PathBuf) {
        let root = crate::project_root();
        (root.join("fixtures/claims"), root.join("fixtures/gold"))
    }

    fn gold_cases() -> Vec<Case> {
        let (_, gold_dir) = fixtures();
        load_gold_dir(&gold_dir)
            .expect("the gold files load")
            .into_iter()
            .map(|file| {
                let gold: Vec<Scored> = file.claims.into_iter().map(Scored::from).collect();
                Case {
                    article: file.article,
                    predicted: gold.clone(),
                    gold,
                }
            })
            .collect()
    }

    #[test]
    fn corpus_has_enough_articles_of_each_sort() {
        let cases = gold_cases();
        let with_claims = cases.iter().filter(|case| !case.gold.is_empty()).count();
        let without = cases.len() - with_claims;
        assert!(with_claims >= 40, "{with_claims} articles with claims");
        assert!(without >= 8, "{without} articles without claims");
        for kind in ClaimKind::ALL {
            let n = cases
                .iter()
                .flat_map(|case| &case.gold)
                .filter(|claim| claim.kind() == kind)
                .count();
            assert!(n >= 10, "only {n} gold {kind} claims");
        }
    }

    /// Every article reads into one dated article, and every gold evidence sentence is in its
    /// normalised body: the gold is written against what the extractor sees.
    #[test]
    fn every_gold_sentence_is_in_its_article() {
        let (fixtures_dir, gold_dir) = fixtures();
        let mut problems = Vec::new();
        for file in load_gold_dir(&gold_dir).expect("the gold files load") {
            let article = match read_article(&fixtures_dir.join(&file.article)) {
                Ok(article) => article,
                Err(error) => {
                    problems.push(format!("{error:#}"));
                    continue;
                }
            };
            if article.published.is_none() {
                problems.push(format!("{}: no publication date", file.article));
            }
            let body = collapse(&article.body);
            for claim in &file.claims {
                if !body.contains(&collapse(&claim.text)) {
                    problems.push(format!("{}: not in the body: {}", file.article, claim.text));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_article_has_a_gold_file() {
        let (fixtures_dir, _) = fixtures();
        let unscored = unscored_articles(&fixtures_dir, &gold_cases()).expect("lists fixtures");
        assert!(unscored.is_empty(), "{unscored:?}");
    }

    #[test]
    fn gold_against_itself_is_perfect() {
        let cases = gold_cases();
        let report = score(&cases);
        let overall = report.overall();
        assert!(overall.tp > 0);
        assert_eq!((overall.fp, overall.fn_), (0, 0));
        for kind in ClaimKind::ALL {
            assert!(
                (report.kind(kind).f1() - 1.0).abs() < f64::EPSILON,
                "{kind}"
            );
        }
        for (slot, count) in &report.slots {
            assert_eq!(count.correct, count.n, "{slot}");
        }
        assert!(report.slot_errors.is_empty());
    }

    #[test]
    fn a_missing_prediction_lowers_recall_only() {
        let mut cases = gold_cases();
        let case = cases
            .iter_mut()
            .find(|case| case.predicted.len() >= 2)
            .expect("an article with two claims");
        let dropped = case.predicted.remove(0);
        let report = score(&cases);
        let counts = report.kind(dropped.kind());
        assert_eq!((counts.fn_, counts.fp), (1, 0));
        assert!(counts.recall() < 1.0);
        assert!((counts.precision() - 1.0).abs() < f64::EPSILON);
        assert_eq!(report.false_negatives.len(), 1);
    }

    #[test]
    fn an_extra_prediction_lowers_precision_only() {
        let mut cases = gold_cases();
        let case = cases
            .iter_mut()
            .find(|case| case.gold.is_empty())
            .expect("an article without claims");
        case.predicted
            .push(deadline("Moscow was given until Friday.", "until Friday"));
        let report = score(&cases);
        let counts = report.kind(ClaimKind::Deadline);
        assert_eq!((counts.fp, counts.fn_), (1, 0));
        assert!(counts.precision() < 1.0);
        assert_eq!(report.false_positives.len(), 1);
    }

    #[test]
    fn a_wrong_slot_is_counted_and_listed() {
        let gold = deadline("Trump gave Russia 50 days.", "50 days");
        let mut predicted = gold.clone();
        if let ClaimDetail::Deadline(detail) = &mut predicted.detail {
            detail.due = None;
        }
        let report = score(&[Case {
            article: "a.txt".into(),
            gold: vec![gold],
            predicted: vec![predicted],
        }]);
        assert_eq!(report.kind(ClaimKind::Deadline).tp, 1);
        let due = report
            .slots
            .get("deadline.due")
            .copied()
            .unwrap_or_default();
        assert_eq!((due.correct, due.n), (0, 1));
        let issuer = report
            .slots
            .get("deadline.issuer")
            .copied()
            .unwrap_or_default();
        assert_eq!((issuer.correct, issuer.n), (1, 1));
        assert_eq!(report.slot_errors.len(), 1);
        assert_eq!(report.slot_errors[0].predicted, "null");
    }

    #[test]
    fn territorial_claims_match_on_place_and_best_agreement() {
        let text = "Russia said it captured Novopil and Makarivka.";
        let gold = vec![territorial(text, "Novopil"), territorial(text, "Makarivka")];
        let mut wrong_region = territorial(text, "Novopil");
        if let ClaimDetail::Territorial(detail) = &mut wrong_region.detail {
            detail.region = Some("Kharkiv".into());
        }
        let predicted = vec![
            territorial(text, "Makarivka"),
            wrong_region,
            territorial(text, "Novopil"),
        ];
        // Novopil has two candidates; the fully agreeing one wins and the other is a false
        // positive.
        assert_eq!(match_claims(&gold, &predicted), vec![(0, 2), (1, 0)]);
        assert!(!can_match(&gold[0], &territorial(text, "Zarichne")));
        assert!(can_match(&gold[0], &territorial(text, "NOVOPIL")));
    }

    #[test]
    fn sentences_match_across_segmentation() {
        let check = |a: &str, b: &str, expected: bool| {
            assert_eq!(same_sentence(a, b), expected, "{a:?} vs {b:?}");
        };
        check("Russia said so.", "Russia  said\nso.", true);
        check("KYIV (Reuters) - Russia said so.", "Russia said so.", true);
        check("Russia said so.", "Ukraine said so.", false);
        check("", "Russia said so.", false);
    }

    #[test]
    fn lenient_slot_rules() {
        let check = |ok: bool, expected: bool| assert_eq!(ok, expected);
        check(
            speaker_matches(
                Some("Kremlin spokesman Dmitry Peskov"),
                Some("dmitry peskov"),
            ),
            true,
        );
        check(speaker_matches(Some("Peskov"), Some("Zelensky")), false);
        check(speaker_matches(None, Some("Peskov")), false);
        check(speaker_matches(None, None), true);
        check(phrase_contains(Some("told"), Some("told reporters")), true);
        check(phrase_contains(Some("said"), Some("denied")), false);
        check(
            overlap_matches(Some("new sanctions"), Some("tough new sanctions")),
            true,
        );
        check(
            overlap_matches(Some("new sanctions"), Some("tariffs on buyers of its oil")),
            false,
        );
        check(overlap_matches(Some("new sanctions"), None), false);
        assert_eq!(fold("  Zaporizhzhia\u{a0}Région "), "zaporizhzhia region");
        assert_eq!(fold("Búcha"), "bucha");
    }

    #[test]
    fn exchange_counts_are_a_multiset() {
        let item = |count, from: &str, to: &str| ExchangeItem {
            category: Category::PrisonersOfWar,
            count: Some(count),
            approx: None,
            from: Some(from.into()),
            to: Some(to.into()),
        };
        let exchange = |items| Scored {
            text: "Russia and Ukraine swapped 84 prisoners of war each.".into(),
            attribution: Attribution::default(),
            detail: ClaimDetail::Exchange(Exchange {
                items,
                parties: vec!["Russia".into(), "Ukraine".into()],
                mediator: None,
                when: Vec::new(),
                status: ExchangeStatus::Completed,
            }),
        };
        let gold = exchange(vec![
            item(84, "Russia", "Ukraine"),
            item(84, "Ukraine", "Russia"),
        ]);
        let one = exchange(vec![item(84, "Russia", "Ukraine")]);
        let slots = compare(&gold, &one);
        let ok = |name: &str| slots.iter().any(|slot| slot.name == name && slot.ok);
        assert!(ok("exchange.categories"));
        assert!(!ok("exchange.counts"));
        assert!(!ok("exchange.directions"));
        assert!(ok("exchange.parties"));
    }

    fn deadline(text: &str, expression: &str) -> Scored {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 7, 14).expect("valid date");
        Scored {
            text: text.into(),
            attribution: Attribution::default(),
            detail: ClaimDetail::Deadline(Deadline {
                issuer: Some("United States".into()),
                targets: vec!["Russia".into()],
                demand: None,
                consequence: None,
                expression: expression.into(),
                issued: Some(Interval {
                    start: day,
                    end: day,
                    text: None,
                }),
                due: Some(Interval {
                    start: day,
                    end: day,
                    text: None,
                }),
            }),
        }
    }

    fn territorial(text: &str, place: &str) -> Scored {
        Scored {
            text: text.into(),
            attribution: Attribution {
                speaker: Some("Russia".into()),
                actor: Some("Russia".into()),
                verb: Some("said".into()),
            },
            detail: ClaimDetail::Territorial(Territorial {
                place: place.into(),
                place_type: None,
                region: Some("Donetsk".into()),
                country: Some("Ukraine".into()),
                action: Action::Captured,
                verb: Some("captured".into()),
                actor: Some("Russia".into()),
                claimant: Some("Russia".into()),
                announced: None,
                status: claimtrack_model::TerritorialStatus::Claimed,
            }),
        }
    }
}
