package org.ftzobservatory.innovations;

import java.time.OffsetDateTime;
import java.util.List;

import org.ftzobservatory.kernel.Text;

/** A numbered batch of national best-practice cases (最佳实践案例) and what the report leaves unknown about it. */
public record BestPracticeBatch(int number, String issued, String documentId, String documentNumber, String issuer,
                                Text summary, Text knownGaps, String source, List<Case> cases, Platform platform) {

    /**
     * What a batch made on the platform has beyond the report's batches (null for those): its state, who published it and
     * when, and the corrections made since.
     */
    public record Platform(String state, Text stateName, boolean draft, int version, String openedBy, OffsetDateTime openedAt,
                           String publishedBy, OffsetDateTime publishedAt, List<Correction> corrections) {
    }

    /** A recorded correction of a published batch. */
    public record Correction(String field, Text fieldName, String before, String after, String reason, String correctedBy,
                             OffsetDateTime correctedAt) {
    }

    /** {@code scope} is national (全国) or regions; {@code innovation} links to the case record when we have it;
     *  {@code origin} is the case's (report, ledger, review). */
    public record Case(int item, String title, String scope, List<String> regions, String innovation, Text innovationTitle,
                       List<String> zones, String origin) {
    }
}
