package org.ftzobservatory.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the database's dataset back out as the same YAML/CSV files the importer reads, part by part, so a curator can
 * edit an export and import it again.
 */
@Service
public class DatasetExporter {

    private final JdbcTemplate jdbc;

    public DatasetExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Integer> export(Path dir, Consumer<String> progress) {
        try {
            Files.createDirectories(dir);
            ExportContext ctx = new ExportContext(dir, jdbc, progress);
            ctx.yaml("dataset.yaml", ExportContext.compact(
                    jdbc.queryForMap("select id, version, title_zh, title_en, source from dataset_meta")));
            for (DatasetPart<?> part : DatasetParts.all()) {
                part.export(ctx);
            }
            return ctx.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
<<<<<<< HEAD

    private List<Map<String, Object>> zones() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> z : jdbc.queryForList("select * from ftz order by sort_order")) {
            String id = (String) z.get("id");
            Map<String, Object> m = pick(z, "id", "name_zh", "name_en", "short_zh", "short_en", "province_zh", "province_en",
                    "region", "batch", "launched", "after_report", "area_km2", "area_source", "positioning_zh", "positioning_en");
            m.put("key_industries", jdbc.queryForList(
                    "select name_zh, name_en, subzone_id as subzone from key_industry where ftz_id = ? order by sort_order", id)
                    .stream().map(DatasetExporter::compact).toList());
            m.put("industry_documents", strings(z.get("industry_documents")));
            m.put("source", z.get("source"));
            m.put("subzones", jdbc.queryForList("select id, name_zh, name_en, launched, area_km2, area_source, source "
                    + "from subzone where ftz_id = ? order by sort_order", id).stream().map(DatasetExporter::compact).toList());
            out.add(compact(m));
        }
        return out;
    }

