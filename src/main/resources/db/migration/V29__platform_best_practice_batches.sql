-- Best-practice batches made on the platform (issue 18). Officials' work, like the replication ledger: a dataset import
-- never empties these tables (the bundled files have no platform batch), and nothing here references the dataset tables
-- by foreign key, because an import replaces those. `ftz export` writes them to best-practices/platform-batches.yaml and
-- `ftz import` of a directory holding that file replaces them with it.
create table platform_batch (
    number       int primary key check (number > 0),
    issued       date not null,
    document_no  text,                          -- 文号, normalised (DocumentNumber), once issued
    summary_zh   text,
    summary_en   text,
    state        text not null,                 -- data/best-practices/workflow.yaml
    version      int not null default 0,
    opened_by    text not null,
    opened_at    timestamptz not null default now(),
    published_by text,
    published_at timestamptz
);

create table platform_batch_case (
    batch_number  int not null references platform_batch (number) on delete cascade,
    item          int not null check (item > 0),
    innovation_id text not null,                -- the library case (innovation.id)
    title_zh      text not null,                -- the item's official name as the batch lists it
    added_by      text not null,
    added_at      timestamptz not null default now(),
    primary key (batch_number, item),
    unique (innovation_id)                      -- a case joins one platform batch at most
);

-- A published batch changes only through a correction: which field, from what to what, why and by whom.
create table platform_batch_correction (
    id           bigserial primary key,
    batch_number int not null references platform_batch (number) on delete cascade,
    field        text not null,
    before       text,
    after        text,
    reason       text not null,
    corrected_by text not null,
    corrected_at timestamptz not null default now()
);
create index platform_batch_correction_batch_idx on platform_batch_correction (batch_number, id);
