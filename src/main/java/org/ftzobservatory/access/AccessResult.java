package org.ftzobservatory.access;

import java.util.List;

/**
 * The engine's answer for one proposal under one list, plus the verdict the same proposal gets under the comparison list
 * (so the FTZ's extra opening shows). Explanations are built on demand: the engine itself only decides.
 */
public record AccessResult(Proposal proposal, NegativeList list, Verdict verdict, List<TriggeredMeasure> measures,
                           List<Condition> conditions, List<Notice> notices, String comparisonList, Verdict comparisonVerdict) {

    public boolean nationalTreatment() {
        return verdict == Verdict.PERMITTED;
    }
}
