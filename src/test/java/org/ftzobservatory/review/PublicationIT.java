package org.ftzobservatory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13 §2: accepted 文号 and figures reach /documents, /api/v1/documents, the zone page and /api/v1/statistics with
 * their provenance; they survive a re-import of a changed dataset and export → import; withdrawal needs a role, a reason
 * and the scope, is audited and takes the fact off the public pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-publication", "ftz.db.embedded.clean=true"})
class PublicationIT {

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
    @TempDir
    Path tmp;

    ReviewFixture f;

    @BeforeEach
    void officials() {
        f = new ReviewFixture(port, officials, encoder, "pub");
        f.addOfficial("shanghai-reviewer", Role.PROVINCE_REVIEWER, "shanghai");
    }

    /** A notice citing a 文号 of its own (not in the dataset) and three figures about the Shanghai FTZ. */
    record Notice(long document, String number, String text, String file) {
    }

    Notice notice() throws Exception {
        int serial = ThreadLocalRandom.current().nextInt(1000, 99999);
        String number = "沪府规〔2026〕" + serial + "号";
        String text = "上海市人民政府印发《通知》（沪府规〔2026〕" + serial + " 号）。2021 年，上海自贸试验区实际使用外资 2130 亿元，"
                + "外资企业占比 60%以上，新设企业 18 家。5月8日召开会议。\n";
        String file = "notice-" + serial + ".txt";
        long doc = ok(f.upload("editor", file, text.getBytes(StandardCharsets.UTF_8)), 201).get("document").get("id").asLong();
        return new Notice(doc, number, text, file);
    }

    JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    JsonNode first(long doc, String type) throws Exception {
        return ok(f.call("admin", "GET", "/api/v1/review/documents/" + doc + "/candidates?type=" + type, null), 200).get(0);
    }

    HttpResponse<String> accept(String who, JsonNode candidate, String placement) throws Exception {
        return f.call(who, "POST", "/api/v1/review/candidates/" + candidate.get("id").asLong() + "/decision",
                "{\"action\":\"accept\",\"version\":" + candidate.get("version").asInt() + (placement == null ? "" : "," + placement) + "}");
    }

