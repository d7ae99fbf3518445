package org.ftzobservatory.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ftzobservatory.FtzApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For any ledger, each rollup row equals what counting the rows by hand gives: total, per status, overdue (open and past
 * the deadline on the fixed clock) and the median days late — per FTZ, sub-zone, domain and plan.
 */
class RollupProperties {

    static final LocalDate TODAY = LocalDate.of(2021, 12, 31);
    static final List<String> ZONES = List.of("henan", "henan/zhengzhou", "henan/kaifeng", "hubei/wuhan", "shaanxi");
    static final List<String> DOMAINS = List.of("trade", "finance", "investment");
    static final List<String> PLANS = List.of("p-a", "p-b", "p-c");

    static ConfigurableApplicationContext app;
    static TaskReports reports;
    static TaskRules rules;
    static JdbcTemplate jdbc;

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(FtzApplication.class).web(WebApplicationType.NONE).run("--ftz.import-on-start=false",
                "--ftz.db.embedded.dir=target/test-pg-rollup-prop", "--ftz.db.embedded.clean=true", "--logging.level.root=WARN",
                "--ftz.clock.today=" + TODAY);
        reports = app.getBean(TaskReports.class);
        rules = app.getBean(TaskService.class).rules();
        jdbc = app.getBean(JdbcTemplate.class);
        for (String p : PLANS) {
            jdbc.update("insert into pilot_plan (id, plan_type, title_zh, zone_ref, ftz_id, created_by) values (?, 'local', ?, 'henan', 'henan', 'prop')",
                    p, p);
        }
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    record Task(String zone, String domain, String plan, String status, int deadlineOffset) {
        LocalDate deadline() {
            return TODAY.plusDays(deadlineOffset);
        }

        String ftz() {
            return zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
        }
    }

    @Provide
    Arbitrary<List<Task>> ledgers() {
        List<String> states = rules.machine().states().stream().map(s -> s.id()).toList();
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(DOMAINS), Arbitraries.of(PLANS), Arbitraries.of(states),
                Arbitraries.integers().between(-40, 40)).as(Task::new).list().ofMaxSize(60);
    }

    @Property(tries = 30)
    void eachRollupRowIsTheCountOverTheRows(@ForAll("ledgers") List<Task> ledger) {
        jdbc.update("delete from pilot_task");
        for (int i = 0; i < ledger.size(); i++) {
            Task t = ledger.get(i);
            jdbc.update("""
                    insert into pilot_task (id, plan_id, zone_ref, ftz_id, domain, content_zh, responsible_unit, deadline, status,
                        status_on, updated_by) values (?,?,?,?,?,'任务','单位',?,?,?,'prop')""",
                    "t" + i, t.plan(), t.zone(), t.ftz(), t.domain(), t.deadline(), t.status(), TODAY);
        }
        check("ftz", ledger, Task::ftz);
        check("subzone", ledger.stream().filter(t -> t.zone().contains("/")).toList(), Task::zone);
        check("domain", ledger, Task::domain);
        check("plan", ledger, Task::plan);
    }

    private void check(String dimension, List<Task> rows, Function<Task, String> key) {
        Map<String, List<Task>> groups = new TreeMap<>();
        rows.forEach(t -> groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
        List<Rollup> rollup = reports.rollup(dimension, TaskStore.Filter.none());
        assertThat(rollup).extracting(Rollup::key).as(dimension).containsExactlyElementsOf(groups.keySet());
        for (Rollup r : rollup) {
            List<Task> g = groups.get(r.key());
            assertThat(r.total()).isEqualTo(g.size());
            for (var e : r.byState().entrySet()) {
                assertThat(e.getValue()).as(dimension + " " + r.key() + " " + e.getKey())
                        .isEqualTo((int) g.stream().filter(t -> t.status().equals(e.getKey())).count());
            }
            List<Long> late = g.stream().filter(t -> rules.open().contains(t.status()) && t.deadline().isBefore(TODAY))
                    .map(t -> ChronoUnit.DAYS.between(t.deadline(), TODAY)).sorted().toList();
            assertThat(r.overdue()).as(dimension + " " + r.key() + " overdue").isEqualTo(late.size());
            if (late.isEmpty()) {
                assertThat(r.medianDaysLate()).isNull();
            } else {
                int n = late.size();
                double median = n % 2 == 1 ? late.get(n / 2) : (late.get(n / 2 - 1) + late.get(n / 2)) / 2.0;
                assertThat(r.medianDaysLate()).isEqualTo(median);
            }
            long done = g.stream().filter(t -> rules.isDone(t.status())).count();
            assertThat(r.completionRate(rules.done())).isEqualTo((double) done / g.size());
        }
    }
}
