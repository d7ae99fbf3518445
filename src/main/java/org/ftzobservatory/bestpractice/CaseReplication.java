package org.ftzobservatory.bestpractice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.InnovationService;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.replication.Announcement;
import org.ftzobservatory.replication.InnovationRecord;
import org.ftzobservatory.replication.Outcome;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.replication.ReplicationTask;
import org.ftzobservatory.replication.Requests;
import org.ftzobservatory.replication.StateMachine;
import org.ftzobservatory.replication.Workflow;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A library case's replication: announcing it from the case page (the replication package's announcement flow on the
 * case's ledger record), where it has landed (the adoption matrix: regions × task status) and what was measured after
 * replication in each region (the tasks' outcomes). {@code @caseReplication} in the case page's fragment.
 */
@Component("caseReplication")
public class CaseReplication {

    private final InnovationService cases;
    private final ReplicationService replication;
    private final LibraryLedger ledger;
    private final BatchStore batches;
    private final TransactionTemplate tx;

    public CaseReplication(InnovationService cases, ReplicationService replication, LibraryLedger ledger, BatchStore batches,
                           TransactionTemplate tx) {
        this.cases = cases;
        this.replication = replication;
        this.ledger = ledger;
        this.batches = batches;
        this.tx = tx;
    }

    /** One region's task for the case, with its status's name and the outcomes measured there. */
    public record Landing(String region, Text regionName, long taskId, long recordId, String status, Text statusName, boolean landed,
                          boolean overdue, LocalDate deadline, LocalDate landedOn, boolean synthetic, List<Measured> outcomes) {
    }

    /** An outcome measured after replication in a region: numbers with their unit, formatted by the page (statistics.Figures). */
    public record Measured(String region, Text regionName, String quantity, String unit, BigDecimal before, BigDecimal after, String note,
                           LocalDate landedOn, boolean chineseQuantity, boolean chineseUnit) {
    }

    /** A status column of the adoption matrix and how many regions are in it. */
    public record Column(String status, Text name, long regions) {
    }

    /**
     * The case's replication: its ledger records, the adoption matrix (one row per region, the status columns in
     * workflow.yaml's order), the outcomes, and what the current official may do.
     */
    public record View(String innovation, List<InnovationRecord> records, List<Column> columns, List<Landing> landings,
                       List<Measured> outcomes, Integer platformBatch, boolean mayAnnounce, boolean mayAnnounceNationally,
                       String defaultRegion, List<Map<String, Object>> regions) {
    }

    public View view(String caseId) {
        Innovation c = cases.get(caseId);
        Workflow w = replication.workflow();
        LocalDate today = replication.today();
        List<InnovationRecord> records = ledger.recordsOf(c.id());
        List<Landing> landings = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (InnovationRecord r : records) {
            for (ReplicationTask t : replication.store().tasks(null, null, r.id())) {
                Text region = replication.regions().name(t.region());
                List<Measured> outcomes = new ArrayList<>();
                for (Outcome o : replication.store().outcomes(t.id())) {
                    outcomes.add(new Measured(t.region(), region, o.quantity(), o.unit(), o.before(), o.after(), o.note(), t.landedOn(),
                            han(o.quantity()), han(o.unit())));
                }
                measured.addAll(outcomes);
                landings.add(new Landing(t.region(), region, t.id(), r.id(), t.status(), w.task().name(t.status()),
                        w.task().isIn(t.status(), StateMachine.LANDED), w.overdue(t, today), t.deadline(), t.landedOn(), t.synthetic(),
                        outcomes));
            }
        }
        landings.sort((a, b) -> a.region().compareTo(b.region()));
        List<Column> columns = w.task().ids().stream().map(s -> new Column(s, w.task().name(s),
                landings.stream().filter(l -> l.status().equals(s)).count())).toList();
        Optional<Official> me = CurrentOfficial.get();
        boolean may = me.isPresent() && w.announcement("regions").roles().contains(me.get().role());
        boolean national = me.isPresent() && w.announcement("national").roles().contains(me.get().role());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (String id : replication.regions().ids()) {
            if (me.isPresent() && me.get().coversRegion(id)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", id);
                m.put("name", replication.regions().name(id));
                regions.add(m);
            }
        }
        return new View(c.id(), records, columns, landings, measured, batches.batchOf(c.id()).orElse(null), may, national,
                me.map(Official::province).orElse(null), regions);
    }

    /** Officials type quantities and units in either language; Chinese text is marked as such on English pages. */
    private static boolean han(String s) {
        return s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** What an announcement from the case page created: the case's ledger record and the announcement. */
    public record Announced(InnovationRecord record, Announcement announcement) {
    }

    /**
     * Announces replication of a library case through the replication package's flow, on the case's ledger record (found,
     * created or promoted by {@link LibraryLedger}); the record and the announcement commit together or not at all.
     */
    public Announced announce(Official who, String caseId, BatchRequests.Replicate r) {
        if (r == null) {
            throw new BadRequestException("scope", "a body is required");
        }
        String scope = org.ftzobservatory.kernel.RequestFields.requiredText("scope", r.scope());
        if (!scope.equals("national") && !scope.equals("regions")) {
            throw new BadRequestException("scope", "must be national or regions");
        }
        if (scope.equals("regions") && (r.regions() == null || r.regions().isEmpty())) {
            throw new BadRequestException("regions", "name at least one region for a regional replication");
        }
        Innovation c = cases.get(caseId);
        Integer batch = c.batch() != null ? Integer.valueOf(c.batch().number()) : batches.batchOf(c.id()).orElse(null);
        return tx.execute(s -> {
            InnovationRecord record = ledger.readyFor(who, c, scope, batch, "replication announced from the case library");
            Announcement a = replication.announce(who, record.id(), new Requests.Announce(scope, r.regions(), r.documentNo()));
            return new Announced(replication.store().record(record.id()).orElseThrow(), a);
        });
    }
}
