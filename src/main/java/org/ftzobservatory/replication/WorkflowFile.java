package org.ftzobservatory.replication;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.security.Role;

/** Reads and validates workflow.yaml: every state named in a move exists, every role is a role, nothing else is accepted. */
public final class WorkflowFile {

    /** What a replication move may require besides the role. */
    private static final Set<String> REQUIREMENTS = Set.of("evaluation", "level");

    private final Problems problems = new Problems();

    private WorkflowFile() {
    }

    public static Workflow read(Path file) {
        WorkflowFile f = new WorkflowFile();
        Node root = YamlFile.read(file, "replication/workflow.yaml", f.problems);
        Workflow w = root == null ? null : f.workflow(root);
        if (!f.problems.isEmpty()) {
            throw new InvalidDatasetException(f.problems.sorted());
        }
        return w;
    }

    private Workflow workflow(Node root) {
        root.allowOnly(Set.of("innovation", "announcement", "task", "funnel"));
        Node inn = root.node("innovation");
        Node ann = root.node("announcement");
        Node task = root.node("task");
        if (inn == null || ann == null || task == null) {
            root.problem("(file)", "needs innovation, announcement and task");
            return null;
        }
        inn.allowOnly(Set.of("initial", "states", "transitions", "levels"));
        StateMachine innovation = machine(inn, false, REQUIREMENTS);
        selectedState(inn, innovation);
        List<Workflow.Level> levels = new ArrayList<>();
        for (Node l : inn.nodes("levels")) {
            l.allowOnly(Set.of("id", "zh", "en", "roles", "requires_batch"));
            levels.add(new Workflow.Level(l.requireString("id"), new Text(l.requireString("zh"), l.requireString("en")), roles(l, "roles"),
                    l.bool("requires_batch", false)));
        }
        ann.allowOnly(Set.of("national", "regions"));
        Set<String> levelIds = new HashSet<>();
        levels.forEach(l -> levelIds.add(l.id()));
        Workflow.Announcement national = announcement(ann.node("national"), levelIds, ann);
        Workflow.Announcement regions = announcement(ann.node("regions"), levelIds, ann);
        task.allowOnly(Set.of("initial", "states", "transitions", "editable_by", "create_roles"));
        StateMachine taskMachine = machine(task, true, REQUIREMENTS);
        if (taskMachine.initial() != null && taskMachine.hasState(taskMachine.initial())
                && !taskMachine.isIn(taskMachine.initial(), StateMachine.OPEN)) {
            task.problem("initial", "a new task must start in an open state");
        }
        for (String phase : List.of(StateMachine.OPEN, StateMachine.LANDED)) {
            if (taskMachine.inPhase(phase).isEmpty()) {
                task.problem("states", "no state has phase " + phase);
            }
        }
        return new Workflow(innovation, levels, national, regions, taskMachine, roles(task, "editable_by"), roles(task, "create_roles"),
                funnel(root, innovation));
    }

    /** Exactly one state is entered by the moves that require a level: the state of a selected record. */
    private void selectedState(Node inn, StateMachine innovation) {
        Set<String> selected = new HashSet<>();
        innovation.transitions().stream().filter(t -> t.requires().contains("level")).forEach(t -> selected.add(t.to()));
        if (selected.size() != 1) {
            inn.problem("transitions", "the moves that require a level must all lead to one state (the selected state), found " + selected);
        }
    }

    private List<Workflow.Stage> funnel(Node root, StateMachine innovation) {
        List<Workflow.Stage> stages = new ArrayList<>();
        Set<String> ids = new HashSet<>(innovation.ids());
        for (Node s : root.nodes("funnel")) {
            s.allowOnly(Set.of("id", "zh", "en", "reached_when"));
            String id = s.requireString("id");
            if (id != null && !ids.add(id)) {
                s.problem("id", "'" + id + "' is already an innovation state or a funnel stage");
            }
            String when = s.oneOf("reached_when", Set.of("announced", "task_landed"), true);
            stages.add(new Workflow.Stage(id, new Text(s.requireString("zh"), s.requireString("en")),
                    when == null ? null : Workflow.Reached.valueOf(when.toUpperCase(java.util.Locale.ROOT))));
        }
        return stages;
    }

    private Workflow.Announcement announcement(Node n, Set<String> levels, Node parent) {
        if (n == null) {
            parent.problem("(announcement)", "needs national and regions");
            return new Workflow.Announcement(Set.of(), Set.of());
        }
        n.allowOnly(Set.of("roles", "requires_level"));
        for (String l : n.strings("requires_level")) {
            if (!levels.contains(l)) {
                n.problem("requires_level", "unknown level '" + l + "'");
            }
        }
        return new Workflow.Announcement(roles(n, "roles"), Set.copyOf(n.strings("requires_level")));
    }

    /**
     * A state machine of a workflow file (states, initial, transitions with roles): shared with every ledger that keeps
     * its moves as data (the pilot-task ledger too). {@code phases}: states carry a phase (open / landed);
     * {@code requirements} are the words a move's {@code requires} may use.
     */
    public static StateMachine machine(Node n, boolean phases, Set<String> requirements) {
        List<StateMachine.State> states = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node s : n.nodes("states")) {
            s.allowOnly(phases ? Set.of("id", "zh", "en", "phase") : Set.of("id", "zh", "en"));
            String id = s.requireString("id");
            if (id != null && !ids.add(id)) {
                s.problem("id", "duplicate state '" + id + "'");
            }
            String phase = phases ? s.oneOf("phase", Set.of(StateMachine.OPEN, StateMachine.LANDED), true) : null;
            states.add(new StateMachine.State(id, new Text(s.requireString("zh"), s.requireString("en")), phase));
        }
        String initial = n.requireString("initial");
        if (initial != null && !ids.contains(initial)) {
            n.problem("initial", "'" + initial + "' is not one of the states");
        }
        List<StateMachine.Transition> moves = new ArrayList<>();
        for (Node t : n.nodes("transitions")) {
            t.allowOnly(Set.of("from", "to", "roles", "requires", "note"));
            String from = t.requireString("from");
            String to = t.requireString("to");
            for (String[] s : new String[][] {{"from", from}, {"to", to}}) {
                if (s[1] != null && !ids.contains(s[1])) {
                    t.problem(s[0], "'" + s[1] + "' is not one of the states " + ids);
                }
            }
            Set<String> requires = Set.copyOf(t.strings("requires"));
            for (String r : requires) {
                if (!requirements.contains(r)) {
                    t.problem("requires", "unknown requirement '" + r + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(requirements)) + ")");
                }
            }
            moves.add(new StateMachine.Transition(from, to, roles(t, "roles"), requires, t.string("note")));
        }
        return new StateMachine(initial, states, moves);
    }

    public static Set<Role> roles(Node n, String key) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String r : n.strings(key)) {
            Role role = Role.parse(r);
            if (role == null) {
                n.problem(key, "unknown role '" + r + "' (allowed: ZONE_EDITOR, PROVINCE_REVIEWER, NATIONAL_ADMIN)");
            } else {
                out.add(role);
            }
        }
        return out;
    }
}
