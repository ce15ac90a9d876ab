//! Throughput of the ledger: claims stored per second in batched transactions, and claims
//! listed per second through `for_each_claim` (which holds one page in memory at a time).
//!
//! Run with `cargo bench -p claimtrack-ledger --bench store`.

use chrono::{Days, NaiveDate};
use claimtrack_ledger::{ClaimQuery, Ledger, Prepared};
use claimtrack_model::{
    Action, ArticleMeta, Attribution, Category, Claim, ClaimDetail, ClaimsDoc, Deadline, Exchange,
    ExchangeItem, ExchangeStatus, Interval, Span, Territorial, TerritorialStatus,
};
use divan::Bencher;
use divan::counter::ItemsCount;

fn main() {
    divan::main();
}

const CLAIMS_PER_DOC: usize = 10;

fn day(offset: usize) -> NaiveDate {
    let base = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
    base.checked_add_days(Days::new(offset as u64))
        .unwrap_or(base)
}

/// An article of the Bench Wire with `claims`.
fn bench_doc(
    id: String,
    title: Option<String>,
    published: NaiveDate,
    claims: Vec<Claim>,
) -> ClaimsDoc {
    ClaimsDoc::new(
        ArticleMeta {
            id,
            source: Some("Bench Wire".into()),
            title,
            url: None,
            published: Some(published),
            dateline: None,
            path: None,
        },
        claims,
    )
}

/// `n` articles of ten claims each: distinct places, swaps between many pairs of sides, and
/// deadlines of many issuers, so that most claims are new and some merge.
fn docs(first: usize, n: usize) -> Vec<ClaimsDoc> {
    (first..first + n)
        .map(|i| {
            let published = day(i / 50);
            let claims = (0..CLAIMS_PER_DOC)
                .map(|j| {
                    let detail = match j % 3 {
                        0 => ClaimDetail::Territorial(Territorial {
                            place: format!("Village {i} {j}"),
                            place_type: None,
                            region: None,
                            country: None,
                            action: Action::Captured,
                            verb: Some("captured".into()),
                            actor: Some("Russia".into()),
                            claimant: Some("Russia".into()),
                            announced: None,
                            status: TerritorialStatus::Claimed,
                        }),
                        1 => ClaimDetail::Exchange(Exchange {
                            items: vec![ExchangeItem {
                                category: Category::PrisonersOfWar,
                                count: Some((i % 300) as u64),
                                approx: None,
                                from: None,
                                to: None,
                            }],
                            parties: vec![format!("Side {}", (i * 7 + j) % 997), "Other".into()],
                            mediator: None,
                            when: Vec::new(),
                            status: ExchangeStatus::Completed,
                        }),
                        _ => ClaimDetail::Deadline(Deadline {
                            issuer: Some(format!("Issuer {}", (i + j) % 991)),
                            targets: vec!["Target".into()],
                            demand: Some("a ceasefire".into()),
                            consequence: None,
                            expression: "within 50 days".into(),
                            issued: None,
                            due: Some(Interval {
                                start: day(i / 50 + 50),
                                end: day(i / 50 + 50),
                                text: None,
                            }),
                        }),
                    };
                    Claim {
                        id: format!("c{j}"),
                        text: format!("Sentence {j} of article {i}."),
                        span: Span::new(j * 40, j * 40 + 30),
                        attribution: Attribution {
                            speaker: Some("the ministry".into()),
                            actor: Some("Russia".into()),
                            verb: Some("said".into()),
                        },
                        detail,
                        explain: Vec::new(),
                    }
                })
                .collect();
            bench_doc(format!("article-{i}"), None, published, claims)
        })
        .collect()
}

/// Stores `docs` articles (ten claims each) in one transaction into a fresh database.
#[divan::bench(args = [100, 1_000], sample_count = 10, sample_size = 1)]
fn store_batch(bencher: Bencher, docs_per_batch: usize) {
    bencher
        .counter(ItemsCount::new(docs_per_batch * CLAIMS_PER_DOC))
        .with_inputs(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let ledger = Ledger::open(&dir.path().join("bench.db")).expect("open");
            (dir, ledger, docs(0, docs_per_batch))
        })
        .bench_local_values(|(dir, ledger, batch)| {
            let summary = ledger.store(&batch).expect("store");
            // Returned, so that closing the database and removing the folder fall outside the
            // timing (divan drops outputs after measuring).
            (summary, ledger, dir)
        });
}

