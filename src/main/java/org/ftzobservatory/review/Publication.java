package org.ftzobservatory.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.dataset.Provenance;
import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.PublishedDocuments;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.statistics.PublishedStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Accepted facts reach the public pages (issue 13 §2): an accepted 文号 is published as a document record (documents
 * owns it), an accepted figure with an indicator, zone and year as a statistic (statistics owns it), each with its
 * provenance — the ingested document's name and hash, the span, the quote, the curator — and one audit event. Withdrawal
 * takes a published fact off the public pages: roles from data/review/publishing.yaml, the scope rule for figures, a
 * reason, an audit event; the row and its history stay.
 */
@Component
public class Publication {

    /** The kinds of published fact, as the API names them, and the audit object type of each. */
    static final Map<String, String> KINDS = Map.of("documents", PublishedDocuments.TYPE, "statistics", PublishedStatistics.TYPE);

    private final PublishedDocuments documents;
    private final PublishedStatistics statistics;
    private final ReviewStore store;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final PublishingRules rules;

    public Publication(PublishedDocuments documents, PublishedStatistics statistics, ReviewStore store, AuditLog audit,
                       ObjectMapper json, TransactionTemplate tx, FtzPaths paths) {
        this.documents = documents;
        this.statistics = statistics;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
        this.rules = PublishingRules.load(paths.dataDir().resolve("review/publishing.yaml"));
    }

    public PublishedDocuments documents() {
        return documents;
    }

    public PublishedStatistics statistics() {
        return statistics;
    }

    /**
     * Publishes what an accepted candidate says, inside the decision's transaction: a 文号 always; a figure when the
     * curator placed it (indicator, zone and year; a 400 names what is missing or wrong, and the decision rolls back).
     */
    void accepted(Official me, Candidate c, Map<String, Object> accepted, PublishedStatistics.Placement placement) {
        if (c.type().equals("doc_number")) {
            DocumentNumber number = DocumentNumber.parse(String.valueOf(accepted.get("normalized")));
            long id = documents.publish(number, c.raw(), provenance(me, c));
            record(me, PublishedDocuments.TYPE, id, "publish", null, "published", null, Map.of("number", number.normalized(),
                    "candidate", c.id()));
        } else if (c.figure() && placement != null && !placement.empty()) {
            publishFigure(me, c, accepted, placement);
        } else if (!c.figure() && placement != null && !placement.empty()) {
            throw new BadRequestException("indicator", "only a figure (amount, percent, count) is published with an indicator, zone and year");
        }
    }

    /** Publishes a figure accepted earlier without a placement; 409 when it is published already. */
    public Map<String, Object> publishAccepted(Official me, long candidateId, PublishedStatistics.Placement placement) {
        return tx.execute(s -> {
            Candidate c = store.lockCandidates(List.of(candidateId)).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("candidate", String.valueOf(candidateId)));
            if (!c.figure() || c.accepted() == null) {
                throw new ConflictException("candidate " + candidateId + " is not an accepted figure (it is " + c.type() + ", "
                        + c.status() + "); only accepted amounts, percents and counts are published as statistics", Map.of());
            }
            IngestedDocument d = store.document(c.documentId()).orElseThrow();
            statistics.byKey(Provenance.key(d.sha256(), c.start(), c.end())).ifPresent(id -> {
                throw new ConflictException("candidate " + candidateId + " is published already as statistic " + id, Map.of("id", id));
            });
            long id = publishFigure(me, c, c.accepted(), placement);
            return statistics.find(id).orElseThrow();
        });
    }

    private long publishFigure(Official me, Candidate c, Map<String, Object> v, PublishedStatistics.Placement placement) {
        String unit = new Candidate(c.id(), c.documentId(), c.type(), c.raw(), c.value(), c.start(), c.end(), c.status(),
                c.version(), c.decidedBy(), c.decidedAt(), v).figureUnit();
        BigDecimal value = ValueEdits.number(v.get("value"));
        String qualifier = v.get("qualifier") instanceof String q && !q.isBlank() ? q : null;
        long id = statistics.publish(new PublishedStatistics.Figure(value, unit, Boolean.TRUE.equals(v.get("approx")), qualifier,
                c.raw(), provenance(me, c)), placement);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("indicator", placement.indicator());
        after.put("zone", placement.zone());
        after.put("year", placement.year());
        after.put("value", value.toPlainString());
        after.put("unit", unit);
        after.put("candidate", c.id());
        record(me, PublishedStatistics.TYPE, id, "publish", null, "published", null, after);
        return id;
    }

    private Provenance provenance(Official me, Candidate c) {
        IngestedDocument d = store.document(c.documentId()).orElseThrow();
        return new Provenance(Provenance.key(d.sha256(), c.start(), c.end()), d.fileName(), d.sha256(), c.start(), c.end(),
                me.name(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), null, null, null);
    }

    /**
     * Withdraws a published fact ({@code kind} documents | statistics): signed in, a role of publishing.yaml, a figure's
     * zone in the official's scope, a reason; 409 when it was withdrawn already. Audited in the same transaction.
     */
    public Map<String, Object> withdraw(Official me, String kind, long id, String reason) {
        String type = KINDS.get(kind);
        if (type == null) {
            throw new BadRequestException("kind", "must be documents or statistics");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "say why the fact is withdrawn; the audit trail keeps it");
        }
        if (reason.length() > 2000) {
            throw new BadRequestException("reason", "at most 2000 characters");
        }
        if (!rules.withdrawRoles().contains(me.role())) {
            throw new ForbiddenException(me.role() + " may not withdraw published facts (review/publishing.yaml allows "
                    + rules.withdrawRoles() + ")");
        }
        return tx.execute(s -> {
            Map<String, Object> row = (type.equals(PublishedDocuments.TYPE) ? documents.find(id) : statistics.find(id))
                    .orElseThrow(() -> new NotFoundException(type, String.valueOf(id)));
            if (type.equals(PublishedStatistics.TYPE) && !me.coversZone((String) row.get("zone_ref"))) {
                throw new ForbiddenException("the figure is about " + row.get("zone_ref") + ", outside your scope " + me.scope());
            }
            boolean done = type.equals(PublishedDocuments.TYPE) ? documents.withdraw(id, me.name(), reason.strip())
                    : statistics.withdraw(id, me.name(), reason.strip());
            if (!done) {
                throw new ConflictException(type + " " + id + " was withdrawn already by " + row.get("withdrawn_by"), Map.of());
            }
            record(me, type, id, "withdraw", "published", "withdrawn", reason.strip(), Map.of("fact_key", row.get("fact_key")));
            return (type.equals(PublishedDocuments.TYPE) ? documents.find(id) : statistics.find(id)).orElseThrow();
        });
    }

    /** A published fact with its audit history (publication, withdrawal). */
    public Map<String, Object> fact(String kind, long id) {
        String type = KINDS.get(kind);
        if (type == null) {
            throw new BadRequestException("kind", "must be documents or statistics");
        }
        Map<String, Object> row = (type.equals(PublishedDocuments.TYPE) ? documents.find(id) : statistics.find(id))
                .orElseThrow(() -> new NotFoundException(type, String.valueOf(id)));
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.put("history", store.history(type, id));
        return out;
    }

    private void record(Official me, String type, long id, String action, String from, String to, String comment,
                        Map<String, Object> after) {
        audit.append(List.of(new AuditLog.Event(me, type, String.valueOf(id), action, from, to, comment, null,
                json.writeValueAsString(after))));
    }
}
