package org.ftzobservatory.tasks;

import java.util.Map;
import java.util.Set;

/**
 * One row of a rollup: the tasks of one FTZ, sub-zone, domain or plan, counted by state; how many are overdue, and the
 * median days past the deadline of those (null when none is overdue).
 */
public record Rollup(String key, int total, Map<String, Integer> byState, int overdue, Double medianDaysLate) {

    /** Tasks in a done state of workflow.yaml. */
    public int done(Set<String> doneStates) {
        return byState.entrySet().stream().filter(e -> doneStates.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    /** Done ÷ total, 0 for no tasks. */
    public double completionRate(Set<String> doneStates) {
        return total == 0 ? 0 : (double) done(doneStates) / total;
    }
}
