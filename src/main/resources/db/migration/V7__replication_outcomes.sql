-- Measured results of a replicated item in one region: a quantity before and after, as the report's results section
-- gives them (e.g. clearance days, approval steps). Written by the officials who own the task; audited like every write.
create table replication_outcome (
    id          bigserial primary key,
    task_id     bigint not null references replication_task (id),
    quantity    text not null,
    unit        text not null,
    before      numeric,
    after       numeric,
    note        text,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    check (before is not null or after is not null)
);
create index replication_outcome_task_idx on replication_outcome (task_id);
