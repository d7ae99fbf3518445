package org.ftzobservatory.innovations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.search.QueryPlan;
import org.ftzobservatory.search.SearchPhrases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Precomputed count, facets and first ranking candidates of the searches for one broad word. An unfiltered search for
 * such a word reads a few hundred rows here instead of counting thousands of matches; every other search is counted
 * live. A word's search is what {@link QueryPlan} makes of it — the word, its synonyms in the other language, a phrase's
 * pieces — so the cache is keyed by that match text ({@link QueryPlan#matchOf}), not by the bare word: since the search
 * added synonyms and pieces, a key by word no longer found most searches (issue 19: 海关 asks for 海关 | customs). The
 * cache is rebuilt in the transaction that changes the case library, so readers never see it out of step with the cases.
 */
@Component
public class SearchFacetCache implements org.ftzobservatory.search.CachedCaseSearches {

    /**
     * A search enters the cache when it matches at least this share of the cases (and at least {@link #MIN_CASES}). Below
     * a few hundred matches a live search reads few enough rows; above, reading them costs 20 ms and more once they are
     * no longer in shared buffers (bench/README.md).
     */
    static final double MIN_SHARE = 0.0025;
    static final int MIN_CASES = 250;
    /**
     * ...and at most this many matches are ever counted live: at 1,000,000 cases the share alone would leave searches of
     * up to 2,500 matches to a live count, each match a random read of a 2 kB row. A live count costs about 0.12–0.15 ms
     * a match at a million cases (营商环境, 455 matches: 67.2 ms; 自由贸易, 289: 53.0 ms; bench/README.md), so above
     * about 250 matches a search no longer fits 50 ms live: from there on every search considered is cached.
     */
    static final int MAX_LIVE = 250;
    /** Ranking candidates kept per cached word: the first page at the largest page size plus the reranked ones. */
    public static final int TOP_CANDIDATES = 200;

    private final JdbcClient jdbc;

    public SearchFacetCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the cache from {@code innovation_terms}; returns how many searches it now holds. */
    /** The cache key of the library without a query (its total and facets; candidates come from the year index). */
    public static final String EVERYTHING = "";

    public int refresh() {
        return refresh(MIN_SHARE, MIN_CASES);
    }

    /**
     * With other thresholds: tests use low ones so the small bundled library exercises the cache.
     *
     * <p>The searches considered are those of the broad words ({@code ts_stat}), of every word with a synonym and of
     * every dictionary phrase. PostgreSQL parses each one's match text ({@code to_tsquery}), so the words evaluated here
     * are the lexemes the index holds. Then one pass over {@code innovation_terms} in display order, streamed to this
     * process, evaluates for each case the searches that share a word with it — on all its words for the count and
     * facets, on title, summary and body alone for its ranking tier (4 + 2 + 1) — and offers the case as a candidate while
     * its tier has room: in display order, the first {@link #TOP_CANDIDATES} of a tier are the best of it, so no sort.
     * The aggregation in SQL it replaces materialised one row per (word, case) pair and grouped them, which grows with
     * cases × words (issue 19: the million-case load took 2,811 s with it). Run it inside a transaction: only then is the
     * stream read in batches rather than all at once.
     */
    public int refresh(double minShare, int minCases) {
        jdbc.sql("delete from innovation_term_top").update();
        jdbc.sql("delete from innovation_term_facet").update();
        jdbc.sql("delete from innovation_term_posting").update();
        // The vocabulary (partial-word queries, see InnovationRepository): every indexed word and its number of cases.
        jdbc.sql("delete from innovation_word").update();
        jdbc.sql("insert into innovation_word (word, ndoc) select word, ndoc from ts_stat('select all_terms from innovation_terms')")
                .update();
        long cases = jdbc.sql("select count(*) from innovation_terms").query(Long.class).single();
        long threshold = Math.max(minCases, Math.min(MAX_LIVE, Math.round(cases * minShare)));
        if (cases < threshold) {
            return 0;
        }
        // The library without a query: its total and facets, so a page view without a query counts nothing.
        jdbc.sql("""
                insert into innovation_term_facet (lexeme, kind, value, n)
                select '', 'total', '', count(*) from innovation_terms
                union all select '', 'domain', domain, count(*) from innovation_terms where domain is not null group by domain
                union all select '', 'zone', z, count(*) from innovation_terms, unnest(zones) z
                            where position('/' in z) = 0 and z <> 'national' group by z
                union all select '', 'tag', g, count(*) from innovation_terms, unnest(tags) g group by g
                union all select '', 'year', cast(year as text), count(*) from innovation_terms where year is not null group by year
                """).update();
        SearchPhrases.Vocabulary vocabulary = SearchPhrases.read(jdbc);
        Set<String> words = new LinkedHashSet<>(jdbc.sql("select word from innovation_word "
                + "where ndoc >= :threshold order by word").param("threshold", threshold).query(String.class).list());
        words.addAll(vocabulary.synonyms().lexemes());
        vocabulary.dictionary().phrases().forEach(p -> words.add(p.compound()));
        Set<String> keys = new LinkedHashSet<>();
        words.forEach(w -> keys.add(QueryPlan.matchOf(w, vocabulary.dictionary(), vocabulary.synonyms())));
        // PostgreSQL's reading of each key: the lexemes and operators the live search evaluates.
        Leaves leaves = new Leaves();
        List<Search> searches = new ArrayList<>();
        jdbc.sql("select k, cast(to_tsquery('simple', k) as text) as q from unnest(cast(:keys as text[])) k")
                .param("keys", keys.toArray(String[]::new))
                .query((rs, n) -> searches.add(new Search(rs.getString("k"), Expr.parse(rs.getString("q"), leaves)))).list();
        List<List<Search>> byLeaf = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            byLeaf.add(new ArrayList<>());
        }
        for (Search s : searches) {
            if (s.expr != null) {
                s.expr.leaves(l -> {
                    if (!byLeaf.get(l).contains(s)) {
                        byLeaf.get(l).add(s);
                    }
                });
            }
        }
        FacetValues values = new FacetValues();
        List<String> ids = new ArrayList<>();
        List<Integer> sortOrders = new ArrayList<>();
        int[] fields = new int[leaves.size()];      // per leaf: the fields (4 title, 2 summary, 1 body) of the current case
        int[] seen = new int[leaves.size()];        // per leaf: the case number that last set fields
        int[] row = {0};
        // Postings need each case's display order to be its own; should two cases share one, none are written (a
        // filtered search is then counted live) rather than wrong ones.
        long[] lastSortOrder = {Postings.START};
        boolean[] distinctOrders = {true};
        List<Integer> present = new ArrayList<>();
        List<Search> touched = new ArrayList<>();
        // Lexemes of to_tsvector never hold white space, so a space-joined list splits back into them.
        jdbc.sql("""
                select t.innovation_id, t.sort_order, t.domain, t.year, array_to_string(t.zones, chr(31)) as zones,
                       array_to_string(t.tags, chr(31)) as tags, array_to_string(tsvector_to_array(t.title_terms), ' ') as title,
                       array_to_string(tsvector_to_array(t.summary_terms), ' ') as summary,
                       array_to_string(tsvector_to_array(t.body_terms), ' ') as body
                from innovation_terms t order by t.sort_order, t.innovation_id""")
                .withFetchSize(2_000)
                .query((java.sql.ResultSet rs) -> {
                    int r = ++row[0];
                    int sortOrder = rs.getInt("sort_order");
                    distinctOrders[0] &= sortOrder > lastSortOrder[0];
                    lastSortOrder[0] = sortOrder;
                    present.clear();
                    mark(leaves, rs.getString("title"), 4, r, fields, seen, present);
                    mark(leaves, rs.getString("summary"), 2, r, fields, seen, present);
                    mark(leaves, rs.getString("body"), 1, r, fields, seen, present);
                    touched.clear();
                    for (int leaf : present) {
                        for (Search s : byLeaf.get(leaf)) {
                            if (s.row != r) {
                                s.row = r;
                                touched.add(s);
                            }
                        }
                    }
                    int[] keysOfCase = null;
                    int handle = -1;
                    for (Search s : touched) {
                        java.util.function.IntPredicate all = l -> seen[l] == r && fields[l] != 0;
                        if (!s.expr.test(all)) {
                            continue;
                        }
                        int tier = 0;
                        for (int bit : new int[] {4, 2, 1}) {
                            if (s.expr.test(l -> seen[l] == r && (fields[l] & bit) != 0)) {
                                tier |= bit;
                            }
                        }
                        if (keysOfCase == null) {
                            keysOfCase = values.keys(rs.getString("domain"), (Integer) rs.getObject("year"), rs.getString("zones"),
                                    rs.getString("tags"));
                        }
                        s.count(keysOfCase);
                        if (distinctOrders[0]) {
                            s.postings.add(sortOrder, tier);
                        }
                        if (s.hasRoom(tier)) {
                            if (handle < 0) {
                                handle = ids.size();
                                ids.add(rs.getString("innovation_id"));
                                sortOrders.add(rs.getInt("sort_order"));
                            }
                            s.offer(tier, handle);
                        }
                    }
                });
        Rows facetRows = new Rows();
        Rows topRows = new Rows();
        int kept = 0;
        Set<String> written = new java.util.HashSet<>();
        for (Search s : searches) {
            if (s.expr == null || s.counts[0] < threshold || !written.add(s.key)) {
                continue;
            }
            kept++;
            for (int v = 0; v < s.counts.length; v++) {
                if (s.counts[v] > 0) {
                    facetRows.add(s.key, values.kinds.get(v), values.values.get(v), s.counts[v]);
                }
            }
            int rank = 0;
            for (int tier = 7; tier >= 0 && rank < TOP_CANDIDATES; tier--) {
                for (int k = 0; k < s.sizes[tier] && rank < TOP_CANDIDATES; k++) {
                    int h = s.buckets[tier][k];
                    topRows.add(s.key, ++rank, ids.get(h), tier, sortOrders.get(h));
                }
            }
            if (distinctOrders[0]) {
                jdbc.sql("insert into innovation_term_posting (lexeme, n, last_so, postings) values (:l, :n, :last, :p)")
                        .param("l", s.key).param("n", s.postings.count()).param("last", (int) s.postings.last())
                        .param("p", s.postings.toBytes()).update();
            }
            s.postings = null; // written: its bytes may go
            if (facetRows.size() + topRows.size() > 50_000) {
                write(facetRows, topRows);
            }
        }
        write(facetRows, topRows);
        return kept;
    }

    /** Rows gathered for one table, column by column (inserted as arrays). */
    private static final class Rows {
        final List<List<Object>> columns = new ArrayList<>();

        void add(Object... values) {
            while (columns.size() < values.length) {
                columns.add(new ArrayList<>());
            }
            for (int i = 0; i < values.length; i++) {
                columns.get(i).add(values[i]);
            }
        }

        int size() {
            return columns.isEmpty() ? 0 : columns.get(0).size();
        }

        String[] strings(int i) {
            return columns.get(i).stream().map(String.class::cast).toArray(String[]::new);
        }

        int[] ints(int i) {
            return columns.get(i).stream().mapToInt(o -> (Integer) o).toArray();
        }
    }

    /** Inserts the gathered rows, one statement per table, and empties them. */
    private void write(Rows facets, Rows top) {
        if (facets.size() > 0) {
            jdbc.sql("insert into innovation_term_facet (lexeme, kind, value, n) "
                            + "select * from unnest(cast(:l as text[]), cast(:k as text[]), cast(:v as text[]), cast(:n as bigint[]))")
                    .param("l", facets.strings(0)).param("k", facets.strings(1)).param("v", facets.strings(2))
                    .param("n", Arrays.stream(facets.ints(3)).mapToLong(i -> i).toArray()).update();
        }
        if (top.size() > 0) {
            jdbc.sql("insert into innovation_term_top (lexeme, rank, innovation_id, tier, sort_order) "
                            + "select * from unnest(cast(:l as text[]), cast(:r as int[]), cast(:i as text[]), cast(:t as int[]), cast(:s as int[]))")
                    .param("l", top.strings(0)).param("r", top.ints(1)).param("i", top.strings(2)).param("t", top.ints(3))
                    .param("s", top.ints(4)).update();
        }
        facets.columns.clear();
        top.columns.clear();
    }

    /** Sets the field bit of each known lexeme of one field of the current case; new ones go to {@code present}. */
    private static void mark(Leaves leaves, String lexemes, int bit, int row, int[] fields, int[] seen, List<Integer> present) {
        if (lexemes == null || lexemes.isEmpty()) {
            return;
        }
        for (String lexeme : lexemes.split(" ")) {
            Integer l = leaves.ids.get(lexeme);
            if (l == null) {
                continue;
            }
            if (seen[l] != row) {
                seen[l] = row;
                fields[l] = 0;
                present.add(l);
            }
            fields[l] |= bit;
        }
    }

    /** The lexemes the cached searches use, numbered. */
    static final class Leaves {
        final Map<String, Integer> ids = new HashMap<>();

        int id(String lexeme) {
            return ids.computeIfAbsent(lexeme, k -> ids.size());
        }

        int size() {
            return ids.size();
        }
    }

    /**
     * A tsquery as PostgreSQL prints it ({@code 'a' & ( 'b' | 'c' )}), for cases whose words are known. The vectors of
     * {@code innovation_terms} have no positions, and on them PostgreSQL finds no phrase ({@code <->}, {@code <N>}): a
     * conjunction holding one is false here too. A negation (never built by the search) makes the query unsupported:
     * null, and the word is counted live.
     */
    interface Expr {
        boolean test(java.util.function.IntPredicate leaf);

        void leaves(java.util.function.IntConsumer out);

        static Expr parse(String text, Leaves leaves) {
            if (text == null || text.isBlank() || text.contains("!")) {
                return null;
            }
            Parser p = new Parser(text, leaves);
            Expr e = p.or();
            return p.atEnd() ? e : null;
        }
    }

    private static final class Parser {
        private final String s;
        private final Leaves leaves;
        private int i;

        Parser(String s, Leaves leaves) {
            this.s = s;
            this.leaves = leaves;
        }

        boolean atEnd() {
            skip();
            return i >= s.length();
        }

        Expr or() {
            List<Expr> parts = new ArrayList<>(List.of(and()));
            while (peek('|')) {
                i++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Op(false, parts);
        }

        Expr and() {
            List<Expr> parts = new ArrayList<>(List.of(atom()));
            boolean phrase = false;
            while (true) {
                if (peek('&')) {
                    i++;
                } else if (peek('<')) {
                    i = s.indexOf('>', i) + 1;
                    phrase = true;
                } else {
                    break;
                }
                parts.add(atom());
            }
            if (phrase) {
                return new Op(false, List.of()); // never true on vectors without positions
            }
            return parts.size() == 1 ? parts.get(0) : new Op(true, parts);
        }

        Expr atom() {
            skip();
            if (peek('(')) {
                i++;
                Expr e = or();
                skip();
                i++; // ')'
                return e;
            }
            // 'lexeme' with '' for a quote and \ escapes, as tsquery output spells it
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    sb.append(s.charAt(i + 1));
                    i += 2;
                } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    sb.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            // a weight or prefix label (never built by the search) would follow as :…; skip it
            if (i < s.length() && s.charAt(i) == ':') {
                while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != ')') {
                    i++;
                }
            }
            return new Leaf(leaves.id(sb.toString()));
        }

        private boolean peek(char c) {
            skip();
            return i < s.length() && s.charAt(i) == c;
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }

    private record Leaf(int id) implements Expr {
        public boolean test(java.util.function.IntPredicate leaf) {
            return leaf.test(id);
        }

        public void leaves(java.util.function.IntConsumer out) {
            out.accept(id);
        }
    }

    private record Op(boolean and, List<Expr> parts) implements Expr {
        public boolean test(java.util.function.IntPredicate leaf) {
            for (Expr e : parts) {
                if (e.test(leaf) != and) {
                    return !and;
                }
            }
            return and;
        }

        public void leaves(java.util.function.IntConsumer out) {
            parts.forEach(p -> p.leaves(out));
        }
    }

    /** One cached search: its counts by facet value and its first candidates of each tier (case handles, display order). */
    private static final class Search {
        final String key;
        final Expr expr;
        int row;
        int[] counts = new int[16];
        final int[][] buckets = new int[8][];
        final int[] sizes = new int[8];
        /** Every match with its tier, in display order (written for the searches kept). */
        Postings.Builder postings = new Postings.Builder();

        Search(String key, Expr expr) {
            this.key = key;
            this.expr = expr;
        }

        void count(int[] keys) {
            for (int k : keys) {
                if (k >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(k + 1, counts.length * 2));
                }
                counts[k]++;
            }
        }

        boolean hasRoom(int tier) {
            return sizes[tier] < TOP_CANDIDATES;
        }

        void offer(int tier, int handle) {
            if (buckets[tier] == null) {
                buckets[tier] = new int[8];
            } else if (sizes[tier] == buckets[tier].length) {
                buckets[tier] = Arrays.copyOf(buckets[tier], Math.min(TOP_CANDIDATES, sizes[tier] * 2));
            }
            buckets[tier][sizes[tier]++] = handle;
        }
    }

    /**
     * Facet values numbered as they are met; index 0 is the total. A case's keys are its total, domain, year, zones
     * (FTZ ids only: not sub-zones, not 'national') and tags — what the live count groups by.
     */
    private static final class FacetValues {
        final List<String> kinds = new ArrayList<>(List.of("total"));
        final List<String> values = new ArrayList<>(List.of(""));
        private final Map<String, Integer> index = new LinkedHashMap<>();

        int[] keys(String domain, Integer year, String zones, String tags) {
            List<Integer> out = new ArrayList<>(8);
            out.add(0);
            if (domain != null) {
                out.add(of("domain", domain));
            }
            if (year != null) {
                out.add(of("year", year.toString()));
            }
            for (String z : CaseColumns.splitJoined(zones)) {
                if (CaseColumns.isZoneFacet(z)) {
                    out.add(of("zone", z));
                }
            }
            for (String g : CaseColumns.splitJoined(tags)) {
                out.add(of("tag", g));
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        private int of(String kind, String value) {
            return index.computeIfAbsent(kind + "\u0000" + value, k -> {
                kinds.add(kind);
                values.add(value);
                return kinds.size() - 1;
            });
        }
    }

    /**
     * Counts one case just added to the library into the cache, so a cached search finds it at once: each cached search
     * the case matches gains it in its total and facet counts, and its candidate list is re-ranked with the case in it
     * (tier, then display order, as {@link #refresh} ranks). PostgreSQL tests the case against every cached key, one
     * small row against a few thousand queries. A search the case makes broad enters the cache at the next import; until
     * then it is counted live, which is slower but as exact.
     */
    public void add(String innovationId) {
        jdbc.sql("""
                insert into innovation_word (word, ndoc)
                select w, 1 from innovation_terms t, unnest(tsvector_to_array(t.all_terms)) w where t.innovation_id = :id
                on conflict (word) do update set ndoc = innovation_word.ndoc + 1
                """).param("id", innovationId).update();
        boolean everything = jdbc.sql("select exists (select 1 from innovation_term_facet where lexeme = '' and kind = 'total')")
                .query(Boolean.class).single();
        List<Object[]> matched = jdbc.sql("""
                select f.lexeme, t.sort_order,
                       (case when t.title_terms @@ to_tsquery('simple', f.lexeme) then 4 else 0 end)
                     + (case when t.summary_terms @@ to_tsquery('simple', f.lexeme) then 2 else 0 end)
                     + (case when t.body_terms @@ to_tsquery('simple', f.lexeme) then 1 else 0 end) as tier
                from innovation_term_facet f cross join innovation_terms t
                where f.kind = 'total' and f.lexeme <> '' and t.innovation_id = :id and t.all_terms @@ to_tsquery('simple', f.lexeme)
                """).param("id", innovationId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3)}).list();
        if (matched.isEmpty() && !everything) {
            return;
        }
        String[] keys = matched.stream().map(r -> (String) r[0]).toArray(String[]::new);
        String[] facetKeys = everything ? java.util.stream.Stream.concat(java.util.Arrays.stream(keys), java.util.stream.Stream.of(""))
                .toArray(String[]::new) : keys;
        jdbc.sql("""
                with facets as (
                  select 'total' as kind, '' as value from innovation_terms t where t.innovation_id = :id
                  union all select 'domain', t.domain from innovation_terms t where t.innovation_id = :id and t.domain is not null
                  union all select 'zone', z from innovation_terms t, unnest(t.zones) z
                              where t.innovation_id = :id and position('/' in z) = 0 and z <> 'national'
                  union all select 'tag', g from innovation_terms t, unnest(t.tags) g where t.innovation_id = :id
                  union all select 'year', cast(t.year as text) from innovation_terms t where t.innovation_id = :id and t.year is not null
                )
                insert into innovation_term_facet (lexeme, kind, value, n)
                select k, f.kind, f.value, count(*) from unnest(cast(:keys as text[])) k cross join facets f group by k, f.kind, f.value
                on conflict (lexeme, kind, value) do update set n = innovation_term_facet.n + excluded.n
                """).param("id", innovationId).param("keys", facetKeys).update();
        if (matched.isEmpty()) {
            return;
        }
        appendPostings(matched);
        List<Object[]> ranked = jdbc.sql("""
                with mine as (
                  select m.k as lexeme, cast(:id as text) as innovation_id, m.so as sort_order, m.tier
                  from unnest(cast(:keys as text[]), cast(:sos as int[]), cast(:tiers as int[])) as m(k, so, tier)
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
                """).param("id", innovationId).param("keys", keys)
                .param("sos", matched.stream().mapToInt(r -> (Integer) r[1]).toArray())
                .param("tiers", matched.stream().mapToInt(r -> (Integer) r[2]).toArray()).param("k", TOP_CANDIDATES)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getInt(5)}).list();
        jdbc.sql("delete from innovation_term_top where lexeme = any(cast(:keys as text[]))").param("keys", keys).update();
        Rows top = new Rows();
        ranked.forEach(top::add);
        write(new Rows(), top);
    }

    /**
     * Appends the added case to the match lists of the cached searches it matches ({@code matched}: key, display order,
     * tier). A case is added after every other in display order; were it not, the list is dropped (that search is then
     * counted live when filtered) rather than left unsorted.
     */
    private void appendPostings(List<Object[]> matched) {
        for (Object[] m : matched) {
            String key = (String) m[0];
            int sortOrder = (Integer) m[1];
            Integer last = jdbc.sql("select last_so from innovation_term_posting where lexeme = :k for update").param("k", key)
                    .query(Integer.class).optional().orElse(null);
            if (last == null) {
                continue;
            }
            if (sortOrder > last) {
                jdbc.sql("update innovation_term_posting set postings = postings || :entry, n = n + 1, last_so = :so where lexeme = :k")
                        .param("entry", Postings.entry(last, sortOrder, (Integer) m[2])).param("so", sortOrder).param("k", key).update();
            } else {
                jdbc.sql("delete from innovation_term_posting where lexeme = :k").param("k", key).update();
            }
        }
    }

    @Override
    public long total(String tokens) {
        return jdbc.sql("select f.n from innovation_term_facet f where f.lexeme = :key and f.kind = 'total'").param("key", tokens)
                .query(Long.class).optional().orElse(-1L);
    }

    @Override
    public List<String> candidates(String tokens, int n) {
        return jdbc.sql("select c.innovation_id from innovation_term_top c where c.lexeme = :key and c.rank <= :n order by c.rank")
                .param("key", tokens).param("n", n).query(String.class).list();
    }

    /** Every match of the cached search whose match text is {@code key} ({@link Postings}), or null when not cached. */
    public byte[] postings(String key) {
        return jdbc.sql("select p.postings from innovation_term_posting p where p.lexeme = :key").param("key", key)
                .query(byte[].class).optional().orElse(null);
    }

    /**
     * The cached rows (kind, value or null, count) of the search whose match text is {@code key}, or an empty list: the
     * caller then counts live.
     */
    public List<Object[]> lookup(String key) {
        return jdbc.sql("select f.kind, nullif(f.value, '') as value, f.n from innovation_term_facet f where f.lexeme = :key")
                .param("key", key)
                .query((rs, n) -> new Object[] {rs.getString("kind"), rs.getString("value"), rs.getLong("n")}).list();
    }
}
