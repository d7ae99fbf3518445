package org.ftzobservatory.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The name a reader sees for a zone reference: {@code guangdong} → 广东 / Guangdong, {@code guangdong/nansha} →
 * 南沙片区 / Nansha Area, {@code national} → 全国 / Nationwide. Pages call {@code @zoneNames.label(ref, #locale)} and
 * never show the id. The names are read per call from two small tables, so an import is seen at once.
 */
@Component("zoneNames")
public class ZoneNames {

    private static final Text NATIONAL = new Text("全国", "Nationwide");

    private final JdbcClient jdbc;

    public ZoneNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String label(String ref, Locale locale) {
        return ref == null ? "" : labels(List.of(ref)).getOrDefault(ref, new Text(ref, ref)).in(locale);
    }

    /** The FTZ a reference belongs to ({@code guangdong/nansha} → {@code guangdong}), for links to its page. */
    public String ftz(String ref) {
        return ref == null ? "" : ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref;
    }

    /** Names of the given references; unknown ones are left out. */
    public Map<String, Text> labels(List<String> refs) {
        Map<String, Text> out = new HashMap<>();
        if (refs.contains("national")) {
            out.put("national", NATIONAL);
        }
        jdbc.sql("""
                select id as ref, short_zh as name_zh, short_en as name_en from ftz where id = any(:refs)
                union all select s.ftz_id || '/' || s.id, s.name_zh, s.name_en from subzone s where s.ftz_id || '/' || s.id = any(:refs)""")
                .param("refs", refs.toArray(String[]::new))
                .query((rs, n) -> out.put(rs.getString("ref"), new Text(rs.getString("name_zh"), rs.getString("name_en")))).list();
        return out;
    }

    /**
     * Every FTZ and sub-zone by reference, in the registry's order (each FTZ followed by its sub-zones), a sub-zone named
     * with its FTZ (上海 · 临港新片区): the choices of a form that places a fact in a zone.
     */
    public Map<String, Text> all() {
        Map<String, Text> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select f.id as ref, f.short_zh as name_zh, f.short_en as name_en, f.sort_order as o, -1 as so from ftz f
                union all select s.ftz_id || '/' || s.id, f.short_zh || ' · ' || s.name_zh, f.short_en || ' · ' || s.name_en,
                       f.sort_order, s.sort_order from subzone s join ftz f on f.id = s.ftz_id
                order by o, so""")
                .query((rs, n) -> out.put(rs.getString("ref"), new Text(rs.getString("name_zh"), rs.getString("name_en")))).list();
        return out;
    }
}
