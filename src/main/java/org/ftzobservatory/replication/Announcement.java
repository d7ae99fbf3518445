package org.ftzobservatory.replication;

import java.time.OffsetDateTime;
import java.util.List;

/** A decision to replicate a selected innovation: nationwide, or in listed regions. */
public record Announcement(long id, long recordId, String scope, List<String> regions, String documentNo, String announcedBy,
                           OffsetDateTime announcedAt) {
}
