package org.ftzobservatory.ops;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * {@code ftz backup} and {@code ftz restore}: the whole database (schema, dataset, ledgers, accounts, audit trail) as a
 * pg_dump custom-format archive. The client programs come from the PostgreSQL installation
 * ({@code /usr/lib/postgresql/N/bin}, the newest; or {@code ftz.backup.pg-bin}; or the PATH): the embedded server's
 * bundle holds only initdb, pg_ctl and postgres, no pg_dump.
 *
 * <p>A restore is all or nothing: the archive is checked first (a pg_dump archive, of this application, of a schema no
 * newer than this release's migrations), then replayed by psql in one transaction that drops and recreates the
 * {@code public} schema; any error rolls the whole of it back and the database stays as it was.
 */
public final class Backups {

    /** Bad input: one line per problem, nothing touched. */
    public static final class Refused extends RuntimeException {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** What an archive holds, read without restoring it. */
    public record Archive(MigrationVersion schemaVersion, List<String> tables) {
    }

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");
    private static final Pattern COPY = Pattern.compile("^COPY (\\S+) \\((.*)\\) FROM stdin;$");
    private static final Pattern MIGRATION = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private final Path bin;
    private final Map<String, String> env;

    private Backups(Path bin, Map<String, String> env) {
        this.bin = bin;
        this.env = env;
    }

    /** For checking an archive without any database. */
    public static Backups tools(String pgBin) {
        return new Backups(clientBin(pgBin), Map.of());
    }

    /**
     * For the database behind a JDBC URL; connection details go to the client programs through the environment
     * ({@code PGHOST} …), so the password never shows in a process list.
     */
    public static Backups forDatabase(String jdbcUrl, String user, String password, String pgBin) {
        Matcher m = JDBC.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new Refused(List.of("database: " + jdbcUrl.replaceAll("password=[^&]*", "password=***")
                    + " is not a jdbc:postgresql://host[:port]/database URL"));
        }
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PGHOST", m.group(1));
        env.put("PGPORT", m.group(2) == null ? "5432" : m.group(2));
        env.put("PGDATABASE", m.group(3));
        env.put("PGUSER", user == null || user.isBlank() ? "postgres" : user);
        if (password != null && !password.isBlank()) {
            env.put("PGPASSWORD", password);
        }
        env.put("PGAPPNAME", "ftz-backup");
        return new Backups(clientBin(pgBin), env);
    }

    /**
     * The directory holding pg_dump, pg_restore and psql: {@code ftz.backup.pg-bin} when set, else the newest Debian
     * installation under /usr/lib/postgresql, else the PATH. pg_dump must be at least the server's major version.
     */
    static Path clientBin(String configured) {
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            Path debian = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(debian)) {
                try (Stream<Path> versions = Files.list(debian)) {
                    versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                            .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString())).reversed())
                            .map(p -> p.resolve("bin")).forEach(candidates::add);
                } catch (IOException e) {
                    // fall through to the PATH
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir));
                }
            }
        }
        for (Path dir : candidates) {
            if (Files.isExecutable(dir.resolve("pg_dump")) && Files.isExecutable(dir.resolve("pg_restore"))
                    && Files.isExecutable(dir.resolve("psql"))) {
                return dir;
            }
        }
        throw new Refused(List.of("pg_dump: not found" + (configured == null || configured.isBlank() ? "" : " in " + configured)
                + "; install the PostgreSQL client programs (Debian: apt-get install postgresql-client) or name their directory"
                + " with --ftz.backup.pg-bin=DIR (the embedded PostgreSQL brings no pg_dump)"));
    }

    /** Dumps the database to {@code file} (written beside it first, moved into place when complete). */
    public void backup(Path file, int tableCount, Consumer<String> progress) {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Refused(List.of(file + ": directory " + parent + " does not exist"));
        }
        Path partial = parent.resolve(target.getFileName() + ".partial");
        int[] done = {0};
        List<String> errors = new ArrayList<>();
        int code = run(List.of(tool("pg_dump"), "--format=custom", "--verbose", "--file=" + partial), line -> {
            int i = line.indexOf("dumping contents of table ");
            if (i >= 0) {
                done[0]++;
                progress.accept("dumped " + line.substring(i + 26).replace("\"", "") + " (" + done[0] + "/" + tableCount + ")");
            } else if (line.contains("error:")) {
                errors.add(line);
            }
        }, null);
        if (code != 0) {
            deleteQuietly(partial);
            throw new IllegalStateException("pg_dump failed (exit " + code + "): " + String.join(" ", errors));
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks an archive without touching any database: a pg_dump custom-format file of this application whose schema
     * is no newer than {@code appVersion}. Throws {@link Refused} with one line per problem.
     */
    public Archive inspect(Path file, MigrationVersion appVersion) {
        if (!Files.isRegularFile(file)) {
            throw new Refused(List.of(file + ": no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new Refused(List.of(file + ": not readable"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!"PGDMP".equals(new String(in.readNBytes(5), StandardCharsets.US_ASCII))) {
                throw new Refused(List.of(file + ": not a pg_dump custom-format archive (make one with ftz backup FILE)"));
            }
        } catch (IOException e) {
            throw new Refused(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        List<String> tables = new ArrayList<>();
        List<String> listErrors = new ArrayList<>();
        int code = run(List.of(tool("pg_restore"), "--list", file.toString()), listErrors::add, line -> {
            Matcher m = Pattern.compile("^\\d+; \\d+ \\d+ TABLE DATA (\\S+) (\\S+) ").matcher(line);
            if (m.find()) {
                tables.add(m.group(1) + "." + m.group(2));
            }
        });
        if (code != 0) {
            throw new Refused(List.of(file + ": damaged archive: " + String.join(" ", listErrors)));
        }
        if (!tables.contains("public.flyway_schema_history")) {
            throw new Refused(List.of(file + ": holds no flyway_schema_history table: not a backup of FTZ Observatory"));
        }
        MigrationVersion version = schemaVersion(file);
        if (version == null) {
            throw new Refused(List.of(file + ": its flyway_schema_history records no successful migration"));
        }
        if (version.isNewerThan(appVersion.getVersion())) {
            throw new Refused(List.of(file + ": schema version " + version + " is newer than this release's ("
                    + appVersion + "); restore it with the release that made it, or a later one"));
        }
        return new Archive(version, tables);
    }

    /** The highest successful migration in the archive's flyway_schema_history, read from its data section only. */
    private MigrationVersion schemaVersion(Path file) {
        MigrationVersion[] max = {null};
        int[] versionColumn = {-1};
        int[] successColumn = {-1};
        boolean[] inCopy = {false};
        int code = run(List.of(tool("pg_restore"), "--data-only", "--table=flyway_schema_history", "--file=-", file.toString()),
                line -> { }, line -> {
                    Matcher m = COPY.matcher(line);
                    if (m.matches()) {
                        List<String> cols = List.of(m.group(2).split(", "));
                        versionColumn[0] = cols.indexOf("version");
                        successColumn[0] = cols.indexOf("success");
                        inCopy[0] = true;
                    } else if (line.equals("\\.")) {
                        inCopy[0] = false;
                    } else if (inCopy[0] && versionColumn[0] >= 0) {
                        String[] f = line.split("\t", -1);
                        if (f.length > Math.max(versionColumn[0], successColumn[0]) && !f[versionColumn[0]].equals("\\N")
                                && (successColumn[0] < 0 || f[successColumn[0]].equals("t"))) {
                            MigrationVersion v = MigrationVersion.fromVersion(f[versionColumn[0]]);
                            if (max[0] == null || v.isNewerThan(max[0].getVersion())) {
                                max[0] = v;
                            }
                        }
                    }
                });
        if (code != 0) {
            throw new Refused(List.of(file + ": its flyway_schema_history cannot be read"));
        }
        return max[0];
    }

    /**
     * Replaces the whole {@code public} schema with the archive's, in one transaction: psql runs the drop, the
     * archive's statements and data, and commits only if every statement succeeded.
     */
    public void restore(Path file, Archive archive, Consumer<String> progress) {
        List<String> errors = new ArrayList<>();
        // No --single-transaction: psql would commit whatever it had read when its input ended early (this process
        // killed). The transaction is opened and committed here; input that ends before COMMIT is rolled back.
        Process psql = start(List.of(tool("psql"), "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--output=/dev/null"));
        CompletableFuture<Void> psqlErrors = CompletableFuture.runAsync(() -> lines(psql.getErrorStream(), l -> {
            if (errors.size() < 5) {
                errors.add(l);
            }
        }));
        Process pgRestore = start(List.of(tool("pg_restore"), "--no-owner", "--no-privileges", "--file=-", file.toString()));
        CompletableFuture<Void> restoreErrors = CompletableFuture.runAsync(() -> lines(pgRestore.getErrorStream(), errors::add));
        BufferedWriter to = new BufferedWriter(new OutputStreamWriter(psql.getOutputStream(), StandardCharsets.UTF_8));
        int done = 0;
        boolean broken = false;
        try (BufferedReader from = new BufferedReader(new InputStreamReader(pgRestore.getInputStream(), StandardCharsets.UTF_8))) {
            // Objects a newer schema added would otherwise survive beside the archive's and trip the next migration.
            to.write("BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
            String line;
            while ((line = from.readLine()) != null) {
                Matcher m = COPY.matcher(line);
                if (m.matches()) {
                    done++;
                    progress.accept("restoring " + m.group(1) + " (" + done + "/" + archive.tables().size() + ")");
                }
                to.write(line);
                to.write('\n');
            }
        } catch (IOException e) {
            // psql stopped reading: it met an error and rolled back; its message says which.
            broken = true;
        }
        int restoreCode = waitFor(pgRestore);
        restoreErrors.join();
        if (broken || restoreCode != 0) {
            // Killed without COMMIT: the server rolls the transaction back when the connection drops.
            psql.destroyForcibly();
        } else {
            try {
                to.write("COMMIT;\n");
                to.close();
            } catch (IOException e) {
                broken = true;
            }
        }
        int psqlCode = waitFor(psql);
        psqlErrors.join();
        if (broken || restoreCode != 0 || psqlCode != 0) {
            throw new IllegalStateException("restore rolled back, the database is unchanged: "
                    + (errors.isEmpty() ? "pg_restore exit " + restoreCode + ", psql exit " + psqlCode : String.join(" ", errors)));
        }
    }

    /** The newest migration this release brings (db/migration on the classpath). */
    public static MigrationVersion appSchemaVersion() {
        try {
            MigrationVersion max = null;
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
                Matcher m = MIGRATION.matcher(Optional.ofNullable(r.getFilename()).orElse(""));
                if (m.matches()) {
                    MigrationVersion v = MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
                    if (max == null || v.isNewerThan(max.getVersion())) {
                        max = v;
                    }
                }
            }
            if (max == null) {
                throw new IllegalStateException("no migrations on the classpath");
            }
            return max;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tool(String name) {
        return bin.resolve(name).toString();
    }

    private Process start(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        }
    }

    /** Runs a client program; stderr lines go to {@code onError}, stdout lines to {@code onOutput} (or are discarded). */
    private int run(List<String> command, Consumer<String> onError, Consumer<String> onOutput) {
        Process p = start(command);
        try {
            p.getOutputStream().close();
            CompletableFuture<Void> err = CompletableFuture.runAsync(() -> lines(p.getErrorStream(), onError));
            lines(p.getInputStream(), onOutput == null ? l -> { } : onOutput);
            err.join();
            return waitFor(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(InputStream in, Consumer<String> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process ended; its exit code says how
        }
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            return -1;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover .partial file is harmless and says what it is
        }
    }
}
