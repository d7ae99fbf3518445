package org.ftzobservatory.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The field checks the signed-in writes share (replication records and tasks, best-practice batches): a missing, over-long
 * or malformed field is a 400 naming it, never a database error.
 */
public final class RequestFields {

    /** Longest free text a form field may carry. */
    public static final int MAX_TEXT = 4000;

    private RequestFields() {
    }

    /** Present and not blank; trimmed. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, "is required and cannot be empty");
        }
        return value.trim();
    }

    /** Present, not blank and at most {@link #MAX_TEXT} characters; trimmed. */
    public static String requiredText(String field, String value) {
        return text(field, required(field, value));
    }

    /** Null when absent or blank, else trimmed and at most {@link #MAX_TEXT} characters. */
    public static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : text(field, value.trim());
    }

    public static String text(String field, String value) {
        if (value.length() > MAX_TEXT) {
            throw new BadRequestException(field, "is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
