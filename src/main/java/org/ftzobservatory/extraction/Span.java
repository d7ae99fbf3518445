package org.ftzobservatory.extraction;

/** A stretch of the original text: {@code original.substring(start, end).equals(raw)}, Java String indices. */
public record Span(int start, int end, String raw) {
}
