package org.ftzobservatory.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The index over the bundled dataset: the stable service, the API (shape, bad input, uploads by role, all or nothing,
 * audited) and the CLI with a framework file of one's own. Same context as PowersIT, so the dataset is imported once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-tasks", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-12-31", "ftz.tasks.max-size=1MB"})
class EvaluationIndexIT {

    @LocalServerPort
    int port;
    @Autowired
    EvaluationIndex index;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    HikariDataSource dataSource;
    @TempDir
    Path tmp;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper mapper = JsonMapper.builder().build();

    String token(String name, Role role, String scope) {
        long id = officials.byName(name).map(a -> a.official().id())
                .orElseGet(() -> officials.create(name, encoder.encode("pw-" + name), role, scope));
        return officials.createToken(id, "test");
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String token, String yaml) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/index/frameworks?name=mine.yaml"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDefaultFrameworkRanksThe21ZonesOf2021WithIntervalsAroundEachRank() {
        IndexRun run = index.run(2021, "ftz", index.defaultFramework());
        assertThat(run.results()).hasSize(21);
        assertThat(run.results()).allSatisfy(r -> {
            assertThat(r.rank()).isNotNull();
            assertThat(r.rankP5()).isLessThanOrEqualTo(r.rank());
            assertThat(r.rankP95()).isGreaterThanOrEqualTo(r.rank());
            assertThat(r.dimensions()).containsOnlyKeys("trade_facilitation", "investment_liberalisation", "financial_reform",
                    "government_functions", "rule_of_law");
            assertThat(r.indicators()).hasSize(run.indicatorInfo().size());
        });
        assertThat(run.results().get(0).rank()).isEqualTo(1);
        assertThat(run.results().stream().map(IndexRun.ZoneResult::id)).doesNotContain("xinjiang");
        // Zhejiang alone has a trade-growth figure: one value compares no one, so it is left out for every zone.
        IndexRun.ZoneResult zhejiang = run.results().stream().filter(r -> r.id().equals("zhejiang")).findFirst().orElseThrow();
        assertThat(zhejiang.indicators()).filteredOn(v -> v.id().equals("trade_growth_yoy"))
                .singleElement().satisfies(v -> {
                    assertThat(v.value()).isEqualTo(39.3);
                    assertThat(v.treatment()).isEqualTo("excluded");
                });
        assertThat(run.indicator("delegated_powers").zonesWithValue()).as("anhui, zhejiang (ningbo), henan, liaoning (dalian), guangdong (nansha)")
                .isEqualTo(5);
    }

    @Test
    void theApiSpeaksSnakeCaseAndNamesABadParameter() throws Exception {
        HttpResponse<String> ok = get("/api/v1/index?year=2021&level=subzone");
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(ok.body());
        assertThat(body.get("level").asString()).isEqualTo("subzone");
        assertThat(body.get("results").get(0).has("rank_p5")).isTrue();
        assertThat(body.get("results").get(0).get("id").asString()).contains("/");
        for (String bad : List.of("year=2021&level=province", "year=1800", "year=2021&framework=nothing-here")) {
            HttpResponse<String> r = get("/api/v1/index?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).contains("\"parameter\"").doesNotContain("Exception");
        }
        assertThat(get("/api/v1/index/frameworks").body()).contains("ftz-observatory", "innovations_per_domain");
    }

    @Test
    void onlyTheNationalOfficeUploadsAndABadFileStoresNothing() throws Exception {
        String good = FrameworkFileTest.GOOD.replace("id: small", "id: uploaded-small");
        assertThat(upload(null, good).statusCode()).isIn(401, 403);
        assertThat(upload(token("idx-editor", Role.ZONE_EDITOR, "shanghai"), good).statusCode()).isEqualTo(403);
        String admin = token("idx-admin", Role.NATIONAL_ADMIN, null);
        int before = jdbc.queryForObject("select count(*) from evaluation_framework", Integer.class);
        HttpResponse<String> bad = upload(admin, good.replace("weight: 0.4", "weight: 0.5").replace("domain=trade", "domain=tourism"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("weights sum to 1.1000", "unknown domain 'tourism'", "\"line\"");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_framework", Integer.class)).isEqualTo(before);

        HttpResponse<String> stored = upload(admin, good);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'evaluation_framework' "
                + "and object_id = 'uploaded-small@1' and actor = 'idx-admin'", Integer.class)).isEqualTo(1);
        assertThat(upload(admin, good).statusCode()).as("the same file again changes nothing").isEqualTo(201);
        assertThat(upload(admin, good.replace("rationale_en: Why", "rationale_en: Because")).statusCode())
                .as("a version is never overwritten").isEqualTo(409);
        JsonNode run = mapper.readTree(get("/api/v1/index?year=2021&framework=uploaded-small@1").body());
        assertThat(run.get("framework").asString()).isEqualTo("uploaded-small");
        assertThat(run.get("results")).hasSize(21);
    }

    @Test
    void theCommandLineRunsAFrameworkFileOfOnesOwnWithoutSigningIn() throws Exception {
        Path file = Files.writeString(tmp.resolve("own.yaml"), FrameworkFileTest.GOOD, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] db = {"--ftz.db.url=" + dataSource.getJdbcUrl(), "--ftz.db.user=" + dataSource.getUsername()};
        int code = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("index", "--year", "2021", "--framework", file.toString(), "--format", "json", db[0], db[1]);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(FtzCli.OK);
        Map<?, ?> json = mapper.readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        assertThat(json.keySet().stream().map(String::valueOf).toList()).containsExactly("framework", "year", "level", "results");
        Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("results")).get(0);
        assertThat(first.keySet().stream().map(String::valueOf).toList()).containsExactly("id", "score", "rank", "rank_p5", "rank_p95", "dimensions");
        assertThat(((Map<?, ?>) first.get("dimensions")).keySet().stream().map(String::valueOf).toList()).containsExactly("trade", "law");

        Path broken = Files.writeString(tmp.resolve("broken.yaml"), FrameworkFileTest.GOOD.replace("weight: 0.4", "weight: 0.9"));
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad = new FtzCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err2, true, StandardCharsets.UTF_8))
                .run("index", "--year", "2021", "--framework", broken.toString(), db[0], db[1]);
        assertThat(bad).isEqualTo(FtzCli.BAD_INPUT);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("broken.yaml:11: dimensions: weights sum to 1.5000").doesNotContain("Exception");
    }
}
