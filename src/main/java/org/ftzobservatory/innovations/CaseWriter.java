package org.ftzobservatory.innovations;

import static org.ftzobservatory.dataset.Fields.ftzOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.search.PhraseDictionary;
import org.ftzobservatory.search.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one platform case into the case tables the way the dataset import writes a report case — the weighted search
 * vector, the compact search twin ({@code innovation_terms}) with its facet columns, phrase compounds from
 * {@code search_phrase} — so the live search finds it at once, and the facet cache learns it
 * ({@link SearchFacetCache#add}). Names (tags, zones, domain) come from the tables of the dataset in place, so the same
 * code serves a publish on a running site and the re-projection inside an import transaction.
 */
final class CaseWriter {

    private final JdbcTemplate jdbc;
    private final PhraseDictionary phrases;
    private final Map<String, Text> tagNames = new HashMap<>();
    private final Map<String, Text> zoneNames = new HashMap<>();
    private final Map<String, Text> domainNames = new HashMap<>();

    CaseWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.phrases = PhraseDictionary.of(jdbc.queryForList("select phrase from search_phrase order by compound", String.class));
        jdbc.query("select id, name_zh, name_en from innovation_tag", rs -> {
            tagNames.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3)));
        });
        jdbc.query("select id, short_zh, short_en from ftz", rs -> {
            zoneNames.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3)));
        });
        jdbc.query("select ftz_id || '/' || id, name_zh, name_en from subzone", rs -> {
            zoneNames.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3)));
        });
        jdbc.query("select id, name_zh, name_en from vocabulary where kind = 'innovation_domains'", rs -> {
            domainNames.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3)));
        });
    }

    /** What a case may name, as the dataset in place knows it. */
    CaseRules.Catalog catalog() {
        Set<String> units = new java.util.HashSet<>(jdbc.queryForList("select id from unit", String.class));
        return new CaseRules.Catalog(zoneNames::containsKey, domainNames::containsKey, tagNames::containsKey, units::contains);
    }

    /** Inserts the case after every case already in the library (display order), with its search rows. */
    void insert(String id, CaseOrigin origin, NewCase c) {
        int sortOrder = jdbc.queryForObject("select coalesce(max(sort_order), -1) + 1 from innovation", Integer.class);
        List<String> tagText = new ArrayList<>();
        c.tags().forEach(t -> {
            tagText.add(tagNames.get(t).zh());
            tagText.add(tagNames.get(t).en());
        });
        List<String> body = new ArrayList<>();
        c.metrics().forEach(m -> {
            body.add(m.quantityZh());
            body.add(m.quantityEn());
        });
        Set<String> zoneKeys = new LinkedHashSet<>();
        for (String z : c.zones()) {
            zoneKeys.add(ftzOf(z));
            zoneKeys.add(z);
        }
        zoneKeys.stream().map(zoneNames::get).forEach(n -> {
            body.add(n.zh());
            body.add(n.en());
        });
        Text domain = domainNames.get(c.domain());
        body.add(domain.zh());
        body.add(domain.en());
        SearchDocument sd = SearchDocument.of(phrases, List.of(c.titleZh(), c.titleEn()),
                SearchDocument.concat(List.of(c.summaryZh(), c.summaryEn()), tagText), body);
        jdbc.update("insert into innovation (id, origin_file, sort_order, title_zh, title_en, domain, year, summary_zh, summary_en, "
                        + "source, origin, search_vector) values (?,?,?,?,?,?,?,?,?,?,?," + SearchDocument.VECTOR_SQL + ")",
                id, "platform-cases.yaml", sortOrder, c.titleZh(), c.titleEn(), c.domain(), c.year(), c.summaryZh(), c.summaryEn(),
                origin.source(), origin.origin(), sd.a(), sd.b(), sd.c());
        for (int j = 0; j < c.zones().size(); j++) {
            jdbc.update("insert into innovation_zone (innovation_id, zone_ref, ftz_id, sort_order) values (?,?,?,?)",
                    id, c.zones().get(j), ftzOf(c.zones().get(j)), j);
        }
        for (int j = 0; j < c.tags().size(); j++) {
            jdbc.update("insert into innovation_tag_link (innovation_id, tag_id, sort_order) values (?,?,?)", id, c.tags().get(j), j);
        }
        // A platform figure measures the case's own place: its first zone.
        String place = c.zones().get(0);
        String scope = (place.contains("/") ? "sub-zone:" : "zone:") + place;
        Text scopeWords = zoneNames.get(place);
        for (int j = 0; j < c.metrics().size(); j++) {
            NewCase.Metric m = c.metrics().get(j);
            String before = value(m.before());
            String after = value(m.after());
            BigDecimal[] b = range(before);
            BigDecimal[] a = range(after);
            jdbc.update("insert into innovation_metric (innovation_id, sort_order, quantity_zh, quantity_en, unit, before_text, before_low, "
                            + "before_high, after_text, after_low, after_high, change_pct, raw, scope, scope_zh, scope_en, source) "
                            + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, j, m.quantityZh().trim(), m.quantityEn().trim(), m.unit(), before, b[0], b[1], after, a[0], a[1], change(b, a),
                    raw(before, after), scope, scopeWords.zh(), scopeWords.en(), origin.source());
        }
        jdbc.update("insert into innovation_terms (innovation_id, sort_order, domain, year, zones, tags, all_terms, title_terms, "
                        + "summary_terms, body_terms) values (?,?,?,?,?,?," + SearchDocument.TERMS_SQL + ")",
                id, sortOrder, c.domain(), c.year(), zoneKeys.toArray(String[]::new), c.tags().toArray(String[]::new),
                sd.termParameters()[0], sd.a(), sd.b(), sd.c());
    }

    private static String value(String v) {
        return v == null || v.isBlank() ? null : MetricValue.parse(v.trim()).toString();
    }

    private static BigDecimal[] range(String value) {
        if (value == null) {
            return new BigDecimal[] {null, null};
        }
        MetricValue v = MetricValue.parse(value);
        return new BigDecimal[] {v.low(), v.high()};
    }

    /** The change in percent when both values are single numbers and the first is not zero. */
    private static BigDecimal change(BigDecimal[] before, BigDecimal[] after) {
        if (before[0] == null || after[0] == null || before[0].compareTo(before[1]) != 0 || after[0].compareTo(after[1]) != 0
                || before[0].signum() == 0) {
            return null;
        }
        return after[0].subtract(before[0]).multiply(BigDecimal.valueOf(100)).divide(before[0], 1, java.math.RoundingMode.HALF_UP);
    }

    /** The official's figures as entered (there is no printed text to keep): "before → after". */
    private static String raw(String before, String after) {
        return (before == null ? "–" : before) + " → " + (after == null ? "–" : after);
    }
}
