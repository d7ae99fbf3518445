package org.ftzobservatory.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed to PostgreSQL with {@code COPY … FROM STDIN} in the text format: one round trip per 256 kB instead of one
 * statement per row, and no per-row parsing or planning on the server. Values are strings, numbers, booleans, null, or
 * collections of strings (written as array literals). The caller names the columns; values are escaped here, so no
 * input is ever read as COPY syntax.
 */
public final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;

    private final CopyIn copy;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);
    private final StringBuilder line = new StringBuilder(1024);
    private long rows;
    private boolean closed;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code COPY table (columns) FROM STDIN} on the connection (table and column names are the caller's constants). */
    public static CopyRows open(Connection connection, String table, String... columns) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
        return new CopyRows(in);
    }

    /** One row: the values in the order of the columns given to {@link #open}. */
    public void add(Object... values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                line.append("\\N");
            } else if (v instanceof Collection<?> c) {
                escape(arrayLiteral(c), line);
            } else if (v instanceof String[] a) {
                escape(arrayLiteral(java.util.Arrays.asList(a)), line);
            } else {
                escape(v.toString(), line);
            }
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        rows++;
        if (buffer.size() >= FLUSH_AT) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }
    }

    /** Ends the COPY; returns the rows the server took. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        if (!copy.isActive()) {
            return;
        }
        flush();
        copy.endCopy();
    }

    /** A PostgreSQL array literal: every element double-quoted, so commas, braces and quotes inside stay data. */
    static String arrayLiteral(Collection<?> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Object o : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            if (o == null) {
                sb.append("NULL");
            } else {
                sb.append('"').append(o.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return sb.append('}').toString();
    }

    /** COPY text format: backslash, tab, newline and carriage return are the characters with a meaning there. */
    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
