package org.ftzobservatory.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ftzobservatory.tasks.TaskFixture.csv;
import static org.ftzobservatory.tasks.TaskFixture.planRow;
import static org.ftzobservatory.tasks.TaskFixture.row;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.security.OfficialStore;
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

/** The pilot-task ledger over HTTP and the CLI: import checks, all or nothing, history, overdue, authorisation, bulletins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-tasks", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-12-31", "ftz.tasks.max-size=1MB"})
class TasksIT {

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    TaskExport export;
    @TempDir
    Path tmp;

    TaskFixture f;

    @BeforeEach
    void officials() {
        f = new TaskFixture(port, officials, encoder, "tasks");
    }

    int tasks() {
        return jdbc.queryForObject("select count(*) from pilot_task", Integer.class);
    }

    int audits() {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = 'pilot_task'", Integer.class);
    }

    JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    @Test
    void badRowsAreEachReportedWithRowAndColumnAndNothingIsWritten() throws Exception {
        int before = tasks();
        int auditBefore = audits();
        Path file = csv(tmp, "bad.csv", List.of(
                planRow("v-1", "v-plan", "atlantis", "2021-11-30", "in_progress"),
                row("v-2", "v-plan", "henan", "trade", "2021-02-30", "in_progress", null),
                row("v-2", "v-plan", "henan", "trade", "2021-02-28", "in_progress", null),
                String.join(",", "v-3", "v-plan", "", "", "henan", "trade", "任务", "", "2021-05-01", "in_progress", "", ""),
                row("v-4", "v-plan", "henan", "trade", "2021-05-01", "suspended", null),
                row("v-5", "v-plan", "henan", "weather", "2021-05-01", "finished", null)));
        HttpResponse<String> r = f.upload("admin", file);
        assertThat(r.statusCode()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        body(r).get("errors").forEach(e -> problems.add(e.get("line").asInt() + ": " + e.get("parameter").asString() + ": "
                + e.get("message").asString()));
        assertThat(problems).contains("2: zone: unknown zone 'atlantis' (an FTZ id such as henan, or ftz/subzone such as henan/zhengzhou)")
                .contains("3: deadline: '2021-02-30' is not a date (YYYY-MM-DD)")
                .contains("4: task_id: duplicate task id 'v-2' (first at row 3)")
                .contains("5: responsible_unit: is required")
                .contains("6: reason: is required for status suspended")
                .anySatisfy(p -> assertThat(p).startsWith("7: domain: unknown domain 'weather'"))
                .anySatisfy(p -> assertThat(p).startsWith("7: status: unknown status 'finished'"));
        assertThat(tasks()).isEqualTo(before);
        assertThat(audits()).isEqualTo(auditBefore);
    }

    @Test
    void aProblemInTheLastRowUndoesTheBatchesAlreadyWritten() throws Exception {
        int before = tasks();
        List<String> rows = new ArrayList<>();
        rows.add(planRow("big-0", "big-plan", "henan", "2022-06-30", "not_started"));
        for (int i = 1; i < 2500; i++) {
            rows.add(row("big-" + i, "big-plan", "henan/kaifeng", "finance", "2022-06-30", "not_started", null));
        }
        rows.add(row("big-last", "big-plan", "shanghai", "finance", "2022-06-30", "not_started", null));
        HttpResponse<String> r = f.upload("henan-reviewer", csv(tmp, "big.csv", rows));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("outside your scope");
        assertThat(tasks()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from pilot_plan where id = 'big-plan'", Integer.class)).isZero();
    }

    @Test
    void reImportUpdatesByIdRecordsHistoryAndRefusesMovesTheTableDoesNotAllow() throws Exception {
        Path first = csv(tmp, "first.csv", List.of(planRow("h-1", "h-plan", "henan/zhengzhou", "2022-03-31", "not_started"),
                row("h-2", "h-plan", "henan/zhengzhou", "trade", "2022-03-31", "in_progress", null)));
        assertThat(f.upload("henan-reviewer", first).statusCode()).isEqualTo(200);
        Path second = csv(tmp, "second.csv", List.of(planRow("h-1", "h-plan", "henan/zhengzhou", "2022-03-31", "in_progress"),
                row("h-2", "h-plan", "henan/zhengzhou", "trade", "2022-03-31", "implemented", null)));
        HttpResponse<String> r = f.upload("henan-reviewer", second);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body(r).get("updated").asInt()).isEqualTo(2);
        JsonNode task = body(f.call("anonymous", "GET", "/api/v1/pilot-tasks/h-2", null));
        assertThat(task.get("task").get("status").asString()).isEqualTo("implemented");
        assertThat(task.get("task").get("done_on").asString()).isEqualTo("2021-12-31");
        assertThat(task.get("history")).hasSize(2);
        assertThat(task.get("history").get(1).get("from_state").asString()).isEqualTo("in_progress");
        assertThat(task.get("history").get(1).get("before").get("status").asString()).isEqualTo("in_progress");

        Path back = csv(tmp, "back.csv", List.of(row("h-2", "h-plan", "henan/zhengzhou", "trade", "2022-03-31", "not_started", null)));
        r = f.upload("henan-reviewer", back);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("cannot move from implemented to not_started");
        // The same file again changes nothing and adds no history.
        r = f.upload("henan-reviewer", second);
        assertThat(body(r).get("unchanged").asInt()).isEqualTo(2);
        assertThat(body(f.call("anonymous", "GET", "/api/v1/pilot-tasks/h-2", null)).get("history")).hasSize(2);
    }

    @Test
    void overdueAndMedianDaysLateFollowTheFixedClock() throws Exception {
        Path file = csv(tmp, "clock.csv", List.of(planRow("c-1", "c-plan", "shaanxi", "2021-12-30", "in_progress"),
                row("c-2", "c-plan", "shaanxi", "trade", "2021-12-31", "in_progress", null),
                row("c-3", "c-plan", "shaanxi", "trade", "2021-12-21", "not_started", null),
                row("c-4", "c-plan", "shaanxi", "trade", "2021-01-01", "implemented", null),
                row("c-5", "c-plan", "shaanxi", "trade", "2021-01-01", "suspended", "等待上位法")));
        assertThat(f.upload("admin", file).statusCode()).isEqualTo(200);
        JsonNode rollup = body(f.call("anonymous", "GET", "/api/v1/pilot-tasks/rollup?by=plan&plan=c-plan", null));
        JsonNode row = rollup.get("items").get(0);
        assertThat(rollup.get("today").asString()).isEqualTo("2021-12-31");
        assertThat(row.get("total").asInt()).isEqualTo(5);
        assertThat(row.get("overdue").asInt()).as("due 12-30 and 12-21; due today is not late; done and suspended never are").isEqualTo(2);
        assertThat(row.get("median_days_late").asDouble()).isEqualTo(5.5);
        assertThat(row.get("completion_rate").asDouble()).isEqualTo(0.2);
        JsonNode overdue = body(f.call("anonymous", "GET", "/api/v1/pilot-tasks?zone=shaanxi&overdue=true", null));
        assertThat(overdue.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void filesThatAreTooLargeOrNotWorkbooksAreRefusedInOneLine() throws Exception {
        Path fake = tmp.resolve("fake.xlsx");
        Files.writeString(fake, "task_id\nnot a workbook\n");
        HttpResponse<String> r = f.upload("admin", fake);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).get("errors")).hasSize(1);
        assertThat(r.body()).contains("is not an XLSX workbook");
        Path large = tmp.resolve("large.csv");
        Files.write(large, new byte[2 * 1024 * 1024]);
        r = f.upload("admin", large);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("larger than the 1.0 MB limit");
    }

    @Test
    void exportedCsvAndXlsxImportBackUnchanged() throws Exception {
        Path file = csv(tmp, "rt.csv", List.of(planRow("rt-1", "rt-plan", "hubei", "2022-01-31", "in_progress"),
                row("rt-2", "rt-plan", "hubei/wuhan", "finance", "2022-02-28", "suspended", "\"等待批复, 含逗号\"")));
        assertThat(f.upload("admin", file).statusCode()).isEqualTo(200);
        Path out = tmp.resolve("export");
        int n = export.export(out, m -> { });
        int before = tasks();
        for (String name : List.of("pilot-tasks.xlsx", "pilot-tasks.csv")) {
            HttpResponse<String> r = f.upload("admin", out.resolve(name));
            assertThat(r.statusCode()).as(name + ": " + r.body()).isEqualTo(200);
            assertThat(body(r).get("rows").asInt()).isEqualTo(n);
            assertThat(body(r).get("unchanged").asInt()).as(name).isEqualTo(n);
        }
        assertThat(tasks()).isEqualTo(before);
    }

    static Stream<Arguments> importMatrix() {
        return Stream.of(Arguments.of("anonymous", 401), Arguments.of("shanghai-editor", 400), Arguments.of("shanxi-reviewer", 400),
                Arguments.of("zhengzhou-editor", 200), Arguments.of("henan-reviewer", 200), Arguments.of("admin", 200));
    }

    @ParameterizedTest(name = "{0} imports a Zhengzhou task: {1}")
    @MethodSource("importMatrix")
    void importMatrix(String who, int status) throws Exception {
        String id = "m-" + who;
        Path file = csv(tmp, id + ".csv", List.of(planRow(id, "m-plan-" + who, "henan/zhengzhou", "2022-06-30", "not_started")));
        HttpResponse<String> r = f.upload(who, file);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("select count(*) from pilot_task where id = ?", Integer.class, id)).isEqualTo(status == 200 ? 1 : 0);
    }

    static Stream<Arguments> moveMatrix() {
        return Stream.of(Arguments.of("anonymous", "in_progress", 401), Arguments.of("shanghai-editor", "in_progress", 403),
                Arguments.of("shanxi-reviewer", "in_progress", 403), Arguments.of("zhengzhou-editor", "in_progress", 200),
                Arguments.of("zhengzhou-editor", "suspended", 403), Arguments.of("henan-reviewer", "suspended", 200),
                Arguments.of("henan-reviewer", "effective", 409), Arguments.of("admin", "in_progress", 200));
    }

    @ParameterizedTest(name = "{0} moves a Zhengzhou task to {1}: {2}")
    @MethodSource("moveMatrix")
    void moveMatrix(String who, String to, int status) throws Exception {
        String id = "mv-" + who + "-" + to;
        assertThat(f.upload("admin", csv(tmp, id + ".csv", List.of(planRow(id, "mv-plan", "henan/zhengzhou", "2022-06-30",
                "not_started")))).statusCode()).isEqualTo(200);
        int auditBefore = audits();
        HttpResponse<String> r = f.call(who, "POST", "/api/v1/pilot-tasks/" + id + "/transitions",
                "{\"to\":\"" + to + "\",\"reason\":\"待国家部委批复\",\"version\":0}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("select status from pilot_task where id = ?", String.class, id))
                .isEqualTo(status == 200 ? to : "not_started");
        assertThat(audits()).isEqualTo(auditBefore + (status == 200 ? 1 : 0));
    }

    @Test
    void suspendingNeedsAReasonAndAStaleVersionIsAConflict() throws Exception {
        assertThat(f.upload("admin", csv(tmp, "s.csv", List.of(planRow("s-1", "s-plan", "henan", "2022-06-30", "in_progress"))))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> r = f.call("henan-reviewer", "POST", "/api/v1/pilot-tasks/s-1/transitions", "{\"to\":\"suspended\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).get("errors").get(0).get("parameter").asString()).isEqualTo("reason");
        r = f.call("henan-reviewer", "POST", "/api/v1/pilot-tasks/s-1/transitions", "{\"to\":\"implemented\",\"version\":7}");
        assertThat(r.statusCode()).isEqualTo(409);
    }

    @Test
    void theBulletinCountsWhatWasDoneInThePeriodAndWhatIsOverdue() throws Exception {
        Path file = csv(tmp, "b.csv", List.of(planRow("b-1", "b-plan", "liaoning/dalian", "2021-11-30", "in_progress"),
                String.join(",", "b-2", "b-plan", "", "", "liaoning/dalian", "trade", "任务b-2", "单位", "2021-12-31", "implemented", "", "2021-11-15"),
                String.join(",", "b-3", "b-plan", "", "", "liaoning/dalian", "trade", "任务b-3", "单位", "2021-12-31", "implemented", "", "2021-06-15")));
        assertThat(f.upload("admin", file).statusCode()).isEqualTo(200);
        HttpResponse<String> r = f.call("anonymous", "GET", "/api/v1/pilot-tasks/bulletin?zone=liaoning/dalian&period=2021-Q4&format=md", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("落实 done 1 · 推进中 under way 0 · 逾期 overdue 1").contains("| b-1 | 任务b-1 |").doesNotContain("模拟数据");
        assertThat(f.call("anonymous", "GET", "/api/v1/pilot-tasks/bulletin?zone=atlantis&period=2021-Q4", null).statusCode()).isEqualTo(400);
        assertThat(f.call("anonymous", "GET", "/api/v1/pilot-tasks/bulletin?zone=liaoning&period=2021-Q5", null).statusCode()).isEqualTo(400);
        assertThat(f.call("anonymous", "GET", "/api/v1/pilot-tasks?status=finished", null).statusCode()).isEqualTo(400);
    }

    @Test
    void cliImportPrintsOneLinePerProblemAndExitsTwo() throws Exception {
        Path file = csv(tmp, "cli.csv", List.of(planRow("cli-1", "cli-plan", "atlantis", "2021-11-31", "in_progress")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int before = tasks();
        int code = new FtzCli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("tasks", "import", file.toString(), "--by", "tasks-admin", "--ftz.db.url=" + dataSource.getJdbcUrl(),
                        "--ftz.db.user=" + dataSource.getUsername(), "--ftz.clock.today=2021-12-31");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(FtzCli.BAD_INPUT);
        assertThat(stderr).contains("cli.csv:2: zone: unknown zone 'atlantis'").contains("cli.csv:2: deadline: '2021-11-31' is not a date")
                .contains("nothing was imported");
        assertThat(tasks()).isEqualTo(before);
    }

    @Test
    void theReportFactsAreCitedAggregatesNotRows() throws Exception {
        JsonNode plans = body(f.call("anonymous", "GET", "/api/v1/plans", null));
        List<String> facts = new ArrayList<>();
        plans.get("report_facts").forEach(x -> facts.add(x.get("id").asString() + "=" + x.get("value").asInt()));
        assertThat(facts).contains("national-construction-plans=28", "national-pilot-tasks=3400", "anhui-overall-plan-tasks=112",
                "shaanxi-deepening-tasks=119", "shaanxi-tasks-with-results=106", "hubei-measures=68", "guofa-2021-12-measures=19");
        assertThat(jdbc.queryForObject("select count(*) from pilot_task where id like 'anhui%' or id like 'shaanxi%'", Integer.class)).isZero();
    }
}
