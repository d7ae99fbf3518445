package org.ftzobservatory.statistics;

import java.util.Arrays;

/**
 * Which figures a zone filter returns: {@code exact} — about the zone (or one of its sub-zones) alone; {@code includes}
 * — figures of a wider area that contains the zone (several zones, its province, its city, a named region; FTZ-wide and
 * national totals are left out, they contain every zone); {@code any} — both, each item saying which it is.
 */
public enum ScopeMatch {
    EXACT, INCLUDES, ANY;

    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** null for null or blank (the caller's default); IllegalArgumentException for an unknown word. */
    public static ScopeMatch of(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(m -> m.token().equals(s.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + s + "' must be exact, includes or any"));
    }
}
