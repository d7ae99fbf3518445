package org.ftzobservatory.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ftzobservatory.kernel.FtzPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(@Value("${ftz.db.url:}") String url,
                                       @Value("${ftz.db.user:postgres}") String user,
                                       @Value("${ftz.db.password:}") String password,
                                       @Value("${ftz.db.pool-size:10}") int poolSize,
                                       @Value("${ftz.db.connection-timeout-ms:5000}") long connectionTimeoutMs,
                                       EmbeddedDatabase embedded) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("ftz");
        c.setMaximumPoolSize(poolSize);
        // Hikari's default (30 s) would hold every request and the readiness probe for half a minute while the
        // database is down; after this long a request answers 503 and the probe reports DOWN (ops.DatabaseOutage).
        c.setConnectionTimeout(connectionTimeoutMs);
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
        Path dataDir = dir.isBlank() ? paths.home().resolve("var/pg") : Path.of(dir).toAbsolutePath();
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
                        .setOverrideWorkingDirectory(dataDir.getParent().resolve("pg-bin").toFile())
                        .start();
                return new EmbeddedDatabase(pg, null);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start (data dir " + dataDir + ")", e);
            }
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
