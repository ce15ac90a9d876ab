//! Tagging speed on news-like text: `cargo bench -p claimtrack-time` reports MB/s.

use chrono::NaiveDate;
use claimtrack_time::{Options, tag};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// Sentences in the style of wire reports, mostly without time expressions, as in real news.
const SENTENCES: &[&str] = &[
    "The Kremlin said on Wednesday that it saw no quick breakthrough after the talks in Istanbul.",
    "Officials from both delegations met for less than two hours before the session ended.",
    "Last week the president threatened new sanctions unless a deal was reached within 50 days.",
    "Both sides exchanged 246 prisoners of war and the remains of 1,000 soldiers, the ministry said.",
    "Regional authorities reported that the settlement had been captured after heavy fighting.",
    "The agenda for the next round was clear, according to a source familiar with the matter.",
    "Previous talks on May 16 and June 2 led to the largest swap since the war began in February 2022.",
    "Analysts expect the negotiations to resume in the coming days, though no date has been set.",
    "The governor said two people were killed overnight when drones struck an apartment block.",
    "A spokesman told reporters that the army would keep advancing until its demands were met.",
    "Prices of grain exports rose by 3.5 percent in the third quarter of 2025, traders said.",
    "The council will meet again on Friday to discuss a 30-day ceasefire proposal.",
    "Earlier this month, the foreign minister visited Ankara and held talks with his counterpart.",
    "Section 5 of the agreement covers the return of civilians and children taken across the border.",
    "Witnesses described long queues at the crossing, where hundreds of families waited in the heat.",
];

fn corpus() -> String {
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 400_000 {
        let s = SENTENCES[i % SENTENCES.len()];
        text.push_str(s);
        text.push(if i % 4 == 3 { '\n' } else { ' ' });
        i = i.wrapping_mul(7).wrapping_add(3) % 1_000_003;
    }
    text
}

#[divan::bench]
fn tag_news(bencher: divan::Bencher<'_, '_>) {
    let text = corpus();
    let reference = NaiveDate::from_ymd_opt(2025, 7, 24).unwrap_or_default();
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| tag(divan::black_box(&text), reference, &options));
}
