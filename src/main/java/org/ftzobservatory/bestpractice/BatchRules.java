package org.ftzobservatory.bestpractice;

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
 * data/best-practices/workflow.yaml: a platform batch's states and moves (on the replication workflow's state machine),
 * who may edit a draft, who may correct a published batch and which fields a correction may change.
 */
public record BatchRules(StateMachine machine, Set<Role> editRoles, Set<Role> correctRoles, List<Field> correctable) {

    /** A field a correction may change, with its name for the pages. */
    public record Field(String id, Text name) {
    }

    /** The fields the batch has; a correctable field must be one of them. */
    static final Set<String> BATCH_FIELDS = Set.of("document_no", "issued", "summary_zh", "summary_en");

    public Optional<Field> field(String id) {
        return correctable.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The state cases can be added in and removed from: the initial one. */
    public boolean isDraft(String state) {
        return machine.initial().equals(state);
    }

    /** The state publishing leads to: the target of the one move out of the initial state. */
    public String publishedState() {
        return machine.next(machine.initial(), null).get(0);
    }

    public static BatchRules load(Path file) {
        Problems problems = new Problems();
        BatchRules rules = read(YamlFile.read(file, "best-practices/workflow.yaml", problems));
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return rules;
    }

    static BatchRules read(Node root) {
        if (root == null) {
            return null;
        }
        root.allowOnly(Set.of("batch"));
        Node b = root.node("batch");
        if (b == null) {
            root.problem("batch", "is required");
            return null;
        }
        b.allowOnly(Set.of("initial", "states", "transitions", "edit_roles", "correct_roles", "correctable"));
        StateMachine machine = WorkflowFile.machine(b, false, Set.of());
        if (machine.initial() != null && machine.next(machine.initial(), null).size() != 1) {
            b.problem("transitions", "the initial state needs exactly one move out of it: publishing");
        }
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node f : b.nodes("correctable")) {
            f.allowOnly(Set.of("field", "zh", "en"));
            String id = f.requireString("field");
            if (id != null && !BATCH_FIELDS.contains(id)) {
                f.problem("field", "'" + id + "' is not a batch field (fields: " + String.join(", ", new java.util.TreeSet<>(BATCH_FIELDS)) + ")");
            } else if (id != null && !seen.add(id)) {
                f.problem("field", "duplicate field '" + id + "'");
            }
            fields.add(new Field(id, new Text(f.requireString("zh"), f.requireString("en"))));
        }
        return new BatchRules(machine, WorkflowFile.roles(b, "edit_roles"), WorkflowFile.roles(b, "correct_roles"), List.copyOf(fields));
    }
}
