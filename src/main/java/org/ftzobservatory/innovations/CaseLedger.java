package org.ftzobservatory.innovations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's side of a case, as the case page shows it: the innovation record that follows the case (who recorded,
 * evaluated and selected it; the evaluation). The replication package answers it; the case library only asks, so it
 * does not depend on the ledger.
 */
public interface CaseLedger {

    /** The record that follows this case (the one linked to it, or the one it was published from), if any. */
    Optional<History> history(String caseId);

    record History(long recordId, String zone, String state, String level, Integer batchNo, boolean synthetic, List<Step> steps,
                   List<EvaluationView> evaluations) {
    }

    /** One audited step: who, in which role, did what, from which state to which. */
    record Step(OffsetDateTime at, String actor, String role, String action, String fromState, String toState, String comment) {
    }

    record EvaluationView(String landingStatus, Integer satisfaction, String problems, String recommendations, String evaluator,
                          OffsetDateTime at) {
    }
}
