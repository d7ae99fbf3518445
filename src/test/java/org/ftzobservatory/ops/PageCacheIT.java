package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public page cache: anonymous answers are replayed until anything changes on the database (from this node, from
 * another process, or a statement run straight on PostgreSQL), signed-in callers and the language are never mixed up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-page-cache", "ftz.db.embedded.clean=true",
        "ftz.page-cache.enabled=true", "ftz.page-cache.max-age=3s"})
class PageCacheIT {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ContentVersion versions;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    double hits() {
        return meters.get("ftz_page_cache_hits").functionCounter().count();
    }

    void awaitListener() throws InterruptedException {
        for (int i = 0; i < 100 && !versions.trusted(); i++) {
            Thread.sleep(50);
        }
        assertThat(versions.trusted()).as("the content-change listener is connected").isTrue();
    }

    @Test
    void aSecondAnonymousReadIsReplayedWithItsOwnRequestId() throws Exception {
        awaitListener();
        HttpResponse<String> first = get("/zones/shanghai");
        double before = hits();
        HttpResponse<String> second = get("/zones/shanghai");
        assertThat(hits()).isEqualTo(before + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue(org.ftzobservatory.kernel.RequestIds.HEADER))
                .isPresent().isNotEqualTo(first.headers().firstValue(org.ftzobservatory.kernel.RequestIds.HEADER));
        // the API too
        get("/api/v1/zones/shanghai");
        double apiBefore = hits();
        assertThat(get("/api/v1/zones/shanghai").body()).contains("\"id\":\"shanghai\"");
        assertThat(hits()).isEqualTo(apiBefore + 1);
    }

    @Test
    void aWriteStraightOnTheDatabaseReachesTheNextRead() throws Exception {
        awaitListener();
        String original = jdbc.sql("select positioning_zh from ftz where id = 'guangdong'").query(String.class).single();
        assertThat(get("/zones/guangdong").body()).doesNotContain("缓存失效检验");
        get("/zones/guangdong");   // kept
        try {
            jdbc.sql("update ftz set positioning_zh = '缓存失效检验' where id = 'guangdong'").update();
            String body = "";
            for (int i = 0; i < 50 && !body.contains("缓存失效检验"); i++) {
                Thread.sleep(20);
                body = get("/zones/guangdong").body();
            }
            assertThat(body).as("the committed change is shown within a second").contains("缓存失效检验");
        } finally {
            jdbc.sql("update ftz set positioning_zh = :p where id = 'guangdong'").param("p", original).update();
        }
    }

    @Test
    void aWriteRequestThroughThisNodeMovesTheVersionAtOnce() throws Exception {
        awaitListener();
        long before = versions.current();
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pilot-tasks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isBetween(400, 499);
        assertThat(versions.current()).isGreaterThan(before);
        // an access check only reads: it does not empty the cache
        get("/zones/hainan");
        long still = versions.current();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/access-checks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(versions.current()).isEqualTo(still);
    }

    @Test
    void signedInCallersAndTheLanguageAreNeverMixedUp() throws Exception {
        awaitListener();
        get("/zones/hubei");
        double before = hits();
        get("/zones/hubei", "Cookie", "SESSION=not-a-session");
        get("/zones/hubei", "Authorization", "Bearer ftz_unknown");
        assertThat(hits()).as("callers with a session cookie or a token always go through").isEqualTo(before);

        String zh = get("/zones/hubei").body();
        String en = get("/zones/hubei", "Cookie", "ftz-lang=en").body();
        String enAgain = get("/zones/hubei", "Cookie", "ftz-lang=en").body();
        assertThat(zh).contains("lang=\"zh");
        assertThat(en).contains("lang=\"en").isEqualTo(enAgain);
        // switching language sets a cookie: that answer is not kept
        HttpResponse<String> toggled = get("/zones/hubei?lang=en");
        assertThat(toggled.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ftz-lang="));
        double mid = hits();
        get("/zones/hubei?lang=en");
        assertThat(hits()).isEqualTo(mid);
    }

    /** Pages computed against today's date (overdue tasks) must not outlive the day: an answer is kept max-age at most. */
    @Test
    void anAnswerIsReplayedForMaxAgeAtMost() throws Exception {
        awaitListener();
        get("/zones/fujian");
        double before = hits();
        get("/zones/fujian");
        assertThat(hits()).isEqualTo(before + 1);
        Thread.sleep(3_200);
        get("/zones/fujian");
        assertThat(hits()).as("older than max-age: computed again").isEqualTo(before + 1);
        get("/zones/fujian");
        assertThat(hits()).isEqualTo(before + 2);
    }

    @Test
    void errorsAreNotKept() throws Exception {
        awaitListener();
        assertThat(get("/zones/no-such-zone").statusCode()).isEqualTo(404);
        double before = hits();
        assertThat(get("/zones/no-such-zone").statusCode()).isEqualTo(404);
        assertThat(hits()).isEqualTo(before);
    }
}
