package org.ftzobservatory.replication;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One write, as the append-only audit log keeps it; {@code before} and {@code after} are the object as JSON. */
public record AuditEvent(long id, OffsetDateTime at, String actor, String role, String objectType, String objectId,
                         String action, String fromState, String toState, String comment, @JsonRawValue String before,
                         @JsonRawValue String after) {
}
