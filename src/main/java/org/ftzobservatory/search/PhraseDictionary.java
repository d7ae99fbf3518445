package org.ftzobservatory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Domain phrases that the segmenter does not know as words (一网通办 comes out as 一 网 通 办, 知识产权 as 知识 产权,
 * "customs clearance" as two stems). Each phrase gets one extra token, its compound (the phrase's tokens joined), added
 * to indexed text wherever the phrase occurs and put in place of the phrase in a query. A phrase query is then one
 * word for PostgreSQL: it matches the phrase itself rather than its pieces scattered through a text, and it is answered
 * from one index entry instead of an AND of very common characters.
 *
 * <p>Chinese phrases are found in the characters of the text, because the segmenter may cut the same characters
 * differently in different sentences. English phrases are matched on stemmed tokens ("data shared" finds "data
 * sharing").
 */
public final class PhraseDictionary {

    public static final PhraseDictionary EMPTY = new PhraseDictionary(List.of());

    /** One phrase: its text, its tokens as the segmenter cuts it alone, and the compound token. */
    public record Phrase(String text, List<String> tokens, String compound) {

        boolean chinese() {
            return text.codePoints().anyMatch(PhraseDictionary::isHan);
        }
    }

    /**
     * The query tokens with phrases as compounds, the plain tokens (for highlighting and as fallback), and the phrases
     * found, as the dictionary spells them.
     */
    public record QueryTerms(String match, String plain, List<String> phrases) {

        public static final QueryTerms NONE = new QueryTerms("", "", List.of());

        public boolean hasCompounds() {
            return !match.equals(plain);
        }
    }

    private final List<Phrase> phrases;
    private final List<Phrase> chineseLongestFirst;
    private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();
    private final Map<String, Phrase> byCompound = new HashMap<>();

    private PhraseDictionary(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        this.chineseLongestFirst = phrases.stream().filter(Phrase::chinese)
                .sorted(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed()).toList();
        // Chinese phrases are matched on characters only: tokens that are neighbours after segmentation may have had
        // a space or a comma between them (保税，维修), and a query typed with a space (保税 维修) asks for the pieces.
        for (Phrase p : phrases) {
            byCompound.put(p.compound(), p);
            if (!p.chinese()) {
                byFirstToken.computeIfAbsent(p.tokens().get(0), k -> new ArrayList<>()).add(p);
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.tokens().size()).reversed()));
    }

    /**
     * A dictionary of the given phrase texts. Texts that the segmenter already keeps as one word need no compound and are
     * left out, as are duplicates (the first text of a compound wins).
     */
    public static PhraseDictionary of(Collection<String> texts) {
        Map<String, Phrase> byCompound = new LinkedHashMap<>();
        for (String raw : texts) {
            Phrase p = phrase(raw);
            if (p != null) {
                byCompound.putIfAbsent(p.compound(), p);
            }
        }
        return new PhraseDictionary(new ArrayList<>(byCompound.values()));
    }

    /** The phrase for a text, or null when the text is blank or already a single word for the segmenter. */
    public static Phrase phrase(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        List<String> tokens = ChineseSegmenter.tokens(text);
        if (tokens.size() < 2) {
            return null;
        }
        String compound = compound(tokens);
        return compound.isEmpty() ? null : new Phrase(text, tokens, compound);
    }

    static String compound(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        String.join("", tokens).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The one word a text is searched as: its compound when the segmenter cuts it into pieces, else its single token;
     * null when it has no word at all.
     */
    public static String lexeme(String text) {
        List<String> tokens = ChineseSegmenter.tokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        String lexeme = tokens.size() == 1 ? tokens.get(0) : compound(tokens);
        return lexeme.isEmpty() ? null : lexeme;
    }

    /** The phrase whose compound this is, or null. */
    public Phrase byCompound(String compound) {
        return byCompound.get(compound);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** Text for indexing: the segmented text, then one compound per phrase occurrence. */
    public String indexText(String raw) {
        return indexText(raw, ChineseSegmenter.tokens(raw));
    }

    /**
     * The same with the tokens of {@code raw} already known (the search benchmark's generator joins the tokens of
     * sentences it segmented once; SentenceSegmentationTest checks that this equals segmenting the joined text).
     */
    public String indexText(String raw, List<String> tokens) {
        String segmented = String.join(" ", tokens);
        if (phrases.isEmpty() || tokens.isEmpty()) {
            return segmented;
        }
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase p : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
                if (startsAt(tokens, i, p.tokens())) {
                    occurrences.merge(p.compound(), 1, Integer::sum);
                }
            }
        }
        for (Phrase p : chineseLongestFirst) {
            int n = count(raw, p.text());
            if (n > occurrences.getOrDefault(p.compound(), 0)) {
                occurrences.put(p.compound(), n);
            }
        }
        StringBuilder out = new StringBuilder(segmented);
        occurrences.forEach((compound, n) -> {
            for (int k = 0; k < n; k++) {
                out.append(' ').append(compound);
            }
        });
        return out.toString();
    }

    /** Query tokens: each phrase in the query becomes its compound; the rest is segmented as usual. */
    public QueryTerms query(String query) {
        String plain = ChineseSegmenter.segmented(query);
        if (phrases.isEmpty() || query == null) {
            return new QueryTerms(plain, plain, List.of());
        }
        List<String> out = new ArrayList<>();
        List<String> found = new ArrayList<>();
        // Chinese phrases are found in the characters. Tokens wholly inside a phrase give way to its compound; a token
        // reaching over the phrase's edge (一网通办事 → … 办事) stays, since the indexed text has it too.
        boolean[] covered = new boolean[query.length()];
        for (Phrase p : chineseLongestFirst) {
            for (int at = query.indexOf(p.text()); at >= 0; at = query.indexOf(p.text(), at + 1)) {
                if (!anyCovered(covered, at, at + p.text().length())) {
                    java.util.Arrays.fill(covered, at, at + p.text().length(), true);
                    out.add(p.compound());
                    found.add(p.text());
                }
            }
        }
        // The remaining tokens, cut into stretches where a phrase was taken out: words on either side of it were not
        // neighbours in the text, so a phrase of tokens must lie within one stretch.
        List<List<String>> stretches = new ArrayList<>();
        List<String> stretch = new ArrayList<>();
        for (ChineseSegmenter.Span span : ChineseSegmenter.spans(query)) {
            if (allCovered(covered, span.start(), span.end())) {
                if (!stretch.isEmpty()) {
                    stretches.add(stretch);
                    stretch = new ArrayList<>();
                }
            } else {
                stretch.add(span.token());
            }
        }
        stretches.add(stretch);
        for (List<String> tokens : stretches) {
            for (int i = 0; i < tokens.size(); ) {
                Phrase hit = null;
                for (Phrase p : byFirstToken.getOrDefault(tokens.get(i), List.of())) {
                    if (startsAt(tokens, i, p.tokens())) {
                        hit = p;
                        break;
                    }
                }
                out.add(hit == null ? tokens.get(i) : hit.compound());
                if (hit != null) {
                    found.add(hit.text());
                }
                i += hit == null ? 1 : hit.tokens().size();
            }
        }
        return new QueryTerms(String.join(" ", out), plain, found.stream().distinct().toList());
    }

    private static boolean startsAt(List<String> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCovered(boolean[] covered, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, covered.length); i++) {
            if (!covered[i]) {
                return false;
            }
        }
        return to > from;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
