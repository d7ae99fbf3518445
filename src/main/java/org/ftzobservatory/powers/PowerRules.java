package org.ftzobservatory.powers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.replication.WorkflowFile;
import org.ftzobservatory.security.Role;

/** data/powers/rules.yaml: kinds of power, reception modes, who may record changes. */
public record PowerRules(List<Term> kinds, List<Term> modes, Set<Role> importRoles) {

    public record Term(String id, Text name) {
    }

    public boolean isKind(String id) {
        return kinds.stream().anyMatch(t -> t.id().equals(id));
    }

    public boolean isMode(String id) {
        return modes.stream().anyMatch(t -> t.id().equals(id));
    }

    public static PowerRules load(Path file) {
        Problems problems = new Problems();
        Node root = YamlFile.read(file, "powers/rules.yaml", problems);
        PowerRules rules = null;
        if (root != null) {
            root.allowOnly(Set.of("kinds", "modes", "import_roles"));
            rules = new PowerRules(terms(root, "kinds"), terms(root, "modes"), WorkflowFile.roles(root, "import_roles"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return rules;
    }

    private static List<Term> terms(Node root, String key) {
        List<Term> out = new ArrayList<>();
        for (Node t : root.nodes(key)) {
            t.allowOnly(Set.of("id", "zh", "en"));
            out.add(new Term(t.requireString("id"), new Text(t.requireString("zh"), t.requireString("en"))));
        }
        return List.copyOf(out);
    }
}
