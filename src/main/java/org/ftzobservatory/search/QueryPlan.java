package org.ftzobservatory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a search query asks PostgreSQL, as {@code to_tsquery('simple', …)} texts built from segmenter tokens only (each
 * one quoted, so no query character is ever read as an operator). Each query word may be met by itself, by a synonym in
 * the other language (保税维修 | bonded maintenance, from the glossary and the tag names) or, for a phrase whose pieces
 * are words of their own, by its pieces:
 * <ul>
 *   <li>{@code match}: the set of hits — every query word met in one of those ways (phrase pieces anywhere in the case);</li>
 *   <li>{@code whole}: the word itself or a synonym, never the pieces — such hits rank first;</li>
 *   <li>{@code near}: as {@code whole}, or the pieces within {@link #NEAR} words of each other — ranked next (needs
 *       positions, so it is only evaluated on the weighted vectors);</li>
 *   <li>{@code pieces}: all plain tokens, AND — the fallback when nothing matches, and what {@code plain} spells.</li>
 * </ul>
 * A phrase of single characters (一网通办 → 一 网 通 办) is matched whole only: its characters alone mean nothing.
 * {@code marks} are the surface strings a snippet highlights.
 */
public record QueryPlan(String match, String whole, String near, String pieces, String plain, List<String> phrases,
                        List<String> marks) {

    public static final QueryPlan NONE = new QueryPlan("", "", "", "", "", List.of(), List.of());
    /** How far apart (in words) the pieces of a phrase may be to count as "close together". */
    static final int NEAR = 3;
    /** Phrases of more pieces are not ranked by closeness: the combinations of distances would explode. */
    static final int MAX_NEAR_PIECES = 3;

    public boolean isEmpty() {
        return match.isBlank();
    }

    /** True when a phrase of the query or one of its synonyms has a compound word: the whole can be told from the pieces. */
    public boolean hasCompounds() {
        return !whole.equals(pieces);
    }

    public static QueryPlan of(String query, PhraseDictionary dictionary, Synonyms synonyms) {
        if (query == null || query.isBlank()) {
            return NONE;
        }
        PhraseDictionary.QueryTerms terms = dictionary.query(query);
        List<String> match = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        List<String> near = new ArrayList<>();
        Set<String> marks = new LinkedHashSet<>();
        for (String token : terms.match().split(" ")) {
            if (!isWord(token)) {
                continue;
            }
            Word w = word(token, dictionary, synonyms);
            match.add(w.match());
            whole.add(w.whole());
            near.add(w.near());
            marks.addAll(w.marks());
        }
        List<String> plain = new ArrayList<>();
        for (String t : terms.plain().split(" ")) {
            if (isWord(t)) {
                plain.add(quote(t));
                marks.add(t);
            }
        }
        if (match.isEmpty()) {
            return NONE;
        }
        return new QueryPlan(String.join(" & ", match), String.join(" & ", whole), String.join(" & ", near),
                String.join(" & ", plain), terms.plain(), terms.phrases(), List.copyOf(marks));
    }

    /** What one query word asks: met by itself, a synonym or its pieces ({@code match}), whole ({@code whole}), near. */
    private record Word(String match, String whole, String near, List<String> marks) {
    }

    private static Word word(String token, PhraseDictionary dictionary, Synonyms synonyms) {
        List<String> m = new ArrayList<>();
        List<String> w = new ArrayList<>();
        List<String> n = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (String alt : synonyms.alternatives(token)) {
            w.add(quote(alt));
            m.add(quote(alt));
            n.add(quote(alt));
            PhraseDictionary.Phrase phrase = dictionary.byCompound(alt);
            List<String> pieces = phrase == null ? List.of() : phrase.tokens().stream().filter(QueryPlan::isWord).toList();
            if (pieces.size() >= 2 && pieces.stream().allMatch(QueryPlan::isPieceWord)) {
                m.add("(" + String.join(" & ", pieces.stream().map(QueryPlan::quote).toList()) + ")");
                if (pieces.size() <= MAX_NEAR_PIECES) {
                    n.addAll(near(pieces));
                }
                marks.addAll(pieces);
            }
            marks.add(phrase == null ? alt : phrase.text());
        }
        return new Word(group(m), group(w), group(n), marks);
    }

    /**
     * The {@code match} text of a query that is this one word (a token or a phrase compound): what the search facet cache
     * is keyed by, so a cached word is found whatever its synonyms and pieces make of it.
     */
    public static String matchOf(String lexeme, PhraseDictionary dictionary, Synonyms synonyms) {
        return word(lexeme, dictionary, synonyms).match();
    }

    /** The pieces in order, each within {@link #NEAR} words of the one before; two pieces also the other way round. */
    private static List<String> near(List<String> pieces) {
        List<String> out = new ArrayList<>();
        List<List<String>> orders = new ArrayList<>();
        orders.add(pieces);
        if (pieces.size() == 2) {
            orders.add(List.of(pieces.get(1), pieces.get(0)));
        }
        for (List<String> order : orders) {
            distances(order, 1, quote(order.get(0)), out);
        }
        return out;
    }

    private static void distances(List<String> order, int i, String sofar, List<String> out) {
        if (i == order.size()) {
            out.add("(" + sofar + ")");
            return;
        }
        for (int d = 1; d <= NEAR; d++) {
            distances(order, i + 1, sofar + " <" + d + "> " + quote(order.get(i)), out);
        }
    }

    private static String group(List<String> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")";
    }

    /** A lexeme in tsquery syntax: single-quoted, quotes doubled and backslashes escaped. */
    public static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static boolean isWord(String token) {
        return token != null && token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A piece that means something alone: an English word, or a Chinese word of two characters or more (not 一, 网 …). */
    private static boolean isPieceWord(String token) {
        boolean han = token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return isWord(token) && (!han || token.codePointCount(0, token.length()) >= 2);
    }
}
