package org.ftzobservatory.bestpractice;

/** The bodies of the batch writes (JSON in snake_case, and the web forms). */
public final class BatchRequests {

    private BatchRequests() {
    }

    /** Opens a batch: its number, its date (YYYY-MM-DD), the 文号 when already issued, summaries. */
    public record Open(Integer number, String issued, String documentNo, String summaryZh, String summaryEn) {
    }

    /** Adds a library case; {@code title_zh} is the item's name as the batch lists it (the case's title when empty). */
    public record AddCase(String innovation, String titleZh, Integer version) {
    }

    /**
     * Publishes: the version read, and the task every region receives for each case (the reform content is the case's
     * item name). {@code document_no} sets the 文号 if the draft has none yet.
     */
    public record Publish(Integer version, String deadline, String responsibleUnit, String owner, String outputForm, String documentNo) {
    }

    /** Corrects one field of a published batch, with the reason. */
    public record Correct(Integer version, String field, String value, String reason) {
    }

    /** Announces replication of a library case from its page: national, or the listed regions. */
    public record Replicate(String scope, java.util.List<String> regions, String documentNo) {
    }
}
