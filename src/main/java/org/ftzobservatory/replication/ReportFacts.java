package org.ftzobservatory.replication;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What the 2021 report says about replication (data/replication/report-facts.yaml): provincial mechanisms, replication
 * flows, measured results (links to their library cases, see {@link ReplicatedResults}) and national totals. Every record cites report lines; region and zone ids are checked at load.
 * These are report facts, not workflow rows: no adoption is invented from them.
 */
@Component
public class ReportFacts {

    static final List<String> LISTS = List.of("mechanisms", "replications", "results", "totals");
    private final Map<String, Object> facts;

    public ReportFacts(FtzPaths paths, ReplicationService service) {
        this.facts = load(paths.dataDir().resolve("replication/report-facts.yaml"), service.regions());
    }

    public Map<String, Object> all() {
        return facts;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String name) {
        return (List<Map<String, Object>>) facts.getOrDefault(name, List.of());
    }

    /** A result links to its library case instead of restating it; every other record carries its own summaries. */
    private static List<String> required(String list) {
        return list.equals("results") ? List.of("id", "case", "source") : List.of("id", "summary_zh", "summary_en", "source");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file, Regions regions) {
        String name = "replication/report-facts.yaml";
        Map<String, Object> root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).load(r);
        } catch (IOException | RuntimeException e) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(name, 1, "(file)", "cannot be read: " + e.getMessage())));
        }
        List<DatasetProblem> problems = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String list : LISTS) {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) root.getOrDefault(list, List.of());
            for (Map<String, Object> row : rows) {
                String id = String.valueOf(row.get("id"));
                for (String required : required(list)) {
                    if (row.get(required) == null) {
                        problems.add(new DatasetProblem(name, 1, list + "/" + id, required + " is required"));
                    }
                }
                if (list.equals("results")) {
                    // one home for each fact: a result's figures and summary live in its case, never here as well
                    for (String copy : List.of("metrics", "summary_zh", "summary_en", "innovation_zh")) {
                        if (row.containsKey(copy)) {
                            problems.add(new DatasetProblem(name, 1, list + "/" + id, copy
                                    + " belongs to the linked case (case: " + row.get("case") + "), not to the result"));
                        }
                    }
                }
                if (!(row.get("source") instanceof Map<?, ?> src) || src.get("lines") == null) {
                    problems.add(new DatasetProblem(name, 1, list + "/" + id, "source needs report lines"));
                }
                for (String key : List.of("region", "to_region")) {
                    if (row.get(key) != null && !regions.isRegion(row.get(key).toString())) {
                        problems.add(new DatasetProblem(name, 1, list + "/" + id, key + " '" + row.get(key) + "' is not a region"));
                    }
                }
                if (row.get("regions") instanceof List<?> rs) {
                    for (Object r : rs) {
                        if (!regions.isRegion(String.valueOf(r))) {
                            problems.add(new DatasetProblem(name, 1, list + "/" + id, "region '" + r + "' is not a region"));
                        }
                    }
                }
                for (String key : List.of("zone", "from_zone")) {
                    if (row.get(key) != null && !regions.isZone(row.get(key).toString())) {
                        problems.add(new DatasetProblem(name, 1, list + "/" + id, key + " '" + row.get(key) + "' is not a zone id"));
                    }
                }
            }
            out.put(list, rows);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        return out;
    }
}
