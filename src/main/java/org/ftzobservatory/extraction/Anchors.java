package org.ftzobservatory.extraction;

import java.util.Arrays;

/**
 * Where a number can start: the extractors of numbers try their pattern only there (with {@code lookingAt}), instead of
 * letting a regex search try every position of the text. Ten times faster on the report, same matches.
 */
final class Anchors {

    private Anchors() {
    }

    /** Start of every run of ASCII digits. */
    static int[] digitRuns(String t) {
        int[] out = new int[64];
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && !inRun) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            inRun = digit;
        }
        return Arrays.copyOf(out, n);
    }

    /** Start of every run of ASCII digits and of every run of at least four Chinese digits (二〇二一), in text order. */
    static int[] yearRuns(String t) {
        int[] out = new int[64];
        int n = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int j = i;
            if (c >= '0' && c <= '9') {
                while (j < t.length() && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                    j++;
                }
            } else if (Numerals.CHINESE_DIGITS.indexOf(c) >= 0) {
                while (j < t.length() && Numerals.CHINESE_DIGITS.indexOf(t.charAt(j)) >= 0) {
                    j++;
                }
                if (j - i < 4) {
                    i = j;
                    continue;
                }
            } else {
                i++;
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The start of a qualifier (超, 约 …) that ends right before {@code at}, spaces allowed between; or {@code at}.
     * {@code words} longest first.
     */
    static int before(String t, int at, java.util.List<String> words) {
        int p = at;
        while (p > 0 && t.charAt(p - 1) == ' ') {
            p--;
        }
        for (String w : words) {
            if (p >= w.length() && t.startsWith(w, p - w.length())) {
                return p - w.length();
            }
        }
        return at;
    }
}
