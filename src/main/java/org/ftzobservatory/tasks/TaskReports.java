package org.ftzobservatory.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.replication.StateMachine;
import org.springframework.stereotype.Service;

/** Rollups of the ledger and the assessment score per sub-zone, both against the injectable clock. */
@Service
public class TaskReports {

    private final TaskService service;
    private final long maxImportBytes;

    public TaskReports(TaskService service, @org.springframework.beans.factory.annotation.Value("${ftz.tasks.max-size:32MB}") String maxSize) {
        this.service = service;
        this.maxImportBytes = org.springframework.util.unit.DataSize.parse(maxSize).toBytes();
    }

    /** The import size limit, for the form's hint. */
    public long maxImportBytes() {
        return maxImportBytes;
    }

    /** The rollup by {@code dimension} (ftz, subzone, domain, plan) of the tasks the filter selects. */
    public List<Rollup> rollup(String dimension, TaskStore.Filter filter) {
        if (!TaskStore.DIMENSIONS.containsKey(dimension == null ? "" : dimension) || "zone".equals(dimension)) {
            throw new BadRequestException("by", "must be ftz, subzone, domain or plan");
        }
        return rollupOf(dimension, filter);
    }

    private List<Rollup> rollupOf(String dimension, TaskStore.Filter filter) {
        TaskRules r = service.rules();
        List<String> states = r.machine().states().stream().map(StateMachine.State::id).toList();
        return service.store().rollup(dimension, filter, states, r.open(), service.today());
    }

    /** A zone's score and the rates it is made of (in the order of assessment.yaml); {@code score} null below min_tasks. */
    public record Score(String zone, int tasks, List<Double> rates, Double score) {
    }

    /** The score of every sub-zone (and FTZ-level group of tasks) the filter selects, by assessment.yaml. */
    public List<Score> assessment(String ftz) {
        TaskRules r = service.rules();
        TaskRules.Assessment a = r.assessment();
        Set<String> counted = new HashSet<>(r.done());
        counted.addAll(r.open());
        int weights = a.rates().stream().mapToInt(TaskRules.Rate::weight).sum();
        List<Score> out = new ArrayList<>();
        for (Rollup row : rollupOf("zone", new TaskStore.Filter(ftz, null, null, null, null))) {
            int base = row.byState().entrySet().stream().filter(e -> counted.contains(e.getKey())).mapToInt(e -> e.getValue()).sum();
            List<Double> rates = new ArrayList<>();
            double sum = 0;
            for (TaskRules.Rate rate : a.rates()) {
                int n = rate.onTime() ? base - row.overdue()
                        : row.byState().entrySet().stream().filter(e -> rate.states().contains(e.getKey())).mapToInt(e -> e.getValue()).sum();
                double share = base == 0 ? 0 : (double) n / base;
                rates.add(share);
                sum += rate.weight() * share;
            }
            out.add(new Score(row.key(), base, rates, base < a.minTasks() ? null : a.scale() * sum / weights));
        }
        return out;
    }

    /** A task filter from request parameters, each checked (a bad one is a 400 naming it); blanks mean any. */
    public TaskStore.Filter filter(String zone, String plan, String domain, String status, Boolean overdue) {
        String z = blank(zone);
        if (z != null && !service.store().zoneRefs().contains(z)) {
            throw new BadRequestException("zone", "unknown zone '" + z + "' (an FTZ id such as henan, or ftz/subzone)");
        }
        String d = blank(domain);
        if (d != null && !service.store().domains().containsKey(d)) {
            throw new BadRequestException("domain", "unknown domain '" + d + "'");
        }
        String st = blank(status);
        if (st != null && !service.rules().machine().hasState(st)) {
            throw new BadRequestException("status", "unknown status '" + st + "'");
        }
        return new TaskStore.Filter(z, blank(plan), d, st, overdue);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LocalDate today() {
        return service.today();
    }
}
