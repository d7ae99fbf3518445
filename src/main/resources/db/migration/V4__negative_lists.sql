-- Negative-list measures as editable records with an append-only change history. The lists' metadata, the check
-- policy and the scoring table are versioned files under data/negative-lists/; the measures live here so that officials
-- can complete a list (import or form) without a code change, and every change keeps who, when and from which source.
create table negative_list_measure (
    list_id    text        not null,
    seq        int         not null,
    doc        jsonb       not null,
    version    int         not null default 1,
    updated_at timestamptz not null default now(),
    updated_by text        not null,
    primary key (list_id, seq)
);

create table negative_list_measure_change (
    id         bigserial   primary key,
    list_id    text        not null,
    seq        int         not null,
    changed_at timestamptz not null default now(),
    changed_by text        not null,
    source     text        not null,
    comment    text,
    before     jsonb,
    after      jsonb       not null
);
create index negative_list_measure_change_measure on negative_list_measure_change (list_id, seq, changed_at);

-- Which bundled file content was last applied, so a restart re-applies only a changed file.
create table negative_list_bundle (
    list_id      text primary key,
    content_hash text        not null,
    applied_at   timestamptz not null default now()
);

-- History is append-only: updates and deletes are refused by the database itself.
create function negative_list_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'negative_list_measure_change is append-only';
end $$;
create trigger negative_list_change_append_only before update or delete on negative_list_measure_change
    for each row execute function negative_list_change_is_append_only();
