package org.ftzobservatory.extraction;

import java.time.Duration;
import java.util.Locale;

/** Limits on one document: its size in bytes and the time to read and extract it. */
public record IngestLimits(long maxBytes, Duration timeout) {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public IngestLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    public static IngestLimits defaults() {
        return new IngestLimits(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }

    /** A size such as {@code 50MB}, {@code 512KB}, {@code 1GB} or a number of bytes. */
    public static long parseSize(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        if (t.endsWith("KB")) {
            unit = 1024;
        } else if (t.endsWith("MB")) {
            unit = 1024L * 1024;
        } else if (t.endsWith("GB")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = unit == 1 ? (t.endsWith("B") ? t.substring(0, t.length() - 1) : t) : t.substring(0, t.length() - 2);
        if (!digits.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("'" + s + "' is not a size such as 50MB");
        }
        return Long.parseLong(digits) * unit;
    }

    /** A duration such as {@code 60s}, {@code 2m}, {@code 500ms}. */
    public static Duration parseDuration(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a duration such as 60s");
        }
    }
}
