//! The part of storing an article that reads no ledger state, done before the writer sees it.
//!
//! [`crate::Ledger::store`] is the serial part of a batch: one writer, while the batch's other
//! threads wait for it. Much of what it did per claim depends on the article alone: the merge
//! key, a deadline's demand words, the days as text, the id a new claim would get, the claim
//! detail as JSON (the largest part), the notes of its history. [`Prepared::new`] computes all
//! of it, so that a batch can call it on its worker threads and hand the writer
//! [`Prepared`] articles ([`crate::Ledger::store_prepared`]), which then only decides the
//! merges and writes the rows. [`crate::Ledger::store`] prepares its documents itself and
//! stores them the same way, so both give the same ledger.
//!
//! [`crate::Ledger::store_prepared`] takes its articles, so that the texts of their evidence
//! rows ([`ClaimTexts`]) are moved into the statements that store them: sqlx copies a borrowed
//! text before it sends it to its SQLite thread. What is left ([`Spent`]) goes back to the
//! caller, who can free it on another thread.

use std::borrow::Cow;
use std::mem::take;

use chrono::NaiveDate;
use claimtrack_model::{Claim, ClaimDetail, ClaimKind, ClaimsDoc, Deadline};

use crate::merge::{self, Role};
use crate::store::{Scraps, day_text};
use crate::{json, key};

/// An extracted article made ready for [`crate::Ledger::store_prepared`]: it owns its
/// [`ClaimsDoc`] and what storing it needs that no ledger state decides.
#[derive(Debug, Clone)]
pub struct Prepared {
    doc: ClaimsDoc,
    facts: Facts,
}

impl Prepared {
    /// Prepares `doc` for storing. Pure and infallible, for any document: a detail that cannot
    /// be written as JSON is reported by the store, as it was before.
    pub fn new(doc: ClaimsDoc) -> Prepared {
        let facts = Facts::of(&doc);
        Prepared { doc, facts }
    }

    /// The extracted article.
    pub fn doc(&self) -> &ClaimsDoc {
        &self.doc
    }

    /// The article with its facts, as the store reads them.
    pub(crate) fn entry(&self) -> Entry<'_> {
        Entry {
            doc: &self.doc,
            facts: &self.facts,
        }
    }

    /// Takes the texts of each claim's evidence row out of the article, in the document's
    /// order (the store reads no other use of them: the facts hold what the merges need).
    pub(crate) fn take_texts(&mut self) -> Vec<ClaimTexts<'static>> {
        self.doc
            .claims
            .iter_mut()
            .zip(&mut self.facts.claims)
            .map(|(claim, facts)| {
                let attribution = &mut claim.attribution;
                ClaimTexts {
                    extract_id: Cow::Owned(take(&mut claim.id)),
                    text: Cow::Owned(take(&mut claim.text)),
                    speaker: attribution.speaker.take().map(Cow::Owned),
                    actor: attribution.actor.take().map(Cow::Owned),
                    verb: attribution.verb.take().map(Cow::Owned),
                    detail: facts.detail.take().map(Cow::Owned),
                }
            })
            .collect()
    }
}

/// What is left of the articles [`crate::Ledger::store_prepared`] was given once their texts
/// went into the ledger, with the claims it read and made for them: only to be freed, which a
/// batch can do off its writer's thread (it is `Send`; freeing a chunk's documents and claims
/// is tens of thousands of small frees).
#[derive(Debug, Default)]
#[expect(
    dead_code,
    reason = "its fields are held only to be freed by whoever drops it"
)]
pub struct Spent {
    pub(crate) docs: Vec<Prepared>,
    /// The texts of each article taken by [`Prepared::take_texts`]: emptied for an article
    /// that was stored, whole for a duplicate.
    pub(crate) texts: Vec<Vec<ClaimTexts<'static>>>,
    /// The claims the batch knew.
    pub(crate) scraps: Scraps,
}

