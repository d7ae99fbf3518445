package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's text into what the extractors read, keeping a map back to the original offsets:
 * <ul>
 * <li>full-width digits, Latin letters, ％ and ． become half-width; the ideographic space a plain space; traditional
 *     characters become simplified ones, one for one ({@link ScriptConverter}), so 財關稅〔2025〕12號 reads as
 *     财关税〔2025〕12号 and its span still points at the traditional original;</li>
 * <li>page furniture is dropped: page numbers and running headers (patterns of the rules), and short lines that recur
 *     often enough to be a running header;</li>
 * <li>a line broken inside a sentence is joined to the next one (no separator between Chinese characters, one space
 *     between two Latin letters or digits); a line that ends a sentence, a heading or a case-box line keeps its break.
 *     Blank lines are paragraph breaks, unless the text puts one after nearly every line (PDF text), where they are
 *     layout.</li>
 * </ul>
 * Lines are trimmed. Thread-safe once built.
 */
public final class TextNormalizer {

    private final ExtractionRules rules;
    private final ScriptConverter script;
    /** The rules' patterns of each kind joined into one alternation: one regex call per line and kind instead of one per pattern. */
    private final Pattern furniture;
    private final Pattern inlineAnnotations;
    private final Pattern headings;
    private final Pattern caseBox;

    public TextNormalizer(ExtractionRules rules) {
        this.rules = rules;
        this.script = new ScriptConverter(rules.traditionalTransliterator, rules.traditionalKeepCharset);
        furniture = anyOf(rules.furniture.stream().map(Pattern::pattern).toList());
        inlineAnnotations = anyOf(rules.inlineAnnotations.stream().map(Pattern::pattern).toList());
        headings = anyOf(rules.headings.stream().map(h -> h.pattern().pattern()).toList());
        caseBox = anyOf(rules.caseBox.stream().map(Pattern::pattern).toList());
    }

    private static Pattern anyOf(List<String> patterns) {
        return Pattern.compile(patterns.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", patterns) + ")");
    }

    public NormalizedText normalize(String original) {
        List<int[]> lines = lines(original);
        String[] folded = new String[lines.size()];
        Map<String, Integer> shortLines = new HashMap<>();
        int breaksBeforeBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            folded[i] = l[0] == l[1] ? "" : fold(original, l[0], l[1]);
            if (!folded[i].isEmpty() && folded[i].length() <= rules.repeatedMaxChars) {
                shortLines.merge(folded[i], 1, Integer::sum);
            }
            if (i > 0 && folded[i].isEmpty() && !folded[i - 1].isEmpty()) {
                breaksBeforeBlank++;
            }
        }
        int nonBlank = 0;
        for (String f : folded) {
            if (!f.isEmpty()) {
                nonBlank++;
            }
        }
        boolean blankIsLayout = nonBlank > 1 && breaksBeforeBlank >= rules.blankLineLayoutShare * (nonBlank - 1);
        Matchers matchers = new Matchers();

        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = 0;
        boolean paragraphPending = false;
        String previous = null;
        boolean previousStructural = false;
        int previousEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = folded[i];
            if (line.isEmpty()) {
                paragraphPending |= !blankIsLayout && previous != null;
                continue;
            }
            if (isFurniture(line, shortLines, matchers)) {
                continue;
            }
            int[] l = lines.get(i);
            boolean structural = isStructural(line, matchers);
            if (previous != null) {
                if (paragraphPending || endsSentence(previous) || previousStructural || structural) {
                    sb.append('\n');
                    origin[n++] = previousEnd;
                } else if (isAsciiAlnum(previous.charAt(previous.length() - 1)) && isAsciiAlnum(line.charAt(0))) {
                    sb.append(' ');
                    origin[n++] = previousEnd;
                }
            }
            // Inline annotations (pinyin some sites insert after characters) are dropped; every kept character keeps its origin.
            Matcher annotation = matchers.inlineAnnotations.reset(line);
            int from = 0;
            while (true) {
                int to = annotation.find() ? annotation.start() : line.length();
                sb.append(line, from, to);
                for (int k = from; k < to; k++) {
                    origin[n++] = l[0] + k;
                }
                if (to == line.length()) {
                    break;
                }
                from = annotation.end();
            }
            previous = line;
            previousStructural = structural;
            previousEnd = l[1];
            paragraphPending = false;
        }
        return new NormalizedText(original, sb.toString(), java.util.Arrays.copyOf(origin, n));
    }

    /** [start, end) of each line's content without its break and without surrounding white space. */
    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int len = s.length();
        while (i <= len) {
            int end = i;
            while (end < len && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            out.add(new int[] {a, b});
            if (end >= len) {
                break;
            }
            i = end + (s.charAt(end) == '\r' && end + 1 < len && s.charAt(end + 1) == '\n' ? 2 : 1);
            if (i == len) {
                break;
            }
        }
        return out;
    }

    /** One reusable matcher per pattern of the rules, for one call of {@link #normalize} (matchers are not thread-safe). */
    private final class Matchers {
        final Matcher furniture = TextNormalizer.this.furniture.matcher("");
        final Matcher inlineAnnotations = TextNormalizer.this.inlineAnnotations.matcher("");
        final Matcher headings = TextNormalizer.this.headings.matcher("");
        final Matcher caseBox = TextNormalizer.this.caseBox.matcher("");
    }

    private boolean isFurniture(String line, Map<String, Integer> shortLines, Matchers m) {
        if (m.furniture.reset(line).matches()) {
            return true;
        }
        Integer seen = shortLines.get(line);
        return seen != null && seen >= rules.repeatedMinCount && !endsSentence(line);
    }

    private boolean endsSentence(String line) {
        return rules.sentenceEnd.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** A heading or case-box line: never joined to its neighbours. */
    boolean isStructural(String line) {
        return isStructural(line, new Matchers());
    }

    private boolean isStructural(String line, Matchers m) {
        if (line.length() > rules.maxHeadingChars) {
            return false;
        }
        return m.headings.reset(line).lookingAt() || (rules.mayBeCaseBox(line) && m.caseBox.reset(line).find());
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f' || c == '\u000b' || c == '\ufeff';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Full-width digits, Latin letters, ％ and ． to half-width; the ideographic space to a space; traditional to simplified. */
    char fold(char c) {
        if (c < 0x3000) {
            return c;
        }
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '．') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : script.convert(c);
    }

    /** {@link #fold(char)} of every character of {@code s[from, to)}. */
    String fold(String s, int from, int to) {
        char[] cs = new char[to - from];
        for (int i = from; i < to; i++) {
            cs[i - from] = fold(s.charAt(i));
        }
        return new String(cs);
    }
}
