package org.ftzobservatory.innovations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads this node's facet columns in the background once the server is ready, so the first filtered search does not
 * wait for them (4.5-6.6 s at a million cases, bench/README.md). A failure only means that search loads them itself.
 * Servers only: a CLI command has no searches to warm.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CaseFacetWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CaseFacetWarmUp.class);

    private final CaseFacetIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    CaseFacetWarmUp(CaseFacetIndex index, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.index = index;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread t = new Thread(() -> {
            try {
                readOnly.executeWithoutResult(s -> index.current(jdbc));
            } catch (RuntimeException e) {
                log.warn("Facet columns not loaded in advance ({}); the first filtered search loads them", e.toString());
            }
        }, "facet-columns-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
