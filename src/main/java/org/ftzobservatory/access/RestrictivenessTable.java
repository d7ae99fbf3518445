package org.ftzobservatory.access;

import java.util.List;
import java.util.Map;

/**
 * The scoring table of {@code data/negative-lists/restrictiveness.yaml} (explained in docs/restrictiveness.md): a score per
 * measure kind, equity caps scored by how low they cap the foreign share, and the weight of a partial industry mapping.
 */
public record RestrictivenessTable(Map<MeasureKind, Double> kindScores, List<EquityBand> equityBands, double partialWeight) {

    /** Caps with a foreign-share limit below {@code below} score {@code score}; bands are checked in order. */
    public record EquityBand(double below, double score) {
    }

    /** Kinds add up (as the OECD index adds its restriction types) and the sum is capped at 1. */
    public double score(MeasureRule rule) {
        if (rule.kinds() == null || rule.kinds().isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (MeasureKind k : rule.kinds()) {
            sum += k == MeasureKind.EQUITY_CAP ? equityScore(rule.maxForeignShare()) : kindScores.getOrDefault(k, 0.0);
        }
        return Math.min(1.0, sum);
    }

    private double equityScore(double maxForeignShare) {
        for (EquityBand b : equityBands) {
            if (maxForeignShare < b.below()) {
                return b.score();
            }
        }
        return 0;
    }
}
