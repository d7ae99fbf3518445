package org.ftzobservatory.search;

import java.util.List;

public record SearchResult(String query, long total, List<SearchHit> hits) {
}
