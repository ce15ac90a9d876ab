//! Tagging whole sentences: spans, order, several expressions per sentence, and no false
//! positives on ordinary numbers and words.

use chrono::NaiveDate;
use claimtrack_time::{Options, Prefer, tag};

const PUBLISHED: &str = "2025-07-24";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|err| panic!("bad date {s}: {err}"))
}

/// Tags `text` and compares `text => value` for every expression, checking spans on the way.
#[track_caller]
fn check(text: &str, expected: &[&str]) {
    let found = tag(text, day(PUBLISHED), &Options::default());
    let mut last_end = 0;
    for e in &found {
        assert!(
            e.start >= last_end,
            "overlap or disorder at {:?} in {text:?}",
            e.text
        );
        assert_eq!(
            text.get(e.start..e.end),
            Some(e.text.as_str()),
            "span of {:?}",
            e.text
        );
        last_end = e.end;
    }
    let got: Vec<String> = found
        .iter()
        .map(|e| format!("{} => {}", e.text, e.value.as_deref().unwrap_or("null")))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn news_sentences() {
    check(
        "On Wednesday, Russia said its forces had captured a village near the border.",
        &["Wednesday => 2025-07-23"],
    );
    check(
        "Last week he threatened new tariffs unless a deal was reached within 50 days.",
        &["Last week => 2025-W29", "within 50 days => P50D"],
    );
    check(
        "Earlier talks on May 16 and June 2 led to the return of prisoners.",
        &["May 16 => 2025-05-16", "June 2 => 2025-06-02"],
    );
    check(
        "The ministers will meet again on Friday in Geneva.",
        &["Friday => 2025-07-25"],
    );
    check(
        "The talks, the first in more than seven weeks, lasted less than two hours.",
        &[
            "more than seven weeks => P7W",
            "less than two hours => PT2H",
        ],
    );
    check(
        "Moscow has demanded that Kyiv withdraw its troops by August 8.",
        &["by August 8 => 2025-08-08"],
    );
    check(
        "The minister said earlier this week that a summit could follow in the coming days.",
        &[
            "earlier this week => 2025-W30",
            "in the coming days => FUTURE_REF",
        ],
    );
    check(
        "Shelling overnight killed three people, officials said on Thursday.",
        &["overnight => 2025-07-23TNI", "Thursday => 2025-07-24"],
    );
    check(
        "The ceasefire held from July 13-15 before fighting resumed.",
        &["from July 13-15 => 2025-07-13/2025-07-15"],
    );
    check(
        "Russia launched its full-scale invasion in February 2022 and has held the city since 2023.",
        &["February 2022 => 2022-02", "since 2023 => 2023"],
    );
    check(
        "He gave Moscow a 48-hour ultimatum on Monday.",
        &["48-hour ultimatum => PT48H", "Monday => 2025-07-21"],
    );
    check(
        "Two days ago the envoy said a deal was possible by the end of the month.",
        &[
            "Two days ago => 2025-07-22",
            "by the end of the month => 2025-07-31",
        ],
    );
}

#[test]
fn the_direction_follows_the_sentence() {
    check(
        "The delegation arrived on Monday.",
        &["Monday => 2025-07-21"],
    );
    check(
        "The delegation will arrive on Monday.",
        &["Monday => 2025-07-28"],
    );
    check(
        "Talks are scheduled to resume on Monday.",
        &["Monday => 2025-07-28"],
    );
    check(
        "Talks, which had resumed on Monday, stalled.",
        &["Monday => 2025-07-21"],
    );
    check(
        "Voting is expected in September.",
        &["September => 2025-09"],
    );
    check("Voting took place in September.", &["September => 2024-09"]);
    // The caller can overrule the context.
    let found = tag(
        "The delegation arrived on Monday.",
        day(PUBLISHED),
        &Options {
            prefer: Prefer::Future,
        },
    );
    assert_eq!(
        found.first().and_then(|e| e.value.as_deref()),
        Some("2025-07-28")
    );
}

#[test]
fn ordinary_numbers_and_words_are_not_times() {
    check("Both sides exchanged 246 prisoners of war.", &[]);
    check("Section 5 of the deal covers 1,000 civilians.", &[]);
    check(
        "Russia may strike again, and protesters march through the capital.",
        &[],
    );
    check("The second round of voting drew 2,000 people.", &[]);
    check("The vote passed 5-4 and the score was 2-1.", &[]);
    check("The Sun reported that Jan Kowalski had resigned.", &[]);
    check("One of the 2000 troops was wounded.", &[]);
    check("The 1990s war left deep scars.", &["The 1990s => 199"]);
    check("It was the worst attack in years.", &["years => PXY"]);
    check("About 2025 people signed the petition.", &[]);
}

#[test]
fn several_expressions_and_odd_characters() {
    // Typographic quotes, dashes and non-ASCII letters keep byte offsets right.
    check(
        "Zelenskyy’s office — citing “talks in Türkiye on Wednesday” — said a swap was due by Sunday.",
        &["Wednesday => 2025-07-23", "by Sunday => 2025-07-27"],
    );
    check(
        "Between May 1 and May 5, and again from June 10 to June 12, the sides met in Doha.",
        &[
            "Between May 1 and May 5 => 2025-05-01/2025-05-05",
            "from June 10 to June 12 => 2025-06-10/2025-06-12",
        ],
    );
    check(
        "The 30-day truce, agreed on 14 July 2025, expires within 10 to 12 days.",
        &[
            "30-day => P30D",
            "14 July 2025 => 2025-07-14",
            "within 10 to 12 days => null",
        ],
    );
    check("", &[]);
    check("   \n\n  ", &[]);
}

#[test]
fn no_panics_on_fragments() {
    let fragments = [
        "by",
        "within",
        "in the",
        "from May",
        "between 10 and",
        "the 31st of February",
        "Q9",
        "99999999999999999999 days",
        "9999-99-99",
        "mid-",
        "since",
        "'9",
        "2/",
        "1,000,",
        "Feb 29, 2023",
        "the fifth Monday of February 2025",
        "in 4000000000 years",
        "-",
        "’’––",
        "31-Oct-",
        "3 fridays",
    ];
    for f in fragments {
        for reference in ["2025-07-24", "0001-01-01", "9999-12-31"] {
            let found = tag(f, day(reference), &Options::default());
            for e in found {
                assert_eq!(f.get(e.start..e.end), Some(e.text.as_str()));
            }
        }
    }
}

#[test]
fn fixture_snapshot() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/wire-report.txt");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let lines: Vec<String> = tag(&text, day(PUBLISHED), &Options::default())
        .iter()
        .map(|e| serde_json::to_string(e).unwrap_or_else(|err| panic!("{err}")))
        .collect();
    insta::assert_snapshot!("wire_report", lines.join("\n"));
}

