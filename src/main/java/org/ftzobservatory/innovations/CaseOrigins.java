package org.ftzobservatory.innovations;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the case page shows of a case's origin, for templates ({@code @caseOrigins}): the provenance of a platform case
 * (the record or the document it was published from) and the ledger record that follows the case, with its history.
 */
@Component("caseOrigins")
public class CaseOrigins {

    private final ObjectProvider<CaseLedger> ledger;
    private final CasePublisher publisher;

    public CaseOrigins(ObjectProvider<CaseLedger> ledger, CasePublisher publisher) {
        this.ledger = ledger;
        this.publisher = publisher;
    }

    /** The ledger record that follows the case, or null. */
    public CaseLedger.History history(String caseId) {
        CaseLedger l = ledger.getIfAvailable();
        return l == null ? null : l.history(caseId).orElse(null);
    }

    /** origin, provenance (map), published_by, published_at of a platform case; empty for a report case. */
    public Map<String, Object> provenance(String caseId) {
        return publisher.provenance(caseId);
    }
}
