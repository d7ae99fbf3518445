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
 * no setup and keeps its data between runs.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(@Value("${ftz.db.url:}") String url,
                                       @Value("${ftz.db.user:postgres}") String user,
                                       @Value("${ftz.db.password:}") String password,
                                       @Value("${ftz.db.pool-size:10}") int poolSize,
                                       EmbeddedDatabase embedded) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("ftz");
        c.setMaximumPoolSize(poolSize);
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
                                             FtzPaths paths) {
        if (!url.isBlank()) {
            return EmbeddedDatabase.none();
        }
        Path dataDir = dir.isBlank() ? paths.home().resolve("var/pg") : Path.of(dir).toAbsolutePath();
        return EmbeddedDatabase.start(dataDir, clean);
    }

    /** The embedded server's lifecycle, held as a bean so it stops with the application context. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres pg;

        private EmbeddedDatabase(EmbeddedPostgres pg) {
            this.pg = pg;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
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
                return new EmbeddedDatabase(pg);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start (data dir " + dataDir + ")", e);
            }
        }

        String jdbcUrl() {
            return pg.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (pg != null) {
                pg.close();
            }
        }
    }
}
