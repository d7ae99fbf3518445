package org.ftzobservatory.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.innovations.InnovationHit;
import org.ftzobservatory.innovations.InnovationQuery;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.innovations.SearchPage;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.search.ChineseSegmenter;
import org.ftzobservatory.search.Like;
import org.ftzobservatory.search.PhraseDictionary;
import org.ftzobservatory.search.QueryPlan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the search benchmark checks besides time (issue 17 §2), so a fast but wrong search fails the run:
 * <ul>
 *   <li>every hit of the first page holds the query — the phrase itself, all of its words, or a glossary synonym (or all
 *       of the synonym's words) — somewhere in the text the case is indexed by;</li>
 *   <li>for a Chinese phrase of the dictionary, the index and an ILIKE scan define the same match (the phrase in a
 *       title, summary or tag name), so their counts must be equal.</li>
 * </ul>
 * The oracles read the stored text with plain SQL and string tests, not the search's own query building.
 */
final class SearchChecks {

    /** The text a case is indexed by: titles, summaries, tag names (weights A, B), actors, systems, zone and domain names (C). */
    private static final String INDEXED_TEXT = """
            select i.id, concat_ws(' | ', i.title_zh, i.title_en, i.summary_zh, i.summary_en,
              (select string_agg(t.name_zh || ' | ' || t.name_en, ' | ') from innovation_tag_link l join innovation_tag t on t.id = l.tag_id
                 where l.innovation_id = i.id),
              (select string_agg(a.name, ' | ') from innovation_actor a where a.innovation_id = i.id),
              (select string_agg(y.name, ' | ') from innovation_system y where y.innovation_id = i.id),
              (select string_agg(m.quantity_zh || ' | ' || m.quantity_en, ' | ') from innovation_metric m where m.innovation_id = i.id),
              (select string_agg(f.short_zh || ' | ' || f.short_en, ' | ') from innovation_zone z join ftz f on f.id = z.ftz_id
                 where z.innovation_id = i.id),
              (select string_agg(s.name_zh || ' | ' || s.name_en, ' | ') from innovation_zone z join subzone s
                 on z.zone_ref = s.ftz_id || '/' || s.id where z.innovation_id = i.id),
              (select v.name_zh || ' | ' || v.name_en from vocabulary v where v.kind = 'innovation_domains' and v.id = i.domain)) as text
            from innovation i where i.id = any(?)""";
    /** Title, summary and tag names: where a phrase is counted by both the index (title_terms, summary_terms) and ILIKE. */
    private static final String TITLE_SUMMARY_TAGS = """
            concat_ws(' | ', i.title_zh, i.title_en, i.summary_zh, i.summary_en,
              (select string_agg(t.name_zh || ' | ' || t.name_en, ' | ') from innovation_tag_link l join innovation_tag t on t.id = l.tag_id
                 where l.innovation_id = i.id))""";

    private SearchChecks() {
    }

    /** All problems found for the queries; empty when the search is right. */
    static List<String> problems(List<String> queries, InnovationRepository innovations, JdbcTemplate jdbc, PhraseDictionary dictionary) {
        List<String> problems = new ArrayList<>();
        int phraseChecks = 0;
        // The count comparison scans every case once per phrase; above 200,000 cases it compares the cases of display
        // order below 200,000 (the bundled cases and the first 100,000 synthetic ones), both sides alike.
        long cases = jdbc.queryForObject("select count(*) from innovation", Long.class);
        int bound = cases > 200_000 ? 200_000 : Integer.MAX_VALUE;
        for (String q : queries) {
            SearchPage page = innovations.search(new InnovationQuery(q, null, null, null, null), new Paging(1, 20));
            List<List<String>> ways = ways(q, jdbc);
            List<String> ids = page.items().stream().map(InnovationHit::id).toList();
            for (Map<String, Object> row : jdbc.queryForList(INDEXED_TEXT, (Object) ids.toArray(String[]::new))) {
                String text = ((String) row.get("text")).toLowerCase(Locale.ROOT);
                // English words are compared as the analyzer's stems too ("supply" is indexed as "suppli").
                java.util.Set<String> stems = new java.util.HashSet<>(ChineseSegmenter.tokens(text));
                if (ways.stream().noneMatch(words -> words.stream().allMatch(w -> text.contains(w.toLowerCase(Locale.ROOT))
                        || stems.contains(w)))) {
                    problems.add(q + ": hit " + row.get("id") + " holds none of " + ways);
                }
            }
            String lexeme = PhraseDictionary.lexeme(q);
            boolean chinesePhrase = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && lexeme != null && dictionary.byCompound(lexeme) != null;
            if (chinesePhrase) {
                phraseChecks++;
                long indexed = jdbc.queryForObject("select count(*) from innovation_terms t where t.all_terms @@ to_tsquery('simple', ?) "
                        + "and (t.title_terms @@ to_tsquery('simple', ?) or t.summary_terms @@ to_tsquery('simple', ?)) and t.sort_order < ?",
                        Long.class, QueryPlan.quote(lexeme), QueryPlan.quote(lexeme), QueryPlan.quote(lexeme), bound);
                long scanned = jdbc.queryForObject("select count(*) from innovation i where i.sort_order < ? and " + TITLE_SUMMARY_TAGS
                        + " ilike ? escape '\\'", Long.class, bound, "%" + Like.escape(q) + "%");
                if (indexed != scanned) {
                    problems.add(q + ": the index counts " + indexed + " cases holding the phrase, ILIKE " + scanned);
                }
            }
        }
        if (phraseChecks == 0) {
            problems.add("no query was a Chinese phrase of the dictionary: the count comparison checked nothing");
        }
        return problems;
    }

    /**
     * The ways a case may hold the query: the query itself, all of its words, and for a glossary entry its other
     * language (whole, and all of its words). English words are stems ("bond" for bonded, "suppli" for supply).
     */
    private static List<List<String>> ways(String q, JdbcTemplate jdbc) {
        List<List<String>> ways = new ArrayList<>();
        ways.add(List.of(q));
        ways.add(ChineseSegmenter.tokens(q));
        for (Map<String, Object> t : jdbc.queryForList("select zh, en from search_term where zh = ? or lower(en) = lower(?)", q, q)) {
            for (Object other : t.values()) {
                if (other != null) {
                    ways.add(List.of((String) other));
                    ways.add(ChineseSegmenter.tokens((String) other));
                }
            }
        }
        return ways;
    }

    /**
     * Filtered queries: a query narrowed by one filter finds as many cases as the same query's facet count for that
     * value (the facets of the unfiltered search come from another path: the facet cache or the live count); with two
     * filters, no more than either alone; and every hit of the first page carries the filters, read from the case's
     * own rows.
     */
    static List<String> filteredTotals(List<String> lines, InnovationRepository innovations, JdbcTemplate jdbc,
                                       org.ftzobservatory.search.SearchPhrases phrases) {
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            InnovationQuery q = BenchQuery.parse(line);
            List<String[]> filters = new ArrayList<>();
            if (q.domain() != null) {
                filters.add(new String[] {"domain", q.domain()});
            }
            if (q.zone() != null) {
                filters.add(new String[] {"zone", q.zone()});
            }
            if (q.tag() != null) {
                filters.add(new String[] {"tag", q.tag()});
            }
            if (q.year() != null) {
                filters.add(new String[] {"year", q.year().toString()});
            }
            if (filters.isEmpty()) {
                continue;
            }
            SearchPage filtered = innovations.search(q, new Paging(1, 20));
            SearchPage whole = innovations.search(new InnovationQuery(q.q(), null, null, null, null), new Paging(1, 20));
            for (String[] f : filters) {
                long facet = facet(whole, f[0], f[1]);
                if (filters.size() == 1 ? filtered.total() != facet : filtered.total() > facet) {
                    problems.add(line + ": " + filtered.total() + " hits, but the unfiltered search counts " + facet + " for " + f[0] + " " + f[1]);
                }
            }
            for (InnovationHit h : filtered.items()) {
                Map<String, Object> c = jdbc.queryForMap("select i.domain, cast(i.year as text) as year, "
                        + "array(select z.zone_ref from innovation_zone z where z.innovation_id = i.id) as zones, "
                        + "array(select g.tag_id from innovation_tag_link g where g.innovation_id = i.id) as tags from innovation i where i.id = ?", h.id());
                for (String[] f : filters) {
                    boolean ok = switch (f[0]) {
                        case "domain", "year" -> f[1].equals(c.get(f[0]));
                        default -> Arrays.asList((Object[]) array(c.get(f[0] + "s"))).contains(f[1]);
                    };
                    if (!ok) {
                        problems.add(line + ": hit " + h.id() + " does not have " + f[0] + " " + f[1]);
                    }
                }
            }
            if (filtered.items().isEmpty()) {
                problems.add(line + ": no hits (a shape that finds nothing measures nothing)");
            }
        }
        return problems;
    }

    private static long facet(SearchPage page, String kind, String value) {
        List<org.ftzobservatory.innovations.Facets.Count> counts = switch (kind) {
            case "domain" -> page.facets().domain();
            case "zone" -> page.facets().zone();
            case "tag" -> page.facets().tag();
            default -> page.facets().year();
        };
        return counts.stream().filter(c -> c.value().equals(value)).mapToLong(org.ftzobservatory.innovations.Facets.Count::count).sum();
    }

    private static Object array(Object sqlArray) {
        try {
            return sqlArray instanceof java.sql.Array a ? a.getArray() : sqlArray;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
