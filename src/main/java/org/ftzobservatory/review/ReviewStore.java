package org.ftzobservatory.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The review queue's tables, with bind parameters only; JSON values go in and out as maps. */
@Repository
public class ReviewStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final String DOCUMENT_COLUMNS = """
            d.id, d.file_name, d.sha256, d.chars, d.ingested_by, d.ingested_at,
            (select count(*) from fact_candidate c where c.document_id = d.id) as candidates,
            (select count(*) from fact_candidate c where c.document_id = d.id and c.status = 'pending') as pending""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ObjectMapper json;

    public ReviewStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    // ---- documents

    public Optional<IngestedDocument> documentBySha(String sha256) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from ingested_document d where d.sha256 = :sha").param("sha", sha256)
                .query(ReviewStore::document).optional();
    }

    public Optional<IngestedDocument> document(long id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from ingested_document d where d.id = :id").param("id", id)
                .query(ReviewStore::document).optional();
    }

    public List<IngestedDocument> documents() {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from ingested_document d order by d.id desc").query(ReviewStore::document).list();
    }

    public String original(long documentId) {
        return jdbc.sql("select original from ingested_document where id = :id").param("id", documentId).query(String.class).single();
    }

    /** Inserts the document unless one with the same hash exists; the id of the new row, or empty when it existed. */
    Optional<Long> insertDocument(String fileName, String sha256, String original, String by) {
        return jdbc.sql("""
                        insert into ingested_document (file_name, sha256, chars, original, ingested_by)
                        values (:name, :sha, :chars, :original, :by) on conflict (sha256) do nothing returning id""")
                .param("name", fileName).param("sha", sha256).param("chars", original.length()).param("original", original)
                .param("by", by).query(Long.class).optional();
    }

    void insertCandidates(long documentId, List<NewCandidate> candidates) {
        template.batchUpdate("""
                        insert into fact_candidate (document_id, type, raw, value, start_at, end_at)
                        values (?, ?, ?, cast(? as jsonb), ?, ?)""", candidates, 500, (ps, c) -> {
            ps.setLong(1, documentId);
            ps.setString(2, c.type());
            ps.setString(3, c.raw());
            ps.setString(4, write(c.value()));
            ps.setInt(5, c.start());
            ps.setInt(6, c.end());
        });
    }

    // ---- candidates

    public Optional<Candidate> candidate(long id) {
        return jdbc.sql("select * from fact_candidate where id = :id").param("id", id).query(this::row).optional();
    }

    /** The candidates, locked for a decision, in id order (so concurrent bulk decisions cannot deadlock). */
    List<Candidate> lockCandidates(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from fact_candidate where id in (:ids) order by id for update").param("ids", ids)
                .query(this::row).list();
    }

    List<Long> pendingIds(long documentId, String type) {
        return jdbc.sql("""
                        select id from fact_candidate where document_id = :doc and status = 'pending'
                        and (cast(:type as text) is null or type = :type) order by id""")
                .param("doc", documentId).param("type", type).query(Long.class).list();
    }

    /** Candidates of a document, optionally of one type and status, in text order; at most {@code limit}. */
    public List<Candidate> candidates(long documentId, String type, String status, int limit) {
        return jdbc.sql("""
                        select * from fact_candidate where document_id = :doc
                        and (cast(:type as text) is null or type = :type) and (cast(:status as text) is null or status = :status)
                        order by start_at, end_at, id limit :limit""")
                .param("doc", documentId).param("type", type).param("status", status).param("limit", limit)
                .query(this::row).list();
    }

    /** Counts of a document's candidates by type and status. */
    public List<Map<String, Object>> tally(long documentId) {
        return jdbc.sql("select type, status, count(*) as n from fact_candidate where document_id = :doc group by type, status order by type, status")
                .param("doc", documentId).query().listOfRows();
    }

    /** Records a decision if the candidate is still pending at the given version; false when it was not. */
    boolean decide(long id, int version, String status, String by, Map<String, Object> accepted) {
        return jdbc.sql("""
                        update fact_candidate set status = :status, version = version + 1, decided_by = :by, decided_at = now(),
                        accepted = cast(:accepted as jsonb) where id = :id and version = :version and status = 'pending'""")
                .param("status", status).param("by", by).param("accepted", accepted == null ? null : write(accepted))
                .param("id", id).param("version", version).update() == 1;
    }

    // ---- curated facts

    /** A new 文号 becomes a stub; one already stubbed counts one more accepted mention. */
    void upsertStub(String normalized, String issuer, int year, int serial, long documentId, long candidateId, String by) {
        jdbc.sql("""
                        insert into document_stub (doc_number, issuer, year, serial, document_id, candidate_id, created_by)
                        values (:no, :issuer, :year, :serial, :doc, :cand, :by)
                        on conflict (doc_number) do update set mentions = document_stub.mentions + 1, updated_at = now()""")
                .param("no", normalized).param("issuer", issuer).param("year", year).param("serial", serial)
                .param("doc", documentId).param("cand", candidateId).param("by", by).update();
    }

    void insertStatistic(Candidate c, String kind, java.math.BigDecimal value, String unit, String noun, boolean approx, String by) {
        jdbc.sql("""
                        insert into curated_statistic (candidate_id, document_id, kind, value, unit, noun, approx, raw, start_at, end_at, created_by)
                        values (:cand, :doc, :kind, :value, :unit, :noun, :approx, :raw, :start, :end, :by)""")
                .param("cand", c.id()).param("doc", c.documentId()).param("kind", kind).param("value", value).param("unit", unit)
                .param("noun", noun).param("approx", approx).param("raw", c.raw()).param("start", c.start()).param("end", c.end())
                .param("by", by).update();
    }

    void insertDraft(Candidate c, String label, String title, String by) {
        jdbc.sql("""
                        insert into innovation_draft (candidate_id, document_id, label, title_zh, start_at, end_at, created_by)
                        values (:cand, :doc, :label, :title, :start, :end, :by)""")
                .param("cand", c.id()).param("doc", c.documentId()).param("label", label).param("title", title)
                .param("start", c.start()).param("end", c.end()).param("by", by).update();
    }

    public List<Map<String, Object>> stubs() {
        return jdbc.sql("""
                        select s.id, s.doc_number, s.issuer, s.year, s.serial, s.document_id, d.file_name, s.candidate_id, s.mentions,
                               s.created_by, s.created_at,
                               exists (select 1 from document x where x.number = s.doc_number) as in_dataset
                        from document_stub s join ingested_document d on d.id = s.document_id order by s.year desc, s.issuer, s.serial""")
                .query().listOfRows();
    }

    public List<Map<String, Object>> statistics() {
        return jdbc.sql("""
                        select s.id, s.kind, s.value, s.unit, s.noun, s.approx, s.raw, s.document_id, d.file_name, s.candidate_id,
                               s.start_at as start, s.end_at as end, s.created_by, s.created_at
                        from curated_statistic s join ingested_document d on d.id = s.document_id order by s.document_id, s.start_at""")
                .query().listOfRows();
    }

    public List<Map<String, Object>> drafts() {
        return jdbc.sql("""
                        select s.id, s.label, s.title_zh, s.document_id, d.file_name, s.candidate_id, s.start_at as start, s.end_at as end,
                               s.created_by, s.created_at
                        from innovation_draft s join ingested_document d on d.id = s.document_id order by s.document_id, s.start_at""")
                .query().listOfRows();
    }

    /** Accepted dates and zones: they live on the candidate itself. */
    public List<Candidate> otherAccepted() {
        return jdbc.sql("select * from fact_candidate where type in ('date', 'zone') and status in ('accepted', 'edited') order by document_id, start_at")
                .query(this::row).list();
    }

    // ---- audit (the shared append-only table)

    /** The audit events of one object, oldest first. */
    public List<Map<String, Object>> history(String type, long objectId) {
        return jdbc.sql("""
                        select id, at, actor, role, action, from_state, to_state, comment, cast(after as text) as after
                        from audit_event where object_type = :type and object_id = :id order by id""")
                .param("type", type).param("id", String.valueOf(objectId)).query().listOfRows();
    }

    void audit(String actor, String role, String type, long objectId, String action, String from, String to, String comment,
               Map<String, Object> before, Map<String, Object> after) {
        jdbc.sql("""
                        insert into audit_event (actor, role, object_type, object_id, action, from_state, to_state, comment, before, after)
                        values (:actor, :role, :type, :id, :action, :from, :to, :comment, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor).param("role", role).param("type", type).param("id", String.valueOf(objectId))
                .param("action", action).param("from", from).param("to", to).param("comment", comment)
                .param("before", before == null ? null : write(before)).param("after", after == null ? null : write(after)).update();
    }

    String write(Map<String, Object> value) {
        return json.writeValueAsString(value);
    }

    private Map<String, Object> read(String s) {
        return s == null ? null : json.readValue(s, MAP);
    }

    private Candidate row(ResultSet rs, int n) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getLong("document_id"), rs.getString("type"), rs.getString("raw"),
                read(rs.getString("value")), rs.getInt("start_at"), rs.getInt("end_at"), rs.getString("status"), rs.getInt("version"),
                rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class), read(rs.getString("accepted")));
    }

    private static IngestedDocument document(ResultSet rs, int n) throws SQLException {
        return new IngestedDocument(rs.getLong("id"), rs.getString("file_name"), rs.getString("sha256"), rs.getInt("chars"),
                rs.getString("ingested_by"), rs.getObject("ingested_at", OffsetDateTime.class), rs.getInt("candidates"),
                rs.getInt("pending"));
    }

    static List<Long> copy(List<Long> ids) {
        return new ArrayList<>(ids);
    }
}
