-- A compact twin of each case for matching, ranking tiers and facets. The full weighted tsvectors of `innovation` carry
-- positions and weights and sit in wide rows; reading them for every match of a broad query dominated search time.
-- Here the vectors are term-only (stripped), split by weight (title > summary/tags > body) and stored out of line, so a
-- heap row holds only the facet values; GIN matches are exact, so a bitmap scan counts and facets without reading a vector.
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
