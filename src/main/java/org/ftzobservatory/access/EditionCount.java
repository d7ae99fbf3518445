package org.ftzobservatory.access;

/** How many measures one published edition of a list family had, and how far that figure is sourced ({@code url}: optional link). */
public record EditionCount(String family, String edition, int measures, String verification, String source, String url) {
}
