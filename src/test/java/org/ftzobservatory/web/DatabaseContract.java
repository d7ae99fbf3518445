package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.dataset.BrokenDatasetTestAccess;
import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetImporter;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The behaviour every PostgreSQL the service runs on must show: the embedded one and an external server. Subclasses
 * choose the database.
 */
abstract class DatabaseContract {

    @LocalServerPort
    int port;
    @Autowired
    DatasetService datasets;
    @Autowired
    DatasetImporter importer;
    @Autowired
    DatasetExporter exporter;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    org.ftzobservatory.search.GinPendingLists ginPendingLists;
    @Autowired
    ObjectMapper json;
    @TempDir
    Path tmp;

    @Test
    void bundledDatasetIsLoadedAtStart() {
        Map<String, Integer> counts = importer.counts();
        assertThat(counts.get("ftz")).isEqualTo(22);
        assertThat(counts.get("subzone")).isEqualTo(68);
        assertThat(counts.get("chronicle_event")).isEqualTo(25);
        assertThat(counts.get("document")).isGreaterThan(100);
        assertThat(counts.get("statistic")).isGreaterThan(300);
    }

    @Test
    void importIsIdempotentAndABrokenImportChangesNothing() throws IOException {
        Map<String, Integer> before = importer.counts();
        datasets.importDirectory(Path.of("data"), m -> { });
        assertThat(importer.counts()).isEqualTo(before);

        Path broken = tmp.resolve("broken");
        BrokenDatasetTestAccess.corrupt(broken);
        assertThatThrownBy(() -> datasets.importDirectory(broken, m -> { })).isInstanceOf(InvalidDatasetException.class);
        assertThat(importer.counts()).isEqualTo(before);
        // Read-only CLI commands load the bundled dataset only into an empty database, never over a loaded one.
        assertThat(datasets.importBundledIfEmpty(m -> { }).imported()).isFalse();
        assertThat(importer.counts()).isEqualTo(before);
    }

    @Test
    void importLeavesNoSearchEntryPendingAndStoresThePhraseDictionary() {
        datasets.importDirectory(Path.of("data"), m -> { });
        // The import merged every GIN pending list; nothing is left for searches to scan linearly.
        assertThat(ginPendingLists.flush()).isZero();
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select origin from search_phrase where compound = '一网通办'", String.class)).isEqualTo("tag");
        assertThat(jdbc.queryForObject("select origin from search_phrase where compound = '知识产权'", String.class)).isEqualTo("glossary");
        assertThat(jdbc.queryForObject("select count(*) from search_phrase where compound = '海关'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from innovation_terms where all_terms @@ to_tsquery('simple', '一网通办')",
                Integer.class)).isPositive();
    }

    @Test
    void exportThenImportRoundTrips() {
        Map<String, Integer> before = importer.counts();
        Path out = tmp.resolve("export");
        exporter.export(out, m -> { });
        datasets.importDirectory(out, m -> { });
        assertThat(importer.counts()).isEqualTo(before);
        datasets.importDirectory(Path.of("data"), m -> { });
    }

