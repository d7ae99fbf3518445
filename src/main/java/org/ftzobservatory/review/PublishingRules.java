package org.ftzobservatory.review;

import java.nio.file.Path;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.replication.WorkflowFile;
import org.ftzobservatory.security.Role;

/** data/review/publishing.yaml: who may withdraw a fact the review queue published. */
public record PublishingRules(Set<Role> withdrawRoles) {

    public static PublishingRules load(Path file) {
        Problems problems = new Problems();
        Node root = YamlFile.read(file, "review/publishing.yaml", problems);
        PublishingRules rules = null;
        if (root != null) {
            root.allowOnly(Set.of("withdraw_roles"));
            Set<Role> roles = WorkflowFile.roles(root, "withdraw_roles");
            if (roles.isEmpty() && problems.isEmpty()) {
                root.problem("withdraw_roles", "name at least one role");
            }
            rules = new PublishingRules(roles);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return rules;
    }
}
