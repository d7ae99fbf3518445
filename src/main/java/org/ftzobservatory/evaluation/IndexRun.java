package org.ftzobservatory.evaluation;

import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.Text;

/**
 * One run of the index: a framework applied to one year at one level (ftz | subzone). The stable shape other features
 * (the annual report) and the API read: per zone id, score, rank, rank_p5, rank_p95, dimension scores and per indicator
 * the value used or missing. Scores and normalised values are rounded to 4 decimals.
 */
public record IndexRun(String framework, String frameworkVersion, Text frameworkTitle, int year, String level, int draws,
                       double spread, long seed, boolean synthetic, List<DimensionInfo> dimensionInfo,
                       List<IndicatorInfo> indicatorInfo, List<ZoneResult> results, int widenedIntervals) {

    /** A dimension of the framework with its weight. */
    public record DimensionInfo(String id, Text name, double weight) {
    }

    /**
     * An indicator as the framework states it, with the data behind it: {@code synthetic} when any row behind this year's
     * values is simulated demo data; {@code zonesWithValue} how many of the ranked zones had a value.
     */
    public record IndicatorInfo(String id, Text name, String dimension, Text subdimension, double weight, double effectiveWeight,
                                String direction, String normalisation, String missing, String formula, Text source,
                                boolean synthetic, int zonesWithValue, Text note) {
    }

    /** A zone's value of an indicator: {@code value} as computed (null when missing), how it entered the score. */
    public record IndicatorValue(String id, Double value, Double normalised, boolean missing, String treatment) {
    }

    /** An indicator the zone's rank depends on: correlation of its drawn weight with the rank (> 0: more weight, worse rank). */
    public record Dependence(String indicator, double correlation) {
    }

    /** A zone's result; score and ranks are null when the zone has no value for any indicator. */
    public record ZoneResult(String id, Text name, Double score, Integer rank, Integer rankP5, Integer rankP95,
                             Map<String, Double> dimensions, List<IndicatorValue> indicators, List<Dependence> dependsOn) {
    }

    public IndicatorInfo indicator(String id) {
        return indicatorInfo.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }
}
