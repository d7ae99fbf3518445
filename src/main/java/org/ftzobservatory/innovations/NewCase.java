package org.ftzobservatory.innovations;

import java.util.List;

/**
 * A complete case as an official publishes it into the library (from a ledger record or a review draft): the same fields
 * a report case has, without report lines. JSON in snake_case; the forms post the same names.
 */
public record NewCase(String titleZh, String titleEn, List<String> zones, String domain, List<String> tags, String summaryZh,
                      String summaryEn, Integer year, List<Metric> metrics) {

    /** A before/after figure: each value a number or a range ("15-25"); the unit from data/units.yaml. */
    public record Metric(String quantityZh, String quantityEn, String unit, String before, String after) {
    }

    public NewCase {
        zones = zones == null ? List.of() : List.copyOf(zones.stream().map(z -> z == null ? "" : z.trim()).filter(z -> !z.isEmpty()).distinct().toList());
        tags = tags == null ? List.of() : List.copyOf(tags.stream().map(t -> t == null ? "" : t.trim()).filter(t -> !t.isEmpty()).distinct().toList());
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }
}
