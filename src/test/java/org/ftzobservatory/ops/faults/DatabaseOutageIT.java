package org.ftzobservatory.ops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2 in CI: the node's PostgreSQL (a zonky server of this test's own) stops for 10 s (longer if the node has not
 * answered a 503 by then) under load and comes back
 * on the same port: 503s with problem details while it is gone, readiness down, then 200s again without a restart of
 * the node. Events are checked in order, no durations are asserted. The 30-second run is bench/run-db-outage.sh.
 */
class DatabaseOutageIT {

    @TempDir
    Path work;

    @Test
    void theNodeAnswers503WhileTheDatabaseIsGoneAndRecoversByItself() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        DatabaseOutageDriver.Timeline t = new DatabaseOutageDriver(Path.of("").toAbsolutePath(), work.resolve("pg"),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run(10, 3);
        String report = log.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        assertThat(t.violations()).as(report).isEmpty();
        assertThat(t.events().get("first 503")).as(report).isLessThan(t.events().get("restart begun"));
        assertThat(t.events().get("first 200")).as(report).isGreaterThan(t.events().get("database accepting connections"));
    }
}
