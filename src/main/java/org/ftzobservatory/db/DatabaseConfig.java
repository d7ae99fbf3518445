package org.ftzobservatory.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ftzobservatory.kernel.FtzPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * PostgreSQL is the only database. {@code FTZ_DB_URL} (with {@code FTZ_DB_USER}, {@code FTZ_DB_PASSWORD}) selects an
 * external server; without it an embedded PostgreSQL runs with its data under {@code var/pg}, so a fresh clone works with
 * no setup and keeps its data between runs. Only one process can run the embedded server on a data directory: {@code ftz
 * serve} leaves a note of its port ({@link RunningServer}), and a command run beside it connects to that server instead of
 * starting a second one.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /** The embedded server {@code ftz serve} started before Spring, for the data directory it was started on. */
    private record EarlyStart(Path dataDir, CompletableFuture<EmbeddedDatabase> db) {
    }

    private static volatile EarlyStart early;

    /**
     * For {@code ftz serve}: once the configuration is read (and logging set up), starts the embedded PostgreSQL on a
     * thread of its own while Spring builds its context, so the server's start is off the path to readiness (issue 14
     * §3); the {@code embeddedDatabase} bean takes it over. Nothing starts with an external database, a clean directory
     * (tests) or when another process already runs the directory's server (the bean attaches to it as before).
     */
    public static ApplicationListener<ApplicationEnvironmentPreparedEvent> startEmbeddedEarly() {
        return event -> {
            Environment env = event.getEnvironment();
            if (!env.getProperty("ftz.db.url", "").isBlank() || env.getProperty("ftz.db.embedded.clean", Boolean.class, false)) {
                return;
            }
            String dir = env.getProperty("ftz.db.embedded.dir", "");
            Path dataDir = dir.isBlank() ? Path.of(env.getProperty("ftz.home", ".")).toAbsolutePath().normalize().resolve("var/pg")
                    : Path.of(dir).toAbsolutePath();
            CompletableFuture<EmbeddedDatabase> db = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    db.complete(RunningServer.find(dataDir).isPresent() ? null : EmbeddedDatabase.start(dataDir, false));
                } catch (Throwable e) {
                    db.completeExceptionally(e);
                }
            }, "embedded-pg-start");
            starter.setDaemon(true);
            early = new EarlyStart(dataDir, db);
            starter.start();
        };
    }

    /** The server started early on {@code dataDir}, waiting for it to be up; null when none was (or another process runs it). */
    private static EmbeddedDatabase takeEarly(Path dataDir) {
        EarlyStart e = early;
        if (e == null || !e.dataDir().equals(dataDir)) {
            return null;
        }
        early = null;
        try {
            return e.db().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("embedded PostgreSQL did not start (data dir " + dataDir + ")", failed.getCause());
        }
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(@Value("${ftz.db.url:}") String url,
                                       @Value("${ftz.db.user:postgres}") String user,
                                       @Value("${ftz.db.password:}") String password,
                                       @Value("${ftz.db.pool-size:10}") int poolSize,
                                       @Value("${ftz.db.pool-wait:5s}") java.time.Duration poolWait,
                                       EmbeddedDatabase embedded) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("ftz");
        c.setMaximumPoolSize(poolSize);
        // How long a request waits for a connection before it answers 503 (Hikari's default is 30 s: under overload or
        // while the database is down the requests would queue for half a minute each and still fail; the readiness
        // probe reports DOWN after the same wait, see ops.DatabaseOutage).
        c.setConnectionTimeout(poolWait.toMillis());
        if (url.isBlank()) {
            c.setJdbcUrl(embedded.jdbcUrl());
            c.setUsername("postgres");
        } else {
            log.info("Using external PostgreSQL at {}", url.replaceAll("password=[^&]*", "password=***"));
            c.setJdbcUrl(url);
            c.setUsername(user);
            c.setPassword(password);
        }
        return new HikariDataSource(c);
    }

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(@Value("${ftz.db.url:}") String url,
                                             @Value("${ftz.db.embedded.dir:}") String dir,
                                             @Value("${ftz.db.embedded.clean:false}") boolean clean,
                                             @Value("${ftz.db.embedded.publish:false}") boolean publish,
                                             FtzPaths paths) {
        if (!url.isBlank()) {
            return EmbeddedDatabase.none();
        }
        Path dataDir = dir.isBlank() ? paths.home().resolve("var/pg").toAbsolutePath() : Path.of(dir).toAbsolutePath();
        EmbeddedDatabase started = clean ? null : takeEarly(dataDir);
        if (started != null) {
            if (publish) {
                started.publish(dataDir);
            }
            return started;
        }
        if (!clean) {
            var running = RunningServer.find(dataDir);
            if (running.isPresent()) {
                log.info("Using the running embedded PostgreSQL of {} ({})", dataDir, running.get());
                return EmbeddedDatabase.attached(running.get());
            }
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, clean);
        if (publish) {
            db.publish(dataDir);
        }
        return db;
    }

    /** The embedded server's lifecycle, held as a bean so it stops with the application context. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres pg;
        private final String attachedUrl;
        private Path published;

        private EmbeddedDatabase(EmbeddedPostgres pg, String attachedUrl) {
            this.pg = pg;
            this.attachedUrl = attachedUrl;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null);
        }

        /** Another process's server (ftz serve), found through its note; this process neither starts nor stops it. */
        static EmbeddedDatabase attached(String jdbcUrl) {
            return new EmbeddedDatabase(null, jdbcUrl);
        }

        /** Leaves the note other processes find this server by; removed again on close. */
        void publish(Path dataDir) {
            RunningServer.record(dataDir, pg.getPort());
            published = dataDir;
        }

        static EmbeddedDatabase start(Path dataDir, boolean clean) {
            try {
                Files.createDirectories(dataDir.getParent());
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(clean)
                        .setServerConfig("max_connections", "100")
                        // A million cases fill 13 GB; at the default 1 GB of WAL the server checkpointed again and again
                        // ("checkpoints are occurring too frequently", issue 19), rewriting whole pages each time.
                        .setServerConfig("max_wal_size", "8GB")
                        .setServerConfig("shared_buffers", sharedBuffers())
                        .setOverrideWorkingDirectory(dataDir.getParent().resolve("pg-bin").toFile())
                        .start();
                return new EmbeddedDatabase(pg, null);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start (data dir " + dataDir + ")", e);
            }
        }

        /**
         * PostgreSQL's own cache, an eighth of the machine's memory between 128 MB (its default) and 2 GB. At the default
         * a million cases (6 GB) left no search's pages in it: a partial-word search of 1,103 matches, warm at 21-29
         * ms, took 113 ms in the benchmark, its rows and TOAST read again from the operating system (issue 19). Pages
         * are only taken as they are used, so a small library stays small.
         */
        static String sharedBuffers() {
            long total = java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getTotalMemorySize() : 0;
            long mb = Math.max(128, Math.min(2048, (total >> 20) / 8));
            return mb + "MB";
        }

        String jdbcUrl() {
            return attachedUrl != null ? attachedUrl : pg.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (published != null) {
                RunningServer.forget(published);
            }
            if (pg != null) {
                pg.close();
            }
        }
    }
}
