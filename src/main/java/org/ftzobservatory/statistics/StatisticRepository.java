package org.ftzobservatory.statistics;

import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StatisticRepository {

    private static final String SELECT = "select s.*, i.name_zh as indicator_zh, i.name_en as indicator_en "
            + "from statistic s join indicator i on i.id = s.indicator_id";
    /** A zone filter on an FTZ id also returns its sub-zones' figures; on ftz/subzone, only that sub-zone's. */
    private static final String WHERE = """
             where (cast(:zone as text) is null or s.zone_ref = :zone or s.ftz_id = :zone)
               and (cast(:indicator as text) is null or s.indicator_id = :indicator)
               and (cast(:year as int) is null or s.year = :year)
            """;

    private final JdbcClient jdbc;

    public StatisticRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Statistic> search(String zone, String indicator, Integer year, Paging paging) {
        long total = jdbc.sql("select count(*) from statistic s" + WHERE).param("zone", zone).param("indicator", indicator)
                .param("year", year).query(Long.class).single();
        List<Statistic> items = jdbc.sql(SELECT + WHERE + " order by s.sort_order, s.origin_file limit :limit offset :offset")
                .param("zone", zone).param("indicator", indicator).param("year", year)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> map(rs)).list();
        return new PageResult<>(items, total, paging.page(), paging.size());
    }

    public List<Headline> headlines() {
        return jdbc.sql(SELECT.replaceFirst("select ", "select h.label_zh as headline_zh, h.label_en as headline_en, ")
                        + " join headline h on h.statistic_id = s.id order by h.sort_order")
                .query((rs, n) -> new Headline(map(rs), text(rs, "headline"))).list();
    }

    public List<Statistic> byZone(String ftzId) {
        return jdbc.sql(SELECT + " where s.ftz_id = ? order by s.origin_file, s.sort_order").param(ftzId).query((rs, n) -> map(rs)).list();
    }

    public List<Statistic> byIndicators(List<String> indicators) {
        return jdbc.sql(SELECT + " where s.indicator_id in (:ids) order by s.indicator_id, s.value desc")
                .param("ids", indicators).query((rs, n) -> map(rs)).list();
    }

    public boolean indicatorExists(String id) {
        return jdbc.sql("select count(*) from indicator where id = ?").param(id).query(Integer.class).single() > 0;
    }

    public int count() {
        return jdbc.sql("select count(*) from statistic").query(Integer.class).single();
    }

    private static Statistic map(ResultSet rs) throws SQLException {
        return new Statistic(rs.getString("id"), rs.getString("indicator_id"), text(rs, "indicator"), rs.getString("zone_ref"),
                rs.getInt("year"), rs.getBigDecimal("value"), rs.getString("unit"), rs.getBoolean("approx"),
                rs.getString("raw"), rs.getString("source"), rs.getString("note"));
    }
}
