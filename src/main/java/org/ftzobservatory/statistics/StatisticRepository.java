package org.ftzobservatory.statistics;

import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.ReviewSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StatisticRepository {

    /**
     * About the zone alone: a zone or sub-zone scope on the zone, or several sub-zones of it together (an FTZ id also takes
     * its sub-zones' figures; ftz/subzone only that sub-zone's); on {@code national}, the national and FTZ-wide figures.
     */
    private static final String EXACT = """
            (case when :zone = 'national' then s.scope_kind in ('national', 'ftz-wide')
                  else (s.scope_kind in ('zone', 'sub-zone') or (s.scope_kind = 'zones' and cardinality(s.scope_ftz_ids) = 0))
                       and (s.zone_ref = :zone or s.ftz_id = :zone) end)""";
    /** A wider area containing the zone's FTZ; a city only contains the sub-zone the report files it under. */
    private static final String INCLUDES = """
            (split_part(:zone, '/', 1) = any(s.scope_ftz_ids) and (s.scope_kind <> 'city' or s.zone_ref = :zone or s.ftz_id = :zone))""";
    /** The dataset's figures and the ones published from the review queue ({@code public_statistic}, V20). */
    private static final String SELECT = "select s.*, "
            + "case when cast(:zone as text) is null then null when " + EXACT + " then 'exact' else 'includes' end as scope_match "
            + "from public_statistic s";
    private static final String WHERE = """
             where (cast(:zone as text) is null
                    or (:match in ('exact', 'any') and %s) or (:match in ('includes', 'any') and %s))
               and (cast(:indicator as text) is null or s.indicator_id = :indicator)
               and (cast(:year as int) is null or s.year = :year)
            """.formatted(EXACT, INCLUDES);

    private final JdbcClient jdbc;

    public StatisticRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Statistic> search(String zone, ScopeMatch match, String indicator, Integer year, Paging paging) {
        long total = jdbc.sql("select count(*) from public_statistic s" + WHERE).param("zone", zone).param("match", match.token())
                .param("indicator", indicator).param("year", year).query(Long.class).single();
        List<Statistic> items = jdbc.sql(SELECT + WHERE + " order by s.origin_rank, s.sort_order, s.origin_file limit :limit offset :offset")
                .param("zone", zone).param("match", match.token()).param("indicator", indicator).param("year", year)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> map(rs)).list();
        return new PageResult<>(items, total, paging.page(), paging.size());
    }

    public List<Headline> headlines() {
        return jdbc.sql(SELECT.replaceFirst("select ", "select h.label_zh as headline_zh, h.label_en as headline_en, ")
                        + " join headline h on h.statistic_id = s.id order by h.sort_order").param("zone", null)
                .query((rs, n) -> new Headline(map(rs), text(rs, "headline"))).list();
    }

    /** The zone's figures matching {@code match} (exact or includes), in the report's order. */
    public List<Statistic> byZone(String ftzId, ScopeMatch match) {
        return jdbc.sql(SELECT + " where " + (match == ScopeMatch.INCLUDES ? INCLUDES : EXACT) + " order by s.origin_rank, s.origin_file, s.sort_order")
                .param("zone", ftzId).query((rs, n) -> map(rs)).list();
    }

    public List<Statistic> byIndicators(List<String> indicators) {
        return jdbc.sql(SELECT + " where s.indicator_id in (:ids) order by s.indicator_id, s.value desc")
                .param("zone", null).param("ids", indicators).query((rs, n) -> map(rs)).list();
    }

    public boolean indicatorExists(String id) {
        return jdbc.sql("select count(*) from indicator where id = ?").param(id).query(Integer.class).single() > 0
                || jdbc.sql("select count(*) from public_statistic where indicator_id = ?").param(id).query(Integer.class).single() > 0;
    }

    public int count() {
        return jdbc.sql("select count(*) from statistic").query(Integer.class).single();
    }

    private static Statistic map(ResultSet rs) throws SQLException {
        return new Statistic(rs.getString("id"), rs.getString("indicator_id"), text(rs, "indicator"), rs.getString("zone_ref"),
                rs.getInt("year"), rs.getBigDecimal("value"), rs.getString("unit"), rs.getBoolean("approx"),
                rs.getString("raw"), rs.getString("source"), rs.getString("note"), rs.getString("scope"),
                rs.getString("scope_kind"), text(rs, "scope"), rs.getString("scope_match"), rs.getString("origin"),
                rs.getString("qualifier"), ReviewSource.of(rs, false));
    }
}
