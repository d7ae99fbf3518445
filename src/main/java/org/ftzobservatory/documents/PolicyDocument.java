package org.ftzobservatory.documents;

import java.util.List;

import org.ftzobservatory.kernel.ReviewSource;
import org.ftzobservatory.kernel.Text;

/**
 * A policy document the report names: plan, measures, law, negative list, notice … with its 文号 when it has one.
 * {@code origin} is {@code dataset}, or {@code review} for a 文号 a curator accepted from an ingested document and the
 * dataset does not list ("added by review"): then only the number is known (no title, type or scope), {@code source} is
 * null and {@code review} names the ingested document, span, quote and curator of its first mention.
 */
public record PolicyDocument(String id, String number, Text title, String shortTitle, List<String> issuers, String issued,
                             String effective, String type, String scope, List<String> zones, Integer measureCount,
                             String measureUnit, Text summary, String source, String origin, ReviewSource review) {
}
