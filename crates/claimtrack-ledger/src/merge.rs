//! The merge rules as pure functions: which stored claim a new report belongs to, and how it
//! bears on it. `store` feeds them the candidates it reads from SQL; `query` folds the stored
//! roles into a state. See the crate documentation for the rules in prose.

use chrono::NaiveDate;
use claimtrack_model::{
    Action, Attribution, Exchange, ExchangeStatus, Interval, Territorial, TerritorialStatus,
};

use crate::key;

/// How one piece of evidence bears on its claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// States the claim (the claimant is the side that gained, or unknown).
    Support,
    /// The other side or a third party states or acknowledges it.
    Confirm,
    /// Says it did not happen.
    Deny,
    /// Carries the claim and its denial in one sentence.
    Dispute,
}

impl Role {
    pub(crate) const ALL: [Role; 4] = [Role::Support, Role::Confirm, Role::Deny, Role::Dispute];

    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Role::Support => "support",
            Role::Confirm => "confirm",
            Role::Deny => "deny",
            Role::Dispute => "dispute",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// Whether the evidence asserts the claim (rather than denying it).
    pub(crate) const fn asserts(self) -> bool {
        matches!(self, Role::Support | Role::Confirm)
    }
}

/// The role of a territorial report on its own terms: its status, and whether the claimant is
/// the side that gained the place.
pub(crate) fn territorial_role(t: &Territorial, attribution: &Attribution) -> Role {
    match t.status {
        TerritorialStatus::Denied => Role::Deny,
        TerritorialStatus::Disputed => Role::Dispute,
        TerritorialStatus::Confirmed => Role::Confirm,
        TerritorialStatus::Claimed => {
            let claimant = key::actor_key(t.claimant.as_deref().or(attribution.actor.as_deref()));
            let actor = key::actor_key(t.actor.as_deref());
            if !claimant.is_empty() && !actor.is_empty() && claimant != actor {
                Role::Confirm
            } else {
                Role::Support
            }
        }
    }
}

/// A stored territorial claim with the same place key (borrowed from the batch's view of the
/// ledger, as every candidate is, so that building them allocates nothing per candidate).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TerritorialCandidate<'a> {
    pub(crate) seq: i64,
    pub(crate) action: &'a str,
    pub(crate) actor: &'a str,
}

/// The action whose claims a territorial report of `action` can mirror (see
/// [`match_territorial`]): a withdrawal mirrors a capture and the other way round. With the
/// report's own action, the only actions of the claims it can merge into, which bounds the
/// claims the writer reads for it.
pub(crate) const fn mirror(action: Action) -> Option<Action> {
    match action {
        Action::Withdrew => Some(Action::Captured),
        Action::Captured => Some(Action::Withdrew),
        _ => None,
    }
}

/// The stored claim a territorial report belongs to, and its role there.
///
/// Same action and actor: the same claim. Otherwise a report that a side withdrew from the place
/// mirrors a claim that another side captured it (and the other way round): when exactly one
/// such claim exists, the report confirms or denies it. Anything else is a new claim.
///
/// `actor` is the key of the report's actor ([`key::actor_key`]), computed with the report's
/// other facts before the writer places it.
pub(crate) fn match_territorial(
    t: &Territorial,
    actor: &str,
    role: Role,
    candidates: &[TerritorialCandidate<'_>],
) -> Option<(i64, Role)> {
    let action = t.action.as_str();
    if let Some(same) = candidates
        .iter()
        .find(|c| c.action == action && c.actor == actor)
    {
        return Some((same.seq, role));
    }
    let mirror = mirror(t.action)?;
    if actor.is_empty() {
        return None;
    }
    let mut mirrored = candidates
        .iter()
        .filter(|c| c.action == mirror.as_str() && !c.actor.is_empty() && c.actor != actor);
    let only = mirrored.next()?;
    if mirrored.next().is_some() {
        return None;
    }
    let role = match role {
        Role::Support | Role::Confirm => Role::Confirm,
        other => other,
    };
    Some((only.seq, role))
}

/// The progress of an exchange, for the derived status: the furthest any source reports.
pub(crate) const fn exchange_rank(status: ExchangeStatus) -> u8 {
    match status {
        ExchangeStatus::Demanded => 0,
        ExchangeStatus::Proposed => 1,
        ExchangeStatus::Agreed => 2,
        ExchangeStatus::Completed => 3,
    }
}

/// Demands stay apart from offers, agreements and completed swaps: a side demanding its people
/// back is not the swap that happens the same day.
pub(crate) const fn exchange_status_class(status: ExchangeStatus) -> &'static str {
    match status {
        ExchangeStatus::Demanded => "demanded",
        _ => "offered",
    }
}

/// The days an exchange report is about: its dates, else the publication day.
pub(crate) fn exchange_interval(
    x: &Exchange,
    published: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let start = x.when.iter().map(|i| i.start).min();
    let end = x.when.iter().map(|i| i.end).max();
    match (start, end) {
        (Some(start), Some(end)) => Some((start, end)),
        _ => published.map(|day| (day, day)),
    }
}

/// The `|`-joined categories of an exchange, sorted.
pub(crate) fn exchange_categories(x: &Exchange) -> String {
    let mut cats: Vec<&str> = x.items.iter().map(|i| i.category.as_str()).collect();
    cats.sort_unstable();
    cats.dedup();
    cats.join("|")
}

/// A stored exchange with the same parties and a date within a day.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ExchangeCandidate<'a> {
    pub(crate) seq: i64,
    pub(crate) categories: &'a str,
    pub(crate) status_class: &'a str,
    pub(crate) start: NaiveDate,
    pub(crate) end: NaiveDate,
}