#[test]
fn no_panics_on_slices_of_news_at_the_ends_of_the_calendar() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/wire-report.txt");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let cuts: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let references = [
        NaiveDate::MIN,
        NaiveDate::MAX,
        day("2024-02-29"),
        day("1900-01-01"),
    ];
    // A fixed linear congruential sequence: the same slices on every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let a = cuts[usize::try_from(seed >> 33).unwrap_or(0) % cuts.len()];
        let b = cuts[usize::try_from(seed >> 13).unwrap_or(0) % cuts.len()];
        let slice = &text[a.min(b)..a.max(b)];
        for reference in references {
            for prefer in [Prefer::Auto, Prefer::Past, Prefer::Future] {
                for e in tag(slice, reference, &Options { prefer }) {
                    assert_eq!(slice.get(e.start..e.end), Some(e.text.as_str()));
                    if let Some(iv) = e.interval {
                        assert!(iv.start <= iv.end);
                    }
                }
            }
        }
    }
}

#[test]
fn years_ranges_and_clock_times() {
    check(
        "The 2022-2023 offensive stalled; the 2024-25 budget was cut.",
        &["2022-2023 => 2022/2023", "2024-25 => 2024/2025"],
    );
    check("The strike began at 2000 GMT.", &[]);
    check("Resolution 2231 expired.", &[]);
    check("COVID-19 and F-16 jets arrived in 2024.", &["2024 => 2024"]);
}

