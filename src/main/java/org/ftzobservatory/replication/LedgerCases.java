package org.ftzobservatory.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.innovations.CaseLedger;
import org.ftzobservatory.innovations.CaseOrigin;
import org.ftzobservatory.innovations.CasePublisher;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.NewCase;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.Official;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One identity for a ledger record and a library case (issue 18). A record selected at national level awaits its case:
 * the draft is the record's own fields (zone, domain, titles, summaries) with the measured outcomes of its tasks; an
 * official completes it and publishes it through {@link CasePublisher} (id {@code ledger-RECORD}), or says instead which
 * library case the record is about. Either way the record then names the case ({@code library_id}), the case page shows
 * the record's history ({@link #history}), and each step is audited on the record.
 */
@Service
public class LedgerCases implements CaseLedger {

    private final ReplicationService replication;
    private final ReplicationStore store;
    private final CasePublisher publisher;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    public LedgerCases(ReplicationService replication, CasePublisher publisher, TransactionTemplate tx) {
        this.replication = replication;
        this.store = replication.store();
        this.publisher = publisher;
        this.tx = tx;
    }

    /** Whether the record waits for its case: selected at a level with a national batch (workflow.yaml), no case named yet. */
    public boolean awaitsCase(InnovationRecord r) {
        return r.libraryId() == null && r.state().equals(replication.workflow().selectedState()) && r.level() != null
                && replication.workflow().level(r.level()).map(Workflow.Level::requiresBatch).orElse(false);
    }

    public InnovationRecord recordForDraft(long recordId) {
        return replication.recordById(recordId);
    }

    /** The draft case of a record: what the record says, plus its tasks' measured outcomes as before/after figures. */
    public NewCase draft(long recordId) {
        InnovationRecord r = replication.recordById(recordId);
        List<NewCase.Metric> metrics = new ArrayList<>();
        for (ReplicationTask t : store.tasks(null, null, recordId)) {
            for (Outcome o : store.outcomes(t.id())) {
                metrics.add(new NewCase.Metric(o.quantity(), null, o.unit(), plain(o.before()), plain(o.after())));
            }
        }
        return new NewCase(r.titleZh(), r.titleEn(), List.of(r.zone()), r.domain(), List.of(), r.summaryZh(), r.summaryEn(),
                replication.today().getYear(), metrics);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    /**
     * Publishes the completed case of a record selected at national level: 400 (every bad field), 404, 403 (role in
     * data/case-publishing.yaml, scope over the case's zones), 409 (not selected at that level, or already has a case).
     */
    public Innovation publish(Official who, long recordId, NewCase c) {
        if (c == null) {
            throw new BadRequestException("body", "is required: the completed case");
        }
        publisher.validate(c);
        InnovationRecord r = replication.recordById(recordId);
        publisher.authorise(who, c);
        if (r.libraryId() != null) {
            throw new ConflictException("record " + recordId + " already names case " + r.libraryId(), Map.of("innovation_id", r.libraryId()));
        }
        if (!awaitsCase(r)) {
            throw new ConflictException("only a record selected at national level becomes a library case here; this one is " + r.state()
                    + (r.level() == null ? "" : " at level " + r.level()), Map.of("state", r.state()));
        }
        String caseId = CaseOrigin.caseId(CaseOrigin.LEDGER, recordId);
        return tx.execute(s -> {
            Innovation published = publisher.publish(who, caseId, c, CaseOrigin.ledger(recordId, provenance(r)));
            link(who, r, caseId, "publish_case");
            return published;
        });
    }

    /** Says which library case the record is about (a report case entered into the ledger, or one published before). */
    public InnovationRecord link(Official who, long recordId, Requests.LinkCase body) {
        if (body == null || body.innovationId() == null || body.innovationId().isBlank()) {
            throw new BadRequestException("innovation_id", "is required: the library case the record is about");
        }
        if (body.version() == null || body.version() < 0) {
            throw new BadRequestException("version", "is required: the version you read (optimistic locking)");
        }
        String caseId = body.innovationId().trim();
        if (!store.caseExists(caseId)) {
            throw new BadRequestException("innovation_id", "no case '" + caseId + "' in the case library");
        }
        InnovationRecord r = replication.recordById(recordId);
        publisher.authoriseLink(who, r.zone());
        if (r.libraryId() != null) {
            throw new ConflictException("record " + recordId + " already names case " + r.libraryId(), Map.of("innovation_id", r.libraryId()));
        }
        if (r.version() != body.version()) {
            throw ConflictException.stale("innovation record " + recordId, body.version(), r.version());
        }
        return tx.execute(s -> link(who, r, caseId, "link_case"));
    }

    private InnovationRecord link(Official who, InnovationRecord before, String caseId, String action) {
        if (!store.linkRecord(before.id(), before.version(), caseId)) {
            throw ConflictException.stale("innovation record " + before.id(), before.version(),
                    store.record(before.id()).map(InnovationRecord::version).orElse(-1));
        }
        InnovationRecord after = store.record(before.id()).orElseThrow();
        store.audit(who.name(), who.role().name(), ReplicationService.RECORD, String.valueOf(before.id()), action, before.state(),
                after.state(), caseId, json.writeValueAsString(before), json.writeValueAsString(after));
        return after;
    }

    /** The record that follows a case: linked to it, or the one it was published from. For the batches and the case page. */
    public Optional<InnovationRecord> recordForCase(String caseId) {
        return store.recordForCase(caseId);
    }

    @Override
    public Optional<History> history(String caseId) {
        return recordForCase(caseId).map(r -> new History(r.id(), r.zone(), r.state(), r.level(), r.batchNo(), r.synthetic(),
                steps(r.id()), store.evaluations(r.id()).stream().map(e -> new EvaluationView(e.landingStatus(), e.satisfaction(),
                        e.problems(), e.recommendations(), e.evaluator(), e.createdAt())).toList()));
    }

    private List<Step> steps(long recordId) {
        return replication.history(ReplicationService.RECORD, recordId).stream()
                .map(a -> new Step(a.at(), a.actor(), a.role(), a.action(), a.fromState(), a.toState(), a.comment())).toList();
    }

    /** What the case keeps of its record, so its provenance survives an export to another platform. */
    private Map<String, Object> provenance(InnovationRecord r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("record", r.id());
        p.put("zone", r.zone());
        p.put("level", r.level());
        p.put("batch", r.batchNo());
        p.put("recorded_by", r.createdBy());
        p.put("history", steps(r.id()).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", s.at().toString());
            m.put("actor", s.actor());
            m.put("role", s.role());
            m.put("action", s.action());
            m.put("from", s.fromState());
            m.put("to", s.toState());
            return m;
        }).toList());
        p.put("evaluations", store.evaluations(r.id()).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("landing_status", e.landingStatus());
            m.put("satisfaction", e.satisfaction());
            m.put("problems", e.problems());
            m.put("recommendations", e.recommendations());
            m.put("evaluator", e.evaluator());
            return m;
        }).toList());
        return p;
    }
}
