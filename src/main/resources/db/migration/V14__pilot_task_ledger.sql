-- Pilot-task ledger (issue #12 §1). The report's plan-level facts are dataset rows (replaced with the dataset); plans and
-- tasks are the ledger officials keep here (never touched by a dataset import). Every write is also in audit_event.

create table task_report_fact (
    id          text primary key,
    sort_order  int not null,
    scope       text not null,              -- national, or a zone reference (ftz / ftz/subzone)
    measure     text not null,              -- plans | tasks | tasks_with_results | measures | categories
    value       int not null,
    approx      boolean not null default false,
    label_zh    text not null,
    label_en    text not null,
    document    text,                       -- 文号 or title as the report names it
    source      text not null
);

create table pilot_plan (
    id           text primary key,
    plan_type    text not null,
    title_zh     text not null,
    zone_ref     text not null,
    ftz_id       text not null,
    issued       date,
    document     text,                      -- 文号 or document id; linked when the dataset has it
    stated_tasks int,                       -- the task count the plan itself states
    synthetic    boolean not null default false,
    created_by   text not null,
    created_at   timestamptz not null default now()
);

create table pilot_task (
    id               text primary key,
    plan_id          text not null references pilot_plan (id),
    zone_ref         text not null,
    ftz_id           text not null,
    domain           text not null,
    content_zh       text not null,
    content_en       text,
    responsible_unit text not null,
    deadline         date not null,
    status           text not null,
    reason           text,                  -- why it is suspended
    evidence         text,
    status_on        date not null,         -- the day the status was last set
    done_on          date,                  -- the day it first counted as done (implemented / effective)
    synthetic        boolean not null default false,
    version          int not null default 0,
    updated_by       text not null,
    updated_at       timestamptz not null default now()
);
-- Rollups group by one dimension and count by status; overdue lists filter open tasks by deadline.
create index pilot_task_ftz_idx on pilot_task (ftz_id, status, domain);
create index pilot_task_zone_idx on pilot_task (zone_ref, status);
create index pilot_task_plan_idx on pilot_task (plan_id, status);
create index pilot_task_deadline_idx on pilot_task (deadline) include (status, ftz_id);
