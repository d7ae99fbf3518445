package org.ftzobservatory.access;

/**
 * A measure whose scope the proposal falls in. {@code partial}: the measure covers only part of the proposal's industry
 * (the answer says which part). {@code decisive}: its rule is verified enough to decide; otherwise {@code provisional} is
 * what the unverified rule would imply. {@code derivedFrom}: the national measure whose sourced text and rule decide for
 * this FTZ measure (no sourced difference touches it), or null. {@code conditional}: a partial match the activity did not
 * settle, so the measure binds only if the activity falls in its scope.
 */
public record TriggeredMeasure(NegativeListMeasure measure, MeasureRule rule, boolean partial, String matchNote,
                               boolean decisive, Verdict provisional, Integer derivedFrom, boolean conditional) {

    /** How the measure's rule is known: {@code sourced}, {@code derived} (from its national counterpart) or {@code not_verified}. */
    public String basis() {
        return derivedFrom != null ? "derived" : decisive ? "sourced" : "not_verified";
    }
}
