package org.ftzobservatory.replication;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A measured result of a replicated item in a region: a quantity before and after (relative change derived). */
public record Outcome(long id, long taskId, String quantity, String unit, BigDecimal before, BigDecimal after, String note,
                      String recordedBy, OffsetDateTime recordedAt) {

    /** After relative to before, e.g. -0.6 for 60% less; null when either side is missing or before is zero. */
    @com.fasterxml.jackson.annotation.JsonProperty("relative_change")
    public Double relativeChange() {
        if (before == null || after == null || before.signum() == 0) {
            return null;
        }
        return Math.round((after.doubleValue() - before.doubleValue()) / before.doubleValue() * 1000) / 1000.0;
    }
}
