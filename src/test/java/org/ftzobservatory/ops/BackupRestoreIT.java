package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.ftzobservatory.cli.FtzCli;
import org.ftzobservatory.testing.ScratchDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 14 §1 backups: {@code ftz backup} / {@code ftz restore} through the CLI, on the machine's PostgreSQL and on the
 * embedded one, in both directions; a restore is all or nothing and refuses an archive of a newer schema.
 */
class BackupRestoreIT {

    record Run(int code, String out, String err) {
    }

    static final ScratchDatabases DBS = new ScratchDatabases("backup");
    static String primary;
    static JdbcTemplate jdbc;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void loaded() throws Exception {
        ScratchDatabases.assumeServer();
        primary = DBS.create("a");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(primary, "postgres", ""));
        assertThat(cli("import", "data", "--ftz.db.url=" + primary).code()).isZero();
    }

    @AfterAll
    static void drop() throws Exception {
        DBS.dropAll();
    }

    @Test
    void aRestoreBringsBackExactlyWhatWasBackedUp() throws Exception {
        Path file = tmp.resolve("a.dump");
        String before = cli("status", "--ftz.db.url=" + primary).out();
        Run backup = cli("backup", file.toString(), "--ftz.db.url=" + primary);
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.err()).contains("dumped public.flyway_schema_history (");
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).startsWith("PGDMP");

        // Changes after the backup, including an object a later schema would add: all gone after the restore.
        jdbc.update("update dataset_meta set version = 'changed after backup'");
        jdbc.execute("create table added_after_backup (id int)");
        Run restore = cli("restore", file.toString(), "--ftz.db.url=" + primary);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.err()).contains("archive: schema version").contains("restoring public.dataset_meta (");
        assertThat(cli("status", "--ftz.db.url=" + primary).out()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select to_regclass('public.added_after_backup') is null", Boolean.class)).isTrue();
    }

    @Test
    void aDamagedArchiveChangesNothing() throws Exception {
        Path file = tmp.resolve("whole.dump");
        assertThat(cli("backup", file.toString(), "--ftz.db.url=" + primary).code()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = tmp.resolve("cut.dump");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 9 / 10));
        jdbc.update("update dataset_meta set version = 'before the damaged restore'");
        Run r = cli("restore", cut.toString(), "--ftz.db.url=" + primary);
        assertThat(r.code()).as(r.err()).isNotZero();
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select version from dataset_meta", String.class)).isEqualTo("before the damaged restore");
        assertThat(cli("restore", file.toString(), "--ftz.db.url=" + primary).code()).isZero();
    }

    @Test
    void anArchiveOfANewerSchemaIsRefusedBeforeAnythingIsTouched() throws Exception {
        String newer = DBS.create("newer");
        assertThat(cli("import", "data", "--ftz.db.url=" + newer).code()).isZero();
        new JdbcTemplate(new DriverManagerDataSource(newer, "postgres", "")).update("insert into flyway_schema_history"
                + " (installed_rank, version, description, type, script, installed_by, execution_time, success)"
                + " values (9999, '999.1', 'from the future', 'SQL', 'V999_1__future.sql', 'postgres', 0, true)");
        Path file = tmp.resolve("newer.dump");
        assertThat(cli("backup", file.toString(), "--ftz.db.url=" + newer).code()).isZero();

        jdbc.update("update dataset_meta set version = 'before the refused restore'");
        Run r = cli("restore", file.toString(), "--ftz.db.url=" + primary);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("schema version 999.1 is newer than this release's (" + Backups.appSchemaVersion() + ")");
        assertThat(jdbc.queryForObject("select version from dataset_meta", String.class)).isEqualTo("before the refused restore");
    }

    @Test
    void badInputIsOneLinePerProblemAndExitTwo() throws Exception {
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "not an archive");
        Path otherApp = tmp.resolve("other.dump");
        String other = DBS.create("other");
        new JdbcTemplate(new DriverManagerDataSource(other, "postgres", "")).execute("create table t (a int)");
        assertThat(cli("backup", otherApp.toString(), "--ftz.db.url=" + other).code()).isZero();

        for (Object[] c : new Object[][] {
                {List.of("restore", tmp.resolve("missing.dump").toString()), "no such file"},
                {List.of("restore", text.toString()), "not a pg_dump custom-format archive"},
                {List.of("restore", otherApp.toString()), "not a backup of FTZ Observatory"},
                {List.of("restore"), "expects exactly one file"},
                {List.of("backup", tmp.resolve("no/such/dir/x.dump").toString(), "--ftz.db.url=" + primary), "does not exist"},
                {List.of("backup", "x.dump", "--ftz.db.url=" + primary, "--ftz.backup.pg-bin=" + tmp), "pg_dump: not found"}}) {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) c[0];
            Run r = cli(Stream.concat(args.stream(), args.get(0).equals("restore") ? Stream.of("--ftz.db.url=" + primary)
                    : Stream.empty()).distinct().toArray(String[]::new));
            assertThat(r.code()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(args.toString()).singleElement().asString().contains((String) c[1])
                    .doesNotContain("Exception");
        }
    }

    @Test
    void theEmbeddedDatabaseBacksUpAndRestoresToo() throws Exception {
        Path pgDir = tmp.resolve("pg");
        String embedded = "--ftz.db.embedded.dir=" + pgDir;
        // external → embedded: the embedded database then serves what the external one held
        Path fromExternal = tmp.resolve("external.dump");
        assertThat(cli("backup", fromExternal.toString(), "--ftz.db.url=" + primary).code()).isZero();
        String external = cli("status", "--ftz.db.url=" + primary).out();
        Run restored = cli("restore", fromExternal.toString(), embedded);
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(cli("status", embedded).out()).isEqualTo(external);

        // embedded → a fresh external database
        Path fromEmbedded = tmp.resolve("embedded.dump");
        Run backup = cli("backup", fromEmbedded.toString(), embedded);
        assertThat(backup.code()).as(backup.err()).isZero();
        String fresh = DBS.create("fresh");
        Run back = cli("restore", fromEmbedded.toString(), "--ftz.db.url=" + fresh);
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(cli("status", "--ftz.db.url=" + fresh).out()).isEqualTo(external);
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--ftz.db.user=postgres")).toArray(String[]::new);
        int code = new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
