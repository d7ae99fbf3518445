package org.ftzobservatory.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;
import org.ftzobservatory.evaluation.IndexEngine.Treatment;
import org.junit.jupiter.api.Test;

/** The index arithmetic on numbers worked out by hand. */
class IndexEngineTest {

    static final double NA = Double.NaN;

    @Test
    void minMaxMapsTheRangeOntoZeroToOneAndLowerIsBetterReversesIt() {
        assertThat(IndexEngine.normalise(new double[] {2, 4, 10}, Normalisation.MIN_MAX, Direction.HIGHER))
                .containsExactly(0, 0.25, 1);
        assertThat(IndexEngine.normalise(new double[] {2, 4, 10}, Normalisation.MIN_MAX, Direction.LOWER))
                .containsExactly(1, 0.75, 0);
        assertThat(IndexEngine.normalise(new double[] {3, 3}, Normalisation.MIN_MAX, Direction.HIGHER)).containsExactly(0.5, 0.5);
        double[] withGap = IndexEngine.normalise(new double[] {1, NA, 3}, Normalisation.MIN_MAX, Direction.HIGHER);
        assertThat(withGap[0]).isZero();
        assertThat(withGap[1]).isNaN();
        assertThat(withGap[2]).isEqualTo(1);
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // mean 4, deviations -2, 0, 2: population sd = sqrt(8/3)
        double sd = Math.sqrt(8.0 / 3);
        double[] z = IndexEngine.normalise(new double[] {2, 4, 6}, Normalisation.Z_SCORE, Direction.HIGHER);
        assertThat(z[0]).isCloseTo(-2 / sd, within(1e-12));
        assertThat(z[1]).isCloseTo(0, within(1e-12));
        assertThat(z[2]).isCloseTo(2 / sd, within(1e-12));
        assertThat(IndexEngine.normalise(new double[] {5, 5, 5}, Normalisation.Z_SCORE, Direction.HIGHER)).containsExactly(0, 0, 0);
    }

    @Test
    void rankNormalisationGivesTiesTheirAverageRank() {
        // ascending: 1 (rank 1), 5 and 5 (ranks 2 and 3, average 2.5), 9 (rank 4); scaled (r - 1) / 3
        assertThat(IndexEngine.normalise(new double[] {5, 1, 9, 5}, Normalisation.RANK, Direction.HIGHER))
                .containsExactly(0.5, 0, 1, 0.5);
        assertThat(IndexEngine.normalise(new double[] {5, 1, 9, 5}, Normalisation.RANK, Direction.LOWER))
                .containsExactly(0.5, 1, 0, 0.5);
    }

    @Test
    void tiedScoresShareTheBetterRankAndTheNextRankIsSkipped() {
        assertThat(IndexEngine.ranks(new double[] {0.5, 0.9, 0.5, 0.1})).containsExactly(2, 1, 2, 4);
        assertThat(IndexEngine.ranks(new double[] {0.3, NA, 0.3})).as("no score, no rank").containsExactly(1, 0, 1);
        // 0.1 + 0.2 and 0.3 differ in the last bit: still a tie
        assertThat(IndexEngine.ranks(new double[] {0.1 + 0.2, 0.3})).containsExactly(1, 1);
    }

    @Test
    void missingValuesAreZeroTheMeanOrLeftOut() {
        double[] zero = {4, NA, 8};
        assertThat(IndexEngine.fillMissing(zero, Missing.ZERO)).containsExactly(Treatment.USED, Treatment.ZERO, Treatment.USED);
        assertThat(zero).containsExactly(4, 0, 8);
        double[] mean = {4, NA, 8};
        assertThat(IndexEngine.fillMissing(mean, Missing.MEAN)).containsExactly(Treatment.USED, Treatment.MEAN, Treatment.USED);
        assertThat(mean).containsExactly(4, 6, 8);
        double[] out = {4, NA, 8};
        assertThat(IndexEngine.fillMissing(out, Missing.EXCLUDE)).containsExactly(Treatment.USED, Treatment.EXCLUDED, Treatment.USED);
        assertThat(out[1]).isNaN();
    }

    @Test
    void anExcludedIndicatorLeavesItsSubDimensionAndTheOthersAreReweighted() {
        Framework f = Frameworks.flat(List.of(
                Frameworks.indicator("a", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE),
                Frameworks.indicator("b", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE)), 50, 1);
        // a: 0, 10, 5 → 0, 1, 0.5; b: 10, 0, missing → 1, 0, excluded
        IndexEngine.Outcome o = new IndexEngine(f).run(new double[][] {{0, 10}, {10, 0}, {5, NA}});
        assertThat(o.zones().get(0).score()).isCloseTo(0.5, within(1e-12));
        assertThat(o.zones().get(1).score()).isCloseTo(0.5, within(1e-12));
        assertThat(o.zones().get(2).score()).as("b left out: a alone, weight 1").isCloseTo(0.5, within(1e-12));
        assertThat(o.zones().get(2).treatments()).containsExactly(Treatment.USED, Treatment.EXCLUDED);
        assertThat(o.zones()).extracting(IndexEngine.ZoneOutcome::rank).containsExactly(1, 1, 1);
    }

