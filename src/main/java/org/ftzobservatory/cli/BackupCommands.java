package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.ftzobservatory.ops.Backups;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code backup FILE} and {@code restore FILE}: the database as a pg_dump archive ({@link Backups}). Both work on the
 * embedded database (also beside a running {@code ftz serve}, through its var/pg.server note) and on FTZ_DB_URL.
 */
final class BackupCommands {

    private final PrintStream out;
    private final PrintStream err;

    BackupCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int backup(List<String> rest, String pgBin, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1) {
            err.println("ftz backup: expects exactly one file, e.g. ftz backup ftz-2026-12-06.dump");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(0));
        try (ConfigurableApplicationContext ctx = context.get()) {
            HikariDataSource ds = ctx.getBean(HikariDataSource.class);
            Integer tables = ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'", Integer.class);
            Backups.forDatabase(ds.getJdbcUrl(), ds.getUsername(), ds.getPassword(), pgBin)
                    .backup(file, tables == null ? 0 : tables, msg -> err.println("  " + msg));
            out.println("backed up to " + file.toAbsolutePath() + " (" + file.toFile().length() + " bytes)");
            return FtzCli.OK;
        } catch (RuntimeException e) {
            return failed("backup", e);
        }
    }

    int restore(List<String> rest, String pgBin, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1) {
            err.println("ftz restore: expects exactly one file, e.g. ftz restore ftz-2026-12-06.dump");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(0));
        MigrationVersion app = Backups.appSchemaVersion();
        Backups.Archive archive;
        try {
            // Checked before any database is opened: a bad file never touches the data.
            archive = Backups.tools(pgBin).inspect(file, app);
        } catch (Backups.Refused e) {
            return failed("restore", e);
        }
        err.println("  archive: schema version " + archive.schemaVersion() + ", " + archive.tables().size() + " tables");
        try (ConfigurableApplicationContext ctx = context.get()) {
            HikariDataSource ds = ctx.getBean(HikariDataSource.class);
            Backups.forDatabase(ds.getJdbcUrl(), ds.getUsername(), ds.getPassword(), pgBin)
                    .restore(file, archive, msg -> err.println("  " + msg));
            out.println("restored " + file + " (schema version " + archive.schemaVersion() + ")"
                    + (app.isNewerThan(archive.schemaVersion().getVersion())
                    ? "; the next start migrates it to version " + app : ""));
            out.println("restart running app nodes: they hold caches of the data the restore replaced");
            return FtzCli.OK;
        } catch (RuntimeException e) {
            return failed("restore", e);
        }
    }

    /** Bad input: one line per problem, exit 2; anything else one line, exit 1. */
    private int failed(String command, RuntimeException e) {
        if (e instanceof Backups.Refused r) {
            r.problems().forEach(p -> err.println("ftz " + command + ": " + p));
            return FtzCli.BAD_INPUT;
        }
        err.println("ftz " + command + ": failed: " + FtzCli.explain(FtzCli.rootMessage(e)));
        return FtzCli.FAILED;
    }
}
