package org.ftzobservatory.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ftzobservatory.replication.StateMachine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A simulated pilot-task ledger for screenshots and training ({@code ftz demo load}): invented plans and tasks for a few
 * FTZs, every row flagged {@code synthetic} and every page that shows one says so. The report gives no task rows, so
 * nothing here is taken from it; {@code ftz demo clear} removes it all.
 */
@Component
public class DemoTasks {

    static final String ACTOR = "demo-data";
    private static final List<String> FTZS = List.of("henan", "zhejiang", "shaanxi", "anhui", "hubei", "guangdong");

    private final TaskService service;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public DemoTasks(TaskService service, JdbcClient jdbc, TransactionTemplate tx) {
        this.service = service;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Writes the simulated ledger (seeded: the same every time); returns the number of tasks. */
    public int load(long seed) {
        return tx.execute(s -> {
            clearInTransaction();
            Random rnd = new Random(seed);
            LocalDate today = service.today();
            List<String> states = service.rules().machine().states().stream().map(StateMachine.State::id).toList();
            List<String> domains = new ArrayList<>(service.store().domains().keySet());
            Map<String, String[]> zones = service.store().zoneNames();
            int tasks = 0;
            for (String ftz : FTZS) {
                List<String> subzones = zones.keySet().stream().filter(z -> z.startsWith(ftz + "/")).toList();
                String plan = "demo-" + ftz + "-plan";
                jdbc.sql("""
                        insert into pilot_plan (id, plan_type, title_zh, zone_ref, ftz_id, issued, stated_tasks, synthetic, created_by)
                        values (:id, 'deepening', :title, :ftz, :ftz, :issued, 40, true, :by)""")
                        .param("id", plan).param("title", "（模拟）" + zones.get(ftz)[0] + "深化改革方案").param("ftz", ftz)
                        .param("issued", today.minusDays(400)).param("by", ACTOR).update();
                for (int i = 1; i <= 40; i++) {
                    String zone = subzones.isEmpty() || rnd.nextInt(5) == 0 ? ftz : subzones.get(rnd.nextInt(subzones.size()));
                    String status = states.get(rnd.nextInt(states.size()));
                    LocalDate deadline = today.minusDays(180).plusDays(rnd.nextInt(360));
                    LocalDate statusOn = today.minusDays(rnd.nextInt(150));
                    jdbc.sql("""
                            insert into pilot_task (id, plan_id, zone_ref, ftz_id, domain, content_zh, content_en, responsible_unit,
                                deadline, status, reason, status_on, done_on, synthetic, updated_by)
                            values (:id, :plan, :zone, :ftz, :domain, :content, :contentEn, :unit, :deadline, :status, :reason,
                                :statusOn, :doneOn, true, :by)""")
                            .param("id", "demo-" + ftz + "-" + i).param("plan", plan).param("zone", zone).param("ftz", ftz)
                            .param("domain", domains.get(rnd.nextInt(domains.size())))
                            .param("content", "（模拟）第" + i + "项改革试点任务").param("contentEn", "(synthetic) pilot task " + i).param("unit", "（模拟）" + zones.get(zone)[0] + "管委会")
                            .param("deadline", deadline).param("status", status)
                            .param("reason", "suspended".equals(status) ? "（模拟）待上位法调整" : null)
                            .param("statusOn", statusOn).param("doneOn", service.rules().isDone(status) ? statusOn : null)
                            .param("by", ACTOR).update();
                    tasks++;
                }
            }
            return tasks;
        });
    }

    public int clear() {
        return tx.execute(s -> clearInTransaction());
    }

    private int clearInTransaction() {
        int n = jdbc.sql("delete from pilot_task where synthetic").update();
        jdbc.sql("delete from pilot_plan where synthetic and not exists (select 1 from pilot_task t where t.plan_id = pilot_plan.id)").update();
        return n;
    }
}
