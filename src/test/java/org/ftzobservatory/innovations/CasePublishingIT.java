package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.security.ApiCallers;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 18 "one identity" / "published cases are the library's cases" and issue 13 §2 (case boxes): a case published from
 * a ledger record or a review draft is found by search at once (phrase, facet, cached word), survives a changed bundled
 * dataset and an export/import round trip, and every write checks role, scope and input, audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-casepub", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2026-12-06"})
class CasePublishingIT {

    /** A case box the review tests' engine finds (专栏 + title line). */
    static final String BOX = "2021 年，河南自贸试验区郑州片区推出改革。\n\n专栏 3-1 郑州片区中欧班列保税维修联动\n\n郑州片区实施了 18 项改革。\n";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DatasetService datasets;
    @Autowired
    DatasetExporter exporter;
    @Autowired
    SearchFacetCache facetCache;

    Callers f;

    static final class Callers extends ApiCallers {
        Callers(int port, OfficialStore store, PasswordEncoder encoder) {
            super(port, store, encoder, "casepub");
            add("zhengzhou-editor", Role.ZONE_EDITOR, "henan/zhengzhou");
            add("henan-reviewer", Role.PROVINCE_REVIEWER, "henan");
            add("shanxi-reviewer", Role.PROVINCE_REVIEWER, "shanxi");
            add("admin", Role.NATIONAL_ADMIN, null);
        }

