package org.ftzobservatory.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;

/** Properties of the index arithmetic and the formula parser over random inputs. */
class IndexProperties {

    @Provide
    Arbitrary<double[][]> matrices() {
        return Arbitraries.integers().between(2, 15).flatMap(zones -> Arbitraries.integers().between(1, 4).flatMap(cols ->
                Arbitraries.oneOf(Arbitraries.doubles().between(-1000, 1000), Arbitraries.of(0.0, 1.0, Double.NaN))
                        .array(double[].class).ofSize(cols * 2).array(double[][].class).ofSize(zones)));
    }

    @Property(tries = 150)
    void rankIntervalsAlwaysContainThePointRank(@ForAll("matrices") double[][] raw, @ForAll @LongRange(min = 1, max = 1000) long seed,
                                                @ForAll Missing missing) {
        Framework f = Frameworks.equal(2, 1, raw[0].length / 2, missing, 60, seed);
        IndexEngine.Outcome o = new IndexEngine(f).run(raw);
        int ranked = (int) o.zones().stream().filter(z -> z.rank() != null).count();
        for (IndexEngine.ZoneOutcome z : o.zones()) {
            if (z.rank() == null) {
                assertThat(z.rankP5()).isNull();
                continue;
            }
            assertThat(z.rankP5()).isBetween(1, z.rank());
            assertThat(z.rankP95()).isBetween(z.rank(), ranked);
        }
    }

    @Property(tries = 100)
    void theSameSeedGivesTheSameIntervals(@ForAll("matrices") double[][] raw, @ForAll @LongRange(min = 1, max = 1000) long seed) {
        Framework f = Frameworks.equal(1, 2, raw[0].length / 2, Missing.MEAN, 40, seed);
        IndexEngine.Outcome a = new IndexEngine(f).run(raw);
        IndexEngine.Outcome b = new IndexEngine(f).run(raw);
        for (int z = 0; z < raw.length; z++) {
            assertThat(a.zones().get(z).rankP5()).isEqualTo(b.zones().get(z).rankP5());
            assertThat(a.zones().get(z).rankP95()).isEqualTo(b.zones().get(z).rankP95());
        }
    }

    @Property(tries = 200)
    void minMaxAndRankStayWithinZeroAndOneAndKeepTheOrder(@ForAll("column") double[] column, @ForAll Direction direction,
                                                          @ForAll("bounded") Normalisation how) {
        double[] n = IndexEngine.normalise(column, how, direction);
        for (int i = 0; i < column.length; i++) {
            assertThat(Double.isNaN(n[i])).isEqualTo(Double.isNaN(column[i]));
            if (!Double.isNaN(n[i])) {
                assertThat(n[i]).isBetween(0.0, 1.0);
            }
            for (int j = 0; j < column.length; j++) {
                if (!Double.isNaN(column[i]) && !Double.isNaN(column[j]) && column[i] < column[j]) {
                    if (direction == Direction.HIGHER) {
                        assertThat(n[i]).isLessThan(n[j]);
                    } else {
                        assertThat(n[i]).isGreaterThan(n[j]);
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void zScoresHaveMeanZero(@ForAll("column") double[] column) {
        double[] z = IndexEngine.normalise(column, Normalisation.Z_SCORE, Direction.HIGHER);
        double sum = 0;
        int n = 0;
        for (double v : z) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n > 0) {
            assertThat(Math.abs(sum / n)).isLessThan(1e-9);
        }
    }

    @Property(tries = 200)
    void ranksAreCompetitionRanks(@ForAll("column") double[] scores) {
        int[] r = IndexEngine.ranks(scores);
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                assertThat(r[i]).isZero();
                continue;
            }
            int better = 0;
            for (double s : scores) {
                if (!Double.isNaN(s) && s > scores[i] + IndexEngine.TIE * Math.max(1, Math.abs(scores[i]))) {
                    better++;
                }
            }
            assertThat(r[i]).isEqualTo(better + 1);
        }
    }

    @Property(tries = 300)
    void aFormulaReadsBackAsWritten(@ForAll("names") String source, @ForAll("params") Map<String, String> params) {
        Formula f = new Formula(source, params);
        assertThat(Formula.parse(f.toString())).isEqualTo(f);
        assertThat(Formula.parse(" " + f.toString().replace(",", " , ") + " ")).isEqualTo(f);
    }

    @Property(tries = 300)
    void anyTextEitherParsesOrSaysWhy(@ForAll @net.jqwik.api.constraints.StringLength(max = 80) String text) {
        try {
            Formula f = Formula.parse(text);
            assertThat(f.source()).matches("[a-z][a-z0-9_]*");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<double[]> column() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.of(0.0, 1.0, 2.0, Double.NaN))
                .array(double[].class).ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Normalisation> bounded() {
        return Arbitraries.of(Normalisation.MIN_MAX, Normalisation.RANK);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<Map<String, String>> params() {
        Arbitrary<String> value = Arbitraries.strings().withChars("abcxyz019_.-").ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("+", l));
        return Arbitraries.maps(names(), value).ofMaxSize(4);
    }

    @Property(tries = 50)
    void drawsOfAnyCountGiveIntervalsWithinTheField(@ForAll @IntRange(min = 10, max = 200) int draws) {
        double[][] raw = {{1, 2}, {2, 1}, {3, 3}, {0, 0}};
        IndexEngine.Outcome o = new IndexEngine(Frameworks.equal(1, 1, 2, Missing.ZERO, draws, draws)).run(raw);
        assertThat(o.draws()).isEqualTo(draws);
        o.zones().forEach(z -> assertThat(z.rankP95()).isLessThanOrEqualTo(4));
    }
}
