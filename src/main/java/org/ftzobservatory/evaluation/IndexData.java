package org.ftzobservatory.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.access.EditionCount;
import org.ftzobservatory.access.NegativeListService;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.tasks.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes each data source of {@link DataSources} for a year and a level, reading the features' tables (read-only, bind
 * parameters only). Counts are 0 for a zone without rows only when the source has rows of the year at all; otherwise, and
 * for figures and rates a zone has no rows for, the value is missing and the framework's policy decides.
 */
@Component
public class IndexData {

    public static final String FTZ = "ftz";
    public static final String SUBZONE = "subzone";

    /** A zone ranked at a level: FTZ id or ftz/subzone, with its names. */
    public record Place(String id, Text name) {
    }

    /** A source's values for the zones, and whether any row behind them is synthetic demo data. */
    public record Values(Map<String, Double> byZone, boolean synthetic) {
        static Values none() {
            return new Values(Map.of(), false);
        }
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final ReplicationService replication;
    private final NegativeListService negativeLists;

    public IndexData(JdbcClient jdbc, TaskService tasks, ReplicationService replication, NegativeListService negativeLists) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.replication = replication;
        this.negativeLists = negativeLists;
    }

    /** The zones that existed in the year (launched in it or before), FTZs or sub-zones, in registry order. */
    public List<Place> places(String level, int year) {
        String sql = FTZ.equals(level)
                ? "select id, short_zh, short_en from ftz where coalesce(left(launched, 4), '0000') <= :y order by sort_order"
                : """
                  select s.ftz_id || '/' || s.id as id, f.short_zh || s.name_zh as short_zh, f.short_en || ' ' || s.name_en as short_en
                  from subzone s join ftz f on f.id = s.ftz_id
                  where coalesce(left(coalesce(s.launched, f.launched), 4), '0000') <= :y order by f.sort_order, s.sort_order""";
        return jdbc.sql(sql).param("y", String.format("%04d", year))
                .query((rs, n) -> new Place(rs.getString("id"), Text.of(rs.getString("short_zh"), rs.getString("short_en")))).list();
    }

    /** The years some source has data for (the case library's years, statistics, ledgers), newest first. */
    public List<Integer> years() {
        return jdbc.sql("""
                select distinct y from (
                  select year as y from innovation where year is not null
                  union select year from statistic
                  union select extract(year from deadline)::int from pilot_task
                  union select extract(year from deadline)::int from replication_task) t
                where y is not null order by y desc""").query(Integer.class).list();
    }

    public Set<String> statisticIndicators() {
        return new LinkedHashSet<>(jdbc.sql("select id from indicator order by id").query(String.class).list());
    }

    public Values values(Formula f, String level, int year) {
        boolean ftz = FTZ.equals(level);
        return switch (f.source()) {
            case DataSources.INNOVATIONS_PER_DOMAIN -> innovations(ftz, year, "i.domain = :p", f.param("domain"));
            case DataSources.INNOVATIONS_WITH_TAG -> innovations(ftz, year,
                    "exists (select 1 from innovation_tag_link t where t.innovation_id = i.id and t.tag_id = any(:p))",
                    f.param("tag").split("\\+"));
            case DataSources.BEST_PRACTICE_CASES -> bestPractices(ftz, year);
            case DataSources.REPLICATION_ON_TIME -> ftz ? replicationOnTime(year) : Values.none();
            case DataSources.PILOT_TASK_COMPLETION -> pilotTasks(ftz, year);
            case DataSources.DELEGATED_POWERS -> "ledger".equals(f.param("source")) ? powerLedger(ftz, year) : powerCatalogues(ftz, year);
            case DataSources.STATISTIC -> statistic(ftz, year, f.param("indicator"), "true".equals(f.param("growth")));
            case DataSources.NEGATIVE_LIST_OPENNESS -> openness(level, year);
            default -> throw new IllegalArgumentException("no data source " + f.source());
        };
    }

