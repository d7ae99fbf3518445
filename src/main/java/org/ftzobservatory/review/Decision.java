package org.ftzobservatory.review;

import java.util.List;

/** Requests of the review API. */
public final class Decision {

    private Decision() {
    }

    /** One decision: {@code action} accept | edit | reject; {@code value} only for edit; the version the caller read. */
    public record One(String action, Object value, Integer version, String comment) { }

    /**
     * Many decisions of one kind (accept or reject): the listed {@code ids}, or every pending candidate of
     * {@code document_id} (optionally of one {@code type}). All or nothing.
     */
    public record Bulk(String action, List<Long> ids, Long documentId, String type, String comment) { }

    /** The result of a bulk decision. */
    public record BulkResult(String action, int decided, List<Long> ids) { }
}
