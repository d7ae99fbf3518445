package org.ftzobservatory.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * /tasks: what the report says about plans and tasks (cited), the ledger's rollups, overdue panel, assessment, plans and
 * the filtered task list, the import form for signed-in officials; /tasks/{id} with its history and moves;
 * /tasks/bulletin.
 */
@Controller
public class TasksController {

    private final TaskService service;
    private final TaskReports reports;
    private final TasksApiController api;
    private final TaskBulletins bulletins;
    private final Charts charts;

    public TasksController(TaskService service, TaskReports reports, TasksApiController api, TaskBulletins bulletins, Charts charts) {
        this.service = service;
        this.reports = reports;
        this.api = api;
        this.bulletins = bulletins;
        this.charts = charts;
    }

    private TaskLabels labels(Locale locale) {
        return new TaskLabels(service.rules(), service.store().zoneNames(), service.store().domains(), locale);
    }

    @GetMapping("/tasks")
    public String overview(@RequestParam(required = false) String zone, @RequestParam(required = false) String plan,
                           @RequestParam(required = false) String domain, @RequestParam(required = false) String status,
                           @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
                           @RequestParam(required = false) String imported, Model model, Locale locale) {
        TaskStore.Filter filter = reports.filter(zone, plan, domain, status, overdue);
        fill(model, locale, filter, page);
        model.addAttribute("imported", imported);
        return "tasks/overview";
    }

    private void fill(Model model, Locale locale, TaskStore.Filter filter, Integer page) {
        boolean en = "en".equals(locale.getLanguage());
        TaskLabels labels = labels(locale);
        TaskRules rules = service.rules();
        TaskStore store = service.store();
        List<String> states = rules.machine().states().stream().map(StateMachine.State::id).toList();
        List<Rollup> byFtz = reports.rollup("ftz", TaskStore.Filter.none());
        List<Charts.Series> series = new ArrayList<>();
        for (String s : states) {
            series.add(new Charts.Series(labels.status(s), byFtz.stream().map(r -> (Number) r.byState().get(s)).toList()));
        }
        model.addAttribute("labels", labels);
        model.addAttribute("rules", rules);
        model.addAttribute("states", states);
        model.addAttribute("today", service.today());
        model.addAttribute("facts", store.reportFacts());
        model.addAttribute("plans", store.plans());
        model.addAttribute("byFtz", byFtz);
        model.addAttribute("byDomain", reports.rollup("domain", TaskStore.Filter.none()));
        model.addAttribute("byFtzChart", byFtz.isEmpty() ? null : charts.grouped(en ? "Pilot tasks per FTZ, by status" : "各自贸试验区试点任务（按状态）",
                byFtz.stream().map(r -> labels.zone(r.key())).toList(), series, false, null));
        model.addAttribute("overdueTasks", store.overdue(filter.zone(), service.today(), rules.open(), 20));
        model.addAttribute("scores", reports.assessment(null));
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", store.tasks(filter, service.today(), rules.open(), Paging.of(page, null, 50)));
        model.addAttribute("synthetic", store.plans().stream().anyMatch(Plan::synthetic));
        model.addAttribute("maxSize", String.format(Locale.ROOT, "%.0f MB", reports.maxImportBytes() / 1048576.0));
    }

    @PostMapping("/tasks/import")
    public String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                             HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadRequestException("file", "choose a .csv or .xlsx file");
            }
            TaskImport.Result r;
            try (InputStream in = file.getInputStream()) {
                r = api.importStream(in, file.getOriginalFilename());
            }
            return "redirect:/tasks?imported=" + r.rows() + "-" + r.created() + "-" + r.updated();
        } catch (InvalidDatasetException e) {
            model.addAttribute("problems", e.problems());
        } catch (BadRequestException | ForbiddenException e) {
            model.addAttribute("importError", e.getMessage());
        }
        response.setStatus(400);
        fill(model, locale, TaskStore.Filter.none(), null);
        return "tasks/overview";
    }

    @GetMapping("/tasks/{id}")
    public String task(@PathVariable String id, Model model, Locale locale) {
        PilotTask t = service.require(id);
        model.addAttribute("labels", labels(locale));
        model.addAttribute("task", t);
        model.addAttribute("history", service.history(id));
        model.addAttribute("next", service.nextFor(CurrentOfficial.get().orElse(null), t));
        model.addAttribute("needsReason", service.rules().machine().transitions().stream()
                .filter(m -> m.requires().contains("reason")).map(StateMachine.Transition::to).distinct().toList());
        model.addAttribute("overdue", service.rules().open().contains(t.status()) && t.deadline().isBefore(service.today()));
        return "tasks/task";
    }

    @PostMapping("/tasks/{id}/move")
    public String move(@PathVariable String id, @RequestParam String to, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) Integer version, Model model, Locale locale, HttpServletResponse response) {
        try {
            service.move(CurrentOfficial.require(), id, to, reason, version);
            return "redirect:/tasks/" + id;
        } catch (BadRequestException | ConflictException | ForbiddenException e) {
            response.setStatus(e instanceof ConflictException ? 409 : e instanceof ForbiddenException ? 403 : 400);
            model.addAttribute("moveError", e.getMessage());
            return task(id, model, locale);
        }
    }

    @GetMapping("/tasks/bulletin")
    public String bulletin(@RequestParam(required = false) String zone, @RequestParam(required = false) String period, Model model,
                           Locale locale) {
        model.addAttribute("labels", labels(locale));
        model.addAttribute("zone", zone);
        model.addAttribute("period", period);
        if (zone != null && !zone.isBlank() && period != null && !period.isBlank()) {
            model.addAttribute("bulletin", bulletins.build(zone, period, "en".equals(locale.getLanguage()) ? "en" : "zh"));
        }
        return "tasks/bulletin";
    }
}
