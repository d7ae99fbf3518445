package org.ftzobservatory.ops.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Issue 14 §2, database gone and back: {@code ftz serve} (a child JVM) runs on a PostgreSQL this driver owns (a zonky
 * embedded server on a fixed port, in a directory of its own — never the machine's shared server), under a read load
 * of API and page requests. The database is stopped for a while and started again on the same port and data. The node
 * must answer 503 (problem details for the API, a short page for browsers, never a stack trace, never a 500), report
 * not ready, and serve again by itself. Prints the timeline: stop, first 503, readiness down, restart, first 200.
 */
public final class DatabaseOutageDriver {

    /** One answer seen under load, {@code at} in ms from the stop. */
    record Seen(long at, String path, int status, String contentType, boolean stackTrace) {
    }

    public record Timeline(Map<String, Long> events, int requests, Map<Integer, Integer> statuses, List<String> violations) {
    }

    private static final String[] PATHS = {"/api/v1/zones", "/api/v1/documents?q=%E8%B4%B8%E6%98%93", "/api/v1/search?q=%E6%B5%B7%E5%85%B3",
            "/api/v1/innovations?domain=trade", "/zones", "/documents"};

    private final Path home;
    private final Path pgDir;
    private final PrintStream log;

    public DatabaseOutageDriver(Path home, Path pgDir, PrintStream log) {
        this.home = home;
        this.pgDir = pgDir;
        this.log = log;
    }

    public Timeline run(int outageSeconds, int workers) throws Exception {
        int pgPort = freePort();
        int appPort = freePort();
        EmbeddedPostgres pg = start(pgPort);
        try (ChildFtz app = ChildFtz.start(home, "serve", "--port", String.valueOf(appPort),
                "--ftz.db.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "--ftz.db.user=postgres")) {
            String base = "http://127.0.0.1:" + appPort;
            if (!app.awaitHttp200(base + "/actuator/health/readiness", Duration.ofMinutes(5))) {
                throw new IllegalStateException("server never became ready: " + app.tail());
            }
            ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<long[]> readiness = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            long[] t0 = {0};
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int offset = w;
                threads.add(started(new Thread(() -> load(base, offset, t0, seen, stop))));
            }
            threads.add(started(new Thread(() -> probe(base, t0, readiness, stop))));
            Thread.sleep(2_000); // load before the stop
            t0[0] = System.nanoTime();
            pg.close();
            long stopped = ms(t0[0]);
            Thread.sleep(outageSeconds * 1000L);
            // On a loaded machine the first request may still be waiting for its connection: the database stays away
            // until the outage has been seen (a 503 and readiness down), so the timeline always has both.
            long seenBy = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < seenBy && (seen.stream().noneMatch(s -> s.at() >= 0 && s.status() == 503)
                    || readiness.stream().noneMatch(r -> r[0] >= 0 && r[1] != 200))) {
                Thread.sleep(100);
            }
            long restartAt = ms(t0[0]);
            pg = start(pgPort);
            long restarted = ms(t0[0]);
            // Until the node answers 200 again by itself (bounded; the verdict below says if it never did).
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < until && seen.stream().noneMatch(s -> s.at() > restarted && s.status() == 200)) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000);
            stop.set(true);
            for (Thread t : threads) {
                t.join(60_000);
            }
            java.nio.file.Files.write(pgDir.resolveSibling("app.log"), app.lines());
            // kept beyond the test's temporary directory, so a 500 found under CI can be read afterwards
            java.nio.file.Path kept = Path.of("target", "faults", "outage-app.log");
            java.nio.file.Files.createDirectories(kept.getParent());
            java.nio.file.Files.write(kept, app.lines());
            return verdict(new ArrayList<>(seen), new ArrayList<>(readiness), stopped, restartAt, restarted);
        } finally {
            pg.close();
        }
    }

    private Timeline verdict(List<Seen> seen, List<long[]> readiness, long stopped, long restartAt, long restarted) {
        Map<String, Long> events = new LinkedHashMap<>();
        events.put("database stopped", stopped);
        seen.stream().filter(s -> s.at() >= 0 && s.status() == 503).mapToLong(Seen::at).min().ifPresent(t -> events.put("first 503", t));
        readiness.stream().filter(r -> r[0] >= 0 && r[1] != 200).mapToLong(r -> r[0]).min().ifPresent(t -> events.put("readiness down", t));
        events.put("restart begun", restartAt);
        events.put("database accepting connections", restarted);
        seen.stream().filter(s -> s.at() > restarted && s.status() == 200).mapToLong(Seen::at).min()
                .ifPresent(t -> events.put("first 200", t));
        readiness.stream().filter(r -> r[0] > restarted && r[1] == 200).mapToLong(r -> r[0]).min()
                .ifPresent(t -> events.put("readiness up", t));
        List<String> violations = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (Seen s : seen) {
            statuses.merge(s.status(), 1, Integer::sum);
            boolean api = s.path().startsWith("/api/");
            if (s.status() != 200 && s.status() != 503) {
                violations.add(s.status() + " on " + s.path() + " at " + s.at() + " ms");
            } else if (s.status() == 503 && api && !s.contentType().startsWith("application/problem+json")) {
                violations.add("503 on " + s.path() + " as " + s.contentType() + ", not a problem detail");
            }
            if (s.stackTrace()) {
                violations.add("stack trace in the answer to " + s.path() + " at " + s.at() + " ms");
            }
        }
        for (String e : List.of("first 503", "readiness down", "first 200", "readiness up")) {
            if (!events.containsKey(e)) {
                violations.add("never saw: " + e);
            }
        }
        events.forEach((k, v) -> log.printf("  t=%7.1f s  %s%n", v / 1000.0, k));
        log.printf("  %d requests under load, statuses %s, violations %d%s%n", seen.size(), statuses, violations.size(),
                violations.isEmpty() ? "" : ": " + violations.subList(0, Math.min(5, violations.size())));
        return new Timeline(events, seen.size(), statuses, violations);
    }

    private static void load(String base, int offset, long[] t0, ConcurrentLinkedQueue<Seen> seen, AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = offset; !stop.get(); i++) {
            String path = PATHS[i % PATHS.length];
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String body = r.body();
                seen.add(new Seen(t0[0] == 0 ? -1 : ms(t0[0]), path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                        body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")));
            } catch (IOException | InterruptedException e) {
                seen.add(new Seen(t0[0] == 0 ? -1 : ms(t0[0]), path, -1, e.getClass().getSimpleName(), false));
            }
        }
    }

    private static void probe(String base, long[] t0, ConcurrentLinkedQueue<long[]> readiness, AtomicBoolean stop) {
        HttpClient http = HttpClient.newHttpClient();
        while (!stop.get()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                readiness.add(new long[] {t0[0] == 0 ? -1 : ms(t0[0]), r.statusCode()});
                Thread.sleep(200);
            } catch (IOException e) {
                readiness.add(new long[] {t0[0] == 0 ? -1 : ms(t0[0]), -1});
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(pgDir).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(pgDir.resolveSibling("pg-bin").toFile()).start();
    }

    private static Thread started(Thread t) {
        t.start();
        return t;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** bench/run-db-outage.sh: {@code HOME WORKDIR OUTAGE_SECONDS WORKERS}. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]).toAbsolutePath();
        Timeline t = new DatabaseOutageDriver(Path.of(args[0]), work.resolve("pg"), System.out)
                .run(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.exit(t.violations().isEmpty() ? 0 : 1);
    }
}
