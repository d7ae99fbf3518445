package org.ftzobservatory.extraction;

/**
 * The normalised text the extractors read, with a map back to the original: every normalised character knows the index
 * of the original character it came from. A span of the normalised text maps to the original span from its first
 * character's origin to just after its last character's origin, so the raw text keeps what normalisation removed
 * inside it (line breaks, page furniture, full-width digits).
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] origin;

    NormalizedText(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** Index in the original text of normalised character {@code i}. */
    public int originOf(int i) {
        return origin[i];
    }

    /** The normalised index of the character that came from original index {@code o} (or of the first one after it). */
    public int fromOrigin(int o) {
        int i = java.util.Arrays.binarySearch(origin, o);
        return i >= 0 ? i : -i - 1;
    }

    /** The original span of the normalised span [start, end); start &lt; end. */
    public Span span(int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside 0-" + text.length());
        }
        int s = origin[start];
        int e = origin[end - 1] + 1;
        if (Character.isHighSurrogate(original.charAt(e - 1)) && e < original.length()) {
            e++;
        }
        return new Span(s, e, original.substring(s, e));
    }
}
