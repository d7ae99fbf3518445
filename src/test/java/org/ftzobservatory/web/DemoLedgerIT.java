package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ftzobservatory.replication.DemoLedger;
import org.ftzobservatory.replication.ReplicationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The simulated ledger is labelled synthetic wherever it shows, and goes away without touching real rows; the report's
 * replicated results read their figures from their cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class DemoLedgerIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoLedger demo;
    @Autowired
    ReplicationService service;

    @Test
    void theDemoLedgerIsSyntheticEverywhereAndClearsCleanly() throws Exception {
        LocalHttp http = new LocalHttp(port, json);
        int tasks = demo.load(20211231L);
        try {
            assertThat(tasks).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from replication_task where not synthetic", Integer.class)).isZero();
            assertThat(http.getJson("/api/v1/replication/dashboard").get("synthetic").asInt()).isGreaterThanOrEqualTo(tasks);
            String page = http.get("/replication").body();
            assertThat(page).contains("id=\"synthetic-banner\"");
            assertThat(http.get("/replication/records").body()).contains("class=\"synthetic\"");
            assertThat(demo.load(20211231L)).as("seeded: the same ledger every time").isEqualTo(tasks);
        } finally {
            demo.clear();
        }
        assertThat(jdbc.queryForObject("select count(*) from replication_task where synthetic", Integer.class)).isZero();
        assertThat(http.get("/replication").body()).doesNotContain("id=\"synthetic-banner\"");
    }

    @Test
    void aReplicatedResultShowsTheFiguresOfItsCaseWhichAreTheStatistics() throws Exception {
        JsonNode facts = new LocalHttp(port, json).getJson("/api/v1/replication/report-facts");
        JsonNode hebei = null;
        for (JsonNode r : facts.get("results")) {
            if (r.get("id").asString().equals("hebei-international-trade-single-window")) {
                hebei = r;
            }
        }
        assertThat(hebei).isNotNull();
        assertThat(hebei.get("case").asString()).isEqualTo("p1-rep-international-trade-single-window");
        // the figure comes from the case, whose metric is statistic s-c-110: change both and this follows
        JsonNode first = hebei.get("metrics").get(0);
        assertThat(first.get("after").asString()).isEqualTo("26.4");
        assertThat(first.get("unit").asString()).isEqualTo("hour");
        assertThat(first.get("change_pct").asDouble()).isEqualTo(-83.5);
        assertThat(facts.get("totals")).isNotEmpty();
    }
}
