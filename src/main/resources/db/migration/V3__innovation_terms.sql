-- A compact twin of each case for matching, ranking tiers and facets.
-- Why: a GIN index over tsvector always rechecks each match against the stored vector, so a broad query read one full
-- vector per matching case. Here the words are kept as text arrays: GIN's array containment (@>) is exact, so a bitmap
-- scan needs only the narrow heap row (facet values), never the words. The words and texts are stored out of line
-- (EXTERNAL, toast_tuple_target 128), which keeps heap rows small. Words are split by weight so that a match can be
-- tiered title > summary/tags > body; `all_terms` holds them all.
create table innovation_terms (
    innovation_id text primary key references innovation (id) on delete cascade,
    sort_order    int  not null,
    domain        text,
    year          int,
    zones         text[] not null,   -- FTZ ids and ftz/subzone refs
    tags          text[] not null,
    all_terms     text[] not null,
    title_terms   text[] not null,
    summary_terms text[] not null,
    body_terms    text[] not null,
    summary_seg   text   not null    -- segmented summary, for snippets
) with (toast_tuple_target = 128);
alter table innovation_terms alter column all_terms set storage external, alter column title_terms set storage external,
    alter column summary_terms set storage external, alter column body_terms set storage external,
    alter column summary_seg set storage external;
create index innovation_terms_all_idx on innovation_terms using gin (all_terms);
create index innovation_terms_title_idx on innovation_terms using gin (title_terms);
create index innovation_terms_summary_idx on innovation_terms using gin (summary_terms);
create index innovation_terms_body_idx on innovation_terms using gin (body_terms);
