package org.ftzobservatory.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on an external PostgreSQL server (127.0.0.1:5432, trust auth, user postgres). It connects to the
 * {@code postgres} maintenance database, which every server has, to create a database of its own, and drops it after the
 * run. Skipped only when nothing listens on the port, and never under CI: a server that answers but refuses us is a
 * failure, not a skip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.user=" + ExternalPostgresIT.USER, "ftz.db.pool-size=4"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExternalPostgresIT extends DatabaseContract {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    static final String USER = "postgres";
    /** One database per checkout, so that two working copies can run their tests at the same time. */
    static final String DATABASE = "ftz_it_" + Integer.toHexString(System.getProperty("user.dir").hashCode());

    /** The application's pool, closed before the database is dropped. */
    private static HikariDataSource pool;
    private static boolean created;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("ftz.db.url", () -> url(DATABASE));
    }

    @BeforeAll
    static void freshDatabase() throws SQLException {
        if (!listening()) {
            String why = "skipped: nothing listens on " + HOST + ":" + PORT + " (start PostgreSQL; .ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs a PostgreSQL server on " + HOST + ":" + PORT + " (see .ci/run)");
            }
            Assumptions.abort(why);
        }
        try (Connection c = maintenance(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
            created = true;
        }
    }

    @BeforeEach
    void rememberPool() {
        pool = dataSource;
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (!created) {
            return;  // skipped or failed before creating it: nothing of ours on the server
        }
        if (pool != null) {
            pool.close();
        }
        try (Connection c = maintenance(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, PORT), 3000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection maintenance() throws SQLException {
        return DriverManager.getConnection(url("postgres") + "?connectTimeout=3", USER, "");
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }
}
