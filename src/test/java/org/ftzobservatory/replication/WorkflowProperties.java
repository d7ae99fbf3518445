package org.ftzobservatory.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ftzobservatory.FtzApplication;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Random sequences of API calls by officials of every role and scope, against the running app: no call that succeeds
 * makes a move the workflow table does not allow, or touches an object outside the caller's scope; no call that fails
 * changes anything; nothing answers 500.
 */
class WorkflowProperties {

    static ConfigurableApplicationContext app;
    static ReplicationService service;
    static ReplicationFixture callers;

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(FtzApplication.class).run("--server.port=0", "--ftz.import-on-start=false",
                "--ftz.db.embedded.dir=target/test-pg-workflow", "--ftz.db.embedded.clean=true", "--ftz.clock.today=2021-10-15",
                "--logging.level.root=WARN");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        service = app.getBean(ReplicationService.class);
        callers = new ReplicationFixture(port, app.getBean(OfficialStore.class), app.getBean(PasswordEncoder.class), "prop");
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** One API call: who, what, on which of the try's objects, and whether it sends a stale version. */
    record Step(String who, String action, int target, String to, String level, String scope, String region, boolean stale,
                boolean legal, int pick) {
    }

    static final List<String> WHO = List.of("anonymous", "zhengzhou-editor", "henan-editor", "shanghai-editor", "henan-reviewer",
            "shanxi-reviewer", "admin");
    static final List<String> ZONES = List.of("henan/zhengzhou", "henan/luoyang", "shanghai/lingang");

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(WHO),
                Arbitraries.of("move_record", "move_record", "move_record", "announce", "create_task", "move_task", "edit_task"),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of("recorded", "submitted", "under_evaluation", "selected", "planned", "in_progress", "landed", "reviewed"),
                Arbitraries.of("subzone", "province", "national"), Arbitraries.of("national", "regions"),
                Arbitraries.of("henan", "shanghai", "shanxi"),
                // One number decides three things: a stale version (1 in 10), aiming at a move the table has for some role
                // (7 in 10, so sequences get deep; the rest are arbitrary), and which of those moves.
                Arbitraries.integers().between(0, 599))
                .as((who, action, target, to, level, scope, region, n) ->
                        new Step(who, action, target, to, level, scope, region, n % 10 == 0, (n / 10) % 10 < 7, n / 100));
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 80)
    void noSequenceOfCallsLeavesTheTableOrTheCallersScope(@ForAll("scripts") List<Step> steps) throws Exception {
        Official admin = callers.official("admin");
        List<Long> records = new ArrayList<>();
        // One record starts fresh, one selected at province level and one at national level, so announcements and tasks
        // are reachable within a short script.
        for (String zone : ZONES) {
            InnovationRecord r = service.record(admin, new Requests.NewRecord(zone, "性质测试 " + zone, null, null, null, null, null));
            String level = zone.startsWith("henan/luoyang") ? "province" : zone.startsWith("shanghai") ? "national" : null;
            if (level != null) {
                for (String to : List.of("submitted", "under_evaluation", "selected")) {
                    r = service.move(admin, r.id(), new Requests.Move(to, r.version(), null, level, 5,
                            new Requests.EvaluationInput("landed", 4, null, null)));
                }
            }
            if ("province".equals(level)) {
                Announcement ann = service.announce(admin, r.id(), new Requests.Announce("regions", List.of("henan", "shanghai", "shanxi"), null));
                service.createTask(admin, ann.id(), new Requests.NewTask("henan", "单位", "内容", "2021-12-31", null, "王", "文件"));
            }
            records.add(r.id());
        }
        Workflow w = service.workflow();
        for (Step s : steps) {
            long recordId = records.get(s.target());
            Official who = callers.official(s.who());
            InnovationRecord r0 = service.recordById(recordId);
            List<Announcement> anns0 = service.store().announcements(recordId);
            List<ReplicationTask> tasks0 = service.store().tasks(null, null, recordId);
            List<String> nextRecord = w.innovation().next(r0.state(), null);
            String recordTo = s.legal() && !nextRecord.isEmpty() ? nextRecord.get(s.pick() % nextRecord.size()) : s.to();
            List<String> nextTask = tasks0.isEmpty() ? List.of() : w.task().next(tasks0.get(0).status(), null);
            String taskTo = s.legal() && !nextTask.isEmpty() ? nextTask.get(s.pick() % nextTask.size()) : s.to();
            HttpResponse<String> res = switch (s.action()) {
                case "move_record" -> callers.call(s.who(), "POST", "/api/v1/innovation-records/" + recordId + "/transitions",
                        "{\"to\":\"" + recordTo + "\",\"version\":" + (r0.version() - (s.stale() ? 1 : 0)) + ",\"level\":\"" + s.level()
                                + "\",\"batch_no\":5,\"evaluation\":{\"landing_status\":\"landed\",\"satisfaction\":3}}");
                case "announce" -> callers.call(s.who(), "POST", "/api/v1/innovation-records/" + recordId + "/announcements",
                        "{\"scope\":\"" + s.scope() + "\",\"regions\":[\"" + s.region() + "\"]}");
                case "create_task" -> anns0.isEmpty() ? null : callers.call(s.who(), "POST", "/api/v1/announcements/"
                        + anns0.get(anns0.size() - 1).id() + "/tasks", ReplicationApiIT.taskBody(s.region()));
                case "move_task" -> tasks0.isEmpty() ? null : callers.call(s.who(), "POST", "/api/v1/replication-tasks/"
                        + tasks0.get(0).id() + "/transitions", "{\"to\":\"" + taskTo + "\",\"version\":"
                        + (tasks0.get(0).version() - (s.stale() ? 1 : 0)) + "}");
                case "edit_task" -> tasks0.isEmpty() ? null : callers.call(s.who(), "PUT", "/api/v1/replication-tasks/" + tasks0.get(0).id(),
                        "{\"version\":" + (tasks0.get(0).version() - (s.stale() ? 1 : 0)) + ",\"responsible_unit\":\"单位\",\"reform_content\":\"内容\","
                                + "\"deadline\":\"2021-12-31\",\"owner\":\"" + s.who() + "\",\"output_form\":\"文件\"}");
                default -> throw new IllegalStateException(s.action());
            };
            if (res == null) {
                continue;
            }
            int code = res.statusCode();
            assertThat(code).as(s + " -> " + res.body()).isIn(200, 201, 400, 401, 403, 409);
            InnovationRecord r1 = service.recordById(recordId);
            List<Announcement> anns1 = service.store().announcements(recordId);
            List<ReplicationTask> tasks1 = service.store().tasks(null, null, recordId);
            if (code >= 300) {
                assertThat(r1).as("a refused call changes nothing: " + s).isEqualTo(r0);
                assertThat(anns1).isEqualTo(anns0);
                assertThat(tasks1).isEqualTo(tasks0);
                continue;
            }
            assertThat(who).as("only signed-in officials write").isNotNull();
            net.jqwik.api.statistics.Statistics.label("accepted calls").collect(s.action());
            switch (s.action()) {
                case "move_record" -> {
                    var move = w.innovation().move(r0.state(), recordTo);
                    assertThat(move).as(s + ": the table has this move").isPresent();
                    assertThat(move.get().roles()).as(s + ": the role may make it").contains(who.role());
                    assertThat(who.coversZone(r0.zone())).as(s + ": in scope").isTrue();
                    assertThat(r1.state()).isEqualTo(recordTo);
                    assertThat(r1.version()).isEqualTo(r0.version() + 1);
                    if (recordTo.equals("selected")) {
                        assertThat(w.level(s.level()).orElseThrow().roles()).contains(who.role());
                    }
                }
                case "announce" -> {
                    Workflow.Announcement rule = w.announcement(s.scope());
                    assertThat(rule.roles()).contains(who.role());
                    assertThat(r0.state()).isEqualTo("selected");
                    assertThat(rule.requiresLevel()).contains(r0.level());
                    anns1.get(anns1.size() - 1).regions().forEach(region -> assertThat(who.coversRegion(region)).as(s.toString()).isTrue());
                }
                case "create_task" -> {
                    assertThat(w.taskCreators()).contains(who.role());
                    assertThat(who.coversRegion(s.region())).as(s.toString()).isTrue();
                    assertThat(tasks1).hasSize(tasks0.size() + 1);
                }
                case "move_task" -> {
                    ReplicationTask t0 = tasks0.get(0);
                    var move = w.task().move(t0.status(), taskTo);
                    assertThat(move).as(s.toString()).isPresent();
                    assertThat(move.get().roles()).contains(who.role());
                    assertThat(who.coversRegion(t0.region())).as(s.toString()).isTrue();
                }
                case "edit_task" -> {
                    assertThat(w.taskEditors()).contains(who.role());
                    assertThat(who.coversRegion(tasks0.get(0).region())).as(s.toString()).isTrue();
                }
                default -> throw new IllegalStateException();
            }
        }
        for (long id : records) {
            assertThat(w.innovation().hasState(service.recordById(id).state())).isTrue();
            service.store().tasks(null, null, id).forEach(t -> assertThat(w.task().hasState(t.status())).isTrue());
        }
    }
}
