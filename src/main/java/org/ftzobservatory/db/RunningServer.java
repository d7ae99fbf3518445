package org.ftzobservatory.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a serving process leaves beside the embedded PostgreSQL's data directory ({@code var/pg.server} for
 * {@code var/pg}): the port the server listens on and who runs it. The data directory is locked while that server runs,
 * so a command-line process reads the note and connects to the running server instead of starting a second one.
 * The note is only trusted when the server it names answers and reports the same data directory: a note left by a
 * crashed process, or a port reused by another PostgreSQL, is ignored.
 */
public final class RunningServer {

    private static final int CONNECT_TIMEOUT_SECONDS = 2;

    private RunningServer() {
    }

    /** Where the note of the server owning {@code dataDir} lives. */
    public static Path noteFor(Path dataDir) {
        Path abs = dataDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".server");
    }

    /** Writes the note (atomically, so a reader never sees half of it). */
    public static void record(Path dataDir, int port) {
        Properties p = new Properties();
        p.setProperty("port", String.valueOf(port));
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        p.setProperty("data_dir", dataDir.toAbsolutePath().normalize().toString());
        Path note = noteFor(dataDir);
        try {
            Path tmp = Files.createTempFile(note.getParent(), note.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "written by ftz serve while its embedded PostgreSQL runs; removed when it stops");
            }
            Files.move(tmp, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + note, e);
        }
    }

    /** Removes the note, if it is still this process's. */
    public static void forget(Path dataDir) {
        Path note = noteFor(dataDir);
        Properties p = read(note);
        if (p != null && String.valueOf(ProcessHandle.current().pid()).equals(p.getProperty("pid"))) {
            try {
                Files.deleteIfExists(note);
            } catch (IOException e) {
                // A note that outlives its server is harmless: readers check that the server answers.
            }
        }
    }

    /** The JDBC URL of the running server that owns {@code dataDir}, if its note is there and the server answers. */
    public static Optional<String> find(Path dataDir) {
        Properties p = read(noteFor(dataDir));
        if (p == null || !p.getProperty("port", "").matches("\\d{1,5}")) {
            return Optional.empty();
        }
        String url = "jdbc:postgresql://localhost:" + p.getProperty("port") + "/postgres?connectTimeout=" + CONNECT_TIMEOUT_SECONDS;
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection(url, login);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show data_directory")) {
            return rs.next() && sameDirectory(Path.of(rs.getString(1)), dataDir) ? Optional.of(url) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path reported, Path dataDir) {
        try {
            return reported.toRealPath().equals(dataDir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static Properties read(Path note) {
        if (!Files.isRegularFile(note)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
