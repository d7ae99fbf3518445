-- The search glossary (data/search-terms.yaml) as imported, for export, and the phrase dictionary derived from it and
-- from the tag names: phrase text → compound token. Indexing (import) and querying (every app node) must use the same
-- dictionary, so the query side reads it from here rather than from its own copy of the data files.
create table search_term (
    sort_order int primary key,
    zh         text,
    en         text
);
create table search_phrase (
    compound text primary key,
    phrase   text not null,
    origin   text not null          -- glossary | tag
);

-- The first page of ranking candidates of each word in the facet cache (innovation_term_facet), ranked the way the live
-- search ranks them (title 4 + summary/tags 2 + body 1, then dataset order). Rebuilt with the facet cache at import. An
-- unfiltered one-word search reads its candidates here instead of walking thousands of matching rows.
create table innovation_term_top (
    lexeme        text not null,
    rank          int  not null,
    innovation_id text not null,
    tier          int  not null,
    sort_order    int  not null,
    primary key (lexeme, rank)
);
