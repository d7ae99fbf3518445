package org.ftzobservatory.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.ftzobservatory.security.OfficialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Batches made on the platform, replication from the library and outcomes on the case page, over HTTP on embedded
 * PostgreSQL with the bundled dataset: open → add cases → publish (announcement, a task per region, audit events), the
 * authorisation matrix of every new write, re-import and export/import of platform batches, the adoption matrix and an
 * outcome on the case page in zh and en.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-batches", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-10-15"})
class BestPracticeBatchIT {

    static final String FUTURE = "2021-12-31";
    /** Batch numbers of this class start here, away from the browser test's batch 5 (the two share a database). */
    private static final AtomicInteger NEXT = new AtomicInteger(10);

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
    DatasetService dataset;
    @Autowired
    DatasetExporter exporter;
    @Autowired
    FtzPaths paths;

    BatchFixture f;

    @BeforeEach
    void officials() {
        f = new BatchFixture(port, officials, encoder);
    }

    // ---- helpers

    /** A library case in no batch and with no ledger record yet, different on every call. */
    String freeCase() {
        return jdbc.queryForObject("""
                select id from innovation i
                where not exists (select 1 from best_practice_case c where c.innovation_id = i.id)
                  and not exists (select 1 from platform_batch_case c where c.innovation_id = i.id)
                  and not exists (select 1 from innovation_record r where r.library_id = i.id)
                  and exists (select 1 from innovation_zone z where z.innovation_id = i.id)
                order by id limit 1""", String.class);
    }

