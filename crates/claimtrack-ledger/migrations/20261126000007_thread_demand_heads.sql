-- Deadlines by thread and demand, in their thread's order (first report, undated last, then
-- storage order).
--
-- A batch reads the latest claim of each thread and demand of its keys (a `deadline_groups`
-- row each). Without this index the lookup walked `claims_thread_order` back from the
-- thread's latest claim to the first with the demand, reading each claim's row on the way:
-- the walk grew with the thread, and cost more than this index costs each deadline stored
-- (one more insert). An index on an expression: SQLite 3.9+ and PostgreSQL.
CREATE INDEX claims_thread_demand
    ON claims (thread, demand_key, COALESCE(first_published, '9999-12-31'), seq)
    WHERE thread IS NOT NULL;
