package org.ftzobservatory.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ftzobservatory.FtzApplication;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Any sequence of single and bulk decisions, in any order, with stale versions and bad edits mixed in: every candidate is
 * decided at most once, a decision succeeds only on a pending candidate, the audit log holds exactly one event per
 * successful decision, and each accepted number gives exactly one curated statistic.
 */
class ReviewDecisionProperties {

    static ConfigurableApplicationContext app;
    static ReviewService service;
    static JdbcTemplate jdbc;
    static final List<Official> CURATORS = List.of(new Official(1, "prop-editor", Role.ZONE_EDITOR, "henan"),
            new Official(2, "prop-reviewer", Role.PROVINCE_REVIEWER, "henan"), new Official(3, "prop-admin", Role.NATIONAL_ADMIN, null));

    @BeforeContainer
    static void start() {
        app = new SpringApplicationBuilder(FtzApplication.class).web(WebApplicationType.NONE).run("--ftz.import-on-start=false",
                "--ftz.db.embedded.dir=target/test-pg-review-prop", "--ftz.db.embedded.clean=true", "--logging.level.root=WARN");
        service = app.getBean(ReviewService.class);
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** One call: a single decision on one target, or a bulk one on several; edits carry a value that may be bad. */
    record Step(boolean bulk, List<Integer> targets, String action, boolean stale, String value, int curator) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false, false),
                Arbitraries.integers().between(0, 9).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of("accept", "edit", "reject", "accept"), Arbitraries.of(false, false, false, true),
                Arbitraries.of("42", "2021-05", "国发〔2020〕3号", "shanghai", "not a value", "", "-1"),
                Arbitraries.integers().between(0, 2)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 40)
    void eachCandidateIsDecidedAtMostOnceAndEveryDecisionIsAuditedOnce(@ForAll("steps") List<Step> steps) {
        IngestResult r = service.ingest(ReviewFixture.uniqueSample().getBytes(StandardCharsets.UTF_8), "prop.txt", "prop", "CLI", s -> { });
        long doc = r.document().id();
        List<Candidate> candidates = service.store().candidates(doc, null, null, 100);
        assertThat(candidates).hasSize(10);
        Set<Long> decided = new HashSet<>();
        int successes = 0;
        for (Step s : steps) {
            Official who = CURATORS.get(s.curator());
            List<Long> ids = s.targets().stream().map(i -> candidates.get(i).id()).distinct().toList();
            if (s.bulk()) {
                try {
                    Decision.BulkResult b = service.decideAll(who, new Decision.Bulk(s.action(), new ArrayList<>(ids), null, null, null));
                    assertThat(s.action()).isNotEqualTo("edit");
                    assertThat(ids).noneMatch(decided::contains);
                    decided.addAll(ids);
                    successes += b.decided();
                } catch (ConflictException | BadRequestException e) {
                    // refused as a whole
                }
            } else {
                long id = ids.get(0);
                Candidate now = service.candidate(id);
                try {
                    service.decide(who, id, new Decision.One(s.action(), s.value(), s.stale() ? now.version() + 1 : now.version(), null));
                    assertThat(decided).doesNotContain(id);
                    assertThat(s.stale()).isFalse();
                    decided.add(id);
                    successes++;
                } catch (ConflictException | BadRequestException e) {
                    // refused: nothing changes
                }
            }
        }
        List<Candidate> after = service.store().candidates(doc, null, null, 100);
        for (Candidate c : after) {
            int events = audits(c.id());
            assertThat(events).as(c.toString()).isEqualTo(decided.contains(c.id()) ? 1 : 0);
            assertThat(c.pending()).isEqualTo(!decided.contains(c.id()));
            assertThat(c.version()).isEqualTo(c.pending() ? 0 : 1);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'fact_candidate'
                and object_id in (select id::text from fact_candidate where document_id = ?)""", Integer.class, doc)).isEqualTo(successes);
        long acceptedNumbers = after.stream().filter(c -> List.of("amount", "percent", "count").contains(c.type()))
                .filter(c -> c.status().equals("accepted") || c.status().equals("edited")).count();
        assertThat(jdbc.queryForObject("select count(*) from curated_statistic where document_id = ?", Long.class, doc))
                .isEqualTo(acceptedNumbers);
    }

    static int audits(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = 'fact_candidate' and object_id = ?",
                Integer.class, String.valueOf(id));
    }
}