    @Test
    void cliImportReportsEveryProblemAndExitsTwo() throws IOException {
        Path broken = tmp.resolve("broken-cli");
        BrokenDatasetTestAccess.corrupt(broken);
        Map<String, Integer> before = importer.counts();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new FtzCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("import", broken.toString(), "--ftz.db.url=" + dataSource.getJdbcUrl(), "--ftz.db.user=" + dataSource.getUsername());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(FtzCli.BAD_INPUT);
        assertThat(stderr).contains("documents/local.yaml:").contains("chronicle.yaml:").contains("statistics/part1-c.csv:")
                .contains("nothing was imported");
        assertThat(importer.counts()).isEqualTo(before);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        code = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .run("import", "data", "--ftz.db.url=" + dataSource.getJdbcUrl(), "--ftz.db.user=" + dataSource.getUsername());
        assertThat(code).isEqualTo(FtzCli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported dataset version");
        assertThat(importer.counts()).isEqualTo(before);
    }

    @Test
    void zonesApiListsAllZonesAndSubzones() throws Exception {
        JsonNode zones = getJson("/api/v1/zones");
        assertThat(zones.get("total").asInt()).isEqualTo(22);
        assertThat(zones.get("items").size()).isEqualTo(22);
        JsonNode guangdong = getJson("/api/v1/zones/guangdong");
        assertThat(guangdong.get("subzones").size()).isEqualTo(3);
        assertThat(guangdong.get("name").get("zh").asString()).isEqualTo("中国（广东）自由贸易试验区");
        assertThat(getJson("/api/v1/zones?batch=2020").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void documentsApiFiltersAndParsesTheNumber() throws Exception {
        JsonNode page = getJson("/api/v1/documents?issuer=" + enc("国发") + "&year=2021");
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(2);
        page.get("items").forEach(d -> assertThat(d.get("number").asString()).startsWith("国发〔2021〕"));
        JsonNode doc = getJson("/api/v1/documents/guofa-2021-12");
        assertThat(doc.at("/parsed_number/issuer").asString()).isEqualTo("国发");
        assertThat(doc.at("/parsed_number/serial").asInt()).isEqualTo(12);
        assertThat(doc.at("/parsed_number/normalized").asString()).isEqualTo("国发〔2021〕12号");
        assertThat(doc.at("/document/measure_count").asInt()).isEqualTo(19);
        JsonNode paged = getJson("/api/v1/documents?size=5&page=2");
        assertThat(paged.get("items").size()).isEqualTo(5);
        assertThat(paged.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void statisticsAndEventsApis() throws Exception {
        JsonNode fdi = getJson("/api/v1/statistics?zone=national&indicator=fdi_actual_use&year=2021");
        assertThat(fdi.get("total").asInt()).isEqualTo(1);
        assertThat(fdi.at("/items/0/raw").asString()).contains("2130");
        assertThat(getJson("/api/v1/statistics?zone=zhejiang").get("total").asInt()).isGreaterThan(5);
        JsonNode events = getJson("/api/v1/events?size=100");
        assertThat(events.get("total").asInt()).isEqualTo(25);
        assertThat(events.at("/items/0/date").asString()).isEqualTo("2021-02-03");
    }

    @Test
    void theZoneFilterSaysWhetherAFigureIsAboutTheZoneOrAWiderAreaIncludingIt() throws Exception {
        JsonNode exact = getJson("/api/v1/statistics?zone=guangdong&size=200");
        assertThat(exact.get("items")).isNotEmpty().allSatisfy(i -> {
            assertThat(i.get("scope_match").asString()).isEqualTo("exact");
            assertThat(i.get("scope_kind").asString()).isIn("zone", "sub-zone", "zones");
        });
        JsonNode wider = getJson("/api/v1/statistics?zone=guangdong&scope_match=includes&size=200");
        List<String> ids = new java.util.ArrayList<>();
        wider.get("items").forEach(i -> {
            assertThat(i.get("scope_match").asString()).isEqualTo("includes");
            ids.add(i.get("id").asString());
        });
        assertThat(ids).contains("s-ab-227").doesNotContain("s-c-021");   // Shenzhen city as a whole; not Qianhai + Hengqin
        assertThat(exact.get("items").toString()).contains("s-c-021");    // two of its sub-zones together: about the zone
        JsonNode shenzhen = getJson("/api/v1/statistics?zone=guangdong/qianhai-shekou&scope_match=includes&indicator=ai_core_industry_scale");
        assertThat(shenzhen.at("/items/0/scope_words/en").asString()).isEqualTo("Shenzhen city as a whole (Guangdong)");
        JsonNode any = getJson("/api/v1/statistics?zone=sichuan&scope_match=any&size=200");
        assertThat(any.get("total").asInt()).isEqualTo(getJson("/api/v1/statistics?zone=sichuan").get("total").asInt()
                + getJson("/api/v1/statistics?zone=sichuan&scope_match=includes").get("total").asInt());
        List<String> sichuan = new java.util.ArrayList<>();
        any.get("items").forEach(i -> sichuan.add(i.get("id").asString() + "=" + i.get("scope_match").asString()));
        assertThat(sichuan).contains("s-c-063=includes");    // the Chengdu–Chongqing trains, Chongqing and Sichuan FTZs
        // Tibet has no FTZ: its figures include no zone and appear under none
        assertThat(getJson("/api/v1/statistics?zone=xinjiang&scope_match=includes&size=200").get("items").toString())
                .doesNotContain("s-c-118");
        HttpResponse<String> bad = get("/api/v1/statistics?zone=guangdong&scope_match=around");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("scope_match");
        assertThat(get("/api/v1/statistics?scope_match=exact").statusCode()).isEqualTo(400);
    }

    @Test
    void badParametersGetA400ProblemNamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"/api/v1/documents?year=abc", "year"}, {"/api/v1/documents?type=poem", "type"},
                {"/api/v1/zones?region=arctic", "region"}, {"/api/v1/statistics?zone=atlantis", "zone"},
                {"/api/v1/events?page=0", "page"}, {"/api/v1/zones?size=100000", "size"}}) {
            HttpResponse<String> r = get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(r.headers().firstValue("content-type").orElse("")).contains("application/problem+json");
            assertThat(json.readTree(r.body()).at("/errors/0/parameter").asString()).as(c[0]).isEqualTo(c[1]);
        }
        HttpResponse<String> missing = get("/api/v1/zones/atlantis");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception").contains("atlantis");
    }

    @Test
    void pagesRenderAndUnknownIdsGetTheFriendly404() throws Exception {
        for (String path : new String[] {"/", "/zones", "/zones/shanghai", "/documents", "/documents/guofa-2021-12", "/chronicle",
                "/zones?batch=2019&region=border", "/documents?type=overall_plan"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("自贸试验区制度创新观测平台");
        }
        HttpResponse<String> notFound = get("/zones/atlantis");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在").doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> bad = get("/documents?year=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        // An HTML page answers a bad filter with the site's error page, the problem in words (never problem+json).
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(bad.body()).contains("id=\"error-detail\"").contains("年份").contains("abc").doesNotContain("Exception");
        HttpResponse<String> unknown = get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(unknown.body()).contains("/no-such-page").contains("自贸试验区制度创新观测平台");
        assertThat(get("/api/v1/no-such-thing").headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(get("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(get("/zones/shanghai?lang=en").body()).contains("China (Shanghai) Pilot Free Trade Zone");
        assertThat(get("/api/docs").body()).contains("/api/v1/zones");
    }

    @Test
    void outputIsEscaped() throws Exception {
        HttpResponse<String> r = get("/documents?q=" + enc("<script>alert(1)</script>"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    JsonNode getJson(String path) throws Exception {
        return new LocalHttp(port, json).getJson(path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return new LocalHttp(port, json).get(path);
    }

    static String enc(String s) {
        return LocalHttp.enc(s);
    }
}