    private Values innovations(boolean ftz, int year, String condition, Object param) {
        boolean any = jdbc.sql("select exists (select 1 from innovation where year = :y)").param("y", year).query(Boolean.class).single();
        if (!any) {
            return Values.none();
        }
        String zone = ftz ? "iz.ftz_id" : "iz.zone_ref";
        Map<String, Double> out = new HashMap<>();
        jdbc.sql("select " + zone + " as zone, count(distinct i.id) as n from innovation i join innovation_zone iz on iz.innovation_id = i.id "
                        + "where i.year = :y and " + zone + " is not null " + (ftz ? "" : "and iz.zone_ref like '%/%' ")
                        + "and " + condition + " group by " + zone)
                .param("y", year).param("p", param)
                .query(rs -> {
                    out.put(rs.getString("zone"), rs.getDouble("n"));
                });
        return new Values(zeroFilled(out), false);
    }

    private Values bestPractices(boolean ftz, int year) {
        String y = Integer.toString(year);
        boolean any = jdbc.sql("select exists (select 1 from best_practice_batch where left(issued, 4) = :y)").param("y", y)
                .query(Boolean.class).single();
        if (!any) {
            return Values.none();
        }
        String zone = ftz ? "iz.ftz_id" : "iz.zone_ref";
        Map<String, Double> out = new HashMap<>();
        jdbc.sql("select " + zone + " as zone, count(distinct (c.batch_number, c.item)) as n from best_practice_case c "
                        + "join best_practice_batch b on b.number = c.batch_number join innovation_zone iz on iz.innovation_id = c.innovation_id "
                        + "where left(b.issued, 4) = :y and " + zone + " is not null " + (ftz ? "" : "and iz.zone_ref like '%/%' ")
                        + "group by " + zone)
                .param("y", y).query(rs -> {
                    out.put(rs.getString("zone"), rs.getDouble("n"));
                });
        return new Values(zeroFilled(out), false);
    }

