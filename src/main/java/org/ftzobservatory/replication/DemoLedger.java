package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A simulated replication ledger for screenshots and training: real best-practice case titles from the library, but
 * invented adoption (regions, statuses, dates). Every row it writes is flagged {@code synthetic}, and every page that shows
 * one says so. {@code ftz demo load} writes it, {@code ftz demo clear} removes it; the report-based data never mixes in.
 */
@Component
public class DemoLedger {

    static final String ACTOR = "demo-data";
    /** Sampling weights of the simulated statuses (more under way and landed than planned or reviewed). */
    private static final List<String> STATUSES = List.of("planned", "in_progress", "in_progress", "landed", "landed", "reviewed");

    private final ReplicationService service;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public DemoLedger(ReplicationService service, JdbcClient jdbc, TransactionTemplate tx) {
        this.service = service;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Writes the simulated ledger (seeded, so the same every time); returns the number of tasks written. */
    public int load(long seed) {
        return tx.execute(s -> {
            clearInTransaction();
            Random rnd = new Random(seed);
            LocalDate today = service.today();
            List<Map<String, Object>> cases = jdbc.sql("""
                    select i.id, i.title_zh, i.title_en, coalesce(min(z.zone_ref), 'shanghai') as zone from best_practice_case c
                    join innovation i on i.id = c.innovation_id left join innovation_zone z on z.innovation_id = i.id
                    group by i.id, i.title_zh, i.title_en, c.batch_number, c.item order by c.batch_number, c.item limit 6""").query().listOfRows();
            List<String> regions = service.regions().ids();
            ReplicationStore store = service.store();
            int tasks = 0;
            for (Map<String, Object> c : cases) {
                String zone = service.regions().isZone(c.get("zone").toString()) ? c.get("zone").toString() : "shanghai";
                long record = store.insertRecord(zone, c.get("title_zh").toString(), (String) c.get("title_en"), null, null, null, c.get("id").toString(),
                        service.workflow().selectedState(), true, ACTOR);
                store.moveRecord(record, 0, service.workflow().selectedState(), "national", 4);
                long ann = store.insertAnnouncement(record, "national", regions, null, ACTOR);
                for (String region : regions) {
                    if (rnd.nextInt(3) == 0) {
                        continue;
                    }
                    LocalDate created = today.minusDays(30 + rnd.nextInt(200));
                    LocalDate deadline = created.plusDays(60 + rnd.nextInt(180));
                    String status = STATUSES.get(rnd.nextInt(STATUSES.size()));
                    long task = store.insertTask(ann, record, region, "（模拟）" + service.regions().name(region).zh() + "商务厅",
                            "（模拟）复制推广", deadline, null, "（模拟）责任人", "（模拟）文件", status, true, ACTOR);
                    LocalDate landed = service.workflow().task().isIn(status, StateMachine.LANDED)
                            ? created.plusDays(20 + rnd.nextInt(150)) : null;
                    jdbc.sql("update replication_task set created_at = :created, landed_on = :landed where id = :id")
                            .param("created", created.atStartOfDay().atOffset(ZoneOffset.ofHours(8))).param("landed", landed)
                            .param("id", task).update();
                    tasks++;
                }
            }
            return tasks;
        });
    }

    /** Removes every synthetic row of the ledger (the audit log keeps its events: it is append-only). */
    public int clear() {
        return tx.execute(s -> clearInTransaction());
    }

    private int clearInTransaction() {
        jdbc.sql("delete from replication_outcome where task_id in (select id from replication_task where synthetic)").update();
        int n = jdbc.sql("delete from replication_task where synthetic").update();
        jdbc.sql("delete from replication_announcement where record_id in (select id from innovation_record where synthetic)").update();
        jdbc.sql("delete from evaluation_record where record_id in (select id from innovation_record where synthetic)").update();
        jdbc.sql("delete from innovation_record where synthetic").update();
        return n;
    }
}
