package org.ftzobservatory.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a dataset YAML file into {@link Node}s. We compose SnakeYAML's node graph rather than load Java objects because
 * only the node graph keeps line numbers, and plain scalars stay strings (no surprise date or octal conversions).
 */
public final class YamlFile {

    private YamlFile() {
    }

    /** The top-level mapping of the file, or null (with a problem recorded) when the file is not readable YAML. */
    public static Node read(Path path, String displayName, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(20 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            org.yaml.snakeyaml.nodes.Node root = new Yaml(options).compose(reader);
            if (!(root instanceof MappingNode mapping)) {
                problems.add(displayName, 1, "(file)", "must be a YAML mapping at the top level");
                return null;
            }
            return convert(mapping, displayName, problems);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(displayName, line, "(yaml)", e.getProblem());
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(displayName, 1, "(file)", "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Node convert(MappingNode mapping, String file, Problems problems) {
        Node node = new Node(file, mapping.getStartMark().getLine() + 1, problems);
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, t.getKeyNode().getStartMark().getLine() + 1, "(yaml)", "keys must be plain words");
                continue;
            }
            org.yaml.snakeyaml.nodes.Node v = t.getValueNode();
            node.put(key.getValue(), value(v, file, problems), v.getStartMark().getLine() + 1);
        }
        return node;
    }

    private static Object value(org.yaml.snakeyaml.nodes.Node v, String file, Problems problems) {
        if (v instanceof ScalarNode s) {
            String text = s.getValue();
            boolean plainNull = s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN
                    && (text.isEmpty() || text.equals("~") || text.equals("null"));
            return plainNull ? null : text;
        }
        if (v instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                out.add(value(item, file, problems));
            }
            return out;
        }
        return convert((MappingNode) v, file, problems);
    }
}
