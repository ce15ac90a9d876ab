-- Undated deadlines by issuer and targets, in place of every deadline by issuer, targets and
-- first report.
--
-- `claims_first` (merge key, first report) served one lookup of a batch: the undated deadlines
-- of its keys (`first_published IS NULL`). Every deadline stored paid an insert into it, and
-- every deadline whose first report moved earlier a delete and an insert, though only the
-- undated ones (those of articles without a publication day) were ever read through it. This
-- partial index lists only those (SQLite 3.8+ and PostgreSQL), and the lookup names both its
-- conditions, so that it applies; a deadline leaves it when a dated report first reports it.
DROP INDEX IF EXISTS claims_first;
CREATE INDEX claims_undated ON claims (merge_key)
    WHERE kind = 'deadline' AND first_published IS NULL;
