package org.ftzobservatory.replication;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.kernel.Text;

/** The 31 provincial-level regions replication targets (data/replication/regions.yaml) and the zone ids of the reference. */
public record Regions(Map<String, Text> names, Map<String, String> ftzOf, ReferenceData zones) {

    public static Regions load(Path dataDir, Path referenceDir) {
        Problems problems = new Problems();
        Node root = YamlFile.read(dataDir.resolve("replication/regions.yaml"), "replication/regions.yaml", problems);
        ReferenceData zones = ReferenceData.load(referenceDir);
        Map<String, Text> names = new LinkedHashMap<>();
        Map<String, String> ftzOf = new LinkedHashMap<>();
        if (root != null) {
            root.allowOnly(Set.of("regions"));
            for (Node r : root.nodes("regions")) {
                r.allowOnly(Set.of("id", "name_zh", "name_en", "ftz"));
                String id = r.requireString("id");
                String ftz = r.string("ftz");
                if (ftz != null && zones.knowsZones() && !zones.ftzIds().contains(ftz)) {
                    r.problem("ftz", "'" + ftz + "' is not an FTZ id of zones.yaml");
                }
                if (id != null && names.put(id, new Text(r.requireString("name_zh"), r.requireString("name_en"))) != null) {
                    r.problem("id", "duplicate region '" + id + "'");
                }
                if (id != null && ftz != null) {
                    ftzOf.put(id, ftz);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return new Regions(Map.copyOf(names), Map.copyOf(ftzOf), zones);
    }

    public boolean isRegion(String id) {
        return names.containsKey(id);
    }

    public List<String> ids() {
        return names.keySet().stream().sorted().toList();
    }

    public boolean isZone(String ref) {
        return ref != null && (zones.ftzIds().contains(ref) || zones.subzoneRefs().contains(ref));
    }

    /** Region names for a list of ids, in the page's language. */
    public String joinNames(List<?> ids, String language) {
        return String.join(", ", ids.stream().map(id -> "en".equals(language) ? name(String.valueOf(id)).en() : name(String.valueOf(id)).zh())
                .toList());
    }

    public Text name(String id) {
        return names.getOrDefault(id, new Text(id, id));
    }
}
