package org.ftzobservatory.review;

import java.util.List;

/** Requests of the review API. */
public final class Decision {

    private Decision() {
    }

    /**
     * One decision: {@code action} accept | edit | reject; {@code value} only for edit; the version the caller read. For a
     * figure (amount, percent, count), {@code indicator}, {@code zone} and {@code year} publish it as a statistic when it
     * is accepted (all three, or none: a figure accepted without them is kept for the curators, unpublished).
     */
    public record One(String action, Object value, Integer version, String comment, String indicator, String zone, Integer year) {

        public One(String action, Object value, Integer version, String comment) {
            this(action, value, version, comment, null, null, null);
        }
    }

    /** Withdrawing a published fact: the reason is required and kept in the audit trail. */
    public record Withdrawal(String reason) { }

    /**
     * Many decisions of one kind (accept or reject): the listed {@code ids}, or every pending candidate of
     * {@code document_id} (optionally of one {@code type}). All or nothing.
     */
    public record Bulk(String action, List<Long> ids, Long documentId, String type, String comment) { }

    /** The result of a bulk decision. */
    public record BulkResult(String action, int decided, List<Long> ids) { }
}
