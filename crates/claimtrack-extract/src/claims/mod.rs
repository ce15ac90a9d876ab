//! The three claim grammars and what they share.
//!
//! Each grammar (`deadline`, `exchange`, `territorial`) reads one sentence through a [`Context`]
//! (its text, tokens, attribution and what the article as a whole says about its actors) and
//! returns [`Found`] claims: the kind-specific detail, the key that makes the claim id unique
//! within its sentence, and one [`RuleTrace`] per slot it set.

pub(crate) mod deadline;
pub(crate) mod exchange;
pub(crate) mod territorial;

use std::cell::OnceCell;

use chrono::NaiveDate;
use claimtrack_model::{ClaimDetail, RuleTrace};
use claimtrack_time::{Parsed, Prefer, TimeExpr};

use crate::actors::Mention;
use crate::attribution::Said;
use crate::lexicon::Words;
use crate::text::Token;

/// Words that make a subject military (for weak territorial triggers), and that follow the name
/// of the side they belong to (`M23 rebels`, `Houthi fighters`).
pub(crate) const FORCE_WORDS: &[&str] = &[
    "tanks",
    "forces",
    "troops",
    "army",
    "units",
    "unit",
    "soldiers",
    "military",
    "fighters",
    "rebels",
    "militia",
    "militias",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "paratroopers",
    "marines",
    "militants",
    "insurgents",
    "paramilitaries",
    "paramilitary",
    "servicemen",
    "assault",
    "division",
    "regiment",
    "corps",
    "jihadists",
    "gunmen",
    "fighter",
    // "an Israeli force had entered", "a patrol crossed into".
    "force",
    "patrol",
    "patrols",
    "column",
    "detachment",
];

/// Capitalised nouns that make a date before them part of a name (`the March 23 Movement`).
const NAMED_AFTER_A_DATE: &[&str] = &[
    "Movement",
    "Agreement",
    "Accord",
    "Accords",
    "Revolution",
    "Declaration",
    "Protocol",
    "Alliance",
    "Brigade",
    "Front",
    "Group",
    "Coalition",
];

/// Nouns that, after `the`, stand for the article's main armed group ("the group gave", "the
/// rebels freed", "gave the jihadists seven days").
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "group",
    "rebels",
    "militants",
    "militia",
    "movement",
    "faction",
    "gang",
    "gangs",
    "insurgents",
    "jihadists",
    "separatists",
    "kidnappers",
    "bandits",
    "guerrillas",
    "extremists",
    "cartel",
];

/// One sentence and what the grammars may know about it.
pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token<'a>],
    /// Where words start in the text, for the word lists ([`crate::lexicon::word_starts`]).
    pub(crate) starts: Words<'a>,
    pub(crate) said: &'a Said<'a>,
    pub(crate) published: Option<NaiveDate>,
    pub(crate) article: &'a ArticleFacts,
    /// Whether the caller wants the rule traces ([`crate::Options::explain`]); without it the
    /// grammars skip building them.
    pub(crate) explain: bool,
    /// The sentence parsed for time expressions, once for both readings below.
    parsed: OnceCell<Parsed<'a>>,
    past: OnceCell<Vec<TimeExpr>>,
    auto: OnceCell<Vec<TimeExpr>>,
    /// The sentence's actor mentions, scanned once for every rule that reads them.
    mentions: OnceCell<Vec<Mention>>,
}

/// What the whole article says about its actors, for sentences that name fewer than they mean.
#[derive(Debug, Default)]
pub(crate) struct ArticleFacts {
    /// The two sides most named in the article, most named first.
    pub(crate) sides: Vec<&'static str>,
    /// Of the two sides, the one that is not an armed group when the other is: the state a
    /// group fights (`Army spokesman X`, `the Defence Minister`).
    pub(crate) state: Option<&'static str>,
    /// The army of [`ArticleFacts::state`] ("Sudan's army" is the Sudanese Armed Forces): the
    /// army a group gives a limit to, whatever foreign forces the article names more.
    pub(crate) state_army: Option<&'static str>,
    /// The armed group most named (`the rebels`).
    pub(crate) main_group: Option<&'static str>,
    /// The army most named (`the army`, `army troops`).
    pub(crate) main_army: Option<&'static str>,
    /// The organisations that spoke with an actor, in the order they did (see
    /// [`crate::attribution::attribute`]), for their head nouns (`army`, `ministry`).
    pub(crate) spoke: Vec<(String, &'static str)>,
}

impl ArticleFacts {
    /// The actor of a definite description such as `the army` (the last speaker so named).
    pub(crate) fn head_actor(&self, noun: &str) -> Option<&'static str> {
        let noun = noun.to_ascii_lowercase();
        let noun = noun.strip_suffix('s').unwrap_or(&noun);
        // The last organisation with that head noun.
        let spoke = self
            .spoke
            .iter()
            .rev()
            .find(|(speaker, _)| crate::attribution::names_head(speaker, noun))
            .map(|(_, actor)| *actor);
        let army = matches!(noun, "army" | "military" | "troop" | "soldier" | "force")
            .then_some(self.main_army)
            .flatten();
        spoke.or(army)
    }
}

