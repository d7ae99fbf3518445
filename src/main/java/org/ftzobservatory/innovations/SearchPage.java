package org.ftzobservatory.innovations;

import java.util.List;

/**
 * A page of case-library results with facets; {@code mode} says whether full-text or the trigram fallback answered, and
 * {@code phrases} which glossary phrases of the query were matched whole (empty when none were, or when no case had them
 * whole and their pieces were searched instead).
 */
public record SearchPage(String query, long total, int page, int size, String mode, List<String> phrases, List<InnovationHit> items,
                         Facets facets) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
