-- The longest span of the stored exchanges of each merge key, for bounded exchange lookups.
--
-- An exchange report merges only with an exchange whose days come within a day of its own.
-- Looked up by last day alone (`claims_when`), those are every exchange of the parties ending
-- on or after the report's first day: most of them, when a batch's reports span the years.
-- An exchange that ends more than its span after the report's last day starts after it, so
-- with the longest span of the key's exchanges (in days, last day minus first) the lookup
-- reads a range of `claims_when` no wider than the report's days plus that span. Only spans
-- of a day or more are listed: a key without a row has only one-day exchanges (span 0).
CREATE TABLE exchange_spans (
    merge_key TEXT PRIMARY KEY,
    longest   BIGINT NOT NULL
);

-- The exchanges stored before this table existed (`julianday` is SQLite's; PostgreSQL
-- subtracts the dates cast to `date`).
INSERT INTO exchange_spans (merge_key, longest)
SELECT merge_key, MAX(CAST(julianday(when_end) - julianday(when_start) AS INTEGER))
FROM claims
WHERE kind = 'exchange' AND merge_key <> '' AND when_start IS NOT NULL
    AND when_end IS NOT NULL
GROUP BY merge_key
HAVING MAX(CAST(julianday(when_end) - julianday(when_start) AS INTEGER)) > 0;
