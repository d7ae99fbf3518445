package org.ftzobservatory.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ftzobservatory.dataset.Dataset;
import org.ftzobservatory.dataset.DatasetReader;
import org.ftzobservatory.innovations.InnovationsPart;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's replicated results are links to library cases (one home for each fact, issue 16). */
class ReportFactsTest {

    private static final Path DATA = Path.of("data");
    private static final Regions REGIONS = Regions.load(DATA, Path.of("../shared/reference"));

    @Test
    void everyResultLinksToAReplicationCaseCitingTheSameLines() {
        Map<String, Object> facts = ReportFacts.load(DATA.resolve("replication/report-facts.yaml"), REGIONS);
        Dataset d = DatasetReader.read(DATA, ReferenceData.load(Path.of("../shared/reference")));
        Map<String, InnovationsPart.Innovation> cases = d.get(InnovationsPart.CaseLibrary.class).innovations().stream()
                .collect(Collectors.toMap(InnovationsPart.Innovation::id, Function.identity()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) facts.get("results");
        assertThat(results).hasSize(11);
        for (Map<String, Object> r : results) {
            InnovationsPart.Innovation c = cases.get(String.valueOf(r.get("case")));
            assertThat(c).as("case of result %s", r.get("id")).isNotNull();
            assertThat(c.themes()).as("themes of %s", c.id()).contains("replication");
            assertThat(c.metrics()).as("figures of %s", c.id()).isNotEmpty();
            int[] result = range(((Map<?, ?>) r.get("source")).get("lines").toString());
            int[] caseLines = range(c.source().substring(c.source().indexOf(':') + 1));
            assertThat(result[0] <= caseLines[1] && caseLines[0] <= result[1])
                    .as("result %s (%s) and case %s (%s) cite overlapping lines", r.get("id"), r.get("source"), c.id(), c.source())
                    .isTrue();
        }
    }

    @TempDir
    Path dir;

    @Test
    void aResultThatRestatesItsFiguresIsRefused() throws IOException {
        String yaml = Files.readString(DATA.resolve("replication/report-facts.yaml")).replaceFirst(
                "    case: p1-rep-used-car-export\n",
                "    case: p1-rep-used-car-export\n    metrics: [{unit: count, after: 10, raw: 10 辆}]\n");
        Path file = dir.resolve("report-facts.yaml");
        Files.writeString(file, yaml);
        assertThatThrownBy(() -> ReportFacts.load(file, REGIONS))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("results/inner-mongolia-used-car-export")
                .hasMessageContaining("metrics belongs to the linked case");
    }

    @Test
    void aResultWithoutItsCaseIsRefused() throws IOException {
        String yaml = Files.readString(DATA.resolve("replication/report-facts.yaml"))
                .replaceFirst("    case: p1-rep-used-car-export\n", "");
        Path file = dir.resolve("report-facts.yaml");
        Files.writeString(file, yaml);
        assertThatThrownBy(() -> ReportFacts.load(file, REGIONS))
                .isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("case is required");
    }

    private static int[] range(String lines) {
        String first = lines.split(",")[0].strip();
        String[] p = first.split("-");
        int a = Integer.parseInt(p[0]);
        return new int[] {a, p.length > 1 ? Integer.parseInt(p[1]) : a};
    }
}
