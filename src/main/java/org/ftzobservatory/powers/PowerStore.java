package org.ftzobservatory.powers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogues and the power timeline in PostgreSQL; "what was delegated on a day" is one query. */
@Repository
public class PowerStore {

    private final JdbcClient jdbc;

    public PowerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PowerCatalogue> catalogues() {
        return jdbc.sql("select * from power_catalogue order by sort_order").query((rs, n) -> new PowerCatalogue(rs.getString("id"),
                rs.getString("granting_zh"), rs.getString("granting_en"), rs.getString("level"), rs.getString("kind"),
                rs.getString("zone_ref"), rs.getString("issued"), rs.getInt("items"), breakdown(rs.getString("breakdown")),
                rs.getString("summary_zh"), rs.getString("summary_en"), rs.getString("document"), rs.getString("source"))).list();
    }

    /**
     * The powers delegated to a zone on a day: for each power of each catalogue, its last event on or before the day, kept
     * when that event is an addition. A sub-zone also holds what was delegated to its whole FTZ.
     */
    public List<DelegatedPower> at(String zone, LocalDate day) {
        String ftz = zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
        return jdbc.sql("""
                select * from (
                    select distinct on (catalogue, power_id, zone_ref) * from power_event
                    where zone_ref in (:zone, :ftz) and effective <= :day
                    order by catalogue, power_id, zone_ref, effective desc, id desc) last
                where action = 'add' order by catalogue, power_id, zone_ref""")
                .param("zone", zone).param("ftz", ftz).param("day", day)
                .query((rs, n) -> new DelegatedPower(rs.getString("catalogue"), rs.getString("power_id"), rs.getString("name_zh"),
                        rs.getString("department"), rs.getString("kind"), rs.getString("zone_ref"), rs.getString("mode"),
                        rs.getObject("effective", LocalDate.class), rs.getBoolean("synthetic"))).list();
    }

    /** Every addition and removal for a zone (and its FTZ), in time order: the exact timeline. */
    public List<PowerEvent> timeline(String zone) {
        String ftz = zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
        return jdbc.sql("select * from power_event where zone_ref in (:zone, :ftz) order by effective, id")
                .param("zone", zone).param("ftz", ftz).query(PowerStore::event).list();
    }

    /** The latest event of one power in one zone on or before a day, or null. */
    public PowerEvent last(String catalogue, String powerId, String zone, LocalDate day) {
        return jdbc.sql("""
                select * from power_event where catalogue = :c and power_id = :p and zone_ref = :z and effective <= :d
                order by effective desc, id desc limit 1""")
                .param("c", catalogue).param("p", powerId).param("z", zone).param("d", day).query(PowerStore::event).optional().orElse(null);
    }

    /** One power's events in one zone, in effective order (same-day events in the order recorded). */
    public List<PowerEvent> history(String catalogue, String powerId, String zone) {
        return jdbc.sql("select * from power_event where catalogue = :c and power_id = :p and zone_ref = :z order by effective, id")
                .param("c", catalogue).param("p", powerId).param("z", zone).query(PowerStore::event).list();
    }

    public PowerEvent event(long id) {
        return jdbc.sql("select * from power_event where id = :id").param("id", id).query(PowerStore::event).single();
    }

    public boolean exists(String catalogue, String powerId, String zone, LocalDate day, String action) {
        return jdbc.sql("""
                select count(*) from power_event where catalogue = :c and power_id = :p and zone_ref = :z and effective = :d
                and action = :a""").param("c", catalogue).param("p", powerId).param("z", zone).param("d", day).param("a", action)
                .query(Integer.class).single() > 0;
    }

    public long insert(PowerEvent e, String by) {
        return jdbc.sql("""
                insert into power_event (catalogue, power_id, name_zh, department, kind, zone_ref, ftz_id, mode, action, effective, recorded_by)
                values (:c, :p, :name, :dept, :kind, :zone, :ftz, :mode, :action, :eff, :by) returning id""")
                .param("c", e.catalogue()).param("p", e.powerId()).param("name", e.nameZh()).param("dept", e.department())
                .param("kind", e.kind()).param("zone", e.zone()).param("ftz", e.zone().contains("/") ? e.zone().substring(0, e.zone().indexOf('/')) : e.zone())
                .param("mode", e.mode()).param("action", e.action()).param("eff", e.effective()).param("by", by).query(Long.class).single();
    }

    public List<PowerEvent> all() {
        return jdbc.sql("select * from power_event where not synthetic order by effective, id").query(PowerStore::event).list();
    }

    private static PowerEvent event(ResultSet rs, int n) throws SQLException {
        return new PowerEvent(rs.getLong("id"), rs.getString("catalogue"), rs.getString("power_id"), rs.getString("name_zh"),
                rs.getString("department"), rs.getString("kind"), rs.getString("zone_ref"), rs.getString("mode"), rs.getString("action"),
                rs.getObject("effective", LocalDate.class), rs.getString("recorded_by"));
    }

    /** "powers=137, public_services=39" ↔ an ordered map. */
    static String breakdownText(Map<String, Integer> b) {
        return b.isEmpty() ? null : b.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    static Map<String, Integer> breakdown(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text != null) {
            for (String part : text.split(",\\s*")) {
                String[] kv = part.split("=");
                out.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return out;
    }
}