    @Test
    void anIndicatorWithASingleValueComparesNoOneAndIsLeftOutForEveryZone() {
        Framework f = Frameworks.flat(List.of(
                Frameworks.indicator("a", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE),
                Frameworks.indicator("only-one", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE)), 50, 1);
        IndexEngine.Outcome o = new IndexEngine(f).run(new double[][] {{1, 73.1}, {3, NA}});
        assertThat(o.zones().get(0).treatments()[1]).isEqualTo(Treatment.EXCLUDED);
        assertThat(o.zones().get(0).score()).isZero();
        assertThat(o.zones().get(1).score()).isEqualTo(1);
    }

    @Test
    void aPolicyFillsGapsAmongDataNotAVoid() {
        Framework f = Frameworks.flat(List.of(
                Frameworks.indicator("a", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE),
                Frameworks.indicator("no-data-this-year", 0.5, Direction.HIGHER, Normalisation.MIN_MAX, Missing.ZERO)), 50, 1);
        IndexEngine.Outcome o = new IndexEngine(f).run(new double[][] {{1, NA}, {3, NA}, {2, NA}});
        assertThat(o.zones()).allSatisfy(z -> assertThat(z.treatments()[1]).isEqualTo(Treatment.EXCLUDED));
        assertThat(o.zones()).extracting(IndexEngine.ZoneOutcome::score).containsExactly(0.0, 1.0, 0.5);
    }

    @Test
    void aZoneWithoutAnyValueHasNoScoreAndNoRank() {
        Framework f = Frameworks.flat(List.of(Frameworks.indicator("a", 1, Direction.HIGHER, Normalisation.MIN_MAX, Missing.EXCLUDE)), 20, 1);
        IndexEngine.Outcome o = new IndexEngine(f).run(new double[][] {{1}, {NA}, {2}});
        assertThat(o.zones().get(1).score()).isNull();
        assertThat(o.zones().get(1).rank()).isNull();
        assertThat(o.zones().get(2).rank()).isEqualTo(1);
    }

    @Test
    void theDimensionScoreIsTheWeightedMeanOfItsSubDimensions() {
        Framework f = Frameworks.equal(2, 2, 1, Missing.EXCLUDE, 20, 1);
        // indicators i0, i1 in d0; i2, i3 in d1. zone 0: 0, 1, 1, 1 (after min-max with zone 1's 1, 0, 0, 0)
        IndexEngine.Outcome o = new IndexEngine(f).run(new double[][] {{0, 1, 1, 1}, {1, 0, 0, 0}});
        assertThat(o.zones().get(0).dimensions()).containsExactly(0.5, 1);
        assertThat(o.zones().get(0).score()).isEqualTo(0.75);
        assertThat(o.zones().get(1).score()).isEqualTo(0.25);
    }

    @Test
    void theSensitivityIsTheSameUnderTheSameSeed() {
        double[][] raw = new double[12][6];
        java.util.Random r = new java.util.Random(7);
        for (double[] row : raw) {
            for (int i = 0; i < row.length; i++) {
                row[i] = r.nextInt(5);
            }
        }
        IndexEngine.Outcome a = new IndexEngine(Frameworks.equal(2, 1, 3, Missing.ZERO, 300, 42)).run(raw);
        IndexEngine.Outcome b = new IndexEngine(Frameworks.equal(2, 1, 3, Missing.ZERO, 300, 42)).run(raw);
        assertThat(a.zones()).extracting(IndexEngine.ZoneOutcome::rankP5).containsExactlyElementsOf(
                b.zones().stream().map(IndexEngine.ZoneOutcome::rankP5).toList());
        assertThat(a.zones()).extracting(IndexEngine.ZoneOutcome::rankP95).containsExactlyElementsOf(
                b.zones().stream().map(IndexEngine.ZoneOutcome::rankP95).toList());
        assertThat(a.zones()).extracting(z -> z.dependsOn().toString()).containsExactlyElementsOf(
                b.zones().stream().map(z -> z.dependsOn().toString()).toList());
    }

    @Test
    void theNearestRankPercentileOfAThousandDrawsIsThe50thAndThe950th() {
        assertThat(IndexEngine.percentileIndex(1000, 0.05)).isEqualTo(49);
        assertThat(IndexEngine.percentileIndex(1000, 0.95)).isEqualTo(949);
        assertThat(IndexEngine.percentileIndex(10, 0.05)).isZero();
    }
}
