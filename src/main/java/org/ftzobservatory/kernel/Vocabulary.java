package org.ftzobservatory.kernel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Display names of the controlled vocabularies (document types, regions, units …), read from the dataset. Templates use it
 * as {@code @vocabulary.label('document_types', d.type, #locale)}.
 */
@Component("vocabulary")
public class Vocabulary {

    private final JdbcTemplate jdbc;
    private volatile Map<String, Map<String, Text>> terms;

    public Vocabulary(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String label(String kind, String id, Locale locale) {
        if (id == null) {
            return "";
        }
        Text t = terms().getOrDefault(kind, Map.of()).get(id);
        return t == null ? id : t.in(locale);
    }

    /** All values of one vocabulary in dataset order, for filter drop-downs and API validation. */
    public Map<String, Text> all(String kind) {
        return terms().getOrDefault(kind, Map.of());
    }

    public void reload() {
        terms = null;
    }

    /**
     * FTZ and sub-zone ids as readers name them ({@code guangdong/nansha} → 广东 · 南沙片区 / Guangdong · Nansha Area), so no
     * page has to show an id: {@code @vocabulary.label('zones', id, #locale)}.
     */
    private Map<String, Text> zoneNames() {
        Map<String, Text> zones = new LinkedHashMap<>();
        jdbc.queryForList("select id, short_zh, short_en from ftz order by sort_order").forEach(r ->
                zones.put((String) r.get("id"), new Text((String) r.get("short_zh"), (String) r.get("short_en"))));
        jdbc.queryForList("""
                select s.ftz_id || '/' || s.id as id, f.short_zh || ' · ' || s.name_zh as name_zh,
                       f.short_en || ' · ' || s.name_en as name_en
                  from subzone s join ftz f on f.id = s.ftz_id order by f.sort_order, s.sort_order""").forEach(r ->
                zones.put((String) r.get("id"), new Text((String) r.get("name_zh"), (String) r.get("name_en"))));
        return zones;
    }

    private Map<String, Map<String, Text>> terms() {
        Map<String, Map<String, Text>> t = terms;
        if (t == null) {
            t = new HashMap<>();
            List<Map<String, Object>> rows = jdbc.queryForList("select kind, id, name_zh, name_en from vocabulary order by kind, name_en");
            for (Map<String, Object> r : rows) {
                t.computeIfAbsent((String) r.get("kind"), k -> new LinkedHashMap<>())
                        .put((String) r.get("id"), new Text((String) r.get("name_zh"), (String) r.get("name_en")));
            }
            Map<String, Text> units = new LinkedHashMap<>();
            jdbc.queryForList("select id, name_zh, name_en from unit order by id").forEach(r ->
                    units.put((String) r.get("id"), new Text((String) r.get("name_zh"), (String) r.get("name_en"))));
            t.put("units", units);
            t.put("zones", zoneNames());
            terms = t;
        }
        return t;
    }
}
