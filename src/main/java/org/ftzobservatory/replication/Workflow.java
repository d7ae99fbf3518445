package org.ftzobservatory.replication;

import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.security.Role;

/**
 * The replication workflow as data: the innovation's path (recorded → submitted → under evaluation → selected at a level),
 * who may announce replication at which scope, and the replication task's path (planned → in progress → landed →
 * reviewed). Loaded from {@code data/replication/workflow.yaml}; the service enforces it and holds no rules of its own.
 */
public record Workflow(StateMachine innovation, List<Level> levels, Announcement national, Announcement regions,
                       StateMachine task, Set<Role> taskEditors, Set<Role> taskCreators, List<Stage> funnel) {

    /** What makes a record reach a funnel stage beyond its own states. */
    public enum Reached {
        ANNOUNCED, TASK_LANDED
    }

    /** A stage of the dashboard's funnel after the innovation states. */
    public record Stage(String id, Text name, Reached reachedWhen) {
    }

    public record Level(String id, Text name, Set<Role> roles, boolean requiresBatch) {
    }

    public record Announcement(Set<Role> roles, Set<String> requiresLevel) {
    }

    public java.util.Optional<Level> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The state a record is in once selected at a level: the one the moves that require a level lead to. */
    public String selectedState() {
        return innovation.transitions().stream().filter(t -> t.requires().contains("level")).map(StateMachine.Transition::to)
                .findFirst().orElseThrow();
    }

    /** The name of a selection level; the id itself if the file has no such level. */
    public Text levelName(String id) {
        return level(id).map(Level::name).orElse(new Text(id, id));
    }

    /** The name of a state of an audited object: a record's or a task's. */
    public Text stateName(String objectType, String state) {
        return switch (objectType) {
            case ReplicationService.RECORD -> innovation.name(state);
            case ReplicationService.TASK -> task.name(state);
            default -> new Text(state, state);
        };
    }

    /** A task in an open state whose deadline has passed. */
    public boolean overdue(ReplicationTask t, java.time.LocalDate today) {
        return task.isIn(t.status(), StateMachine.OPEN) && t.deadline().isBefore(today);
    }

    /** The name of a funnel stage: an innovation state or a ledger stage. */
    public Text stageName(String stage) {
        return funnel.stream().filter(s -> s.id().equals(stage)).map(Stage::name).findFirst()
                .orElseGet(() -> innovation.name(stage));
    }

    public Announcement announcement(String scope) {
        return "national".equals(scope) ? national : regions;
    }
}