    JsonNode documents(String q) throws Exception {
        return ok(f.call("anonymous", "GET", "/api/v1/documents?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null), 200);
    }

    JsonNode shanghaiStatistics(String indicator) throws Exception {
        return ok(f.call("anonymous", "GET", "/api/v1/statistics?zone=shanghai&indicator=" + indicator + "&size=200", null), 200);
    }

    static List<JsonNode> fromReview(JsonNode page) {
        return page.get("items").valueStream().filter(i -> "review".equals(i.get("origin").asString())).toList();
    }

    String percentIndicator() throws Exception {
        return ok(f.call("editor", "GET", "/api/v1/review/indicators", null), 200).valueStream()
                .filter(i -> "%".equals(i.get("unit").asString())).findFirst().orElseThrow().get("id").asString();
    }

    @Test
    void anAcceptedNumberBecomesAPublicDocumentAddedByReview() throws Exception {
        Notice n = notice();
        JsonNode number = first(n.document(), "doc_number");
        assertThat(documents(n.number()).get("total").asInt()).isZero();
        ok(accept("editor", number, null), 200);

        JsonNode list = documents(n.number());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode d = list.get("items").get(0);
        assertThat(d.get("origin").asString()).isEqualTo("review");
        assertThat(d.get("number").asString()).isEqualTo(n.number());
        JsonNode review = d.get("review");
        assertThat(review.get("document").asString()).startsWith("notice-");
        assertThat(n.text().substring(review.get("start").asInt(), review.get("end").asInt())).isEqualTo(review.get("quote").asString());
        assertThat(review.get("accepted_by").asString()).isEqualTo(f.official("editor").name());

        String id = d.get("id").asString();
        JsonNode detail = ok(f.call("anonymous", "GET", "/api/v1/documents/" + id, null), 200);
        assertThat(detail.get("cited_in").size()).isEqualTo(1);
        String zh = f.call("anonymous", "GET", "/documents?q=" + URLEncoder.encode(n.number(), StandardCharsets.UTF_8), null).body();
        assertThat(zh).contains("经审核添加").contains(n.number());
        String en = f.call("anonymous", "GET", "/documents/" + id + "?lang=en", null).body();
        assertThat(en).contains("added by review").contains(review.get("document").asString());
        // the issuer filter and the year filter find it too
        assertThat(ok(f.call("anonymous", "GET", "/api/v1/documents?issuer=" + URLEncoder.encode("沪府规", StandardCharsets.UTF_8)
                + "&year=2026&size=200", null), 200).findValuesAsString("number")).contains(n.number());
    }

    @Test
    void aNumberTheDatasetHoldsLinksToItsDocument() throws Exception {
        long doc = ok(f.upload("editor", "cites-guofa.txt", ReviewFixture.uniqueSample().getBytes(StandardCharsets.UTF_8)), 201)
                .get("document").get("id").asLong();
        int before = documents("国发〔2021〕12号").get("total").asInt();
        ok(accept("editor", first(doc, "doc_number"), null), 200);
        JsonNode list = documents("国发〔2021〕12号");
        assertThat(list.get("total").asInt()).isEqualTo(before);
        List<JsonNode> same = list.get("items").valueStream().filter(i -> i.get("number") != null && "国发〔2021〕12号".equals(i.get("number").asString())).toList();
        assertThat(same).as("one record for the number: the dataset's").hasSize(1);
        JsonNode d = same.get(0);
        assertThat(d.get("origin").asString()).isEqualTo("dataset");
        JsonNode detail = ok(f.call("anonymous", "GET", "/api/v1/documents/" + d.get("id").asString(), null), 200);
        assertThat(detail.get("cited_in").findValuesAsString("document")).contains("cites-guofa.txt");
        assertThat(f.call("anonymous", "GET", "/documents/" + d.get("id").asString(), null).body()).contains("亦见于").contains("cites-guofa.txt");
    }

    @Test
    void anAcceptedFigureBecomesAStatisticOfItsZoneWithItsSource() throws Exception {
        Notice n = notice();
        JsonNode amount = first(n.document(), "amount");
        int before = fromReview(shanghaiStatistics("fdi_actual_use")).size();
        ok(accept("editor", amount, "\"indicator\":\"fdi_actual_use\",\"zone\":\"shanghai\",\"year\":2021"), 200);

        List<JsonNode> published = fromReview(shanghaiStatistics("fdi_actual_use"));
        assertThat(published).hasSize(before + 1);
        JsonNode s = published.get(published.size() - 1);
        assertThat(s.get("value").decimalValue()).isEqualByComparingTo("213000000000");
        assertThat(s.get("unit").asString()).isEqualTo("CNY");
        assertThat(s.get("year").asInt()).isEqualTo(2021);
        assertThat(s.get("scope").asString()).isEqualTo("zone:shanghai");
        assertThat(s.get("scope_match").asString()).isEqualTo("exact");
        assertThat(s.get("source") == null || s.get("source").isNull()).as("no report lines").isTrue();
        assertThat(s.get("review").get("document").asString()).startsWith("notice-");
        assertThat(s.get("review").get("start").asInt()).isEqualTo(amount.get("start").asInt());

        String zh = f.call("anonymous", "GET", "/zones/shanghai", null).body();
        assertThat(zh).contains("经审核添加").contains("2130 亿元");
        String en = f.call("anonymous", "GET", "/zones/shanghai?lang=en", null).body();
        assertThat(en).contains("added by review").contains(n.file());

        // a percent keeps its qualifier (以上) from the candidate to the statistic
        JsonNode percent = first(n.document(), "percent");
        assertThat(percent.get("value").get("qualifier").asString()).isEqualTo("以上");
        String indicator = percentIndicator();
        ok(accept("editor", percent, "\"indicator\":\"" + indicator + "\",\"zone\":\"shanghai\",\"year\":2021"), 200);
        assertThat(fromReview(shanghaiStatistics(indicator)).get(0).get("qualifier").asString()).isEqualTo("以上");
    }

    @Test
    void aYearlessDateKeepsItsResolution() throws Exception {
        JsonNode date = ok(f.call("admin", "GET", "/api/v1/review/documents/" + notice().document() + "/candidates?type=date", null), 200)
                .valueStream().filter(d -> d.get("raw").asString().equals("5月8日")).findFirst().orElseThrow();
        assertThat(date.get("value").get("resolved").asString()).isEqualTo("2021-05-08");
        assertThat(date.get("value").get("resolved_from").asString()).isEqualTo("2021");
    }

    @Test
    void badPlacementsAre400NamingTheFieldAndChangeNothing() throws Exception {
        Notice n = notice();
        JsonNode amount = first(n.document(), "amount");
        assertField(accept("editor", amount, "\"indicator\":\"no_such_indicator\",\"zone\":\"shanghai\",\"year\":2021"), "indicator");
        // the indicator exists but counts things; the figure is money
        assertField(accept("editor", amount, "\"indicator\":\"gop_firms_signed\",\"zone\":\"shanghai\",\"year\":2021"), "indicator");
        assertField(accept("editor", amount, "\"indicator\":\"fdi_actual_use\",\"zone\":\"atlantis\",\"year\":2021"), "zone");
        assertField(accept("editor", amount, "\"indicator\":\"fdi_actual_use\",\"zone\":\"shanghai\""), "year");
        assertField(accept("editor", amount, "\"indicator\":\"fdi_actual_use\",\"zone\":\"shanghai\",\"year\":1800"), "year");
        assertField(accept("editor", amount, "\"zone\":\"shanghai\",\"year\":2021"), "indicator");
        JsonNode still = ok(f.call("editor", "GET", "/api/v1/review/candidates/" + amount.get("id").asLong(), null), 200);
        assertThat(still.get("status").asString()).as("a refused publication undoes the decision").isEqualTo("pending");
        assertThat(jdbc.queryForObject("select count(*) from curated_statistic where candidate_id = ?", Integer.class,
                amount.get("id").asLong())).isZero();
    }

    @Test
    void aFigureAcceptedWithoutPlacementIsPublishedLaterOnce() throws Exception {
        Notice n = notice();
        JsonNode count = first(n.document(), "count");
        ok(accept("editor", count, null), 200);
        long id = count.get("id").asLong();
        assertField(f.call("editor", "POST", "/api/v1/review/candidates/" + id + "/publication", "{\"zone\":\"shanghai\",\"year\":2021}"), "indicator");
        JsonNode s = ok(f.call("editor", "POST", "/api/v1/review/candidates/" + id + "/publication",
                "{\"indicator\":\"gop_firms_signed\",\"zone\":\"shanghai\",\"year\":2021}"), 201);
        assertThat(s.get("unit").asString()).isEqualTo("count");
        assertThat(f.call("editor", "POST", "/api/v1/review/candidates/" + id + "/publication",
                "{\"indicator\":\"gop_firms_signed\",\"zone\":\"shanghai\",\"year\":2021}").statusCode()).isEqualTo(409);
        assertThat(f.call("anonymous", "POST", "/api/v1/review/candidates/" + id + "/publication",
                "{\"indicator\":\"gop_firms_signed\",\"zone\":\"shanghai\",\"year\":2021}").statusCode()).isIn(401, 403);
    }

    @Test
    void withdrawalNeedsRoleScopeAndReasonIsAuditedAndHidesTheFact() throws Exception {
        Notice n = notice();
        ok(accept("editor", first(n.document(), "amount"), "\"indicator\":\"fdi_actual_use\",\"zone\":\"shanghai\",\"year\":2021"), 200);
        ok(accept("editor", first(n.document(), "doc_number"), null), 200);
        long stat = jdbc.queryForObject("select id from published_statistic where source_name = ?", Long.class, n.file());
        long mention = jdbc.queryForObject("select id from published_document where doc_number = ?", Long.class, n.number());
        String path = "/api/v1/review/published/statistics/" + stat + "/withdrawal";

        assertThat(f.call("anonymous", "POST", path, "{\"reason\":\"x\"}").statusCode()).isIn(401, 403);
        assertThat(f.call("editor", "POST", path, "{\"reason\":\"misread\"}").statusCode()).as("a zone editor may not").isEqualTo(403);
        assertThat(f.call("reviewer", "POST", path, "{\"reason\":\"misread\"}").statusCode()).as("henan's reviewer, a Shanghai figure")
                .isEqualTo(403);
        assertField(f.call("shanghai-reviewer", "POST", path, "{}"), "reason");
        // a form post without its CSRF token changes nothing
        assertThat(f.call("admin", "POST", "/review/published/statistics/" + stat + "/withdraw", null).statusCode()).isEqualTo(403);
        assertThat(fromReview(shanghaiStatistics("fdi_actual_use")).stream().map(s -> s.get("id").asString()))
                .contains("review-" + stat);

        JsonNode w = ok(f.call("shanghai-reviewer", "POST", path, "{\"reason\":\"the notice gives a planned, not an actual, figure\"}"), 200);
        assertThat(w.get("withdrawn_by").asString()).isEqualTo(f.official("shanghai-reviewer").name());
        assertThat(fromReview(shanghaiStatistics("fdi_actual_use")).stream().map(s -> s.get("id").asString()))
                .doesNotContain("review-" + stat);
        assertThat(f.call("shanghai-reviewer", "POST", path, "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        JsonNode history = ok(f.call("editor", "GET", "/api/v1/review/published/statistics/" + stat, null), 200).get("history");
        assertThat(history.findValuesAsString("action")).containsExactly("publish", "withdraw");
        assertThat(history.get(1).get("comment").asString()).contains("planned");

        ok(f.call("admin", "POST", "/api/v1/review/published/documents/" + mention + "/withdrawal", "{\"reason\":\"duplicate\"}"), 200);
        assertThat(documents(n.number()).get("total").asInt()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'published_document' and object_id = ?",
                Integer.class, String.valueOf(mention))).isEqualTo(2);
    }

    @Test
    void publishedFactsSurviveAChangedDatasetAndLinkWhenItListsTheNumber() throws Exception {
        Notice n = notice();
        ok(accept("editor", first(n.document(), "doc_number"), null), 200);
        ok(accept("editor", first(n.document(), "amount"), "\"indicator\":\"fdi_actual_use\",\"zone\":\"shanghai\",\"year\":2021"), 200);
        int stats = fromReview(shanghaiStatistics("fdi_actual_use")).size();

        // The bundled dataset changes: a new version that lists the published number as a document of its own.
        Path changed = copyData();
        Files.writeString(changed.resolve("dataset.yaml"), Files.readString(changed.resolve("dataset.yaml"))
                .replaceFirst("version: *\"?([^\"\\n]+)\"?", "version: \"$1-changed\""));
        Files.writeString(changed.resolve("documents/zz-review-test.yaml"), """
                documents:
                  - id: review-test-notice
                    number: %s
                    title_zh: 关于测试的通知
                    title_en: Notice for the test
                    issuers: [上海市人民政府]
                    type: notice
                    scope: zone
                    zones: [shanghai]
                    summary_zh: 测试用。
                    summary_en: For the test.
                    source: ftz-report-2022:1-2
                """.formatted(n.number()));
        datasets.importDirectory(changed, s -> { });
        JsonNode linked = documents(n.number());
        assertThat(linked.get("total").asInt()).as("linked, not duplicated").isEqualTo(1);
        assertThat(linked.get("items").get(0).get("origin").asString()).isEqualTo("dataset");
        JsonNode detail = ok(f.call("anonymous", "GET", "/api/v1/documents/review-test-notice", null), 200);
        assertThat(detail.get("cited_in").findValuesAsString("document")).containsExactly(n.file());
        assertThat(fromReview(shanghaiStatistics("fdi_actual_use"))).hasSize(stats);

        // Back to the bundled dataset (which does not list the number): the record added by review is back.
        datasets.importDirectory(Path.of("data"), s -> { });
        assertThat(documents(n.number()).get("items").get(0).get("origin").asString()).isEqualTo("review");
        assertThat(fromReview(shanghaiStatistics("fdi_actual_use"))).hasSize(stats);
    }

    @Test
    void exportWritesThemWithProvenanceAndImportingTheExportAddsNothingTwice() throws Exception {
        Notice n = notice();
        ok(accept("editor", first(n.document(), "doc_number"), null), 200);
        ok(accept("editor", first(n.document(), "percent"), "\"indicator\":\"" + percentIndicator() + "\",\"zone\":\"shanghai\",\"year\":2021"), 200);
        Path out = tmp.resolve("export");
        exporter.export(out, s -> { });
        String docs = Files.readString(out.resolve("review/published-documents.yaml"));
        String stats = Files.readString(out.resolve("review/published-statistics.yaml"));
        assertThat(docs).contains(n.number()).contains("sha256:").contains("accepted_by: " + f.official("editor").name());
        assertThat(stats).contains("qualifier: 以上").contains("scope: zone:shanghai").contains("start:");
        int d = jdbc.queryForObject("select count(*) from published_document", Integer.class);
        int s = jdbc.queryForObject("select count(*) from published_statistic", Integer.class);
        datasets.importDirectory(out, x -> { });
        assertThat(jdbc.queryForObject("select count(*) from published_document", Integer.class)).isEqualTo(d);
        assertThat(jdbc.queryForObject("select count(*) from published_statistic", Integer.class)).isEqualTo(s);

        // a broken file stops the whole import: nothing of it is written
        Files.writeString(out.resolve("review/published-statistics.yaml"), stats.replace("zone: shanghai", "zone: atlantis"));
        jdbc.update("delete from published_statistic where fact_key in (select fact_key from published_statistic limit 1)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> datasets.importDirectory(out, x -> { }))
                .hasMessageContaining("published-statistics.yaml");
    }

    Path copyData() throws Exception {
        Path target = tmp.resolve("data");
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            for (Path p : files.toList()) {
                Path t = target.resolve(Path.of("data").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }

    void assertField(HttpResponse<String> r, String field) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("errors").get(0).get("parameter").asString()).isEqualTo(field);
    }
}
