package org.ftzobservatory.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ZoneRepository {

    private final JdbcClient jdbc;

    public ZoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ZoneSummary> list(Integer batch, String region) {
        return jdbc.sql("""
                select f.*, (select count(*) from subzone s where s.ftz_id = f.id) as subzones from ftz f
                where (cast(:batch as int) is null or f.batch = :batch)
                  and (cast(:region as text) is null or f.region = :region)
                order by f.sort_order""")
                .param("batch", batch).param("region", region)
                .query((rs, n) -> new ZoneSummary(rs.getString("id"), text(rs, "name"), text(rs, "short"), text(rs, "province"),
                        rs.getString("region"), rs.getInt("batch"), rs.getString("launched"), rs.getBoolean("after_report"),
                        rs.getInt("subzones"), rs.getString("source")))
                .list();
    }

    public boolean exists(String zoneRef) {
        int slash = zoneRef.indexOf('/');
        if (slash < 0) {
            return jdbc.sql("select count(*) from ftz where id = ?").param(zoneRef).query(Integer.class).single() > 0;
        }
        return jdbc.sql("select count(*) from subzone where ftz_id = ? and id = ?")
                .param(zoneRef.substring(0, slash)).param(zoneRef.substring(slash + 1)).query(Integer.class).single() > 0;
    }

    public List<Integer> batches() {
        return jdbc.sql("select distinct batch from ftz order by batch").query(Integer.class).list();
    }

    public Optional<Zone> find(String id) {
        // The parts are read first, not inside the row mapper: a query run while another one's result set is open takes
        // a second pooled connection, and under load every request holding one while waiting for another drains the
        // pool (OneConnectionPerRequestIT).
        List<Zone.Subzone> subzones = subzones(id);
        List<Zone.KeyIndustry> industries = industries(id);
        List<Zone.Platform> platforms = platforms(id);
        return jdbc.sql("select * from ftz where id = ?").param(id).query((rs, n) -> new Zone(
                        rs.getString("id"), text(rs, "name"), text(rs, "short"), text(rs, "province"), rs.getString("region"),
                        rs.getInt("batch"), rs.getString("launched"), rs.getBoolean("after_report"), rs.getBigDecimal("area_km2"),
                        rs.getString("area_source"), text(rs, "positioning"), rs.getString("source"), subzones,
                        industries, strings(rs.getArray("industry_documents")), platforms))
                .optional();
    }

    public List<Zone.Platform> platforms(String ftzId) {
        return jdbc.sql("""
                select p.*, array(select z.zone_ref from platform_zone z where z.platform_id = p.id order by z.zone_ref) as zones
                from platform p where exists (select 1 from platform_zone z where z.platform_id = p.id and z.ftz_id = :ftz)
                order by p.sort_order""")
                .param("ftz", ftzId)
                .query((rs, n) -> platform(rs)).list();
    }

    public List<Zone.Platform> allPlatforms() {
        return jdbc.sql("""
                select p.*, array(select z.zone_ref from platform_zone z where z.platform_id = p.id order by z.zone_ref) as zones
                from platform p order by p.sort_order""")
                .query((rs, n) -> platform(rs)).list();
    }

    private List<Zone.Subzone> subzones(String ftzId) {
        return jdbc.sql("select * from subzone where ftz_id = ? order by sort_order").param(ftzId)
                .query((rs, n) -> new Zone.Subzone(rs.getString("id"), ftzId + "/" + rs.getString("id"), text(rs, "name"),
                        rs.getString("launched"), rs.getBigDecimal("area_km2"), rs.getString("source")))
                .list();
    }

    private List<Zone.KeyIndustry> industries(String ftzId) {
        return jdbc.sql("select * from key_industry where ftz_id = ? order by sort_order").param(ftzId)
                .query((rs, n) -> new Zone.KeyIndustry(text(rs, "name"), rs.getString("subzone_id")))
                .list();
    }

    private static Zone.Platform platform(ResultSet rs) throws SQLException {
        return new Zone.Platform(rs.getString("id"), text(rs, "name"), rs.getString("kind"),
                (Integer) rs.getObject("year"), text(rs, "summary"), strings(rs.getArray("zones")), rs.getString("source"));
    }
}
