package org.ftzobservatory.bestpractice;

import static org.ftzobservatory.kernel.RequestFields.date;
import static org.ftzobservatory.kernel.RequestFields.optional;
import static org.ftzobservatory.kernel.RequestFields.requiredText;
import static org.ftzobservatory.kernel.RequestFields.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.InvalidDocumentNumberException;
import org.ftzobservatory.innovations.BestPracticeBatch;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.InnovationService;
import org.ftzobservatory.innovations.MadeBatches;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.replication.Announcement;
import org.ftzobservatory.replication.InnovationRecord;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.replication.ReplicationTask;
import org.ftzobservatory.replication.Requests;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Best-practice batches made on the platform: open (draft), add and remove library cases, publish, correct. Every write
 * checks the input (400 naming the field), the batch exists (404), the role per data/best-practices/workflow.yaml (403),
 * the state (409) and the version read (409 stale), then writes the change and its audit event in one transaction.
 * Publishing runs the replication package's own flow inside that transaction: each case's ledger record selected at
 * national level in this batch, a national announcement, and a task per region — all of it or nothing.
 */
@Service
public class BatchService implements MadeBatches {

    static final String BATCH = "best_practice_batch";

    private final BatchStore store;
    private final BatchRules rules;
    private final InnovationService cases;
    private final ReplicationService replication;
    private final LibraryLedger ledger;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ObjectMapper json;

    public BatchService(BatchStore store, FtzPaths paths, InnovationService cases, ReplicationService replication, LibraryLedger ledger,
                        AuditLog audit, TransactionTemplate tx, ObjectMapper json) {
        this.store = store;
        this.rules = BatchRules.load(paths.dataDir().resolve("best-practices/workflow.yaml"));
        this.cases = cases;
        this.replication = replication;
        this.ledger = ledger;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
    }

    public BatchRules rules() {
        return rules;
    }

    /** What one publication created for one case. */
    public record Published(int item, String innovation, long recordId, long announcementId, List<Long> taskIds) {
    }

    public record Publication(BestPracticeBatch batch, List<Published> announcements) {
    }

    // ---- writes

    public BestPracticeBatch open(Official who, BatchRequests.Open o) {
        if (o == null) {
            throw new BadRequestException("number", "a body is required");
        }
        if (o.number() == null || o.number() < 1) {
            throw new BadRequestException("number", "is required: the batch number, a whole number from 1");
        }
        LocalDate issued = date("issued", requiredText("issued", o.issued()));
        String doc = documentNo("document_no", o.documentNo());
        String zh = optional("summary_zh", o.summaryZh());
        String en = optional("summary_en", o.summaryEn());
        if (!rules.editRoles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not open a best-practice batch");
        }
        int n = o.number();
        if (store.inReport(n)) {
            throw new ConflictException("batch " + n + " is the report's; it is not made here", Map.of("number", n));
        }
        return tx.execute(s -> {
            if (store.exists(n)) {
                throw new ConflictException("batch " + n + " is already open", Map.of("number", n));
            }
            store.insert(n, issued, doc, zh, en, rules.machine().initial(), who.name());
            BestPracticeBatch created = batch(n);
            record(who, n, "create", null, created.platform().state(), null, null, created);
            return created;
        });
    }

    public BestPracticeBatch addCase(Official who, int number, BatchRequests.AddCase a) {
        if (a == null) {
            throw new BadRequestException("innovation", "a body is required");
        }
        String id = requiredText("innovation", a.innovation());
        int version = version(a.version());
        String itemTitle = optional("title_zh", a.titleZh());
        Innovation c = caseOf("innovation", id);
        BatchStore.Row row = draftFor(who, number, "add cases to");
        return tx.execute(s -> {
            BatchStore.Row locked = current(number, version);
            Optional<Integer> in = store.batchOf(c.id());
            if (in.isPresent()) {
                throw new ConflictException("case " + c.id() + " is already in best-practice batch " + in.get(),
                        Map.of("innovation", c.id(), "batch", in.get()));
            }
            ledger.recordOf(c.id()).filter(r -> !r.state().equals(replication.workflow().selectedState())).ifPresent(r -> {
                throw new ConflictException("the case's ledger record " + r.id() + " is " + r.state() + "; a batch takes selected cases",
                        Map.of("record_id", r.id(), "state", r.state()));
            });
            BestPracticeBatch before = batch(number);
            int item = store.nextItem(number);
            store.insertCase(number, item, c.id(), itemTitle != null ? itemTitle : c.title().zh(), who.name());
            store.touch(number);
            BestPracticeBatch after = batch(number);
            record(who, number, "add_case", locked.state(), locked.state(), c.id(), before, after);
            return after;
        });
    }

