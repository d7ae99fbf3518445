package org.ftzobservatory.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.replication.AuditEvent;
import org.ftzobservatory.replication.ReplicationStore;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.Official;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's rules (data/tasks/*.yaml, read at start) and its single-task writes: a status move checked against the
 * table (role), the official's scope (coversZone) and the version, then the change and its audit event in one transaction.
 */
@Service
public class TaskService {

    static final String AUDIT_TYPE = "pilot_task";

    private final TaskStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditLog audit;
    private final TaskRules rules;
    private final JdbcClient jdbc;
    private final ReplicationStore auditTrail;
    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    public TaskService(TaskStore store, TransactionTemplate tx, Clock clock, AuditLog audit, FtzPaths paths, JdbcClient jdbc,
                       ReplicationStore auditTrail) {
        this.auditTrail = auditTrail;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.jdbc = jdbc;
        this.rules = TaskRules.load(paths.dataDir().resolve("tasks"));
    }

    public TaskRules rules() {
        return rules;
    }

    public TaskStore store() {
        return store;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PilotTask require(String id) {
        PilotTask t = store.task(id);
        if (t == null) {
            throw new NotFoundException("pilot task", id);
        }
        return t;
    }

    /** Moves one task to another state; {@code reason} is required where the table says so (suspending). */
    public PilotTask move(Official who, String id, String to, String reason, Integer version) {
        if (to == null || !rules.machine().hasState(to)) {
            throw new BadRequestException("to", "unknown status '" + to + "'");
        }
        return tx.execute(s -> {
            PilotTask before = store.tasksById(List.of(id)).get(id);
            if (before == null) {
                throw new NotFoundException("pilot task", id);
            }
            if (!who.coversZone(before.zone())) {
                throw new ForbiddenException("task " + id + " is in " + before.zone() + ", outside your scope");
            }
            StateMachine.Transition move = rules.machine().move(before.status(), to).orElseThrow(
                    () -> ConflictException.illegalMove(before.status(), to, rules.machine().next(before.status(), who.role())));
            if (!move.roles().contains(who.role())) {
                throw new ForbiddenException("a " + who.role() + " may not move a task from " + before.status() + " to " + to);
            }
            if (move.requires().contains("reason") && (reason == null || reason.isBlank())) {
                throw new BadRequestException("reason", "is required to move a task to " + to);
            }
            if (version != null && version != before.version()) {
                throw ConflictException.stale("task " + id, version, before.version());
            }
            LocalDate today = today();
            LocalDate doneOn = rules.isDone(to) ? (before.doneOn() == null ? today : before.doneOn()) : null;
            jdbc.sql("""
                    update pilot_task set status = :to, reason = :reason, status_on = :today, done_on = :done, updated_by = :by,
                        version = version + 1, updated_at = now() where id = :id""")
                    .param("to", to).param("reason", move.requires().contains("reason") ? reason.strip() : null)
                    .param("today", today).param("done", doneOn).param("by", who.name()).param("id", id).update();
            PilotTask after = store.task(id);
            audit.append(List.of(new AuditLog.Event(who, AUDIT_TYPE, id, "transition", before.status(), to, reason,
                    json(before), json(after))));
            return after;
        });
    }

    /** The task's audit events, oldest first: its full history (creation, imports that changed it, moves). */
    public List<AuditEvent> history(String id) {
        return auditTrail.history(AUDIT_TYPE, id);
    }

    /** The states a signed-in official may move this task to (what the UI offers). */
    public List<String> nextFor(Official who, PilotTask t) {
        if (who == null || !who.coversZone(t.zone())) {
            return List.of();
        }
        return rules.machine().next(t.status(), who.role());
    }

    static String json(Object o) {
        return o == null ? null : JSON.writeValueAsString(o);
    }

    /** The fields of a task as its history shows them (no version or timestamps). */
    static Map<String, Object> fields(PilotTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan_id", t.planId());
        m.put("zone", t.zone());
        m.put("domain", t.domain());
        m.put("content_zh", t.contentZh());
        m.put("content_en", t.contentEn());
        m.put("responsible_unit", t.responsibleUnit());
        m.put("deadline", t.deadline() == null ? null : t.deadline().toString());
        m.put("status", t.status());
        m.put("reason", t.reason());
        m.put("evidence", t.evidence());
        m.put("status_on", t.statusOn() == null ? null : t.statusOn().toString());
        return m;
    }
}
