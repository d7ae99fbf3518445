package org.ftzobservatory.search;

import static org.ftzobservatory.kernel.Rows.strings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** One query over innovations, documents and chronicle events, ranked together by ts_rank_cd on the same tokens. */
@Service
public class SearchService {

    public static final Set<String> TYPES = Set.of("innovation", "document", "event");
    /** The types in the order pages show them. */
    public static final List<String> ORDER = List.of("innovation", "document", "event");
    public static final int MAX_QUERY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final SearchPhrases phrases;
    private final MeterRegistry meters;
    private final CachedCaseSearches cachedCases;

    public SearchService(JdbcClient jdbc, SearchPhrases phrases, MeterRegistry meters, CachedCaseSearches cachedCases) {
        this.jdbc = jdbc;
        this.phrases = phrases;
        this.meters = meters;
        this.cachedCases = cachedCases;
    }

    /** Candidates ranked per type beyond the page: the cases of a broad word are ranked among its first ones only. */
    private static final int CANDIDATES_BEYOND_LIMIT = 100;

    public SearchResult search(String query, String type, int limit) {
        if (query == null || query.isBlank()) {
            throw new BadRequestException("q", "is empty: type a word to search for, e.g. 保税维修");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "is " + query.length() + " characters; at most " + MAX_QUERY_LENGTH + " are allowed");
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw new BadRequestException("type", "'" + type + "' is not one of " + TYPES);
        }
        if (limit < 1 || limit > 200) {
            throw new BadRequestException("limit", "must be between 1 and 200");
        }
        // ftz_search_site_seconds{type="all"|innovation|document|event, hits}: the site search (checked values only).
        Timer.Sample sample = Timer.start(meters);
        SearchResult result = run(query, type, limit);
        sample.stop(Timer.builder("ftz.search.site").description("site search over cases, documents and events")
                .tag("type", type == null || type.isBlank() ? "all" : type).tag("hits", result.total() > 0 ? "some" : "none")
                .register(meters));
        return result;
    }

    private SearchResult run(String query, String type, int limit) {
        QueryPlan plan = phrases.plan(query);
        List<String> types = ORDER.stream()
                .filter(t -> type == null || type.isBlank() || type.equals(t)).toList();
        // A phrase matches whole, by a synonym or by its word pieces; only when nothing matches so are its characters searched.
        String tokens = plan.match();
        long total = tokens.isBlank() ? 0 : types.stream().mapToLong(t -> count(t, plan.match())).sum();
        if (total == 0 && plan.hasCompounds()) {
            tokens = plan.pieces();
            total = types.stream().mapToLong(t -> count(t, plan.pieces())).sum();
        }
        List<SearchHit> hits = new ArrayList<>();
        if (total > 0) {
            for (String t : types) {
                hits.addAll(hits(t, tokens, plan, query, limit));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return new SearchResult(query, total, hits.subList(0, Math.min(limit, hits.size())));
    }

    private long count(String type, String tokens) {
        long cached = type.equals("innovation") ? cachedCases.total(tokens) : -1;
        if (cached >= 0) {
            return cached;
        }
        return jdbc.sql("select count(*) from " + table(type) + " x where x.search_vector @@ to_tsquery('simple', :t)")
                .param("t", tokens).query(Long.class).single();
    }

    private List<SearchHit> hits(String type, String tokens, QueryPlan plan, String query, int limit) {
        String zones = switch (type) {
            case "innovation" -> "array(select z.zone_ref from innovation_zone z where z.innovation_id = x.id order by z.sort_order)";
            case "document" -> "array(select z.zone_ref from document_zone z where z.document_id = x.id order by z.zone_ref)";
            default -> "array(select z.zone_ref from event_zone z where z.event_id = x.id order by z.zone_ref)";
        };
        boolean chinese = query.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        // A broad word's cases: its first candidates (best field first) are ranked, not every match.
        List<String> candidates = type.equals("innovation") ? cachedCases.candidates(tokens, limit + CANDIDATES_BEYOND_LIMIT) : List.of();
        String matching = candidates.isEmpty() ? "x.search_vector @@ to_tsquery('simple', :t)" : "x.id = any(cast(:ids as text[]))";
        // Whole phrases (or a synonym) first, then closeness of the words.
        return jdbc.sql("select x.id, x.title_zh, x.title_en, " + zones + " as zones, "
                        + "case when x.search_vector @@ to_tsquery('simple', :w) then 2 "
                        + "when x.search_vector @@ to_tsquery('simple', :n) then 1 else 0 end "
                        + "+ ts_rank_cd(x.search_vector, to_tsquery('simple', :t), 1) as score, "
                        + "coalesce(x.summary_zh, '') as summary_zh, coalesce(x.summary_en, '') as summary_en "
                        + "from " + table(type) + " x where " + matching + " "
                        + "order by score desc limit :limit")
                .param("t", tokens).param("ids", candidates.toArray(String[]::new)).param("w", tokens.equals(plan.pieces()) ? tokens : plan.whole())
                .param("n", tokens.equals(plan.pieces()) ? tokens : plan.near()).param("limit", limit)
                .query((rs, n) -> {
                    String cut = Snippets.clauses(rs.getString(chinese ? "summary_zh" : "summary_en"), plan.marks(),
                            chinese ? Snippets.LENGTH_ZH : Snippets.LENGTH_EN);
                    return new SearchHit(type, rs.getString("id"), rs.getString("title_zh"), rs.getString("title_en"),
                            strings(rs.getArray("zones")), Math.round(rs.getDouble("score") * 1000) / 1000.0,
                            Snippets.toText(cut), Snippets.toHtml(cut),
                            Snippets.toHtml(Snippets.clauses(rs.getString("summary_en"), plan.marks(), Snippets.LENGTH_EN)));
                })
                .list();
    }

    /** Table names come from this fixed map, never from input. */
    private static String table(String type) {
        return switch (type) {
            case "innovation" -> "innovation";
            case "document" -> "document";
            default -> "chronicle_event";
        };
    }
}
