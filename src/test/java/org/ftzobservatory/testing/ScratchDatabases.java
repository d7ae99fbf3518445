package org.ftzobservatory.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Databases of their own on the machine's PostgreSQL (127.0.0.1:5432, trust auth, user postgres), created through the
 * {@code postgres} maintenance database and dropped by {@link #dropAll()}. Without a server there the test is skipped,
 * except under CI=true where it fails.
 */
public final class ScratchDatabases implements AutoCloseable {

    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String prefix;
    private final List<String> created = new ArrayList<>();

    /** {@code tag} names the test; the worktree's hash keeps parallel checkouts apart. */
    public ScratchDatabases(String tag) {
        this.prefix = "ftz_" + tag + "_" + Integer.toHexString(System.getProperty("user.dir").hashCode());
    }

    public static void assumeServer() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs a PostgreSQL server on 127.0.0.1:5432 (see .ci/run)");
            }
            Assumptions.abort("skipped: nothing listens on 127.0.0.1:5432");
        }
    }

    /** A new empty database (an old one of the same name is dropped first); returns its JDBC URL. */
    public String create(String suffix) throws SQLException {
        String name = prefix + "_" + suffix;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        created.add(name);
        return SERVER + name;
    }

    public void dropAll() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
        created.clear();
    }

    @Override
    public void close() throws SQLException {
        dropAll();
    }
}
