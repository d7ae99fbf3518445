package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Issue 14 §0: input an outsider can send answers 400 problem details naming the field, never 500 or a Tomcat page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class HostileInputIT {

    /** Pages swept besides every GET of the API (those are read from the OpenAPI document). */
    static final List<String> PAGES = List.of("/", "/zones", "/documents", "/innovations", "/search", "/chronicle");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    OfficialStore store;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DatasetService datasets;
    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    Callers callers;

    static final class Callers extends ApiCallers {
        Callers(int port, OfficialStore store, PasswordEncoder encoder) {
            super(port, store, encoder, "hostile");
            add("admin", Role.NATIONAL_ADMIN, null);
        }
    }

    @BeforeEach
    void callers() {
        callers = new Callers(port, store, encoder);
    }

    @Test
    void malformedOrMistypedJsonIsA400NamingTheField() throws Exception {
        assertNamed(post("/api/v1/access-checks", "{"), "body");
        assertNamed(post("/api/v1/access-checks", "[]"), "body");
        assertNamed(post("/api/v1/access-checks", "{\"foreign_share\":\"abc\"}"), "foreign_share");
        assertNamed(post("/api/v1/access-checks", "{\"location\":[]}"), "location");
        assertNamed(post("/api/v1/access-checks", "{\"location\":\"a\\u0000b\"}"), "location");
        assertNamed(callers.call("admin", "PUT", "/api/v1/replication-tasks/1", "{\"version\":\"x\"}"), "version");
        assertNamed(callers.call("admin", "POST", "/api/v1/review/decisions", "{\"action\":\"accept\",\"ids\":\"x\"}"), "ids");
        assertNamed(callers.call("admin", "POST", "/api/v1/review/candidates/1/decision", "{\"version\":\"x\"}"), "version");
    }

    @Test
    void brokenUtf8AndNulInQueryStringsAreRefusedOnEveryGet() throws Exception {
        List<String> paths = new java.util.ArrayList<>(PAGES);
        json.readTree(get("/api/docs").body()).path("paths").properties().forEach(e -> {
            if (e.getValue().has("get")) {
                paths.add(e.getKey().replaceAll("\\{[^}]+}", "1"));
            }
        });
        assertThat(paths).hasSizeGreaterThan(20);
        for (String path : paths) {
            for (String query : List.of("region=%FF%FE", "q=%C0%AF", "q=a%00b", "zone=%E4%B8", "page=1&%FF=1")) {
                HttpResponse<String> r = path.startsWith("/api/") ? get(path + "?" + query)
                        : http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?" + query))
                                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path + "?" + query + " -> " + r.body()).isEqualTo(400);
                if (path.startsWith("/api/")) {
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
                    assertThat(json.readTree(r.body()).path("errors").get(0).path("parameter").asString())
                            .isIn("region", "q", "zone", "?");
                } else {
                    // a browser gets the site's 400 page, in words
                    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
                    assertThat(r.body()).contains("<html").doesNotContain("Exception").doesNotContain("Tomcat");
                }
            }
        }
    }

    @Test
    void pagingFarBeyondTheEndIsA400NotAnOverflow() throws Exception {
        for (String path : List.of("/api/v1/zones?page=2147483647", "/api/v1/documents?page=21474837&size=200",
                "/api/v1/innovations?page=2147483647&size=200", "/api/v1/documents?page=2147483647")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(400);
            assertThat(json.readTree(r.body()).path("errors").get(0).path("parameter").asString()).isEqualTo("page");
        }
    }

    @Test
    void malformedPathsAndHugeUrlsAnswerProblemDetails() throws Exception {
        for (String path : List.of("/api/v1/documents/a%2Fb", "/api/v1/documents/a%5Cb", "/api/v1/documents/a%00b",
                "/api/v1/documents/a%25b", "/api/v1/documents/a;b", "/api/v1/zones/x%09y",
                "/api/v1/documents?q=" + "a".repeat(70_000))) {
            String response = raw(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 4");
            assertThat(response).as(path).containsIgnoringCase("content-type: application/problem+json")
                    .doesNotContain("Apache Tomcat").doesNotContain("\"timestamp\"");
            if (response.startsWith("HTTP/1.1 400")) {
                // ApiFuzzIT found these 400s naming no parameter; a client reads errors[].parameter on every 400.
                assertThat(response).as(path).containsPattern("\"errors\":\\[\\{\"parameter\":\"(path|url)\"");
            }
        }
    }

    @Test
    void anEmptyUploadIsCalledEmpty() throws Exception {
        HttpResponse<String> r = upload("e.txt", "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("empty").doesNotContain("send the document as");
    }

    @Test
    void aTextUploadWithNulIsRefusedInWords() throws Exception {
        HttpResponse<String> r = upload("n.txt", "中国（上海）自由贸易试验区\u0000管理办法");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("NUL").doesNotContain("PSQL").doesNotContain("invalid byte sequence");
    }

    @Test
    void aLedgerNamedOnlyByADirectoryIsA400NamingIt() throws Exception {
        // ApiFuzzIT found ?name=/ answering 500 (Path.getFileName() is null for "/").
        for (String name : List.of("%2F", "..", "a%5C", "%20")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/pilot-tasks/import?name=" + name))
                    .header("Authorization", "Bearer " + tokenOfAdmin()).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("task_id\n")).build(), HttpResponse.BodyHandlers.ofString());
            assertNamed(r, "name");
        }
    }

    /** A multipart upload of one text file as the admin. */
    private HttpResponse<String> upload(String filename, String content) throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/review/documents"))
                .header("Authorization", "Bearer " + tokenOfAdmin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nodesImportingTogetherImportOnce() throws Exception {
        jdbc.update("update dataset_meta set content_hash = 'stale'");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> start = () -> datasets.importBundledIfChanged(m -> { }).imported();
            List<Future<Boolean>> runs = two.invokeAll(List.of(start, start));
            long imports = 0;
            for (Future<Boolean> f : runs) {
                imports += f.get() ? 1 : 0;
            }
            assertThat(imports).isEqualTo(1);
        } finally {
            two.shutdown();
        }
    }

    private String tokenOfAdmin() throws Exception {
        java.lang.reflect.Field f = ApiCallers.class.getDeclaredField("callers");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        var map = (java.util.Map<String, ApiCallers.Caller>) f.get(callers);
        return map.get("admin").token();
    }

    private void assertNamed(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = json.readTree(r.body());
        assertThat(body.path("errors").get(0).path("parameter").asString()).as(r.body()).isEqualTo(field);
        assertThat(r.body()).doesNotContain("tools.jackson").doesNotContain("java.");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request written byte for byte: java.net.http refuses the malformed paths this test is about. */
    private String raw(String path) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
