package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request never holds two pooled connections at once. A query run inside another query's row mapper (outside a
 * transaction) takes a second connection while the first is still open; under load every request then holds one and
 * waits for another, the pool drains and the node answers 503 at a few hundred requests a second (found in the soak,
 * bench/README.md). With the pool shrunk to one connection such a request cannot finish, so this test reads every main
 * page and every GET of the API once and expects no 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-one-connection", "ftz.db.embedded.clean=true"})
class OneConnectionPerRequestIT {

    @LocalServerPort
    int port;
    @Autowired
    HikariDataSource pool;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    int sizeBefore;
    long waitBefore;

    @BeforeEach
    void oneConnection() throws Exception {
        sizeBefore = pool.getHikariConfigMXBean().getMaximumPoolSize();
        waitBefore = pool.getHikariConfigMXBean().getConnectionTimeout();
        pool.getHikariConfigMXBean().setMinimumIdle(1);
        pool.getHikariConfigMXBean().setMaximumPoolSize(1);
        pool.getHikariConfigMXBean().setConnectionTimeout(3_000);
        pool.getHikariPoolMXBean().softEvictConnections();
        for (int i = 0; i < 100 && pool.getHikariPoolMXBean().getTotalConnections() > 1; i++) {
            Thread.sleep(50);
        }
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(1);
    }

    @AfterEach
    void restore() {
        pool.getHikariConfigMXBean().setMaximumPoolSize(sizeBefore);
        pool.getHikariConfigMXBean().setMinimumIdle(sizeBefore);
        pool.getHikariConfigMXBean().setConnectionTimeout(waitBefore);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageAndEveryApiReadWorksWithOneConnection() throws Exception {
        String document = firstId("/api/v1/documents?size=1");
        String innovation = firstId("/api/v1/innovations?size=1");
        Map<String, String> values = Map.of("id", "shanghai", "number", "1", "year", "2021", "seq", "1", "type", "replication_task",
                "kind", "document");
        List<String> paths = new ArrayList<>(List.of("/", "/zones", "/zones/shanghai", "/zones/guangdong", "/documents",
                "/documents/" + document, "/chronicle", "/innovations", "/innovations/" + innovation, "/innovations/matrix",
                "/best-practices", "/best-practices/1", "/best-practices/4", "/access", "/negative-lists", "/negative-lists/ftz-2021",
                "/replication", "/replication/bulletin", "/sources", "/tasks", "/powers", "/index", "/reports", "/reports/2021",
                "/search?q=" + URLEncoder.encode("保税", StandardCharsets.UTF_8), "/login",
                "/api/v1/zones/shanghai", "/api/v1/documents/" + document, "/api/v1/innovations/" + innovation,
                "/api/v1/chronicle?zone=shanghai", "/api/v1/best-practice-batches/1"));
        // every GET the OpenAPI document lists, path variables filled with a known value
        JsonNode api = json.readTree(get("/api/docs").body());
        Pattern variable = Pattern.compile("\\{([^}:]+)[^}]*}");
        for (Iterator<Map.Entry<String, JsonNode>> it = api.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().has("get")) {
                Matcher m = variable.matcher(e.getKey());
                StringBuilder path = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(path, values.getOrDefault(m.group(1), "1"));
                }
                m.appendTail(path);
                paths.add(path.toString());
            }
        }
        assertThat(paths).hasSizeGreaterThan(60);
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> r = get(path);
            if (r.statusCode() >= 500) {
                failed.add(path + " -> " + r.statusCode());
            }
        }
        assertThat(failed).as("requests that needed a second connection").isEmpty();
    }

    private String firstId(String path) throws Exception {
        return json.readTree(get(path).body()).path("items").path(0).path("id").asText();
    }
}
