package org.ftzobservatory.extraction;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regex pieces shared by the number extractors: a number and the qualifiers that make it approximate. */
final class Qualified {

    /**
     * A plain decimal number, not part of a longer number: 2130, 6.8, 1,234.5. A comma before it is punctuation unless a
     * digit precedes the comma (web text writes Chinese commas half-width: "显示,70%").
     */
    static final String NUMBER = "(?<![\\d.])(?<!\\d,)(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])";

    private Qualified() {
    }

    static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The optional qualifier before a number, as a named group {@code pre}, followed by optional space. */
    static String before(ExtractionRules rules) {
        return "(?:(?<pre>" + alternation(rules.qualifiersBefore) + ")\\s*)?";
    }

    /** The optional qualifier right after the unit (以上, 左右), as a named group {@code postu}. */
    static String afterUnit(ExtractionRules rules) {
        return "(?:\\s*(?<postu>" + alternation(rules.qualifiersAfterUnit) + "))?";
    }

    /** The optional qualifier between number and unit, as a named group {@code post}. */
    /** The qualifier words of a match, in text order and joined by a space (超过 … 以上), or null when none. */
    static String words(String text, int pre, int start, java.util.regex.Matcher m) {
        StringBuilder b = new StringBuilder();
        if (pre < start) {
            b.append(text, pre, start);
        }
        for (String g : new String[] {"post", "postu"}) {
            String w = m.group(g);
            if (w != null) {
                b.append(b.length() == 0 ? "" : " ").append(w);
            }
        }
        String q = b.toString().strip();
        return q.isEmpty() ? null : q;
    }

    static String after(ExtractionRules rules) {
        return "\\s*(?<post>" + alternation(rules.qualifiersAfter) + ")?\\s*";
    }
}
