package org.ftzobservatory.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.YamlFile;

/**
 * What a part reads with: the directory's files, the one problem list, the shared reference, the vocabularies, and the
 * references earlier parts published (zone ids, document ids and 文号) so later parts can check theirs.
 */
public final class DatasetContext {

    private final Path dir;
    private final ReferenceData reference;
    private final Problems problems = new Problems();
    private final Map<Class<?>, Object> earlier = new HashMap<>();
    private Set<String> zoneRefs = Set.of();
    private UnaryOperator<String> documents = ref -> null;

    DatasetContext(Path dir, ReferenceData reference) {
        this.dir = dir;
        this.reference = reference;
    }

    public ReferenceData reference() {
        return reference;
    }

    public Problems problems() {
        return problems;
    }

    /** A YAML file the dataset must have; a missing one is a problem and gives null. */
    public Node yaml(String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            problems.add(name, 0, "(file)", "is missing");
            return null;
        }
        return YamlFile.read(p, name, problems);
    }

    /** The root nodes of every {@code *.yaml} file of a sub-directory (which may be absent), in file-name order. */
    public List<Node> yamlFiles(String subdir) {
        List<Node> out = new ArrayList<>();
        for (Path f : files(subdir, ".yaml")) {
            Node n = yaml(subdir + "/" + f.getFileName());
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    /** The files of a sub-directory with the given suffix, sorted; none when it is absent. */
    public List<Path> files(String subdir, String suffix) {
        Path d = dir.resolve(subdir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A file of the directory (which may not exist: optional files are the part's choice). */
    public Path path(String name) {
        return dir.resolve(name);
    }

    /** The ids of one vocabulary of vocabulary.yaml (document_types, regions …). */
    public Set<String> vocabulary(String kind) {
        Set<String> ids = new HashSet<>();
        get(VocabularyPart.Vocabularies.class).terms().stream().filter(t -> t.kind().equals(kind)).forEach(t -> ids.add(t.id()));
        return ids;
    }

    public Set<String> units() {
        Set<String> ids = new HashSet<>();
        get(VocabularyPart.Vocabularies.class).units().forEach(u -> ids.add(u.id()));
        return ids;
    }

    /** Records of a part read earlier. */
    public <T> T get(Class<T> type) {
        Object data = earlier.get(type);
        if (data == null) {
            throw new IllegalStateException(type.getSimpleName() + " is read by a later part");
        }
        return type.cast(data);
    }

    void done(Object data) {
        earlier.put(data.getClass(), data);
    }

    /** Called by the zone registry: every FTZ id and ftz/subzone pair records may point at. */
    public void publishZones(Set<String> refs) {
        zoneRefs = Set.copyOf(refs);
    }

    public boolean knowsZone(String ref) {
        return zoneRefs.contains(ref);
    }

    /** The zone references of a list field, each checked; unknown ones are problems and left out. */
    public List<String> zoneRefs(Node n, String field, boolean allowNational) {
        List<String> out = new ArrayList<>();
        for (String ref : n.strings(field)) {
            if (knowsZone(ref) || (allowNational && "national".equals(ref))) {
                out.add(ref);
            } else {
                n.problem(field, "unknown zone '" + ref + "' (use an FTZ id or ftz/subzone)");
            }
        }
        return out;
    }

    /** Called by the documents part: resolves a document id or 文号 to an id, null when neither. */
    public void publishDocuments(UnaryOperator<String> resolver) {
        documents = resolver;
    }

    /** A document reference (id or 文号) resolved to the document's id; an unknown one is a problem and gives null. */
    public String resolveDocument(Node n, String field, String ref) {
        if (ref == null) {
            return null;
        }
        String id = documents.apply(ref);
        if (id == null) {
            n.problem(field, "'" + ref + "' is neither a document id nor the 文号 of a document in documents/");
        }
        return id;
    }
}
