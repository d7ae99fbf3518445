package org.ftzobservatory.replication;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One region's accountable task to replicate a selected innovation: who is responsible (责任单位), what is reformed, by
 * when, how, who owns it and what checkable output proves it (可检验的成果形式). Whether it is overdue depends on the
 * phase of its status in workflow.yaml: {@link Workflow#overdue}.
 */
public record ReplicationTask(long id, long announcementId, long recordId, String region, String responsibleUnit,
                              String reformContent, LocalDate deadline, String roadmap, String owner, String outputForm,
                              String status, LocalDate landedOn, boolean synthetic, int version, String createdBy,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
