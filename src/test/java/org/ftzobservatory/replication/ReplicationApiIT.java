package org.ftzobservatory.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.security.OfficialStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** Roles, scopes, the workflow table, the audit log and optimistic locking, over HTTP on embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/test-pg-replication", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-10-15"})
class ReplicationApiIT {

    static final String FUTURE = "2021-12-31";

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
    ReplicationService service;
    @Autowired
    HikariDataSource dataSource;

    ReplicationFixture f;

    @BeforeEach
    void officials() {
        f = new ReplicationFixture(port, officials, encoder, "api");
    }

    // ---- fixtures made by the national office through the service, so only the caller differs between matrix rows

    InnovationRecord recordIn(String state) {
        var admin = f.official("admin");
        InnovationRecord r = service.record(admin, new Requests.NewRecord("henan/zhengzhou", "测试创新", null, null, null, null, null));
        String[] path = {"submitted", "under_evaluation", "selected"};
        for (String s : path) {
            if (r.state().equals(state)) {
                break;
            }
            r = service.move(admin, r.id(), new Requests.Move(s, r.version(), null, s.equals("selected") ? "province" : null, null,
                    s.equals("selected") ? new Requests.EvaluationInput("landed", 4, null, null) : null));
        }
        return r;
    }

    InnovationRecord nationalSelection() {
        InnovationRecord r = recordIn("under_evaluation");
        return service.move(f.official("admin"), r.id(), new Requests.Move("selected", r.version(), null, "national", 5,
                new Requests.EvaluationInput("landed", 5, null, null)));
    }

    Announcement announcement(String... regions) {
        return service.announce(f.official("admin"), recordIn("selected").id(), new Requests.Announce("regions", List.of(regions), null));
    }

    ReplicationTask task(String status) {
        var admin = f.official("admin");
        Announcement a = announcement("henan");
        ReplicationTask t = service.createTask(admin, a.id(), new Requests.NewTask("henan", "河南省商务厅", "推广", FUTURE, null, "王", "文件"));
        for (String s : new String[] {"in_progress", "landed", "reviewed"}) {
            if (t.status().equals(status)) {
                break;
            }
            t = service.moveTask(admin, t.id(), new Requests.TaskMove(s, t.version(), null));
        }
        return t;
    }

    static String taskBody(String region) {
        return "{\"region\":\"" + region + "\",\"responsible_unit\":\"省商务厅\",\"reform_content\":\"推广\",\"deadline\":\"" + FUTURE
                + "\",\"owner\":\"王\",\"output_form\":\"文件\"}";
    }

