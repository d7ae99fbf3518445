package org.ftzobservatory.kernel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The canonical zone ids of {@code shared/reference/zones.yaml}. The dataset must use exactly these; when the reference is
 * not beside the checkout (a production node), the check is skipped and the dataset's own ids are trusted.
 */
public record ReferenceData(Set<String> ftzIds, Set<String> subzoneRefs, boolean knowsZones) {

    public static ReferenceData none() {
        return new ReferenceData(Set.of(), Set.of(), false);
    }

    @SuppressWarnings("unchecked")
    public static ReferenceData load(Path referenceDir) {
        Path zones = referenceDir.resolve("zones.yaml");
        if (!Files.isRegularFile(zones)) {
            return none();
        }
        try (Reader r = Files.newBufferedReader(zones, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new LoaderOptions()).load(r);
            Set<String> ftz = new LinkedHashSet<>();
            Set<String> subs = new LinkedHashSet<>();
            for (Map<String, Object> f : (List<Map<String, Object>>) root.get("ftzs")) {
                String id = f.get("id").toString();
                ftz.add(id);
                for (Map<String, Object> s : (List<Map<String, Object>>) f.getOrDefault("subzones", List.of())) {
                    subs.add(id + "/" + s.get("id"));
                }
            }
            return new ReferenceData(Set.copyOf(ftz), Set.copyOf(subs), true);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + zones + ": " + e.getMessage(), e);
        }
    }
}