/// The texts of a claim's evidence row: borrowed from a document the caller keeps
/// ([`crate::Ledger::store`]), or taken out of a [`Prepared`] the ledger was given, and then
/// moved into sqlx rather than copied.
#[derive(Debug, Default)]
pub(crate) struct ClaimTexts<'a> {
    pub(crate) extract_id: Cow<'a, str>,
    pub(crate) text: Cow<'a, str>,
    pub(crate) speaker: Option<Cow<'a, str>>,
    pub(crate) actor: Option<Cow<'a, str>>,
    pub(crate) verb: Option<Cow<'a, str>>,
    /// The detail as JSON (`None` when it cannot be written as JSON: the store then writes
    /// it again to report the error).
    pub(crate) detail: Option<Cow<'a, str>>,
}

impl<'a> ClaimTexts<'a> {
    /// The texts of `claim` (with its facts), borrowed.
    pub(crate) fn of(claim: &'a Claim, facts: &'a ClaimFacts) -> ClaimTexts<'a> {
        let attribution = &claim.attribution;
        ClaimTexts {
            extract_id: Cow::Borrowed(&claim.id),
            text: Cow::Borrowed(&claim.text),
            speaker: attribution.speaker.as_deref().map(Cow::Borrowed),
            actor: attribution.actor.as_deref().map(Cow::Borrowed),
            verb: attribution.verb.as_deref().map(Cow::Borrowed),
            detail: facts.detail.as_deref().map(Cow::Borrowed),
        }
    }

    /// Takes the texts, leaving empty ones (which own no memory) in their place.
    pub(crate) fn take(&mut self) -> ClaimTexts<'a> {
        take(self)
    }
}

/// An article as the store reads it: the document and its [`Facts`], borrowed from a
/// [`Prepared`] or prepared by [`crate::Ledger::store`] beside the caller's documents.
#[derive(Clone, Copy)]
pub(crate) struct Entry<'a> {
    pub(crate) doc: &'a ClaimsDoc,
    pub(crate) facts: &'a Facts,
}

/// What storing an article needs of it beyond the document, one [`ClaimFacts`] per claim in
/// the document's order.
#[derive(Debug, Clone)]
pub(crate) struct Facts {
    /// The publication day as stored.
    pub(crate) published: Option<String>,
    pub(crate) claims: Vec<ClaimFacts>,
}

/// What storing one claim needs of it that depends on the article alone.
#[derive(Debug, Clone)]
pub(crate) struct ClaimFacts {
    /// Its `(kind, merge key)`, or `None` when it never merges (see [`lookup_key`]).
    pub(crate) key: Option<(ClaimKind, String)>,
    /// The id it gets when it is stored as a new claim: a hash of the article id, the claim's
    /// id and its place in the article, so that it depends on neither ingest order nor the
    /// database.
    pub(crate) id: String,
    /// The claim detail as stored in its evidence (`None` when it cannot be written as JSON:
    /// the store then writes it again to report the error).
    pub(crate) detail: Option<String>,
    /// Who confirms, denies or disputes, as a history note (`by ...`), used when the report
    /// does not merely support its claim.
    pub(crate) by: Option<String>,
    pub(crate) kind: KindFacts,
}

/// The facts of one kind of claim.
#[derive(Debug, Clone)]
pub(crate) enum KindFacts {
    Territorial {
        /// How the report bears on its claim on its own terms ([`merge::territorial_role`]).
        role: Role,
        /// The key of the side that gained or lost the place (empty when unknown).
        actor: String,
    },
    Exchange {
        /// [`merge::exchange_categories`].
        categories: String,
        /// [`merge::exchange_status_class`].
        class: &'static str,
        /// The days it is about ([`merge::exchange_interval`]).
        days: Option<(NaiveDate, NaiveDate)>,
        /// The history note of a report that reaffirms an exchange (`reported <status>`).
        reported: String,
    },
    Deadline {
        /// The demand's content words, `None` when no demand is stated.
        demand: Option<Vec<String>>,
        /// The stored form of `demand` (see [`deadline_demand_key`]).
        demand_key: String,
    },
}

