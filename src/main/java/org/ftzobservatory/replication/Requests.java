package org.ftzobservatory.replication;

import java.util.List;

/** The bodies of the workflow's write requests (JSON in snake_case, and the web forms). */
public final class Requests {

    private Requests() {
    }

    public record NewRecord(String zone, String titleZh, String titleEn, String domain, String summaryZh, String summaryEn,
                            String libraryId) {
    }

    public record EvaluationInput(String landingStatus, Integer satisfaction, String problems, String recommendations) {
    }

    public record Move(String to, Integer version, String comment, String level, Integer batchNo, EvaluationInput evaluation) {
    }

    public record Announce(String scope, List<String> regions, String documentNo) {
    }

    public record NewTask(String region, String responsibleUnit, String reformContent, String deadline, String roadmap, String owner,
                          String outputForm) {
    }

    public record TaskEdit(Integer version, String responsibleUnit, String reformContent, String deadline, String roadmap,
                           String owner, String outputForm) {
    }

    public record TaskMove(String to, Integer version, String comment) {
    }

    public record NewOutcome(String quantity, String unit, java.math.BigDecimal before, java.math.BigDecimal after, String note) {
    }

    /** Says which library case a record is about (an official's choice instead of publishing a new case). */
    public record LinkCase(String innovationId, Integer version) {
    }
}
