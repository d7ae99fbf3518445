package org.ftzobservatory.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.registry.ZoneRefs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's SQL: plans, tasks, filters and rollups; bind parameters only. Writes run in the caller's transaction. */
@Repository
public class TaskStore {

    /** The columns a rollup may group by, and the SQL for each (never taken from the request). */
    static final Map<String, String> DIMENSIONS = Map.of("ftz", "ftz_id", "subzone", "zone_ref", "zone", "zone_ref", "domain", "domain",
            "plan", "plan_id");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ZoneRefs zones;

    public TaskStore(JdbcClient jdbc, JdbcTemplate template, ZoneRefs zones) {
        this.jdbc = jdbc;
        this.template = template;
        this.zones = zones;
    }

    /** Filters of the task list; null means any. {@code zone} is an FTZ (all its sub-zones) or one ftz/subzone. */
    public record Filter(String zone, String plan, String domain, String status, Boolean overdue) {
        static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public List<TaskReportFact> reportFacts() {
        return jdbc.sql("select * from task_report_fact order by sort_order").query((rs, n) -> new TaskReportFact(rs.getString("id"),
                rs.getString("scope"), rs.getString("measure"), rs.getInt("value"), rs.getBoolean("approx"), rs.getString("label_zh"),
                rs.getString("label_en"), rs.getString("document"), rs.getString("source"))).list();
    }

    public List<Plan> plans() {
        return jdbc.sql("""
                select p.*, d.id as document_id, (select count(*) from pilot_task t where t.plan_id = p.id) as ledger_tasks
                from pilot_plan p left join document d on d.id = p.document or d.number = p.document
                order by p.ftz_id, p.issued nulls last, p.id""").query(TaskStore::plan).list();
    }

