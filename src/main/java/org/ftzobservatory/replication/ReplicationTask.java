package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One region's accountable task to replicate a selected innovation: who is responsible (责任单位), what is reformed, by
 * when, how, who owns it and what checkable output proves it (可检验的成果形式).
 */
public record ReplicationTask(long id, long announcementId, long recordId, String region, String responsibleUnit,
                              String reformContent, LocalDate deadline, String roadmap, String owner, String outputForm,
                              String status, LocalDate landedOn, boolean synthetic, int version, String createdBy,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Open states past their deadline. The set of open states is the task machine's non-final ones: planned, in progress. */
    public boolean overdue(LocalDate today) {
        return (status.equals("planned") || status.equals("in_progress")) && deadline.isBefore(today);
    }
}
