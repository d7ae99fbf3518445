package org.ftzobservatory.innovations;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.search.ChineseSegmenter;
import org.ftzobservatory.search.Like;
import org.ftzobservatory.search.PhraseDictionary;
import org.ftzobservatory.search.QueryPlan;
import org.ftzobservatory.search.SearchPhrases;
import org.ftzobservatory.search.Snippets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case-library queries. Text search runs on a weighted tsvector of pre-segmented words (GIN index); when it finds nothing
 * — an out-of-vocabulary or partial word — a trigram-indexed substring match answers instead.
 */
@Repository
public class InnovationRepository {

    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippets.START + ",StopSel=" + Snippets.STOP
            + ",MaxFragments=2,MinWords=6,MaxWords=24,FragmentDelimiter= … ";

    /** Title and summary in both languages: what a substring query is matched against. */
    private static final String PLAIN_TEXT = "x.title_zh || ' ' || x.title_en || ' ' || x.summary_zh || ' ' || x.summary_en";
    /** Filters on the narrow {@code innovation_terms} row (alias t); shared by the hits and the facets. */
    private static final String FILTERS = """
               and (cast(:domain as text) is null or t.domain = :domain)
               and (cast(:zone as text) is null or :zone = any(t.zones))
               and (cast(:tag as text) is null or :tag = any(t.tags))
               and (cast(:year as int) is null or t.year = :year)
               and (cast(:system as text) is null or exists (select 1 from innovation_system s where s.innovation_id = t.innovation_id
                                                            and s.name = :system))
            """;
    /**
     * :mode selects full-text (fts: the query's words; like: the indexed words that hold a partial word, see
     * {@link #partialWords}), a substring scan for a query with no letter or digit (scan, unindexed), or everything (none).
     */
    private static final String MATCH = "\n" + """
             where (:mode = 'none'
                    or (:mode in ('fts', 'like') and t.all_terms @@ to_tsquery('simple', :tokens))
                    or (:mode = 'scan' and exists (select 1 from innovation x where x.id = t.innovation_id
                                                   and strpos(lower(""" + PLAIN_TEXT + "), lower(:raw)) > 0)))\n" + FILTERS;
    /** At most this many vocabulary words stand for one partial word (the commonest first). */
    static final int MAX_PARTIAL_WORDS = 200;
    private static final int RERANKED_CANDIDATES = 100;
    /**
     * A candidate's weighted vector, read out of TOAST once ({@code d.v}): the score tests it three times, and each test
     * of {@code i.search_vector} itself would fetch and decompress it again (issue 19: 1,245 buffer reads for 120
     * candidates of a cached search, of which 480 the rows and their index).
     */
    private static final String VECTOR_ONCE = "cross join lateral (select i.search_vector || ''::tsvector as v offset 0) d ";

    /** Candidates of a cached search: read, not computed (see {@link SearchFacetCache}). */
    private static final String CACHED_CANDIDATES = "with m as (select c.innovation_id as id, c.tier, c.sort_order as so "
            + "from innovation_term_top c where c.lexeme = :key and c.rank <= :candidates) ";
    /** Candidates counted live (see {@link #live}): ids, tiers and display order passed back as arrays. */
    private static final String LIVE_CANDIDATES = "with m as (select * from unnest(cast(:ids as text[]), cast(:tiers as int[]), "
            + "cast(:sos as int[])) as m(id, tier, so)) ";
    /** Candidates counted in this process ({@link FilteredCount}): display orders and tiers, the ids looked up here. */
    private static final String COUNTED_CANDIDATES = "with m as (select t.innovation_id as id, m.tier, m.so from unnest(cast(:sos as int[]), "
            + "cast(:tiers as int[])) as m(so, tier) join innovation_terms t on t.sort_order = m.so) ";

    private final JdbcClient jdbc;
    private final InnovationLoader cases;
    private final SearchFacetCache facetCache;
    private final SearchPhrases phrases;
    private final CaseFacetIndex facetIndex;
    private final TransactionTemplate readOnly;

