package org.ftzobservatory.ops.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.ftzobservatory.dataset.DatasetImporter;

/**
 * Issue 14 §2, crash-safe import: {@code ftz import} is killed with SIGKILL at random moments while it replaces one
 * dataset with another; after every kill the database must hold exactly the old dataset or exactly the new one (row
 * count and content hash of every dataset table), and a server started afterwards must serve it.
 *
 * <p>The two datasets are the bundled {@code data/} ("old") and a copy that leaves out ten statistics nothing refers to
 * and carries another version ("new"), so the two differ in rows, content and header. Used by {@code ImportCrashIT}
 * (3 tries, kill points after chosen progress lines) and by {@code bench/run-import-crash.sh} (20+ tries, kill at a
 * uniformly random time between launch and the end of a normal import).
 */
public final class ImportCrashDriver {

    /** Row count and md5 of the sorted rows of every dataset table: equal fingerprints, equal content. */
    public record Fingerprint(Map<String, String> tables) {
        String rows(String table) {
            return tables.get(table).split(" ")[0];
        }
    }

    public record Outcome(int attempt, String target, long killedAtMs, String lastProgress, String state) {
    }

    private final Path home;
    private final String dbUrl;
    private final Path oldDir;
    private final Path newDir;
    private final PrintStream log;
    Fingerprint oldPrint;
    Fingerprint newPrint;
    long importMillis;
    /** From the "validated" progress line (the write transaction begins) to the end of a clean import. */
    long writeMillis;

    public ImportCrashDriver(Path home, String dbUrl, Path work, PrintStream log) {
        this.home = home;
        this.dbUrl = dbUrl;
        this.oldDir = home.resolve("data");
        this.newDir = work.resolve("data-new");
        this.log = log;
    }

    /** Writes the new dataset, imports new then old without faults: the two reference fingerprints. */
    public void prepare() throws Exception {
        writeNewDataset();
        int code = importFully(newDir);
        require(code == 0, "clean import of the new dataset failed");
        newPrint = fingerprint();
        long t0 = System.nanoTime();
        require(importFully(oldDir) == 0, "clean import of the old dataset failed");
        importMillis = (System.nanoTime() - t0) / 1_000_000;
        oldPrint = fingerprint();
        require(!oldPrint.equals(newPrint), "the two datasets must differ");
        log.printf("reference: old statistics=%s, new statistics=%s; a clean import took %d ms (launch to exit), %d ms of"
                + " it from validation to exit%n", oldPrint.rows("statistic"), newPrint.rows("statistic"), importMillis, writeMillis);
    }

    private int importFully(Path dir) throws Exception {
        try (ChildFtz c = ChildFtz.start(home, "import", dir.toString(), "--ftz.db.url=" + dbUrl, "--ftz.db.user=postgres")) {
            c.awaitLine(l -> l.contains("validated:"), Duration.ofMinutes(10));
            long validatedAt = c.millisSinceStart();
            int code = c.await(Duration.ofMinutes(10));
            writeMillis = c.millisSinceStart() - validatedAt;
            if (code != 0) {
                log.println(c.tail());
            }
            return code;
        }
    }

    /**
     * One try: starts the import of the dataset the database does not hold, kills it after {@code delayMs} (from
     * launch, or from the first line matching {@code afterLine} when given), and classifies what the database holds.
     */
    public Outcome attempt(int n, String afterLine, long delayMs) throws Exception {
        Fingerprint before = fingerprint();
        boolean holdsOld = before.equals(oldPrint);
        require(holdsOld || before.equals(newPrint), "database neither old nor new before try " + n);
        Path target = holdsOld ? newDir : oldDir;
        long killedAt;
        String progress;
        try (ChildFtz c = ChildFtz.start(home, "import", target.toString(), "--ftz.db.url=" + dbUrl, "--ftz.db.user=postgres")) {
            if (afterLine != null) {
                require(c.awaitLine(l -> l.contains(afterLine), Duration.ofMinutes(5)), "never printed '" + afterLine + "': " + c.tail());
            }
            Thread.sleep(delayMs);
            progress = c.alive() ? c.lastProgress() : "(import had finished: " + c.lastProgress() + ")";
            killedAt = c.millisSinceStart();
            c.kill();
        }
        Fingerprint after = fingerprint();
        String state = after.equals(oldPrint) ? "old" : after.equals(newPrint) ? "new" : "MIXED";
        Outcome o = new Outcome(n, holdsOld ? "old→new" : "new→old", killedAt, progress, state);
        log.printf("try %2d  %-8s killed at %6d ms  last progress: %-60s  database holds: %s%n", n, o.target(), killedAt,
                shorten(progress), state);
        return o;
    }

