package org.ftzobservatory.search;

import java.util.List;

/**
 * What the case library has precomputed for its broad words (innovations.SearchFacetCache), so the site search need not
 * count and rank every matching case: at a million cases that took 3.2 s to count and 1.3 s to rank 数据 (issue 19).
 * Implemented by the case library; this package only asks.
 */
public interface CachedCaseSearches {

    /** How many cases match the tsquery text, or -1 when it is not cached. */
    long total(String tokens);

    /** The best {@code n} cases for the tsquery text (title, then summary, then body; display order), or none when not cached. */
    List<String> candidates(String tokens, int n);
}
