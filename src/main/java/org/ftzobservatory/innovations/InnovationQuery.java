package org.ftzobservatory.innovations;

/** A case-library query; every part is optional. Unknown facet values simply match nothing. {@code system} is a named digital platform. */
public record InnovationQuery(String q, String domain, String zone, String tag, Integer year, String system) {

    public InnovationQuery(String q, String domain, String zone, String tag, Integer year) {
        this(q, domain, zone, tag, year, null);
    }

    public static final int MAX_QUERY_LENGTH = 200;

    public boolean hasText() {
        return q != null && !q.isBlank();
    }
}