    private List<Map<String, Object>> platforms() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : jdbc.queryForList("select * from platform order by sort_order")) {
            Map<String, Object> m = pick(p, "id", "name_zh", "name_en", "kind");
            m.put("zones", jdbc.queryForList("select zone_ref from platform_zone where platform_id = ? order by zone_ref",
                    String.class, p.get("id")));
            m.putAll(pick(p, "year", "summary_zh", "summary_en", "source"));
            out.add(compact(m));
        }
        return out;
    }

    private Map<String, List<Map<String, Object>>> documents() {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        for (Map<String, Object> d : jdbc.queryForList("select * from document order by origin_file, sort_order")) {
            String id = (String) d.get("id");
            Map<String, Object> m = pick(d, "id", "number", "title_zh", "title_en", "short_zh");
            m.put("issuers", strings(d.get("issuers")));
            m.putAll(pick(d, "issued", "effective", "type", "scope"));
            m.put("zones", jdbc.queryForList("select zone_ref from document_zone where document_id = ? order by zone_ref",
                    String.class, id));
            m.putAll(pick(d, "measure_count", "measure_unit"));
            m.put("relations", jdbc.queryForList("select type, target_id as target from document_relation "
                    + "where document_id = ? order by sort_order", id));
            m.putAll(pick(d, "summary_zh", "summary_en", "source"));
            out.computeIfAbsent((String) d.get("origin_file"), k -> new ArrayList<>()).add(compact(m));
        }
        return out;
    }

    private Map<String, List<String>> statistics() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Map<String, Object> s : jdbc.queryForList("select s.*, i.name_zh, i.name_en from statistic s "
                + "join indicator i on i.id = s.indicator_id order by origin_file, sort_order")) {
            List<String> lines = out.computeIfAbsent((String) s.get("origin_file"),
                    k -> new ArrayList<>(List.of(String.join(",", DatasetReader.STATISTIC_COLUMNS))));
            lines.add(CsvParser.formatRow(Arrays.asList(text(s.get("id")), text(s.get("indicator_id")), text(s.get("name_zh")),
                    text(s.get("name_en")), text(s.get("zone_ref")), text(s.get("year")), text(s.get("value")),
                    text(s.get("unit")), text(s.get("approx")), text(s.get("raw")), text(s.get("source")), text(s.get("note")),
                    text(s.get("scope")))));
        }
        return out;
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : jdbc.queryForList("select * from chronicle_event order by seq")) {
            String id = (String) e.get("id");
            Map<String, Object> m = pick(e, "id", "seq", "date", "end_date", "title_zh", "title_en", "summary_zh", "summary_en");
            m.put("actors", strings(e.get("actors")));
            m.put("documents", jdbc.queryForList("select document_id from event_document where event_id = ? order by sort_order",
                    String.class, id));
            m.put("zones", jdbc.queryForList("select zone_ref from event_zone where event_id = ? order by zone_ref", String.class, id));
            m.put("source", e.get("source"));
            out.add(compact(m));
        }
        return out;
    }

    private Map<String, List<Map<String, Object>>> innovations() {
        Map<String, List<Map<String, Object>>> out = new TreeMap<>();
        for (Map<String, Object> i : jdbc.queryForList("select * from innovation order by origin_file, sort_order")) {
            String id = (String) i.get("id");
            Map<String, Object> m = pick(i, "id", "title_zh", "title_en");
            m.put("zones", jdbc.queryForList("select zone_ref from innovation_zone where innovation_id = ? order by sort_order", String.class, id));
            m.put("domain", i.get("domain"));
            m.put("themes", jdbc.queryForList("select theme from innovation_theme where innovation_id = ? order by theme", String.class, id));
            m.put("tags", jdbc.queryForList("select tag_id from innovation_tag_link where innovation_id = ? order by sort_order", String.class, id));
            m.put("actors", jdbc.queryForList("select name from innovation_actor where innovation_id = ? order by sort_order", String.class, id));
            m.put("systems", jdbc.queryForList("select name from innovation_system where innovation_id = ? order by sort_order", String.class, id));
            m.put("metrics", jdbc.queryForList("select quantity_zh, quantity_en, unit, before_text as before, after_text as after, "
                    + "change_pct as change, raw, scope, source, statistic_id from innovation_metric where innovation_id = ? "
                    + "order by sort_order", id)
                    .stream().map(r -> r.get("statistic_id") != null ? Map.<String, Object>of("statistic", r.get("statistic_id"))
                            : compact(without(r, "statistic_id"))).toList());
            m.putAll(pick(i, "year", "summary_zh", "summary_en"));
            m.put("documents", jdbc.queryForList("select document_id from innovation_document where innovation_id = ? order by sort_order",
                    String.class, id));
            m.put("batch", i.get("batch_number"));
            m.put("batch_item", i.get("batch_item"));
            m.put("source", i.get("source"));
            out.computeIfAbsent((String) i.get("origin_file"), k -> new ArrayList<>()).add(compact(m));
        }
        return out;
    }

    private List<Map<String, Object>> batches() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> b : jdbc.queryForList("select * from best_practice_batch order by number")) {
            Map<String, Object> m = pick(b, "number", "issued");
            m.put("document", b.get("document_id"));
            m.putAll(pick(b, "issuer_zh", "summary_zh", "summary_en", "known_gaps_zh", "known_gaps_en", "source"));
            List<Map<String, Object>> cases = new ArrayList<>();
            for (Map<String, Object> c : jdbc.queryForList("select * from best_practice_case where batch_number = ? order by item", b.get("number"))) {
                Map<String, Object> cm = pick(c, "item", "title_zh", "scope");
                cm.put("regions", strings(c.get("regions")));
                cm.put("innovation", c.get("innovation_id"));
                cases.add(compact(cm));
            }
            m.put("cases", cases);
            out.add(compact(m));
        }
        return out;
    }

    private static Map<String, Object> pick(Map<String, Object> row, String... keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, row.get(k));
        }
        return m;
    }

    /** Drops nulls and empty lists, and turns JDBC types into plain YAML scalars. */
    private static Map<String, Object> without(Map<String, Object> m, String key) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.remove(key);
        return out;
    }

    private static Map<String, Object> compact(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            Object v = e.getValue();
            if (v == null || (v instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            if (v instanceof BigDecimal b) {
                v = b.stripTrailingZeros().toPlainString();
            } else if (v instanceof List<?> l) {
                v = l.stream().map(x -> x instanceof Map<?, ?> mm ? compact(castMap(mm)) : x).toList();
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static List<String> strings(Object sqlArray) {
        if (sqlArray == null) {
            return List.of();
        }
        try {
            Object a = sqlArray instanceof Array arr ? arr.getArray() : sqlArray;
            return Arrays.stream((Object[]) a).map(Object::toString).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString();
    }

    private static void write(Path file, Object content) throws IOException {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(140);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        Files.writeString(file, "# Exported by ftz export; the same format as the bundled dataset (see data/README.md).\n"
                + new Yaml(o).dump(content), StandardCharsets.UTF_8);
    }
=======
>>>>>>> main
}
