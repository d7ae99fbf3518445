package org.ftzobservatory.web;

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
import org.ftzobservatory.access.NegativeListService;
import org.ftzobservatory.cli.FtzCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The negative lists over HTTP and on the command line, on embedded PostgreSQL with the bundled data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class AccessApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    NegativeListService lists;

    private LocalHttp http() {
        return new LocalHttp(port, json);
    }

    @Test
    void theIssueExampleNeedsItsForeignShareReducedAndTheNationalListAnswersTheSame() throws Exception {
        HttpResponse<String> r = http().postJson("/api/v1/access-checks",
                "{\"location\": \"shanghai/lingang\", \"industry\": \"6319\", \"activity\": \"增值电信业务\", \"foreign_share\": 0.6, \"date\": \"2025-03-01\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        List<String> keys = new ArrayList<>();
        body.propertyNames().forEach(keys::add);
        assertThat(keys.subList(0, 6)).containsExactly("location", "list", "verdict", "measures", "conditions", "comparison");
        assertThat(body.get("list").asString()).isEqualTo("ftz-2021");
        assertThat(body.get("verdict").asString()).isEqualTo("requires_changes");
        assertThat(body.at("/measures/0/seq").asInt()).isEqualTo(11);
        // The FTZ wording of item 11 was not found: the key stays, null, so the shape is the same for every answer.
        assertThat(body.get("measures").get(0).has("text_zh")).isTrue();
        assertThat(body.at("/measures/0/text_zh").isNull()).isTrue();
        assertThat(body.at("/measures/0/text_partial_zh").asString()).contains("50%");
        JsonNode cap = body.at("/conditions/0");
        assertThat(cap.get("kind").asString()).isEqualTo("max_foreign_share");
        assertThat(cap.get("limit").asDouble()).isEqualTo(0.5);
        assertThat(cap.get("actual").asDouble()).isEqualTo(0.6);
        assertThat(cap.get("fix_en").asString()).contains("at most 50%");
        // After 2024-11-01 the FTZ answer is compared with the 2024 national list, whose telecom item (2021 item 14) has no text.
        assertThat(body.at("/comparison/list").asString()).isEqualTo("national-2024");
        assertThat(body.at("/comparison/verdict").asString()).isEqualTo("unknown");
        assertThat(body.get("basis").asString()).isEqualTo("sourced");
        assertThat(body.at("/answer/en").asString()).isEqualTo("Not allowed as proposed. Allowed if the foreign share is at most 50%.");
        assertThat(body.get("date").asString()).isEqualTo("2025-03-01");
        assertThat(body.at("/edition/list").asString()).isEqualTo("ftz-2021");
    }

    @Test
    void theThreeInvestorQuestionsAnswerWithBasisAndConditionAndEditionByDate() throws Exception {
        JsonNode news = json.readTree(http().postJson("/api/v1/access-checks",
                "{\"location\": \"beijing\", \"industry\": \"8610\", \"foreign_share\": 0.5}").body());
        assertThat(news.get("verdict").asString()).isEqualTo("prohibited");
        assertThat(news.get("basis").asString()).isEqualTo("derived");
        assertThat(news.at("/measures/0/seq").asInt()).isEqualTo(21);
        assertThat(news.at("/measures/0/basis").asString()).isEqualTo("derived");
        assertThat(news.at("/measures/0/derived_from/seq").asInt()).isEqualTo(25);
        JsonNode research = json.readTree(http().postJson("/api/v1/access-checks",
                "{\"location\": \"shanghai/lingang\", \"industry\": \"7242\", \"foreign_share\": 1}").body());
        assertThat(research.get("verdict").asString()).isEqualTo("permitted_with_conditions");
        assertThat(research.at("/conditions/0/conditional").asBoolean()).isTrue();
        assertThat(research.at("/conditions/0/applies_if/en").asString()).isEqualTo("radio and TV audience surveys");
        JsonNode hospital = json.readTree(http().postJson("/api/v1/access-checks",
                "{\"location\": \"hainan\", \"industry\": \"8411\", \"foreign_share\": 0.7}").body());
        assertThat(hospital.get("verdict").asString()).isEqualTo("unknown");
        // The date picks the national edition: publication printing (2021 item 6) is gone from 2024-11-01.
        String printing = "{\"location\": \"mainland\", \"industry\": \"2311\", \"foreign_share\": 1, \"date\": \"%s\"}";
        JsonNode before = json.readTree(http().postJson("/api/v1/access-checks", printing.formatted("2024-10-31")).body());
        JsonNode after = json.readTree(http().postJson("/api/v1/access-checks", printing.formatted("2024-11-01")).body());
        assertThat(before.get("list").asString() + " " + before.get("verdict").asString()).isEqualTo("national-2021 requires_changes");
        assertThat(after.get("list").asString() + " " + after.get("verdict").asString()).isEqualTo("national-2024 permitted");
        HttpResponse<String> early = http().postJson("/api/v1/access-checks", printing.formatted("2021-12-31"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(json.readTree(early.body()).at("/errors/0/parameter").asString()).isEqualTo("date");
        assertThat(early.body()).contains("2021-12-31").contains("national-2021");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share 1.5        | {"location": "shanghai", "industry": "6319", "foreign_share": 1.5}     | foreign_share
            share -0.1       | {"location": "shanghai", "industry": "6319", "foreign_share": -0.1}    | foreign_share
            unknown code     | {"location": "shanghai", "industry": "12345", "foreign_share": 0.5}    | industry
            unknown location | {"location": "atlantis", "industry": "6319", "foreign_share": 0.5}     | location
            neither          | {"location": "shanghai", "foreign_share": 0.5}                         | industry
            """)
    void badInputIsA400NamingTheField(String name, String request, String field) throws Exception {
        HttpResponse<String> r = http().postJson("/api/v1/access-checks", request);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json.readTree(r.body()).at("/errors/0/parameter").asString()).isEqualTo(field);
    }

    @Test
    void theDiffShowsTheFtzOpeningAndTheRestrictivenessScoresEverySection() throws Exception {
        JsonNode diff = http().getJson("/api/v1/negative-lists/diff?from=national-2021&to=ftz-2021");
        assertThat(diff.at("/summary/removed").asInt()).isEqualTo(3);
        List<Integer> relaxed = new ArrayList<>();
        diff.get("sections").forEach(s -> s.get("rows").forEach(row -> {
            if (row.get("change").asString().equals("relaxed")) {
                relaxed.add(row.at("/from/seq").asInt());
            }
        }));
        assertThat(relaxed).contains(1, 17, 18, 31);
        JsonNode scores = http().getJson("/api/v1/negative-lists/restrictiveness");
        assertThat(scores.get("national-2021")).hasSize(20);
        assertThat(http().get("/api/v1/negative-lists/diff?from=national-1999").statusCode()).isEqualTo(400);
    }

    @Test
    void everyMeasureShowsItsHistoryAndTheHainanListSaysItHasNoText() throws Exception {
        JsonNode m = http().getJson("/api/v1/negative-lists/national-2021/measures/31");
        assertThat(m.at("/measure/text_zh").asString()).isEqualTo("禁止投资文艺表演团体。");
        assertThat(m.at("/history/0/changed_by").asString()).isEqualTo(NegativeListService.BUNDLED);
        JsonNode hainan = http().getJson("/api/v1/negative-lists/hainan-cbs-2021");
        assertThat(hainan.get("official_count").asInt()).isEqualTo(70);
        assertThat(hainan.get("measures")).isEmpty();
        assertThat(hainan.get("status_en").asString()).contains("Metadata only");
        JsonNode industries = http().getJson("/api/v1/industries?q=telecom");
        assertThat(industries).isNotEmpty();
    }

    @Test
    void theCliPrintsTheSameShapeAndRefusesBadInputWithExitCode2() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli(out, err, "check-access", "--location", "shanghai/lingang", "--industry", "6319", "--activity", "增值电信",
                "--foreign-share", "0.6", "--date", "2023-05-01", "--format", "json");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode body = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(body.get("verdict").asString()).isEqualTo("requires_changes");
        assertThat(body.get("measures").get(0).has("text_zh")).isTrue();
        assertThat(body.at("/conditions/0/fix_zh").asString()).contains("50%");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad = cli(new ByteArrayOutputStream(), err2, "check-access", "--location", "shanghai", "--industry", "6319",
                "--foreign-share", "1.5");
        assertThat(bad).isEqualTo(2);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("foreign_share: must be between 0 and 1").doesNotContain("Exception");
        assertThat(body.get("list").asString() + " vs " + body.at("/comparison/list").asString()).isEqualTo("ftz-2021 vs national-2021");
        ByteArrayOutputStream err3 = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayOutputStream(), err3, "check-access", "--location", "shanghai", "--industry", "6319",
                "--foreign-share", "0.5", "--date", "2020-01-01")).isEqualTo(2);
        assertThat(err3.toString(StandardCharsets.UTF_8)).contains("date: no loaded edition").doesNotContain("Exception");
    }

    @Test
    void anOfficialsImportIsAllOrNothingAndRecordsWhoAndWhichSource(@TempDir Path tmp) throws Exception {
        String original = Files.readString(Path.of("data/negative-lists/ftz-2021.yaml"));
        int changesBefore = jdbc.queryForObject("select count(*) from negative_list_measure_change", Integer.class);
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, original.replaceFirst("(?m)^  summary_en: .*$", "  summary_en: Updated by an official.")
                .replaceFirst("code: '(\\d{4})'", "code: '0000'"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayOutputStream(), err, "import-list", broken.toString(), "--by", "Li Hua")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'0000' is not a GB/T 4754-2017 code").contains("nothing was imported");
        assertThat(jdbc.queryForObject("select count(*) from negative_list_measure_change", Integer.class)).isEqualTo(changesBefore);

        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, original.replaceFirst("(?m)^  summary_en: .*$", "  summary_en: Updated by an official."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(cli(out, new ByteArrayOutputStream(), "import-list", good.toString(), "--by", "Li Hua", "--source", "商务部令第48号"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 added, 1 changed, 26 unchanged");
        assertThat(jdbc.queryForObject("select changed_by || ' / ' || source from negative_list_measure_change order by id desc limit 1",
                String.class)).isEqualTo("Li Hua / 商务部令第48号");
        // Put the bundled wording back for the other tests (also recorded: history is append-only).
        cli(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "import-list", "data/negative-lists/ftz-2021.yaml", "--by", "test");
        lists.syncBundled(m -> { });
    }

    @Autowired
    org.ftzobservatory.security.OfficialStore officials;

    @Test
    void theNationalOfficeImportsAListTextOverTheApiAndNobodyElseCan() throws Exception {
        long adminId = officials.create("lists-admin", "x", org.ftzobservatory.security.Role.NATIONAL_ADMIN, null);
        long editorId = officials.create("lists-editor", "x", org.ftzobservatory.security.Role.ZONE_EDITOR, "shanghai");
        String admin = officials.createToken(adminId, "test");
        String editor = officials.createToken(editorId, "test");
        String original = Files.readString(Path.of("data/negative-lists/ftz-2021.yaml"));
        String changed = original.replaceFirst("(?m)^  summary_en: .*$", "  summary_en: Corrected by the national office.");
        String path = "/api/v1/negative-lists/ftz-2021/imports?source=" + LocalHttp.enc("商务部令第48号");
        assertThat(importYaml(path, changed, null).statusCode()).isEqualTo(401);
        assertThat(importYaml(path, changed, editor).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = importYaml(path, changed.replaceFirst("code: '(\\d{4})'", "code: '0000'"), admin);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("'0000' is not a GB/T 4754-2017 code");
        HttpResponse<String> ok = importYaml(path, changed, admin);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("changed").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select changed_by || ' / ' || source from negative_list_measure_change order by id desc limit 1",
                String.class)).isEqualTo("lists-admin / 商务部令第48号");
        assertThat(importYaml(path, original, admin).statusCode()).isEqualTo(200);
        lists.syncBundled(m -> { });
    }

    private HttpResponse<String> importYaml(String path, String yaml, String token) throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/yaml").POST(java.net.http.HttpRequest.BodyPublishers.ofString(yaml));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--ftz.db.url=" + dataSource.getJdbcUrl());
        a.add("--ftz.db.user=" + dataSource.getUsername());
        return new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(a.toArray(String[]::new));
    }
}
