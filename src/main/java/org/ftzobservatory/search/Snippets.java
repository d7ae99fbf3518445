package org.ftzobservatory.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns PostgreSQL's {@code ts_headline} output over segmented text into a safe HTML snippet: the text is escaped, the
 * match markers become {@code <mark>}, and the spaces the segmenter put between Chinese words are removed again.
 */
public final class Snippets {

    /** Markers that cannot occur in curated text; ts_headline is told to wrap matches in them. */
    public static final String START = "\u0002";
    public static final String STOP = "\u0003";

    private Snippets() {
    }

    public static String toHtml(String headline) {
        if (headline == null) {
            return "";
        }
        String joined = joinCjk(headline);
        return HtmlUtils.htmlEscape(joined).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** Plain text of a headline (for the CLI), with the markers dropped. */
    public static String toText(String headline) {
        return headline == null ? "" : joinCjk(headline).replace(START, "").replace(STOP, "");
    }

    /** Removes a space when the characters on both sides (ignoring markers) are CJK or CJK punctuation. */
    static String joinCjk(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && cjkAt(s, i - 1, -1) && cjkAt(s, i + 1, 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean cjkAt(String s, int i, int step) {
        while (i >= 0 && i < s.length() && (s.charAt(i) == START.charAt(0) || s.charAt(i) == STOP.charAt(0))) {
            i += step;
        }
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
