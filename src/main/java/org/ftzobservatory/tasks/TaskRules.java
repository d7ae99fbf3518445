package org.ftzobservatory.tasks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.replication.WorkflowFile;
import org.ftzobservatory.security.Role;

/**
 * The ledger's rules, read from {@code data/tasks/workflow.yaml} (states, moves × roles, done/open states, plan types) and
 * {@code data/tasks/assessment.yaml} (the score formula). The state machine is the replication workflow's engine.
 */
public record TaskRules(StateMachine machine, Set<String> done, Set<String> open, Set<Role> importRoles,
                        List<PlanType> planTypes, Assessment assessment) {

    /** What a task move may require besides the role: a reason (suspending). */
    static final Set<String> REQUIREMENTS = Set.of("reason");

    public record PlanType(String id, Text name) {
    }

    /** One rate of the score: the share of tasks in {@code states}, or (on_time) of tasks not overdue. */
    public record Rate(String id, Text name, Set<String> states, boolean onTime, int weight) {
    }

    public record Assessment(int scale, int minTasks, List<Rate> rates) {
    }

    public boolean isDone(String state) {
        return done.contains(state);
    }

    public Optional<PlanType> planType(String id) {
        return planTypes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Text planTypeName(String id) {
        return planType(id).map(PlanType::name).orElse(new Text(id, id));
    }

    /** Reads both files of {@code dir} (data/tasks), throwing every problem at once. */
    public static TaskRules load(Path dir) {
        Problems problems = new Problems();
        TaskRules rules = read(dir, "tasks/", problems);
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return rules;
    }

    /** Reads both files, adding problems to {@code problems}; null when a file is missing or unreadable. */
    static TaskRules read(Path dir, String prefix, Problems problems) {
        Node wf = file(dir.resolve("workflow.yaml"), prefix + "workflow.yaml", problems);
        Node as = file(dir.resolve("assessment.yaml"), prefix + "assessment.yaml", problems);
        if (wf == null || as == null) {
            return null;
        }
        wf.allowOnly(Set.of("task", "plan_types"));
        Node task = wf.node("task");
        if (task == null) {
            wf.problem("task", "is required");
            return null;
        }
        task.allowOnly(Set.of("initial", "states", "transitions", "done", "open", "import_roles"));
        StateMachine machine = WorkflowFile.machine(task, false, REQUIREMENTS);
        Set<String> done = states(task, "done", machine);
        Set<String> open = states(task, "open", machine);
        for (String s : done) {
            if (open.contains(s)) {
                task.problem("open", "'" + s + "' cannot be both done and open");
            }
        }
        List<PlanType> types = new ArrayList<>();
        Set<String> typeIds = new HashSet<>();
        for (Node t : wf.nodes("plan_types")) {
            t.allowOnly(Set.of("id", "zh", "en"));
            String id = t.requireString("id");
            if (id != null && !typeIds.add(id)) {
                t.problem("id", "duplicate plan type '" + id + "'");
            }
            types.add(new PlanType(id, new Text(t.requireString("zh"), t.requireString("en"))));
        }
        return new TaskRules(machine, done, open, WorkflowFile.roles(task, "import_roles"), List.copyOf(types),
                assessment(as, machine));
    }

    private static Assessment assessment(Node n, StateMachine machine) {
        n.allowOnly(Set.of("scale", "min_tasks", "rates"));
        Integer scale = n.integer("scale", 1, 1000);
        Integer min = n.integer("min_tasks", 1, 1_000_000);
        List<Rate> rates = new ArrayList<>();
        for (Node r : n.nodes("rates")) {
            r.allowOnly(Set.of("id", "zh", "en", "states", "on_time", "weight"));
            boolean onTime = r.bool("on_time", false);
            Set<String> states = states(r, "states", machine);
            if (onTime == !states.isEmpty()) {
                r.problem("states", "a rate counts either states or on_time, exactly one of them");
            }
            Integer weight = r.integer("weight", 0, 1000);
            if (weight == null) {
                r.problem("weight", "is required");
            }
            rates.add(new Rate(r.requireString("id"), new Text(r.requireString("zh"), r.requireString("en")), states, onTime,
                    weight == null ? 0 : weight));
        }
        if (rates.stream().mapToInt(Rate::weight).sum() == 0) {
            n.problem("rates", "the weights must not all be zero");
        }
        return new Assessment(scale == null ? 100 : scale, min == null ? 1 : min, List.copyOf(rates));
    }

    private static Set<String> states(Node n, String key, StateMachine machine) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : n.strings(key)) {
            if (machine.hasState(s)) {
                out.add(s);
            } else {
                n.problem(key, "'" + s + "' is not one of the task states");
            }
        }
        return Set.copyOf(out);
    }

    private static Node file(Path p, String name, Problems problems) {
        if (!Files.isRegularFile(p)) {
            problems.add(name, 0, "(file)", "is missing");
            return null;
        }
        return YamlFile.read(p, name, problems);
    }
}
