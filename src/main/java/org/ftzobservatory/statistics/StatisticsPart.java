package org.ftzobservatory.statistics;

import static org.ftzobservatory.dataset.ExportContext.text;
import static org.ftzobservatory.dataset.Fields.ftzOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.Fields;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.CsvParser;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.Years;
import org.ftzobservatory.registry.RegistryPart;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statistics' share of the dataset: statistics/*.csv (one figure a row, with its printed text) and headlines.yaml. */
public final class StatisticsPart implements DatasetPart<StatisticsPart.Statistics> {

    public static final List<String> COLUMNS = List.of("id", "indicator", "indicator_zh", "indicator_en", "zone", "year",
            "value", "unit", "approx", "raw", "source", "note", "scope");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]*");

    /** The figures and, in order, the home page's headline figures. */
    public record Statistics(List<Statistic> statistics, List<HeadlineEntry> headlines, Map<String, String> scopeFiles) {
    }

    /** The files a scope is checked against; stored with the data and exported as they were read. */
    static final List<String> SCOPE_FILES = List.of("replication/regions.yaml", "regions-named.yaml", "scope-notes.yaml");

    /** A headline figure as headlines.yaml lists it: the statistic and its plain label (zh, en). */
    public record HeadlineEntry(String statistic, String labelZh, String labelEn) {
    }

    /** One figure; {@code line} is its CSV row, for problems found after the row was read. */
    public record Statistic(String id, String file, int line, String indicator, String indicatorZh, String indicatorEn,
                            String zone, int year, BigDecimal value, String unit, boolean approx, String raw,
                            String source, String note, FigureScope scope) {
    }

    /** A figure's scope as written ({@code zones:chongqing+sichuan}), its kind, in words, and the FTZs it contains. */
    public record FigureScope(String text, String kind, Text words, List<String> containedFtzs) {

        /** The scope of a parsed {@link Scope}, described with the zones' short names. */
        public static FigureScope of(Scope scope, ScopeRules rules, Map<String, Text> zoneNames, String zoneColumn) {
            return new FigureScope(scope.format(), scope.kind().token(),
                    rules.describe(scope, ref -> zoneNames.getOrDefault(ref, new Text(ref, ref))), rules.containedFtzs(scope, zoneColumn));
        }
    }

    /** Short names of FTZs and sub-zones by reference (from the registry part), for a figure's scope in words. */
    public static Map<String, Text> zoneNames(DatasetContext ctx) {
        Map<String, Text> out = new HashMap<>();
        for (RegistryPart.Ftz f : ctx.get(RegistryPart.Registry.class).zones()) {
            out.put(f.id(), new Text(f.shortZh(), f.shortEn()));
            for (RegistryPart.Subzone s : f.subzones()) {
                out.put(f.id() + "/" + s.id(), new Text(s.nameZh(), s.nameEn()));
            }
        }
        return out;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Statistics read(DatasetContext ctx) {
        Set<String> units = ctx.units();
        ScopeRules rules = ScopeRules.read(ctx.path("."), ctx.problems());
        Map<String, Text> zoneNames = zoneNames(ctx);
        List<Statistic> statistics = new ArrayList<>();
        for (Path f : ctx.files("statistics", ".csv")) {
            statistics.addAll(file(f, "statistics/" + f.getFileName(), units, ctx, rules, zoneNames));
        }
        Problems problems = ctx.problems();
        checkIndicatorsConsistent(statistics, problems);
        Map<String, Statistic> seen = new HashMap<>();
        for (Statistic s : statistics) {
            Statistic f = s.id() == null ? null : seen.putIfAbsent(s.id(), s);
            if (f != null) {
                problems.add(s.file(), s.line(), "id", "duplicate id '" + s.id() + "' (first at " + f.file() + ":" + f.line() + ")");
            }
        }
        Map<String, String> scopeFiles = new LinkedHashMap<>();
        for (String f : SCOPE_FILES) {
            try {
                if (Files.exists(ctx.path(f))) {
                    scopeFiles.put(f, Files.readString(ctx.path(f), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                problems.add(f, 1, "(file)", "cannot be read: " + e.getMessage());
            }
        }
        return new Statistics(statistics, headlines(ctx.yaml("headlines.yaml"), seen.keySet()), scopeFiles);
    }

    @Override
    public String summary(Statistics data) {
        return data.statistics().size() + " statistics";
    }

    private static List<Statistic> file(Path path, String name, Set<String> units, DatasetContext ctx, ScopeRules rules,
                                        Map<String, Text> zoneNames) {
        List<Statistic> out = new ArrayList<>();
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (CsvParser.CsvException e) {
            ctx.problems().add(name, e.line(), "(csv)", e.getMessage());
            return out;
        } catch (IOException e) {
            ctx.problems().add(name, 1, "(file)", "cannot be read: " + e.getMessage());
            return out;
        }
        if (rows.isEmpty() || !rows.get(0).fields().equals(COLUMNS)) {
            ctx.problems().add(name, 1, "(header)", "must be exactly: " + String.join(",", COLUMNS));
            return out;
        }
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            Node n = new Node(name, row.line(), ctx.problems());
            if (row.fields().size() != COLUMNS.size()) {
                n.problem("(row)", "has " + row.fields().size() + " fields, expected " + COLUMNS.size());
                continue;
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                n.put(COLUMNS.get(i), row.fields().get(i), row.line());
            }
            String indicator = n.requireString("indicator");
            if (indicator != null && !INDICATOR.matcher(indicator).matches()) {
                n.problem("indicator", "'" + indicator + "' must be snake_case");
            }
            String zone = n.requireString("zone");
            if (zone != null && !"national".equals(zone) && !ctx.knowsZone(zone)) {
                n.problem("zone", "unknown zone '" + zone + "' (use an FTZ id, ftz/subzone or national)");
            }
            n.source();
            Integer year = n.integer("year", Years.FIRST, Years.LAST);
            if (year == null && !n.has("year")) {
                n.problem("year", "is required");
            }
            BigDecimal value = n.decimal("value");
            if (value == null && !n.has("value")) {
                n.problem("value", "is required");
            }
            Scope scope = n.parsed("scope", Scope::parse);
            if (scope == null && !n.has("scope")) {
                n.problem("scope", "is required (zone:ID, sub-zone:ID/SUB, zones:ID+ID, ftz-wide, province:ID, city:PROVINCE:名称:Name, region:ID or national)");
            }
            if (scope != null) {
                rules.check(scope, zone, n.string("note"), ctx::knowsZone).forEach(p -> n.problem(p.field(), p.message()));
            }
            out.add(new Statistic(n.requireString("id"), name, row.line(), indicator, n.requireString("indicator_zh"),
                    n.requireString("indicator_en"), zone, year == null ? 0 : year, value, n.oneOf("unit", units, true),
                    n.bool("approx", false), n.requireString("raw"), Fields.source(n), n.string("note"),
                    scope == null ? null : FigureScope.of(scope, rules, zoneNames, zone)));
        }
        return out;
    }

    private static void checkIndicatorsConsistent(List<Statistic> stats, Problems problems) {
        Map<String, Statistic> first = new HashMap<>();
        for (Statistic s : stats) {
            if (s.indicator() == null) {
                continue;
            }
            Statistic f = first.putIfAbsent(s.indicator(), s);
            if (f == null) {
                continue;
            }
            if (!Objects.equals(f.indicatorZh(), s.indicatorZh()) || !Objects.equals(f.indicatorEn(), s.indicatorEn())) {
                problems.add(s.file(), s.line(), "indicator_zh", "indicator '" + s.indicator()
                        + "' is named differently at " + f.file() + " (" + f.indicatorZh() + " / " + f.indicatorEn() + ")");
            }
            if (!Objects.equals(f.unit(), s.unit())) {
                problems.add(s.file(), s.line(), "unit", "indicator '" + s.indicator() + "' uses unit " + f.unit()
                        + " elsewhere (" + f.file() + "); one indicator, one unit");
            }
        }
    }

    /** Headline figures: {@code - {id: s-ab-001, label_zh: …, label_en: …}}, each a statistic listed once. */
    private static List<HeadlineEntry> headlines(Node n, Set<String> ids) {
        if (n == null) {
            return List.of();
        }
        n.allowOnly(Set.of("headlines"));
        List<HeadlineEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node h : n.nodes("headlines")) {
            h.allowOnly(Set.of("id", "label_zh", "label_en"));
            String id = h.requireString("id");
            String zh = h.requireString("label_zh");
            String en = h.requireString("label_en");
            if (id == null) {
                continue;
            }
            if (!ids.contains(id)) {
                h.problem("id", "'" + id + "' is not a statistic id");
            } else if (!seen.add(id)) {
                h.problem("id", "'" + id + "' is listed twice");
            } else {
                out.add(new HeadlineEntry(id, zh, en));
            }
        }
        return out;
    }

    @Override
    public List<String> tables() {
        return List.of("headline", "statistic", "indicator", "scope_rule_file");
    }

    @Override
    public void importInto(Statistics data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        Map<String, Object[]> indicators = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.statistics().size(); i++) {
            Statistic s = data.statistics().get(i);
            indicators.putIfAbsent(s.indicator(), new Object[] {s.indicator(), s.indicatorZh(), s.indicatorEn(), s.unit()});
            rows.add(new Object[] {s.id(), s.file(), i, s.indicator(), s.zone(),
                    "national".equals(s.zone()) ? null : ftzOf(s.zone()), s.year(), s.value(), s.unit(), s.approx(), s.raw(),
                    s.source(), s.note(), s.scope().text(), s.scope().kind(), s.scope().words().zh(), s.scope().words().en(),
                    s.scope().containedFtzs().toArray(String[]::new)});
        }
        jdbc.batchUpdate("insert into indicator (id, name_zh, name_en, unit) values (?,?,?,?)", new ArrayList<>(indicators.values()));
        jdbc.batchUpdate("insert into statistic (id, origin_file, sort_order, indicator_id, zone_ref, ftz_id, year, value, unit, "
                + "approx, raw, source, note, scope, scope_kind, scope_zh, scope_en, scope_ftz_ids) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        List<Object[]> headlines = new ArrayList<>();
        for (int i = 0; i < data.headlines().size(); i++) {
            HeadlineEntry h = data.headlines().get(i);
            headlines.add(new Object[] {h.statistic(), i, h.labelZh(), h.labelEn()});
        }
        jdbc.batchUpdate("insert into headline (statistic_id, sort_order, label_zh, label_en) values (?,?,?,?)", headlines);
        List<Object[]> files = new ArrayList<>();
        data.scopeFiles().forEach((name, content) -> files.add(new Object[] {name, content}));
        jdbc.batchUpdate("insert into scope_rule_file (name, content) values (?,?)", files);
        ctx.progress("statistics: " + rows.size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (Map<String, Object> s : ctx.jdbc().queryForList("select s.*, i.name_zh, i.name_en from statistic s "
                + "join indicator i on i.id = s.indicator_id order by origin_file, sort_order")) {
            List<String> lines = byFile.computeIfAbsent((String) s.get("origin_file"),
                    k -> new ArrayList<>(List.of(String.join(",", COLUMNS))));
            lines.add(CsvParser.formatRow(Arrays.asList(text(s.get("id")), text(s.get("indicator_id")), text(s.get("name_zh")),
                    text(s.get("name_en")), text(s.get("zone_ref")), text(s.get("year")), text(s.get("value")),
                    text(s.get("unit")), text(s.get("approx")), text(s.get("raw")), text(s.get("source")), text(s.get("note")),
                    text(s.get("scope")))));
        }
        for (var e : byFile.entrySet()) {
            ctx.lines(e.getKey(), e.getValue(), e.getValue().size() - 1);
        }
        for (Map<String, Object> f : ctx.jdbc().queryForList("select name, content from scope_rule_file order by name")) {
            ctx.lines((String) f.get("name"), List.of(((String) f.get("content")).stripTrailing()), 0);
        }
        ctx.yaml("headlines.yaml", Map.of("headlines", ctx.jdbc().query(
                "select statistic_id, label_zh, label_en from headline order by sort_order", (rs, n) -> {
                    Map<String, Object> h = new LinkedHashMap<>();
                    h.put("id", rs.getString("statistic_id"));
                    h.put("label_zh", rs.getString("label_zh"));
                    h.put("label_en", rs.getString("label_en"));
                    return h;
                })));
    }
}
