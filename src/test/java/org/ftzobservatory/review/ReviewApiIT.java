package org.ftzobservatory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.security.OfficialStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Ingestion, decisions, audit, curated facts and the error answers of the review API, on embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/test-pg-review", "ftz.db.embedded.clean=true"})
class ReviewApiIT {

    static final Path REPORT = Path.of("../shared/seed/ftz-report-2022.txt");

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
    HikariDataSource dataSource;

    ReviewFixture f;

    @BeforeEach
    void officials() {
        f = new ReviewFixture(port, officials, encoder, "rapi");
    }

    JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    long ingestSample(String who) throws Exception {
        return ok(f.upload(who, "sample.txt", ReviewFixture.uniqueSample().getBytes(StandardCharsets.UTF_8)), 201)
                .get("document").get("id").asLong();
    }

    JsonNode candidates(long doc, String query) throws Exception {
        return ok(f.call("admin", "GET", "/api/v1/review/documents/" + doc + "/candidates" + query, null), 200);
    }

    JsonNode first(long doc, String type) throws Exception {
        return candidates(doc, "?type=" + type).get(0);
    }

    int audits(long candidateId) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = 'fact_candidate' and object_id = ?",
                Integer.class, String.valueOf(candidateId));
    }

    HttpResponse<String> decide(String who, long id, String body) throws Exception {
        return f.call(who, "POST", "/api/v1/review/candidates/" + id + "/decision", body);
    }

    @Test
    void theReportGivesCandidatesWithExactSpansAndAgainGivesNoDuplicates() throws Exception {
        byte[] bytes = Files.readAllBytes(REPORT);
        JsonNode r = ok(f.multipart("editor", "ftz-report-2022.txt", bytes), 201);
        long doc = r.get("document").get("id").asLong();
        assertThat(r.get("duplicate").asBoolean()).isFalse();
        assertThat(r.get("candidates").asInt()).isGreaterThan(1000);
        String text = ok(f.call("editor", "GET", "/api/v1/review/documents/" + doc + "?text=true", null), 200).get("text").asString();
        assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        JsonNode all = candidates(doc, "");
        assertThat(all.size()).isEqualTo(r.get("candidates").asInt());
        List<String> types = new ArrayList<>();
        for (JsonNode c : all) {
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("raw").asString());
            assertThat(c.get("status").asString()).isEqualTo("pending");
            types.add(c.get("type").asString());
        }
        assertThat(types).contains("doc_number", "date", "amount", "percent", "count", "zone", "case_box");
        assertThat(candidates(doc, "?type=doc_number").size()).isEqualTo(27);
        assertThat(candidates(doc, "?type=doc_number").findValuesAsString("raw")).contains("国发〔2021〕12 号");

        // The same bytes again, by someone else and by the other upload route: the existing document, nothing added.
        int rows = jdbc.queryForObject("select count(*) from fact_candidate", Integer.class);
        JsonNode again = ok(f.upload("reviewer", "copy.txt", bytes), 200);
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("document").get("id").asLong()).isEqualTo(doc);
        assertThat(jdbc.queryForObject("select count(*) from fact_candidate", Integer.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from ingested_document where sha256 = ?", Integer.class,
                ReviewService.sha256(bytes))).isEqualTo(1);
        JsonNode docs = ok(f.call("admin", "GET", "/api/v1/review/documents", null), 200);
        assertThat(docs.findValuesAsString("file_name")).contains("ftz-report-2022.txt");

        // The curator view of the whole report, in both languages: every span marked once at most, the list capped.
        HttpResponse<String> zh = f.call("editor", "GET", "/review/" + doc, null);
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("采纳").contains("国发〔2021〕12 号");
        long marks = zh.body().split("<mark ", -1).length - 1;
        assertThat(marks).isGreaterThan(1000).isLessThanOrEqualTo(all.size());
        assertThat(zh.body().split("class=\"candidate ", -1).length - 1).isEqualTo(ReviewController.PAGE);
        HttpResponse<String> en = f.call("editor", "GET", "/review/" + doc + "?lang=en&type=doc_number", null);
        assertThat(en.body()).contains("Accept").contains("Reject").contains("Doc number");
        assertThat(f.call("editor", "GET", "/review/facts?lang=en", null).body()).contains("Accepted facts");
        assertThat(f.call("editor", "GET", "/review?lang=en", null).body()).contains("at most 50 MB");
    }

    @Test
    void formPostsWithoutACsrfTokenAre403() throws Exception {
        long doc = ingestSample("admin");
        long id = first(doc, "date").get("id").asLong();
        HttpResponse<String> r = f.call("admin", "POST", "/review/candidates/" + id + "/decision", null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(audits(id)).isZero();
    }

    @Test
    void theSampleHasOneCandidateOfEachTypeAtItsSpan() throws Exception {
        long doc = ingestSample("admin");
        JsonNode all = candidates(doc, "");
        assertThat(all.findValuesAsString("type")).containsExactlyInAnyOrder("doc_number", "date", "zone", "amount", "percent",
                "count", "case_box", "zone", "zone", "count");
        assertThat(first(doc, "doc_number").get("value").get("normalized").asString()).isEqualTo("国发〔2021〕12号");
        assertThat(first(doc, "amount").get("value").get("value").asLong()).isEqualTo(213_000_000_000L);
        assertThat(first(doc, "case_box").get("value").get("label").asString()).contains("3-1");
    }

    @Test
    void acceptEditAndRejectAreRecordedAuditedOnceAndBecomeCuratedFacts() throws Exception {
        long doc = ingestSample("editor");
        JsonNode number = first(doc, "doc_number");
        JsonNode accepted = ok(decide("editor", number.get("id").asLong(), "{\"action\":\"accept\",\"version\":0}"), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("accepted");
        assertThat(accepted.get("version").asInt()).isEqualTo(1);
        assertThat(accepted.get("decided_by").asString()).isEqualTo("rapi-editor");
        assertThat(jdbc.queryForObject("select count(*) from document_stub where doc_number = '国发〔2021〕12号'", Integer.class)).isEqualTo(1);

        JsonNode amount = first(doc, "amount");
        JsonNode edited = ok(decide("reviewer", amount.get("id").asLong(),
                "{\"action\":\"edit\",\"version\":0,\"value\":\"213000000001\",\"comment\":\"checked\"}"), 200);
        assertThat(edited.get("status").asString()).isEqualTo("edited");
        assertThat(edited.get("accepted").get("value").asLong()).isEqualTo(213_000_000_001L);
        assertThat(jdbc.queryForObject("select value from curated_statistic where candidate_id = ?", java.math.BigDecimal.class,
                amount.get("id").asLong())).isEqualByComparingTo("213000000001");

        JsonNode percent = first(doc, "percent");
        assertThat(ok(decide("admin", percent.get("id").asLong(), "{\"action\":\"reject\",\"version\":0}"), 200)
                .get("status").asString()).isEqualTo("rejected");
        assertThat(jdbc.queryForObject("select count(*) from curated_statistic where candidate_id = ?", Integer.class,
                percent.get("id").asLong())).isZero();

        JsonNode box = first(doc, "case_box");
        ok(decide("admin", box.get("id").asLong(), "{\"action\":\"accept\",\"version\":0}"), 200);
        assertThat(jdbc.queryForObject("select title_zh from innovation_draft where candidate_id = ?", String.class,
                box.get("id").asLong())).contains("跨境贸易便利化");

        for (JsonNode c : List.of(number, amount, percent, box)) {
            assertThat(audits(c.get("id").asLong())).as(c.toString()).isEqualTo(1);
        }
        var event = jdbc.queryForMap("select * from audit_event where object_type = 'fact_candidate' and object_id = ?",
                amount.get("id").asString());
        assertThat(event).containsEntry("actor", "rapi-reviewer").containsEntry("role", "PROVINCE_REVIEWER")
                .containsEntry("action", "edit").containsEntry("from_state", "pending").containsEntry("to_state", "edited")
                .containsEntry("comment", "checked");
        assertThat(event.get("before").toString()).contains("213000000000");
        assertThat(event.get("after").toString()).contains("213000000001");

        // A decision is final: deciding again is a 409 and writes nothing.
        HttpResponse<String> again = decide("admin", number.get("id").asLong(), "{\"action\":\"reject\",\"version\":1}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(audits(number.get("id").asLong())).isEqualTo(1);

        JsonNode facts = ok(f.call("editor", "GET", "/api/v1/review/facts", null), 200);
        assertThat(facts.get("document_stubs").findValuesAsString("doc_number")).contains("国发〔2021〕12号");
        assertThat(facts.get("statistics").findValues("candidate_id").stream().map(JsonNode::asLong).toList())
                .contains(amount.get("id").asLong());
        assertThat(facts.get("innovation_drafts").size()).isPositive();
    }

    @Test
    void aSecondDocumentWithTheSameDocNumberUpdatesTheStub() throws Exception {
        long a = ingestSample("admin");
        long b = ingestSample("admin");
        int before = jdbc.queryForObject("select coalesce(max(mentions), 0) from document_stub where doc_number = '国发〔2021〕12号'", Integer.class);
        ok(decide("admin", first(a, "doc_number").get("id").asLong(), "{\"action\":\"accept\",\"version\":0}"), 200);
        ok(decide("admin", first(b, "doc_number").get("id").asLong(), "{\"action\":\"accept\",\"version\":0}"), 200);
        assertThat(jdbc.queryForObject("select count(*) from document_stub where doc_number = '国发〔2021〕12号'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select mentions from document_stub where doc_number = '国发〔2021〕12号'", Integer.class))
                .isEqualTo(before + 2);
    }

    @Test
    void bulkDecisionsAreAllOrNothingAndAuditedOncePerCandidate() throws Exception {
        long doc = ingestSample("editor");
        JsonNode zones = candidates(doc, "?type=zone");
        List<Long> ids = zones.findValues("id").stream().map(JsonNode::asLong).toList();
        assertThat(ids).hasSize(3);
        JsonNode r = ok(f.call("editor", "POST", "/api/v1/review/decisions",
                "{\"action\":\"accept\",\"ids\":" + ids.subList(0, 2) + "}"), 200);
        assertThat(r.get("decided").asInt()).isEqualTo(2);
        // One of these is decided already: 409, and the third stays pending.
        HttpResponse<String> clash = f.call("editor", "POST", "/api/v1/review/decisions", "{\"action\":\"reject\",\"ids\":" + ids + "}");
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertThat(candidates(doc, "?type=zone&status=pending").size()).isEqualTo(1);
        // By document and type: the two counts.
        JsonNode counts = ok(f.call("reviewer", "POST", "/api/v1/review/decisions",
                "{\"action\":\"reject\",\"document_id\":" + doc + ",\"type\":\"count\"}"), 200);
        assertThat(counts.get("decided").asInt()).isEqualTo(2);
        assertThat(candidates(doc, "?type=count&status=rejected").size()).isEqualTo(2);
        for (long id : ids.subList(0, 2)) {
            assertThat(audits(id)).isEqualTo(1);
        }
        assertThat(audits(ids.get(2))).isZero();
        // The rest of the document in one go.
        JsonNode rest = ok(f.call("admin", "POST", "/api/v1/review/decisions", "{\"action\":\"accept\",\"document_id\":" + doc + "}"), 200);
        assertThat(rest.get("decided").asInt()).isEqualTo(10 - 4);
        assertThat(candidates(doc, "?status=pending").size()).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'fact_candidate'
                and object_id in (select id::text from fact_candidate where document_id = ?)""", Integer.class, doc)).isEqualTo(10);
    }

    @Test
    void aStaleVersionIsA409AndChangesNothing() throws Exception {
        long doc = ingestSample("admin");
        long id = first(doc, "date").get("id").asLong();
        HttpResponse<String> stale = decide("admin", id, "{\"action\":\"accept\",\"version\":3}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("current_version").asInt()).isZero();
        assertThat(first(doc, "date").get("status").asString()).isEqualTo("pending");
        assertThat(audits(id)).isZero();
    }

    @Test
    void badInputIs400NamingTheField() throws Exception {
        long doc = ingestSample("admin");
        long date = first(doc, "date").get("id").asLong();
        assertField(decide("admin", date, "{\"action\":\"approve\",\"version\":0}"), "action");
        assertField(decide("admin", date, "{\"action\":\"accept\"}"), "version");
        assertField(decide("admin", date, null), "body");
        assertField(decide("admin", date, "{\"action\":\"edit\",\"version\":0,\"value\":\"2021-13\"}"), "value");
        assertField(decide("admin", first(doc, "doc_number").get("id").asLong(), "{\"action\":\"edit\",\"version\":0,\"value\":\"国发12号\"}"), "value");
        assertField(decide("admin", first(doc, "count").get("id").asLong(), "{\"action\":\"edit\",\"version\":0,\"value\":\"2.5\"}"), "value");
        assertField(f.call("admin", "POST", "/api/v1/review/decisions", "{\"action\":\"edit\",\"ids\":[" + date + "]}"), "action");
        assertField(f.call("admin", "POST", "/api/v1/review/decisions", "{\"action\":\"accept\",\"ids\":[]}"), "ids");
        assertField(f.call("admin", "POST", "/api/v1/review/decisions", "{\"action\":\"accept\"}"), "ids");
        assertField(f.call("admin", "GET", "/api/v1/review/documents/" + doc + "/candidates?type=gdp", null), "type");
        assertField(f.call("admin", "GET", "/api/v1/review/documents/" + doc + "/candidates?status=maybe", null), "status");
        assertField(f.upload("admin", "", "x".getBytes(StandardCharsets.UTF_8)), "name");
        assertThat(first(doc, "date").get("status").asString()).isEqualTo("pending");
        assertThat(audits(date)).isZero();
        assertThat(f.call("admin", "GET", "/api/v1/review/candidates/999999999", null).statusCode()).isEqualTo(404);
        assertThat(decide("admin", 999999999, "{\"action\":\"accept\",\"version\":0}").statusCode()).isEqualTo(404);
    }

    @Test
    void aRejectedFileIs400AndWritesNothing() throws Exception {
        int docs = jdbc.queryForObject("select count(*) from ingested_document", Integer.class);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        HttpResponse<String> r = f.upload("admin", "broken.docx", zip);
        assertField(r, "file");
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertField(f.multipart("admin", "tool.exe", exe), "file");
        assertThat(jdbc.queryForObject("select count(*) from ingested_document", Integer.class)).isEqualTo(docs);
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        long doc = ingestSample("admin");
        long id = first(doc, "date").get("id").asLong();
        assertThat(f.call("anonymous", "GET", "/api/v1/review/documents", null).statusCode()).isEqualTo(401);
        assertThat(f.call("anonymous", "GET", "/api/v1/review/facts", null).statusCode()).isEqualTo(401);
        assertThat(f.call("anonymous", "GET", "/api/v1/review/documents/" + doc + "/candidates", null).statusCode()).isEqualTo(401);
        assertThat(decide("anonymous", id, "{\"action\":\"accept\",\"version\":0}").statusCode()).isEqualTo(401);
        assertThat(f.upload("anonymous", "x.txt", "国发〔2021〕12号".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
        assertThat(f.call("anonymous", "POST", "/api/v1/review/decisions", "{\"action\":\"accept\",\"ids\":[" + id + "]}").statusCode())
                .isEqualTo(401);
        assertThat(audits(id)).isZero();
        // Every role may curate (the rule in ReviewService): the zone editor decides this one.
        assertThat(ok(decide("editor", id, "{\"action\":\"accept\",\"version\":0}"), 200).get("status").asString()).isEqualTo("accepted");
    }

    @Test
    void theCommandLineIngestsWithProgressAndRefusesBadInput() throws Exception {
        Path file = Files.createTempFile("ftz-ingest", ".txt");
        Files.writeString(file, ReviewFixture.uniqueSample());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cli(out, err, "ingest", file.toString(), "--by", "Li Hua")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("ingested: document").contains("10 candidates");
        assertThat(err.toString()).contains("reading").contains("storing 10 candidates");
        out.reset();
        assertThat(cli(out, err, "ingest", file.toString(), "--by", "Li Hua")).isZero();
        assertThat(out.toString()).contains("already ingested");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'ingested_document' and actor = 'Li Hua'",
                Integer.class)).isEqualTo(1);

        err.reset();
        assertThat(cli(out, err, "ingest", file.toString())).isEqualTo(2);
        assertThat(err.toString().trim().lines()).hasSize(1);
        err.reset();
        Path bad = Files.createTempFile("ftz-ingest", ".docx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(cli(out, err, "ingest", bad.toString(), "--by", "Li Hua")).isEqualTo(2);
        assertThat(err.toString().lines().filter(l -> l.contains("nothing was written")).count()).isEqualTo(1);
        err.reset();
        assertThat(cli(out, err, "ingest", "/no/such/file.txt", "--by", "Li Hua")).isEqualTo(2);
    }

    int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--ftz.db.url=" + dataSource.getJdbcUrl());
        a.add("--ftz.db.user=" + dataSource.getUsername());
        return new FtzCli(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(a.toArray(String[]::new));
    }

    void assertField(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("errors").get(0).get("parameter").asString()).isEqualTo(field);
    }
}