    /**
     * The next start serves what the database holds: {@code ftz serve} with the dataset directory the database holds
     * (so it finds nothing to re-import) becomes ready and its API counts the statistics of that dataset.
     */
    public String serveAndCount(int port) throws Exception {
        boolean holdsOld = fingerprint().equals(oldPrint);
        Path dir = holdsOld ? oldDir : newDir;
        try (ChildFtz c = ChildFtz.start(home, "serve", "--port", String.valueOf(port), "--ftz.data-dir=" + dir,
                "--ftz.db.url=" + dbUrl, "--ftz.db.user=postgres")) {
            require(c.awaitHttp200("http://127.0.0.1:" + port + "/actuator/health/readiness", Duration.ofMinutes(5)),
                    "server never became ready: " + c.tail());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/statistics?size=1")).build(), HttpResponse.BodyHandlers.ofString());
            String total = r.body().replaceAll("(?s).*\"total\":(\\d+).*", "$1");
            String expected = (holdsOld ? oldPrint : newPrint).rows("statistic");
            log.printf("next start: ready, serves %s statistics; the database holds the %s dataset (%s statistics)%n", total,
                    holdsOld ? "old" : "new", expected);
            return total.equals(expected) ? "served " + (holdsOld ? "old" : "new") : "served " + total + " statistics, expected " + expected;
        }
    }

    public Fingerprint fingerprint() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for all tables
            for (String table : DatasetImporter.tablesChildFirst()) {
                String rows = table.equals("dataset_meta") ? "(select version, content_hash from dataset_meta) t" : table + " t";
                try (ResultSet rs = s.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                        + " from " + rows)) {
                    rs.next();
                    out.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
            c.rollback();
        }
        return new Fingerprint(out);
    }

    private void writeNewDataset() throws IOException {
        try (Stream<Path> files = Files.walk(oldDir)) {
            for (Path f : files.toList()) {
                Path to = newDir.resolve(oldDir.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Ten statistics no other record refers to (s-ab-219 … s-ab-228) are left out: a real subset, no invented rows.
        Path stats = newDir.resolve("statistics/part1-ab.csv");
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(stats, StandardCharsets.UTF_8)) {
            if (!line.matches("s-ab-(219|22[0-8]),.*")) {
                kept.add(line);
            }
        }
        Files.write(stats, kept, StandardCharsets.UTF_8);
        Path info = newDir.resolve("dataset.yaml");
        Files.writeString(info, Files.readString(info, StandardCharsets.UTF_8).replaceFirst("version: \"([^\"]+)\"",
                "version: \"$1-crashtest\""), StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** bench/run-import-crash.sh: {@code HOME DB_URL WORKDIR TRIES SEED PORT}. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        ImportCrashDriver d = new ImportCrashDriver(home, args[1], Files.createDirectories(Path.of(args[2])), System.out);
        int tries = Integer.parseInt(args[3]);
        Random random = new Random(Long.parseLong(args[4]));
        d.prepare();
        Map<String, Integer> tally = new LinkedHashMap<>(Map.of("old", 0, "new", 0, "MIXED", 0));
        long window = d.importMillis * 11 / 10;
        long writeWindow = d.writeMillis * 12 / 10;
        for (int i = 1; i <= tries; i++) {
            // Odd tries: anywhere from launch (start-up, reading, writing, commit). Even tries: within the write
            // transaction (from the "validated" line), where a crash could leave a mix if anything were not atomic.
            Outcome o = i % 2 == 1 ? d.attempt(i, null, (long) (random.nextDouble() * window))
                    : d.attempt(i, "validated:", (long) (random.nextDouble() * writeWindow));
            tally.merge(o.state(), 1, Integer::sum);
        }
        String served = d.serveAndCount(Integer.parseInt(args[5]));
        System.out.printf("%n%d tries (odd: kill at a uniform random time in [0, %d ms] after launch; even: in [0, %d ms] after"
                + " the \"validated\" line): old %d, new %d, mixed %d; %s%n", tries, window, writeWindow, tally.get("old"),
                tally.get("new"), tally.get("MIXED"), served);
        if (tally.get("MIXED") > 0 || !served.startsWith("served")) {
            System.exit(1);
        }
    }
}
