package org.ftzobservatory.review;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ftzobservatory.extraction.Extraction;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.statistics.PublishedStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review queue: documents in, candidates out, curators' decisions recorded and turned into curated facts.
 * <p>
 * Who: any signed-in official may ingest and decide (the queue holds national reference facts, not a zone's own work, so
 * no scope applies); every decision names its official in the audit log. A decision is final: a decided candidate is
 * never decided again (409), so each candidate gives at most one curated fact and one audit event.
 */
@Service
public class ReviewService {

    public static final String CANDIDATE = "fact_candidate";
    public static final String DOCUMENT = "ingested_document";
    static final int MAX_BULK = 5000;

    private final ReviewStore store;
    private final ReviewIngestion ingestion;
    private final TransactionTemplate tx;
    private final Publication publication;

    public ReviewService(ReviewStore store, ReviewIngestion ingestion, TransactionTemplate tx, Publication publication) {
        this.store = store;
        this.ingestion = ingestion;
        this.tx = tx;
        this.publication = publication;
    }

    public Publication publication() {
        return publication;
    }

    public ReviewStore store() {
        return store;
    }

    public ReviewIngestion ingestion() {
        return ingestion;
    }

    /**
     * Ingests a document: the same bytes again give back the document already queued, extracting nothing. Otherwise the
     * text is read and extracted within the limits, then the document, its candidates and the audit event are written
     * in one transaction (a rejected document writes nothing).
     */
    public IngestResult ingest(byte[] bytes, String fileName, String actor, String role, Consumer<String> progress) {
        String name = fileName(fileName);
        ingestion.checkSize(bytes.length);
        String sha = sha256(bytes);
        Optional<IngestedDocument> existing = store.documentBySha(sha);
        if (existing.isPresent()) {
            progress.accept("already ingested as document " + existing.get().id() + "; nothing added");
            return new IngestResult(existing.get(), existing.get().candidates(), true);
        }
        Extraction x = ingestion.extract(bytes, name, progress);
        List<NewCandidate> candidates = NewCandidate.of(x);
        progress.accept("storing " + candidates.size() + " candidates");
        return tx.execute(s -> {
            Optional<Long> id = store.insertDocument(name, sha, x.original(), actor);
            if (id.isEmpty()) {
                // Someone ingested the same bytes at the same moment: theirs stands.
                IngestedDocument d = store.documentBySha(sha).orElseThrow();
                return new IngestResult(d, d.candidates(), true);
            }
            store.insertCandidates(id.get(), candidates);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file_name", name);
            after.put("sha256", sha);
            after.put("chars", x.original().length());
            after.put("candidates", candidates.size());
            store.audit(actor, role, DOCUMENT, id.get(), "ingest", null, "ingested", null, null, after);
            IngestedDocument d = store.document(id.get()).orElseThrow();
            return new IngestResult(d, candidates.size(), false);
        });
    }

    public IngestedDocument document(long id) {
        return store.document(id).orElseThrow(() -> new NotFoundException("document", String.valueOf(id)));
    }

    public Candidate candidate(long id) {
        return store.candidate(id).orElseThrow(() -> new NotFoundException("candidate", String.valueOf(id)));
    }

    /** One decision on one candidate, at the version the curator read. */
    public Candidate decide(Official me, long id, Decision.One d) {
        if (d == null) {
            throw new BadRequestException("body", "send a JSON object with action, version and, for edit, value");
        }
        String action = action(d.action(), true);
        if (d.version() == null) {
            throw new BadRequestException("version", "is required: the version of the candidate you read");
        }
        String comment = comment(d.comment());
        return tx.execute(s -> {
            List<Candidate> locked = store.lockCandidates(List.of(id));
            if (locked.isEmpty()) {
                throw new NotFoundException("candidate", String.valueOf(id));
            }
            Candidate c = locked.get(0);
            if (!c.pending()) {
                throw alreadyDecided(List.of(c));
            }
            if (c.version() != d.version()) {
                throw ConflictException.stale("candidate " + id, d.version(), c.version());
            }
            apply(me, c, action, action.equals("edit") ? ValueEdits.apply(c.type(), c.value(), d.value()) : null, comment,
                    new PublishedStatistics.Placement(d.indicator(), d.zone(), d.year()));
            return store.candidate(id).orElseThrow();
        });
    }

