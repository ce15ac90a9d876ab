-- Indexes for batch writes and bulk reads.
--
-- No query looks evidence up by article (an article's evidence is only ever read through its
-- claims), and no article is ever deleted, so `evidence_article` only cost every stored report
-- one more index insert, in random key order.
DROP INDEX IF EXISTS evidence_article;

-- A deadline's thread links (the claim it supersedes and the one superseding it) are its
-- neighbours in its thread ordered by first report, undated last, then storage order: this
-- index holds exactly that order (an index on an expression: SQLite 3.9+ and PostgreSQL), so
-- each link is one seek instead of a sort of the whole thread for every claim listed.
CREATE INDEX claims_thread_order
    ON claims (thread, COALESCE(first_published, '9999-12-31'), seq)
    WHERE thread IS NOT NULL;
