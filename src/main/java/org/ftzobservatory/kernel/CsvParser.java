package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, a doubled quote inside quotes is a quote, and quoted
 * fields may span lines. Each row remembers the line it started on, for error messages.
 */
public final class CsvParser {

    public record Row(int line, List<String> fields) {
    }

    /** Thrown for text that is not valid CSV, with the line where the problem is. */
    public static final class CsvException extends IllegalArgumentException {
        private final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private CsvParser() {
    }

    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        try {
            stream(new java.io.StringReader(text), rows::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringReader does not fail
        }
        return rows;
    }

    /**
     * Reads records one at a time and hands each to {@code sink}, so a file of any length is parsed in constant memory
     * (ledger imports of 100,000 rows). A byte-order mark at the start is skipped.
     */
    public static void stream(java.io.Reader reader, java.util.function.Consumer<Row> sink) throws java.io.IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader instanceof java.io.BufferedReader ? reader
                : new java.io.BufferedReader(reader), 1);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean rowHasContent = false;
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        int r;
        while ((r = in.read()) != -1) {
            char c = (char) r;
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        if (next != -1) {
                            in.unread(next);
                        }
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0 || afterQuote) {
                        throw new CsvException(line, "a quote may only open a field");
                    }
                    quoted = true;
                    rowHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    rowHasContent = true;
                }
                case '\r' -> {
                    // tolerated before \n; a lone CR is treated the same
                    int next = in.read();
                    if (next == '\n') {
                        in.unread(next);
                        continue;
                    }
                    if (next != -1) {
                        in.unread(next);
                    }
                    line = endRow(sink, fields, field, rowLine, rowHasContent, line);
                    rowLine = line;
                    rowHasContent = false;
                    afterQuote = false;
                }
                case '\n' -> {
                    line = endRow(sink, fields, field, rowLine, rowHasContent, line);
                    rowLine = line;
                    rowHasContent = false;
                    afterQuote = false;
                }
                default -> {
                    if (afterQuote) {
                        throw new CsvException(line, "text after a closing quote; quote the whole field");
                    }
                    field.append(c);
                    rowHasContent = true;
                }
            }
        }
        if (quoted) {
            throw new CsvException(rowLine, "a quoted field is never closed");
        }
        endRow(sink, fields, field, rowLine, rowHasContent, line);
    }

    private static int endRow(java.util.function.Consumer<Row> sink, List<String> fields, StringBuilder field, int rowLine,
                              boolean hasContent, int line) {
        if (hasContent) {
            fields.add(field.toString());
            sink.accept(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        return line + 1;
    }

    /** One CSV line for the fields (no line break). A lone empty field is quoted so the row is not read as blank. */
    public static String formatRow(List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            return "\"\"";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        return sb.toString();
    }

    /** Quotes a field only when it must be quoted, so exported files stay readable and diff cleanly. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '))) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
