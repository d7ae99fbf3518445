package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ftzobservatory.kernel.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario table (src/test/resources/access/scenarios.csv, written by tools/access-scenarios.py from an independent
 * re-implementation of the list semantics): for every measure, a proposal just inside its limit and one just outside.
 */
class AccessScenarioTest {

    static final Path TABLE = Path.of("src/test/resources/access/scenarios.csv");

    record Scenario(String list, int seq, String rule, String kase, String location, String industry, double share,
                    boolean control, String rep, String activity, LocalDate date, String expected) {
        @Override
        public String toString() {
            return list + "#" + seq + " rule " + rule + " " + kase + ": " + industry + " @" + share + (control ? " CN-control" : "")
                    + " rep " + rep + (activity == null ? "" : " activity '" + activity + "'") + " on " + date + " -> " + expected;
        }
    }

    static Stream<Scenario> scenarios() throws IOException {
        List<CsvParser.Row> rows = CsvParser.parse(Files.readString(TABLE, StandardCharsets.UTF_8));
        return rows.subList(1, rows.size()).stream().map(r -> {
            List<String> f = r.fields();
            return new Scenario(f.get(0), Integer.parseInt(f.get(1)), f.get(2), f.get(3), f.get(4), f.get(5),
                    Double.parseDouble(f.get(6)), Boolean.parseBoolean(f.get(7)), f.get(8), f.get(9).isEmpty() ? null : f.get(9),
                    LocalDate.parse(f.get(10)), f.get(11));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theEngineAgreesWithTheTable(Scenario s) {
        Proposal p = new Proposal(s.location(), List.of(s.industry()), s.activity(), s.share(), s.control(), s.rep(), "new_enterprise",
                "foreign", Proposal.COMMERCIAL_PRESENCE, s.date());
        AccessResult r = AccessFixtures.checker().check(p);
        assertThat(r.list().id()).isEqualTo(s.list());
        assertThat(r.verdict().id()).as(s.toString()).isEqualTo(s.expected());
    }

    @Test
    void everyMeasureThatReachesAnIndustryHasACaseInsideAndOutside() throws IOException {
        Map<String, Integer> perMeasure = new HashMap<>();
        scenarios().forEach(s -> perMeasure.merge(s.list() + "#" + s.seq(), 1, Integer::sum));
        for (NegativeListMeasure m : AccessFixtures.data().measures()) {
            boolean mapped = m.rules().stream().anyMatch(r -> !r.industries().isEmpty());
            if (mapped) {
                assertThat(perMeasure.getOrDefault(m.key(), 0)).as(m.key()).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
