-- Delegated-powers catalogue (issue #12 §2). power_catalogue: the report's catalogue-level figures (dataset rows, replaced
-- with the dataset). power_event: the ledger's exact timeline of each power added to or removed from a zone's catalogue;
-- what was delegated on a day is the last event of each power on or before it.
create table power_catalogue (
    id           text primary key,
    sort_order   int not null,
    granting_zh  text not null,
    granting_en  text not null,
    level        text not null,              -- province | city
    kind         text not null,              -- delegated | not_delegated
    zone_ref     text not null,
    issued       text,
    items        int not null,
    breakdown    text,
    summary_zh   text not null,
    summary_en   text not null,
    document     text,
    source       text not null
);

create table power_event (
    id          bigserial primary key,
    catalogue   text not null,
    power_id    text not null,
    name_zh     text not null,
    department  text not null,
    kind        text not null,
    zone_ref    text not null,
    ftz_id      text not null,
    mode        text,
    action      text not null check (action in ('add', 'remove')),
    effective   date not null,
    synthetic   boolean not null default false,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    unique (catalogue, power_id, zone_ref, effective, action)
);
create index power_event_zone_idx on power_event (zone_ref, effective);
create index power_event_power_idx on power_event (catalogue, power_id, zone_ref, effective, id);
