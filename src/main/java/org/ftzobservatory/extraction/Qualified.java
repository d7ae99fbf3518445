package org.ftzobservatory.extraction;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regex pieces shared by the number extractors: a number and the qualifiers that make it approximate. */
final class Qualified {

    /** A plain decimal number, not part of a longer number: 2130, 6.8, 1,234.5. */
    static final String NUMBER = "(?<![\\d.,])(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])";

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
    static String after(ExtractionRules rules) {
        return "\\s*(?<post>" + alternation(rules.qualifiersAfter) + ")?\\s*";
    }
}
