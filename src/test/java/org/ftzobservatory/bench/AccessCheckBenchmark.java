package org.ftzobservatory.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.ftzobservatory.access.AccessChecker;
import org.ftzobservatory.access.AccessFixtures;
import org.ftzobservatory.access.IndustryMapping;
import org.ftzobservatory.access.MeasureRule;
import org.ftzobservatory.access.NegativeListMeasure;
import org.ftzobservatory.access.Proposal;
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
 * Access checks per second on one core, over 1,000 prepared proposals (fixed seed), each a full check with the comparison
 * list. The baseline, measured in the same run, is the obvious implementation: scan every measure's mappings and keywords
 * for each proposal, without the compiled per-code index. Run with bench/run-access.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AccessCheckBenchmark {

    private AccessChecker checker;
    private List<Proposal> proposals;
    private List<NegativeListMeasure> measures;
    private int next;

    @Setup
    public void setUp() {
        checker = AccessFixtures.checker();
        proposals = AccessFixtures.proposals(1000, 20211227L);
        measures = AccessFixtures.data().measures();
    }

    @Benchmark
    public Object engine() {
        Proposal p = proposals.get(next++ % 1000);
        return checker.check(p).verdict();
    }

    /** Counts the rules each proposal falls under by scanning everything: the work the compiled index saves. */
    @Benchmark
    public int baselineLinearScan() {
        Proposal p = proposals.get(next++ % 1000);
        int hits = 0;
        String activity = p.activity() == null ? null : p.activity().toLowerCase(Locale.ROOT);
        for (int pass = 0; pass < 2; pass++) {
            for (NegativeListMeasure m : measures) {
                for (MeasureRule r : m.rules()) {
                    for (IndustryMapping i : r.industries()) {
                        for (String code : p.industries()) {
                            if (code.startsWith(i.code()) || i.code().startsWith(code)) {
                                hits++;
                            }
                        }
                    }
                    if (activity != null) {
                        for (String k : r.keywords()) {
                            if (activity.contains(k)) {
                                hits++;
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