    int openBatch() throws Exception {
        int n = NEXT.getAndIncrement();
        HttpResponse<String> r = f.call("admin", "POST", "/api/v1/best-practice-batches",
                "{\"number\":" + n + ",\"issued\":\"2021-10-01\",\"summary_zh\":\"测试批次\",\"summary_en\":\"Test batch\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return n;
    }

    int version(int n) throws Exception {
        return json.readTree(f.call("admin", "GET", "/api/v1/best-practice-batches/" + n, null).body()).path("platform").path("version").asInt();
    }

    String addCase(int n, String caseId) throws Exception {
        HttpResponse<String> r = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/cases",
                "{\"innovation\":\"" + caseId + "\",\"version\":" + version(n) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return caseId;
    }

    String publishBody(int n) throws Exception {
        return "{\"version\":" + version(n) + ",\"deadline\":\"" + FUTURE + "\",\"responsible_unit\":\"各省自贸办\",\"owner\":\"联络员\","
                + "\"output_form\":\"复制推广工作方案\",\"document_no\":\"商自贸函〔2021〕9号\"}";
    }

    JsonNode publish(int n) throws Exception {
        HttpResponse<String> r = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/publication", publishBody(n));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    List<String> auditActions(String type, String id) {
        return jdbc.queryForList("select action from audit_event where object_type = ? and object_id = ? order by id", String.class, type, id);
    }

    static String parameter(String body) {
        int at = body.indexOf("\"parameter\":\"");
        return at < 0 ? null : body.substring(at + 13, body.indexOf('"', at + 13));
    }

    // ---- open → add cases → publish

    @Test
    void openAddCasesPublishAnnouncesEveryCaseWithATaskPerRegionAndAuditsEachStep() throws Exception {
        int n = openBatch();
        String a = addCase(n, freeCase());
        String b = addCase(n, freeCase());
        JsonNode draft = json.readTree(f.call("admin", "GET", "/api/v1/best-practice-batches/" + n, null).body());
        assertThat(draft.path("platform").path("state").asString()).isEqualTo("draft");
        assertThat(draft.path("cases").findValuesAsString("innovation")).containsExactly(a, b);
        assertThat(f.call("anonymous", "GET", "/api/v1/best-practice-batches/" + n, null).statusCode()).as("drafts are for officials").isEqualTo(404);

        JsonNode published = publish(n);
        int regions = jdbc.queryForObject("select count(*) from replication_task where announcement_id = ?", Integer.class,
                published.path("announcements").get(0).path("announcement_id").asLong());
        assertThat(regions).isEqualTo(31);
        assertThat(published.path("announcements")).hasSize(2);
        assertThat(published.path("batch").path("document_number").asString()).isEqualTo("商自贸函〔2021〕9号");
        for (JsonNode p : published.path("announcements")) {
            long record = p.path("record_id").asLong();
            assertThat(jdbc.queryForMap("select state, level, batch_no, library_id from innovation_record where id = ?", record))
                    .containsEntry("state", "selected").containsEntry("level", "national").containsEntry("batch_no", n)
                    .containsEntry("library_id", p.path("innovation").asString());
            assertThat(jdbc.queryForObject("select scope from replication_announcement where id = ?", String.class,
                    p.path("announcement_id").asLong())).isEqualTo("national");
            assertThat(p.path("task_ids")).hasSize(31);
            assertThat(auditActions("innovation_record", String.valueOf(record))).containsExactly("create");
            assertThat(auditActions("replication_announcement", p.path("announcement_id").asString())).containsExactly("create");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'replication_task' and action = 'create' "
                + "and object_id in (select cast(id as text) from replication_task where record_id in (select id from innovation_record where batch_no = ?))",
                Integer.class, n)).isEqualTo(62);
        assertThat(auditActions("best_practice_batch", String.valueOf(n))).containsExactly("create", "add_case", "add_case", "publish");

        // Published: visible to everyone, listed with the report's batches, the page shows it; immutable except corrections.
        assertThat(f.call("anonymous", "GET", "/api/v1/best-practice-batches/" + n, null).statusCode()).isEqualTo(200);
        assertThat(f.call("anonymous", "GET", "/api/v1/best-practice-batches", null).body()).contains("\"number\":" + n).contains("\"number\":4");
        String page = get("/best-practices/" + n, "zh");
        assertThat(page).contains("id=\"batch-made-here\"").contains("/innovations/" + a).contains("商自贸函〔2021〕9号");
        HttpResponse<String> late = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/cases",
                "{\"innovation\":\"" + freeCase() + "\",\"version\":" + version(n) + "}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/publication", publishBody(n)).statusCode()).isEqualTo(409);
        HttpResponse<String> fix = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/corrections",
                "{\"version\":" + version(n) + ",\"field\":\"document_no\",\"value\":\"商自贸函[2021]10号\",\"reason\":\"文号印错\"}");
        assertThat(fix.statusCode()).as(fix.body()).isEqualTo(201);
        JsonNode fixed = json.readTree(fix.body());
        assertThat(fixed.path("document_number").asString()).as("parsed and normalised").isEqualTo("商自贸函〔2021〕10号");
        assertThat(fixed.path("platform").path("corrections").get(0).path("before").asString()).isEqualTo("商自贸函〔2021〕9号");
        assertThat(auditActions("best_practice_batch", String.valueOf(n))).endsWith("correct");
        HttpResponse<String> history = f.call("admin", "GET", "/api/v1/best-practice-batches/" + n + "/history", null);
        assertThat(history.body()).contains("\"action\":\"publish\"");
        assertThat(f.call("anonymous", "GET", "/api/v1/best-practice-batches/" + n + "/history", null).statusCode()).isEqualTo(401);
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from platform_batch", Integer.class);
        record Case(String body, String field) {
        }
        for (Case c : List.of(new Case("{\"issued\":\"2021-10-01\"}", "number"),
                new Case("{\"number\":90,\"issued\":\"1 Oct\"}", "issued"),
                new Case("{\"number\":90,\"issued\":\"2021-10-01\",\"document_no\":\"商自贸函2021年9号\"}", "document_no"),
                new Case("{\"number\":\"x\",\"issued\":\"2021-10-01\"}", "number"))) {
            HttpResponse<String> r = f.call("admin", "POST", "/api/v1/best-practice-batches", c.body());
            assertThat(r.statusCode()).as(c.body()).isEqualTo(400);
            assertThat(parameter(r.body())).as(r.body()).isEqualTo(c.field());
        }
        assertThat(f.call("admin", "POST", "/api/v1/best-practice-batches", "{\"number\":4,\"issued\":\"2021-10-01\"}").statusCode())
                .as("the report's batch 4 is not made here").isEqualTo(409);
        int n = openBatch();
        HttpResponse<String> unknown = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/cases",
                "{\"innovation\":\"no-such-case\",\"version\":" + version(n) + "}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(parameter(unknown.body())).isEqualTo("innovation");
        String inBatch4 = jdbc.queryForObject("select innovation_id from best_practice_case where batch_number = 4 and innovation_id is not null limit 1", String.class);
        assertThat(f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/cases",
                "{\"innovation\":\"" + inBatch4 + "\",\"version\":" + version(n) + "}").statusCode()).as("already in batch 4").isEqualTo(409);
        assertThat(f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/cases",
                "{\"innovation\":\"" + freeCase() + "\",\"version\":" + (version(n) + 5) + "}").statusCode()).as("stale version").isEqualTo(409);
        HttpResponse<String> noDeadline = f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/publication",
                "{\"version\":" + version(n) + ",\"responsible_unit\":\"u\",\"owner\":\"o\",\"output_form\":\"x\"}");
        assertThat(parameter(noDeadline.body())).isEqualTo("deadline");
        assertThat(f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/publication", publishBody(n)).statusCode())
                .as("an empty batch is not published").isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from platform_batch", Integer.class)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select state from platform_batch where number = ?", String.class, n)).isEqualTo("draft");
    }

    // ---- authorisation matrix of every new write

    @Test
    void everyNewWriteAnswersEachKindOfCallerAsItsRoleAllows() throws Exception {
        String[] callers = {"anonymous", "henan-editor", "henan-reviewer"};
        int draft = openBatch();
        addCase(draft, freeCase());
        int published = openBatch();
        addCase(published, freeCase());
        publish(published);
        List<String> seen = new ArrayList<>();
        for (String who : callers) {
            int expected = who.equals("anonymous") ? 401 : 403;
            int n = NEXT.get() + 100;
            seen.add(who + " open " + f.call(who, "POST", "/api/v1/best-practice-batches", "{\"number\":" + n + ",\"issued\":\"2021-10-01\"}").statusCode());
            seen.add(who + " add " + f.call(who, "POST", "/api/v1/best-practice-batches/" + draft + "/cases",
                    "{\"innovation\":\"" + freeCase() + "\",\"version\":" + version(draft) + "}").statusCode());
            seen.add(who + " remove " + f.call(who, "DELETE", "/api/v1/best-practice-batches/" + draft + "/cases/1?version=" + version(draft), null).statusCode());
            seen.add(who + " publish " + f.call(who, "POST", "/api/v1/best-practice-batches/" + draft + "/publication", publishBody(draft)).statusCode());
            seen.add(who + " correct " + f.call(who, "POST", "/api/v1/best-practice-batches/" + published + "/corrections",
                    "{\"version\":" + version(published) + ",\"field\":\"summary_en\",\"value\":\"x\",\"reason\":\"y\"}").statusCode());
            assertThat(seen).allMatch(s -> !s.startsWith(who) || s.endsWith(" " + expected));
        }
        // Replication from the library: a reviewer for their own province, not for another; the national office anywhere.
        String c = freeCase();
        assertThat(f.call("anonymous", "POST", "/api/v1/innovations/" + c + "/announcements", "{\"scope\":\"regions\",\"regions\":[\"henan\"]}")
                .statusCode()).isEqualTo(401);
        assertThat(f.call("henan-editor", "POST", "/api/v1/innovations/" + c + "/announcements", "{\"scope\":\"regions\",\"regions\":[\"henan\"]}")
                .statusCode()).isEqualTo(403);
        assertThat(f.call("henan-reviewer", "POST", "/api/v1/innovations/" + c + "/announcements", "{\"scope\":\"regions\",\"regions\":[\"shanxi\"]}")
                .statusCode()).isEqualTo(403);
        assertThat(f.call("henan-reviewer", "POST", "/api/v1/innovations/" + c + "/announcements", "{\"scope\":\"national\"}")
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from innovation_record where library_id = ?", Integer.class, c))
                .as("refused writes leave no record").isZero();
        HttpResponse<String> ok = f.call("henan-reviewer", "POST", "/api/v1/innovations/" + c + "/announcements",
                "{\"scope\":\"regions\",\"regions\":[\"henan\"]}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(json.readTree(ok.body()).path("record").path("level").asString()).isEqualTo("province");
        HttpResponse<String> bad = f.call("henan-reviewer", "POST", "/api/v1/innovations/" + c + "/announcements", "{\"scope\":\"everywhere\"}");
        assertThat(parameter(bad.body())).isEqualTo("scope");
        // The national office: a case in no batch cannot be announced nationally (it needs a batch) but regionally it can.
        String d = freeCase();
        assertThat(f.call("admin", "POST", "/api/v1/innovations/" + d + "/announcements", "{\"scope\":\"national\"}").statusCode()).isEqualTo(409);
        assertThat(f.call("admin", "POST", "/api/v1/innovations/" + d + "/announcements", "{\"scope\":\"regions\",\"regions\":[\"shanxi\"]}")
                .statusCode()).isEqualTo(201);
        // A 4th-batch case of the report: announced nationally by the national office, selected at national level in batch 4.
        String fourth = jdbc.queryForObject("""
                select innovation_id from best_practice_case c where batch_number = 4 and innovation_id is not null
                  and not exists (select 1 from innovation_record r where r.library_id = c.innovation_id) order by item limit 1""", String.class);
        HttpResponse<String> national = f.call("admin", "POST", "/api/v1/innovations/" + fourth + "/announcements", "{\"scope\":\"national\"}");
        assertThat(national.statusCode()).as(national.body()).isEqualTo(201);
        assertThat(json.readTree(national.body()).path("record").path("batch_no").asInt()).isEqualTo(4);
    }

    // ---- the case page: adoption matrix and outcome

    @Test
    void aTaskThatLandsWithAnOutcomeShowsOnTheCasePageInChineseAndEnglish() throws Exception {
        String c = freeCase();
        assertThat(get("/innovations/" + c, "en")).contains("id=\"case-adoption-empty\"");
        JsonNode announced = json.readTree(f.call("henan-reviewer", "POST", "/api/v1/innovations/" + c + "/announcements",
                "{\"scope\":\"regions\",\"regions\":[\"henan\"]}").body());
        long announcement = announced.path("announcement").path("id").asLong();
        HttpResponse<String> task = f.call("henan-reviewer", "POST", "/api/v1/announcements/" + announcement + "/tasks",
                "{\"region\":\"henan\",\"responsible_unit\":\"河南省商务厅\",\"reform_content\":\"推广\",\"deadline\":\"" + FUTURE
                        + "\",\"owner\":\"王\",\"output_form\":\"文件\"}");
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        long taskId = json.readTree(task.body()).path("id").asLong();
        assertThat(get("/innovations/" + c, "zh")).contains("data-region=\"henan\" data-status=\"planned\"");
        for (String to : new String[] {"in_progress", "landed"}) {
            int v = json.readTree(f.call("henan-editor", "GET", "/api/v1/replication-tasks/" + taskId, null).body()).path("task").path("version").asInt();
            assertThat(f.call("henan-editor", "POST", "/api/v1/replication-tasks/" + taskId + "/transitions",
                    "{\"to\":\"" + to + "\",\"version\":" + v + "}").statusCode()).isEqualTo(200);
        }
        assertThat(f.call("henan-editor", "POST", "/api/v1/replication-tasks/" + taskId + "/outcomes",
                "{\"quantity\":\"clearance time\",\"unit\":\"day\",\"before\":5,\"after\":1.5}").statusCode()).isEqualTo(201);

        String zh = get("/innovations/" + c, "zh");
        assertThat(zh).contains("data-region=\"henan\" data-status=\"landed\"").contains("复制推广后在河南省测得").contains("5 天").contains("1.5 天");
        String en = get("/innovations/" + c, "en");
        assertThat(en).contains("measured after replication in Henan").contains("5 days").contains("1.5 days").contains("Where replication has landed");
        JsonNode view = json.readTree(f.call("anonymous", "GET", "/api/v1/innovations/" + c + "/replication", null).body());
        assertThat(view.path("landings").get(0).path("status").asString()).isEqualTo("landed");
        assertThat(view.path("outcomes").get(0).path("after").decimalValue()).isEqualByComparingTo("1.5");
    }

    // ---- re-import and export/import

    @Test
    void aBundledReimportKeepsPlatformBatchesAndExportImportRoundTripsThem(@TempDir Path dir) throws Exception {
        int n = openBatch();
        String c = addCase(n, freeCase());
        publish(n);
        f.call("admin", "POST", "/api/v1/best-practice-batches/" + n + "/corrections",
                "{\"version\":" + version(n) + ",\"field\":\"summary_en\",\"value\":\"Corrected\",\"reason\":\"typo\"}");
        dataset.importDirectory(paths.dataDir(), s -> { });
        JsonNode kept = json.readTree(f.call("anonymous", "GET", "/api/v1/best-practice-batches/" + n, null).body());
        assertThat(kept.path("platform").path("state").asString()).isEqualTo("published");
        assertThat(kept.path("cases").get(0).path("innovation_title").path("zh").asString()).as("the case is found again after re-import").isNotBlank();

        exporter.export(dir, s -> { });
        Path file = dir.resolve("best-practices/platform-batches.yaml");
        assertThat(file).exists();
        String exported = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(exported).contains("number: " + n).contains(c).contains("reason: typo");
        String before = f.call("admin", "GET", "/api/v1/best-practice-batches/" + n, null).body();
        jdbc.update("delete from platform_batch where number = ?", n);
        dataset.importDirectory(dir, s -> { });
        assertThat(f.call("admin", "GET", "/api/v1/best-practice-batches/" + n, null).body()).isEqualTo(before);

        // A broken file changes nothing: all or nothing, with file:line problems.
        Files.writeString(file, exported.replace(c, "no-such-case"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> dataset.importDirectory(dir, s -> { })).isInstanceOf(InvalidDatasetException.class)
                .satisfies(e -> assertThat(((InvalidDatasetException) e).problems().toString()).contains("platform-batches.yaml").contains("no-such-case"));
        assertThat(f.call("admin", "GET", "/api/v1/best-practice-batches/" + n, null).body()).isEqualTo(before);
    }

    private String get(String path, String lang) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Cookie", "ftz-lang=" + lang).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return r.body();
    }
}
