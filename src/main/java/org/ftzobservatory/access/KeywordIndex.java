package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds which keywords occur in a text, bucketed by first character so that a check costs one pass over the text rather
 * than one {@code contains} per keyword (the engine must run a million checks a second).
 */
final class KeywordIndex<T> {

    private record Entry<T>(String keyword, T value) {
    }

    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();

    void add(String keyword, T value) {
        String k = keyword.toLowerCase(Locale.ROOT);
        if (!k.isEmpty()) {
            byFirstChar.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(new Entry<>(k, value));
        }
    }

    /** Every value whose keyword occurs in {@code text} (already lower case), once per value. */
    List<T> find(String text) {
        List<T> out = null;
        for (int i = 0; i < text.length(); i++) {
            List<Entry<T>> bucket = byFirstChar.get(text.charAt(i));
            if (bucket == null) {
                continue;
            }
            for (Entry<T> e : bucket) {
                if (text.startsWith(e.keyword(), i)) {
                    if (out == null) {
                        out = new ArrayList<>(4);
                    }
                    if (!containsSame(out, e.value())) {
                        out.add(e.value());
                    }
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Identity, not equals: values are records whose deep equality would cost more than the whole check. */
    static <T> boolean containsSame(List<T> list, T value) {
        for (T t : list) {
            if (t == value) {
                return true;
            }
        }
        return false;
    }
}
