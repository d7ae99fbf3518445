package org.ftzobservatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ftzobservatory.db.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 §6: commands run while {@code ftz serve} holds the embedded PostgreSQL. A server-like owner starts the embedded
 * server on a data directory and leaves the note {@code ftz serve} leaves; the commands must then work on that server's
 * database (not on a second one), and must fail as before without the note, since the directory stays locked.
 */
class CommandsBesideServerIT {

    private static final Path DATA_DIR = Path.of("target/test-pg-beside-server").toAbsolutePath();
    private static EmbeddedPostgres owner;

    @BeforeAll
    static void startTheServersDatabase() throws Exception {
        Files.createDirectories(DATA_DIR.getParent());
        owner = EmbeddedPostgres.builder().setDataDirectory(DATA_DIR).setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(DATA_DIR.getParent().resolve("pg-bin").toFile()).start();
    }

    @AfterAll
    static void stop() throws Exception {
        Files.deleteIfExists(RunningServer.noteFor(DATA_DIR));
        owner.close();
    }

    @Test
    void withTheNoteCommandsUseTheRunningServerAndWithoutItTheLockedDirectoryRefusesThem() throws Exception {
        Files.deleteIfExists(RunningServer.noteFor(DATA_DIR));
        Run refused = cli("", "status");
        assertThat(refused.code).as(refused.err).isEqualTo(FtzCli.FAILED);
        assertThat(refused.err.lines()).hasSize(1);

        RunningServer.record(DATA_DIR, owner.getPort());
        assertThat(RunningServer.find(DATA_DIR)).hasValueSatisfying(url -> assertThat(url).contains(":" + owner.getPort() + "/"));
        Run added = cli("a-long-password-1\n", "user", "add", "--role", "PROVINCE_REVIEWER", "--name", "beside-server", "--scope", "henan");
        assertThat(added.code).as(added.err).isZero();
        assertThat(added.out).contains("created official beside-server");
        // Written into the owner's database, not into one the command started for itself.
        try (Connection c = owner.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select role, scope from official where name = 'beside-server'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("PROVINCE_REVIEWER henan");
        }
        Run status = cli("", "status");
        assertThat(status.code).as(status.err).isZero();
        assertThat(status.out).startsWith("dataset:");
        // report reads the server's database too instead of being refused by the lock: it builds the report when the
        // dataset is in that database (another test of this class may have put it there) and says so when it is not
        Path file = DATA_DIR.getParent().resolve("beside-server-report.md");
        Files.deleteIfExists(file);
        Run report = cli("", "report", "--year", "2021", "--format", "md", "--out", file.toString());
        assertThat(report.code).as(report.err).isIn(FtzCli.OK, FtzCli.BAD_INPUT);
        if (report.code == FtzCli.OK) {
            assertThat(report.err).contains("10/10 index");
            assertThat(Files.readString(file)).contains("## 9. ");
            Files.delete(file);
        } else {
            assertThat(report.err).contains("ftz report: year: no data for 2021 (the database holds no dataset yet: "
                    + "import one with ftz import DIR)");
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void aNoteNamingAnotherServerOrNoServerIsIgnored() throws Exception {
        Path other = Path.of("target/test-pg-beside-server-other").toAbsolutePath();
        try (EmbeddedPostgres stranger = EmbeddedPostgres.builder().setDataDirectory(other).setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(DATA_DIR.getParent().resolve("pg-bin").toFile()).start()) {
            // A port taken over by a PostgreSQL that serves another directory: not ours.
            RunningServer.record(DATA_DIR, stranger.getPort());
            assertThat(RunningServer.find(DATA_DIR)).isEmpty();
            RunningServer.record(other, stranger.getPort());
            assertThat(RunningServer.find(other)).isPresent();
            Files.deleteIfExists(RunningServer.noteFor(other));
        }
        // The note of a server that stopped: nothing answers on its port any more.
        int stoppedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            stoppedPort = socket.getLocalPort();
        }
        RunningServer.record(DATA_DIR, stoppedPort);
        assertThat(RunningServer.find(DATA_DIR)).isEmpty();
        RunningServer.record(DATA_DIR, owner.getPort());
    }

    @Test
    void readOnlyListCommandsNeedNoDatabaseAndAnswerAsTheStoredListsDo() throws Exception {
        RunningServer.record(DATA_DIR, owner.getPort());
        String[][] questions = {
                {"--location", "shanghai/lingang", "--industry", "6319", "--foreign-share", "0.6"},
                {"--location", "beijing", "--industry", "8610", "--foreign-share", "0.3"},
                {"--location", "hainan", "--activity", "hospital", "--foreign-share", "0.7"}};
        var json = JsonMapper.builder().build();
        for (String[] q : questions) {
            List<String> a = new ArrayList<>(List.of("check-access", "--format", "json"));
            a.addAll(List.of(q));
            // An unreachable database: any attempt to use it would fail the command.
            List<String> noDb = new ArrayList<>(a);
            noDb.add("--ftz.db.url=jdbc:postgresql://127.0.0.1:1/nothing-listens-here");
            Run bundled = cli("", noDb.toArray(String[]::new));
            assertThat(bundled.code).as(bundled.err).isZero();
            List<String> stored = new ArrayList<>(a);
            stored.add("--stored");
            Run served = cli("", stored.toArray(String[]::new));
            assertThat(served.code).as(served.err).isZero();
            assertThat(json.readTree(bundled.out)).isEqualTo(json.readTree(served.out));
        }
        Run diff = cli("", "diff-lists", "national-2021", "ftz-2021", "--format", "json",
                "--ftz.db.url=jdbc:postgresql://127.0.0.1:1/nothing-listens-here");
        assertThat(diff.code).as(diff.err).isZero();
        assertThat(json.readTree(diff.out)).isEqualTo(json.readTree(cli("", "diff-lists", "national-2021", "ftz-2021", "--format", "json",
                "--stored").out));
        Run bad = cli("", "check-access", "--location", "atlantis", "--industry", "6319", "--foreign-share", "0.6",
                "--ftz.db.url=jdbc:postgresql://127.0.0.1:1/nothing-listens-here");
        assertThat(bad.code).isEqualTo(FtzCli.BAD_INPUT);
        assertThat(bad.err.lines()).hasSize(1).allMatch(l -> l.startsWith("ftz check-access: location:"));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--ftz.db.embedded.dir=" + DATA_DIR);
        int code = new FtzCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(a.toArray(String[]::new));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
