-- Issue 19: a million cases. The `like` fallback (a query the full-text index finds nothing for: a partial word, a word
-- cut differently) searched `innovation.search_text` (title + summary, a copy of four columns) through a trigram index.
-- That index was most of the index bytes and 452 s of the 1,174 s load of 200,000 cases (bench/README.md). Instead, the
-- distinct words of the index are kept here (the vocabulary, with how many cases hold each): a partial word finds the
-- indexed words holding it through a trigram index over this small table, and those words are then searched in the
-- GIN index of `innovation_terms` like any other word. A query of punctuation only is still matched as a substring,
-- without an index. The vocabulary is rebuilt with the facet cache (SearchFacetCache.refresh) and grows with each case
-- added one at a time (SearchFacetCache.add); a word left over from a deleted case finds nothing and does no harm.
create table innovation_word (
    word text primary key,
    ndoc int  not null
);
create index innovation_word_trgm_idx on innovation_word using gin (word gin_trgm_ops);
insert into innovation_word (word, ndoc) select word, ndoc from ts_stat('select all_terms from innovation_terms');

drop index innovation_trgm_idx;
alter table innovation drop column search_text;
-- The segmented copy of summary_zh was only read for the similar cases' headline, which is now cut from summary_zh.
alter table innovation drop column summary_seg;

-- The per-field vectors of innovation_terms are only tested on rows already found through all_terms (a match's tier):
-- no search reads their GIN indexes, which cost a third of the index build time of a bulk load.
drop index innovation_terms_title_idx;
drop index innovation_terms_summary_idx;
drop index innovation_terms_body_idx;

-- The library without a query (newest first) and its first page: read in this order from an index instead of sorting
-- every case per page view.
create index innovation_terms_year_idx on innovation_terms (year desc nulls last, sort_order);