    /** Each write endpoint × each kind of caller → the status the roles and scopes of workflow.yaml give. */
    static Stream<Arguments> matrix() {
        Object[][] rows = {
                {"create record", new String[] {"anonymous:401", "zhengzhou-editor:201", "henan-editor:201", "shanghai-editor:403",
                        "henan-reviewer:201", "shanxi-reviewer:403", "admin:201"}},
                {"submit", new String[] {"anonymous:401", "zhengzhou-editor:200", "henan-editor:200", "shanghai-editor:403",
                        "henan-reviewer:200", "shanxi-reviewer:403", "admin:200"}},
                {"start evaluation", new String[] {"anonymous:401", "zhengzhou-editor:403", "shanghai-editor:403", "henan-reviewer:200",
                        "shanxi-reviewer:403", "admin:200"}},
                {"select at province level", new String[] {"anonymous:401", "zhengzhou-editor:403", "henan-reviewer:200",
                        "shanxi-reviewer:403", "admin:200"}},
                {"select at national level", new String[] {"henan-reviewer:403", "admin:200"}},
                {"announce in regions", new String[] {"anonymous:401", "zhengzhou-editor:403", "henan-reviewer:201", "shanxi-reviewer:403",
                        "admin:201"}},
                {"announce nationally", new String[] {"henan-reviewer:403", "admin:201"}},
                {"create task", new String[] {"anonymous:401", "zhengzhou-editor:403", "henan-editor:403", "henan-reviewer:201",
                        "shanxi-reviewer:403", "admin:201"}},
                {"edit task", new String[] {"anonymous:401", "zhengzhou-editor:200", "henan-editor:200", "shanghai-editor:403",
                        "henan-reviewer:200", "shanxi-reviewer:403", "admin:200"}},
                {"start task", new String[] {"anonymous:401", "zhengzhou-editor:200", "shanghai-editor:403", "henan-reviewer:200",
                        "shanxi-reviewer:403", "admin:200"}},
                {"review task", new String[] {"anonymous:401", "zhengzhou-editor:403", "henan-reviewer:200", "shanxi-reviewer:403",
                        "admin:200"}},
        };
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : rows) {
            for (String cell : (String[]) row[1]) {
                String[] p = cell.split(":");
                out.add(Arguments.of(row[0], p[0], Integer.parseInt(p[1])));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void authorisationMatrix(String endpoint, String who, int expected) throws Exception {
        HttpResponse<String> r = switch (endpoint) {
            case "create record" -> f.call(who, "POST", "/api/v1/innovation-records", "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"新创新\"}");
            case "submit" -> move(who, recordIn("recorded"), "submitted", "");
            case "start evaluation" -> move(who, recordIn("submitted"), "under_evaluation", "");
            case "select at province level" -> move(who, recordIn("under_evaluation"), "selected",
                    ",\"level\":\"province\",\"evaluation\":{\"landing_status\":\"landed\",\"satisfaction\":4}");
            case "select at national level" -> move(who, recordIn("under_evaluation"), "selected",
                    ",\"level\":\"national\",\"batch_no\":5,\"evaluation\":{\"landing_status\":\"landed\",\"satisfaction\":4}");
            case "announce in regions" -> f.call(who, "POST", "/api/v1/innovation-records/" + recordIn("selected").id() + "/announcements",
                    "{\"scope\":\"regions\",\"regions\":[\"henan\"]}");
            case "announce nationally" -> f.call(who, "POST", "/api/v1/innovation-records/" + nationalSelection().id() + "/announcements",
                    "{\"scope\":\"national\"}");
            case "create task" -> f.call(who, "POST", "/api/v1/announcements/" + announcement("henan", "shanxi").id() + "/tasks", taskBody("henan"));
            case "edit task" -> {
                ReplicationTask t = task("planned");
                yield f.call(who, "PUT", "/api/v1/replication-tasks/" + t.id(), "{\"version\":" + t.version()
                        + ",\"responsible_unit\":\"郑州市商务局\",\"reform_content\":\"推广\",\"deadline\":\"" + FUTURE
                        + "\",\"owner\":\"李\",\"output_form\":\"文件\"}");
            }
            case "start task" -> moveTask(who, task("planned"), "in_progress");
            case "review task" -> moveTask(who, task("landed"), "reviewed");
            default -> throw new IllegalArgumentException(endpoint);
        };
        assertThat(r.statusCode()).as(endpoint + " as " + who + ": " + r.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        }
    }

    HttpResponse<String> move(String who, InnovationRecord r, String to, String extra) throws Exception {
        return f.call(who, "POST", "/api/v1/innovation-records/" + r.id() + "/transitions",
                "{\"to\":\"" + to + "\",\"version\":" + r.version() + extra + "}");
    }

    HttpResponse<String> moveTask(String who, ReplicationTask t, String to) throws Exception {
        return f.call(who, "POST", "/api/v1/replication-tasks/" + t.id() + "/transitions", "{\"to\":\"" + to + "\",\"version\":" + t.version() + "}");
    }

    @Test
    void anIllegalMoveIsA409NamingTheAllowedNextStatesAndChangesNothing() throws Exception {
        InnovationRecord r = recordIn("submitted");
        HttpResponse<String> res = move("henan-reviewer", r, "selected", "");
        assertThat(res.statusCode()).isEqualTo(409);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("allowed").toString()).contains("recorded").contains("under_evaluation");
        assertThat(service.recordById(r.id()).state()).isEqualTo("submitted");
        assertThat(service.recordById(r.id()).version()).isEqualTo(r.version());
    }

    @Test
    void twoConcurrentEditsOfOneTaskGiveOne200AndOne409AndLoseNothing() throws Exception {
        ReplicationTask t = task("planned");
        int auditBefore = audits("replication_task", t.id());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (String owner : new String[] {"甲", "乙"}) {
            results.add(pool.submit(() -> {
                go.await();
                return f.call("henan-reviewer", "PUT", "/api/v1/replication-tasks/" + t.id(), "{\"version\":" + t.version()
                        + ",\"responsible_unit\":\"省商务厅\",\"reform_content\":\"推广\",\"deadline\":\"" + FUTURE + "\",\"owner\":\"" + owner
                        + "\",\"output_form\":\"文件\"}");
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        String winner = null;
        for (Future<HttpResponse<String>> fut : results) {
            HttpResponse<String> r = fut.get();
            codes.add(r.statusCode());
            if (r.statusCode() == 200) {
                winner = json.readTree(r.body()).get("owner").asString();
            } else {
                assertThat(json.readTree(r.body()).get("current_version").asInt()).isEqualTo(t.version() + 1);
            }
        }
        pool.shutdown();
        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        ReplicationTask now = service.taskById(t.id());
        assertThat(now.owner()).isEqualTo(winner);
        assertThat(now.version()).isEqualTo(t.version() + 1);
        assertThat(audits("replication_task", t.id())).isEqualTo(auditBefore + 1);
    }

    @Test
    void everySuccessfulWriteIsAuditedExactlyOnceAndRefusedOnesNotAtAll() throws Exception {
        int before = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
        int written = 0;
        HttpResponse<String> r = f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records", "{\"zone\":\"henan/zhengzhou\",\"title_zh\":\"审计测试\"}");
        long id = json.readTree(r.body()).get("id").asLong();
        written += r.statusCode() < 300 ? 1 : 0;
        List<String[]> calls = List.of(
                new String[] {"zhengzhou-editor", "{\"to\":\"submitted\",\"version\":0}"},
                new String[] {"zhengzhou-editor", "{\"to\":\"under_evaluation\",\"version\":1}"},  // 403
                new String[] {"henan-reviewer", "{\"to\":\"selected\",\"version\":1}"},             // 409
                new String[] {"henan-reviewer", "{\"to\":\"under_evaluation\",\"version\":0}"},     // stale 409
                new String[] {"henan-reviewer", "{\"to\":\"under_evaluation\",\"version\":1}"},
                new String[] {"shanxi-reviewer", "{\"to\":\"submitted\",\"version\":2}"},           // 403 scope
                new String[] {"henan-reviewer", "{\"to\":\"submitted\",\"version\":2,\"comment\":\"以评促改\"}"});
        List<Integer> codes = new ArrayList<>();
        for (String[] c : calls) {
            HttpResponse<String> res = f.call(c[0], "POST", "/api/v1/innovation-records/" + id + "/transitions", c[1]);
            codes.add(res.statusCode());
            written += res.statusCode() < 300 ? 1 : 0;
        }
        assertThat(codes).containsExactly(200, 403, 409, 409, 200, 403, 200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class) - before).isEqualTo(written);
        List<AuditEvent> history = service.history("innovation_record", id);
        assertThat(history).extracting(AuditEvent::toState).containsExactly("recorded", "submitted", "under_evaluation", "submitted");
        assertThat(history.get(3).comment()).isEqualTo("以评促改");
        assertThat(json.readTree(history.get(3).before()).get("state").asString()).isEqualTo("under_evaluation");
        assertThat(json.readTree(history.get(3).after()).get("state").asString()).isEqualTo("submitted");
        // Append-only, enforced by the database itself.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.update("delete from audit_event"))).isNotNull();
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        Announcement a = announcement("henan");
        String path = "/api/v1/announcements/" + a.id() + "/tasks";
        String past = taskBody("henan").replace(FUTURE, "2021-01-01");
        assertField(f.call("henan-reviewer", "POST", path, past), "deadline");
        assertField(f.call("henan-reviewer", "POST", path, taskBody("atlantis")), "region");
        assertField(f.call("henan-reviewer", "POST", path, taskBody("henan").replace("省商务厅", " ")), "responsible_unit");
        assertField(f.call("henan-reviewer", "POST", path, taskBody("henan").replace(FUTURE, "31/12/2021")), "deadline");
        assertField(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records", "{\"zone\":\"atlantis\",\"title_zh\":\"x\"}"), "zone");
        assertField(f.call("zhengzhou-editor", "POST", "/api/v1/innovation-records", "{\"zone\":\"henan/zhengzhou\"}"), "title_zh");
        assertThat(service.store().tasks(null, null, a.recordId())).isEmpty();
    }

    private void assertField(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json.readTree(r.body()).at("/errors/0/parameter").asString()).isEqualTo(field);
    }

    @Test
    void formSignInKeepsTheSessionInPostgresAndLocksAfterFiveFailures() throws Exception {
        String name = f.official("henan-editor").name();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(browser, name, "password-henan-editor")).doesNotContain("error");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, name)).isPositive();
        // A form post without the CSRF token is refused even with a valid session.
        HttpResponse<String> noCsrf = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/replication/records"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("zone=henan&title_zh=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        String victim = f.official("shanghai-editor").name();
        for (int i = 0; i < 5; i++) {
            HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertThat(signIn(c, victim, "wrong-password")).contains("error");
        }
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(signIn(c, victim, "password-shanghai-editor")).as("locked after 5 failures").contains("error");
        jdbc.update("delete from login_failure where name = ?", victim);
    }

