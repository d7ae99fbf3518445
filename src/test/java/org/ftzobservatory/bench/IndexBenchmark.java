package org.ftzobservatory.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.ftzobservatory.evaluation.Framework;
import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;
import org.ftzobservatory.evaluation.Frameworks;
import org.ftzobservatory.evaluation.IndexEngine;
import org.ftzobservatory.kernel.Text;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluation index at scale (issue 15): 100 zones × 200 indicators × 10 years, each year scored with N = 1,000
 * weight draws (rank intervals and the indicators each rank depends on), one core. All values are synthetic, drawn
 * from a fixed seed (5 % missing; the three normalisations and missing policies mixed). The baseline in the same run is
 * the least any Monte Carlo over these weights must do: the 1,000 × 10 weighted sums of the 100 × 200 values, nothing
 * else. Run with bench/run-index.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class IndexBenchmark {

    static final int ZONES = 100;
    static final int DIMENSIONS = 5;
    static final int SUBS = 4;
    static final int PER_SUB = 10;
    static final int YEARS = 10;
    static final int DRAWS = 1000;

    private Framework framework;
    private double[][][] years;
    private double[] weights;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20211231L);
        Framework base = Frameworks.equal(DIMENSIONS, SUBS, PER_SUB, Missing.ZERO, DRAWS, 20211231L);
        Normalisation[] norms = Normalisation.values();
        Missing[] policies = Missing.values();
        List<Framework.Dimension> dims = new ArrayList<>();
        int n = 0;
        for (Framework.Dimension d : base.dimensions()) {
            List<Framework.SubDimension> subs = new ArrayList<>();
            for (Framework.SubDimension s : d.subdimensions()) {
                List<Framework.Indicator> inds = new ArrayList<>();
                for (Framework.Indicator i : s.indicators()) {
                    inds.add(Frameworks.indicator(i.id(), i.weight(), n % 7 == 0 ? Direction.LOWER : Direction.HIGHER,
                            norms[n % norms.length], policies[(n / 3) % policies.length]));
                    n++;
                }
                subs.add(new Framework.SubDimension(s.id(), s.name(), s.weight(), inds));
            }
            dims.add(new Framework.Dimension(d.id(), d.name(), d.weight(), subs));
        }
        framework = new Framework("bench", "1", "2026-12-06", Text.of("b", "b"), Text.of("b", "b"), List.of("ftz-report-2022:1-2"),
                base.sensitivity(), dims, "");
        int indicators = n;
        years = new double[YEARS][ZONES][indicators];
        for (double[][] year : years) {
            for (double[] zone : year) {
                for (int i = 0; i < indicators; i++) {
                    zone[i] = random.nextDouble() < 0.05 ? Double.NaN : random.nextInt(50) + random.nextDouble();
                }
            }
        }
        weights = new double[indicators];
        java.util.Arrays.fill(weights, 1.0 / indicators);
    }

    @Benchmark
    public int indexTenYears() {
        int check = 0;
        for (double[][] year : years) {
            IndexEngine.Outcome o = new IndexEngine(framework).run(year);
            check += o.zones().get(0).rankP95() == null ? 0 : o.zones().get(0).rankP95();
        }
        return check;
    }

    @Benchmark
    public double baselineWeightedSums() {
        double check = 0;
        for (double[][] year : years) {
            for (int k = 0; k < DRAWS; k++) {
                double w = 1 + k * 1e-6;
                for (double[] zone : year) {
                    double s = 0;
                    for (int i = 0; i < zone.length; i++) {
                        double v = zone[i];
                        if (v == v) {
                            s += weights[i] * w * v;
                        }
                    }
                    check += s;
                }
            }
        }
        return check;
    }
}