#[test]
fn anaphora_follow_the_last_date_named() {
    check(
        "Russia attacked on March 3. The previous day, talks had collapsed.",
        &["March 3 => 2025-03-03", "The previous day => 2025-03-02"],
    );
    check(
        "Shares fell on Monday. They recovered the following day and fell again the same day.",
        &[
            "Monday => 2025-07-21",
            "the following day => 2025-07-22",
            "the same day => 2025-07-22",
        ],
    );
    check(
        "Output rose in 2023, against a fall a year earlier.",
        &["2023 => 2023", "a year earlier => 2022"],
    );
    // Without a date in the text, a step back is read from the publication day.
    check(
        "The day before, he had resigned.",
        &["The day before => 2025-07-23"],
    );
    // An event is not a date; a step forward needs one.
    check(
        "The day before the vote, he resigned. He said so two days later.",
        &["The day before => null", "two days later => null"],
    );
}

#[test]
fn holidays_in_news_sentences() {
    check(
        "Markets were closed for Eid al-Adha and reopened after Rosh Hashanah.",
        &[
            "Eid al-Adha => 2025-06-07",
            "Rosh Hashanah => 2024-10-02/2024-10-04",
        ],
    );
    check(
        "The truce is expected to hold through Ramadan 2026 and Passover.",
        &[
            "Ramadan 2026 => 2026-02-18/2026-03-19",
            "Passover => 2026-04-01/2026-04-09",
        ],
    );
    check(
        "Third-quarter profit rose, the company said in fiscal 2025 guidance.",
        &["Third-quarter => 2025-Q3", "fiscal 2025 => FY2025"],
    );
    check(
        "Kings and women of the world met; human rights matter in Canada and Australia.",
        &[],
    );
    // Ordinary words that share a spelling with a holiday or its first word.
    check(
        "He lent money to a friend; the time lag grew and the id was lost in the White House.",
        &[],
    );
}

#[test]
fn following_and_previous_periods_step_from_the_last_date() {
    check(
        "Russia attacked on March 3. The following week, talks resumed.",
        &["March 3 => 2025-03-03", "The following week => 2025-W11"],
    );
    check(
        "In 2019 the plant closed; the following year it reopened.",
        &["2019 => 2019", "the following year => 2020"],
    );
    // With no earlier date, the reference date anchors them.
    check(
        "The following week will be busy.",
        &["The following week => 2025-W31"],
    );
}

#[test]
fn that_day_refers_to_the_date_named_before() {
    check(
        "The strike began on May 2, 2024. Later that day, talks failed. That week, prices rose.",
        &[
            "May 2, 2024 => 2024-05-02",
            "Later that day => 2024-05-02",
            "That week => 2024-W18",
        ],
    );
    check("He said that days are long and that weeks pass.", &[]);
}

#[test]
fn as_early_as_looks_ahead() {
    check(
        "Talks could resume as early as next week, or as soon as Monday.",
        &["next week => 2025-W31", "Monday => 2025-07-28"],
    );
    check(
        "As of Friday, 300 people had died; aid will come as soon as possible.",
        &["Friday => 2025-07-18"],
    );
}

#[test]
fn clock_times_in_sentences() {
    check(
        "The vote was held at 3 p.m. on Friday, and results came at 10:30 a.m. Saturday.",
        &[
            "3 p.m. on Friday => 2025-07-18T15:00",
            "10:30 a.m. Saturday => 2025-07-19T10:30",
        ],
    );
    // Scores and ratios are not times.
    check("The score was 3:1 and the ratio 2:30 at halftime.", &[]);
}

#[test]
fn year_ago_periods_follow_the_period_in_the_story() {
    check(
        "Profit in the second quarter rose 5% from the year-ago quarter.",
        &[
            "the second quarter => 2025-Q2",
            "the year-ago quarter => 2024-Q2",
        ],
    );
}
