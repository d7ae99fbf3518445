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
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2 in CI: three SIGKILLs of {@code ftz import} (a child JVM) at points chosen from its progress — while it
 * starts, after validation while the old rows are deleted and new ones written, and among the last parts — each
 * leaves exactly the old or the new dataset, and the next start serves it. No timing is asserted: the kill points are
 * progress lines, not clock times. The long run with 20+ random kills is bench/run-import-crash.sh.
 */
class ImportCrashIT {

    static final ScratchDatabases DBS = new ScratchDatabases("crashimport");

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesTheOldOrTheNewDatasetAndTheNextStartServesIt() throws Exception {
        ScratchDatabases.assumeServer();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        ImportCrashDriver d = new ImportCrashDriver(Path.of("").toAbsolutePath(), DBS.create("a"), work, out);
        d.prepare();
        String[][] killPoints = {{"reading", "0"}, {"documents:", "0"}, {"innovations:", "50"}};
        for (int i = 0; i < killPoints.length; i++) {
            ImportCrashDriver.Outcome o = d.attempt(i + 1, killPoints[i][0], Long.parseLong(killPoints[i][1]));
            assertThat(o.state()).as(log.toString(StandardCharsets.UTF_8)).isIn("old", "new");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(d.serveAndCount(port)).as(log.toString(StandardCharsets.UTF_8)).startsWith("served");
        System.out.print(log.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void drop() throws Exception {
        DBS.dropAll();
    }
}
