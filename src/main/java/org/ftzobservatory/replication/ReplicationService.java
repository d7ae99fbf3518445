package org.ftzobservatory.replication;

import static org.ftzobservatory.kernel.RequestFields.date;
import static org.ftzobservatory.kernel.RequestFields.optional;
import static org.ftzobservatory.kernel.RequestFields.required;
import static org.ftzobservatory.kernel.RequestFields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write of the replication workflow. Each one checks, in this order: the input (400 naming the field), the object
 * exists (404), the official's scope covers it and their role may make this move per workflow.yaml (403), the move exists
 * in the table (409 naming the allowed next states), nobody changed it meanwhile (409 with the current version). The
 * change and its audit event are written in one transaction, so every write appears in the audit log exactly once.
 */
@Service
public class ReplicationService {

    static final String RECORD = "innovation_record";
    static final String TASK = "replication_task";
    static final String ANNOUNCEMENT = "replication_announcement";

    private final ReplicationStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Workflow workflow;
    private final Regions regions;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    public ReplicationService(ReplicationStore store, TransactionTemplate tx, Clock clock, FtzPaths paths) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.workflow = WorkflowFile.read(paths.dataDir().resolve("replication/workflow.yaml"));
        this.regions = Regions.load(paths.dataDir(), paths.referenceDir());
    }

    public Workflow workflow() {
        return workflow;
    }

    public Regions regions() {
        return regions;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- innovations

    public InnovationRecord record(Official who, Requests.NewRecord r) {
        String zone = required("zone", r.zone());
        if (!regions.isZone(zone)) {
            throw new BadRequestException("zone", "unknown zone '" + zone + "' (an FTZ id such as henan, or ftz/subzone such as henan/zhengzhou)");
        }
        String title = text("title_zh", required("title_zh", r.titleZh()));
        String libraryId = optional("library_id", r.libraryId());
        if (libraryId != null && !store.caseExists(libraryId)) {
            throw new BadRequestException("library_id", "no case '" + libraryId + "' in the case library");
        }
        if (!who.coversZone(zone)) {
            throw new ForbiddenException(who.describe() + " does not answer for zone " + zone);
        }
        return tx.execute(s -> {
            long id = store.insertRecord(zone, title, optional("title_en", r.titleEn()), optional("domain", r.domain()),
                    optional("summary_zh", r.summaryZh()), optional("summary_en", r.summaryEn()), libraryId,
                    workflow.innovation().initial(), false, who.name());
            InnovationRecord created = store.record(id).orElseThrow();
            audit(who, RECORD, id, "create", null, created.state(), null, null, created);
            return created;
        });
    }

    public InnovationRecord move(Official who, long id, Requests.Move m) {
        String to = required("to", m.to());
        if (!workflow.innovation().hasState(to)) {
            throw new BadRequestException("to", "unknown state '" + to + "' (states: " + workflow.innovation().states().stream()
                    .map(StateMachine.State::id).toList() + ")");
        }
        int version = version(m.version());
        InnovationRecord before = store.record(id).orElseThrow(() -> new NotFoundException("innovation record", String.valueOf(id)));
        if (!who.coversZone(before.zone())) {
            throw new ForbiddenException(who.describe() + " does not answer for zone " + before.zone());
        }
        StateMachine.Transition t = workflow.innovation().move(before.state(), to)
                .orElseThrow(() -> ConflictException.illegalMove(before.state(), to, workflow.innovation().next(before.state(), who.role())));
        if (!t.roles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not move an innovation from " + before.state() + " to " + to);
        }
        String level = null;
        Integer batch = null;
        if (t.requires().contains("level")) {
            level = required("level", m.level());
            Workflow.Level l = workflow.level(level).orElseThrow(() -> new BadRequestException("level", "unknown level '" + m.level()
                    + "' (levels: " + workflow.levels().stream().map(Workflow.Level::id).toList() + ")"));
            if (!l.roles().contains(who.role())) {
                throw new ForbiddenException("a " + who.role() + " may not select at level " + level);
            }
            if (l.requiresBatch()) {
                if (m.batchNo() == null || m.batchNo() < 1) {
                    throw new BadRequestException("batch_no", "a national selection names its best-practice batch (a number from 1)");
                }
                batch = m.batchNo();
            }
        }
        Requests.EvaluationInput ev = m.evaluation();
        if (t.requires().contains("evaluation")) {
            if (ev == null) {
                throw new BadRequestException("evaluation", "selection needs the third-party evaluation: landing_status, satisfaction (1-5), problems, recommendations");
            }
            text("evaluation.landing_status", required("evaluation.landing_status", ev.landingStatus()));
            if (ev.satisfaction() == null || ev.satisfaction() < 1 || ev.satisfaction() > 5) {
                throw new BadRequestException("evaluation.satisfaction", "must be a whole number from 1 to 5");
            }
        }
        String comment = optional("comment", m.comment());
        String lvl = level;
        Integer b = batch;
        return tx.execute(s -> {
            if (ev != null && t.requires().contains("evaluation")) {
                long evId = store.insertEvaluation(id, ev.landingStatus().trim(), ev.satisfaction(), optional("evaluation.problems", ev.problems()),
                        optional("evaluation.recommendations", ev.recommendations()), who.name());
                Evaluation created = store.evaluations(id).stream().filter(e -> e.id() == evId).findFirst().orElseThrow();
                audit(who, "evaluation_record", evId, "create", null, null, comment, null, created);
            }
            if (!store.moveRecord(id, version, to, lvl, b)) {
                throw stale("innovation record " + id, version, store.record(id).map(InnovationRecord::version).orElse(-1));
            }
            InnovationRecord after = store.record(id).orElseThrow();
            audit(who, RECORD, id, "transition", before.state(), to, comment, before, after);
            return after;
        });
    }

    public Announcement announce(Official who, long recordId, Requests.Announce a) {
        String scope = required("scope", a.scope());
        if (!scope.equals("national") && !scope.equals("regions")) {
            throw new BadRequestException("scope", "must be national or regions");
        }
        List<String> targets = scope.equals("national") ? regions.ids() : regionList(a.regions());
        InnovationRecord r = store.record(recordId).orElseThrow(() -> new NotFoundException("innovation record", String.valueOf(recordId)));
        Workflow.Announcement rule = workflow.announcement(scope);
        if (!rule.roles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not announce " + scope + " replication");
        }
        for (String region : targets) {
            if (!who.coversRegion(region)) {
                throw new ForbiddenException(who.describe() + " does not answer for region " + region);
            }
        }
        if (!r.state().equals(workflow.selectedState()) || !rule.requiresLevel().contains(r.level())) {
            throw new ConflictException("only an innovation selected at level " + rule.requiresLevel() + " can be replicated at scope "
                    + scope + "; this one is " + r.state() + (r.level() == null ? "" : " at level " + r.level()),
                    Map.of("state", r.state(), "required_levels", List.copyOf(rule.requiresLevel())));
        }
        String doc = optional("document_no", a.documentNo());
        return tx.execute(s -> {
            long id = store.insertAnnouncement(recordId, scope, targets, doc, who.name());
            Announcement created = store.announcement(id).orElseThrow();
            audit(who, ANNOUNCEMENT, id, "create", null, null, null, null, created);
            return created;
        });
    }

    // ---- tasks

    public ReplicationTask createTask(Official who, long announcementId, Requests.NewTask t) {
        String region = required("region", t.region());
        if (!regions.isRegion(region)) {
            throw new BadRequestException("region", "unknown region '" + region + "' (a province id such as henan, shanxi, shaanxi)");
        }
        String unit = text("responsible_unit", required("responsible_unit", t.responsibleUnit()));
        String content = text("reform_content", required("reform_content", t.reformContent()));
        LocalDate deadline = date("deadline", required("deadline", t.deadline()));
        if (deadline.isBefore(today())) {
            throw new BadRequestException("deadline", "is in the past (" + deadline + "; today is " + today() + ")");
        }
        String owner = text("owner", required("owner", t.owner()));
        String output = text("output_form", required("output_form", t.outputForm()));
        Announcement a = store.announcement(announcementId).orElseThrow(() -> new NotFoundException("announcement", String.valueOf(announcementId)));
        if (!workflow.taskCreators().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not assign replication tasks");
        }
        if (!who.coversRegion(region)) {
            throw new ForbiddenException(who.describe() + " does not answer for region " + region);
        }
        if (!a.regions().contains(region)) {
            throw new BadRequestException("region", "'" + region + "' is not in the announcement's regions " + a.regions());
        }
        if (store.taskExists(announcementId, region)) {
            throw new ConflictException("region " + region + " already has a task for this announcement", Map.of("region", region));
        }
        return tx.execute(s -> {
            long id = store.insertTask(announcementId, a.recordId(), region, unit, content, deadline, optional("roadmap", t.roadmap()),
                    owner, output, workflow.task().initial(), false, who.name());
            ReplicationTask created = store.task(id).orElseThrow();
            audit(who, TASK, id, "create", null, created.status(), null, null, created);
            return created;
        });
    }

    public ReplicationTask editTask(Official who, long id, Requests.TaskEdit e) {
        int version = version(e.version());
        String unit = text("responsible_unit", required("responsible_unit", e.responsibleUnit()));
        String content = text("reform_content", required("reform_content", e.reformContent()));
        LocalDate deadline = date("deadline", required("deadline", e.deadline()));
        String owner = text("owner", required("owner", e.owner()));
        String output = text("output_form", required("output_form", e.outputForm()));
        ReplicationTask before = taskInScope(who, id);
        if (!workflow.taskEditors().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not edit replication tasks");
        }
        if (!deadline.equals(before.deadline()) && deadline.isBefore(today())) {
            throw new BadRequestException("deadline", "a new deadline cannot be in the past (" + deadline + ")");
        }
        return tx.execute(s -> {
            if (!store.updateTask(id, version, unit, content, deadline, optional("roadmap", e.roadmap()), owner, output)) {
                throw stale("replication task " + id, version, store.task(id).map(ReplicationTask::version).orElse(-1));
            }
            ReplicationTask after = store.task(id).orElseThrow();
            audit(who, TASK, id, "edit", before.status(), after.status(), null, before, after);
            return after;
        });
    }

    public ReplicationTask moveTask(Official who, long id, Requests.TaskMove m) {
        String to = required("to", m.to());
        if (!workflow.task().hasState(to)) {
            throw new BadRequestException("to", "unknown status '" + to + "' (statuses: " + workflow.task().states().stream()
                    .map(StateMachine.State::id).toList() + ")");
        }
        int version = version(m.version());
        ReplicationTask before = taskInScope(who, id);
        StateMachine.Transition t = workflow.task().move(before.status(), to)
                .orElseThrow(() -> ConflictException.illegalMove(before.status(), to, workflow.task().next(before.status(), who.role())));
        if (!t.roles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not move a task from " + before.status() + " to " + to);
        }
        String comment = optional("comment", m.comment());
        // The landing date is the day a task first enters a landed state; moving back to an open state clears it.
        StateMachine machine = workflow.task();
        LocalDate landed = !machine.isIn(to, StateMachine.LANDED) ? null
                : machine.isIn(before.status(), StateMachine.LANDED) && before.landedOn() != null ? before.landedOn() : today();
        return tx.execute(s -> {
            if (!store.moveTask(id, version, to, landed)) {
                throw stale("replication task " + id, version, store.task(id).map(ReplicationTask::version).orElse(-1));
            }
            ReplicationTask after = store.task(id).orElseThrow();
            audit(who, TASK, id, "transition", before.status(), to, comment, before, after);
            return after;
        });
    }

    /** Records a measured result of a task's region (before/after), by whoever may edit the task. */
    public Outcome recordOutcome(Official who, long taskId, Requests.NewOutcome o) {
        String quantity = text("quantity", required("quantity", o.quantity()));
        String unit = text("unit", required("unit", o.unit()));
        if (o.before() == null && o.after() == null) {
            throw new BadRequestException("before", "give the value before, after, or both");
        }
        ReplicationTask t = taskInScope(who, taskId);
        if (!workflow.taskEditors().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not record outcomes");
        }
        String note = optional("note", o.note());
        return tx.execute(s -> {
            long id = store.insertOutcome(t.id(), quantity, unit, o.before(), o.after(), note, who.name());
            Outcome created = store.outcomes(t.id()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            audit(who, "replication_outcome", id, "create", null, null, null, null, created);
            return created;
        });
    }

    private ReplicationTask taskInScope(Official who, long id) {
        ReplicationTask t = store.task(id).orElseThrow(() -> new NotFoundException("replication task", String.valueOf(id)));
        if (!who.coversRegion(t.region())) {
            throw new ForbiddenException(who.describe() + " does not answer for region " + t.region());
        }
        return t;
    }

    // ---- reads

    public InnovationRecord recordById(long id) {
        return store.record(id).orElseThrow(() -> new NotFoundException("innovation record", String.valueOf(id)));
    }

    public ReplicationTask taskById(long id) {
        return store.task(id).orElseThrow(() -> new NotFoundException("replication task", String.valueOf(id)));
    }

    public List<AuditEvent> history(String type, long id) {
        return store.history(type, String.valueOf(id));
    }

    public ReplicationStore store() {
        return store;
    }

    // ---- helpers

    private void audit(Official who, String type, long id, String action, String from, String to, String comment, Object before, Object after) {
        store.audit(who.name(), who.role().name(), type, String.valueOf(id), action, from, to, comment,
                before == null ? null : json.writeValueAsString(before), after == null ? null : json.writeValueAsString(after));
    }

    private static ConflictException stale(String what, int given, int current) {
        return ConflictException.stale(what, given, current);
    }

    private List<String> regionList(List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new BadRequestException("regions", "name at least one region for a regional replication");
        }
        List<String> out = new ArrayList<>();
        for (String r : given) {
            String id = r == null ? "" : r.trim();
            if (!regions.isRegion(id)) {
                throw new BadRequestException("regions", "unknown region '" + id + "'");
            }
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static int version(Integer v) {
        if (v == null || v < 0) {
            throw new BadRequestException("version", "is required: the version you read (optimistic locking)");
        }
        return v;
    }




}
