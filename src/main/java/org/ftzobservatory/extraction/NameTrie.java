package org.ftzobservatory.extraction;

import java.util.Arrays;

/**
 * The longest name starting at a position of a text, among a fixed set of names: a character trie whose root is indexed
 * by the first character (most positions of a text start no name and cost one array read). Immutable once built; used
 * by {@link ZoneExtractor} to scan the text once instead of trying every name at every position.
 */
final class NameTrie<V> {

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Object value;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, n, 0, at);
            k[at] = c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, n, at + 1, children.length - at);
            keys = k;
            children = n;
            return n[at];
        }
    }

    private final Node[] roots = new Node[Character.MAX_VALUE + 1];

    /** Adds {@code name}; a name already present keeps its first value. */
    void put(String name, V value) {
        Node n = roots[name.charAt(0)];
        if (n == null) {
            n = new Node();
            roots[name.charAt(0)] = n;
        }
        for (int i = 1; i < name.length(); i++) {
            n = n.add(name.charAt(i));
        }
        if (n.value == null) {
            n.value = value;
        }
    }

    /** The length of the longest name starting at {@code at} in {@code t}, or 0. */
    int longestAt(String t, int at) {
        Node n = roots[t.charAt(at)];
        int best = 0;
        for (int i = at + 1; n != null; i++) {
            if (n.value != null) {
                best = i - at;
            }
            if (i >= t.length()) {
                break;
            }
            n = n.child(t.charAt(i));
        }
        return best;
    }

    /** The value of a name found by {@link #longestAt}. */
    @SuppressWarnings("unchecked")
    V get(String t, int at, int length) {
        Node n = roots[t.charAt(at)];
        for (int i = at + 1; i < at + length; i++) {
            n = n.child(t.charAt(i));
        }
        return (V) n.value;
    }
}
