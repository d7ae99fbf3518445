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

-- innovation_terms was meant to keep its vectors out of line (V3 sets storage external and toast_tuple_target = 128), but
-- PostgreSQL only starts moving values out once a row exceeds about 2 kB, and these rows stay just under that: about four
-- rows per 8 kB page, so counting 10,000 matches read about 10,000 pages. This compressible filler pushes every row over
-- the threshold; PostgreSQL then compresses the filler to a few bytes and moves the vectors to TOAST, leaving rows of
-- about 170 bytes. Matching still uses the GIN indexes (exact for plain word queries, so the vectors are not re-read).
alter table innovation_terms add column toast_trigger text generated always as (repeat(' ', 2100)) stored;
-- Keep what counting and faceting read in the row itself: without this PostgreSQL would also move the facet arrays (and
-- the filler) out, until the row fits toast_tuple_target, and every count would fetch them back from TOAST.
alter table innovation_terms alter column innovation_id set storage main;
alter table innovation_terms alter column domain set storage main;
alter table innovation_terms alter column zones set storage main;
alter table innovation_terms alter column tags set storage main;
alter table innovation_terms alter column toast_trigger set storage main;
