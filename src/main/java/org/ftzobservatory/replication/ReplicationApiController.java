package org.ftzobservatory.replication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The replication workflow over REST. Writes need a signed-in official (session or {@code Authorization: Bearer} token);
 * 400 names the field, 403 says whose scope or role it is not, 409 names the allowed next states or the current version.
 */
@ApiController("/api/v1")
@Tag(name = "replication", description = "Innovations through evaluation and selection, replication announcements and tasks, audit trail")
public class ReplicationApiController {

    private final ReplicationService service;
    private final ReplicatedResults results;
    private final Bulletins bulletins;
    private final ReplicationDashboard dashboard;

    public ReplicationApiController(ReplicationService service, ReplicatedResults results, Bulletins bulletins, ReplicationDashboard dashboard) {
        this.dashboard = dashboard;
        this.service = service;
        this.results = results;
        this.bulletins = bulletins;
    }

    @PostMapping("/innovation-records")
    @Operation(summary = "Record an innovation of a zone (state: recorded). Zone editors, reviewers and the national office, within their scope.")
    public ResponseEntity<InnovationRecord> record(@RequestBody(required = false) Requests.NewRecord body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.record(CurrentOfficial.require(), body(body)));
    }

    @GetMapping("/innovation-records")
    @Operation(summary = "Innovation records, by state and FTZ")
    public List<InnovationRecord> records(@RequestParam(required = false) String state, @RequestParam(required = false) String ftz) {
        return service.store().records(blank(state), blank(ftz));
    }

    @GetMapping("/innovation-records/{id}")
    @Operation(summary = "One record with its evaluations, announcements and the next states the caller may choose")
    public Map<String, Object> record(@PathVariable long id) {
        InnovationRecord r = service.recordById(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record", r);
        out.put("evaluations", service.store().evaluations(id));
        out.put("announcements", service.store().announcements(id));
        out.put("allowed_next", CurrentOfficial.get().filter(o -> o.coversZone(r.zone()))
                .map(o -> service.workflow().innovation().next(r.state(), o.role())).orElse(List.of()));
        return out;
    }

    @PostMapping("/innovation-records/{id}/transitions")
    @Operation(summary = "Move a record: {to, version, comment}; selection also needs level (+ batch_no for national) and evaluation")
    public InnovationRecord move(@PathVariable long id, @RequestBody(required = false) Requests.Move body) {
        return service.move(CurrentOfficial.require(), id, body(body));
    }

    @PostMapping("/innovation-records/{id}/announcements")
    @Operation(summary = "Announce replication of a selected record: scope national, or regions with a list")
    public ResponseEntity<Announcement> announce(@PathVariable long id, @RequestBody(required = false) Requests.Announce body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.announce(CurrentOfficial.require(), id, body(body)));
    }

    @PostMapping("/announcements/{id}/tasks")
    @Operation(summary = "Assign a region's replication task: responsible unit, reform content, deadline, roadmap, owner, output form")
    public ResponseEntity<ReplicationTask> task(@PathVariable long id, @RequestBody(required = false) Requests.NewTask body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.createTask(CurrentOfficial.require(), id, body(body)));
    }

    @GetMapping("/replication-tasks")
    @Operation(summary = "Replication tasks (signed-in officials): by region, status, or overdue only")
    public List<Map<String, Object>> tasks(@RequestParam(required = false) String region, @RequestParam(required = false) String status,
                                           @RequestParam(defaultValue = "false") boolean overdue) {
        var today = service.today();
        return service.store().tasks(blank(region), blank(status), null).stream().filter(t -> !overdue || service.workflow().overdue(t, today))
                .map(t -> taskView(t, today)).toList();
    }

    @GetMapping("/replication-tasks/{id}")
    @Operation(summary = "One task with its history")
    public Map<String, Object> task(@PathVariable long id) {
        ReplicationTask t = service.taskById(id);
        Map<String, Object> out = taskView(t, service.today());
        out.put("outcomes", service.store().outcomes(id));
        out.put("history", service.history(ReplicationService.TASK, id));
        return out;
    }

    @PutMapping("/replication-tasks/{id}")
    @Operation(summary = "Edit a task's fields; send the version you read (a stale version is a 409 and changes nothing)")
    public ReplicationTask edit(@PathVariable long id, @RequestBody(required = false) Requests.TaskEdit body) {
        return service.editTask(CurrentOfficial.require(), id, body(body));
    }

    @PostMapping("/replication-tasks/{id}/transitions")
    @Operation(summary = "Move a task: planned → in_progress → landed → reviewed (回头看)")
    public ReplicationTask moveTask(@PathVariable long id, @RequestBody(required = false) Requests.TaskMove body) {
        return service.moveTask(CurrentOfficial.require(), id, body(body));
    }

    @PostMapping("/replication-tasks/{id}/outcomes")
    @Operation(summary = "Record a measured result of the task's region: {quantity, unit, before, after, note}")
    public ResponseEntity<Outcome> outcome(@PathVariable long id, @RequestBody(required = false) Requests.NewOutcome body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.recordOutcome(CurrentOfficial.require(), id, body(body)));
    }

    @GetMapping("/audit/{type}/{id}")
    @Operation(summary = "The append-only history of one object: innovation_record, replication_task, replication_announcement")
    public List<AuditEvent> audit(@PathVariable String type, @PathVariable long id) {
        if (!List.of(ReplicationService.RECORD, ReplicationService.TASK, ReplicationService.ANNOUNCEMENT, "evaluation_record",
                "replication_outcome").contains(type)) {
            throw new BadRequestException("type", "unknown object type '" + type + "'");
        }
        return service.history(type, id);
    }

    @GetMapping("/replication/dashboard")
    @Operation(summary = "Funnel, per-region progress, overdue counts and the adoption matrix (public aggregates)")
    public Map<String, Object> dashboard() {
        return dashboard.read();
    }

    @GetMapping("/replication/report-facts")
    @Operation(summary = "What the 2021 report says about replication: mechanisms, flows, measured results, national totals (cited)")
    public Map<String, Object> reportFacts() {
        return results.reportFactsWithCases();
    }

    @GetMapping("/bulletins")
    @Operation(summary = "Supervision bulletin (调度通报) of a province and period, e.g. province=henan&period=2021-Q4, as markdown or html")
    public ResponseEntity<String> bulletin(@RequestParam String province, @RequestParam String period,
                                           @RequestParam(defaultValue = "md") String format) {
        Bulletins.Bulletin b = bulletins.build(province, period);
        return switch (format) {
            case "md" -> ResponseEntity.ok().header("Content-Type", "text/markdown; charset=utf-8").body(bulletins.markdown(b));
            case "html" -> ResponseEntity.ok().header("Content-Type", "text/html; charset=utf-8").body(bulletins.html(b));
            default -> throw new BadRequestException("format", "must be md or html");
        };
    }

    Map<String, Object> taskView(ReplicationTask t, java.time.LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", t);
        out.put("overdue", service.workflow().overdue(t, today));
        return out;
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw new BadRequestException("body", "send a JSON object");
        }
        return body;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
