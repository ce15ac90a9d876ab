-- One index on deadline threads.
--
-- `claims_thread` (thread, demand, first report) served one lookup of a batch: the latest claim
-- of each thread and demand before the batch's first day. `claims_thread_order` (thread, first
-- report with undated last, seq), which the thread links are read by, serves it as well: the
-- lookup walks the thread back from that day to the first claim with the demand. Every
-- deadline stored paid an insert into both.
DROP INDEX IF EXISTS claims_thread;
