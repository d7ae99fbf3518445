package org.ftzobservatory.search;

/**
 * User text inside an SQL {@code LIKE}/{@code ILIKE} pattern: its {@code %} and {@code _} must match themselves, not
 * "anything" (a query of {@code %} would otherwise find every case). Use with {@code escape '\'}.
 */
public final class Like {

    private Like() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped by a backslash. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
