package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two lists measure by measure: removed, added, relaxed, tightened, unchanged, or unknown where either side's
 * rule is not known. Measures pair through {@code national_counterpart} when one list is derived from the other, else by
 * number. Strictness is compared per industry code with the restrictiveness table, so a rule that is split or merged
 * between the lists still compares like with like.
 */
public final class ListDiff {

    public enum Change { REMOVED, ADDED, RELAXED, TIGHTENED, UNCHANGED, UNKNOWN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row: a measure of the first list, its counterpart in the second (either may be null), and the change. */
    public record Row(String section, Change change, NegativeListMeasure from, NegativeListMeasure to, String note) {
    }

    public record Result(String fromList, String toList, Map<String, Integer> summary, Map<String, List<Row>> bySection) {
    }

    private ListDiff() {
    }

    public static Result diff(List<NegativeListMeasure> from, List<NegativeListMeasure> to, String fromList, String toList,
                              RestrictivenessTable table) {
        boolean toDerived = to.stream().anyMatch(m -> !m.nationalCounterpart().isEmpty());
        boolean fromDerived = from.stream().anyMatch(m -> !m.nationalCounterpart().isEmpty());
        Map<Integer, List<NegativeListMeasure>> pairs = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        Set<Integer> pairedTo = new java.util.HashSet<>();
        for (NegativeListMeasure f : from) {
            List<NegativeListMeasure> partners = new ArrayList<>();
            for (NegativeListMeasure t : to) {
                boolean pair = toDerived ? t.nationalCounterpart().contains(f.seq())
                        : fromDerived ? f.nationalCounterpart().contains(t.seq()) : t.seq() == f.seq();
                if (pair) {
                    partners.add(t);
                    pairedTo.add(t.seq());
                }
            }
            pairs.put(f.seq(), partners);
            if (partners.isEmpty()) {
                rows.add(new Row(f.section(), Change.REMOVED, f, null, null));
            }
            for (NegativeListMeasure t : partners) {
                rows.add(compare(f, t, table));
            }
        }
        for (NegativeListMeasure t : to) {
            if (!pairedTo.contains(t.seq())) {
                rows.add(new Row(t.section(), Change.ADDED, null, t, null));
            }
        }
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Change c : Change.values()) {
            summary.put(c.id(), 0);
        }
        // Sections A–T in order; measures whose section the sources do not settle come last.
        Map<String, List<Row>> bySection = new TreeMap<>(Comparator.comparing((String k) -> k.equals(SECTION_NOT_KNOWN))
                .thenComparing(Comparator.naturalOrder()));
        for (Row r : rows) {
            summary.merge(r.change().id(), 1, Integer::sum);
            bySection.computeIfAbsent(r.section() == null ? SECTION_NOT_KNOWN : r.section(), k -> new ArrayList<>()).add(r);
        }
        return new Result(fromList, toList, summary, bySection);
    }

    /** The key under which measures without a known GB/T section are grouped. */
    public static final String SECTION_NOT_KNOWN = "not_known";

    private static Row compare(NegativeListMeasure f, NegativeListMeasure t, RestrictivenessTable table) {
        String section = f.section() != null ? f.section() : t.section();
        if (f.rules().stream().anyMatch(MeasureRule::unknown) || t.rules().stream().anyMatch(MeasureRule::unknown)) {
            return new Row(section, Change.UNKNOWN, f, t, "the content of at least one side is not known");
        }
        Map<String, double[]> a = strictness(f, table);
        Map<String, double[]> b = strictness(t, table);
        boolean looser = false;
        boolean stricter = false;
        Set<String> codes = new java.util.TreeSet<>(a.keySet());
        codes.retainAll(b.keySet());
        if (codes.isEmpty()) {
            // No shared scope: compare the measures as wholes.
            double sa = a.values().stream().mapToDouble(v -> v[1]).max().orElse(0);
            double sb = b.values().stream().mapToDouble(v -> v[1]).max().orElse(0);
            looser = sb < sa;
            stricter = sb > sa;
        }
        for (String c : codes) {
            // Lowest and highest rule score per code: a sub-scope opened up lowers the minimum even when another keeps the maximum.
            for (int i = 0; i < 2; i++) {
                looser |= b.get(c)[i] < a.get(c)[i] - 1e-9;
                stricter |= b.get(c)[i] > a.get(c)[i] + 1e-9;
            }
        }
        String note = t.ruleConfidence() == Verification.RECONSTRUCTED || t.ruleConfidence() == Verification.NOT_FOUND
                ? "the second list's rule is " + t.ruleConfidence().id() : null;
        Change change = looser && !stricter ? Change.RELAXED : stricter && !looser ? Change.TIGHTENED
                : looser ? Change.UNKNOWN : Change.UNCHANGED;
        return new Row(section, change, f, t, looser && stricter ? "relaxed in part and tightened in part" : note);
    }

    /** The lowest and highest rule score per industry code (or per keyword scope where a rule maps no code). */
    private static Map<String, double[]> strictness(NegativeListMeasure m, RestrictivenessTable table) {
        Map<String, double[]> out = new HashMap<>();
        for (MeasureRule r : m.rules()) {
            double s = table.score(r);
            List<String> keys = r.industries().isEmpty() ? List.of("scope:" + r.scopeZh())
                    : r.industries().stream().map(IndustryMapping::code).toList();
            for (String k : keys) {
                out.merge(k, new double[] {s, s}, (x, y) -> new double[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
            }
        }
        return out;
    }
}
