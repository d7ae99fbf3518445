package org.ftzobservatory.bench;

import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.CsvParser;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.ftzobservatory.tasks.Rollup;
import org.ftzobservatory.tasks.TaskImport;
import org.ftzobservatory.tasks.TaskReports;
import org.ftzobservatory.tasks.TaskStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pilot-task ledger benchmarks (run with bench/run-tasks.sh, not part of the test suite). All rows are synthetic, made
 * deterministically from the row number, and labelled synthetic in the database.
 * <ul>
 * <li>{@link #importCsvAndXlsx}: 100,000 rows written to target/bench as CSV and XLSX, imported through the real
 * {@link TaskImport} (checks, batches, one audit event per task, one transaction), against a plain JDBC batch insert of the
 * same rows into the same table in the same run; rows/s, the peak heap sampled every 10 ms and the peak heap left after a GC.
 * A 10,000-row CSV import first shows whether the heap grows with the file.</li>
 * <li>{@link #rollupsOverAMillionTasks}: 1,000,000 tasks; the rollup of one FTZ or sub-zone by domain with counts by
 * status, overdue and median days late ({@link TaskReports#rollup}), timed with V19's indexes, with V14's indexes and with
 * no index, and checked to give the same rows every time.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/bench-pg-tasks", "ftz.db.embedded.clean=true",
        "ftz.db.url=${ftz.bench.db-url:}", "ftz.clock.today=2021-12-31", "ftz.tasks.max-size=200MB"})
class TasksBenchmark {

    static final int IMPORT_ROWS = Integer.getInteger("ftz.bench.import-rows", 100_000);
    static final int ROLLUP_TASKS = Integer.getInteger("ftz.bench.tasks", 1_000_000);
    static final int ROUNDS = Integer.getInteger("ftz.bench.rounds", 5);
    static final String[] STATUSES = {"not_started", "in_progress", "implemented", "effective", "suspended"};
    static final Path OUT = Path.of("target/bench");

    @Autowired
    DatasetService datasets;
    @Autowired
    TaskImport imports;
    @Autowired
    TaskReports reports;
    @Autowired
    TaskStore store;
    @Autowired
    JdbcTemplate jdbc;

    List<String> zones;
    List<String> domains;

    @BeforeEach
    void dataset() {
        Assumptions.assumeTrue(Boolean.getBoolean("ftz.bench"), "benchmark: run bench/run-tasks.sh");
        if (jdbc.queryForObject("select count(*) from ftz", Long.class) == 0) {
            datasets.importDirectory(Path.of(System.getProperty("ftz.bench.data", "data")), m -> { });
        }
        zones = store.zoneRefs().stream().sorted().toList();
        domains = List.copyOf(store.domains().keySet());
        jdbc.execute("truncate pilot_task, pilot_plan");
    }

    @Test
    void importCsvAndXlsx() throws Exception {
        Files.createDirectories(OUT);
        Path csv10k = writeCsv(OUT.resolve("tasks-synthetic-10k.csv"), IMPORT_ROWS / 10);
        Path csv = writeCsv(OUT.resolve("tasks-synthetic-100k.csv"), IMPORT_ROWS);
        Path xlsx = writeXlsx(OUT.resolve("tasks-synthetic-100k.xlsx"), IMPORT_ROWS);
        Official admin = new Official(0, "bench", Role.NATIONAL_ADMIN, null);
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n%,d synthetic task rows (CSV %.1f MB, XLSX %.1f MB), %s, max heap %d MB%n%n", IMPORT_ROWS,
                Files.size(csv) / 1048576.0, Files.size(xlsx) / 1048576.0, machine(), Runtime.getRuntime().maxMemory() >> 20));
        out.append("| method | rows | seconds | rows/s | peak heap used MB (sampled) | peak heap after GC MB | heap after GC before run MB |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        out.append(phase("plain JDBC batch insert (baseline, 1,000 a batch)", IMPORT_ROWS, () -> jdbcInsert(IMPORT_ROWS)));
        out.append(phase("TaskImport, CSV, 10,000 rows", IMPORT_ROWS / 10,
                () -> imports.importFile(csv10k, csv10k.getFileName().toString(), admin, true, m -> { }).rows()));
        out.append(phase("TaskImport, CSV", IMPORT_ROWS,
                () -> imports.importFile(csv, csv.getFileName().toString(), admin, true, m -> { }).rows()));
        out.append(phase("TaskImport, XLSX", IMPORT_ROWS,
                () -> imports.importFile(xlsx, xlsx.getFileName().toString(), admin, true, m -> { }).rows()));
        System.out.println(out);
        Files.writeString(OUT.resolve("tasks-import.md"), out.toString());
    }

    @Test
    void rollupsOverAMillionTasks() throws Exception {
        long t0 = System.nanoTime();
        generateTasks(ROLLUP_TASKS);
        jdbc.execute("vacuum analyze pilot_task");
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n%,d synthetic tasks generated and vacuumed in %.1f s, %s%n", ROLLUP_TASKS,
                (System.nanoTime() - t0) / 1e9, machine()));
        List<String> scopes = new ArrayList<>(zones.stream().filter(z -> !z.contains("/")).toList());
        scopes.addAll(zones.stream().filter(z -> z.contains("/")).limit(10).toList());
        out.append(String.format("query: TaskReports.rollup(\"domain\", zone) — counts by status, overdue, median days late — for %d "
                + "scopes (%d FTZs, %d sub-zones) x %d rounds after one warm-up round%n%n", scopes.size(),
                scopes.stream().filter(z -> !z.contains("/")).count(), scopes.stream().filter(z -> z.contains("/")).count(), ROUNDS));
        out.append("| indexes | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        List<List<Rollup>> expected = new ArrayList<>();
        out.append(time("V19: (ftz_id, domain, status, deadline) and (zone_ref, domain, status, deadline)", scopes, expected));
        jdbc.execute("drop index pilot_task_ftz_rollup_idx");
        jdbc.execute("drop index pilot_task_zone_rollup_idx");
        jdbc.execute("create index pilot_task_ftz_idx on pilot_task (ftz_id, status, domain)");
        jdbc.execute("create index pilot_task_zone_idx on pilot_task (zone_ref, status)");
        jdbc.execute("vacuum analyze pilot_task");
        out.append(time("baseline: V14's (ftz_id, status, domain) and (zone_ref, status), as before V19", scopes, expected));
        jdbc.execute("drop index pilot_task_ftz_idx");
        jdbc.execute("drop index pilot_task_zone_idx");
        jdbc.execute("analyze pilot_task");
        out.append(time("baseline: no index on zone", scopes, expected));
        System.out.println(out);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("tasks-rollup.md"), out.toString());
    }

    /** Times every scope's rollup; the first phase records the rows, later phases must give the same rows. */
    private String time(String label, List<String> scopes, List<List<Rollup>> expected) {
        for (String z : scopes) {
            List<Rollup> r = reports.rollup("domain", new TaskStore.Filter(z, null, null, null, null));
            if (expected.size() < scopes.size()) {
                expected.add(r);
            } else if (!Objects.equals(expected.get(scopes.indexOf(z)), r)) {
                throw new AssertionError(label + ": rollup of " + z + " differs from the first phase");
            }
        }
        long[] ns = new long[scopes.size() * ROUNDS];
        int i = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String z : scopes) {
                long s = System.nanoTime();
                reports.rollup("domain", new TaskStore.Filter(z, null, null, null, null));
                ns[i++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(ns);
        return String.format("| %s | %.1f | %.1f | %.1f |%n", label, pct(ns, 50) / 1e6, pct(ns, 95) / 1e6, ns[ns.length - 1] / 1e6);
    }

    /** A million tasks in SQL: zone, domain, status and deadline are fixed functions of the row number. */
    private void generateTasks(int n) {
        for (String ftz : zones.stream().filter(z -> !z.contains("/")).toList()) {
            jdbc.update("insert into pilot_plan (id, plan_type, title_zh, zone_ref, ftz_id, synthetic, created_by) "
                    + "values (?, 'local', '合成方案（synthetic）', ?, ?, true, 'bench')", "syn-plan-" + ftz, ftz, ftz);
        }
        jdbc.update("""
                insert into pilot_task (id, plan_id, zone_ref, ftz_id, domain, content_zh, responsible_unit, deadline, status,
                                        reason, status_on, synthetic, updated_by)
                select 'syn-' || i, 'syn-plan-' || split_part(z, '/', 1), z, split_part(z, '/', 1), d, '合成任务 ' || i || '（synthetic）',
                       '合成责任单位', date '2020-01-01' + (i * 37 % 1461)::int, s, case when s = 'suspended' then 'synthetic' end,
                       date '2021-06-30', true, 'bench'
                  from (select i, (?::text[])[(1 + (i * 7919) % ?)::int] as z, (?::text[])[(1 + (i * 104729 / 7) % ?)::int] as d,
                               (?::text[])[(1 + (i * 31 / 3) % 5)::int] as s
                          from generate_series(1::bigint, ?) i) g""",
                zones.toArray(String[]::new), zones.size(), domains.toArray(String[]::new), domains.size(), STATUSES, n);
    }

    /** Synthetic row {@code i} in TaskImport's columns. */
    private List<String> row(int i) {
        String zone = zones.get((int) ((i * 7919L) % zones.size()));
        String ftz = zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
        String status = STATUSES[(int) ((i * 31L / 3) % 5)];
        return List.of(String.format("syn-%06d", i), "syn-plan-" + ftz, "local", "合成方案（synthetic）", ftz, "", "", "",
                zone, domains.get((int) ((i * 104729L / 7) % domains.size())), "合成任务 " + i + "（synthetic）", "synthetic task " + i,
                "合成责任单位", LocalDate.of(2020, 1, 1).plusDays(i * 37L % 1461).toString(), status,
                status.equals("suspended") ? "synthetic" : "", "", "2021-06-30");
    }

    private Path writeCsv(Path file, int n) throws Exception {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(CsvParser.formatRow(TaskImport.COLUMNS) + "\n");
            for (int i = 1; i <= n; i++) {
                w.write(CsvParser.formatRow(row(i)) + "\n");
            }
        }
        return file;
    }

    private Path writeXlsx(Path file, int n) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("pilot_tasks");
            cells(sheet.createRow(0), TaskImport.COLUMNS);
            for (int i = 1; i <= n; i++) {
                cells(sheet.createRow(i), row(i));
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }

    private static void cells(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    /** The baseline: the same plans and rows, inserted with JDBC batches and no checks, audit or history. */
    private int jdbcInsert(int n) {
        for (String ftz : zones.stream().filter(z -> !z.contains("/")).toList()) {
            jdbc.update("insert into pilot_plan (id, plan_type, title_zh, zone_ref, ftz_id, synthetic, created_by) "
                    + "values (?, 'local', '合成方案（synthetic）', ?, ?, true, 'bench')", "syn-plan-" + ftz, ftz, ftz);
        }
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<String> r = row(i);
            batch.add(new Object[] {r.get(0), r.get(1), r.get(8), r.get(4), r.get(9), r.get(10), r.get(11), r.get(12),
                    Date.valueOf(r.get(13)), r.get(14), r.get(15).isEmpty() ? null : r.get(15), Date.valueOf(r.get(17))});
            if (batch.size() == 1000 || i == n) {
                jdbc.batchUpdate("insert into pilot_task (id, plan_id, zone_ref, ftz_id, domain, content_zh, content_en, responsible_unit, "
                        + "deadline, status, reason, status_on, synthetic, updated_by) values (?,?,?,?,?,?,?,?,?,?,?,?,true,'bench')", batch);
                batch.clear();
            }
        }
        return n;
    }

    /** Runs one import with the heap sampled every 10 ms, then empties the ledger for the next one. */
    private String phase(String label, int rows, Supplier<Integer> run) throws Exception {
        System.gc();
        long before = afterGc();
        long[] peak = {0, 0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                peak[1] = Math.max(peak[1], afterGc());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long s = System.nanoTime();
        int done = run.get();
        double sec = (System.nanoTime() - s) / 1e9;
        sampler.interrupt();
        sampler.join();
        if (done != rows || jdbc.queryForObject("select count(*) from pilot_task", Long.class) != rows) {
            throw new AssertionError(label + ": " + done + " rows reported, expected " + rows);
        }
        jdbc.execute("truncate pilot_task, pilot_plan");
        // audit_event is append-only: the import's events stay (100,000 a run), as they would in production.
        jdbc.execute("vacuum analyze");
        return String.format("| %s | %,d | %.1f | %,.0f | %d | %d | %d |%n", label, rows, sec, rows / sec, peak[0] >> 20, peak[1] >> 20,
                before >> 20);
    }

    /** Heap in use right after the last collection, summed over the heap pools (what the GC found live). */
    private static long afterGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = p.getType() == MemoryType.HEAP ? p.getCollectionUsage() : null;
            sum += u == null ? 0 : u.getUsed();
        }
        return sum;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String machine() {
        return String.format("%d cores, Java %s, load average %.2f at start", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
