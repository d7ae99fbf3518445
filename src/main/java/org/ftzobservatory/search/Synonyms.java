package org.ftzobservatory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that name the same idea in Chinese and English: the pairs of the glossary ({@code data/search-terms.yaml}) and
 * the zh and en names of each mechanism tag. A query word that is one of them also matches the others, so 保税维修 and
 * "bonded maintenance" find the same cases. Words are keyed by their lexeme: the phrase compound for a phrase, the one
 * token for a single word ({@link PhraseDictionary#lexeme}).
 */
public final class Synonyms {

    public static final Synonyms NONE = new Synonyms(Map.of());

    private final Map<String, Set<String>> byLexeme;

    private Synonyms(Map<String, Set<String>> byLexeme) {
        this.byLexeme = byLexeme;
    }

    /** Groups of texts that mean the same; a text in several groups gets the union of their members. */
    public static Synonyms of(Collection<? extends Collection<String>> groups) {
        Map<String, Set<String>> m = new HashMap<>();
        for (Collection<String> group : groups) {
            Set<String> lexemes = new LinkedHashSet<>();
            for (String text : group) {
                String lexeme = PhraseDictionary.lexeme(text);
                if (lexeme != null) {
                    lexemes.add(lexeme);
                }
            }
            if (lexemes.size() < 2) {
                continue;
            }
            for (String l : lexemes) {
                m.computeIfAbsent(l, k -> new LinkedHashSet<>()).addAll(lexemes);
            }
        }
        return new Synonyms(m);
    }

    /** The lexeme itself followed by every lexeme that means the same. */
    public List<String> alternatives(String lexeme) {
        List<String> out = new ArrayList<>();
        out.add(lexeme);
        for (String s : byLexeme.getOrDefault(lexeme, Set.of())) {
            if (!s.equals(lexeme)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every word that has a synonym. */
    public java.util.Set<String> lexemes() {
        return java.util.Collections.unmodifiableSet(byLexeme.keySet());
    }

    public boolean isEmpty() {
        return byLexeme.isEmpty();
    }
}
