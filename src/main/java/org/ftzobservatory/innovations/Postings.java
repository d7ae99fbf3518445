package org.ftzobservatory.innovations;

import java.util.Arrays;

/**
 * The matches of one cached search as bytes: per match, in ascending display order, one unsigned varint of
 * {@code (sortOrder - previous) << 3 | tier} (tier 0–7: title 4 + summary 2 + body 1; the first previous is
 * {@link #START}). A common word's cases are close together in display order, so most matches take one byte (239,441
 * matches of 数据 at a million cases read as one list instead of 239,441 rows).
 */
public final class Postings {

    /** The "previous" sort order before the first match: any int sort order after it gives a positive gap. */
    static final long START = Integer.MIN_VALUE - 1L;

    /** What a decoded match is handed to. */
    public interface Visitor {
        void match(int sortOrder, int tier);
    }

    private Postings() {
    }

    /** Appends matches in ascending display order. */
    public static final class Builder {
        private byte[] bytes = new byte[16];
        private int length;
        private long last = START;
        private int count;

        public Builder add(int sortOrder, int tier) {
            if (sortOrder <= last) {
                throw new IllegalArgumentException("matches must be added in ascending display order: " + sortOrder + " after " + last);
            }
            length = write(bytes(9), length, sortOrder - last, tier);
            last = sortOrder;
            count++;
            return this;
        }

        private byte[] bytes(int room) {
            if (length + room > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + room, bytes.length * 2));
            }
            return bytes;
        }

        public byte[] toBytes() {
            return Arrays.copyOf(bytes, length);
        }

        public int count() {
            return count;
        }

        /** The sort order of the last match ({@link #START} when empty). */
        public long last() {
            return last;
        }
    }

    /** The bytes of one match appended after a list whose last match was {@code last}. */
    public static byte[] entry(long last, int sortOrder, int tier) {
        if (sortOrder <= last) {
            throw new IllegalArgumentException("an appended match must come after " + last + ": " + sortOrder);
        }
        byte[] out = new byte[10];
        return Arrays.copyOf(out, write(out, 0, sortOrder - last, tier));
    }

    private static int write(byte[] out, int at, long gap, int tier) {
        if (tier < 0 || tier > 7) {
            throw new IllegalArgumentException("tier " + tier + " is not 0-7");
        }
        long v = gap << 3 | tier;
        while ((v & ~0x7FL) != 0) {
            out[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }

    /** Hands every match to the visitor in order; returns how many there were. Throws on truncated bytes. */
    public static int decode(byte[] bytes, Visitor visitor) {
        long last = START;
        int count = 0;
        int i = 0;
        while (i < bytes.length) {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                if (i >= bytes.length || shift > 63) {
                    throw new IllegalArgumentException("postings end inside a match at byte " + i);
                }
                b = bytes[i++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            last += v >>> 3;
            visitor.match((int) last, (int) (v & 7));
            count++;
        }
        return count;
    }
}
