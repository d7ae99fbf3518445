package org.ftzobservatory.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.dataset.Provenance;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.Years;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures published from the review queue, as {@code ftz export} writes them: {@code review/published-statistics.yaml}.
 * The file is optional. Its tables are not the dataset's: an import never empties them (a bundled dataset has no such
 * file and must not delete what curators published); it adds the file's figures whose key the database does not hold
 * yet, so export → import into an empty database restores them with their provenance, and importing the same export
 * twice adds nothing. Validated like every dataset file, so a broken file stops the whole import.
 */
public final class PublishedStatisticsPart implements DatasetPart<PublishedStatisticsPart.Published> {

    public static final String FILE = "review/published-statistics.yaml";
    private static final Set<String> FIELDS = Set.of("indicator", "indicator_zh", "indicator_en", "zone", "year", "value", "unit",
            "approx", "qualifier", "raw", "scope");

    /** One figure of the file, checked; {@code words} is its scope in words, from the zones being imported. */
    public record Row(PublishedStatistics.Figure figure, PublishedStatistics.Indicator indicator, String zone, int year,
                      Scope scope, Text words) {
    }

    public record Published(List<Row> rows) {
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Published read(DatasetContext ctx) {
        List<Row> out = new ArrayList<>();
        Set<String> units = ctx.units();
        Map<String, Text> names = StatisticsPart.zoneNames(ctx);
        for (Provenance.Entry e : Provenance.records(ctx, FILE, "statistics", FIELDS)) {
            Node n = e.node();
            Provenance p = e.provenance();
            String indicator = n.requireString("indicator");
            if (indicator != null && !indicator.matches("[a-z][a-z0-9_]*")) {
                n.problem("indicator", "'" + indicator + "' must be snake_case");
            }
            String zh = n.requireString("indicator_zh");
            String en = n.requireString("indicator_en");
            String zone = n.requireString("zone");
            if (zone != null && (!ctx.knowsZone(zone) || "national".equals(zone))) {
                n.problem("zone", "unknown zone '" + zone + "' (an FTZ id or ftz/subzone)");
                zone = null;
            }
            Integer year = n.integer("year", Years.FIRST, Years.LAST);
            if (year == null && !n.has("year")) {
                n.problem("year", "is required");
            }
            BigDecimal value = n.decimal("value");
            if (value == null && !n.has("value")) {
                n.problem("value", "is required");
            }
            String unit = n.oneOf("unit", units, true);
            String raw = n.requireString("raw");
            Scope scope = n.parsed("scope", Scope::parse);
            if (scope != null && (!scope.kind().aboutOneZone() || (zone != null && !scope.places().get(0).equals(zone)))) {
                n.problem("scope", "must be zone:ZONE or sub-zone:ZONE of the figure's zone '" + zone + "'");
                scope = null;
            } else if (scope == null && !n.has("scope")) {
                n.problem("scope", "is required (zone:ID or sub-zone:ID/SUB)");
            }
            if (p != null && indicator != null && zh != null && en != null && zone != null && year != null && value != null
                    && unit != null && raw != null && scope != null) {
                out.add(new Row(new PublishedStatistics.Figure(value, unit, n.bool("approx", false), n.string("qualifier"), raw, p),
                        new PublishedStatistics.Indicator(indicator, new Text(zh, en), unit), zone, year, scope,
                        ScopeRules.zoneWords(scope, ref -> names.getOrDefault(ref, new Text(ref, ref)))));
            }
        }
        return new Published(out);
    }

    @Override
    public String summary(Published data) {
        return data.rows().size() + " published statistics";
    }

    /** None: what curators published is never emptied by an import. */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void importInto(Published data, ImportContext ctx) {
        JdbcClient jdbc = JdbcClient.create(ctx.jdbc());
        int added = 0;
        for (Row r : data.rows()) {
            if (PublishedStatistics.insert(jdbc, r.figure(), r.indicator(), r.zone(), r.year(), r.scope(), r.words(), true).isPresent()) {
                added++;
            }
        }
        Provenance.progress(ctx, "published statistics", added, data.rows().size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : ctx.jdbc().queryForList("select * from published_statistic order by accepted_at, fact_key")) {
            Map<String, Object> m = new LinkedHashMap<>(Provenance.export(r));
            m.putAll(ExportContext.pick(r, "indicator_id", "indicator_zh", "indicator_en", "zone_ref", "year", "value", "unit",
                    "approx", "qualifier", "raw", "scope"));
            m.put("indicator", m.remove("indicator_id"));
            m.put("zone", m.remove("zone_ref"));
            rows.add(ExportContext.compact(reorder(m)));
        }
        ctx.yaml(FILE, Map.of("statistics", rows), rows.size());
    }

    private static Map<String, Object> reorder(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("key", "indicator", "indicator_zh", "indicator_en", "zone", "year", "value", "unit", "approx",
                "qualifier", "raw", "scope", "source", "accepted_by", "accepted_at", "withdrawn")) {
            if (m.containsKey(k)) {
                out.put(k, m.get(k));
            }
        }
        return out;
    }
}
