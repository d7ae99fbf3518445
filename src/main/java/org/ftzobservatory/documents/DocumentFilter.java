package org.ftzobservatory.documents;

/** Filters of the document list; every field is optional. {@code zone} is an FTZ id. */
public record DocumentFilter(String q, String issuer, Integer year, String type, String scope, String zone) {
}