        HttpResponse<String> upload(String who, String name, String text) throws Exception {
            return send(who, HttpRequest.newBuilder(uri("/api/v1/review/documents?name=" + name))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8))));
        }
    }

    @BeforeEach
    void callers() {
        f = new Callers(port, officials, encoder);
    }

    // ---- fixtures

    JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    /** A record of henan/zhengzhou taken by the national office to a national selection in batch 5. */
    long nationalSelection(String title) throws Exception {
        JsonNode r = ok(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records",
                "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"" + title + "\",\"domain\":\"trade\",\"summary_zh\":\"记录摘要\"}"), 201);
        long id = r.get("id").asLong();
        int v = r.get("version").asInt();
        v = ok(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records/" + id + "/transitions",
                "{\"to\":\"submitted\",\"version\":" + v + "}"), 200).get("version").asInt();
        v = ok(f.call("henan-reviewer", "POST", "/api/v1/innovation-records/" + id + "/transitions",
                "{\"to\":\"under_evaluation\",\"version\":" + v + "}"), 200).get("version").asInt();
        ok(f.call("admin", "POST", "/api/v1/innovation-records/" + id + "/transitions",
                "{\"to\":\"selected\",\"version\":" + v + ",\"level\":\"national\",\"batch_no\":5,\"evaluation\":"
                        + "{\"landing_status\":\"已在片区全面落地\",\"satisfaction\":5,\"problems\":\"无\",\"recommendations\":\"向全国推广\"}}"), 200);
        return id;
    }

    static String caseBody(String zone, String titleZh, String titleEn) {
        return "{\"title_zh\":\"" + titleZh + "\",\"title_en\":\"" + titleEn + "\",\"zones\":[\"" + zone + "\"],\"domain\":\"trade\","
                + "\"tags\":[\"proactive-service\"],\"summary_zh\":\"依托中欧班列开展保税维修，维修零部件随班列进出，通关时间由 5 天缩短到 1 天。\","
                + "\"summary_en\":\"Bonded maintenance linked to the China-Europe Railway Express: parts travel with the trains; clearance fell from 5 days to 1.\","
                + "\"year\":2026,\"metrics\":[{\"quantity_zh\":\"通关时间\",\"quantity_en\":\"Clearance time\",\"unit\":\"day\",\"before\":\"5\",\"after\":\"1\"}]}";
    }

    JsonNode search(String query) throws Exception {
        return ok(f.call("anonymous", "GET", "/api/v1/innovations?size=200&" + query, null), 200);
    }

    static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsString("id");
    }

    int audits(String type, String id, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = ? and object_id = ? and action = ?", Integer.class,
                type, id, action);
    }

    /** The review queue's draft of a freshly uploaded case box, accepted by the national office. */
    long reviewDraft() throws Exception {
        JsonNode doc = ok(f.upload("admin", "notice-" + UUID.randomUUID() + ".txt", BOX + "附：" + UUID.randomUUID() + "\n"), 201);
        long docId = doc.get("document").get("id").asLong();
        JsonNode candidates = ok(f.call("admin", "GET", "/api/v1/review/documents/" + docId + "/candidates?type=case_box", null), 200);
        long box = candidates.get(0).get("id").asLong();
        ok(f.call("admin", "POST", "/api/v1/review/candidates/" + box + "/decision", "{\"action\":\"accept\",\"version\":0}"), 200);
        return jdbc.queryForObject("select id from innovation_draft where candidate_id = ?", Long.class, box);
    }

    // ---- ledger → case

    @Test
    void aNationallySelectedRecordBecomesASearchableCaseWithItsHistory() throws Exception {
        long record = nationalSelection("中欧班列保税维修联动");
        JsonNode draft = ok(f.call("admin", "GET", "/api/v1/innovation-records/" + record + "/case-draft", null), 200);
        assertThat(draft.get("awaits_case").asBoolean()).isTrue();
        assertThat(draft.get("draft").get("zones").get(0).asString()).isEqualTo("henan/zhengzhou");

        int phraseBefore = search("q=" + enc("保税维修")).get("total").asInt();
        JsonNode published = ok(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "郑州片区中欧班列保税维修联动", "Zhengzhou: bonded maintenance on the China-Europe trains")), 201);
        String caseId = "ledger-" + record;
        assertThat(published.get("id").asString()).isEqualTo(caseId);
        assertThat(published.get("origin").asString()).isEqualTo("ledger");
        assertThat(published.get("source").asString()).isEqualTo("ledger:" + record);

        // Search finds it at once: by a glossary phrase (and its English synonym), by facet, and the facets count it.
        JsonNode phrase = search("q=" + enc("保税维修"));
        assertThat(ids(phrase)).contains(caseId);
        assertThat(phrase.get("total").asInt()).isEqualTo(phraseBefore + 1);
        assertThat(ids(search("q=" + enc("bonded maintenance")))).contains(caseId);
        assertThat(ids(search("q=" + enc("中欧班列") + "&zone=henan&tag=proactive-service&domain=trade&year=2026"))).contains(caseId);
        assertThat(search("q=" + enc("中欧班列") + "&zone=henan").get("facets").toString()).contains("proactive-service");

        // The record names its case; the case page shows the record's history and evaluation.
        assertThat(ok(f.call("anonymous", "GET", "/api/v1/innovation-records/" + record, null), 200).get("record").get("library_id").asString())
                .isEqualTo(caseId);
        JsonNode ledger = ok(f.call("anonymous", "GET", "/api/v1/innovations/" + caseId + "/record", null), 200);
        assertThat(ledger.get("history").findValuesAsString("action")).contains("create", "transition", "publish_case");
        assertThat(ledger.get("evaluations").get(0).get("satisfaction").asInt()).isEqualTo(5);
        String page = f.call("anonymous", "GET", "/innovations/" + caseId, null).body();
        assertThat(page).contains("id=\"case-ledger\"").contains("已在片区全面落地").contains("data-origin=\"ledger\"")
                .contains("/replication/records/" + record).doesNotContain("casepub-admin");
        String en = f.call("anonymous", "GET", "/innovations/" + caseId + "?lang=en", null).body();
        assertThat(en).contains("Ledger record and evaluation").contains("innovation record no. " + record);

        // Every step is audited: the publish on the case, the link on the record.
        assertThat(audits("innovation", caseId, "publish")).isEqualTo(1);
        assertThat(audits("innovation_record", String.valueOf(record), "publish_case")).isEqualTo(1);

        // Publishing twice is a conflict that writes nothing.
        assertThat(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "再发布", "again")).statusCode()).isEqualTo(409);
        assertThat(audits("innovation", caseId, "publish")).isEqualTo(1);
    }

    @Test
    void aCachedBroadWordCountsThePublishedCaseAtOnce() throws Exception {
        assertThat(facetCache.refresh(0.0, 5)).isPositive();
        String word = "保税";
        int before = search("q=" + enc(word)).get("total").asInt();
        JsonNode libraryBefore = search("page=1");
        // Filtered, the cached word and the library are counted in the node over its facet columns and the word's
        // match list: both must take in the new case too (issue 19).
        int filteredBefore = search("q=" + enc(word) + "&zone=henan").get("total").asInt();
        int zoneBefore = search("zone=henan").get("total").asInt();
        assertThat(jdbc.queryForObject("select count(*) from innovation_term_posting", Long.class)).isPositive();
        long record = nationalSelection("保税缓存测试");
        ok(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "郑州片区保税维修缓存", "Zhengzhou bonded maintenance, cached word")), 201);
        JsonNode cached = search("q=" + enc(word));
        assertThat(cached.get("total").asInt()).isEqualTo(before + 1);
        assertThat(ids(cached)).contains("ledger-" + record);
        // The library without a query (cached total and facets) counts it too, and so does the vocabulary.
        JsonNode library = search("page=1");
        assertThat(library.get("total").asInt()).isEqualTo(libraryBefore.get("total").asInt() + 1);
        assertThat(jdbc.queryForObject("select count(*) from innovation_word where word = '缓存'", Long.class)).isOne();
        JsonNode filtered = search("q=" + enc(word) + "&zone=henan");
        assertThat(filtered.get("total").asInt()).isEqualTo(filteredBefore + 1);
        assertThat(ids(filtered)).contains("ledger-" + record);
        assertThat(search("zone=henan").get("total").asInt()).isEqualTo(zoneBefore + 1);
        JsonNode libraryCached = library;
        // The cache agrees with a live count.
        jdbc.update("delete from innovation_term_facet");
        jdbc.update("delete from innovation_term_top");
        JsonNode live = search("q=" + enc(word));
        assertThat(search("page=1").get("facets")).isEqualTo(libraryCached.get("facets"));
        assertThat(cached.get("facets")).isEqualTo(live.get("facets"));
        assertThat(ids(cached)).isEqualTo(ids(live));
        jdbc.update("delete from innovation_term_posting");
        JsonNode filteredLive = search("q=" + enc(word) + "&zone=henan");
        assertThat(filtered.get("facets")).isEqualTo(filteredLive.get("facets"));
        assertThat(ids(filtered)).isEqualTo(ids(filteredLive));
    }

    @Test
    void aReportCaseEnteredIntoTheLedgerShowsItsRecord() throws Exception {
        String reportCase = jdbc.queryForObject("select id from innovation where origin = 'report' order by sort_order limit 1", String.class);
        JsonNode r = ok(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records",
                "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"复制推广跟踪\",\"library_id\":\"" + reportCase + "\"}"), 201);
        assertThat(ok(f.call("anonymous", "GET", "/api/v1/innovations/" + reportCase + "/record", null), 200).get("record").get("id").asLong())
                .isEqualTo(r.get("id").asLong());
        // An unknown case is refused at creation and at linking.
        assertThat(f.call("admin", "POST", "/api/v1/innovation-records",
                "{\"zone\":\"henan\",\"title_zh\":\"x\",\"library_id\":\"no-such-case\"}").statusCode()).isEqualTo(400);
        JsonNode other = ok(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records", "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"待关联\"}"), 201);
        JsonNode bad = ok(f.call("admin", "PUT", "/api/v1/innovation-records/" + other.get("id").asLong() + "/library-case",
                "{\"innovation_id\":\"no-such-case\",\"version\":0}"), 400);
        assertThat(bad.get("errors").get(0).get("parameter").asString()).isEqualTo("innovation_id");
        JsonNode linked = ok(f.call("henan-reviewer", "PUT", "/api/v1/innovation-records/" + other.get("id").asLong() + "/library-case",
                "{\"innovation_id\":\"" + reportCase + "\",\"version\":0}"), 200);
        assertThat(linked.get("library_id").asString()).isEqualTo(reportCase);
        assertThat(audits("innovation_record", other.get("id").asString(), "link_case")).isEqualTo(1);
    }

    // ---- review draft → case

    @Test
    void anAcceptedCaseBoxIsCompletedAndPublishedIntoTheLibrary() throws Exception {
        long draft = reviewDraft();
        JsonNode d = ok(f.call("henan-reviewer", "GET", "/api/v1/review/drafts/" + draft, null), 200);
        assertThat(d.get("box_text").asString()).contains("专栏 3-1");
        assertThat(f.call("henan-reviewer", "GET", "/review/drafts/" + draft, null).body()).contains("id=\"case-form\"").contains("_csrf");

        JsonNode published = ok(f.call("henan-reviewer", "POST", "/api/v1/review/drafts/" + draft + "/case",
                caseBody("henan/zhengzhou", "郑州片区班列维修专栏案例", "Zhengzhou train maintenance case box")), 201);
        String caseId = "review-" + draft;
        assertThat(published.get("origin").asString()).isEqualTo("review");
        assertThat(published.get("source").asString()).startsWith("review:");
        assertThat(ids(search("q=" + enc("班列维修专栏")))).contains(caseId);
        assertThat(ids(search("q=" + enc("保税维修") + "&zone=henan&tag=proactive-service"))).contains(caseId);
        assertThat(jdbc.queryForObject("select case_id from innovation_draft where id = ?", String.class, draft)).isEqualTo(caseId);
        assertThat(audits("innovation_draft", String.valueOf(draft), "publish")).isEqualTo(1);
        assertThat(audits("innovation", caseId, "publish")).isEqualTo(1);
        assertThat(f.call("anonymous", "GET", "/innovations/" + caseId, null).body()).contains("data-origin=\"review\"");
        assertThat(f.call("admin", "POST", "/api/v1/review/drafts/" + draft + "/case",
                caseBody("henan/zhengzhou", "再发布", "again")).statusCode()).isEqualTo(409);
    }

    // ---- authorisation and validation

    static Stream<Arguments> publishers() {
        return Stream.of(Arguments.of("anonymous", 401), Arguments.of("zhengzhou-editor", 403), Arguments.of("shanxi-reviewer", 403),
                Arguments.of("henan-reviewer", 201), Arguments.of("admin", 201));
    }

    @ParameterizedTest(name = "ledger publish as {0} → {1}")
    @MethodSource("publishers")
    void publishingFromTheLedgerFollowsRoleAndScope(String who, int status) throws Exception {
        long record = nationalSelection("矩阵测试");
        HttpResponse<String> r = f.call(who, "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "矩阵测试案例", "Matrix test case"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("select count(*) from platform_case where id = ?", Integer.class, "ledger-" + record))
                .isEqualTo(status == 201 ? 1 : 0);
        assertThat(audits("innovation", "ledger-" + record, "publish")).isEqualTo(status == 201 ? 1 : 0);
    }

    @ParameterizedTest(name = "review publish as {0} → {1}")
    @MethodSource("publishers")
    void publishingAReviewDraftFollowsRoleAndScope(String who, int status) throws Exception {
        long draft = reviewDraft();
        HttpResponse<String> r = f.call(who, "POST", "/api/v1/review/drafts/" + draft + "/case",
                caseBody("henan/zhengzhou", "矩阵草稿案例", "Matrix draft case"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("select count(*) from platform_case where id = ?", Integer.class, "review-" + draft))
                .isEqualTo(status == 201 ? 1 : 0);
    }

    static Stream<Arguments> linkers() {
        return Stream.of(Arguments.of("anonymous", 401), Arguments.of("zhengzhou-editor", 403), Arguments.of("shanxi-reviewer", 403),
                Arguments.of("henan-reviewer", 200), Arguments.of("admin", 200));
    }

    @ParameterizedTest(name = "link as {0} → {1}")
    @MethodSource("linkers")
    void linkingARecordToACaseFollowsRoleAndScope(String who, int status) throws Exception {
        String reportCase = jdbc.queryForObject("select id from innovation where origin = 'report' order by sort_order limit 1", String.class);
        long id = ok(f.call("admin", "POST", "/api/v1/innovation-records", "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"关联矩阵\"}"), 201)
                .get("id").asLong();
        HttpResponse<String> r = f.call(who, "PUT", "/api/v1/innovation-records/" + id + "/library-case",
                "{\"innovation_id\":\"" + reportCase + "\",\"version\":0}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(audits("innovation_record", String.valueOf(id), "link_case")).isEqualTo(status == 200 ? 1 : 0);
    }

    @Test
    void anIncompleteCaseIsA400NamingEachFieldAndWritesNothing() throws Exception {
        long record = nationalSelection("校验测试");
        int events = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
        JsonNode p = ok(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                "{\"title_zh\":\"只有标题\",\"zones\":[\"henan/nowhere\"],\"tags\":[\"no-such-tag\"],\"domain\":\"weather\",\"year\":1800,"
                        + "\"metrics\":[{\"quantity_zh\":\"时间\",\"quantity_en\":\"Time\",\"unit\":\"fortnight\",\"before\":\"five\"}]}"), 400);
        List<String> fields = new ArrayList<>(p.get("errors").findValuesAsString("parameter"));
        assertThat(fields).contains("title_en", "zones", "domain", "tags", "summary_zh", "summary_en", "year", "metrics[0].unit",
                "metrics[0].before");
        JsonNode empty = ok(f.call("admin", "POST", "/api/v1/review/drafts/" + reviewDraft() + "/case", "{}"), 400);
        assertThat(empty.get("errors").findValuesAsString("parameter")).contains("title_zh", "zones", "tags");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(events + 2); // the draft's upload + accept
        assertThat(jdbc.queryForObject("select count(*) from platform_case where id = ?", Integer.class, "ledger-" + record)).isZero();
        // A record not selected at national level has no case to publish: 409.
        long plain = ok(f.call("admin", "POST", "/api/v1/innovation-records", "{\"zone\":\"henan\",\"title_zh\":\"未入选\"}"), 201).get("id").asLong();
        assertThat(f.call("admin", "POST", "/api/v1/innovation-records/" + plain + "/case", caseBody("henan", "未入选", "not selected"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void theCaseFormWithoutACsrfTokenIs403() throws Exception {
        long record = nationalSelection("表单测试");
        HttpResponse<String> r = f.call("admin", "POST", "/replication/records/" + record + "/case", null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from platform_case where id = ?", Integer.class, "ledger-" + record)).isZero();
    }

    // ---- re-import and round trip

    @Test
    void aChangedBundledDatasetKeepsPlatformCasesAndRefusesToOverwriteOne(@TempDir Path tmp) throws Exception {
        long record = nationalSelection("重新导入测试");
        String caseId = "ledger-" + record;
        ok(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "郑州片区重新导入保留案例", "Zhengzhou case kept across re-import")), 201);
        Path changed = copyOfBundled(tmp.resolve("changed"));
        Path trade = changed.resolve("innovations/trade.yaml");
        String text = Files.readString(trade);
        Files.writeString(trade, text.replaceFirst("summary_en: ", "summary_en: Changed. "));
        try {
            datasets.importDirectory(changed, s -> { });
            assertThat(jdbc.queryForObject("select origin from innovation where id = ?", String.class, caseId)).isEqualTo("ledger");
            assertThat(ids(search("q=" + enc("重新导入保留")))).contains(caseId);
            assertThat(ids(search("q=" + enc("中欧班列") + "&zone=henan&tag=proactive-service"))).contains(caseId);

            // A bundled case taking the platform case's id is refused whole.
            Path clash = copyOfBundled(tmp.resolve("clash"));
            Path file = clash.resolve("innovations/trade.yaml");
            Files.writeString(file, Files.readString(file).replaceFirst("- id: [^\\n]+", "- id: " + caseId));
            int before = jdbc.queryForObject("select count(*) from innovation", Integer.class);
            assertThatThrownBy(() -> datasets.importDirectory(clash, s -> { })).isInstanceOf(InvalidDatasetException.class)
                    .hasMessageContaining(caseId);
            assertThat(jdbc.queryForObject("select count(*) from innovation", Integer.class)).isEqualTo(before);
            assertThat(jdbc.queryForObject("select origin from innovation where id = ?", String.class, caseId)).isEqualTo("ledger");
        } finally {
            datasets.importDirectory(Path.of("data"), s -> { });
        }
    }

    @Test
    void exportThenImportRoundTripsPlatformCasesWithTheirProvenance(@TempDir Path tmp) throws Exception {
        long record = nationalSelection("导出导入测试");
        String caseId = "ledger-" + record;
        ok(f.call("admin", "POST", "/api/v1/innovation-records/" + record + "/case",
                caseBody("henan/zhengzhou", "郑州片区导出往返案例", "Zhengzhou export round trip case")), 201);
        Path out = tmp.resolve("export");
        exporter.export(out, s -> { });
        String file = Files.readString(out.resolve("platform-cases.yaml"));
        assertThat(file).contains("id: " + caseId).contains("origin: ledger").contains("record: " + record);
        assertThat(Files.readString(out.resolve("innovations/trade.yaml"))).doesNotContain(caseId);
        String body = jdbc.queryForObject("select body::text from platform_case where id = ?", String.class, caseId);
        String provenance = jdbc.queryForObject("select provenance::text from platform_case where id = ?", String.class, caseId);

        try {
            // As on a fresh platform: the platform's own cases are gone, the export brings them back.
            jdbc.update("delete from platform_case");
            datasets.importDirectory(out, s -> { });
            assertThat(jdbc.queryForObject("select body::text from platform_case where id = ?", String.class, caseId)).isEqualTo(body);
            assertThat(jdbc.queryForObject("select provenance::text from platform_case where id = ?", String.class, caseId)).isEqualTo(provenance);
            assertThat(ids(search("q=" + enc("导出往返")))).contains(caseId);
            Path again = tmp.resolve("again");
            exporter.export(again, s -> { });
            assertThat(Files.readString(again.resolve("platform-cases.yaml"))).isEqualTo(file);

            // A broken platform-cases.yaml is refused whole, naming file, line and field.
            Files.writeString(out.resolve("platform-cases.yaml"), file.replace("- proactive-service", "- no-such-tag"));
            assertThatThrownBy(() -> datasets.importDirectory(out, s -> { })).isInstanceOf(InvalidDatasetException.class)
                    .satisfies(e -> assertThat(((InvalidDatasetException) e).problems().toString())
                            .contains("platform-cases.yaml").contains("tags").contains("no-such-tag"));
            assertThat(jdbc.queryForObject("select count(*) from platform_case where id = ?", Integer.class, caseId)).isOne();
        } finally {
            datasets.importDirectory(Path.of("data"), s -> { });
        }
    }

    static Path copyOfBundled(Path to) throws Exception {
        Path from = Path.of("data");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