impl ArticleFacts {
    /// The other side of a two-sided article.
    pub(crate) fn other_side(&self, side: &str) -> Option<&'static str> {
        // The state's army stands for the state ("Sudan's army" against the RSF).
        let side = match (self.state_army, self.state) {
            (Some(army), Some(state)) if army == side => state,
            _ => side,
        };
        match self.sides.as_slice() {
            [a, b, ..] if *a == side => Some(b),
            [a, b, ..] if *b == side => Some(a),
            _ => None,
        }
    }
}

impl<'a> Context<'a> {
    /// The opening comma of an appositive that the comma at token `close` ends and a word of
    /// `opens` begins, at most `reach` tokens back: "Malam Fatori, a town in Borno state, fell
    /// to", "X, a FARC dissident group, has given". Something is named before it.
    pub(crate) fn appositive_before(
        &self,
        close: usize,
        reach: usize,
        opens: &[&str],
    ) -> Option<usize> {
        if !self.tokens.get(close)?.is_punct(",") {
            return None;
        }
        let open = (close.saturating_sub(reach)..close)
            .rev()
            .find(|&k| self.tokens.get(k).is_some_and(|t| t.is_punct(",")) && !self.thousands(k))?;
        (open > 0 && self.tokens.get(open + 1)?.is_any(opens)).then_some(open)
    }

    /// Whether the comma at token `k` separates thousands (`13,000`): digits right on both
    /// sides.
    pub(crate) fn thousands(&self, k: usize) -> bool {
        let (Some(before), Some(comma), Some(after)) = (
            k.checked_sub(1).and_then(|b| self.tokens.get(b)),
            self.tokens.get(k),
            self.tokens.get(k + 1),
        ) else {
            return false;
        };
        before.end == comma.start
            && after.start == comma.end
            && before.text.ends_with(|c: char| c.is_ascii_digit())
            && after.text.starts_with(|c: char| c.is_ascii_digit())
    }

    pub(crate) fn new(
        text: &'a str,
        tokens: &'a [Token<'a>],
        starts: Words<'a>,
        said: &'a Said<'a>,
        published: Option<NaiveDate>,
        article: &'a ArticleFacts,
        explain: bool,
    ) -> Context<'a> {
        Context {
            text,
            tokens,
            starts,
            said,
            published,
            article,
            explain,
            parsed: OnceCell::new(),
            past: OnceCell::new(),
            auto: OnceCell::new(),
            mentions: OnceCell::new(),
        }
    }

    /// The actors the sentence names, in order ([`crate::actors::mentions_from`]).
    pub(crate) fn mentions(&self) -> &[Mention] {
        self.mentions
            .get_or_init(|| crate::actors::mentions_from(self.text, self.starts))
    }

    /// Time expressions read as a report of the past (weekdays go backwards).
    pub(crate) fn past_times(&self) -> &[TimeExpr] {
        self.past.get_or_init(|| self.times(Prefer::Past))
    }

    /// Time expressions read from context (a time limit looks forward).
    pub(crate) fn auto_times(&self) -> &[TimeExpr] {
        self.auto.get_or_init(|| self.times(Prefer::Auto))
    }

    fn times(&self, prefer: Prefer) -> Vec<TimeExpr> {
        let parsed = self
            .parsed
            .get_or_init(|| claimtrack_time::parse(self.text));
        let mut times = crate::dates::tag(parsed, self.published, prefer);
        // "the March 23 Movement", "the 6 October Agreement": a date inside a name.
        times.retain(|expr| {
            let next = self
                .text
                .get(expr.end..)
                .and_then(|rest| rest.split_whitespace().next())
                .unwrap_or("");
            !NAMED_AFTER_A_DATE
                .iter()
                .any(|word| next.trim_end_matches([',', '.', ')']) == *word)
        });
        times
    }

    /// The trimmed text between two byte offsets of the sentence.
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        crate::text::slice(self.text, start, end)
    }
}

/// A claim found in a sentence, before ids and attribution are added.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) detail: ClaimDetail,
    /// What tells this claim apart from others of its kind in the same sentence (the place).
    pub(crate) key: String,
    pub(crate) traces: Vec<RuleTrace>,
    /// The side a generic speaker ("a military spokesman") stands for, learnt from the claim's
    /// subject when attribution found none.
    pub(crate) speaker_actor: Option<&'static str>,
}

/// Collects the rule behind each slot, when the caller asked for them (three strings per slot
/// are otherwise allocated for nothing).
#[derive(Debug, Default)]
pub(crate) struct Traces(
    /// The traces collected.
    pub(crate) Vec<RuleTrace>,
    /// Whether to collect them.
    bool,
);

impl Traces {
    /// Traces that are kept only if `ctx` explains.
    pub(crate) fn new(ctx: &Context<'_>) -> Traces {
        Traces(Vec::new(), ctx.explain)
    }

    pub(crate) fn add(&mut self, slot: &str, rule: &str, matched: &str) {
        if !self.1 {
            return;
        }
        self.0.push(RuleTrace {
            slot: slot.to_owned(),
            rule: rule.to_owned(),
            matched: matched.to_owned(),
        });
    }
}
