package org.ftzobservatory.search;

import java.util.List;

/** One hit of the cross-type search; the shape is the CLI's JSON contract ({@code ftz search … --format json}). */
public record SearchHit(String type, String id, String titleZh, String titleEn, List<String> zones, double score, String snippet) {
}