    public InnovationRepository(JdbcClient jdbc, SearchFacetCache facetCache, SearchPhrases phrases, CaseFacetIndex facetIndex,
                                PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cases = new InnovationLoader(jdbc);
        this.facetCache = facetCache;
        this.phrases = phrases;
        this.facetIndex = facetIndex;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * One search: count, facets and a page of hits. For a common word the planner may estimate a sequential scan as
     * cheaper than the GIN index, but it does not price reading each row's vector back (measured once, on a variant with
     * the vectors in TOAST: 440 ms instead of 15 ms for an 11,000-match query), so within this read-only transaction
     * matching goes through the GIN indexes, or the display-order index when it can stop early. With sequential scans
     * priced out, every plan looks expensive enough for JIT compilation, which costs more than these queries (seen on a
     * PostgreSQL 15 server with jit on: the three-table label lookup took 236 ms, nearly all of it compiling), so JIT is
     * off here too.
     */
    public SearchPage search(InnovationQuery query, Paging paging) {
        return readOnly.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local jit = off").update();
            return searchInTransaction(query, paging);
        });
    }

    private SearchPage searchInTransaction(InnovationQuery query, Paging paging) {
        QueryPlan plan = query.hasText() ? phrases.plan(query.q()) : QueryPlan.NONE;
        Terms terms = new Terms(plan.match(), plan.whole(), plan.near(), plan.pieces());
        // The page says "matched as a whole phrase" only for phrases some case holds whole.
        List<String> wholePhrases = plan.phrases().stream().filter(this::heldWhole).toList();
        String mode = !query.hasText() ? "none" : plan.isEmpty() ? "like" : "fts";
        int candidateCount = paging.offset() + paging.size() + RERANKED_CANDIDATES;
        Counts counts = counts(query, mode, terms, candidateCount);
        if (counts.total() == 0 && mode.equals("fts") && plan.hasCompounds()) {
            terms = terms.piecesOnly(); // nothing has the phrase, a synonym or its word pieces: the characters anywhere
            wholePhrases = List.of();
            counts = counts(query, mode, terms, candidateCount);
        }
        if (mode.equals("like") || counts.total() == 0 && mode.equals("fts")) {
            wholePhrases = List.of();
            String partial = partialWords(query.q());
            if (partial == null) {
                mode = "scan";
                counts = counts(query, mode, terms, candidateCount);
            } else {
                mode = "like";
                terms = new Terms(partial, partial, partial, partial);
                counts = partial.isEmpty() ? new Counts(0, new Facets(List.of(), List.of(), List.of(), List.of()), false, Candidates.NONE)
                        : counts(query, mode, terms, candidateCount);
            }
        }
        boolean cachedCandidates = counts.cached() && candidateCount <= SearchFacetCache.TOP_CANDIDATES;
        if (counts.cached() && !cachedCandidates) {
            counts = new Counts(counts.total(), counts.facets(), false, live(query, mode, terms, candidateCount).candidates());
        }
        String candidates = cachedCandidates ? CACHED_CANDIDATES : counts.candidates().ids() == null ? COUNTED_CANDIDATES : LIVE_CANDIDATES;
        String score = switch (mode) {
            // Whole phrases (or a synonym) first, then title/summary/body tiers, then closeness of the words.
            case "fts" -> "case when d.v @@ to_tsquery('simple', :whole) then 20 "
                    + "when d.v @@ to_tsquery('simple', :near) then 10 else 0 end + m.tier"
                    + " + ts_rank_cd(d.v, to_tsquery('simple', :tokens))";
            case "like" -> "m.tier + ts_rank_cd(d.v, to_tsquery('simple', :tokens))";
            case "scan" -> "word_similarity(:raw, " + PLAIN_TEXT.replace("x.", "i.") + ")";
            default -> "0";
        };
        // The same order is applied when cutting the page (inner, no alias) and when returning it (outer, alias c).
        String order = mode.equals("none") ? "%1$syear desc nulls last, %1$ssort_order" : "%1$sscore desc, %1$ssort_order";
        // Rank and cut to one page first; snippets and arrays are then built for that page only.
        List<InnovationHit> items = bind(jdbc.sql(candidates
                        + ", c as (select i.*, " + score + " as score from m join innovation i on i.id = m.id " + VECTOR_ONCE
                        + "   order by " + order.formatted("") + " limit :limit offset :offset) "
                        + "select c.*, '' as headline, "
                        + "array(select z.zone_ref from innovation_zone z where z.innovation_id = c.id order by z.sort_order) as zones, "
                        + "array(select g.tag_id from innovation_tag_link g where g.innovation_id = c.id order by g.sort_order) as tags "
                        + "from c order by " + order.formatted("c.")), query, mode, terms)
                .param("candidates", candidateCount).param("key", terms.tokens())
                .param("ids", counts.candidates().ids()).param("tiers", counts.candidates().tiers())
                .param("sos", counts.candidates().sortOrders())
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> withSnippet(hit(rs), rs, query.q(), plan.marks())).list();
        return new SearchPage(query.q(), counts.total(), paging.page(), paging.size(), mode.equals("scan") ? "like" : mode,
                wholePhrases, items, counts.facets());
    }

    /**
     * The tsquery texts of one search step (see {@link QueryPlan}): {@code tokens} decides the hits, {@code whole} ranks
     * first (the phrase or a synonym), {@code near} next (the pieces close together).
     */
    private record Terms(String tokens, String whole, String near, String pieces) {

        Terms piecesOnly() {
            return new Terms(pieces, pieces, pieces, pieces);
        }
    }

    /** The snippet of a hit: clauses of the summary in the query's language, with the query's words marked. */
    private static InnovationHit withSnippet(InnovationHit h, ResultSet rs, String q, List<String> marks) throws SQLException {
        boolean chinese = q != null && q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String cut = Snippets.clauses(rs.getString(chinese || q == null ? "summary_zh" : "summary_en"), marks,
                chinese || q == null ? Snippets.LENGTH_ZH : Snippets.LENGTH_EN);
        String en = Snippets.clauses(rs.getString("summary_en"), marks, Snippets.LENGTH_EN);
        return new InnovationHit(h.id(), h.title(), h.zones(), h.domain(), h.tags(), h.year(), h.score(),
                Snippets.toHtml(cut), Snippets.toText(cut), Snippets.toHtml(en));
    }

    /**
     * The tsquery of a query the full-text index found nothing for, read as partial words: each run of letters and
     * digits must be part of an indexed word (the vocabulary {@code innovation_word}, trigram-indexed; an English word
     * may also be found by its stem), so the query asks for any of the words holding the first run, and any of those
     * holding the second … ("" when a run is in no word: nothing matches). Null when the query has no letter or digit:
     * such a query ({@code %}, {@code _}) is matched as a substring. Before issue 19 every partial query was matched as a
     * substring of title and summary through a trigram index over their whole text; a partial word is now matched
     * within one indexed word, not across two.
     */
    private String partialWords(String q) {
        String raw = q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> runs = java.util.Arrays.stream(raw.split("[^\\p{L}\\p{N}]+")).filter(r -> !r.isEmpty()).distinct().toList();
        if (runs.isEmpty()) {
            return null;
        }
        List<String> all = new ArrayList<>();
        for (String run : runs) {
            List<String> stems = ChineseSegmenter.tokens(run);
            String stem = stems.size() == 1 ? stems.get(0) : run;
            List<String> words = jdbc.sql("select w.word from innovation_word w where w.word like :pattern escape '\\' or w.word = :stem "
                            + "order by w.ndoc desc, w.word limit :n")
                    .param("pattern", "%" + Like.escape(run) + "%").param("stem", stem).param("n", MAX_PARTIAL_WORDS)
                    .query(String.class).list();
            if (words.isEmpty()) {
                return "";
            }
            all.add("(" + words.stream().map(QueryPlan::quote).collect(Collectors.joining(" | ")) + ")");
        }
        return String.join(" & ", all);
    }

    /**
     * Whether some case holds the phrase whole: its compound is a word of the vocabulary ({@code innovation_word}, every
     * indexed word; rebuilt by each import, and a published case adds its words). Cases are only added between imports,
     * so the vocabulary holds exactly the words some case holds. Asking the GIN index instead ({@code exists (… @@ …)})
     * builds the bitmap of every case holding the phrase before it can answer: 10.2 ms for 知识产权 (45,801 cases) at a
     * million cases, most of a cached search's time (issue 19).
     */
    private boolean heldWhole(String phrase) {
        String lexeme = PhraseDictionary.lexeme(phrase);
        return lexeme != null && jdbc.sql("select exists (select 1 from innovation_word w where w.word = :w and w.ndoc > 0)")
                .param("w", lexeme).query(Boolean.class).single();
    }

    /**
     * The total and facet counts; {@code cached} when they came from the facet cache (one broad word, no filter); the
     * first ranking candidates when counted live.
     */
    private record Counts(long total, Facets facets, boolean cached, Candidates candidates) {
    }

    /**
     * Ranking candidates in their order: case ids, tiers (title 4 + summary 2 + body 1) and display order; ids null when
     * the display orders name the cases.
     */
    private record Candidates(String[] ids, int[] tiers, int[] sortOrders) {
        static final Candidates NONE = new Candidates(new String[0], new int[0], new int[0]);
    }

    /** The total and all four facet counts, from the cache or from one scan of the matching rows. */
    private Counts counts(InnovationQuery query, String mode, Terms terms, int candidates) {
        if (mode.equals("none") && unfiltered(query)) {
            List<Object[]> everything = facetCache.lookup(SearchFacetCache.EVERYTHING);
            if (!everything.isEmpty()) {
                return counts(everything, false, newest(candidates));
            }
        }
        List<Object[]> rows = mode.equals("fts") && unfiltered(query) ? facetCache.lookup(terms.tokens()) : List.of();
        if (!rows.isEmpty()) {
            return counts(rows, true, Candidates.NONE);
        }
        if (!unfiltered(query) && blank(query.system()) == null && (mode.equals("none") || mode.equals("fts"))) {
            byte[] postings = mode.equals("fts") ? facetCache.postings(terms.tokens()) : null;
            if (mode.equals("none") || postings != null) {
                CaseColumns columns = facetIndex.current(jdbc);
                if (columns != null && columns.distinct) {
                    FilteredCount.Filter filter = FilteredCount.Filter.of(query, columns);
                    FilteredCount.Result r = postings == null ? FilteredCount.ofAll(columns, filter, candidates)
                            : FilteredCount.ofMatches(columns, filter, postings, candidates);
                    return counts(r.rows(), false, new Candidates(null, r.tiers(), r.sortOrders()));
                }
            }
        }
        return live(query, mode, terms, candidates);
    }

    /** The first cases of the library without a query (newest year first, then display order), read from its index. */
    private Candidates newest(int candidates) {
        List<Object[]> rows = jdbc.sql("select t.innovation_id, t.sort_order from innovation_terms t "
                        + "order by t.year desc nulls last, t.sort_order limit :n").param("n", candidates)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).list();
        return new Candidates(rows.stream().map(r -> (String) r[0]).toArray(String[]::new), new int[rows.size()],
                rows.stream().mapToInt(r -> (Integer) r[1]).toArray());
    }

    private static boolean unfiltered(InnovationQuery q) {
        return blank(q.domain()) == null && blank(q.zone()) == null && blank(q.tag()) == null && q.year() == null
                && blank(q.system()) == null;
    }

    /**
     * Counts, facets and ranking candidates in one pass over the matching rows of {@code innovation_terms} (a GIN
     * bitmap scan: each row read once, whatever the number of matches). A case's tier is tested on the same row:
     * title 4 + summary 2 + body 1, or 0 when the words meet only across fields. It replaces four candidate lists taken
     * in display order, which PostgreSQL read by walking the display-order index and testing every case until it had
     * 120 — for a phrase that few cases hold, that walk tested every case (100,244 of 100,320 for 中欧班列 at 100,000
     * cases, bench/README.md; 2.2–2.8 s a search at a million, issue 19).
     */
    private Counts live(InnovationQuery query, String mode, Terms terms, int candidates) {
        String tier = mode.equals("fts") || mode.equals("like") ? "case when t.title_terms @@ to_tsquery('simple', :tokens) then 4 else 0 end "
                + "+ case when t.summary_terms @@ to_tsquery('simple', :tokens) then 2 else 0 end "
                + "+ case when t.body_terms @@ to_tsquery('simple', :tokens) then 1 else 0 end" : "0";
        String order = switch (mode) {
            case "fts", "like" -> "m.tier desc, m.sort_order";
            case "none" -> "m.year desc nulls last, m.sort_order";
            default -> "m.sort_order";
        };
        List<Object[]> rows = bind(jdbc.sql("with m as materialized (select t.innovation_id, t.sort_order, t.domain, t.year, t.zones, "
                        + "t.tags, " + tier + " as tier from innovation_terms t" + MATCH + ") "
                        + "select 'total' as k, null as v, count(*) as n, cast(null as int) as so from m "
                        + "union all select 'domain', m.domain, count(*), null from m where m.domain is not null group by m.domain "
                        + "union all select 'zone', z, count(*), null from m, unnest(m.zones) z where position('/' in z) = 0 and z <> 'national' group by z "
                        + "union all select 'tag', g, count(*), null from m, unnest(m.tags) g group by g "
                        + "union all select 'year', cast(m.year as text), count(*), null from m where m.year is not null group by m.year "
                        + "union all (select 'candidate', m.innovation_id, m.tier, m.sort_order from m order by " + order
                        + " limit :candidates)"),
                query, mode, terms)
                .param("candidates", candidates)
                .query((rs, n) -> new Object[] {rs.getString("k"), rs.getString("v"), rs.getLong("n"), rs.getObject("so")}).list();
        List<Object[]> facets = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        for (Object[] r : rows) {
            (r[0].equals("candidate") ? found : facets).add(r);
        }
        Candidates c = new Candidates(found.stream().map(r -> (String) r[1]).toArray(String[]::new),
                found.stream().mapToInt(r -> ((Long) r[2]).intValue()).toArray(),
                found.stream().mapToInt(r -> ((Number) r[3]).intValue()).toArray());
        return counts(facets, false, c);
    }

    private Counts counts(List<Object[]> rows, boolean cached, Candidates candidates) {
        long total = 0;
        Map<String, List<Facets.Count>> byKind = new LinkedHashMap<>();
        Map<String, Text> labels = labels();
        for (Object[] r : rows) {
            String kind = (String) r[0];
            if (kind.equals("total")) {
                total = (Long) r[2];
                continue;
            }
            String value = (String) r[1];
            Text label = kind.equals("year") ? new Text(value, value) : labels.getOrDefault(kind + ":" + value, new Text(value, value));
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Facets.Count(value, label, (Long) r[2]));
        }
        java.util.Comparator<Facets.Count> byCount = java.util.Comparator.comparingLong(Facets.Count::count).reversed()
                .thenComparing(Facets.Count::value);
        java.util.Comparator<Facets.Count> byYear = java.util.Comparator.comparing(Facets.Count::value).reversed();
        return new Counts(total, new Facets(sorted(byKind.get("domain"), byCount), sorted(byKind.get("zone"), byCount),
                sorted(byKind.get("tag"), byCount), sorted(byKind.get("year"), byYear)), cached, candidates);
    }

    private static List<Facets.Count> sorted(List<Facets.Count> counts, java.util.Comparator<Facets.Count> order) {
        return counts == null ? List.of() : counts.stream().sorted(order).toList();
    }

    /** Display names of facet values (domains, FTZs, tags), keyed "kind:value"; small tables, read per search. */
    private Map<String, Text> labels() {
        Map<String, Text> m = new LinkedHashMap<>();
        jdbc.sql("""
                select 'domain:' || id as k, name_zh, name_en from vocabulary where kind = 'innovation_domains'
                union all select 'zone:' || id, short_zh, short_en from ftz
                union all select 'tag:' || id, name_zh, name_en from innovation_tag""")
                .query((rs, n) -> m.put(rs.getString("k"), text(rs, "name"))).list();
        return m;
    }

    public Optional<Innovation> find(String id) {
        return cases.load("where i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Cases that share tags, domain and title words with the given one, best first. */
    public List<InnovationHit> similar(String id, int limit) {
        Innovation base = find(id).orElse(null);
        if (base == null) {
            return List.of();
        }
        String orQuery = ChineseSegmenter.tokens(base.title().zh() + " " + base.title().en()).stream().distinct()
                .map(t -> t.replaceAll("[^\\p{L}\\p{N}]", "")).filter(t -> !t.isEmpty())
                .map(t -> "'" + t + "'").collect(Collectors.joining(" | "));
        String rank = orQuery.isEmpty() ? "0" : "ts_rank(o.search_vector, to_tsquery('simple', :q))";
        var spec = jdbc.sql("select o.*, "
                + "(select count(*) from innovation_tag_link a join innovation_tag_link b on a.tag_id = b.tag_id "
                + "   where a.innovation_id = :id and b.innovation_id = o.id) * 1.0 "
                + "+ case when o.domain is not null and o.domain = :domain then 0.5 else 0 end "
                + "+ (select count(*) from innovation_theme a join innovation_theme b on a.theme = b.theme "
                + "   where a.innovation_id = :id and b.innovation_id = o.id) * 0.3 "
                + "+ " + rank + " * 5 as score, left(o.summary_zh, 100) as headline, "
                + "array(select z.zone_ref from innovation_zone z where z.innovation_id = o.id order by z.sort_order) as zones, "
                + "array(select t.tag_id from innovation_tag_link t where t.innovation_id = o.id order by t.sort_order) as tags "
                + "from innovation o where o.id <> :id order by score desc, o.sort_order limit :limit")
                .param("id", id).param("domain", base.domain()).param("limit", limit);
        if (!orQuery.isEmpty()) {
            spec = spec.param("q", orQuery);
        }
        return spec.query((rs, n) -> hit(rs)).list();
    }

    /** Every case of one FTZ, whole, in a fixed number of queries ({@link InnovationLoader}). */
    public List<Innovation> byZone(String ftzId) {
        return cases.load("where exists (select 1 from innovation_zone z where z.innovation_id = i.id and z.ftz_id = :ftz) "
                + "order by i.sort_order", Map.of("ftz", ftzId));
    }

    /** Every case of one year, whole, in the library's order (the annual report's innovation sections). */
    public List<Innovation> byYear(int year) {
        return cases.load("where i.year = :year order by i.sort_order", Map.of("year", year));
    }

    public List<Innovation.Tag> tags() {
        return jdbc.sql("select id, name_zh, name_en from innovation_tag order by sort_order")
                .query((rs, n) -> new Innovation.Tag(rs.getString("id"), text(rs, "name"))).list();
    }

    /** Counts for {@code ftz stats innovations}: by domain, by FTZ, by tag, and the total. */
    public Map<String, Object> stats() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", jdbc.sql("select count(*) from innovation").query(Long.class).single());
        out.put("by_domain", counts("select coalesce(domain, '(theme only)') as k, count(*) as n from innovation group by 1 order by 2 desc, 1"));
        out.put("by_zone", counts("select coalesce(ftz_id, zone_ref) as k, count(distinct innovation_id) as n from innovation_zone group by 1 order by 2 desc, 1"));
        out.put("by_tag", counts("select tag_id as k, count(*) as n from innovation_tag_link group by 1 order by 2 desc, 1"));
        out.put("by_theme", counts("select theme as k, count(*) as n from innovation_theme group by 1 order by 2 desc, 1"));
        out.put("with_metrics", jdbc.sql("select count(distinct innovation_id) from innovation_metric").query(Long.class).single());
        return out;
    }

    /** How many cases name each digital platform; a platform named by several cases links them. */
    public Map<String, Long> systemCounts() {
        return counts("select name as k, count(distinct innovation_id) as n from innovation_system group by name order by 2 desc, 1");
    }

    /** Domain × FTZ case counts, for the heatmap. */
    public List<Map<String, Object>> domainZoneMatrix() {
        return jdbc.sql("""
                select i.domain, z.ftz_id, count(distinct i.id) as n from innovation i join innovation_zone z on z.innovation_id = i.id
                where i.domain is not null group by i.domain, z.ftz_id""").query().listOfRows();
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> m.put(rs.getString("k"), rs.getLong("n"))).list();
        return m;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, InnovationQuery q, String mode, Terms terms) {
        return spec.param("mode", mode).param("tokens", terms.tokens()).param("whole", terms.whole())
                .param("near", terms.near())
                .param("raw", q.q() == null ? "" : q.q().trim())
                .param("domain", blank(q.domain())).param("zone", blank(q.zone())).param("tag", blank(q.tag()))
                .param("year", q.year()).param("system", blank(q.system()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }


    private static InnovationHit hit(ResultSet rs) throws SQLException {
        String headline = rs.getString("headline");
        return new InnovationHit(rs.getString("id"), text(rs, "title"), strings(rs.getArray("zones")), rs.getString("domain"),
                strings(rs.getArray("tags")), (Integer) rs.getObject("year"), Math.round(rs.getDouble("score") * 1000) / 1000.0,
                Snippets.toHtml(headline), Snippets.toText(headline), null);
    }
}
