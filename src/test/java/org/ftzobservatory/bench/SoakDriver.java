package org.ftzobservatory.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.access.AccessFixtures;
import org.ftzobservatory.access.Proposal;

/**
 * Open-loop soak of the public read mix (issue 14 §3): zones, a zone, documents, case search with varied queries, access
 * checks (POST) and zone pages (HTML), plus a baseline class, {@code GET /actuator/health/liveness}, interleaved in the
 * same schedule so it meets the same server load. Requests leave at fixed times whatever the server does, and each
 * latency is measured from its scheduled time, so queueing in a stalled server shows in the tail (no coordinated omission).
 * The server's RSS is read from /proc at the start, after the warm-up and every 10 s.
 *
 * <p>Usage: SoakDriver BASE_URL SERVER_PID RATES SECONDS_PER_RATE WARMUP_SECONDS DATA_DIR, e.g.
 * {@code http://127.0.0.1:8203 4711 500,1000 60 20 data}.
 */
public final class SoakDriver {

    /** Classes of the mix and their share of requests (per mille); the baseline is the last. */
    enum Kind {
        ZONES("GET /api/v1/zones", 120), ZONE("GET /api/v1/zones/{id}", 100), DOCUMENTS("GET /api/v1/documents?q=", 150),
        CASE_SEARCH("GET /api/v1/innovations?q=", 200), ACCESS_CHECK("POST /api/v1/access-checks", 150),
        ZONE_PAGE("GET /zones/{id} (HTML)", 180), BASELINE("GET /actuator/health/liveness (baseline)", 100);

        final String label;
        final int share;

        Kind(String label, int share) {
            this.label = label;
            this.share = share;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int[] rates = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        Path data = Path.of(args[5]);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Mix mix = Mix.load(client, base, data);
        System.out.printf(Locale.ROOT, "mix: %d zones, %d search queries, %d access-check bodies; load average %s%n",
                mix.zones.size(), mix.queries.size(), mix.bodies.size(), loadAverage());
        long rssStart = rssKb(pid);
        System.out.printf(Locale.ROOT, "server RSS at start: %d MB%n", rssStart / 1024);
        run(client, base, mix, pid, rates[0], warmup, new Random(1));
        long rssWarm = rssKb(pid);
        System.out.printf(Locale.ROOT, "server RSS after %d s warm-up at %d req/s: %d MB; load average %s%n", warmup, rates[0],
                rssWarm / 1024, loadAverage());
        List<String> table = new ArrayList<>();
        table.add("| rate req/s | class | requests | achieved req/s | p50 ms | p99 ms | max ms | errors | 5xx |");
        table.add("|---|---|---|---|---|---|---|---|---|");
        List<String> rss = new ArrayList<>();
        for (int rate : rates) {
            String loadBefore = loadAverage();
            Phase p = run(client, base, mix, pid, rate, seconds, new Random(rate));
            table.addAll(p.rows(rate));
            rss.add(String.format(Locale.ROOT, "%d req/s × %d s: load average %s before, %s after; server RSS every 10 s (MB): %s",
                    rate, seconds, loadBefore, loadAverage(), p.rssMb));
            p.failures.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                    .forEach(f -> rss.add("  no answer (" + f.getValue() + "×): " + f.getKey()));
        }
        System.out.printf(Locale.ROOT, "server RSS at end: %d MB (start %d MB, after warm-up %d MB)%n", rssKb(pid) / 1024,
                rssStart / 1024, rssWarm / 1024);
        rss.forEach(System.out::println);
        table.forEach(System.out::println);
        pool.shutdownNow();
        System.exit(0);
    }

    /** What the requests are made of: zone ids from the API, queries from the search glossary, access-check bodies. */
    record Mix(List<String> zones, List<Integer> batches, List<String> queries, List<String> bodies) {

        static Mix load(HttpClient client, String base, Path data) throws Exception {
            String zonesJson = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/zones?size=200")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> zones = new ArrayList<>();
            Matcher m = Pattern.compile("\"id\":\"([a-z0-9_-]+)\"").matcher(zonesJson);
            while (m.find()) {
                zones.add(m.group(1));
            }
            if (zones.isEmpty()) {
                throw new IllegalStateException("no zones from " + base + "/api/v1/zones: " + zonesJson);
            }
            // the batch filter takes an approval year (2013, 2015 …): read them from the zones, not numbered 1-6
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            Matcher b = Pattern.compile("\"batch\":(\\d+)").matcher(zonesJson);
            while (b.find()) {
                years.add(Integer.parseInt(b.group(1)));
            }
            List<String> queries = new ArrayList<>();
            Matcher t = Pattern.compile("\\{zh: ([^,}]+), en: ([^}]+)}").matcher(Files.readString(data.resolve("search-terms.yaml")));
            while (t.find()) {
                queries.add(t.group(1).trim());
                queries.add(t.group(2).trim());
            }
            // Short and out-of-vocabulary input takes the trigram fallback, a different plan.
            queries.addAll(List.of("海关", "数据", "信用", "审批", "人才", "税", "跨", "ab", "xyz123", "保税 维修"));
            List<String> bodies = new ArrayList<>();
            for (Proposal p : AccessFixtures.proposals(500, 20211227L)) {
                bodies.add(AccessLoadDriver.json(p));
            }
            return new Mix(zones, List.copyOf(years), queries, bodies);
        }

