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

    /** Placeholders for the word arrays of {@code innovation_terms}: all words, then title, summary and body words. */
    public static final String TERMS_SQL = "?, ?, ?, ?";

    /** The distinct words of each weight (and of all three), as text arrays for {@link #TERMS_SQL}. */
    public Object[] termParameters() {
        return new Object[] {words(a + " " + b + " " + c), words(a), words(b), words(c)};
    }

    /** The distinct words of segmented text, sorted: the array form GIN containment (@>) matches exactly. */
    public static String[] words(String segmented) {
        return java.util.Arrays.stream(segmented.split(" ")).filter(w -> !w.isBlank()).distinct().sorted().toArray(String[]::new);
    }

    public static SearchDocument of(List<String> title, List<String> summary, List<String> body) {
        return new SearchDocument(seg(title), seg(summary), seg(body));
    }

    private static String seg(List<String> parts) {
        return ChineseSegmenter.segmented(parts.stream().filter(Objects::nonNull).collect(Collectors.joining(" \n ")));
    }

    @SafeVarargs
    public static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