    /** Accepts or rejects many pending candidates at once, all or nothing; each is audited on its own. */
    public Decision.BulkResult decideAll(Official me, Decision.Bulk b) {
        if (b == null) {
            throw new BadRequestException("body", "send a JSON object with action and ids (or document_id and type)");
        }
        String action = action(b.action(), false);
        String comment = comment(b.comment());
        if (b.type() != null && !FactTypes.TYPES.contains(b.type())) {
            throw new BadRequestException("type", "must be one of " + String.join(", ", FactTypes.TYPES));
        }
        boolean byIds = b.ids() != null;
        if (byIds == (b.documentId() != null)) {
            throw new BadRequestException("ids", "give either ids, or document_id (with an optional type)");
        }
        if (byIds && (b.ids().isEmpty() || b.ids().size() > MAX_BULK || b.ids().stream().anyMatch(i -> i == null))) {
            throw new BadRequestException("ids", "give 1-" + MAX_BULK + " candidate ids");
        }
        if (byIds && b.type() != null) {
            throw new BadRequestException("type", "filters a document's pending candidates; with ids, leave it out");
        }
        return tx.execute(s -> {
            List<Long> ids;
            if (byIds) {
                ids = b.ids().stream().distinct().sorted().toList();
            } else {
                document(b.documentId());
                ids = store.pendingIds(b.documentId(), b.type());
            }
            List<Candidate> locked = store.lockCandidates(ids);
            if (locked.size() != ids.size()) {
                List<Long> found = locked.stream().map(Candidate::id).toList();
                throw new NotFoundException("candidate", ids.stream().filter(i -> !found.contains(i)).findFirst().map(String::valueOf).orElse("?"));
            }
            List<Candidate> decided = locked.stream().filter(c -> !c.pending()).toList();
            if (!decided.isEmpty()) {
                throw alreadyDecided(decided);
            }
            for (Candidate c : locked) {
                apply(me, c, action, null, comment, null);
            }
            return new Decision.BulkResult(action, locked.size(), ids);
        });
    }

    /**
     * Records the decision, makes the curated fact, publishes it (a 文号; a figure the curator placed) and writes the
     * audit events; inside the caller's transaction, so a refused publication undoes the decision too.
     */
    private void apply(Official me, Candidate c, String action, Map<String, Object> edited, String comment,
                       PublishedStatistics.Placement placement) {
        String status = FactTypes.statusAfter(action);
        Map<String, Object> accepted = switch (action) {
            case "accept" -> c.value();
            case "edit" -> edited;
            default -> null;
        };
        if (!store.decide(c.id(), c.version(), status, me.name(), accepted)) {
            throw ConflictException.stale("candidate " + c.id(), c.version(), c.version() + 1);
        }
        if (accepted != null) {
            curate(me, c, accepted);
            publication.accepted(me, c, accepted, placement);
        }
        store.audit(me.name(), me.role().name(), CANDIDATE, c.id(), action, c.status(), status, comment, c.value(), accepted);
    }

    /** Accepted facts become curated rows: 文号 → document stub, numbers → curated statistic, case box → innovation draft. */
    private void curate(Official me, Candidate c, Map<String, Object> v) {
        switch (c.type()) {
            case "doc_number" -> store.upsertStub(String.valueOf(v.get("normalized")), String.valueOf(v.get("issuer")),
                    ((Number) v.get("year")).intValue(), ((Number) v.get("serial")).intValue(), c.documentId(), c.id(), me.name());
            case "amount" -> store.insertStatistic(c, "amount", number(v), String.valueOf(v.get("currency")), null, approx(v), me.name());
            case "percent" -> store.insertStatistic(c, "percent", number(v), String.valueOf(v.get("unit")), null, approx(v), me.name());
            case "count" -> store.insertStatistic(c, "count", number(v), String.valueOf(v.get("unit")),
                    v.get("noun") == null ? null : String.valueOf(v.get("noun")), approx(v), me.name());
            case "case_box" -> store.insertDraft(c, String.valueOf(v.get("label")), title(v, c), me.name());
            default -> {
                // dates and zones stay on the candidate as its accepted value
            }
        }
    }

    private static String title(Map<String, Object> v, Candidate c) {
        Object t = v.get("title");
        return t == null || String.valueOf(t).isBlank() ? c.raw() : String.valueOf(t);
    }

    private static BigDecimal number(Map<String, Object> v) {
        return ValueEdits.number(v.get("value"));
    }

    private static boolean approx(Map<String, Object> v) {
        return Boolean.TRUE.equals(v.get("approx"));
    }

    private static ConflictException alreadyDecided(List<Candidate> decided) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Candidate c : decided.subList(0, Math.min(20, decided.size()))) {
            list.add(Map.of("id", c.id(), "status", c.status(), "decided_by", c.decidedBy()));
        }
        Candidate first = decided.get(0);
        return new ConflictException((decided.size() == 1 ? "candidate " + first.id() + " was already " + first.status() + " by "
                + first.decidedBy() : decided.size() + " of the candidates were already decided, e.g. " + first.id() + " (" + first.status()
                + ")") + "; a decision is final and nothing was changed", Map.of("decided", list));
    }

    private static String action(String action, boolean editAllowed) {
        if (action == null || !FactTypes.ACTIONS.contains(action)) {
            throw new BadRequestException("action", "must be accept, edit or reject");
        }
        if (!editAllowed && action.equals("edit")) {
            throw new BadRequestException("action", "a bulk decision is accept or reject; edit one candidate at a time");
        }
        return action;
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.length() > 2000) {
            throw new BadRequestException("comment", "at most 2000 characters");
        }
        return comment.trim();
    }

    static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new BadRequestException("file", "the file needs a name, e.g. notice.pdf");
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty() || n.length() > 255 || n.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("file", "the file name must be 1-255 printable characters");
        }
        return n;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