impl Facts {
    /// The facts of every claim of `doc`.
    pub(crate) fn of(doc: &ClaimsDoc) -> Facts {
        let published = doc.article.published;
        let claims = doc
            .claims
            .iter()
            .enumerate()
            .map(|(index, claim)| {
                let detail = &claim.detail;
                let attribution = &claim.attribution;
                let kind = match detail {
                    ClaimDetail::Territorial(t) => KindFacts::Territorial {
                        role: merge::territorial_role(t, attribution),
                        actor: key::actor_key(t.actor.as_deref()),
                    },
                    ClaimDetail::Exchange(x) => KindFacts::Exchange {
                        categories: merge::exchange_categories(x),
                        class: merge::exchange_status_class(x.status),
                        days: merge::exchange_interval(x, published),
                        // Concatenated: `format!` costs more than the rest of the facts.
                        reported: ["reported ", x.status.as_str()].concat(),
                    },
                    ClaimDetail::Deadline(d) => {
                        let demand = d.demand.as_deref().map(key::demand_tokens);
                        let demand_key = deadline_demand_key(demand.as_deref());
                        KindFacts::Deadline { demand, demand_key }
                    }
                };
                ClaimFacts {
                    key: lookup_key(detail),
                    id: new_claim_id(&doc.article.id, &claim.id, index, detail.kind()),
                    // Written directly (see `json`); serde_json only for what it leaves.
                    detail: json::detail_json(detail)
                        .or_else(|| serde_json::to_string(detail).ok()),
                    by: attribution
                        .actor
                        .as_deref()
                        .or(attribution.speaker.as_deref())
                        .map(|who| ["by ", who].concat()),
                    kind,
                }
            })
            .collect();
        Facts {
            published: day_text(published),
            claims,
        }
    }
}

/// The `(kind, merge key)` a claim is looked up by, or `None` when it never merges.
fn lookup_key(detail: &ClaimDetail) -> Option<(ClaimKind, String)> {
    let key = match detail {
        ClaimDetail::Territorial(t) => key::text_key(&t.place),
        ClaimDetail::Exchange(x) => key::set_key(x.parties.iter().map(String::as_str)),
        ClaimDetail::Deadline(d) => deadline_key(d)?,
    };
    (!key.is_empty()).then(|| (detail.kind(), key))
}

/// The merge key of a deadline: issuer and targets, or `None` when either is unknown (such a
/// deadline never merges).
fn deadline_key(d: &Deadline) -> Option<String> {
    let issuer = key::actor_key(d.issuer.as_deref());
    let targets = key::set_key(d.targets.iter().map(String::as_str));
    (!issuer.is_empty() && !targets.is_empty()).then(|| [issuer, targets].join(">"))
}

/// The stored demand key of a deadline report: its content words, or the empty key for a
/// report without a stated demand (which agrees with every demand, as the empty key does), so
/// that the column is never NULL for a deadline and compares with `=`.
fn deadline_demand_key(tokens: Option<&[String]>) -> String {
    tokens.map(key::demand_key).unwrap_or_default()
}

/// The id of a new claim: its kind's letter, `-` and [`key::stable_hash`] of the article id,
/// the claim's id and its place in the article.
fn new_claim_id(article: &str, claim: &str, index: usize, kind: ClaimKind) -> String {
    let prefix = match kind {
        ClaimKind::Territorial => "t",
        ClaimKind::Exchange => "x",
        ClaimKind::Deadline => "d",
    };
    claim_id(
        prefix,
        key::stable_hash(&[article, claim, itoa::Buffer::new().format(index)]),
    )
}

/// A claim's id: its kind's letter, `-` and its hash as 16 lowercase hex digits (what
/// `format!("{prefix}-{hash:016x}")` writes, without the formatting machinery, which wrote it
/// one character at a time through its padding).
fn claim_id(prefix: &str, hash: u64) -> String {
    let mut digits = [0_u8; 16];
    // Room for the hex of eight bytes, which is ASCII: neither step can fail.
    let hex = hex::encode_to_slice(hash.to_be_bytes(), &mut digits)
        .ok()
        .and_then(|()| std::str::from_utf8(&digits).ok())
        .unwrap_or_default();
    let mut id = String::with_capacity(prefix.len() + 1 + hex.len());
    id.push_str(prefix);
    id.push('-');
    id.push_str(hex);
    id
}

#[cfg(test)]
mod tests {
    #[test]
    fn claim_ids_are_the_hash_in_hex() {
        for hash in [0, 1, 0xab, 0x0123_4567_89ab_cdef, u64::MAX] {
            assert_eq!(super::claim_id("d", hash), format!("d-{hash:016x}"));
        }
    }
}
