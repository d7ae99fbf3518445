package org.ftzobservatory.replication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The replication pages: dashboard and report facts (public), records and tasks with their forms (signed in). */
@Controller
public class ReplicationController {

    private final ReplicationService service;
    private final ReplicatedResults results;
    private final Bulletins bulletins;
    private final Charts charts;
    private final ReplicationDashboard dashboard;

    public ReplicationController(ReplicationService service, ReplicatedResults results, Bulletins bulletins, Charts charts,
                                 ReplicationDashboard dashboard) {
        this.dashboard = dashboard;
        this.service = service;
        this.results = results;
        this.bulletins = bulletins;
        this.charts = charts;
    }

    @GetMapping("/replication")
    public String dashboard(Model model, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, Object> d = dashboard.read();
        model.addAttribute("dashboard", d);
        model.addAttribute("facts", results.reportFacts());
        model.addAttribute("results", results.all());
        model.addAttribute("regions", service.regions());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> funnel = (List<Map<String, Object>>) d.get("funnel");
        List<Charts.Bar> bars = new ArrayList<>();
        for (Map<String, Object> f : funnel) {
            bars.add(new Charts.Bar(stageName(f.get("stage").toString(), en), (Number) f.get("n"), String.valueOf(f.get("n"))));
        }
        model.addAttribute("funnelChart", charts.bars(en ? "Replication funnel" : "复制推广漏斗", bars));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byRegion = (List<Map<String, Object>>) d.get("by_region");
        List<String> names = byRegion.stream().map(r -> name(r.get("region").toString(), en)).toList();
        model.addAttribute("progressChart", charts.grouped(en ? "Tasks per province" : "各省任务进展", names, List.of(
                new Charts.Series(en ? "tasks" : "任务", byRegion.stream().map(r -> (Number) r.get("tasks")).toList()),
                new Charts.Series(en ? "landed" : "已落地", byRegion.stream().map(r -> (Number) r.get("landed")).toList()),
                new Charts.Series(en ? "overdue" : "逾期", byRegion.stream().map(r -> (Number) r.get("overdue")).toList())), false, null));
        model.addAttribute("landingChart", charts.bars(en ? "Average days to landing" : "平均落地天数", byRegion.stream()
                .filter(r -> r.get("days_to_land") != null)
                .map(r -> new Charts.Bar(name(r.get("region").toString(), en), (Number) r.get("days_to_land"), String.valueOf(r.get("days_to_land"))))
                .toList()));
        model.addAttribute("matrixChart", matrix(d, en));
        // What is empty says so, and says what fills it (issue 11 §4).
        model.addAttribute("noRecords", funnel.isEmpty() || ((Number) funnel.get(0).get("n")).longValue() == 0);
        model.addAttribute("noTasks", byRegion.isEmpty());
        model.addAttribute("noLanding", byRegion.stream().allMatch(r -> r.get("days_to_land") == null));
        return "replication/dashboard";
    }

