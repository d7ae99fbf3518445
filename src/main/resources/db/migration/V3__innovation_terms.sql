-- A compact twin of each case for matching, ranking tiers and facets. The full weighted tsvectors of `innovation` carry
-- positions and weights and sit in wide rows; reading them for every match of a broad query dominated search time.
-- Here the vectors are term-only (stripped, about a third smaller), split by weight so a match can be tiered
-- title > summary/tags > body, and the facet values ride along as arrays: one bitmap scan of this table answers the count
-- and all facets without joins. Measured limits are in bench/README.md (GIN over tsvector still rechecks each match, and
-- rows under 2 kB are not moved to TOAST whatever the storage setting, so broad words remain the slow case).
create table innovation_terms (
    innovation_id text primary key references innovation (id) on delete cascade,
    sort_order    int  not null,
    domain        text,
    year          int,
    zones         text[] not null,   -- FTZ ids and ftz/subzone refs
    tags          text[] not null,
    all_terms     tsvector not null,
    title_terms   tsvector not null,
    summary_terms tsvector not null,
    body_terms    tsvector not null
) with (toast_tuple_target = 128);
alter table innovation_terms alter column all_terms set storage external;
alter table innovation_terms alter column title_terms set storage external;
alter table innovation_terms alter column summary_terms set storage external;
alter table innovation_terms alter column body_terms set storage external;
create index innovation_terms_all_idx on innovation_terms using gin (all_terms);
create index innovation_terms_title_idx on innovation_terms using gin (title_terms);
create index innovation_terms_summary_idx on innovation_terms using gin (summary_terms);
create index innovation_terms_body_idx on innovation_terms using gin (body_terms);
