package org.ftzobservatory.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure's scope must agree with its own note and name real places (issue 16). "Contradicts" is defined by
 * data/scope-notes.yaml (and the named regions' aliases): a rule whose pattern occurs in the note requires one of its kinds.
 */
class ScopeValidationTest {

    @TempDir
    Path dir;

    /** Sets the scope column of the given statistic ids; returns the 1-based line of each. */
    private Map<String, Integer> rescope(String file, Map<String, String> scopes) throws IOException {
        Path csv = dir.resolve("statistics/" + file);
        List<String> lines = Files.readAllLines(csv);
        Map<String, Integer> at = new java.util.HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String id = lines.get(i).substring(0, lines.get(i).indexOf(','));
            if (scopes.containsKey(id)) {
                String l = lines.get(i);
                lines.set(i, l.substring(0, l.lastIndexOf(',') + 1) + scopes.get(id));
                at.put(id, i + 1);
            }
        }
        Files.write(csv, lines);
        return at;
    }

    private List<String> problems() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetReader.read(dir, ReferenceData.load(Path.of("../shared/reference"))));
        assertThat(e).as("the dataset must be refused").isNotNull();
        return e.problems().stream().map(DatasetProblem::toString).toList();
    }

    @Test
    void aScopeContradictingItsNoteIsRefusedWithFileAndLine() throws IOException {
        BrokenDatasetTest.copy(Path.of("data"), dir);
        Map<String, Integer> c = rescope("part1-c.csv", Map.of(
                "s-c-124", "national",                            // note: Xinjiang (no FTZ in 2021)
                "s-c-054", "zone:shanghai",                       // note: Yangtze River Delta credit chain
                "s-c-063", "zone:chongqing"));                    // note: ... of the Chongqing and Sichuan FTZs
        Map<String, Integer> ab = rescope("part1-ab.csv", Map.of(
                "s-ab-227", "sub-zone:guangdong/qianhai-shekou",  // note: Shenzhen city as a whole
                "s-ab-004", "national"));                         // note: all 21 FTZs combined
        List<String> messages = problems();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-124")
                + ": scope: 'national' contradicts the note: the note says the place has no FTZ"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-054")
                + ": scope: 'zone:shanghai' contradicts the note: the note names the Yangtze River Delta"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-063")
                + ": scope: 'zone:chongqing' contradicts the note: the note names several FTZs together"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-ab.csv:" + ab.get("s-ab-227")
                + ": scope: 'sub-zone:guangdong/qianhai-shekou' contradicts the note: the note says the figure covers a whole city"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-ab.csv:" + ab.get("s-ab-004")
                + ": scope: 'national' contradicts the note: the note says the figure adds up all FTZs"));
        // the two zone scopes on national rows also name another place than their zone column
        assertThat(messages).hasSize(7);
    }

    @Test
    void unknownPlacesAndAZoneScopeOnAnotherZoneAreRefused() throws IOException {
        BrokenDatasetTest.copy(Path.of("data"), dir);
        Map<String, Integer> c = rescope("part1-c.csv", Map.of(
                "s-c-001", "zone:zhejiang",        // zone column says jiangsu
                "s-c-054", "region:atlantis",
                "s-c-124", "province:gotham",
                "s-c-003", "sub-zone:hainan"));    // grammar: needs ftz/subzone
        List<String> messages = problems();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-001")
                + ": scope: 'zone:zhejiang' names another place than zone 'jiangsu'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-054")
                + ": scope: 'atlantis' is not a region of regions-named.yaml"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-124")
                + ": scope: 'gotham' is not a province id"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("statistics/part1-c.csv:" + c.get("s-c-003")
                + ": scope: 'hainan' must be ftz/subzone"));
    }

    @Test
    void aCaseMetricMustNameItsScopeAndOnlyItsOwnZones() throws IOException {
        BrokenDatasetTest.copy(Path.of("data"), dir);
        Path cases = dir.resolve("innovations/part3-and-batch4.yaml");
        List<String> lines = Files.readAllLines(cases);
        int pingtan = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (pingtan < 0 && lines.get(i).contains("scope: \"sub-zone:hunan/chenzhou\"")) {
                lines.set(i, lines.get(i).replace("scope: \"sub-zone:hunan/chenzhou\"", "scope: \"sub-zone:guangdong/nansha\""));
                pingtan = i + 1;
            }
        }
        Files.write(cases, lines);
        int line = pingtan;
        assertThat(problems()).anySatisfy(m -> assertThat(m).startsWith("innovations/part3-and-batch4.yaml:" + line
                + ": scope: 'guangdong/nansha' is not one of the case's zones"));
    }

    @Test
    void theBundledDatasetHasAScopeForEveryFigureInWords() {
        Dataset d = DatasetReader.read(Path.of("data"), ReferenceData.load(Path.of("../shared/reference")));
        assertThat(d.get(org.ftzobservatory.statistics.StatisticsPart.Statistics.class).statistics()).allSatisfy(s -> assertThat(s.scope()).isNotNull());
        Map<String, org.ftzobservatory.statistics.StatisticsPart.Statistic> byId = new java.util.HashMap<>();
        d.get(org.ftzobservatory.statistics.StatisticsPart.Statistics.class).statistics().forEach(s -> byId.put(s.id(), s));
        assertThat(byId.get("s-c-063").scope().words().en()).isEqualTo("Chongqing and Sichuan FTZs");
        assertThat(byId.get("s-c-063").scope().words().zh()).isEqualTo("重庆、四川自贸试验区");
        assertThat(byId.get("s-ab-227").scope().words().en()).isEqualTo("Shenzhen city as a whole (Guangdong)");
        assertThat(byId.get("s-ab-227").scope().containedFtzs()).containsExactly("guangdong");
        assertThat(byId.get("s-c-054").scope().containedFtzs()).containsExactlyInAnyOrder("shanghai", "jiangsu", "zhejiang", "anhui");
        assertThat(byId.get("s-c-118").scope().containedFtzs()).isEmpty();   // Tibet: no FTZ
        assertThat(d.get(org.ftzobservatory.innovations.InnovationsPart.CaseLibrary.class).innovations()).allSatisfy(i -> assertThat(i.metrics()).allSatisfy(m -> assertThat(m.scope()).isNotNull()));
    }
}
