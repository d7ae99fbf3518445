package org.ftzobservatory.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The zone references ledgers may name (FTZ ids and ftz/subzone) and their short names, from the loaded registry. */
@Repository
public class ZoneRefs {

    private final JdbcClient jdbc;

    public ZoneRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> all() {
        return names().keySet();
    }

    /** ref → {zh, en} short names ("河南郑州片区", "Henan Zhengzhou Area"), FTZs first, in registry order. */
    public Map<String, String[]> names() {
        Map<String, String[]> out = new LinkedHashMap<>();
        jdbc.sql("""
                select id, short_zh, short_en from (
                    select id, short_zh, short_en, sort_order, -1 as sub from ftz
                    union all select s.ftz_id || '/' || s.id, f.short_zh || s.name_zh, f.short_en || ' ' || s.name_en, f.sort_order, s.sort_order
                    from subzone s join ftz f on f.id = s.ftz_id) z order by sort_order, sub""")
                .query((RowCallbackHandler) rs -> out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
        return out;
    }
}
