//! The read path: claims, views and articles as of a date, derived from the stored evidence.
//!
//! Nothing here reads a stored state: a claim's status, canonical values, counts and links are
//! recomputed from the evidence visible on the query's date, so that every date gives the
//! answer the ledger would have given then.

use chrono::NaiveDate;
use claimtrack_model::{Attribution, ClaimDetail, ClaimKind, Span};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};

use crate::merge::{self, Role};
use crate::store::{day_text, parse_day};
use crate::{
    ArticleRow, ClaimQuery, ClaimRecord, ClaimView, EventKind, Evidence, HistoryEvent, key,
};

/// A failure of a read, before the path is attached.
pub(crate) enum QueryError {
    Sql(&'static str, sqlx::Error),
    Corrupt(String),
}

type QueryResult<T> = Result<T, QueryError>;

fn sql(context: &'static str) -> impl FnOnce(sqlx::Error) -> QueryError {
    move |e| QueryError::Sql(context, e)
}

/// The sort key of a claim in its deadline thread: undated claims last.
const ORDER_N: &str = "COALESCE(n.first_published, '9999-12-31')";
const ORDER_C: &str = "COALESCE(c.first_published, '9999-12-31')";

/// The columns that identify a claim and its thread links as of `$as_of` (when given). Only
/// deadlines have a thread; the `CASE` spares every other claim the two subqueries.
///
/// A thread's claims are ordered by first report (undated last), then storage order; each link
/// is the neighbour of `c` in that order, found by one seek in `claims_thread_order` (an index
/// on exactly that order) rather than a sort of the whole thread per claim: the order is
/// written as a range on the ordering expression (`>=`, so that the seek can use it) and the
/// tie on it broken by `seq`.
fn claim_columns(as_of: Option<&str>) -> String {
    // The last condition repeats the first two on the ordering expression, so that the seek
    // for the next claim also stops at the date instead of reading the invisible rest.
    let visible = as_of.map_or_else(
        || "1 = 1".to_owned(),
        |p| {
            format!(
                "n.first_published IS NOT NULL AND n.first_published <= {p} AND {ORDER_N} <= {p}"
            )
        },
    );
    format!(
        "c.seq, c.id, c.kind, \
         CASE WHEN c.thread IS NULL THEN NULL ELSE \
         (SELECT n.id FROM claims n WHERE n.thread = c.thread AND n.seq <> c.seq AND {visible} \
            AND {ORDER_N} >= {ORDER_C} AND ({ORDER_N} > {ORDER_C} OR n.seq > c.seq) \
            ORDER BY {ORDER_N}, n.seq LIMIT 1) END AS superseded_by, \
         CASE WHEN c.thread IS NULL THEN NULL ELSE \
         (SELECT n.id FROM claims n WHERE n.thread = c.thread AND n.seq <> c.seq AND {visible} \
            AND {ORDER_N} <= {ORDER_C} AND ({ORDER_N} < {ORDER_C} OR n.seq < c.seq) \
            ORDER BY {ORDER_N} DESC, n.seq DESC LIMIT 1) END AS supersedes"
    )
}

const EVIDENCE_COLUMNS: &str = "e.article_id, e.published, e.role, e.text, e.span_start, \
     e.span_end, e.speaker, e.actor AS attr_actor, e.verb, e.detail";

/// One evidence row, decoded.
struct EvidenceRow {
    article_id: String,
    published: Option<NaiveDate>,
    role: Role,
    text: String,
    span: Span,
    attribution: Attribution,
    detail: ClaimDetail,
}

/// The identity of a claim, decoded.
struct ClaimHead {
    seq: i64,
    id: String,
    kind: ClaimKind,
    superseded_by: Option<String>,
    supersedes: Option<String>,
}

fn corrupt(what: impl Into<String>) -> QueryError {
    QueryError::Corrupt(what.into())
}

fn get_day(row: &SqliteRow, column: &'static str) -> QueryResult<Option<NaiveDate>> {
    let text: Option<String> = row.try_get(column).map_err(sql("reading a date"))?;
    parse_day(text.as_deref()).map_err(QueryError::Corrupt)
}

fn decode_head(row: &SqliteRow) -> QueryResult<ClaimHead> {
    let kind: String = row.try_get("kind").map_err(sql("reading a claim"))?;
    Ok(ClaimHead {
        seq: row.try_get("seq").map_err(sql("reading a claim"))?,
        id: row.try_get("id").map_err(sql("reading a claim"))?,
        kind: kind
            .parse()
            .map_err(|_| corrupt(format!("unknown claim kind `{kind}`")))?,
        superseded_by: row
            .try_get("superseded_by")
            .map_err(sql("reading a claim"))?,
        supersedes: row.try_get("supersedes").map_err(sql("reading a claim"))?,
    })
}

fn decode_evidence(row: &SqliteRow) -> QueryResult<EvidenceRow> {
    let ctx = sql("reading evidence");
    let role: String = row.try_get("role").map_err(ctx)?;
    let detail: String = row.try_get("detail").map_err(sql("reading evidence"))?;
    let start: i64 = row.try_get("span_start").map_err(sql("reading evidence"))?;
    let end: i64 = row.try_get("span_end").map_err(sql("reading evidence"))?;
    let to_usize = |v: i64| usize::try_from(v).map_err(|_| corrupt("negative span offset"));
    Ok(EvidenceRow {
        article_id: row.try_get("article_id").map_err(sql("reading evidence"))?,
        published: get_day(row, "published")?,
        role: Role::from_name(&role).ok_or_else(|| corrupt(format!("unknown role `{role}`")))?,
        text: row.try_get("text").map_err(sql("reading evidence"))?,
        span: Span::new(to_usize(start)?, to_usize(end)?),
        attribution: Attribution {
            speaker: row.try_get("speaker").map_err(sql("reading evidence"))?,
            actor: row.try_get("attr_actor").map_err(sql("reading evidence"))?,
            verb: row.try_get("verb").map_err(sql("reading evidence"))?,
        },
        detail: serde_json::from_str(&detail)
            .map_err(|e| corrupt(format!("evidence detail is not a claim detail: {e}")))?,
    })
}

/// The record of a claim from its visible evidence (in date order, never empty).
fn derive(head: &ClaimHead, evidence: &[EvidenceRow], today: NaiveDate) -> Option<ClaimRecord> {
    let canonical = evidence
        .iter()
        .find(|e| e.role.asserts())
        .or_else(|| evidence.first())?;
    let status = match &canonical.detail {
        ClaimDetail::Territorial(_) => merge::territorial_state(evidence.iter().map(|e| e.role))
            .map_or("claimed", |s| s.as_str()),
        ClaimDetail::Exchange(x) => evidence
            .iter()
            .filter_map(|e| match &e.detail {
                ClaimDetail::Exchange(x) => Some(x.status),
                _ => None,
            })
            .max_by_key(|s| merge::exchange_rank(*s))
            .unwrap_or(x.status)
            .as_str(),
        ClaimDetail::Deadline(d) => {
            if head.superseded_by.is_some() {
                "superseded"
            } else if d.due.as_ref().is_some_and(|due| due.end < today) {
                "expired"
            } else {
                "open"
            }
        }
    };
    let mut articles: Vec<&str> = evidence.iter().map(|e| e.article_id.as_str()).collect();
    articles.sort_unstable();
    articles.dedup();
    Some(ClaimRecord {
        id: head.id.clone(),
        kind: head.kind,
        status: status.to_owned(),
        detail: canonical.detail.clone(),
        attribution: canonical.attribution.clone(),
        first_reported: evidence.iter().filter_map(|e| e.published).min(),
        last_reported: evidence.iter().filter_map(|e| e.published).max(),
        sources: articles.len(),
        denials: evidence
            .iter()
            .filter(|e| matches!(e.role, Role::Deny | Role::Dispute))
            .count(),
        confirmations: evidence.iter().filter(|e| e.role == Role::Confirm).count(),
        superseded_by: head.superseded_by.clone(),
        supersedes: head.supersedes.clone(),
    })
}

/// Whether a record passes the filters SQL cannot apply (they depend on derived values).
pub(crate) fn matches(record: &ClaimRecord, query: &ClaimQuery) -> bool {
    if let Some(status) = &query.status
        && !record.status.eq_ignore_ascii_case(status.trim())
    {
        return false;
    }
    if let Some(since) = query.since
        && record.last_reported.is_none_or(|last| last < since)
    {
        return false;
    }
    if let Some(place) = &query.place {
        let wanted = key::text_key(place);
        let ClaimDetail::Territorial(t) = &record.detail else {
            return false;
        };
        if !key::text_key(&t.place).contains(&wanted) {
            return false;
        }
    }
    if let Some(actor) = &query.actor {
        let wanted = key::text_key(actor);
        let mut names: Vec<&str> = Vec::new();
        names.extend(record.attribution.actor.as_deref());
        match &record.detail {
            ClaimDetail::Territorial(t) => {
                names.extend(t.actor.as_deref());
                names.extend(t.claimant.as_deref());
            }
            ClaimDetail::Exchange(x) => {
                names.extend(x.parties.iter().map(String::as_str));
                names.extend(x.mediator.as_deref());
            }
            ClaimDetail::Deadline(d) => {
                names.extend(d.issuer.as_deref());
                names.extend(d.targets.iter().map(String::as_str));
            }
        }
        if !names.iter().any(|n| key::text_key(n) == wanted) {
            return false;
        }
    }
    true
}

/// A claim of a page, with its visible evidence when the page was read with sources.
pub(crate) type PageItem = (ClaimRecord, Vec<Evidence>);

/// One page of claims after `after` (by storage order), before the derived filters. With
/// `sources`, each claim comes with its visible evidence and the outlet of each, as
/// [`claim_view`] gives them (one joined statement for the page, not one per claim).
pub(crate) async fn claim_page(
    conn: &mut SqliteConnection,
    query: &ClaimQuery,
    after: i64,
    page: i64,
    today: NaiveDate,
    sources: bool,
) -> QueryResult<(Vec<PageItem>, Option<i64>)> {
    let as_of = query.as_of.is_some().then_some("$3");
    let mut page_filter = String::new();
    let mut evidence_filter = String::new();
    if as_of.is_some() {
        page_filter.push_str(" AND first_published IS NOT NULL AND first_published <= $3");
        evidence_filter.push_str(" WHERE e.published IS NOT NULL AND e.published <= $3");
    }
    let kind_param = if as_of.is_some() { "$4" } else { "$3" };
    if query.kind.is_some() {
        page_filter.push_str(&format!(" AND kind = {kind_param}"));
    }
    let (outlet_columns, outlet_join) = if sources {
        (
            ", a.source, a.title, a.url",
            " JOIN articles a ON a.id = e.article_id",
        )
    } else {
        ("", "")
    };
    let text = format!(
        "WITH page AS (SELECT seq FROM claims WHERE seq > $1{page_filter} ORDER BY seq LIMIT $2) \
         SELECT {}, {EVIDENCE_COLUMNS}{outlet_columns} \
         FROM page JOIN claims c ON c.seq = page.seq JOIN evidence e ON e.claim_seq = c.seq\
         {outlet_join}{evidence_filter} \
         ORDER BY c.seq, COALESCE(e.published, '9999-12-31'), e.seq",
        claim_columns(as_of)
    );
    let mut q = sqlx::query(&text).bind(after).bind(page);
    if let Some(day) = query.as_of {
        q = q.bind(day_text(Some(day)));
    }
    if let Some(kind) = query.kind {
        q = q.bind(kind.as_str());
    }
    let rows = q
        .fetch_all(&mut *conn)
        .await
        .map_err(sql("listing claims"))?;
    let mut records = Vec::new();
    let mut last = None;
    let mut current: Option<ClaimHead> = None;
    let mut evidence = Vec::new();
    let mut outlets = Vec::new();
    for row in &rows {
        let seq: i64 = row.try_get("seq").map_err(sql("reading a claim"))?;
        if current.as_ref().is_none_or(|c| c.seq != seq) {
            if let Some(head) = current.take() {
                records.extend(page_item(&head, &mut evidence, &mut outlets, today));
            }
            current = Some(decode_head(row)?);
        }
        evidence.push(decode_evidence(row)?);
        if sources {
            outlets.push(decode_outlet(row)?);
        }
        last = Some(seq);
    }
    if let Some(head) = current.take() {
        records.extend(page_item(&head, &mut evidence, &mut outlets, today));
    }
    // Every claim of the page has visible evidence (its earliest report is visible, by the page
    // filter), so the rows cover the whole page and the last row's claim ends it.
    Ok((records, last))
}

/// The source, title and URL of an evidence row's article.
type Outlet = (Option<String>, Option<String>, Option<String>);

fn decode_outlet(row: &SqliteRow) -> QueryResult<Outlet> {
    let ctx = "reading an article";
    Ok((
        row.try_get("source").map_err(sql(ctx))?,
        row.try_get("title").map_err(sql(ctx))?,
        row.try_get("url").map_err(sql(ctx))?,
    ))
}

/// A claim's record from its evidence rows (taken, leaving both lists empty for the next
/// claim), with the evidence itself when its outlets were read.
fn page_item(
    head: &ClaimHead,
    evidence: &mut Vec<EvidenceRow>,
    outlets: &mut Vec<Outlet>,
    today: NaiveDate,
) -> Option<PageItem> {
    let record = derive(head, evidence, today);
    let rows = std::mem::take(evidence);
    let outlets = std::mem::take(outlets);
    let record = record?;
    if outlets.is_empty() {
        // Read without sources: the rows served only to derive the record.
        return Some((record, Vec::new()));
    }
    Some((record, with_outlets(rows, outlets)))
}

/// Evidence rows as the API gives them, each with its article's outlet.
fn with_outlets(rows: Vec<EvidenceRow>, outlets: Vec<Outlet>) -> Vec<Evidence> {
    rows.into_iter()
        .zip(outlets)
        .map(|(e, (source, title, url))| Evidence {
            article_id: e.article_id,
            source,
            title,
            url,
            published: e.published,
            text: e.text,
            span: e.span,
            attribution: e.attribution,
            role: e.role.as_str().to_owned(),
            detail: e.detail,
        })
        .collect()
}

/// One claim with its history and sources, as of a day.
pub(crate) async fn claim_view(
    conn: &mut SqliteConnection,
    id: &str,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
) -> QueryResult<Option<ClaimView>> {
    let as_of_param = as_of.is_some().then_some("$2");
    let text = format!(
        "SELECT {} FROM claims c WHERE c.id = $1",
        claim_columns(as_of_param)
    );
    let mut q = sqlx::query(&text).bind(id);
    if let Some(day) = as_of {
        q = q.bind(day_text(Some(day)));
    }
    let Some(row) = q
        .fetch_optional(&mut *conn)
        .await
        .map_err(sql("reading a claim"))?
    else {
        return Ok(None);
    };
    let head = decode_head(&row)?;
    let visible = if as_of.is_some() {
        " AND e.published IS NOT NULL AND e.published <= $2"
    } else {
        ""
    };
    let text = format!(
        "SELECT {EVIDENCE_COLUMNS}, a.source, a.title, a.url \
         FROM evidence e JOIN articles a ON a.id = e.article_id \
         WHERE e.claim_seq = $1{visible} \
         ORDER BY COALESCE(e.published, '9999-12-31'), e.seq"
    );
    let mut q = sqlx::query(&text).bind(head.seq);
    if let Some(day) = as_of {
        q = q.bind(day_text(Some(day)));
    }
    let rows = q
        .fetch_all(&mut *conn)
        .await
        .map_err(sql("reading evidence"))?;
    let mut evidence_rows = Vec::with_capacity(rows.len());
    let mut outlets = Vec::with_capacity(rows.len());
    for row in &rows {
        evidence_rows.push(decode_evidence(row)?);
        outlets.push(decode_outlet(row)?);
    }
    let Some(record) = derive(&head, &evidence_rows, today) else {
        return Ok(None);
    };

    let visible = if as_of.is_some() {
        " AND on_date IS NOT NULL AND on_date <= $2"
    } else {
        ""
    };
    let text = format!(
        "SELECT event, on_date, article_id, note FROM events WHERE claim_seq = $1{visible} \
         ORDER BY COALESCE(on_date, '9999-12-31'), seq"
    );
    let mut q = sqlx::query(&text).bind(head.seq);
    if let Some(day) = as_of {
        q = q.bind(day_text(Some(day)));
    }
    let rows = q
        .fetch_all(&mut *conn)
        .await
        .map_err(sql("reading history"))?;
    let mut history = Vec::with_capacity(rows.len() + 1);
    for row in &rows {
        let name: String = row.try_get("event").map_err(sql("reading history"))?;
        history.push(HistoryEvent {
            event: EventKind::from_name(&name)
                .ok_or_else(|| corrupt(format!("unknown event `{name}`")))?,
            on: get_day(row, "on_date")?,
            article_id: row.try_get("article_id").map_err(sql("reading history"))?,
            note: row.try_get("note").map_err(sql("reading history"))?,
        });
    }
    if let (ClaimDetail::Deadline(d), "expired") = (&record.detail, record.status.as_str())
        && let Some(due) = &d.due
    {
        history.push(HistoryEvent {
            event: EventKind::Expired,
            on: due.end.succ_opt(),
            article_id: None,
            note: Some(format!("due {} passed", due.end)),
        });
        // Keep the history in date order with undated entries last.
        history.sort_by_key(|h| (h.on.is_none(), h.on));
    }

    let evidence = with_outlets(evidence_rows, outlets);
    Ok(Some(ClaimView {
        record,
        history,
        evidence,
    }))
}

/// The stored articles published on or before `as_of` (all, without it), by date then id.
pub(crate) async fn articles(
    conn: &mut SqliteConnection,
    as_of: Option<NaiveDate>,
) -> QueryResult<Vec<ArticleRow>> {
    let visible = if as_of.is_some() {
        " WHERE published IS NOT NULL AND published <= $1"
    } else {
        ""
    };
    let text = format!(
        "SELECT id, source, title, url, published, dateline, path, ingested_at FROM articles\
         {visible} ORDER BY COALESCE(published, '9999-12-31'), id"
    );
    let mut q = sqlx::query(&text);
    if let Some(day) = as_of {
        q = q.bind(day_text(Some(day)));
    }
    let rows = q
        .fetch_all(&mut *conn)
        .await
        .map_err(sql("listing articles"))?;
    let ctx = "reading an article";
    rows.iter()
        .map(|row| {
            Ok(ArticleRow {
                id: row.try_get("id").map_err(sql(ctx))?,
                source: row.try_get("source").map_err(sql(ctx))?,
                title: row.try_get("title").map_err(sql(ctx))?,
                url: row.try_get("url").map_err(sql(ctx))?,
                published: get_day(row, "published")?,
                dateline: row.try_get("dateline").map_err(sql(ctx))?,
                path: row.try_get("path").map_err(sql(ctx))?,
                ingested_at: row.try_get("ingested_at").map_err(sql(ctx))?,
            })
        })
        .collect()
}
