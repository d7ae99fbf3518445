package org.ftzobservatory.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text of one searchable record in three weights — A (title), B (summary and tags), C (body: actors, systems,
 * issuers …) — already segmented for PostgreSQL. {@link #VECTOR_SQL} turns the three parameters into a weighted tsvector.
 */
public record SearchDocument(String a, String b, String c) {

    public static final String VECTOR_SQL = "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
            + " || setweight(to_tsvector('simple', ?), 'C')";

    /** The same three texts as term-only vectors (no positions, no weights) for {@code innovation_terms}. */
    public static final String TERMS_SQL = "strip(to_tsvector('simple', ?)), strip(to_tsvector('simple', ?)), "
            + "strip(to_tsvector('simple', ?)), strip(to_tsvector('simple', ?))";

    /** Parameters for {@link #TERMS_SQL}: all terms, then title, summary and body. */
    public Object[] termParameters() {
        return new Object[] {a + " " + b + " " + c, a, b, c};
    }

    /** The three texts segmented, with the compounds of the dictionary's phrases that occur in them. */
    public static SearchDocument of(PhraseDictionary phrases, List<String> title, List<String> summary, List<String> body) {
        return new SearchDocument(seg(phrases, title), seg(phrases, summary), seg(phrases, body));
    }

    private static String seg(PhraseDictionary phrases, List<String> parts) {
        return phrases.indexText(parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" \n ")));
    }

    @SafeVarargs
    public static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
