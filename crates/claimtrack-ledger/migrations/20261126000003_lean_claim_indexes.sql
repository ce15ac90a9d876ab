-- Leaner merge lookup indexes: each claim updates only the index its kind is looked up by, and
-- no index repeats the kind its `WHERE` fixes.
--
-- `claims_merge` listed every claim, exchanges too, which no lookup reads through it (they are
-- read by `claims_when`), and it led with the kind, as did the partial indexes: a column every
-- entry of a partial index has the same value in only lengthens each comparison of an insert.
-- The lookups name the kind as a literal, so that these partial indexes apply (SQLite 3.8+ and
-- PostgreSQL).
DROP INDEX IF EXISTS claims_merge;
DROP INDEX IF EXISTS claims_when;
DROP INDEX IF EXISTS claims_due;

-- Territorial claims by place key.
CREATE INDEX claims_place ON claims (merge_key) WHERE kind = 'territorial';
-- Deadlines by issuer and targets and first report (undated ones: `first_published IS NULL`).
CREATE INDEX claims_first ON claims (merge_key, first_published) WHERE kind = 'deadline';
-- Exchanges by parties and last day.
CREATE INDEX claims_when ON claims (merge_key, when_end) WHERE kind = 'exchange';
-- Deadlines by issuer and targets and last due day.
CREATE INDEX claims_due ON claims (merge_key, due_end) WHERE kind = 'deadline';