    public Map<String, Plan> plansById(Collection<String> ids) {
        Map<String, Plan> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select p.*, null as document_id, 0 as ledger_tasks from pilot_plan p where p.id = any(:ids)""")
                .param("ids", ids.toArray(String[]::new)).query(TaskStore::plan).list().forEach(p -> out.put(p.id(), p));
        return out;
    }

    public PageResult<PilotTask> tasks(Filter f, LocalDate today, Set<String> open, Paging paging) {
        Where w = where(f, today, open);
        long total = jdbc.sql("select count(*) from pilot_task t" + w.sql).params(w.params).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(w.params);
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<PilotTask> items = jdbc.sql("select t.* from pilot_task t" + w.sql + " order by t.deadline, t.id limit :limit offset :offset")
                .params(params).query(TaskStore::task).list();
        return new PageResult<>(items, total, paging.page(), paging.size());
    }

    /** Open tasks past their deadline, longest overdue first. */
    public List<PilotTask> overdue(String zone, LocalDate today, Set<String> open, int limit) {
        Where w = where(new Filter(zone, null, null, null, true), today, open);
        Map<String, Object> params = new HashMap<>(w.params);
        params.put("limit", limit);
        return jdbc.sql("select t.* from pilot_task t" + w.sql + " order by t.deadline, t.id limit :limit").params(params)
                .query(TaskStore::task).list();
    }

    public PilotTask task(String id) {
        return jdbc.sql("select * from pilot_task where id = :id").param("id", id).query(TaskStore::task).optional().orElse(null);
    }

    /**
     * For a long import transaction: plan each statement for the table as it is now. Otherwise, after a few batches
     * PostgreSQL keeps a generic plan made while the ledger was empty (a sequential scan for the id lookup) and every later
     * batch scans all the rows written so far, so a 100,000-row import into an empty ledger slows down quadratically.
     */
    public void planForCurrentSize() {
        template.execute("set local plan_cache_mode = force_custom_plan");
    }

    /** The stored rows of these ids, for an import batch: what it creates and what it changes. */
    public Map<String, PilotTask> tasksById(Collection<String> ids) {
        Map<String, PilotTask> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from pilot_task where id = any(:ids) for update").param("ids", ids.toArray(String[]::new))
                    .query(TaskStore::task).list().forEach(t -> out.put(t.id(), t));
        }
        return out;
    }

    /** Every task of a zone (FTZ or sub-zone), for bulletins. */
    public List<PilotTask> tasksOf(String zone) {
        Where w = where(new Filter(zone, null, null, null, null), null, Set.of());
        return jdbc.sql("select t.* from pilot_task t" + w.sql + " order by t.deadline, t.id").params(w.params).query(TaskStore::task).list();
    }

    /**
     * Streams every task with its plan in id order (export), leaving out synthetic demo rows so they can never come back
     * as real ones through a re-import: fetched 1,000 rows at a time, so memory stays flat whatever
     * the ledger's size. PostgreSQL only fetches in portions inside a transaction: call it in one.
     */
    public void eachTaskWithPlan(RowCallbackHandler handler) {
        JdbcTemplate streaming = new JdbcTemplate(template.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query("""
                select t.*, p.plan_type, p.title_zh as plan_title_zh, p.zone_ref as plan_zone, p.issued as plan_issued,
                       p.document as plan_document, p.stated_tasks as plan_stated_tasks
                from pilot_task t join pilot_plan p on p.id = t.plan_id where not t.synthetic order by t.id""", handler);
    }

    public void upsertPlans(List<Object[]> rows) {
        template.batchUpdate("""
                insert into pilot_plan (id, plan_type, title_zh, zone_ref, ftz_id, issued, document, stated_tasks, synthetic, created_by)
                values (?,?,?,?,?,?,?,?,?,?)
                on conflict (id) do update set plan_type = excluded.plan_type, title_zh = excluded.title_zh,
                    zone_ref = excluded.zone_ref, ftz_id = excluded.ftz_id, issued = excluded.issued,
                    document = excluded.document, stated_tasks = excluded.stated_tasks""", rows);
    }

    static final String TASK_COLUMNS = "plan_id, zone_ref, ftz_id, domain, content_zh, content_en, responsible_unit, deadline, "
            + "status, reason, evidence, status_on, done_on, synthetic, updated_by";

    public void insertTasks(List<Object[]> rows) {
        template.batchUpdate("insert into pilot_task (" + TASK_COLUMNS + ", id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** Same parameter order as {@link #insertTasks}; bumps the version. */
    public void updateTasks(List<Object[]> rows) {
        template.batchUpdate("""
                update pilot_task set plan_id = ?, zone_ref = ?, ftz_id = ?, domain = ?, content_zh = ?, content_en = ?,
                    responsible_unit = ?, deadline = ?, status = ?, reason = ?, evidence = ?, status_on = ?, done_on = ?,
                    synthetic = ?, updated_by = ?, version = version + 1, updated_at = now()
                where id = ?""", rows);
    }

    /** Known zone references (FTZ ids and ftz/subzone): what an import row may name. */
    public Set<String> zoneRefs() {
        return Set.copyOf(zones.all());
    }

    public Map<String, String[]> zoneNames() {
        return zones.names();
    }

    public Map<String, String[]> domains() {
        Map<String, String[]> out = new LinkedHashMap<>();
        jdbc.sql("select id, name_zh, name_en from vocabulary where kind = 'innovation_domains' order by id")
                .query((RowCallbackHandler) rs -> out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
        return out;
    }

    /**
     * Counts per value of one dimension: total, per state, overdue (open past deadline) and the median days late of the
     * overdue ones. The state list comes from workflow.yaml, so a new state needs no SQL change.
     */
    public List<Rollup> rollup(String dimension, Filter f, List<String> states, Set<String> open, LocalDate today) {
        String column = DIMENSIONS.get(dimension);
        Where w = where(f, today, open);
        Map<String, Object> params = new HashMap<>(w.params);
        StringBuilder sql = new StringBuilder("select t.").append(column).append(" as key, count(*) as total");
        for (int i = 0; i < states.size(); i++) {
            sql.append(", count(*) filter (where t.status = :s").append(i).append(") as s").append(i);
            params.put("s" + i, states.get(i));
        }
        params.put("rtoday", today);
        params.put("ropen", open.toArray(String[]::new));
        sql.append(", count(*) filter (where t.status = any(:ropen) and t.deadline < :rtoday) as overdue")
                .append(", percentile_cont(0.5) within group (order by (:rtoday - t.deadline)) ")
                .append("filter (where t.status = any(:ropen) and t.deadline < :rtoday) as median_late")
                .append(" from pilot_task t").append(w.sql);
        if (dimension.equals("subzone")) {
            sql.append(w.sql.isEmpty() ? " where " : " and ").append("t.zone_ref like '%/%'");
        }
        sql.append(" group by t.").append(column).append(" order by t.").append(column);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            Map<String, Integer> byState = new LinkedHashMap<>();
            for (int i = 0; i < states.size(); i++) {
                byState.put(states.get(i), rs.getInt("s" + i));
            }
            Number median = (Number) rs.getObject("median_late");
            return new Rollup(rs.getString("key"), rs.getInt("total"), byState, rs.getInt("overdue"),
                    median == null ? null : median.doubleValue());
        }).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Filter f, LocalDate today, Set<String> open) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (f.zone() != null) {
            c.add(f.zone().contains("/") ? "t.zone_ref = :zone" : "t.ftz_id = :zone");
            p.put("zone", f.zone());
        }
        if (f.plan() != null) {
            c.add("t.plan_id = :plan");
            p.put("plan", f.plan());
        }
        if (f.domain() != null) {
            c.add("t.domain = :domain");
            p.put("domain", f.domain());
        }
        if (f.status() != null) {
            c.add("t.status = :status");
            p.put("status", f.status());
        }
        if (f.overdue() != null) {
            c.add((f.overdue() ? "" : "not ") + "(t.status = any(:open) and t.deadline < :today)");
            p.put("open", open.toArray(String[]::new));
            p.put("today", today);
        }
        return new Where(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getString("id"), rs.getString("plan_type"), rs.getString("title_zh"), rs.getString("zone_ref"),
                rs.getString("ftz_id"), rs.getObject("issued", LocalDate.class), rs.getString("document"),
                rs.getString("document_id"), (Integer) rs.getObject("stated_tasks"), rs.getBoolean("synthetic"),
                rs.getInt("ledger_tasks"));
    }

    static PilotTask task(ResultSet rs, int n) throws SQLException {
        return new PilotTask(rs.getString("id"), rs.getString("plan_id"), rs.getString("zone_ref"), rs.getString("ftz_id"),
                rs.getString("domain"), rs.getString("content_zh"), rs.getString("content_en"), rs.getString("responsible_unit"),
                rs.getObject("deadline", LocalDate.class), rs.getString("status"), rs.getString("reason"), rs.getString("evidence"),
                rs.getObject("status_on", LocalDate.class), rs.getObject("done_on", LocalDate.class), rs.getBoolean("synthetic"),
                rs.getInt("version"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
