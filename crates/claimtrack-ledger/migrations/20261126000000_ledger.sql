-- The claim ledger: articles, claims, evidence, history and ingest runs.
--
-- Portability: the SQL is meant to run on PostgreSQL too. Dates are ISO `YYYY-MM-DD` TEXT (they
-- sort and compare as text), timestamps are RFC 3339 TEXT, JSON is TEXT. The only SQLite-specific
-- construct is `INTEGER PRIMARY KEY` as an auto-numbered key (an alias of the rowid); on
-- PostgreSQL write `BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY` instead.

-- Every article ever stored, once (idempotency is by `id`, a hash of the normalised body).
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    source      TEXT,
    title       TEXT,
    url         TEXT,
    published   TEXT,
    dateline    TEXT,
    path        TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- One row per real-world claim. The row holds only what identifies the claim for merging (the
-- columns below `kind`, from the report that created it); its state is derived from `evidence`
-- at query time so that every query can be answered as of any date.
CREATE TABLE claims (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    -- territorial: the place key; exchange: the party set; deadline: issuer and targets.
    merge_key       TEXT NOT NULL,
    -- territorial: action and actor key.
    action          TEXT,
    actor           TEXT,
    -- exchange: `|`-joined categories, `demanded` or `offered` (every other status), and the
    -- effective interval (the dates given, else the publication day).
    categories      TEXT,
    status_class    TEXT,
    when_start      TEXT,
    when_end        TEXT,
    -- deadline: the thread (id of its first claim), the due interval, the demand as written and
    -- its normalised content words (space-separated, sorted, empty when no demand is stated;
    -- computed once at insert so that matching never normalises a stored demand again).
    thread          TEXT,
    due_start       TEXT,
    due_end         TEXT,
    demand          TEXT,
    demand_key      TEXT,
    -- The earliest publication day of any evidence: an as-of query sees the claim when this is on
    -- or before its date.
    first_published TEXT
);
-- The merge lookups read a bounded slice of the claims sharing a merge key: territorial claims
-- by exact place key; exchanges by a date window; deadlines by first report (the batch's days
-- onwards), by due window, and the latest claim of each thread and demand.
-- The kind-specific ones are partial indexes (SQLite 3.8+ and PostgreSQL), so that a claim
-- only updates the indexes its kind is looked up by; their queries name the kind as a literal.
CREATE INDEX claims_merge ON claims (kind, merge_key, first_published);
CREATE INDEX claims_when ON claims (kind, merge_key, when_end) WHERE kind = 'exchange';
CREATE INDEX claims_due ON claims (kind, merge_key, due_end) WHERE kind = 'deadline';
CREATE INDEX claims_thread ON claims (thread, demand_key, first_published) WHERE thread IS NOT NULL;

-- The distinct (thread, demand) groups of the deadlines that can merge, so that the latest claim
-- of each is found with one index lookup rather than a scan of every deadline with the key.
CREATE TABLE deadline_groups (
    merge_key  TEXT NOT NULL,
    thread     TEXT NOT NULL,
    demand_key TEXT NOT NULL,
    PRIMARY KEY (merge_key, thread, demand_key)
);

-- Every sentence that reports a claim, with what that article said (`detail`, JSON) and how it
-- bears on the claim (`role`: support, confirm, deny, dispute).
CREATE TABLE evidence (
    seq        INTEGER PRIMARY KEY,
    claim_seq  INTEGER NOT NULL REFERENCES claims (seq),
    article_id TEXT NOT NULL REFERENCES articles (id),
    extract_id TEXT NOT NULL,
    published  TEXT,
    role       TEXT NOT NULL,
    text       TEXT NOT NULL,
    span_start BIGINT NOT NULL,
    span_end   BIGINT NOT NULL,
    speaker    TEXT,
    actor      TEXT,
    verb       TEXT,
    detail     TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence (claim_seq, published);
CREATE INDEX evidence_article ON evidence (article_id);

-- The append-only history of claim events, written when evidence is stored. `expired` is not
-- stored: it depends on the date a query asks about.
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY,
    claim_seq  INTEGER NOT NULL REFERENCES claims (seq),
    event      TEXT NOT NULL,
    on_date    TEXT,
    article_id TEXT REFERENCES articles (id),
    note       TEXT
);
CREATE INDEX events_claim ON events (claim_seq);

-- The ingest run log: the only table that changes when the same articles are ingested again.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    inputs      TEXT NOT NULL,
    read_count  BIGINT,
    new_count   BIGINT,
    dup_count   BIGINT,
    fail_count  BIGINT
);
