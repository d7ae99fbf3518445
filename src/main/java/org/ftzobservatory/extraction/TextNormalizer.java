package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a document's text into what the extractors read, keeping a map back to the original offsets:
 * <ul>
 * <li>full-width digits, Latin letters, ％ and ． become half-width; the ideographic space a plain space;</li>
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

    public TextNormalizer(ExtractionRules rules) {
        this.rules = rules;
    }

    public NormalizedText normalize(String original) {
        List<int[]> lines = lines(original);
        String[] folded = new String[lines.size()];
        Map<String, Integer> shortLines = new HashMap<>();
        int breaksBeforeBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            folded[i] = l[0] == l[1] ? "" : fold(original.substring(l[0], l[1]));
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

        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = 0;
        boolean paragraphPending = false;
        String previous = null;
        int previousEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = folded[i];
            if (line.isEmpty()) {
                paragraphPending |= !blankIsLayout && previous != null;
                continue;
            }
            if (isFurniture(line, shortLines)) {
                continue;
            }
            int[] l = lines.get(i);
            if (previous != null) {
                if (paragraphPending || endsSentence(previous) || isStructural(previous) || isStructural(line)) {
                    sb.append('\n');
                    origin[n++] = previousEnd;
                } else if (isAsciiAlnum(previous.charAt(previous.length() - 1)) && isAsciiAlnum(line.charAt(0))) {
                    sb.append(' ');
                    origin[n++] = previousEnd;
                }
            }
            for (int k = l[0]; k < l[1]; k++) {
                sb.append(fold(original.charAt(k)));
                origin[n++] = k;
            }
            previous = line;
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

    private boolean isFurniture(String line, Map<String, Integer> shortLines) {
        for (Pattern p : rules.furniture) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        Integer seen = shortLines.get(line);
        return seen != null && seen >= rules.repeatedMinCount && !endsSentence(line);
    }

    private boolean endsSentence(String line) {
        return rules.sentenceEnd.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** A heading or case-box line: never joined to its neighbours. */
    boolean isStructural(String line) {
        if (line.length() > rules.maxHeadingChars) {
            return false;
        }
        for (ExtractionRules.HeadingRule h : rules.headings) {
            if (h.pattern().matcher(line).lookingAt()) {
                return true;
            }
        }
        for (Pattern p : rules.caseBox) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\f' || c == '\u000b' || c == '\ufeff';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Full-width digits, Latin letters, ％ and ． to half-width; the ideographic space to a space. */
    static char fold(char c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '．') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    static String fold(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = fold(cs[i]);
        }
        return new String(cs);
    }
}