        HttpRequest request(Kind kind, Random r, String base) {
            String path = switch (kind) {
                case ZONES -> r.nextBoolean() ? "/api/v1/zones" : "/api/v1/zones?batch=" + batches.get(r.nextInt(batches.size()));
                case ZONE -> "/api/v1/zones/" + pick(zones, r);
                case DOCUMENTS -> "/api/v1/documents?q=" + enc(pick(queries, r)) + (r.nextInt(3) == 0 ? "&page=2&size=10" : "");
                case CASE_SEARCH -> "/api/v1/innovations?q=" + enc(pick(queries, r))
                        + (r.nextInt(4) == 0 ? "&zone=" + pick(zones, r) : "");
                case ZONE_PAGE -> "/zones/" + pick(zones, r);
                case BASELINE -> "/actuator/health/liveness";
                case ACCESS_CHECK -> "/api/v1/access-checks";
            };
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
            if (kind == Kind.ACCESS_CHECK) {
                return b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(pick(bodies, r))).build();
            }
            return b.GET().build();
        }

        private static String pick(List<String> from, Random r) {
            return from.get(r.nextInt(from.size()));
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** One phase's outcome per class: latencies from the scheduled time (µs), errors (no answer or not 2xx) and 5xx. */
    static final class Phase {
        final Kind[] kinds;
        final long[] micros;
        final int[] status;
        final double seconds;
        final List<Long> rssMb = new ArrayList<>();
        /** Why requests failed on the client side (no answer): exception and message, counted. */
        final java.util.concurrent.ConcurrentHashMap<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

        Phase(int total, double seconds) {
            kinds = new Kind[total];
            micros = new long[total];
            status = new int[total];
            this.seconds = seconds;
        }

        List<String> rows(int rate) {
            List<String> rows = new ArrayList<>();
            rows.add(row(rate, "all but the baseline", k -> k != Kind.BASELINE));
            for (Kind k : Kind.values()) {
                rows.add(row(rate, k.label, x -> x == k));
            }
            return rows;
        }

        private String row(int rate, String label, java.util.function.Predicate<Kind> in) {
            List<Long> lat = new ArrayList<>();
            int errors = 0;
            int fivexx = 0;
            for (int i = 0; i < kinds.length; i++) {
                if (in.test(kinds[i])) {
                    lat.add(micros[i]);
                    if (status[i] < 200 || status[i] > 299) {
                        errors++;
                    }
                    if (status[i] >= 500) {
                        fivexx++;
                    }
                }
            }
            long[] sorted = lat.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(Locale.ROOT, "| %d | %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %d |", rate, label, sorted.length,
                    (sorted.length - errors) / seconds, pct(sorted, 50), pct(sorted, 99), pct(sorted, 100), errors, fivexx);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
        }
    }

    private static Phase run(HttpClient client, String base, Mix mix, long pid, int rps, int seconds, Random r)
            throws InterruptedException {
        int total = rps * seconds;
        Kind[] byShare = new Kind[1000];
        int at = 0;
        for (Kind k : Kind.values()) {
            for (int i = 0; i < k.share; i++) {
                byShare[at++] = k;
            }
        }
        Phase phase = new Phase(total, seconds);
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger inFlight = new AtomicInteger();
        long interval = 1_000_000_000L / rps;
        long start = System.nanoTime() + 50_000_000L;
        long nextRss = start;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (scheduled >= nextRss) {
                phase.rssMb.add(rssKb(pid) / 1024);
                nextRss += TimeUnit.SECONDS.toNanos(10);
            }
            Kind kind = byShare[r.nextInt(1000)];
            phase.kinds[i] = kind;
            int slot = i;
            inFlight.incrementAndGet();
            client.sendAsync(mix.request(kind, r, base), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                phase.micros[slot] = (System.nanoTime() - scheduled) / 1000;
                phase.status[slot] = error != null ? 0 : response.statusCode();
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    phase.failures.merge(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1, Integer::sum);
                }
                inFlight.decrementAndGet();
                done.countDown();
            });
        }
        done.await(30, TimeUnit.SECONDS);
        // Requests still unanswered 30 s after the last was sent count as errors, with the time they had waited by then.
        long now = System.nanoTime();
        for (int i = 0; i < total; i++) {
            if (phase.status[i] == 0 && phase.micros[i] == 0) {
                phase.micros[i] = (now - (start + i * interval)) / 1000;
                phase.failures.merge("still unanswered at the end of the phase", 1, Integer::sum);
            }
        }
        phase.rssMb.add(rssKb(pid) / 1024);
        return phase;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