/// `n` articles of a realistic mix, numbered from `first`, ten a day: each with a territorial
/// claim at one of 5,000 places, a swap between one of 12 pairs of sides, and a deadline from
/// one of 16 issuers to one target with one of 6 demands (so deadline threads and swap keys
/// repeat a lot, as in the news), due 10 to 59 days after publication.
fn realistic(first: usize, n: usize) -> Vec<ClaimsDoc> {
    const DEMANDS: [&str; 6] = [
        "withdraw its troops from the area",
        "release all detained aid workers",
        "agree to a ceasefire",
        "hand over control of the border crossing",
        "open a humanitarian corridor",
        "return to the negotiating table",
    ];
    (first..first + n)
        .map(|i| {
            let today = i / 10;
            let published = day(today);
            let mix = i.wrapping_mul(2_654_435_761) % 1_000_003;
            let attribution = Attribution {
                speaker: Some("the ministry".into()),
                actor: Some(format!("Side {}", mix % 12)),
                verb: Some("said".into()),
            };
            let details = [
                ClaimDetail::Territorial(Territorial {
                    place: format!("Village {}", mix % 5_000),
                    place_type: None,
                    region: None,
                    country: None,
                    action: Action::Captured,
                    verb: Some("captured".into()),
                    actor: Some(format!("Side {}", mix % 2)),
                    claimant: Some(format!("Side {}", mix % 3)),
                    announced: None,
                    status: TerritorialStatus::Claimed,
                }),
                ClaimDetail::Exchange(Exchange {
                    items: vec![ExchangeItem {
                        category: Category::PrisonersOfWar,
                        count: Some((mix % 300) as u64),
                        approx: None,
                        from: None,
                        to: None,
                    }],
                    parties: vec![format!("Side {}", mix % 12), "Other".into()],
                    mediator: None,
                    when: Vec::new(),
                    status: ExchangeStatus::Completed,
                }),
                ClaimDetail::Deadline(Deadline {
                    issuer: Some(format!("Issuer {}", mix % 16)),
                    targets: vec!["Target".into()],
                    demand: Some(DEMANDS[mix % 6].into()),
                    consequence: None,
                    expression: "within days".into(),
                    issued: None,
                    due: Some(Interval {
                        start: day(today + 10 + mix % 50),
                        end: day(today + 10 + mix % 50),
                        text: None,
                    }),
                }),
            ];
            let claims = details
                .into_iter()
                .enumerate()
                .map(|(j, detail)| Claim {
                    id: format!("c{j}"),
                    text: format!("Sentence {j} of article {i}."),
                    span: Span::new(j * 40, j * 40 + 30),
                    attribution: attribution.clone(),
                    detail,
                    explain: Vec::new(),
                })
                .collect();
            bench_doc(format!("article-{i}"), None, published, claims)
        })
        .collect()
}

/// The articles of one chunk, as the batch pipeline stores them (its default chunk size).
const CHUNK: usize = 2048;

/// Stores one chunk of 2,048 articles of the realistic mix (three claims each) into a ledger that
/// already holds `stored` articles of it, as the batch pipeline does chunk after chunk: the cost
/// per chunk must not grow with the ledger.
#[divan::bench(args = [0, 10_000, 40_000], sample_count = 5, sample_size = 1)]
fn store_chunk_into(bencher: Bencher, stored: usize) {
    store_into(bencher, realistic, stored, 2_000);
}

/// Benches storing one chunk of [`CHUNK`] articles of `mix` after another into a ledger that
/// already holds the first `stored` articles of it (stored `fill` at a time), counting claims.
fn store_into(
    bencher: Bencher,
    mix: fn(usize, usize) -> Vec<ClaimsDoc>,
    stored: usize,
    fill: usize,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = Ledger::open(&dir.path().join("bench.db")).expect("open");
    for first in (0..stored).step_by(fill) {
        ledger
            .store(&mix(first, fill.min(stored - first)))
            .expect("store");
    }
    let mut next = stored;
    let claims: usize = mix(next, CHUNK).iter().map(|d| d.claims.len()).sum();
    bencher
        .counter(ItemsCount::new(claims))
        .with_inputs(|| {
            let batch = mix(next, CHUNK);
            next += CHUNK;
            batch
        })
        .bench_local_values(|batch| ledger.store(&batch).expect("store"));
}

/// Lists every claim of a ledger of 50,000 claims through `for_each_claim`.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn list_claims(bencher: Bencher) {
    const DOCS: usize = 5_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = Ledger::open(&dir.path().join("bench.db")).expect("open");
    for chunk in 0..DOCS / 1_000 {
        ledger.store(&docs(chunk * 1_000, 1_000)).expect("store");
    }
    bencher
        .counter(ItemsCount::new(DOCS * CLAIMS_PER_DOC))
        .bench_local(|| {
            let mut n = 0_usize;
            ledger
                .for_each_claim(&ClaimQuery::default(), |record| {
                    n += divan::black_box(record).sources;
                    Ok(())
                })
                .expect("list");
            n
        });
}

