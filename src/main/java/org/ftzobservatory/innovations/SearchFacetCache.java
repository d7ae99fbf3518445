package org.ftzobservatory.innovations;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Precomputed count and facets for the words that occur in many cases. An unfiltered search for such a word reads a few
 * dozen rows here instead of counting thousands of matches; every other search is counted live. The cache is rebuilt in
 * the transaction that changes the case library, so readers never see it out of step with the cases. With the counts it
 * keeps each such word's first ranking candidates ({@code innovation_term_top}): an unfiltered one-word search then
 * neither reads its matches' rows nor walks the display order to find the best of them.
 */
@Component
public class SearchFacetCache {

    /**
     * A word enters the cache when it occurs in at least this share of the cases (and at least {@link #MIN_CASES}). Below
     * a few hundred matches a live search reads few enough rows; above, reading them costs 20 ms and more once they are
     * no longer in shared buffers (bench/README.md). The cost is at import: for 100,000 cases, about 4,800 words.
     */
    static final double MIN_SHARE = 0.0025;
    static final int MIN_CASES = 250;
    /** Ranking candidates kept per cached word: the first page at the largest page size plus the reranked ones. */
    public static final int TOP_CANDIDATES = 200;
    /** SQL for the one word of segmented query text {@code :tokens}, or null when the query is not exactly one word. */
    public static final String LEXEME = "(select case when numnode(q) = 1 then btrim(querytree(q), '''') end "
            + "from plainto_tsquery('simple', :tokens) q)";

    private final JdbcClient jdbc;

    public SearchFacetCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the cache from {@code innovation_terms}; returns how many words it now holds. */
    public int refresh() {
        return refresh(MIN_SHARE, MIN_CASES);
    }

    /** With other thresholds: tests use low ones so the small bundled library exercises the cache. */
    public int refresh(double minShare, int minCases) {
        jdbc.sql("delete from innovation_term_top").update();
        jdbc.sql("delete from innovation_term_facet").update();
        long cases = jdbc.sql("select count(*) from innovation_terms").query(Long.class).single();
        long threshold = Math.max(minCases, Math.round(cases * minShare));
        if (cases < threshold) {
            return 0;
        }
        jdbc.sql("""
                with broad as (
                  select word from ts_stat('select all_terms from innovation_terms') where ndoc >= :threshold
                ), hits as materialized (
                  select w.word as lexeme, t.domain, t.year, t.zones, t.tags
                  from innovation_terms t cross join lateral unnest(tsvector_to_array(t.all_terms)) w(word)
                  where w.word in (select word from broad)
                )
                insert into innovation_term_facet (lexeme, kind, value, n)
                select lexeme, 'total', '', count(*) from hits group by lexeme
                union all select lexeme, 'domain', domain, count(*) from hits where domain is not null group by lexeme, domain
                union all select lexeme, 'zone', z, count(*) from hits, unnest(zones) z
                            where position('/' in z) = 0 and z <> 'national' group by lexeme, z
                union all select lexeme, 'tag', g, count(*) from hits, unnest(tags) g group by lexeme, g
                union all select lexeme, 'year', cast(year as text), count(*) from hits where year is not null group by lexeme, year
                """).param("threshold", threshold).update();
        // Grouping millions of (word, case) pairs: give this transaction room to hash them in memory.
        jdbc.sql("select set_config('work_mem', '256MB', true)").query().listOfRows();
        jdbc.sql("""
                with broad as (
                  select lexeme as word from innovation_term_facet where kind = 'total'
                ), pairs as (
                  select w.word, t.innovation_id, t.sort_order, 4 as tier
                    from innovation_terms t cross join lateral unnest(tsvector_to_array(t.title_terms)) w(word)
                    where w.word in (select word from broad)
                  union all
                  select w.word, t.innovation_id, t.sort_order, 2
                    from innovation_terms t cross join lateral unnest(tsvector_to_array(t.summary_terms)) w(word)
                    where w.word in (select word from broad)
                  union all
                  select w.word, t.innovation_id, t.sort_order, 1
                    from innovation_terms t cross join lateral unnest(tsvector_to_array(t.body_terms)) w(word)
                    where w.word in (select word from broad)
                ), ranked as (
                  select word, innovation_id, min(sort_order) as so, sum(tier) as tier,
                         row_number() over (partition by word order by sum(tier) desc, min(sort_order)) as rn
                  from pairs group by word, innovation_id
                )
                insert into innovation_term_top (lexeme, rank, innovation_id, tier, sort_order)
                select word, rn, innovation_id, tier, so from ranked where rn <= :k
                """).param("k", TOP_CANDIDATES).update();
        return jdbc.sql("select count(*) from innovation_term_facet where kind = 'total'").query(Integer.class).single();
    }

