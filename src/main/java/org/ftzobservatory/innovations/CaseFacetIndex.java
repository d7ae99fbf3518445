package org.ftzobservatory.innovations;

import org.ftzobservatory.search.SearchPhrases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This node's copy of the facet columns ({@link CaseColumns}), kept in step with the database: an import (a new dataset
 * stamp) reloads them, a case added since (a display order after the last one held) is read and appended. Each search
 * checks both with one small query inside its own transaction, so the columns cover every match that transaction can
 * see; other nodes' writes reach this one the same way. The first filtered search after an import waits for the load
 * (at a million cases a few seconds, bench/README.md).
 */
@Component
public class CaseFacetIndex {

    private static final Logger log = LoggerFactory.getLogger(CaseFacetIndex.class);

    private record Loaded(String stamp, CaseColumns columns) {
    }

    private volatile Loaded loaded;
    private final boolean enabled;

    public CaseFacetIndex() {
        this(true);
    }

    /** Disabled, every filtered search is counted live in SQL (tests compare the two). */
    CaseFacetIndex(boolean enabled) {
        this.enabled = enabled;
    }

    /** The columns as the calling transaction sees the cases; null when disabled. */
    CaseColumns current(JdbcClient jdbc) {
        if (!enabled) {
            return null;
        }
        var state = jdbc.sql("select (" + SearchPhrases.DATASET_STAMP + ") as stamp, "
                        + "(select max(sort_order) from innovation_terms) as last")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2)}).single();
        String stamp = (String) state[0];
        int last = state[1] == null ? Integer.MIN_VALUE : (Integer) state[1];
        Loaded l = loaded;
        if (l != null && l.stamp().equals(stamp) && l.columns().lastSortOrder() >= last) {
            return l.columns();
        }
        synchronized (this) {
            l = loaded;
            if (l == null || !l.stamp().equals(stamp)) {
                long t = System.nanoTime();
                l = new Loaded(stamp, CaseColumns.load(jdbc));
                log.info("Facet columns of {} cases loaded for filtered searches in {} ms ({} MB)", l.columns().size,
                        (System.nanoTime() - t) / 1_000_000, l.columns().bytes() >> 20);
            } else if (l.columns().lastSortOrder() < last) {
                l = new Loaded(stamp, l.columns().withCasesAfter(jdbc));
            }
            loaded = l;
            return l.columns();
        }
    }
}
