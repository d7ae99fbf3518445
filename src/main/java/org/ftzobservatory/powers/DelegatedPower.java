package org.ftzobservatory.powers;

import java.time.LocalDate;

/** One power of a catalogue as delegated to a zone since {@code since} (its latest addition), with the reception mode. */
public record DelegatedPower(String catalogue, String powerId, String nameZh, String department, String kind, String zone,
                             String mode, LocalDate since, boolean synthetic) {
}
