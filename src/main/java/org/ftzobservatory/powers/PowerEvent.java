package org.ftzobservatory.powers;

import java.time.LocalDate;

/** One step of a power's timeline in a zone: added or removed, effective on a day. */
public record PowerEvent(long id, String catalogue, String powerId, String nameZh, String department, String kind, String zone,
                         String mode, String action, LocalDate effective, String recordedBy) {
}