/// `n` articles shaped like `xtask bench`'s corpus, numbered from `first`: 13 to 14 claims
/// each (about 42% territorial, 33% exchanges, 25% deadlines), published on any day of two
/// years in no order, about four conflicts' worth of sides: 1,400 places, 16 pairs of swap
/// parties, 11 issuer-target pairs with 6 demands (and some without one), so that claims merge
/// a lot and deadline threads grow long.
fn news_mix(first: usize, n: usize) -> Vec<ClaimsDoc> {
    const SIDES: [(&str, &str); 8] = [
        ("Russia", "Ukraine"),
        ("Ukraine", "Russia"),
        ("Armenia", "Azerbaijan"),
        ("Azerbaijan", "Armenia"),
        ("M23", "DR Congo"),
        ("DR Congo", "M23"),
        ("Rapid Support Forces", "Sudanese Armed Forces"),
        ("Sudanese Armed Forces", "Rapid Support Forces"),
    ];
    const DEMANDS: [&str; 6] = [
        "withdraw its troops from the area",
        "release all detained aid workers",
        "agree to a ceasefire",
        "hand over control of the border crossing",
        "open a humanitarian corridor",
        "return to the negotiating table",
    ];
    (first..first + n)
        .map(|i| {
            // Seeded per article, for a reproducible news mix.
            let mut mix = fastrand::Rng::with_seed(i as u64);
            let today = mix.usize(..700);
            let (side, other) = SIDES[mix.usize(..SIDES.len())];
            let claims = (0..13 + mix.usize(..2))
                .map(|j| {
                    let roll = mix.usize(..100);
                    let detail = if roll < 42 {
                        ClaimDetail::Territorial(Territorial {
                            place: format!("Village {}", mix.usize(..1_400)),
                            place_type: None,
                            region: None,
                            country: None,
                            action: [Action::Captured, Action::Withdrew][mix.usize(..2)],
                            verb: Some("captured".into()),
                            actor: Some([side, other][mix.usize(..2)].into()),
                            claimant: Some([side, other][mix.usize(..2)].into()),
                            announced: None,
                            status: [
                                TerritorialStatus::Claimed,
                                TerritorialStatus::Claimed,
                                TerritorialStatus::Denied,
                                TerritorialStatus::Confirmed,
                            ][mix.usize(..4)],
                        })
                    } else if roll < 75 {
                        ClaimDetail::Exchange(Exchange {
                            items: vec![ExchangeItem {
                                category: [Category::PrisonersOfWar, Category::Bodies]
                                    [mix.usize(..2)],
                                count: Some(mix.usize(..300) as u64),
                                approx: None,
                                from: None,
                                to: None,
                            }],
                            parties: if mix.usize(..2) == 0 {
                                vec![side.into(), other.into()]
                            } else {
                                vec![side.into()]
                            },
                            mediator: None,
                            when: Vec::new(),
                            status: [
                                ExchangeStatus::Completed,
                                ExchangeStatus::Agreed,
                                ExchangeStatus::Demanded,
                            ][mix.usize(..3)],
                        })
                    } else {
                        let due = day(today + 5 + mix.usize(..60));
                        ClaimDetail::Deadline(Deadline {
                            issuer: Some(side.into()),
                            targets: if mix.usize(..8) == 0 {
                                Vec::new()
                            } else {
                                vec![other.into()]
                            },
                            demand: (mix.usize(..10) > 0)
                                .then(|| DEMANDS[mix.usize(..DEMANDS.len())].into()),
                            consequence: None,
                            expression: "within days".into(),
                            issued: None,
                            due: Some(Interval {
                                start: due,
                                end: due,
                                text: None,
                            }),
                        })
                    };
                    Claim {
                        id: format!("c{j}"),
                        text: format!("Sentence {j} of article {i}, as the wire reported it."),
                        span: Span::new(j * 120, j * 120 + 110),
                        attribution: Attribution {
                            speaker: Some("the defence ministry".into()),
                            actor: Some(side.into()),
                            verb: Some("said".into()),
                        },
                        detail,
                        explain: Vec::new(),
                    }
                })
                .collect();
            bench_doc(
                format!("mix-{i}"),
                Some(format!("Article {i}")),
                day(today),
                claims,
            )
        })
        .collect()
}

/// Stores one chunk of 2,048 articles of the news mix (about 27,600 claims, as the batch
/// pipeline's chunks of `xtask bench`'s corpus) into a ledger already holding `stored` chunks
/// of it: the claims per second of `Ledger::store` as the pipeline sees them, which must not
/// fall as the ledger grows.
#[divan::bench(args = [0, 3, 8], sample_count = 5, sample_size = 1)]
fn store_news_chunk_into(bencher: Bencher, stored: usize) {
    store_into(bencher, news_mix, stored * CHUNK, CHUNK);
}

/// [`store_news_chunk_into`] with the chunk prepared ahead ([`Prepared::new`], outside the
/// timing, as a batch's worker threads do it) and what is left of it freed after (divan drops
/// a bench's output outside the timing, as a batch frees it off its writer's thread): what is
/// left for the batch's one writer.
#[divan::bench(args = [0, 3, 8], sample_count = 5, sample_size = 1)]
fn store_prepared_news_chunk_into(bencher: Bencher, stored: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = Ledger::open(&dir.path().join("bench.db")).expect("open");
    for first in (0..stored * CHUNK).step_by(CHUNK) {
        ledger.store(&news_mix(first, CHUNK)).expect("store");
    }
    let mut next = stored * CHUNK;
    let claims: usize = news_mix(next, CHUNK).iter().map(|d| d.claims.len()).sum();
    bencher
        .counter(ItemsCount::new(claims))
        .with_inputs(|| {
            let batch: Vec<Prepared> = news_mix(next, CHUNK)
                .into_iter()
                .map(Prepared::new)
                .collect();
            next += CHUNK;
            batch
        })
        .bench_local_values(|batch| ledger.store_prepared(batch).expect("store"));
}
