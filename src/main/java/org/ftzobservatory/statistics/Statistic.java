package org.ftzobservatory.statistics;

import java.math.BigDecimal;

import org.ftzobservatory.kernel.ReviewSource;
import org.ftzobservatory.kernel.Text;

/**
 * One figure from the report: {@code value} is normalised to {@code unit} (2130 亿元 → 213000000000 CNY); {@code raw} is
 * the figure as printed, so a reader can check the normalisation. {@code zone} is where the report discusses the figure;
 * {@code scope} is what place it measures ({@link Scope}), {@code scopeWords} that place in words. {@code scopeMatch}
 * is set when a list was filtered by zone: {@code exact} (about that zone alone) or {@code includes} (a wider area that
 * contains it). {@code origin} is {@code dataset} (the report, cited by {@code source}) or {@code review} (published from
 * the review queue: {@code review} says which ingested document, span and curator; {@code source} is null).
 * {@code qualifier} is the bound printed with a published figure (以上, 超过 …), null otherwise.
 */
public record Statistic(String id, String indicator, Text indicatorName, String zone, int year, BigDecimal value, String unit,
                        boolean approx, String raw, String source, String note, String scope, String scopeKind,
                        Text scopeWords, String scopeMatch, String origin, String qualifier,
                        ReviewSource review) {
}
