-- Count and facets of the broadest search words, computed when the case library changes (import), so that an unfiltered
-- search for a word found in thousands of cases does not visit every matching row to count it. Words below the
-- threshold (see SearchFacetCache) are counted live: few matches are cheap. Measured effect: bench/README.md.
create table innovation_term_facet (
    lexeme text   not null,
    kind   text   not null,          -- total | domain | zone | tag | year
    value  text   not null,          -- '' for total
    n      bigint not null,
    primary key (lexeme, kind, value)
);

-- Lets the planner walk cases in display order and stop after the first page's candidates when a word is common,
-- instead of fetching and sorting every match.
create index innovation_terms_sort_idx on innovation_terms (sort_order);
