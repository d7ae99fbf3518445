package org.ftzobservatory.extraction;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional → simplified characters, one character for one, so the normaliser keeps its offset map: a table built once
 * from an ICU transliterator (rules: {@code text.traditional}). Only characters the keep charset cannot encode are mapped
 * (GB2312 holds the simplified repertoire), so simplified text is never changed, and a character the transliterator
 * would turn into several (or none) is left as printed. Built tables are shared: building one transliterates every
 * CJK character once (a fraction of a second); looking a character up is an array read.
 */
final class ScriptConverter {

    private static final Map<String, char[]> TABLES = new ConcurrentHashMap<>();
    private static final Map<String, long[]> CHANGED = new ConcurrentHashMap<>();

    /** The CJK blocks a traditional character can come from: Extension A, the unified block, compatibility ideographs. */
    private static final int[][] BLOCKS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private final char[] table;
    /** One bit per character that converts (8 KB, stays in the first-level cache; the table is read only for those). */
    private final long[] changed;

    ScriptConverter(String transliteratorId, String keepCharset) {
        String key = transliteratorId + "|" + keepCharset;
        table = TABLES.computeIfAbsent(key, k -> build(transliteratorId, keepCharset));
        changed = CHANGED.computeIfAbsent(key, k -> {
            long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (table[c] != c) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        });
    }

    static boolean transliteratorExists(String id) {
        try {
            Transliterator.getInstance(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The simplified form of {@code c}, or {@code c}. */
    char convert(char c) {
        return (changed[c >>> 6] & (1L << c)) == 0 ? c : table[c];
    }

    private static char[] build(String id, String keepCharset) {
        Transliterator t = Transliterator.getInstance(id);
        CharsetEncoder keep = Charset.forName(keepCharset).newEncoder();
        char[] out = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            out[c] = (char) c;
        }
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c <= block[1]; c++) {
                if (keep.canEncode((char) c)) {
                    continue;
                }
                String s = t.transliterate(String.valueOf((char) c));
                if (s.length() == 1 && s.charAt(0) != c) {
                    out[c] = s.charAt(0);
                }
            }
        }
        return out;
    }
}
