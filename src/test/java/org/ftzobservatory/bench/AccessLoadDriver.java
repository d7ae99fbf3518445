package org.ftzobservatory.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.ftzobservatory.access.AccessFixtures;
import org.ftzobservatory.access.Proposal;

/**
 * Open-loop HTTP load on {@code POST /api/v1/access-checks}: requests leave at a fixed rate whatever the server does, and
 * latency is measured from each request's scheduled start, so a stalled server cannot hide its queueing (no coordinated
 * omission). The baseline, in the same run at the same rate, is {@code GET /api/v1/negative-lists/editions}, a tiny
 * response: the floor of the HTTP stack on this machine. Usage: AccessLoadDriver BASE_URL [RPS] [SECONDS].
 */
public final class AccessLoadDriver {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        int rps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> bodies = new ArrayList<>();
        for (Proposal p : AccessFixtures.proposals(1000, 20211227L)) {
            bodies.add(json(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(2)).build();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "| %-44s | %6s | %8s | %8s | %8s | %8s | %6s |", "endpoint (open loop)", "rps", "requests", "p50 ms", "p99 ms", "max ms", "errors"));
        lines.add("|" + "-".repeat(46) + "|" + "-".repeat(8) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(8) + "|");
        // Both endpoints are warmed up first, so neither measured phase pays for the JIT.
        for (String phase : List.of("warm-up baseline", "warm-up", "baseline", "access-checks")) {
            boolean check = !phase.endsWith("baseline");
            int secs = phase.startsWith("warm-up") ? Math.min(10, seconds) : seconds;
            Result r = run(client, base, check, bodies, rps, secs);
            if (!phase.startsWith("warm-up")) {
                lines.add(String.format(Locale.ROOT, "| %-44s | %6d | %8d | %8.2f | %8.2f | %8.2f | %6d |",
                        check ? "POST /api/v1/access-checks" : "GET /api/v1/negative-lists/editions (baseline)", rps, r.count,
                        r.percentile(50), r.percentile(99), r.percentile(100), r.errors));
            }
        }
        lines.forEach(System.out::println);
        pool.shutdownNow();
    }

    private record Result(long[] micros, int count, int errors) {
        double percentile(double p) {
            long[] sorted = Arrays.copyOf(micros, count);
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * count) - 1;
            return sorted[Math.max(0, Math.min(count - 1, i))] / 1000.0;
        }
    }

    private static Result run(HttpClient client, String base, boolean check, List<String> bodies, int rps, int seconds)
            throws InterruptedException {
        int total = rps * seconds;
        long[] micros = new long[total];
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long interval = 1_000_000_000L / rps;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = check
                    ? HttpRequest.newBuilder(URI.create(base + "/api/v1/access-checks")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build()
                    : HttpRequest.newBuilder(URI.create(base + "/api/v1/negative-lists/editions")).timeout(Duration.ofSeconds(10)).GET().build();
            int slot = i;
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                micros[slot] = (System.nanoTime() - scheduled) / 1000;
                if (error != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await();
        return new Result(micros, total, errors.get());
    }

    /** The proposal as the API's JSON body. */
    static String json(Proposal p) {
        StringBuilder s = new StringBuilder("{\"location\":\"").append(p.location()).append("\",\"industry\":\"")
                .append(String.join(",", p.industries())).append("\",\"foreign_share\":").append(p.foreignShare())
                .append(",\"chinese_control\":").append(p.chineseControl())
                .append(",\"legal_rep_nationality\":\"").append(p.legalRepNationality()).append("\",\"investment_form\":\"")
                .append(p.investmentForm()).append('"');
        if (p.activity() != null) {
            s.append(",\"activity\":\"").append(p.activity().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }
}
