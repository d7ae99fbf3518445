-- Issue 19: a filtered search at a million cases (数据 in one domain: 34,164 of 239,441 matches) was counted live,
-- reading every match's row and its TOASTed vectors: 0.1-2.5 s a search. Each cached search now also keeps all its
-- matches, in display order with their tiers, as one compact list (InnovationRepository reads it and counts the facets
-- of the filtered matches in the app node, see innovations.FilteredCount). Written by SearchFacetCache.refresh, extended
-- by SearchFacetCache.add. The list is read whole, so it is stored uncompressed (no pglz to undo on every search).
create table innovation_term_posting (
    lexeme   text primary key,
    n        int   not null,   -- matches
    last_so  int   not null,   -- display order of the last match: a case added later is appended after it
    postings bytea not null    -- Postings: varint((sort order - previous) << 3 | tier) per match
);
alter table innovation_term_posting alter column postings set storage external;
