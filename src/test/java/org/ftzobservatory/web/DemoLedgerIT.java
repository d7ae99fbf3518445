package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ftzobservatory.replication.DemoLedger;
import org.ftzobservatory.replication.ReplicationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.ObjectMapper;

/** The simulated ledger is labelled synthetic wherever it shows, and goes away without touching real rows. */
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
}
