package org.ftzobservatory.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.innovations.CaseOrigin;
import org.ftzobservatory.innovations.CasePublisher;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.NewCase;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.Official;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An accepted case box (an {@code innovation_draft}) becomes a library case (issue 13 §2): a signed-in official completes
 * it — zones, domain, tags, summaries in zh and en, figures — and publishes it through {@link CasePublisher} (id
 * {@code review-DRAFT}, source: the ingested document and the span of the box). The draft then names its case; the step
 * is audited on the draft as well as on the case.
 */
@Service
public class DraftCases {

    static final String DRAFT = "innovation_draft";

    /** A draft as the completion page shows it: where it was found, and its case once published. */
    public record Draft(long id, String label, String titleZh, long documentId, String fileName, String sha256, int start, int end,
                        String createdBy, String caseId) {
    }

    private final JdbcClient jdbc;
    private final ReviewStore store;
    private final CasePublisher publisher;
    private final TransactionTemplate tx;

    public DraftCases(JdbcClient jdbc, ReviewStore store, CasePublisher publisher, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.store = store;
        this.publisher = publisher;
        this.tx = tx;
    }

    public Draft draft(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("innovation draft", String.valueOf(id)));
    }

    private Optional<Draft> find(long id) {
        return jdbc.sql("""
                        select s.id, s.label, s.title_zh, s.document_id, d.file_name, d.sha256, s.start_at, s.end_at, s.created_by, s.case_id
                        from innovation_draft s join ingested_document d on d.id = s.document_id where s.id = :id""")
                .param("id", id).query((rs, n) -> new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10))).optional();
    }

    /** What the draft already says: the box's title; the rest is the official's to write (summaries in their own words). */
    public NewCase start(Draft d) {
        return new NewCase(d.titleZh(), null, List.of(), null, List.of(), null, null, null, List.of());
    }

    /** The text of the case box, for the official to read while completing it. */
    public String boxText(Draft d) {
        return jdbc.sql("select substr(original, :from, :len) from ingested_document where id = :id").param("from", d.start() + 1)
                .param("len", d.end() - d.start()).param("id", d.documentId()).query(String.class).single();
    }

    /** 400 (every bad field), 404, 403 (data/case-publishing.yaml, scope over the zones), 409 (already published). */
    public Innovation publish(Official who, long draftId, NewCase c) {
        if (c == null) {
            throw new BadRequestException("body", "is required: the completed case");
        }
        publisher.validate(c);
        Draft d = draft(draftId);
        publisher.authorise(who, c);
        if (d.caseId() != null) {
            throw new ConflictException("draft " + draftId + " is already published as case " + d.caseId(), Map.of("innovation_id", d.caseId()));
        }
        String caseId = CaseOrigin.caseId(CaseOrigin.REVIEW, draftId);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("draft", d.id());
        provenance.put("label", d.label());
        provenance.put("document", d.documentId());
        provenance.put("file_name", d.fileName());
        provenance.put("sha256", d.sha256());
        provenance.put("start", d.start());
        provenance.put("end", d.end());
        provenance.put("accepted_by", d.createdBy());
        return tx.execute(s -> {
            Innovation published = publisher.publish(who, caseId, c, CaseOrigin.review(d.documentId(), d.start(), d.end(), provenance));
            if (jdbc.sql("update innovation_draft set case_id = :case where id = :id and case_id is null").param("case", caseId)
                    .param("id", draftId).update() != 1) {
                throw new ConflictException("draft " + draftId + " was published meanwhile", Map.of());
            }
            store.audit(who.name(), who.role().name(), DRAFT, draftId, "publish", "draft", "published", caseId, null, Map.of("case_id", caseId));
            return published;
        });
    }
}
