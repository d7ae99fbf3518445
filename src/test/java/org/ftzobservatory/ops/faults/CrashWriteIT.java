package org.ftzobservatory.ops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ftzobservatory.testing.ScratchDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §2 in CI: one SIGKILL of {@code ftz serve} during a burst of replication and review writes, then a second
 * start and another kill: every acknowledged write is there with its audit event, none is half there. The kill comes
 * once writes have been acknowledged (not after a clock time), so the test does not depend on the machine's speed.
 * The long run is bench/run-crash-writes.sh.
 */
class CrashWriteIT {

    static final ScratchDatabases DBS = new ScratchDatabases("crashwrite");

    @Test
    void everyAcknowledgedWriteSurvivesAKillWithItsAuditAndNoneIsHalfThere() throws Exception {
        ScratchDatabases.assumeServer();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashWriteDriver d = new CrashWriteDriver(Path.of("").toAbsolutePath(), DBS.create("a"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        d.prepare();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        for (int round = 1; round <= 2; round++) {
            CrashWriteDriver.Round r = d.round(round, port, 4, round == 1 ? 5 : 20, round == 1 ? 0 : 300);
            assertThat(r.violations()).as(log.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(r.acked()).as("writes acknowledged before the kill: " + log.toString(StandardCharsets.UTF_8)).isPositive();
        }
        System.out.print(log.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void drop() throws Exception {
        DBS.dropAll();
    }
}
