package org.ftzobservatory.access;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answer to "may this investment be made here, as proposed?". Ordered by strictness for comparing lists;
 * {@code UNKNOWN} is not comparable and sorts last. Its words are in check-policy.yaml ({@code verdicts}).
 */
public enum Verdict {
    PERMITTED("permitted"),
    PERMITTED_WITH_CONDITIONS("permitted_with_conditions"),
    REQUIRES_CHANGES("requires_changes"),
    PROHIBITED("prohibited"),
    UNKNOWN("unknown");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public boolean comparable() {
        return this != UNKNOWN;
    }

    @Override
    public String toString() {
        return id;
    }
}