    /** Signs in through the login form; returns where it redirected to. */
    private String signIn(HttpClient client, String name, String password) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("login form has a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void theCliCreatesOfficialsFromStdinAndPrintsTheBulletin() throws Exception {
        ReplicationTask t = task("planned");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli(new ByteArrayInputStream("a-long-password\n".getBytes(StandardCharsets.UTF_8)), out, err,
                "user", "add", "--role", "PROVINCE_REVIEWER", "--name", "cli-reviewer", "--scope", "henan");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(officials.byName("cli-reviewer")).get().satisfies(a -> {
            assertThat(a.passwordHash()).startsWith("$2").doesNotContain("a-long-password");
            assertThat(encoder.matches("a-long-password", a.passwordHash())).isTrue();
        });
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), bad,
                "user", "add", "--role", "ZONE_EDITOR", "--name", "x", "--scope", "henan")).isEqualTo(2);
        assertThat(bad.toString(StandardCharsets.UTF_8)).contains("password").doesNotContain("Exception");

        ByteArrayOutputStream md = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayInputStream(new byte[0]), md, new ByteArrayOutputStream(), "bulletin", "--province", "henan",
                "--period", "2021-Q4", "--format", "md")).isZero();
        assertThat(md.toString(StandardCharsets.UTF_8)).contains("# 河南省").contains("2021-Q4").contains("| " + t.id() + " |").contains("王");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertThat(cli(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), err2, "bulletin", "--province", "henan",
                "--period", "2021-Q5")).isEqualTo(2);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("period");
    }

    @Test
    void anOverdueTaskShowsInTheBulletinAndTheDashboard() throws Exception {
        ReplicationTask t = task("planned");
        jdbc.update("update replication_task set deadline = date '2021-10-01' where id = ?", t.id());
        Bulletins.Bulletin b = new Bulletins(service).build("henan", "2021-Q4");
        assertThat(b.overdue()).extracting(l -> l.task().id()).contains(t.id());
        assertThat(b.asOf()).isEqualTo(java.time.LocalDate.of(2021, 10, 15));
        JsonNode dash = json.readTree(f.call("anonymous", "GET", "/api/v1/replication/dashboard", null).body());
        assertThat(dash.toString()).contains("\"region\":\"henan\"");
        boolean overdue = false;
        for (JsonNode r : dash.get("by_region")) {
            overdue |= r.get("region").asString().equals("henan") && r.get("overdue").asInt() > 0;
        }
        assertThat(overdue).isTrue();
        assertThat(f.call("anonymous", "GET", "/api/v1/replication-tasks", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theTaskOwnersRecordMeasuredOutcomesBeforeAndAfter() throws Exception {
        ReplicationTask t = task("landed");
        String path = "/api/v1/replication-tasks/" + t.id() + "/outcomes";
        String body = "{\"quantity\":\"通关时间\",\"unit\":\"hour\",\"before\":48,\"after\":12,\"note\":\"sample of 30 shipments\"}";
        HttpResponse<String> ok = f.call("zhengzhou-editor", "POST", path, body);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        long id = json.readTree(ok.body()).get("id").asLong();
        assertThat(json.readTree(ok.body()).get("relative_change").asDouble()).isEqualTo(-0.75);
        assertThat(f.call("shanghai-editor", "POST", path, body).statusCode()).isEqualTo(403);
        assertThat(f.call("anonymous", "POST", path, body).statusCode()).isEqualTo(401);
        assertField(f.call("henan-reviewer", "POST", path, "{\"unit\":\"hour\",\"before\":1}"), "quantity");
        assertField(f.call("henan-reviewer", "POST", path, "{\"quantity\":\"x\",\"unit\":\"hour\"}"), "before");
        assertThat(service.store().outcomes(t.id())).hasSize(1);
        assertThat(audits("replication_outcome", id)).isEqualTo(1);
        JsonNode view = json.readTree(f.call("henan-reviewer", "GET", "/api/v1/replication-tasks/" + t.id(), null).body());
        assertThat(view.at("/outcomes/0/quantity").asString()).isEqualTo("通关时间");
    }

    private int audits(String type, long id) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = ? and object_id = ?", Integer.class, type,
                String.valueOf(id));
    }

    private int cli(ByteArrayInputStream in, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--ftz.db.url=" + dataSource.getJdbcUrl());
        a.add("--ftz.db.user=" + dataSource.getUsername());
        a.add("--ftz.clock.today=2021-10-15");
        return new FtzCli(in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(a.toArray(String[]::new));
    }
}
