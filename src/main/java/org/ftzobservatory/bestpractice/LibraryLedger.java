package org.ftzobservatory.bestpractice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.replication.InnovationRecord;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.replication.ReplicationStore;
import org.ftzobservatory.replication.Requests;
import org.ftzobservatory.replication.Workflow;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Where a library case meets the replication ledger. The announcement and task flow works on ledger records, so a case
 * that is to be replicated needs one: this class is the one place here that asks for a case's record (the replication
 * package's link, {@code ReplicationStore.recordForCase}), finds it, and creates it — selected at the level the official may select at — when
 * the case has none. Everything after that is the replication package's own flow.
 */
@Component
public class LibraryLedger {

    static final String RECORD = "innovation_record";

    private final ReplicationService replication;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    public LibraryLedger(ReplicationService replication, JdbcClient jdbc, TransactionTemplate tx, ObjectMapper json) {
        this.replication = replication;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    /** The ledger record that follows this case, if any: the replication package's record ↔ case link. */
    public Optional<InnovationRecord> recordOf(String caseId) {
        return replication.store().recordForCase(caseId);
    }

    /** Every ledger record that refers to this case, oldest first. */
    public List<InnovationRecord> recordsOf(String caseId) {
        return jdbc.sql("select id from innovation_record where library_id = :id order by id").param("id", caseId).query(Long.class)
                .list().stream().map(id -> replication.store().record(id).orElseThrow()).toList();
    }

    /**
     * The case's record, ready for an announcement at {@code scope}: selected at a level the scope accepts (and in
     * {@code batch} when given). A case without a record gets one, selected at the highest level the official may select
     * at for this scope; a record selected too low is promoted through the workflow's own move (who may promote is
     * workflow.yaml's business). Runs in the caller's transaction when there is one; audited like every ledger write.
     */
    public InnovationRecord readyFor(Official who, Innovation c, String scope, Integer batch, String comment) {
        Workflow w = replication.workflow();
        Workflow.Announcement rule = w.announcement(scope);
        if (!rule.roles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not announce " + scope + " replication");
        }
        Optional<InnovationRecord> existing = recordOf(c.id());
        String selected = w.selectedState();
        if (existing.isPresent()) {
            InnovationRecord r = existing.get();
            if (!r.state().equals(selected)) {
                throw new ConflictException("the case's ledger record " + r.id() + " is " + r.state() + "; it is replicated once selected",
                        Map.of("record_id", r.id(), "state", r.state()));
            }
            boolean levelOk = rule.requiresLevel().contains(r.level());
            boolean batchOk = batch == null || batch.equals(r.batchNo());
            if (levelOk && batchOk) {
                return r;
            }
            Workflow.Level level = levelFor(w, who.role(), scope, batch != null ? batch : r.batchNo());
            return replication.move(who, r.id(), new Requests.Move(selected, r.version(), comment, level.id(),
                    level.requiresBatch() ? (batch != null ? batch : r.batchNo()) : null, null));
        }
        Workflow.Level level = levelFor(w, who.role(), scope, batch);
        String zone = c.zones().stream().filter(replication.regions()::isZone).findFirst()
                .orElseThrow(() -> new ConflictException("case " + c.id() + " names no FTZ the ledger knows", Map.of("case", c.id())));
        return tx.execute(s -> {
            ReplicationStore store = replication.store();
            long id = store.insertRecord(zone, c.title().zh(), c.title().en(), c.domain(), c.summary().zh(), c.summary().en(), c.id(),
                    selected, false, who.name());
            store.moveRecord(id, 0, selected, level.id(), level.requiresBatch() ? batch : null);
            InnovationRecord created = store.record(id).orElseThrow();
            store.audit(who.name(), who.role().name(), RECORD, String.valueOf(id), "create", null, selected, comment, null,
                    json.writeValueAsString(created));
            return created;
        });
    }

    /**
     * The highest level (levels are listed lowest first) the scope accepts and the role may select at; a level that needs a
     * batch only when the case is in one.
     */
    static Workflow.Level levelFor(Workflow w, Role role, String scope, Integer batch) {
        Workflow.Level best = null;
        for (Workflow.Level l : w.levels()) {
            if (w.announcement(scope).requiresLevel().contains(l.id()) && l.roles().contains(role) && (!l.requiresBatch() || batch != null)) {
                best = l;
            }
        }
        if (best == null) {
            throw new ConflictException("a " + scope + " replication of a library case needs a selection at level "
                    + w.announcement(scope).requiresLevel() + (scope.equals("national") ? ": add the case to a best-practice batch and publish it" : ""),
                    Map.of("scope", scope, "required_levels", List.copyOf(w.announcement(scope).requiresLevel())));
        }
        return best;
    }
}
