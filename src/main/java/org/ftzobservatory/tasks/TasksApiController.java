package org.ftzobservatory.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.ftzobservatory.bulletin.Bulletin;
import org.ftzobservatory.bulletin.BulletinEngine;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.UploadNames;
import org.ftzobservatory.kernel.SheetRows;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The pilot-task ledger over HTTP: reads are public; imports and moves need a signed-in official (role and scope checked). */
@ApiController("/api/v1")
public class TasksApiController {

    private final TaskService service;
    private final TaskReports reports;
    private final TaskImport importer;
    private final TaskBulletins bulletins;

    public TasksApiController(TaskService service, TaskReports reports, TaskImport importer, TaskBulletins bulletins) {
        this.service = service;
        this.reports = reports;
        this.importer = importer;
        this.bulletins = bulletins;
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans that break into pilot tasks, with the task count each states and the tasks the ledger holds")
    public Map<String, Object> plans() {
        return Map.of("items", service.store().plans(), "report_facts", service.store().reportFacts());
    }

    @GetMapping("/pilot-tasks")
    @Operation(summary = "Pilot tasks by zone (FTZ or ftz/subzone), plan, domain, status and overdue (against ftz.clock.today)")
    public PageResult<PilotTask> tasks(@RequestParam(required = false) String zone, @RequestParam(required = false) String plan,
                                       @RequestParam(required = false) String domain, @RequestParam(required = false) String status,
                                       @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        return service.store().tasks(reports.filter(zone, plan, domain, status, overdue), service.today(), service.rules().open(),
                Paging.of(page, size, 50));
    }

    @GetMapping("/pilot-tasks/{id}")
    @Operation(summary = "One task with its full history and the states the caller may move it to")
    public Map<String, Object> task(@PathVariable String id) {
        PilotTask t = service.require(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", t);
        out.put("history", service.history(id));
        out.put("allowed_next", service.nextFor(CurrentOfficial.get().orElse(null), t));
        return out;
    }

    @GetMapping("/pilot-tasks/rollup")
    @Operation(summary = "Counts by status, completion rate, overdue and median days late per ftz, subzone, domain or plan")
    public Map<String, Object> rollup(@RequestParam(defaultValue = "ftz") String by, @RequestParam(required = false) String zone,
                                      @RequestParam(required = false) String plan, @RequestParam(required = false) String domain) {
        List<Map<String, Object>> rows = reports.rollup(by, reports.filter(zone, plan, domain, null, null)).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", r.key());
            m.put("total", r.total());
            m.put("by_status", r.byState());
            m.put("completion_rate", r.completionRate(service.rules().done()));
            m.put("overdue", r.overdue());
            m.put("median_days_late", r.medianDaysLate());
            return m;
        }).toList();
        return Map.of("by", by, "today", service.today().toString(), "items", rows);
    }

    @GetMapping("/pilot-tasks/assessment")
    @Operation(summary = "Assessment score per sub-zone (formula: data/tasks/assessment.yaml)")
    public Map<String, Object> assessment(@RequestParam(required = false) String ftz) {
        reports.filter(ftz, null, null, null, null);
        return Map.of("rates", service.rules().assessment().rates(), "scale", service.rules().assessment().scale(),
                "items", reports.assessment(ftz == null || ftz.isBlank() ? null : ftz.trim()));
    }

    @PostMapping("/pilot-tasks/{id}/transitions")
    @Operation(summary = "Move a task: {to, reason (when suspending), version}; 409 names the allowed next states")
    public PilotTask move(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Object v = b.get("version");
        if (v != null && !(v instanceof Number)) {
            throw new BadRequestException("version", "must be a number");
        }
        return service.move(CurrentOfficial.require(), id, (String) b.get("to"), (String) b.get("reason"),
                v == null ? null : ((Number) v).intValue());
    }

    @PostMapping(path = "/pilot-tasks/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a ledger file (multipart 'file', .csv or .xlsx): row-level problems as 400, all or nothing")
    public TaskImport.Result importFile(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importStream(in, file.getOriginalFilename());
        }
    }

    @PostMapping(path = "/pilot-tasks/import", consumes = {"text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Import a ledger file sent as the raw body, named by ?name=ledger.csv or ledger.xlsx")
    public TaskImport.Result importRaw(@RequestParam String name, HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return importStream(in, name);
        }
    }

    TaskImport.Result importStream(InputStream in, String name) throws IOException {
        var who = CurrentOfficial.require();
        String display = UploadNames.fileName("name", name);
        Path tmp = Files.createTempFile("ftz-tasks-", SheetRows.isXlsx(display) ? ".xlsx" : ".csv");
        try {
            // Copy at most one byte over the limit: enough to refuse the file without storing all of it.
            try (InputStream limited = in) {
                Files.copy(new java.io.BufferedInputStream(limited) {
                    long left = importer.maxBytes() + 1;

                    @Override
                    public synchronized int read(byte[] b, int off, int len) throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = super.read(b, off, (int) Math.min(len, left));
                        if (n > 0) {
                            left -= n;
                        }
                        return n;
                    }
                }, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return importer.importFile(tmp, display, who, false, msg -> { });
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @GetMapping("/pilot-tasks/bulletin")
    @Operation(summary = "Pilot-task bulletin of a zone (FTZ or ftz/subzone) and period (YYYY, YYYY-MM, YYYY-Qn), md or html")
    public ResponseEntity<String> bulletin(@RequestParam String zone, @RequestParam String period,
                                           @RequestParam(defaultValue = "md") String format) {
        if (!format.equals("md") && !format.equals("html")) {
            throw new BadRequestException("format", "must be md or html");
        }
        Bulletin b = bulletins.build(zone, period);
        return format.equals("md")
                ? ResponseEntity.ok().contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8)).body(BulletinEngine.markdown(b))
                : ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(BulletinEngine.html(b));
    }
}
