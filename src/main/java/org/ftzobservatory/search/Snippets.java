package org.ftzobservatory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** About how long a snippet may grow when it adds neighbouring clauses (a single clause is never cut). */
    public static final int LENGTH_ZH = 90;
    public static final int LENGTH_EN = 220;

    /**
     * A snippet of a summary cut at clause boundaries only: the first clause holding the most distinct marks, then the
     * clauses after it (and before it) while the snippet stays within {@code maxChars}; a clause is never cut, so a
     * snippet never starts or ends inside a word or a clause. "…" shows where text was left out. Marks (phrases,
     * words, English stems) are wrapped in {@link #START}/{@link #STOP}; English marks match at the start of a word.
     */
    public static String clauses(String text, List<String> marks, int maxChars) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<int[]> clauses = clauseSpans(text);
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < clauses.size(); i++) {
            String clause = text.substring(clauses.get(i)[0], clauses.get(i)[1]);
            int score = (int) marks.stream().filter(m -> !occurrences(clause, m).isEmpty()).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        int from = best;
        int to = best;
        while (to + 1 < clauses.size() && clauses.get(to + 1)[1] - clauses.get(from)[0] <= maxChars) {
            to++;
        }
        while (from > 0 && clauses.get(to)[1] - clauses.get(from - 1)[0] <= maxChars) {
            from--;
        }
        int start = clauses.get(from)[0];
        int end = clauses.get(to)[1];
        String cut = mark(text.substring(start, end).strip(), marks);
        return (start > 0 ? "… " : "") + cut + (end < text.length() && !text.substring(end).isBlank() ? " …" : "");
    }

    /** Clauses with their closing punctuation: Chinese ，。；：！？ or English , ; : . ! ? before a space, and line ends. */
    static List<int[]> clauseSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean zh = "，。；：！？\n".indexOf(c) >= 0;
            boolean en = ",;:.!?".indexOf(c) >= 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !(c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length()
                         && Character.isDigit(text.charAt(i + 1)));
            if (zh || en) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new int[] {start, text.length()});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
    }

    private static String mark(String text, List<String> marks) {
        boolean[] marked = new boolean[text.length()];
        List<String> longestFirst = marks.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<int[]> spans = new ArrayList<>();
        for (String m : longestFirst) {
            for (int[] span : occurrences(text, m)) {
                boolean free = true;
                for (int i = span[0]; i < span[1]; i++) {
                    free &= !marked[i];
                }
                if (free) {
                    java.util.Arrays.fill(marked, span[0], span[1], true);
                    spans.add(span);
                }
            }
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int[] span : spans) {
            out.append(text, last, span[0]).append(START).append(text, span[0], span[1]).append(STOP);
            last = span[1];
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * Where a mark occurs: Chinese as written; English (a lower-case word or stem) at the start of a word, extended to
     * the end of that word, so "maintenanc" marks "maintenance" whole.
     */
    static List<int[]> occurrences(String text, String mark) {
        List<int[]> out = new ArrayList<>();
        if (mark == null || mark.isBlank()) {
            return out;
        }
        boolean latin = mark.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String hay = latin ? text.toLowerCase(Locale.ROOT) : text;
        String needle = latin ? mark.toLowerCase(Locale.ROOT) : mark;
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (latin) {
                if (at > 0 && Character.isLetterOrDigit(hay.charAt(at - 1))) {
                    continue;
                }
                while (end < hay.length() && Character.isLetterOrDigit(hay.charAt(end))) {
                    end++;
                }
            }
            out.add(new int[] {at, end});
        }
        return out;
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
