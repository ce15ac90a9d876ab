//! Sentence segmentation: abbreviations, initials, decimals, quotations, ellipses, paragraphs.

use claimtrack_ingest::{Fields, article_from_parts};

use crate::assert_invariants;

/// Segments `input` as an article body and compares the sentence texts.
fn check(input: &str, expected: &[&str]) {
    let article = article_from_parts(Fields::default(), input);
    assert_invariants(&article);
    let actual: Vec<&str> = article
        .sentences
        .iter()
        .map(|sentence| article.text(sentence.span))
        .collect();
    assert_eq!(actual, expected, "segmenting {input:?}");
}

#[test]
fn titles_never_end_a_sentence() {
    check(
        "Lt. Col. Ivan Petrov met Gen. Oleksandr Syrskyi on Monday. Mr. Petrov left early.",
        &[
            "Lt. Col. Ivan Petrov met Gen. Oleksandr Syrskyi on Monday.",
            "Mr. Petrov left early.",
        ],
    );
    check(
        "Sen. Jane Roe and Rep. John Doe met Dr. Amal Haddad and Sgt. Maj. Lee.",
        &["Sen. Jane Roe and Rep. John Doe met Dr. Amal Haddad and Sgt. Maj. Lee."],
    );
    check(
        "They prayed at St. Peter's Square. It was Russia vs. Ukraine in the final.",
        &[
            "They prayed at St. Peter's Square.",
            "It was Russia vs. Ukraine in the final.",
        ],
    );
}

#[test]
fn dotted_abbreviations_end_a_sentence_only_before_an_opener() {
    check(
        "The U.S. State Department and the U.N. Security Council met. The U.K. did not.",
        &[
            "The U.S. State Department and the U.N. Security Council met.",
            "The U.K. did not.",
        ],
    );
    check(
        "Troops left for the U.S. The talks failed.",
        &["Troops left for the U.S.", "The talks failed."],
    );
    check(
        "The strike hit at 10 a.m. Moscow time. It came at 3 p.m. The sirens sounded late.",
        &[
            "The strike hit at 10 a.m. Moscow time.",
            "It came at 3 p.m.",
            "The sirens sounded late.",
        ],
    );
}

#[test]
fn months_and_numbers_before_a_number() {
    check(
        "The deadline is Sept. 3 and the vote is on Jan. 15. Voters were told on Dec. 1.",
        &[
            "The deadline is Sept. 3 and the vote is on Jan. 15.",
            "Voters were told on Dec. 1.",
        ],
    );
    check(
        "A spokesman at No. 10 said so. Talks resumed.",
        &["A spokesman at No. 10 said so.", "Talks resumed."],
    );
}

#[test]
fn lower_case_after_a_period_continues_the_sentence() {
    check(
        "Acme Inc. said it would comply. They took food, water, etc. and then left.",
        &[
            "Acme Inc. said it would comply.",
            "They took food, water, etc. and then left.",
        ],
    );
    check(
        "Shares in Acme Ltd. The company said nothing.",
        &["Shares in Acme Ltd.", "The company said nothing."],
    );
}

#[test]
fn initials_and_decimals() {
    check(
        "J. R. R. Tolkien served in the war. George W. Bush did not.",
        &[
            "J. R. R. Tolkien served in the war.",
            "George W. Bush did not.",
        ],
    );
    check(
        "Inflation hit 3.5 percent. Turnout was 60.5% on Sunday.",
        &["Inflation hit 3.5 percent.", "Turnout was 60.5% on Sunday."],
    );
}

#[test]
fn quotations() {
    check(
        "“We are ready for peace,” Peskov told reporters. He left.",
        &[
            "“We are ready for peace,” Peskov told reporters.",
            "He left.",
        ],
    );
    check(
        "“Kyiv wants peace.” The source said the offer stood.",
        &["“Kyiv wants peace.”", "The source said the offer stood."],
    );
    check(
        "“Is this the end?” she asked. Nobody knew.",
        &["“Is this the end?” she asked.", "Nobody knew."],
    );
    check(
        "He said: \"We will win!\" Then he left. She said: “Never.”",
        &[
            "He said: \"We will win!\"",
            "Then he left.",
            "She said: “Never.”",
        ],
    );
    check(
        "“Why now?” Peskov asked. “Is it over?” The source said talks would go on.",
        &[
            "“Why now?” Peskov asked.",
            "“Is it over?”",
            "The source said talks would go on.",
        ],
    );
    check(
        "“Enough!” Foreign Minister Sergei Lavrov said on Friday.",
        &["“Enough!” Foreign Minister Sergei Lavrov said on Friday."],
    );
    check(
        "The talks ended. “Nothing was agreed,” an aide said.",
        &["The talks ended.", "“Nothing was agreed,” an aide said."],
    );
}

#[test]
fn ellipses() {
    check(
        "He paused... and went on. Wait… The end came.",
        &["He paused... and went on.", "Wait…", "The end came."],
    );
    check("We shall see...", &["We shall see..."]);
}

#[test]
fn paragraph_ends_end_sentences() {
    check(
        "A headline-like line without a period\n\nThe body follows. It has two sentences.",
        &[
            "A headline-like line without a period",
            "The body follows.",
            "It has two sentences.",
        ],
    );
    check("Gen.\n\nMr. Petrov left.", &["Gen.", "Mr. Petrov left."]);
}

#[test]
fn questions_and_exclamations() {
    check(
        "Will the truce hold? Nobody knows! Officials hope so.",
        &[
            "Will the truce hold?",
            "Nobody knows!",
            "Officials hope so.",
        ],
    );
}

#[test]
fn sentence_paragraph_indices() {
    let article = article_from_parts(Fields::default(), "One. Two.\n\nThree.");
    let indices: Vec<usize> = article.sentences.iter().map(|s| s.paragraph).collect();
    assert_eq!(indices, [0, 0, 1]);
}
