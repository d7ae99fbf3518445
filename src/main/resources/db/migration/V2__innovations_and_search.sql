-- Institutional-innovation case library, best-practice batches, and full-text search.
-- Chinese text is segmented in Java (Lucene SmartChineseAnalyzer) and stored as space-separated tokens, so PostgreSQL's
-- 'simple' configuration indexes words rather than whole sentences.

create extension if not exists pg_trgm;

create table innovation_tag (
    id            text primary key,
    sort_order    int  not null,
    name_zh       text not null,
    name_en       text not null,
    definition_zh text not null,
    definition_en text not null
);

create table innovation (
    id           text primary key,
    origin_file  text not null,
    sort_order   int  not null,
    title_zh     text not null,
    title_en     text not null,
    domain       text,
    year         int,
    summary_zh   text not null,
    summary_en   text not null,
    source       text not null,
    batch_number int,
    batch_item   int,
    search_text  text not null,          -- plain title + summary, for the trigram fallback
    summary_seg  text not null,          -- segmented summary_zh, for highlighted snippets
    search_vector tsvector not null
);
create index innovation_search_idx on innovation using gin (search_vector);
create index innovation_trgm_idx on innovation using gin (search_text gin_trgm_ops);

-- zone_ref 'national' marks a replicated result whose origin zone the report does not name (ftz_id is then null).
create table innovation_zone (
    innovation_id text not null references innovation (id) on delete cascade,
    zone_ref      text not null,
    ftz_id        text references ftz (id),
    sort_order    int  not null,
    primary key (innovation_id, zone_ref)
);
create index innovation_zone_ftz_idx on innovation_zone (ftz_id);

create table innovation_theme (
    innovation_id text not null references innovation (id) on delete cascade,
    theme         text not null,
    primary key (innovation_id, theme)
);

create table innovation_tag_link (
    innovation_id text not null references innovation (id) on delete cascade,
    tag_id        text not null references innovation_tag (id),
    sort_order    int  not null,
    primary key (innovation_id, tag_id)
);
create index innovation_tag_link_tag_idx on innovation_tag_link (tag_id);

create table innovation_actor (
    innovation_id text not null references innovation (id) on delete cascade,
    sort_order    int  not null,
    name          text not null,
    primary key (innovation_id, sort_order)
);

create table innovation_system (
    innovation_id text not null references innovation (id) on delete cascade,
    sort_order    int  not null,
    name          text not null,
    primary key (innovation_id, sort_order)
);
create index innovation_system_name_idx on innovation_system (name);

create table innovation_metric (
    innovation_id text not null references innovation (id) on delete cascade,
    sort_order    int  not null,
    quantity_zh   text not null,
    quantity_en   text not null,
    unit          text not null references unit (id),
    before_text   text,
    before_low    numeric,
    before_high   numeric,
    after_text    text,
    after_low     numeric,
    after_high    numeric,
    change_pct    numeric,
    raw           text not null,
    primary key (innovation_id, sort_order)
);

create table innovation_document (
    innovation_id text not null references innovation (id) on delete cascade,
    document_id   text not null references document (id) on delete cascade,
    sort_order    int  not null,
    primary key (innovation_id, document_id)
);

create table best_practice_batch (
    number        int primary key,
    issued        text,
    document_id   text references document (id),
    issuer_zh     text,
    summary_zh    text,
    summary_en    text,
    known_gaps_zh text,
    known_gaps_en text,
    source        text not null
);

create table best_practice_case (
    batch_number  int  not null references best_practice_batch (number) on delete cascade,
    item          int  not null,
    title_zh      text not null,
    scope         text not null,
    regions       text[] not null default '{}',
    innovation_id text references innovation (id),
    primary key (batch_number, item)
);

alter table document add column search_vector tsvector;
alter table document add column summary_seg text;
create index document_search_idx on document using gin (search_vector);
alter table chronicle_event add column search_vector tsvector;
alter table chronicle_event add column summary_seg text;
create index chronicle_search_idx on chronicle_event using gin (search_vector);
