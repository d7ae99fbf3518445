package org.ftzobservatory.ops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.testing.ScratchDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §2, two nodes on one database: two {@code ftz serve} processes started together on a fresh database of the
 * machine's PostgreSQL import the bundled dataset once; a session made on one and a token work on both; a write on one
 * is read on the other at once; a negative-list import on one is served by the other without a restart (each node
 * compares the list's change counter at most once a second, see docs/OPERATIONS.md); a name locked by failed sign-ins
 * on one node is locked on the other, and its API token keeps working.
 */
class TwoNodesIT {

    static final ScratchDatabases DBS = new ScratchDatabases("twonodes");

    @Test
    void twoNodesShareOneDatabase() throws Exception {
        ScratchDatabases.assumeServer();
        String db = DBS.create("a");
        Path home = Path.of("").toAbsolutePath();
        int portA = freePort();
        int portB = freePort();
        String[] common = {"--ftz.db.url=" + db, "--ftz.db.user=postgres"};
        try (ChildFtz a = ChildFtz.start(home, concat(common, "serve", "--port", String.valueOf(portA)));
             ChildFtz b = ChildFtz.start(home, concat(common, "serve", "--port", String.valueOf(portB)))) {
            String nodeA = "http://127.0.0.1:" + portA;
            String nodeB = "http://127.0.0.1:" + portB;
            assertThat(a.awaitHttp200(nodeA + "/actuator/health/readiness", Duration.ofMinutes(5))).as(a.tail()).isTrue();
            assertThat(b.awaitHttp200(nodeB + "/actuator/health/readiness", Duration.ofMinutes(5))).as(b.tail()).isTrue();

            // Started together: exactly one of them imported; the other found the dataset loaded.
            long imported = Stream2.count(a.lines(), "Imported dataset") + Stream2.count(b.lines(), "Imported dataset");
            assertThat(imported).as(a.tail() + "\n---\n" + b.tail()).isEqualTo(1);
            assertThat(Stream2.count(a.lines(), "already loaded") + Stream2.count(b.lines(), "already loaded")).isPositive();

            assertThat(cli(new ByteArrayInputStream("two-nodes-password\n".getBytes(StandardCharsets.UTF_8)),
                    concat(common, "user", "add", "--role", "NATIONAL_ADMIN", "--name", "two-nodes-admin"))).isNotNull();
            String token = cli(new ByteArrayInputStream(new byte[0]), concat(common, "user", "token", "--name", "two-nodes-admin")).strip();

            // A token works on both; a session made on A is honoured by B (Spring Session JDBC).
            for (String node : List.of(nodeA, nodeB)) {
                assertThat(get(HttpClient.newHttpClient(), node + "/api/v1/replication-tasks", token).statusCode()).isEqualTo(200);
                assertThat(get(HttpClient.newHttpClient(), node + "/api/v1/replication-tasks", null).statusCode()).isEqualTo(401);
            }
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(browser, nodeA, "two-nodes-admin", "two-nodes-password");
            // The cookie jar is per host:port-agnostic for 127.0.0.1, so the same SESSION cookie goes to B.
            HttpResponse<String> me = get(browser, nodeB + "/me", null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("two-nodes-admin");

            // A write on A is read on B at once.
            HttpResponse<String> created = post(nodeA + "/api/v1/innovation-records", "application/json",
                    "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"两节点写入\"}", token);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = created.body().replaceAll("(?s)^.*?\"id\":(\\d+).*$", "$1");
            HttpResponse<String> read = get(HttpClient.newHttpClient(), nodeB + "/api/v1/innovation-records/" + id, token);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("两节点写入");

            // A negative-list import on A is served by B without a restart.
            String marker = "Corrected on node A for the two-node test.";
            assertThat(get(HttpClient.newHttpClient(), nodeB + "/api/v1/negative-lists/ftz-2021", null).body()).doesNotContain(marker);
            String yaml = Files.readString(home.resolve("data/negative-lists/ftz-2021.yaml"))
                    .replaceFirst("(?m)^  summary_en: .*$", "  summary_en: " + marker);
            HttpResponse<String> imported2 = post(nodeA + "/api/v1/negative-lists/ftz-2021/imports?source="
                    + URLEncoder.encode("商务部令第48号", StandardCharsets.UTF_8), "application/yaml", yaml, token);
            assertThat(imported2.statusCode()).as(imported2.body()).isEqualTo(200);
            long t0 = System.nanoTime();
            boolean seen = false;
            // Polled, not timed: the assertion is that B picks the change up by itself; the delay is printed.
            while (!seen && System.nanoTime() - t0 < Duration.ofMinutes(2).toNanos()) {
                seen = get(HttpClient.newHttpClient(), nodeB + "/api/v1/negative-lists/ftz-2021", null).body().contains(marker);
                if (!seen) {
                    Thread.sleep(100);
                }
            }
            assertThat(seen).as("node B serves the list imported on node A").isTrue();
            System.out.printf("[two-nodes] node B served the list imported on node A %d ms after the import answered%n",
                    (System.nanoTime() - t0) / 1_000_000);

            // Issue 14 §0: five failed sign-ins on A lock the name on B too (failures are in PostgreSQL); the lock covers
            // password sign-in only, the official's API token keeps working (docs/OPERATIONS.md says why).
            for (int i = 0; i < 5; i++) {
                assertThat(signInLocation(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), nodeA,
                        "two-nodes-admin", "wrong-password")).contains("error");
            }
            assertThat(signInLocation(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), nodeB,
                    "two-nodes-admin", "two-nodes-password")).as("locked on the other node too").contains("error");
            assertThat(get(HttpClient.newHttpClient(), nodeB + "/api/v1/replication-tasks", token).statusCode())
                    .as("the token of a locked name").isEqualTo(200);
        }
    }

    static final class Stream2 {
        static long count(List<String> lines, String text) {
            return lines.stream().filter(l -> l.contains(text)).count();
        }
    }

    private static void signIn(HttpClient client, String node, String name, String password) throws Exception {
        assertThat(signInLocation(client, node, name, password)).doesNotContain("error");
    }

    /** Posts the sign-in form; returns where it redirected to ("/login?error" when refused). */
    private static String signInLocation(HttpClient client, String node, String name, String password) throws Exception {
        HttpResponse<String> page = get(client, node + "/login", null);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(node + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElse("");
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String type, String body, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String cli(ByteArrayInputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FtzCli(in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    static String[] concat(String[] tail, String... head) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @AfterAll
    static void drop() throws Exception {
        DBS.dropAll();
    }
}