    private Values replicationOnTime(int year) {
        List<String> landed = replication.workflow().task().inPhase(StateMachine.LANDED);
        Map<String, Double> out = new HashMap<>();
        boolean[] synthetic = {false};
        jdbc.sql("""
                select region, count(*) as due,
                       count(*) filter (where status = any(:landed) and landed_on is not null and landed_on <= deadline) as on_time,
                       bool_or(synthetic) as synthetic
                from replication_task where deadline between :from and :to group by region""")
                .param("landed", landed.toArray(String[]::new)).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    out.put(rs.getString("region"), rs.getDouble("on_time") / rs.getDouble("due"));
                    synthetic[0] |= rs.getBoolean("synthetic");
                });
        return new Values(out, synthetic[0]);
    }

    private Values pilotTasks(boolean ftz, int year) {
        Set<String> counted = new LinkedHashSet<>(tasks.rules().done());
        counted.addAll(tasks.rules().open());
        String zone = ftz ? "ftz_id" : "zone_ref";
        Map<String, Double> out = new HashMap<>();
        boolean[] synthetic = {false};
        LocalDate end = LocalDate.of(year, 12, 31);
        jdbc.sql("select " + zone + " as zone, count(*) as due, count(*) filter (where done_on is not null and done_on <= :to) as done, "
                        + "bool_or(synthetic) as synthetic from pilot_task where deadline between :from and :to and status = any(:counted) "
                        + (ftz ? "" : "and zone_ref like '%/%' ") + "group by " + zone)
                .param("from", LocalDate.of(year, 1, 1)).param("to", end).param("counted", counted.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString("zone"), rs.getDouble("done") / rs.getDouble("due"));
                    synthetic[0] |= rs.getBoolean("synthetic");
                });
        return new Values(out, synthetic[0]);
    }

    private Values powerCatalogues(boolean ftz, int year) {
        Map<String, Double> own = new HashMap<>();
        jdbc.sql("select zone_ref, sum(items) as n from power_catalogue where kind = 'delegated' "
                        + "and (issued is null or left(issued, 4) <= :y) group by zone_ref")
                .param("y", Integer.toString(year)).query(rs -> {
                    own.put(rs.getString("zone_ref"), rs.getDouble("n"));
                });
        return new Values(rollUp(own, ftz), false);
    }

    private Values powerLedger(boolean ftz, int year) {
        Map<String, Double> own = new HashMap<>();
        boolean[] synthetic = {false};
        jdbc.sql("""
                select zone_ref, count(*) filter (where action = 'add') as n, bool_or(synthetic) as synthetic from (
                    select distinct on (catalogue, power_id, zone_ref) zone_ref, action, synthetic from power_event
                    where effective <= :d order by catalogue, power_id, zone_ref, effective desc, id desc) last
                group by zone_ref""").param("d", LocalDate.of(year, 12, 31)).query(rs -> {
                    own.put(rs.getString("zone_ref"), rs.getDouble("n"));
                    synthetic[0] |= rs.getBoolean("synthetic");
                });
        return new Values(rollUp(own, ftz), synthetic[0]);
    }

    /** FTZ level: an FTZ's own and its sub-zones' powers; sub-zone level: its own plus what its FTZ holds. */
    private Map<String, Double> rollUp(Map<String, Double> own, boolean ftz) {
        Map<String, Double> out = new HashMap<>();
        if (ftz) {
            own.forEach((ref, n) -> out.merge(ref.contains("/") ? ref.substring(0, ref.indexOf('/')) : ref, n, Double::sum));
            return out;
        }
        Map<String, Double> ftzOwn = new HashMap<>();
        own.forEach((ref, n) -> {
            if (!ref.contains("/")) {
                ftzOwn.put(ref, n);
            }
        });
        for (Place p : places(SUBZONE, 9999)) {
            String parent = p.id().substring(0, p.id().indexOf('/'));
            Double mine = own.get(p.id());
            Double inherited = ftzOwn.get(parent);
            if (mine != null || inherited != null) {
                out.put(p.id(), (mine == null ? 0 : mine) + (inherited == null ? 0 : inherited));
            }
        }
        return out;
    }

    private Values statistic(boolean ftz, int year, String indicator, boolean growth) {
        Map<String, Double> now = figures(ftz, year, indicator);
        if (!growth) {
            return new Values(now, false);
        }
        Map<String, Double> before = figures(ftz, year - 1, indicator);
        Map<String, Double> out = new HashMap<>();
        now.forEach((zone, v) -> {
            Double b = before.get(zone);
            if (b != null && b != 0) {
                out.put(zone, (v / b - 1) * 100);
            }
        });
        return new Values(out, false);
    }

    /** Figures whose scope is exactly one zone of the level; the first in the dataset's order when there are several. */
    private Map<String, Double> figures(boolean ftz, int year, String indicator) {
        Map<String, Double> out = new HashMap<>();
        jdbc.sql("select zone_ref, value from statistic where indicator_id = :i and year = :y and scope_kind = :kind "
                        + "and scope = :kind || ':' || zone_ref order by sort_order desc")
                .param("i", indicator).param("y", year).param("kind", ftz ? "zone" : "sub-zone")
                .query(rs -> {
                    out.put(rs.getString("zone_ref"), rs.getDouble("value"));
                });
        return out;
    }

    /** National-list measures less FTZ-list measures, of the editions published in the year or last before it. */
    private Values openness(String level, int year) {
        Integer national = edition("national", year);
        Integer ftzList = edition("ftz", year);
        if (national == null || ftzList == null) {
            return Values.none();
        }
        Map<String, Double> out = new HashMap<>();
        for (Place p : places(level, year)) {
            out.put(p.id(), (double) (national - ftzList));
        }
        return new Values(out, false);
    }

    private Integer edition(String family, int year) {
        EditionCount best = null;
        for (EditionCount e : negativeLists.data().history()) {
            if (e.family().equals(family) && e.edition().matches("\\d{4}") && Integer.parseInt(e.edition()) <= year
                    && (best == null || e.edition().compareTo(best.edition()) > 0)) {
                best = e;
            }
        }
        return best == null ? null : best.measures();
    }

    /** Count sources: a zone with no rows of a year that has rows counts 0 (filled in by the caller for its places). */
    private static Map<String, Double> zeroFilled(Map<String, Double> counts) {
        return new CountMap(counts);
    }

    /** A map of counts whose absent keys read as 0. */
    static final class CountMap extends HashMap<String, Double> {
        CountMap(Map<String, Double> m) {
            super(m);
        }

        @Override
        public Double get(Object key) {
            return getOrDefault(key, 0.0);
        }
    }

    static List<String> ids(List<Place> places) {
        List<String> out = new ArrayList<>();
        places.forEach(p -> out.add(p.id()));
        return out;
    }
}
