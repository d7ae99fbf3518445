-- Rollup indexes for the pilot-task ledger (issue #12 §Performance). A rollup of one FTZ or sub-zone by domain and status
-- also needs the deadline (overdue count, median days late); with all four columns in the key the rollup is an
-- index-only scan read in domain order (no heap visits once vacuumed, no sort), where V14's (ftz_id, status, domain)
-- index made PostgreSQL visit every heap page holding one of the zone's rows. These replace V14's two zone indexes.
drop index if exists pilot_task_ftz_idx;
drop index if exists pilot_task_zone_idx;
create index pilot_task_ftz_rollup_idx on pilot_task (ftz_id, domain, status, deadline);
create index pilot_task_zone_rollup_idx on pilot_task (zone_ref, domain, status, deadline);
