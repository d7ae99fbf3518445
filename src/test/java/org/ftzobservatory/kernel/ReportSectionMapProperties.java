package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.ftzobservatory.kernel.ReportSectionMap.Section;
import org.ftzobservatory.kernel.SourceRef.LineRange;

/** Section lookup on the bundled map: the deepest unit holding a range, or the common parent of the units it spans. */
class ReportSectionMapProperties {

    static final ReportSectionMap MAP = CitationsTest.MAP;

    @Provide
    Arbitrary<LineRange> ranges() {
        return Combinators.combine(Arbitraries.integers().between(1, MAP.lineCount()), Arbitraries.integers().between(0, 400))
                .as((from, length) -> new LineRange(from, Math.min(MAP.lineCount(), from + length)));
    }

    @Property(tries = 2000)
    void theCitedUnitHoldsTheRangeAndNoChildOfItDoes(@ForAll("ranges") LineRange range) {
        List<Section> path = MAP.path(List.of(range));
        for (Section s : path) {
            assertThat(s.covers(range)).as("%s holds %s", s.title().en(), range).isTrue();
        }
        List<Section> below = path.isEmpty() ? MAP.sections() : path.get(path.size() - 1).children();
        assertThat(below).noneMatch(child -> child.covers(range));
    }

    @Property(tries = 2000)
    void aRangeSpanningTwoSiblingsCitesTheirParent(@ForAll("ranges") LineRange a, @ForAll("ranges") LineRange b) {
        List<Section> pathA = MAP.path(List.of(a));
        List<Section> pathB = MAP.path(List.of(b));
        List<Section> common = new ArrayList<>();
        for (int i = 0; i < Math.min(pathA.size(), pathB.size()) && pathA.get(i).equals(pathB.get(i)); i++) {
            common.add(pathA.get(i));
        }
        assertThat(MAP.path(List.of(a, b))).isEqualTo(common);
    }

    @Property(tries = 500)
    void aSingleLineInsideAUnitNeverClimbsAboveIt(@ForAll("ranges") LineRange range) {
        LineRange line = new LineRange(range.from(), range.from());
        List<Section> wide = MAP.path(List.of(range));
        List<Section> narrow = MAP.path(List.of(line));
        assertThat(narrow.size()).isGreaterThanOrEqualTo(wide.size());
        assertThat(narrow.subList(0, wide.size())).isEqualTo(wide);
    }
}
