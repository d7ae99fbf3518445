package org.ftzobservatory.innovations;

import java.util.List;

/** A page of case-library results with facets; {@code mode} says whether full-text or the trigram fallback answered. */
public record SearchPage(String query, long total, int page, int size, String mode, List<InnovationHit> items, Facets facets) {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
