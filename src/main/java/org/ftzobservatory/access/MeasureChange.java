package org.ftzobservatory.access;

import java.time.OffsetDateTime;

/** One entry of a measure's change history: who changed it, when, on what source, and the record before and after. */
public record MeasureChange(long id, String list, int seq, OffsetDateTime changedAt, String changedBy, String source,
                            String comment, String before, String after) {
}
