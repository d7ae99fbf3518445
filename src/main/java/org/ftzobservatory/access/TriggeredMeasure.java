package org.ftzobservatory.access;

/**
 * A measure whose scope the proposal falls in. {@code partial}: the measure covers only part of the proposal's industry
 * (the answer says which part). {@code decisive}: its rule is verified enough to decide; otherwise {@code provisional} is
 * what the unverified rule would imply.
 */
public record TriggeredMeasure(NegativeListMeasure measure, MeasureRule rule, boolean partial, String matchNote,
                               boolean decisive, Verdict provisional) {
}
