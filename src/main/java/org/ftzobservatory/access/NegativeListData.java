package org.ftzobservatory.access;

import java.util.List;

/** Everything under {@code data/negative-lists/}, validated. */
public record NegativeListData(List<NegativeList> lists, List<NegativeListMeasure> measures, CheckPolicy policy,
                               RestrictivenessTable scoring, List<EditionCount> history) {
}
