package org.ftzobservatory.access;

import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer for one proposal under one list, plus the verdict the same proposal gets under the comparison list
 * (so the FTZ's extra opening shows). {@code date}: the day whose editions were applied; {@code policy}: whose wording the
 * answer is said in. Explanations are built on demand:
 * the engine itself only decides.
 */
public record AccessResult(Proposal proposal, NegativeList list, Verdict verdict, List<TriggeredMeasure> measures,
                           List<Condition> conditions, List<Notice> notices, String comparisonList, Verdict comparisonVerdict,
                           LocalDate date, NegativeList comparison, CheckPolicy policy) {

    /** The comparison list's title, or its id when it is not loaded. */
    public String comparisonListTitle(boolean english) {
        return comparison == null ? comparisonList : english ? comparison.titleEn() : comparison.titleZh();
    }

    public boolean nationalTreatment() {
        return verdict == Verdict.PERMITTED;
    }

    /** {@code derived} when a derived measure decided the verdict, {@code not_verified} when it is unknown, else {@code sourced}. */
    public String basis() {
        if (verdict == Verdict.UNKNOWN) {
            return "not_verified";
        }
        return measures.stream().anyMatch(t -> t.decisive() && t.derivedFrom() != null) ? "derived" : "sourced";
    }
}
