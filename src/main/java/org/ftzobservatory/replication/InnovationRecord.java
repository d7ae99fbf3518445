package org.ftzobservatory.replication;

import java.time.OffsetDateTime;

/** An innovation as a zone recorded it, on its way through evaluation and selection. {@code synthetic}: demo data. */
public record InnovationRecord(long id, String zone, String titleZh, String titleEn, String domain, String summaryZh,
                               String summaryEn, String libraryId, String state, String level, Integer batchNo,
                               boolean synthetic, int version, String createdBy, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt) {

    public String ftz() {
        return zone.contains("/") ? zone.substring(0, zone.indexOf('/')) : zone;
    }
}
