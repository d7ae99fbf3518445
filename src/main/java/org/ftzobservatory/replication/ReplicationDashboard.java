package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The dashboard's read model, from the live tables: how far records got (the funnel), each province's tasks, landings and
 * overdue tasks, and the adoption matrix. Which states count as open or landed, and the funnel's stages in order, come
 * from workflow.yaml.
 */
@Component
public class ReplicationDashboard {

    private final ReplicationService service;

    public ReplicationDashboard(ReplicationService service) {
        this.service = service;
    }

    public Map<String, Object> read() {
        Workflow workflow = service.workflow();
        ReplicationStore store = service.store();
        List<String> open = workflow.task().inPhase(StateMachine.OPEN);
        List<String> landed = workflow.task().inPhase(StateMachine.LANDED);
        Map<String, Object> out = new LinkedHashMap<>();
        LocalDate today = service.today();
        out.put("today", today.toString());
        out.put("funnel", funnel(workflow, store.rows("""
                select r.state,
                       exists (select 1 from replication_announcement a where a.record_id = r.id) as announced,
                       exists (select 1 from replication_task t where t.record_id = r.id and t.status in (:landed)) as task_landed
                from innovation_record r""", Map.of("landed", landed))));
        out.put("by_region", store.rows("""
                select region, count(*) as tasks,
                       count(*) filter (where status in (:landed)) as landed,
                       count(*) filter (where status in (:open) and deadline < :today) as overdue,
                       round(avg(landed_on - cast(created_at as date)) filter (where landed_on is not null), 1) as days_to_land,
                       bool_or(synthetic) as synthetic
                from replication_task group by region order by region""", Map.of("today", today, "landed", landed, "open", open)));
        out.put("matrix", store.rows("""
                select r.id as record_id, r.title_zh, r.title_en, t.region, t.status, t.synthetic
                from replication_task t join innovation_record r on r.id = t.record_id order by r.id, t.region""", Map.of()));
        out.put("synthetic", store.rows("select (select count(*) from replication_task where synthetic) + (select count(*) from innovation_record where synthetic) as n",
                Map.of()).get(0).get("n"));
        return out;
    }

    /**
     * Each stage counts the records that reached it or went further: the innovation states in the file's order, then,
     * from the last of them, the ledger stages in order as long as each one's condition holds.
     */
    static List<Map<String, Object>> funnel(Workflow workflow, List<Map<String, Object>> records) {
        List<String> states = workflow.innovation().ids();
        List<Workflow.Stage> ledger = workflow.funnel();
        int[] reached = new int[states.size() + ledger.size() + 1];
        for (Map<String, Object> r : records) {
            int stage = states.indexOf(r.get("state").toString()) + 1;
            if (stage == states.size()) {
                for (Workflow.Stage s : ledger) {
                    boolean met = switch (s.reachedWhen()) {
                        case ANNOUNCED -> Boolean.TRUE.equals(r.get("announced"));
                        case TASK_LANDED -> Boolean.TRUE.equals(r.get("task_landed"));
                    };
                    if (!met) {
                        break;
                    }
                    stage++;
                }
            }
            for (int i = 1; i <= stage; i++) {
                reached[i]++;
            }
        }
        List<String> ids = new ArrayList<>(states);
        ledger.forEach(s -> ids.add(s.id()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stage", ids.get(i));
            row.put("n", (long) reached[i + 1]);
            out.add(row);
        }
        return out;
    }
}