    private String matrix(Map<String, Object> d, boolean en) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) d.get("matrix");
        LinkedHashSet<String> records = new LinkedHashSet<>();
        LinkedHashSet<String> regions = new LinkedHashSet<>();
        List<String> recordIds = new ArrayList<>();
        for (Map<String, Object> c : cells) {
            if (records.add(title(c, en))) {
                recordIds.add(c.get("record_id").toString());
            }
            regions.add(c.get("region").toString());
        }
        List<String> rows = new ArrayList<>(records);
        List<String> cols = new ArrayList<>(regions);
        List<String> statuses = service.workflow().task().states().stream().map(StateMachine.State::id).toList();
        List<int[]> out = new ArrayList<>();
        for (Map<String, Object> c : cells) {
            out.add(new int[] {cols.indexOf(c.get("region").toString()), rows.indexOf(title(c, en)),
                    statuses.indexOf(c.get("status").toString()) + 1});
        }
        List<String> statusNames = service.workflow().task().states().stream().map(st -> en ? st.name().en() : st.name().zh()).toList();
        return charts.heatmap(rows, cols.stream().map(r -> name(r, en)).toList(), out, recordIds, cols, "/replication/records/{row}",
                statusNames);
    }

    private static String title(Map<String, Object> row, boolean en) {
        return en && row.get("title_en") != null ? row.get("title_en").toString() : row.get("title_zh").toString();
    }

    @GetMapping("/replication/records")
    public String records(@RequestParam(required = false) String state, Model model) {
        model.addAttribute("records", service.store().records(blank(state), null));
        model.addAttribute("workflow", service.workflow());
        return "replication/records";
    }

    @GetMapping("/replication/records/new")
    public String newRecord(Model model) {
        model.addAttribute("official", CurrentOfficial.get().orElse(null));
        return "replication/new-record";
    }

    @PostMapping("/replication/records")
    public String create(@RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/records/new", () -> {
            InnovationRecord r = service.record(CurrentOfficial.require(), new Requests.NewRecord(f.get("zone"), f.get("title_zh"), f.get("title_en"),
                    f.get("domain"), f.get("summary_zh"), f.get("summary_en"), null));
            return "/replication/records/" + r.id();
        });
    }

    @GetMapping("/replication/records/{id}")
    public String record(@PathVariable long id, Model model) {
        InnovationRecord r = service.recordById(id);
        Official me = CurrentOfficial.get().orElse(null);
        model.addAttribute("record", r);
        model.addAttribute("workflow", service.workflow());
        model.addAttribute("evaluations", service.store().evaluations(id));
        model.addAttribute("announcements", service.store().announcements(id));
        model.addAttribute("tasks", service.store().tasks(null, null, id));
        model.addAttribute("regions", service.regions());
        model.addAttribute("today", service.today());
        model.addAttribute("official", me);
        model.addAttribute("next", me != null && me.coversZone(r.zone()) ? service.workflow().innovation().next(r.state(), me.role()) : List.of());
        model.addAttribute("history", me != null ? service.history(ReplicationService.RECORD, id) : List.of());
        return "replication/record";
    }

    @PostMapping("/replication/records/{id}/move")
    public String move(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/records/" + id, () -> {
            Requests.EvaluationInput ev = blank(f.get("landing_status")) == null ? null : new Requests.EvaluationInput(f.get("landing_status"),
                    integer("satisfaction", f.get("satisfaction")), f.get("problems"), f.get("recommendations"));
            service.move(CurrentOfficial.require(), id, new Requests.Move(f.get("to"), integer("version", f.get("version")), f.get("comment"),
                    blank(f.get("level")), integer("batch_no", f.get("batch_no")), ev));
            return "/replication/records/" + id;
        });
    }

    @PostMapping("/replication/records/{id}/announce")
    public String announce(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/records/" + id, () -> {
            List<String> regions = blank(f.get("regions")) == null ? List.of()
                    : Arrays.stream(f.get("regions").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
            service.announce(CurrentOfficial.require(), id, new Requests.Announce(f.get("scope"), regions, f.get("document_no")));
            return "/replication/records/" + id;
        });
    }

    @PostMapping("/replication/announcements/{id}/tasks")
    public String task(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        long recordId = service.store().announcement(id).map(Announcement::recordId).orElse(0L);
        return attempt(flash, "/replication/records/" + recordId, () -> {
            ReplicationTask t = service.createTask(CurrentOfficial.require(), id, new Requests.NewTask(f.get("region"), f.get("responsible_unit"),
                    f.get("reform_content"), f.get("deadline"), f.get("roadmap"), f.get("owner"), f.get("output_form")));
            return "/replication/tasks/" + t.id();
        });
    }

    @GetMapping("/replication/tasks")
    public String tasks(@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        Official me = CurrentOfficial.get().orElseThrow();
        String r = blank(region) != null ? region.trim() : me.province();
        var today = service.today();
        model.addAttribute("tasks", service.store().tasks(r, null, null).stream().filter(t -> !overdue || service.workflow().overdue(t, today)).toList());
        model.addAttribute("region", r);
        model.addAttribute("today", today);
        model.addAttribute("regions", service.regions());
        model.addAttribute("workflow", service.workflow());
        return "replication/tasks";
    }

    @GetMapping("/replication/tasks/{id}")
    public String taskPage(@PathVariable long id, Model model) {
        Official me = CurrentOfficial.get().orElseThrow();
        ReplicationTask t = service.taskById(id);
        model.addAttribute("task", t);
        model.addAttribute("record", service.recordById(t.recordId()));
        model.addAttribute("today", service.today());
        model.addAttribute("workflow", service.workflow());
        model.addAttribute("regions", service.regions());
        model.addAttribute("next", me.coversRegion(t.region()) ? service.workflow().task().next(t.status(), me.role()) : List.of());
        model.addAttribute("editable", me.coversRegion(t.region()) && service.workflow().taskEditors().contains(me.role()));
        model.addAttribute("history", service.history(ReplicationService.TASK, id));
        model.addAttribute("outcomes", service.store().outcomes(id));
        return "replication/task";
    }

    @PostMapping("/replication/tasks/{id}")
    public String edit(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/tasks/" + id, () -> {
            service.editTask(CurrentOfficial.require(), id, new Requests.TaskEdit(integer("version", f.get("version")), f.get("responsible_unit"),
                    f.get("reform_content"), f.get("deadline"), f.get("roadmap"), f.get("owner"), f.get("output_form")));
            return "/replication/tasks/" + id;
        });
    }

    @PostMapping("/replication/tasks/{id}/outcomes")
    public String outcome(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/tasks/" + id, () -> {
            service.recordOutcome(CurrentOfficial.require(), id, new Requests.NewOutcome(f.get("quantity"), f.get("unit"), decimal("before", f.get("before")),
                    decimal("after", f.get("after")), f.get("note")));
            return "/replication/tasks/" + id;
        });
    }

    private static java.math.BigDecimal decimal(String field, String v) {
        if (blank(v) == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "must be a number, got '" + v + "'");
        }
    }

    @PostMapping("/replication/tasks/{id}/move")
    public String moveTask(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/replication/tasks/" + id, () -> {
            service.moveTask(CurrentOfficial.require(), id, new Requests.TaskMove(f.get("to"), integer("version", f.get("version")), f.get("comment")));
            return "/replication/tasks/" + id;
        });
    }

    /**
     * The bulletin page: a form (province, period; the current quarter by default) and, once a province is chosen, the
     * bulletin in the site's layout. The same bulletin as markdown or HTML text stays at {@code /api/v1/bulletins}.
     */
    @GetMapping("/replication/bulletin")
    public String bulletin(@RequestParam(required = false) String province, @RequestParam(required = false) String period,
                           Model model, HttpServletResponse response) {
        var today = service.today();
        String p = blank(period) != null ? period.trim() : today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        model.addAttribute("regions", service.regions());
        model.addAttribute("workflow", service.workflow());
        model.addAttribute("province", blank(province));
        model.addAttribute("period", p);
        if (blank(province) != null) {
            try {
                model.addAttribute("bulletin", bulletins.build(province, p));
            } catch (BadRequestException e) {
                model.addAttribute("errorField", e.parameter());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return "replication/bulletin";
    }

    /** Runs a form's write; a refused one goes back to the form with the reason, nothing written. */
    private static String attempt(RedirectAttributes flash, String back, Supplier<String> write) {
        try {
            return "redirect:" + write.get();
        } catch (BadRequestException e) {
            flash.addFlashAttribute("error", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private String stageName(String stage, boolean en) {
        var n = service.workflow().stageName(stage);
        return en ? n.en() : n.zh();
    }

    private String name(String region, boolean en) {
        var n = service.regions().name(region);
        return en ? n.en() : n.zh();
    }

    private static Integer integer(String field, String v) {
        if (blank(v) == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "must be a whole number, got '" + v + "'");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
