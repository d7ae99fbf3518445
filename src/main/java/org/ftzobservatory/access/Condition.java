package org.ftzobservatory.access;

/**
 * A condition a triggered measure sets, tested against the proposal: e.g. {@code max_foreign_share <= 0.5, actual 0.6}.
 * The fix says what would make the proposal meet it. A {@code conditional} condition comes from a measure that covers only
 * part of the industry the proposal names: it binds only if the activity falls in that part ({@code ifZh}/{@code ifEn}),
 * so it never refuses the proposal, and the answer says when it would apply.
 */
public record Condition(String list, int seq, String kind, String operator, Object limit, Object actual, boolean met,
                        String fixZh, String fixEn, boolean conditional, String ifZh, String ifEn) {

    public Condition(String list, int seq, String kind, String operator, Object limit, Object actual, boolean met,
                     String fixZh, String fixEn) {
        this(list, seq, kind, operator, limit, actual, met, fixZh, fixEn, false, null, null);
    }

    /** Unmet and binding: the proposal must change. */
    public boolean refuses() {
        return !met && !conditional;
    }

    Condition onlyIf(String scopeZh, String scopeEn) {
        return new Condition(list, seq, kind, operator, limit, actual, met, fixZh, fixEn, true, scopeZh, scopeEn);
    }
}
