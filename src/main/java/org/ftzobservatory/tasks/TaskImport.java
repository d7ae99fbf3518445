package org.ftzobservatory.tasks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.SheetRows;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.Official;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports a ledger file (CSV or XLSX) row by row inside one transaction: each row is checked (columns, zone, scope,
 * domain, dates, status and, for a known task, that the table allows the move for the importer's role), batches of 1,000
 * are written with their audit events, and any problem rolls the whole file back. A re-import updates tasks by id; each
 * changed task gets an audit event with its fields before and after, which is its history.
 */
@Service
public class TaskImport {

    public static final List<String> COLUMNS = List.of("task_id", "plan_id", "plan_type", "plan_title_zh", "plan_zone",
            "plan_issued", "plan_document", "plan_stated_tasks", "zone", "domain", "content_zh", "content_en",
            "responsible_unit", "deadline", "status", "reason", "evidence", "status_on");
    static final Set<String> REQUIRED = Set.of("task_id", "plan_id", "zone", "domain", "content_zh", "responsible_unit",
            "deadline", "status");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int BATCH = 1000;
    static final int MAX_PROBLEMS = 200;

    public record Result(int rows, int created, int updated, int unchanged, int plans) {
    }

    /** Stops reading once enough problems are listed: the file will be rejected anyway. */
    static final class TooManyProblemsException extends SheetRows.Stop {
    }

    private final TaskService service;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final long maxBytes;

    public TaskImport(TaskService service, TransactionTemplate tx, AuditLog audit,
                      @Value("${ftz.tasks.max-size:32MB}") String maxSize) {
        this.service = service;
        this.tx = tx;
        this.audit = audit;
        this.maxBytes = DataSize.parse(maxSize).toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Imports {@code file} (shown as {@code name} in problems) for {@code who}; all or nothing. */
    public Result importFile(Path file, String name, Official who, boolean synthetic, Consumer<String> progress) {
        if (!service.rules().importRoles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not import pilot tasks");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw fileProblem(name, "cannot be read: " + e.getMessage());
        }
        if (size > maxBytes) {
            throw fileProblem(name, "is larger than the " + mb(maxBytes) + " limit (ftz.tasks.max-size); split the file");
        }
        return tx.execute(status -> {
            service.store().planForCurrentSize();
            Session s = new Session(name, who, synthetic, progress);
            try {
                SheetRows.read(file, name, s::row);
            } catch (SheetRows.UnreadableFileException e) {
                throw fileProblem(name, e.getMessage());
            } catch (TooManyProblemsException e) {
                // the problems listed so far are reported below
            }
            if (s.header == null && s.problems.isEmpty()) {
                throw fileProblem(name, "is empty: the first row must name the columns (" + String.join(",", COLUMNS) + ")");
            }
            s.flush();
            if (!s.problems.isEmpty()) {
                List<DatasetProblem> all = s.problems.sorted();
                throw new InvalidDatasetException(all.size() > MAX_PROBLEMS ? all.subList(0, MAX_PROBLEMS) : all);
            }
            progress.accept("imported " + s.rows + " rows: " + s.created + " new, " + s.updated + " changed, " + s.unchanged
                    + " unchanged; " + s.plansWritten.size() + " plans");
            return new Result(s.rows, s.created, s.updated, s.unchanged, s.plansWritten.size());
        });
    }

    private static InvalidDatasetException fileProblem(String name, String message) {
        return new InvalidDatasetException(List.of(new DatasetProblem(name, 0, "(file)", message)));
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** One checked row, ready to write. */
    private record Row(int number, String taskId, String planId, String zone, String domain, String contentZh,
                       String contentEn, String unit, LocalDate deadline, String status, String reason, String evidence,
                       LocalDate statusOn) {
    }

    /** A plan as the file defines it (first row that names it). */
    private record PlanRow(int number, String id, String type, String titleZh, String zone, LocalDate issued, String document,
                           Integer statedTasks) {
    }

    /** The state of one import: header, rows pending, plans seen, ids seen, counts and problems. */
    private final class Session {
        final String name;
        final Official who;
        final boolean synthetic;
        final Consumer<String> progress;
        final TaskRules rules = service.rules();
        final TaskStore store = service.store();
        final LocalDate today = service.today();
        final Set<String> zones = store.zoneRefs();
        final Set<String> domains = store.domains().keySet();
        final Problems problems = new Problems();
        int problemCount;
        Map<String, Integer> header;
        final List<Row> pending = new ArrayList<>();
        final Map<String, Integer> seenTasks = new HashMap<>();
        final Map<String, PlanRow> plansInFile = new LinkedHashMap<>();
        final Set<String> plansWritten = new HashSet<>();
        final Set<String> plansKnown = new HashSet<>();
        int rows;
        int created;
        int updated;
        int unchanged;

        Session(String name, Official who, boolean synthetic, Consumer<String> progress) {
            this.name = name;
            this.who = who;
            this.synthetic = synthetic;
            this.progress = progress;
        }

        void problem(int row, String column, String message) {
            problems.add(name, row, column, message);
            if (++problemCount >= MAX_PROBLEMS) {
                throw new TooManyProblemsException();
            }
        }

        void row(int number, List<String> cells) {
            if (header == null) {
                header(number, cells);
                return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rows++;
            Row r = check(number, cells);
            if (r != null) {
                pending.add(r);
            }
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void header(int number, List<String> cells) {
            Map<String, Integer> h = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i).strip();
                if (c.isEmpty()) {
                    continue;
                }
                if (!COLUMNS.contains(c)) {
                    problem(number, c, "unknown column (columns: " + String.join(",", COLUMNS) + ")");
                } else if (h.putIfAbsent(c, i) != null) {
                    problem(number, c, "column given twice");
                }
            }
            for (String req : COLUMNS) {
                if (REQUIRED.contains(req) && !h.containsKey(req)) {
                    problem(number, req, "required column is missing");
                }
            }
            if (!problems.isEmpty()) {
                throw new TooManyProblemsException(); // no row can be read without the columns
            }
            header = h;
        }

        String cell(List<String> cells, String column) {
            Integer i = header.get(column);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        String required(int number, List<String> cells, String column) {
            String v = cell(cells, column);
            if (v == null) {
                problem(number, column, "is required");
            }
            return v;
        }

        LocalDate date(int number, List<String> cells, String column) {
            String v = cell(cells, column);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(number, column, "'" + v + "' is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        String zone(int number, String column, String zone) {
            if (zone == null) {
                return null;
            }
            if (!zones.contains(zone)) {
                problem(number, column, "unknown zone '" + zone + "' (an FTZ id such as henan, or ftz/subzone such as henan/zhengzhou)");
                return null;
            }
            if (!who.coversZone(zone)) {
                problem(number, column, "'" + zone + "' is outside your scope (" + (who.scope() == null ? "national" : who.scope()) + ")");
                return null;
            }
            return zone;
        }

        Row check(int n, List<String> cells) {
            int before = problemCount;
            String id = required(n, cells, "task_id");
            if (id != null && !ID.matcher(id).matches()) {
                problem(n, "task_id", "'" + id + "' must be letters, digits, '.', '_' or '-' (at most 64)");
            } else if (id != null) {
                Integer first = seenTasks.putIfAbsent(id, n);
                if (first != null) {
                    problem(n, "task_id", "duplicate task id '" + id + "' (first at row " + first + ")");
                }
            }
            String zone = zone(n, "zone", required(n, cells, "zone"));
            String domain = required(n, cells, "domain");
            if (domain != null && !domains.contains(domain)) {
                problem(n, "domain", "unknown domain '" + domain + "' (one of: " + String.join(", ", new java.util.TreeSet<>(domains)) + ")");
            }
            String contentZh = required(n, cells, "content_zh");
            String unit = required(n, cells, "responsible_unit");
            LocalDate deadline = date(n, cells, "deadline");
            if (deadline == null && cell(cells, "deadline") == null) {
                problem(n, "deadline", "is required");
            }
            String status = required(n, cells, "status");
            if (status != null && !rules.machine().hasState(status)) {
                problem(n, "status", "unknown status '" + status + "' (one of: "
                        + String.join(", ", rules.machine().states().stream().map(StateMachine.State::id).toList()) + ")");
            }
            String reason = cell(cells, "reason");
            if (status != null && reason == null && needsReason(status)) {
                problem(n, "reason", "is required for status " + status);
            }
            LocalDate statusOn = date(n, cells, "status_on");
            if (statusOn != null && statusOn.isAfter(today)) {
                problem(n, "status_on", statusOn + " is in the future (today is " + today + ")");
            }
            String planId = plan(n, cells, zone);
            if (problemCount > before) {
                return null;
            }
            return new Row(n, id, planId, zone, domain, contentZh, cell(cells, "content_en"), unit, deadline, status, reason,
                    cell(cells, "evidence"), statusOn == null ? today : statusOn);
        }

        boolean needsReason(String status) {
            return rules.machine().transitions().stream().anyMatch(t -> t.to().equals(status) && t.requires().contains("reason"));
        }

        /** Checks the row's plan columns; a plan's first row defines it, later rows may repeat it but not contradict it. */
        String plan(int n, List<String> cells, String taskZone) {
            String id = required(n, cells, "plan_id");
            if (id == null) {
                return null;
            }
            if (!ID.matcher(id).matches()) {
                problem(n, "plan_id", "'" + id + "' must be letters, digits, '.', '_' or '-' (at most 64)");
                return null;
            }
            String type = cell(cells, "plan_type");
            if (type != null && rules.planType(type).isEmpty()) {
                problem(n, "plan_type", "unknown plan type '" + type + "' (one of: "
                        + String.join(", ", rules.planTypes().stream().map(TaskRules.PlanType::id).toList()) + ")");
            }
            String planZone = cell(cells, "plan_zone");
            if (planZone != null) {
                zone(n, "plan_zone", planZone);
            }
            Integer stated = null;
            String statedText = cell(cells, "plan_stated_tasks");
            if (statedText != null) {
                try {
                    stated = Integer.parseInt(statedText.replace(".0", ""));
                    if (stated < 0) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problem(n, "plan_stated_tasks", "'" + statedText + "' is not a whole number");
                }
            }
            PlanRow given = new PlanRow(n, id, type, cell(cells, "plan_title_zh"), planZone, date(n, cells, "plan_issued"),
                    cell(cells, "plan_document"), stated);
            PlanRow first = plansInFile.get(id);
            if (first == null) {
                if (given.type() != null || given.titleZh() != null) {
                    plansInFile.put(id, given);
                }
                return id;
            }
            for (String[] c : new String[][] {{"plan_type", first.type(), given.type()}, {"plan_title_zh", first.titleZh(), given.titleZh()},
                    {"plan_zone", first.zone(), given.zone()}, {"plan_document", first.document(), given.document()}}) {
                if (c[2] != null && !c[2].equals(c[1])) {
                    problem(n, c[0], "plan " + id + " says '" + c[1] + "' at row " + first.number() + ", here '" + c[2] + "'");
                }
            }
            return id;
        }

        /** Writes the pending rows (and the plans they need) with their audit events; nothing once a problem is known. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Row> batch = List.copyOf(pending);
            pending.clear();
            writePlans(batch);
            Map<String, PilotTask> stored = store.tasksById(batch.stream().map(Row::taskId).toList());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<AuditLog.Event> events = new ArrayList<>();
            for (Row r : batch) {
                PilotTask old = stored.get(r.taskId());
                if (old != null && !allowed(r, old)) {
                    continue;
                }
                LocalDate doneOn = rules.isDone(r.status())
                        ? (old != null && old.doneOn() != null && rules.isDone(old.status()) ? old.doneOn() : r.statusOn()) : null;
                LocalDate statusOn = old != null && old.status().equals(r.status()) ? old.statusOn() : r.statusOn();
                String reason = needsReason(r.status()) ? r.reason() : null;
                Object[] params = {r.planId(), r.zone(), org.ftzobservatory.dataset.Fields.ftzOf(r.zone()), r.domain(), r.contentZh(),
                        r.contentEn(), r.unit(), r.deadline(), r.status(), reason, r.evidence(), statusOn, doneOn, synthetic,
                        who.name(), r.taskId()};
                PilotTask after = new PilotTask(r.taskId(), r.planId(), r.zone(), (String) params[2], r.domain(), r.contentZh(),
                        r.contentEn(), r.unit(), r.deadline(), r.status(), reason, r.evidence(), statusOn, doneOn, synthetic, 0,
                        who.name(), null);
                if (old == null) {
                    inserts.add(params);
                    events.add(new AuditLog.Event(who, TaskService.AUDIT_TYPE, r.taskId(), "import", null, r.status(),
                            "created by " + name, null, TaskService.json(TaskService.fields(after))));
                    created++;
                } else if (TaskService.fields(old).equals(TaskService.fields(after))) {
                    unchanged++;
                } else {
                    updates.add(params);
                    events.add(new AuditLog.Event(who, TaskService.AUDIT_TYPE, r.taskId(), "import", old.status(), r.status(),
                            "changed by " + name, TaskService.json(TaskService.fields(old)), TaskService.json(TaskService.fields(after))));
                    updated++;
                }
            }
            if (problems.isEmpty()) {
                store.insertTasks(inserts);
                store.updateTasks(updates);
                audit.append(events);
                progress.accept(rows + " rows checked and written");
            }
        }

        /** A known task: the importer must cover its present zone, and a status change must be a move the table allows. */
        boolean allowed(Row r, PilotTask old) {
            if (!who.coversZone(old.zone())) {
                problem(r.number(), "zone", "task " + old.id() + " is in " + old.zone() + ", outside your scope");
                return false;
            }
            if (old.status().equals(r.status())) {
                return true;
            }
            var move = rules.machine().move(old.status(), r.status());
            if (move.isEmpty() || !move.get().roles().contains(who.role())) {
                List<String> next = rules.machine().next(old.status(), who.role());
                problem(r.number(), "status", "task " + old.id() + " cannot move from " + old.status() + " to " + r.status()
                        + " (allowed for a " + who.role() + ": " + (next.isEmpty() ? "none" : String.join(", ", next)) + ")");
                return false;
            }
            return true;
        }

        void writePlans(List<Row> batch) {
            Set<String> needed = new HashSet<>();
            batch.forEach(r -> needed.add(r.planId()));
            needed.removeAll(plansWritten);
            needed.removeAll(plansKnown);
            if (needed.isEmpty()) {
                return;
            }
            Map<String, Plan> inDb = store.plansById(needed);
            List<Object[]> upserts = new ArrayList<>();
            for (String id : needed) {
                PlanRow p = plansInFile.get(id);
                Plan old = inDb.get(id);
                if (p == null) {
                    if (old == null) {
                        int row = batch.stream().filter(r -> r.planId().equals(id)).mapToInt(Row::number).min().orElse(0);
                        problem(row, "plan_type", "plan '" + id + "' is new: give its plan_type and plan_title_zh");
                    } else {
                        plansKnown.add(id);
                    }
                    continue;
                }
                String type = p.type() != null ? p.type() : old == null ? null : old.planType();
                String title = p.titleZh() != null ? p.titleZh() : old == null ? null : old.titleZh();
                if (type == null || title == null) {
                    problem(p.number(), type == null ? "plan_type" : "plan_title_zh", "is required for the new plan '" + id + "'");
                    continue;
                }
                String zone = p.zone() != null ? p.zone() : old != null ? old.zone()
                        : batch.stream().filter(r -> r.planId().equals(id)).findFirst().map(r -> org.ftzobservatory.dataset.Fields.ftzOf(r.zone())).orElseThrow();
                upserts.add(new Object[] {id, type, title, zone, org.ftzobservatory.dataset.Fields.ftzOf(zone), p.issued(),
                        p.document(), p.statedTasks(), synthetic, who.name()});
                plansWritten.add(id);
            }
            if (problems.isEmpty()) {
                store.upsertPlans(upserts);
            }
        }
    }
}
