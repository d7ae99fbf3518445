package org.ftzobservatory.innovations;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** A numbered batch of national best-practice cases (最佳实践案例) and what the report leaves unknown about it. */
public record BestPracticeBatch(int number, String issued, String documentId, String documentNumber, String issuer,
                                Text summary, Text knownGaps, String source, List<Case> cases) {

    /** {@code scope} is national (全国) or regions; {@code innovation} links to the case record when we have it. */
    public record Case(int item, String title, String scope, List<String> regions, String innovation, Text innovationTitle,
                       List<String> zones) {
    }
}
