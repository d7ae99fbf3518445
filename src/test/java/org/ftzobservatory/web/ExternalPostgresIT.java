package org.ftzobservatory.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on an external PostgreSQL server (default 127.0.0.1:5432 with trust auth). It works in a database of
 * its own, created fresh, and is skipped with a clear message when no server answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.user=" + ExternalPostgresIT.USER, "ftz.db.pool-size=4"})
class ExternalPostgresIT extends DatabaseContract {

    static final String SERVER = "127.0.0.1:5432";
    static final String USER = "postgres";
    /** One database per checkout, so that two working copies can run their tests at the same time. */
    static final String DATABASE = "ftz_it_" + Integer.toHexString(System.getProperty("user.dir").hashCode());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("ftz.db.url", () -> "jdbc:postgresql://" + SERVER + "/" + DATABASE);
    }

    @BeforeAll
    static void freshDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/test?connectTimeout=3", USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            System.out.println("skipped: no server at " + SERVER + " (" + e.getMessage() + ")");
            Assumptions.abort("skipped: no server at " + SERVER);
        }
    }
}
