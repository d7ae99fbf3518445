package org.ftzobservatory.access;

/**
 * A condition a triggered measure sets, tested against the proposal: e.g. {@code max_foreign_share <= 0.5, actual 0.6}.
 * The fix says what would make the proposal meet it.
 */
public record Condition(String list, int seq, String kind, String operator, Object limit, Object actual, boolean met,
                        String fixZh, String fixEn) {
}
