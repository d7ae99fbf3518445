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
                       StateMachine task, Set<Role> taskEditors, Set<Role> taskCreators) {

    public record Level(String id, Text name, Set<Role> roles, boolean requiresBatch) {
    }

    public record Announcement(Set<Role> roles, Set<String> requiresLevel) {
    }

    public java.util.Optional<Level> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Announcement announcement(String scope) {
        return "national".equals(scope) ? national : regions;
    }
}