    public BestPracticeBatch removeCase(Official who, int number, int item, Integer version) {
        int v = version(version);
        draftFor(who, number, "remove cases from");
        return tx.execute(s -> {
            BatchStore.Row locked = current(number, v);
            BestPracticeBatch before = batch(number);
            if (!store.deleteCase(number, item)) {
                throw new NotFoundException("case of batch " + number, String.valueOf(item));
            }
            store.touch(number);
            BestPracticeBatch after = batch(number);
            record(who, number, "remove_case", locked.state(), locked.state(), "item " + item, before, after);
            return after;
        });
    }

    public Publication publish(Official who, int number, BatchRequests.Publish p) {
        if (p == null) {
            throw new BadRequestException("version", "a body is required");
        }
        int version = version(p.version());
        LocalDate deadline = date("deadline", requiredText("deadline", p.deadline()));
        if (deadline.isBefore(replication.today())) {
            throw new BadRequestException("deadline", "is in the past (" + deadline + "; today is " + replication.today() + ")");
        }
        String unit = text("responsible_unit", requiredText("responsible_unit", p.responsibleUnit()));
        String owner = text("owner", requiredText("owner", p.owner()));
        String output = text("output_form", requiredText("output_form", p.outputForm()));
        String doc = documentNo("document_no", p.documentNo());
        BatchStore.Row row = store.row(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
        String to = rules.publishedState();
        var move = rules.machine().move(row.state(), to);
        if (move.isEmpty()) {
            throw ConflictException.illegalMove(row.state(), to, rules.machine().next(row.state(), who.role()));
        }
        if (!move.get().roles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not publish a best-practice batch");
        }
        return tx.execute(s -> {
            BatchStore.Row locked = current(number, version);
            if (!rules.isDraft(locked.state())) {
                throw ConflictException.illegalMove(locked.state(), to, rules.machine().next(locked.state(), who.role()));
            }
            List<BatchStore.CaseRow> items = store.cases(number);
            if (items.isEmpty()) {
                throw new ConflictException("batch " + number + " has no case to publish", Map.of("number", number));
            }
            BestPracticeBatch before = batch(number);
            if (doc != null && locked.documentNo() == null) {
                store.correct(number, locked.version(), "document_no", doc);
            }
            String docNo = doc != null ? doc : locked.documentNo();
            if (!store.publish(number, store.row(number).orElseThrow().version(), to, who.name())) {
                throw ConflictException.stale("best-practice batch " + number, version, store.row(number).map(BatchStore.Row::version).orElse(-1));
            }
            String comment = "best-practice batch " + number;
            List<Published> out = new ArrayList<>();
            for (BatchStore.CaseRow c : items) {
                Innovation innovation = cases.get(c.innovationId());
                InnovationRecord r = ledger.readyFor(who, innovation, "national", number, comment);
                Announcement a = replication.announce(who, r.id(), new Requests.Announce("national", null, docNo));
                List<Long> tasks = new ArrayList<>();
                for (String region : a.regions()) {
                    ReplicationTask t = replication.createTask(who, a.id(), new Requests.NewTask(region, unit, c.itemTitle(),
                            deadline.toString(), null, owner, output));
                    tasks.add(t.id());
                }
                out.add(new Published(c.item(), c.innovationId(), r.id(), a.id(), tasks));
            }
            BestPracticeBatch after = batch(number);
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("batch", after);
            created.put("announcements", out);
            record(who, number, "publish", locked.state(), to, null, before, created);
            return new Publication(after, out);
        });
    }

    public BestPracticeBatch correct(Official who, int number, BatchRequests.Correct c) {
        if (c == null) {
            throw new BadRequestException("field", "a body is required");
        }
        int version = version(c.version());
        String field = requiredText("field", c.field());
        BatchRules.Field f = rules.field(field).orElseThrow(() -> new BadRequestException("field", "'" + field
                + "' cannot be corrected (fields: " + rules.correctable().stream().map(BatchRules.Field::id).toList() + ")"));
        String reason = text("reason", requiredText("reason", c.reason()));
        String value = switch (f.id()) {
            case "document_no" -> documentNo("value", requiredText("value", c.value()));
            case "issued" -> date("value", requiredText("value", c.value())).toString();
            default -> optional("value", c.value());
        };
        BatchStore.Row row = store.row(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
        if (!rules.correctRoles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not correct a best-practice batch");
        }
        if (rules.isDraft(row.state())) {
            throw new ConflictException("batch " + number + " is a draft: corrections are for published batches", Map.of("state", row.state()));
        }
        return tx.execute(s -> {
            BatchStore.Row locked = current(number, version);
            String old = switch (f.id()) {
                case "document_no" -> locked.documentNo();
                case "issued" -> locked.issued().toString();
                case "summary_zh" -> locked.summary().zh();
                default -> locked.summary().en();
            };
            BestPracticeBatch before = batch(number);
            store.correct(number, version, f.id(), value);
            store.insertCorrection(number, f.id(), old, value, reason, who.name());
            BestPracticeBatch after = batch(number);
            record(who, number, "correct", locked.state(), locked.state(), f.id() + ": " + reason, before, after);
            return after;
        });
    }

    // ---- reads

    /** A platform batch as the library shows it (drafts included). */
    public BestPracticeBatch batch(int number) {
        BatchStore.Row r = store.row(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
        return view(r);
    }

    @Override
    public List<BestPracticeBatch> visible() {
        boolean official = CurrentOfficial.get().isPresent();
        return store.rows().stream().filter(r -> official || !rules.isDraft(r.state())).map(this::view).toList();
    }

    @Override
    public Optional<BestPracticeBatch> visible(int number) {
        boolean official = CurrentOfficial.get().isPresent();
        return store.row(number).filter(r -> official || !rules.isDraft(r.state())).map(this::view);
    }

    private BestPracticeBatch view(BatchStore.Row r) {
        List<BestPracticeBatch.Correction> corrections = store.corrections(r.number()).stream()
                .map(c -> new BestPracticeBatch.Correction(c.field(), rules.field(c.field()).map(BatchRules.Field::name).orElse(new Text(c.field(), c.field())),
                        c.before(), c.after(), c.reason(), c.by(), c.at())).toList();
        BestPracticeBatch.Platform platform = new BestPracticeBatch.Platform(r.state(), rules.machine().name(r.state()),
                rules.isDraft(r.state()), r.version(), r.openedBy(), r.openedAt(), r.publishedBy(), r.publishedAt(), corrections);
        return new BestPracticeBatch(r.number(), r.issued().toString(), store.documentId(r.documentNo()).orElse(null), r.documentNo(), null,
                r.summary(), new Text(null, null), null, store.cases(r.number()).stream().map(BatchStore::asCase).toList(), platform);
    }

    // ---- helpers

    private BatchStore.Row draftFor(Official who, int number, String what) {
        BatchStore.Row row = store.row(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
        if (!rules.editRoles().contains(who.role())) {
            throw new ForbiddenException("a " + who.role() + " may not " + what + " a best-practice batch");
        }
        if (!rules.isDraft(row.state())) {
            throw new ConflictException("batch " + number + " is " + row.state() + ": its cases no longer change (corrections only)",
                    Map.of("state", row.state()));
        }
        return row;
    }

    /** The batch locked for this transaction, at the version the caller read and still a draft where that matters. */
    private BatchStore.Row current(int number, int version) {
        BatchStore.Row locked = store.lock(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
        if (locked.version() != version) {
            throw ConflictException.stale("best-practice batch " + number, version, locked.version());
        }
        return locked;
    }

    private Innovation caseOf(String field, String id) {
        try {
            return cases.get(id);
        } catch (NotFoundException e) {
            throw new BadRequestException(field, "no case '" + id + "' in the library");
        }
    }

    private void record(Official who, int number, String action, String from, String to, String comment, Object before, Object after) {
        audit.append(List.of(new AuditLog.Event(who, BATCH, String.valueOf(number), action, from, to, comment,
                before == null ? null : json.writeValueAsString(before), after == null ? null : json.writeValueAsString(after))));
    }

    private static String documentNo(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DocumentNumber.parse(value.trim()).normalized();
        } catch (InvalidDocumentNumberException e) {
            throw new BadRequestException(field, e.getMessage());
        }
    }

    private static int version(Integer v) {
        if (v == null || v < 0) {
            throw new BadRequestException("version", "is required: the version you read (optimistic locking)");
        }
        return v;
    }




}