    /**
     * Counts one case just added to the library into the cache, so a cached word finds it at once: each cached word of the
     * case gains the case in its total and facet counts, and its candidate list is re-ranked with the case in it (tier, then
     * display order, as {@link #refresh} ranks). A word the case makes broad enters the cache at the next import; until then
     * it is counted live, which is slower but as exact.
     */
    public void add(String innovationId) {
        jdbc.sql("""
                with words as (
                  select w.word as lexeme, t.domain, t.year, t.zones, t.tags
                  from innovation_terms t cross join lateral unnest(tsvector_to_array(t.all_terms)) w(word)
                  where t.innovation_id = :id and w.word in (select lexeme from innovation_term_facet where kind = 'total')
                ), counts as (
                  select lexeme, 'total' as kind, '' as value from words
                  union all select lexeme, 'domain', domain from words where domain is not null
                  union all select lexeme, 'zone', z from words, unnest(zones) z where position('/' in z) = 0 and z <> 'national'
                  union all select lexeme, 'tag', g from words, unnest(tags) g
                  union all select lexeme, 'year', cast(year as text) from words where year is not null
                )
                insert into innovation_term_facet (lexeme, kind, value, n)
                select lexeme, kind, value, count(*) from counts group by lexeme, kind, value
                on conflict (lexeme, kind, value) do update set n = innovation_term_facet.n + excluded.n
                """).param("id", innovationId).update();
        List<Object[]> ranked = jdbc.sql("""
                with mine as (
                  select w.word as lexeme, t.innovation_id, t.sort_order,
                         (case when w.word = any (tsvector_to_array(t.title_terms)) then 4 else 0 end)
                       + (case when w.word = any (tsvector_to_array(t.summary_terms)) then 2 else 0 end)
                       + (case when w.word = any (tsvector_to_array(t.body_terms)) then 1 else 0 end) as tier
                  from innovation_terms t cross join lateral unnest(tsvector_to_array(t.all_terms)) w(word)
                  where t.innovation_id = :id and w.word in (select lexeme from innovation_term_facet where kind = 'total')
                ), merged as (
                  select lexeme, innovation_id, tier, sort_order from innovation_term_top
                    where lexeme in (select lexeme from mine) and innovation_id <> :id
                  union all select lexeme, innovation_id, tier, sort_order from mine
                ), ranked as (
                  select lexeme, innovation_id, tier, sort_order,
                         row_number() over (partition by lexeme order by tier desc, sort_order) as rn
                  from merged
                )
                select lexeme, rn, innovation_id, tier, sort_order from ranked where rn <= :k
                """).param("id", innovationId).param("k", TOP_CANDIDATES)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)}).list();
        if (ranked.isEmpty()) {
            return;
        }
        jdbc.sql("delete from innovation_term_top where lexeme in (:words)")
                .param("words", ranked.stream().map(r -> (String) r[0]).distinct().toList()).update();
        for (Object[] r : ranked) {
            jdbc.sql("insert into innovation_term_top (lexeme, rank, innovation_id, tier, sort_order) values (?,?,?,?,?)")
                    .params(r).update();
        }
    }

    /**
     * The cached rows (kind, value or null, count) for a query that is one cached word, or an empty list: the caller then
     * counts live. Segmented query text goes through the same {@code plainto_tsquery} as the live search, so both agree
     * on what the word is.
     */
    public List<Object[]> lookup(String tokens) {
        return jdbc.sql("select f.kind, nullif(f.value, '') as value, f.n from innovation_term_facet f where f.lexeme = " + LEXEME)
                .param("tokens", tokens)
                .query((rs, n) -> new Object[] {rs.getString("kind"), rs.getString("value"), rs.getLong("n")}).list();
    }
}
