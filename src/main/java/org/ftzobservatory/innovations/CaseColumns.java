package org.ftzobservatory.innovations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facet values of every case, column by column in display order, held by each app node (46 MB at a million
 * cases, as logged on loading): what a filtered search tests and counts for each of its matches (see {@link FilteredCount}). Immutable; cases
 * added later make a new instance ({@link #withCasesAfter}). Values are numbered per column; -1 stands for none.
 */
final class CaseColumns {

    final int size;
    /** Display order of each case, ascending. */
    final int[] sortOrders;
    final int[] domain;
    /** The year's code ({@link #years} holds the year itself), -1 for none. */
    final int[] year;
    /** Zone refs of case i are {@code zones[zoneStart[i]] … zones[zoneStart[i + 1] - 1]}; likewise tags. */
    final int[] zoneStart;
    final int[] zones;
    final int[] tagStart;
    final int[] tags;
    final List<String> domainNames;
    final List<String> zoneNames;
    final List<String> tagNames;
    final int[] years;
    /**
     * Per column and value code, the cases holding that value, ascending (display order): a filter without a query
     * walks the list of its rarest value rather than every case, and in ascending order, so memory is read forward.
     */
    final int[][] domainCases;
    final int[][] zoneCases;
    final int[][] tagCases;
    final int[][] yearCases;
    /** Whether every case has a display order of its own; if not, matches cannot be told apart by it. */
    final boolean distinct;
    private final int minSortOrder;
    private final int[] indexBySortOrder;

    private CaseColumns(Builder b) {
        size = b.sortOrders.size();
        sortOrders = b.sortOrders.toArray();
        domain = b.domain.toArray();
        year = b.year.toArray();
        zoneStart = b.zoneStart.toArray();
        zones = b.zones.toArray();
        tagStart = b.tagStart.toArray();
        tags = b.tags.toArray();
        domainNames = List.copyOf(b.domainNames);
        zoneNames = List.copyOf(b.zoneNames);
        tagNames = List.copyOf(b.tagNames);
        years = b.yearValues.toArray();
        boolean increasing = true;
        for (int i = 1; i < size; i++) {
            increasing &= sortOrders[i] > sortOrders[i - 1];
        }
        distinct = increasing;
        minSortOrder = size == 0 ? 0 : sortOrders[0];
        long span = size == 0 ? 0 : (long) sortOrders[size - 1] - minSortOrder + 1;
        // Display orders are dense in practice (0, 1, 2 … with gaps between imports' blocks): a direct table is a few MB.
        if (span <= 4L * size + 1_000_000) {
            indexBySortOrder = new int[(int) span];
            Arrays.fill(indexBySortOrder, -1);
            for (int i = 0; i < size; i++) {
                indexBySortOrder[sortOrders[i] - minSortOrder] = i; // with duplicates (not distinct) unused
            }
        } else {
            indexBySortOrder = null;
        }
        domainCases = casesByValue(domainNames.size(), (i, out) -> add(out, domain[i]));
        zoneCases = casesByValue(zoneNames.size(), (i, out) -> {
            for (int k = zoneStart[i]; k < zoneStart[i + 1]; k++) {
                add(out, zones[k]);
            }
        });
        tagCases = casesByValue(tagNames.size(), (i, out) -> {
            for (int k = tagStart[i]; k < tagStart[i + 1]; k++) {
                add(out, tags[k]);
            }
        });
        yearCases = casesByValue(years.length, (i, out) -> add(out, year[i]));
    }

    private interface Values {
        void of(int caseIndex, List<Integer> out);
    }

    private static void add(List<Integer> out, int code) {
        if (code >= 0 && !out.contains(code)) {
            out.add(code);
        }
    }

    /** For each value code, its cases ascending (a case listed once per value even if it repeats it). */
    private int[][] casesByValue(int values, Values of) {
        int[] sizes = new int[values];
        List<Integer> codes = new ArrayList<>(4);
        for (int i = 0; i < size; i++) {
            codes.clear();
            of.of(i, codes);
            for (int code : codes) {
                sizes[code]++;
            }
        }
        int[][] out = new int[values][];
        for (int v = 0; v < values; v++) {
            out[v] = new int[sizes[v]];
        }
        int[] at = new int[values];
        for (int i = 0; i < size; i++) {
            codes.clear();
            of.of(i, codes);
            for (int code : codes) {
                out[code][at[code]++] = i;
            }
        }
        return out;
    }

    /** The case index of a display order, or -1 when no case here has it. */
    int indexOf(int sortOrder) {
        if (indexBySortOrder != null) {
            long at = (long) sortOrder - minSortOrder;
            return at < 0 || at >= indexBySortOrder.length ? -1 : indexBySortOrder[(int) at];
        }
        int i = Arrays.binarySearch(sortOrders, sortOrder);
        return i < 0 ? -1 : i;
    }

    /** An array read as {@code array_to_string(a, chr(31))}, split back into its values. */
    static String[] splitJoined(String joined) {
        return joined == null || joined.isEmpty() ? new String[0] : joined.split("\u001f");
    }

    /**
     * Whether a zone ref is a value of the zone facet: FTZs only, not their sub-zones ("henan/zhengzhou") and not
     * "national" — as the live count in SQL groups (InnovationRepository, SearchFacetCache).
     */
    static boolean isZoneFacet(String zoneRef) {
        return zoneRef.indexOf('/') < 0 && !zoneRef.equals("national");
    }

    /** Bytes held by the int arrays (what the node keeps per case; object headers left out). */
    long bytes() {
        long ints = (long) sortOrders.length + domain.length + year.length + zoneStart.length + zones.length + tagStart.length
                + tags.length + (indexBySortOrder == null ? 0 : indexBySortOrder.length) + years.length;
        for (int[][] lists : new int[][][] {domainCases, zoneCases, tagCases, yearCases}) {
            for (int[] l : lists) {
                ints += l.length;
            }
        }
        return ints * Integer.BYTES;
    }

    /** The display order of the last case (or {@link Integer#MIN_VALUE} when there is none). */
    int lastSortOrder() {
        return size == 0 ? Integer.MIN_VALUE : sortOrders[size - 1];
    }

    static CaseColumns load(JdbcClient jdbc) {
        Builder b = new Builder();
        b.read(jdbc, Integer.MIN_VALUE);
        return new CaseColumns(b);
    }

    /** These columns plus the cases whose display order comes after the last one here (cases are only appended). */
    CaseColumns withCasesAfter(JdbcClient jdbc) {
        Builder b = new Builder(this);
        return b.read(jdbc, lastSortOrder()) == 0 ? this : new CaseColumns(b);
    }

    private static final class Builder {
        final Ints sortOrders = new Ints();
        final Ints domain = new Ints();
        final Ints year = new Ints();
        final Ints zoneStart = new Ints();
        final Ints zones = new Ints();
        final Ints tagStart = new Ints();
        final Ints tags = new Ints();
        final List<String> domainNames = new ArrayList<>();
        final List<String> zoneNames = new ArrayList<>();
        final List<String> tagNames = new ArrayList<>();
        final Ints yearValues = new Ints();
        final Map<Integer, Integer> yearCodes = new HashMap<>();
        final Map<String, Integer> domainCodes = new HashMap<>();
        final Map<String, Integer> zoneCodes = new HashMap<>();
        final Map<String, Integer> tagCodes = new HashMap<>();

        Builder() {
            zoneStart.add(0);
            tagStart.add(0);
        }

        Builder(CaseColumns c) {
            sortOrders.addAll(c.sortOrders, c.size);
            domain.addAll(c.domain, c.size);
            year.addAll(c.year, c.size);
            zoneStart.addAll(c.zoneStart, c.size + 1);
            zones.addAll(c.zones, c.zones.length);
            tagStart.addAll(c.tagStart, c.size + 1);
            tags.addAll(c.tags, c.tags.length);
            names(c.domainNames, domainNames, domainCodes);
            names(c.zoneNames, zoneNames, zoneCodes);
            names(c.tagNames, tagNames, tagCodes);
            for (int y : c.years) {
                yearCodes.put(y, yearValues.size());
                yearValues.add(y);
            }
        }

        private static void names(List<String> from, List<String> names, Map<String, Integer> codes) {
            for (String n : from) {
                codes.put(n, names.size());
                names.add(n);
            }
        }

        /** Reads the cases after the given display order; returns how many. */
        int read(JdbcClient jdbc, int after) {
            int[] read = {0};
            jdbc.sql("select t.sort_order, t.domain, t.year, array_to_string(t.zones, chr(31)) as zones, "
                            + "array_to_string(t.tags, chr(31)) as tags from innovation_terms t where t.sort_order > :after order by t.sort_order")
                    .param("after", after).withFetchSize(5_000)
                    .query((java.sql.ResultSet rs) -> {
                        sortOrders.add(rs.getInt(1));
                        String d = rs.getString(2);
                        domain.add(d == null ? -1 : code(d, domainNames, domainCodes));
                        int y = rs.getInt(3);
                        year.add(rs.wasNull() ? -1 : yearCodes.computeIfAbsent(y, v -> {
                            yearValues.add(v);
                            return yearValues.size() - 1;
                        }));
                        for (String z : splitJoined(rs.getString(4))) {
                            zones.add(code(z, zoneNames, zoneCodes));
                        }
                        zoneStart.add(zones.size());
                        for (String g : splitJoined(rs.getString(5))) {
                            tags.add(code(g, tagNames, tagCodes));
                        }
                        tagStart.add(tags.size());
                        read[0]++;
                    });
            return read[0];
        }

        private static int code(String value, List<String> names, Map<String, Integer> codes) {
            return codes.computeIfAbsent(value, v -> {
                names.add(v);
                return names.size() - 1;
            });
        }
    }

    /** A growable int array. */
    private static final class Ints {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        void addAll(int[] values, int count) {
            if (n + count > a.length) {
                a = Arrays.copyOf(a, Math.max(n + count, a.length * 2));
            }
            System.arraycopy(values, 0, a, n, count);
            n += count;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
