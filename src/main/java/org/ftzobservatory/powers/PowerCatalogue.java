package org.ftzobservatory.powers;

import java.util.Map;

/**
 * A catalogue of powers a government delegated to a zone — or, for {@code not_delegated}, withheld from it — as the
 * report gives it: the granting government and level, the item count and its breakdown, with its lines.
 */
public record PowerCatalogue(String id, String grantingZh, String grantingEn, String level, String kind, String zone,
                             String issued, int items, Map<String, Integer> breakdown, String summaryZh, String summaryEn,
                             String document, String source) {
}
