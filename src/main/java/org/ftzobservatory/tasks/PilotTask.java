package org.ftzobservatory.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One reform pilot task of a plan, as the ledger holds it; {@code synthetic} rows are demo data. */
public record PilotTask(String id, String planId, String zone, String ftz, String domain, String contentZh, String contentEn,
                        String responsibleUnit, LocalDate deadline, String status, String reason, String evidence,
                        LocalDate statusOn, LocalDate doneOn, boolean synthetic, int version, String updatedBy,
                        OffsetDateTime updatedAt) {
}
