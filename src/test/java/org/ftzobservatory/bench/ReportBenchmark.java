package org.ftzobservatory.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.report.AnnualReportBuilder;
import org.ftzobservatory.report.Report;
import org.ftzobservatory.report.ReportRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2021 annual report, built and written as HTML (the work of {@code ./ftz report} once Spring is up), against the
 * export of the whole dataset to YAML/CSV ({@code ./ftz export}) in the same run on the same database: both read every
 * feature's tables, so the export is the baseline for "how long reading the dataset takes here, now". Run with
 * bench/run-report.sh, not part of the test suite. Target (issue 15): the report in under 3 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/bench-pg-report", "ftz.db.embedded.clean=true",
        "ftz.db.url=${ftz.bench.db-url:}"})
class ReportBenchmark {

    static final int ROUNDS = Integer.getInteger("ftz.bench.rounds", 7);
    static final Path OUT = Path.of("target/bench");

    @Autowired
    DatasetService datasets;
    @Autowired
    DatasetExporter exporter;
    @Autowired
    AnnualReportBuilder builder;
    @Autowired
    ReportRenderer renderer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportAgainstDatasetExport() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("ftz.bench"), "benchmark: run bench/run-report.sh");
        if (jdbc.queryForObject("select count(*) from ftz", Long.class) == 0) {
            datasets.importDirectory(Path.of("data"), m -> { });
        }
        Files.createDirectories(OUT);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int[] size = new int[1];
        int[] cited = new int[1];
        Supplier<Object> report = () -> {
            Report r = builder.build(2021, Locale.SIMPLIFIED_CHINESE, null, "http://localhost:8080", m -> { });
            String html = renderer.html(r);
            size[0] = html.getBytes(StandardCharsets.UTF_8).length;
            cited[0] = r.colophon().cited();
            try {
                Files.writeString(OUT.resolve("report-2021.html"), html);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return r;
        };
        Supplier<Object> export = () -> exporter.export(OUT.resolve("export"), m -> { });
        // one warm-up round of each (JIT, template cache, connection pool), then alternate so load drifts hit both
        report.get();
        export.get();
        List<Double> reportMs = new ArrayList<>();
        List<Double> exportMs = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            reportMs.add(time(report));
            exportMs.add(time(export));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n2021 report (zh, HTML, %,d bytes, %d cited figures) vs dataset export, %d rounds after "
                        + "one warm-up; %d cores, Java %s, load average %.2f at start, %.2f at end%n%n", size[0], cited[0], ROUNDS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load, loadAfter));
        out.append("| job | p50 ms | min ms | max ms |\n|---|---|---|---|\n");
        out.append(row("report: AnnualReportBuilder.build + ReportRenderer.html", reportMs));
        out.append(row("baseline: DatasetExporter.export (whole dataset to YAML/CSV)", exportMs));
        out.append(String.format(Locale.ROOT, "%nreport / export at p50: %.2f; target report < 3000 ms: %s%n", median(reportMs) / median(exportMs),
                median(reportMs) < 3000 ? "met" : "NOT met"));
        System.out.println(out);
        Files.writeString(OUT.resolve("report.md"), out.toString());
    }

    static double time(Supplier<Object> job) {
        long t = System.nanoTime();
        job.get();
        return (System.nanoTime() - t) / 1e6;
    }

    static String row(String name, List<Double> ms) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", name, median(ms), ms.stream().min(Comparator.naturalOrder()).orElseThrow(),
                ms.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    static double median(List<Double> ms) {
        List<Double> s = ms.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
