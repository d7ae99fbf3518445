package org.ftzobservatory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.extraction.ExtractionEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
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
 * Extraction of the whole report (../shared/seed/ftz-report-2022.txt, already decoded) on one thread: normalisation and
 * every extractor. The baseline in the same run is one plain regex scan of the same text for runs of digits, the least any
 * extractor of numbers must do. Run with bench/run-extract.sh, which turns the times into MB/s (UTF-8 bytes of the file).
 * Besides wall time, each benchmark counts the CPU time its thread used ({@link CpuTime}): on a machine shared with other
 * work the wall time also counts the time the thread waited for a core, the CPU time only what the work cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private ExtractionEngine engine;
    private String report;

    @Setup
    public void setUp() throws IOException {
        engine = ExtractionEngine.load(Path.of("data"), Path.of("../shared/reference"));
        report = Files.readString(Path.of("../shared/seed/ftz-report-2022.txt"), StandardCharsets.UTF_8);
    }

    /** CPU nanoseconds of the benchmark thread and operations, summed over an iteration (secondary results of JMH). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long ops;

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long started) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
            ops++;
        }
    }

    @Benchmark
    public int extractWholeReport(CpuTime cpu) {
        long t = cpu.start();
        int n = engine.extract("report", report).size();
        cpu.stop(t);
        return n;
    }

    @Benchmark
    public int normaliseOnly(CpuTime cpu) {
        long t = cpu.start();
        int n = engine.normalize(report).text().length();
        cpu.stop(t);
        return n;
    }

    @Benchmark
    public int baselineDigitScan(CpuTime cpu) {
        long t = cpu.start();
        Matcher m = DIGITS.matcher(report);
        int n = 0;
        while (m.find()) {
            n++;
        }
        cpu.stop(t);
        return n;
    }
}
