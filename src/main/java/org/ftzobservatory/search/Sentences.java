package org.ftzobservatory.search;

import java.util.ArrayList;
import java.util.List;

/** Text cut into sentences, each keeping its closing punctuation (the search benchmark's generator recombines them). */
public final class Sentences {

    private Sentences() {
    }

    /** Chinese: after 。！？；and the clause comma ，. */
    public static List<String> zh(String text) {
        return cut(text, "。！？；，", false);
    }

    /** English: after ". ", "; ", "? ", "! ". */
    public static List<String> en(String text) {
        return cut(text, ".;?!", true);
    }

    private static List<String> cut(String text, String ends, boolean needSpace) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = ends.indexOf(text.charAt(i)) >= 0
                    && (!needSpace || i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if (end) {
                String s = text.substring(start, i + 1).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
