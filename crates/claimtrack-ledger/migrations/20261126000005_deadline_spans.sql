-- The longest due interval of the stored deadlines of each merge key, for bounded deadline
-- lookups.
--
-- A deadline report reaffirms by due date only a deadline whose due interval overlaps its own.
-- Looked up by last due day alone (`claims_due`), those are every deadline of the key due on
-- or after the report's first due day: most of them, when a batch's reports span the years.
-- A deadline due more than its span after the report's last due day is due to start after it,
-- so with the longest span of the key's deadlines (in days, last due day minus first) the
-- lookup reads a range of `claims_due` no wider than the report's due interval plus that span.
-- Only spans of a day or more are listed: a key without a row has only one-day due dates.
CREATE TABLE deadline_spans (
    merge_key TEXT PRIMARY KEY,
    longest   BIGINT NOT NULL
);

-- The deadlines stored before this table existed (`julianday` is SQLite's; PostgreSQL
-- subtracts the dates cast to `date`).
INSERT INTO deadline_spans (merge_key, longest)
SELECT merge_key, MAX(CAST(julianday(due_end) - julianday(due_start) AS INTEGER))
FROM claims
WHERE kind = 'deadline' AND merge_key <> '' AND due_start IS NOT NULL AND due_end IS NOT NULL
GROUP BY merge_key
HAVING MAX(CAST(julianday(due_end) - julianday(due_start) AS INTEGER)) > 0;
