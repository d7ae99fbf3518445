package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.ftzobservatory.dataset.DatasetImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 14 §1: probes, metrics and request ids on a started node (callers here are on loopback). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class OperatingSurfaceIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reading needs no account, so an anonymous page view writes no session row: a session per visitor would be a
     * database write per page view (and a write a read replica refuses). Found when a database outage turned the
     * session insert, made while a page rendered, into a 500.
     */
    @Test
    void anAnonymousPageViewCreatesNoSession() throws Exception {
        for (String path : java.util.List.of("/", "/zones", "/zones/shanghai", "/innovations", "/documents", "/access",
                "/replication", "/index", "/reports/2021", "/zones?lang=en")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("set-cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        // the sign-in page still makes one: its form carries a CSRF token
        assertThat(get("/login").headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("SESSION="));
    }

    @Autowired
    org.springframework.web.servlet.resource.ResourceUrlProvider resourceUrls;

    /**
     * Static files and WebJars are served from their own paths, and a page link is not looked up as a class-path file
     * (under Spring Boot's default {@code /**} mapping every link a page wrote cost an uncached jar lookup: the soak's
     * largest CPU cost).
     */
    @Test
    void staticFilesAreServedAndPageLinksAreNotResourceLookups() throws Exception {
        for (String path : java.util.List.of("/css/app.css", "/js/charts.js", "/favicon.svg",
                "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isNotBlank();
        }
        assertThat(get("/css/missing.css").statusCode()).isEqualTo(404);
        // no resource handler covers a page path, so the URL encoder does not look pages up in the jar
        assertThat(resourceUrls.getHandlerMap().keySet()).isNotEmpty().noneMatch(p -> p.equals("/**"));
        assertThat(resourceUrls.getHandlerMap().keySet()).noneMatch(p -> org.springframework.web.util.pattern
                .PathPatternParser.defaultInstance.parse(p).matches(
                        org.springframework.http.server.PathContainer.parsePath("/zones/shanghai")));
        assertThat(resourceUrls.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
        assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js")).isNotNull();
    }

    /** An unknown page switches language like any other: no handler runs, so no interceptor applies ?lang= for it. */
    @Test
    void anUnknownPageHonoursTheLanguageSwitch() throws Exception {
        HttpResponse<String> en = get("/no-such-page?lang=en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("lang=\"en").doesNotContain("页面不存在");
        assertThat(en.headers().allValues("set-cookie")).anyMatch(c -> c.startsWith("ftz-lang=en"));
        assertThat(get("/no-such-page").body()).contains("lang=\"zh");
    }

    @Test
    void probesAnswerOnceTheDatasetIsLoaded() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
        HttpResponse<String> ready = get("/actuator/health/readiness");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(get("/actuator/info").body()).contains("build");
    }

    @Test
    void readinessIsOutOfServiceWhileAnImportHoldsTheLock() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + DatasetImporter.IMPORT_LOCK + ")");
                HttpResponse<String> ready = get("/actuator/health/readiness");
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            } finally {
                c.rollback();
            }
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusCountsRequestsPerEndpoint() throws Exception {
        get("/api/v1/zones");
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("uri=\"/api/v1/zones\"")
                .contains("ftz_dataset_rows");
    }

    @Test
    void prometheusShowsSearchAccessAndPoolMetricsAfterUse() throws Exception {
        get("/api/v1/innovations?q=%E4%BF%9D%E7%A8%8E%E7%BB%B4%E4%BF%AE");
        get("/api/v1/search?q=%E6%B5%B7%E5%85%B3");
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/access-checks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"location\":\"shanghai/lingang\",\"industry\":\"6319\",\"foreign_share\":0.6}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("ftz_search_cases_seconds_count{hits=\"some\",mode=\"fts\"")
                .contains("ftz_search_site_seconds_count{hits=\"some\",type=\"all\"")
                .containsPattern("ftz_access_check_seconds_count\\{channel=\"api\",verdict=\"[a-z_]+\"")
                .contains("hikaricp_connections_active{pool=\"ftz\"")
                .contains("ftz_dataset_import_seconds_count");
    }

    @Test
    void pathIdsDoNotBecomeMetricSeries() throws Exception {
        // Each id, unknown path and query would otherwise add a series (and its histogram buckets) to every scrape.
        for (int i = 0; i < 5; i++) {
            get("/api/v1/zones/no-such-zone-" + i);
            get("/zones/no-such-zone-" + i);
            get("/no/such/page/" + i);
            get("/api/v1/innovations?q=x" + i);
        }
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).doesNotContain("no-such-zone").doesNotContain("/no/such/page").doesNotContain("q=x")
                .contains("uri=\"/api/v1/zones/{id}\"");
        long uris = metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds_count"))
                .map(l -> l.replaceAll(".*uri=\"([^\"]*)\".*", "$1")).distinct().count();
        assertThat(uris).as("distinct uri tags").isLessThan(30);
    }

    @Test
    void theRequestIdIsEchoedAndInProblemDetails() throws Exception {
        HttpResponse<String> r = get("/api/v1/zones?page=0", "X-Request-Id", "probe-42");
        assertThat(r.headers().firstValue("X-Request-Id")).contains("probe-42");
        assertThat(r.body()).contains("\"request_id\":\"probe-42\"");
        HttpResponse<String> fresh = get("/api/v1/zones/none-such");
        String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(fresh.body()).contains(id);
    }
}