/// The stored exchange a report belongs to: the same status class, a shared category (or both
/// without items), and the nearest dates (the candidates are already within a day).
pub(crate) fn match_exchange(
    categories: &str,
    status_class: &str,
    (start, end): (NaiveDate, NaiveDate),
    candidates: &[ExchangeCandidate<'_>],
) -> Option<i64> {
    let mine: Vec<&str> = categories.split('|').filter(|c| !c.is_empty()).collect();
    candidates
        .iter()
        .filter(|c| c.status_class == status_class)
        .filter(|c| {
            let theirs: Vec<&str> = c.categories.split('|').filter(|c| !c.is_empty()).collect();
            if mine.is_empty() || theirs.is_empty() {
                mine.is_empty() && theirs.is_empty()
            } else {
                mine.iter().any(|m| theirs.contains(m))
            }
        })
        .min_by_key(|c| {
            let gap = if c.end < start {
                (start - c.end).num_days()
            } else if end < c.start {
                (c.start - end).num_days()
            } else {
                0
            };
            (gap, c.seq)
        })
        .map(|c| c.seq)
}

/// A stored deadline with the same issuer and targets. It borrows from the batch's view of the
/// ledger, so that building the candidates of a report allocates nothing per candidate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DeadlineCandidate<'a> {
    pub(crate) seq: i64,
    pub(crate) id: &'a str,
    pub(crate) thread: &'a str,
    pub(crate) due: Option<(NaiveDate, NaiveDate)>,
    pub(crate) first_published: Option<NaiveDate>,
}

/// Where a deadline report goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DeadlineMatch {
    /// A new thread.
    New,
    /// One more source of a stored deadline (same due date, or no due date of its own).
    Reaffirm(i64),
    /// A new deadline in a thread, replacing its latest one (`head`) with a different due date.
    Supersede {
        thread: String,
        head_seq: i64,
        head_id: String,
        change: DueChange,
    },
}

/// How a superseding deadline moves the due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DueChange {
    Shortened {
        from: Interval,
        to: Interval,
    },
    Extended {
        from: Interval,
        to: Interval,
    },
    /// The same last day but another first day, or a due date where there was none.
    Changed,
}

/// The rank of a candidate when a deadline report chooses its thread: among the candidates
/// whose demand agrees with the report's ([`key::tokens_agree`]), the one with the most recent
/// first report (then the latest stored) names the thread.
pub(crate) fn thread_rank(c: &DeadlineCandidate<'_>) -> (Option<NaiveDate>, i64) {
    (c.first_published, c.seq)
}

/// Where a deadline report goes in the thread chosen for it (by [`thread_rank`]): `members`
/// are every candidate of that thread, in storage order.
pub(crate) fn match_in_thread(
    thread: &str,
    due: Option<&Interval>,
    published: Option<NaiveDate>,
    members: &[DeadlineCandidate<'_>],
) -> DeadlineMatch {
    // The same deadline: the same due interval, else one that overlaps it ("10 or 12 days"
    // from July 28 and "until August 8" name one deadline).
    let due_days = due.map(|d| (d.start, d.end));
    let overlaps = |c: &&DeadlineCandidate<'_>| match (c.due, due_days) {
        (Some((s1, e1)), Some((s2, e2))) => s1 <= e2 && s2 <= e1,
        _ => false,
    };
    if let Some(same) = members
        .iter()
        .find(|c| due_days.is_some() && c.due == due_days)
        .or_else(|| members.iter().find(overlaps))
    {
        return DeadlineMatch::Reaffirm(same.seq);
    }
    // The head as of this report: the latest member first reported on or before its day.
    let order =
        |c: &&DeadlineCandidate<'_>| (c.first_published.is_none(), c.first_published, c.seq);
    let head = members
        .iter()
        .filter(|c| match (published, c.first_published) {
            (Some(day), Some(first)) => first <= day,
            _ => true,
        })
        .max_by_key(order)
        .or_else(|| members.iter().max_by_key(order));
    let Some(head) = head else {
        return DeadlineMatch::New;
    };
    let Some(due) = due else {
        return DeadlineMatch::Reaffirm(head.seq);
    };
    let change = match head.due {
        Some((start, end)) if due.end != end => {
            let from = Interval {
                start,
                end,
                text: None,
            };
            let to = Interval {
                start: due.start,
                end: due.end,
                text: None,
            };
            if due.end < end {
                DueChange::Shortened { from, to }
            } else {
                DueChange::Extended { from, to }
            }
        }
        _ => DueChange::Changed,
    };
    DeadlineMatch::Supersede {
        thread: thread.to_owned(),
        head_seq: head.seq,
        head_id: head.id.to_owned(),
        change,
    }
}

/// The state of a territorial claim after its evidence, in date order.
pub(crate) fn territorial_state(
    roles: impl IntoIterator<Item = Role>,
) -> Option<TerritorialStatus> {
    let mut state = None;
    for role in roles {
        state = Some(match (state, role) {
            (None, Role::Support) => TerritorialStatus::Claimed,
            (Some(TerritorialStatus::Denied), Role::Support) => TerritorialStatus::Disputed,
            (Some(current), Role::Support) => current,
            (_, Role::Confirm) => TerritorialStatus::Confirmed,
            (None | Some(TerritorialStatus::Denied), Role::Deny) => TerritorialStatus::Denied,
            (Some(_), Role::Deny) | (_, Role::Dispute) => TerritorialStatus::Disputed,
        });
    }
    state
}
