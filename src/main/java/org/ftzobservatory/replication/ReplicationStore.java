package org.ftzobservatory.replication;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Innovation records, evaluations, announcements, tasks and the audit log, with bind parameters only. */
@Repository
public class ReplicationStore {

    private final JdbcClient jdbc;

    public ReplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- innovation records

    public long insertRecord(String zone, String titleZh, String titleEn, String domain, String summaryZh, String summaryEn,
                             String libraryId, String state, boolean synthetic, String by) {
        return jdbc.sql("""
                        insert into innovation_record (zone, title_zh, title_en, domain, summary_zh, summary_en, library_id, state,
                                                       synthetic, created_by)
                        values (:zone, :titleZh, :titleEn, :domain, :summaryZh, :summaryEn, :libraryId, :state, :synthetic, :by)
                        returning id""")
                .param("zone", zone).param("titleZh", titleZh).param("titleEn", titleEn).param("domain", domain)
                .param("summaryZh", summaryZh).param("summaryEn", summaryEn).param("libraryId", libraryId).param("state", state)
                .param("synthetic", synthetic).param("by", by).query(Long.class).single();
    }

    public Optional<InnovationRecord> record(long id) {
        return jdbc.sql("select * from innovation_record where id = :id").param("id", id).query(ReplicationStore::record).optional();
    }

    public List<InnovationRecord> records(String state, String ftz) {
        return jdbc.sql("""
                        select * from innovation_record
                        where (cast(:state as text) is null or state = :state)
                          and (cast(:ftz as text) is null or zone = :ftz or zone like :ftz || '/%')
                        order by id""").param("state", state).param("ftz", ftz).query(ReplicationStore::record).list();
    }

    /** Links the record to its library case, only if nobody changed it since {@code version}; false means a stale edit. */
    public boolean linkRecord(long id, int version, String libraryId) {
        return jdbc.sql("""
                        update innovation_record set library_id = :lib, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("lib", libraryId).param("id", id).param("version", version).update() == 1;
    }

    /** The record that follows a library case: the most recent one linked to it. */
    public Optional<InnovationRecord> recordForCase(String libraryId) {
        return jdbc.sql("select * from innovation_record where library_id = :lib order by id desc limit 1").param("lib", libraryId)
                .query(ReplicationStore::record).optional();
    }

    /** Whether the case library holds this case id (a record may only name a case that exists). */
    public boolean caseExists(String libraryId) {
        return jdbc.sql("select count(*) from innovation where id = :id").param("id", libraryId).query(Integer.class).single() > 0;
    }

    /** Moves the record only if nobody changed it since {@code version}; false means a stale edit. */
    public boolean moveRecord(long id, int version, String state, String level, Integer batchNo) {
        return jdbc.sql("""
                        update innovation_record set state = :state, level = coalesce(:level, level), batch_no = coalesce(:batch, batch_no),
                               version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("state", state).param("level", level).param("batch", batchNo).param("id", id).param("version", version)
                .update() == 1;
    }

    public long insertEvaluation(long recordId, String landingStatus, Integer satisfaction, String problems, String recommendations,
                                 String evaluator) {
        return jdbc.sql("""
                        insert into evaluation_record (record_id, landing_status, satisfaction, problems, recommendations, evaluator)
                        values (:record, :landing, :satisfaction, :problems, :recommendations, :evaluator) returning id""")
                .param("record", recordId).param("landing", landingStatus).param("satisfaction", satisfaction)
                .param("problems", problems).param("recommendations", recommendations).param("evaluator", evaluator)
                .query(Long.class).single();
    }

    public List<Evaluation> evaluations(long recordId) {
        return jdbc.sql("select * from evaluation_record where record_id = :id order by id").param("id", recordId)
                .query((rs, n) -> new Evaluation(rs.getLong("id"), rs.getLong("record_id"), rs.getString("landing_status"),
                        (Integer) rs.getObject("satisfaction"), rs.getString("problems"), rs.getString("recommendations"),
                        rs.getString("evaluator"), rs.getObject("created_at", OffsetDateTime.class))).list();
    }

    // ---- announcements

    public long insertAnnouncement(long recordId, String scope, List<String> regions, String documentNo, String by) {
        return jdbc.sql("""
                        insert into replication_announcement (record_id, scope, regions, document_no, announced_by)
                        values (:record, :scope, :regions, :doc, :by) returning id""")
                .param("record", recordId).param("scope", scope).param("regions", regions.toArray(String[]::new))
                .param("doc", documentNo).param("by", by).query(Long.class).single();
    }

    public Optional<Announcement> announcement(long id) {
        return jdbc.sql("select * from replication_announcement where id = :id").param("id", id).query(ReplicationStore::announcement)
                .optional();
    }

    public List<Announcement> announcements(long recordId) {
        return jdbc.sql("select * from replication_announcement where record_id = :id order by id").param("id", recordId)
                .query(ReplicationStore::announcement).list();
    }

    // ---- tasks

    public long insertTask(long announcementId, long recordId, String region, String responsibleUnit, String reformContent,
                           LocalDate deadline, String roadmap, String owner, String outputForm, String status, boolean synthetic,
                           String by) {
        return jdbc.sql("""
                        insert into replication_task (announcement_id, record_id, region, responsible_unit, reform_content, deadline,
                                                      roadmap, owner, output_form, status, synthetic, created_by)
                        values (:ann, :record, :region, :unit, :content, :deadline, :roadmap, :owner, :output, :status, :synthetic, :by)
                        returning id""")
                .param("ann", announcementId).param("record", recordId).param("region", region).param("unit", responsibleUnit)
                .param("content", reformContent).param("deadline", deadline).param("roadmap", roadmap).param("owner", owner)
                .param("output", outputForm).param("status", status).param("synthetic", synthetic).param("by", by)
                .query(Long.class).single();
    }

    public boolean taskExists(long announcementId, String region) {
        return jdbc.sql("select count(*) from replication_task where announcement_id = :a and region = :r").param("a", announcementId)
                .param("r", region).query(Integer.class).single() > 0;
    }

    public Optional<ReplicationTask> task(long id) {
        return jdbc.sql("select * from replication_task where id = :id").param("id", id).query(ReplicationStore::task).optional();
    }

    public List<ReplicationTask> tasks(String region, String status, Long recordId) {
        return jdbc.sql("""
                        select * from replication_task
                        where (cast(:region as text) is null or region = :region)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:record as bigint) is null or record_id = :record)
                        order by deadline, id""").param("region", region).param("status", status).param("record", recordId)
                .query(ReplicationStore::task).list();
    }

    public boolean updateTask(long id, int version, String responsibleUnit, String reformContent, LocalDate deadline, String roadmap,
                              String owner, String outputForm) {
        return jdbc.sql("""
                        update replication_task set responsible_unit = :unit, reform_content = :content, deadline = :deadline,
                               roadmap = :roadmap, owner = :owner, output_form = :output, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("unit", responsibleUnit).param("content", reformContent).param("deadline", deadline).param("roadmap", roadmap)
                .param("owner", owner).param("output", outputForm).param("id", id).param("version", version).update() == 1;
    }

    public boolean moveTask(long id, int version, String status, LocalDate landedOn) {
        return jdbc.sql("""
                        update replication_task set status = :status, landed_on = :landed, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("status", status).param("landed", landedOn).param("id", id).param("version", version).update() == 1;
    }

    // ---- outcomes

    public long insertOutcome(long taskId, String quantity, String unit, java.math.BigDecimal before, java.math.BigDecimal after,
                              String note, String by) {
        return jdbc.sql("insert into replication_outcome (task_id, quantity, unit, before, after, note, recorded_by) "
                        + "values (:task, :quantity, :unit, :before, :after, :note, :by) returning id")
                .param("task", taskId).param("quantity", quantity).param("unit", unit).param("before", before).param("after", after)
                .param("note", note).param("by", by).query(Long.class).single();
    }

    public List<Outcome> outcomes(long taskId) {
        return jdbc.sql("select * from replication_outcome where task_id = :id order by id").param("id", taskId)
                .query((rs, n) -> new Outcome(rs.getLong("id"), rs.getLong("task_id"), rs.getString("quantity"), rs.getString("unit"),
                        rs.getBigDecimal("before"), rs.getBigDecimal("after"), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class))).list();
    }

    // ---- audit

    public void audit(String actor, String role, String type, String objectId, String action, String from, String to, String comment,
                      String before, String after) {
        jdbc.sql("""
                        insert into audit_event (actor, role, object_type, object_id, action, from_state, to_state, comment, before, after)
                        values (:actor, :role, :type, :id, :action, :from, :to, :comment, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor).param("role", role).param("type", type).param("id", objectId).param("action", action)
                .param("from", from).param("to", to).param("comment", comment).param("before", before).param("after", after).update();
    }

    public List<AuditEvent> history(String type, String objectId) {
        return jdbc.sql("select * from audit_event where object_type = :type and object_id = :id order by id")
                .param("type", type).param("id", objectId)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("role"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("comment"), rs.getString("before"),
                        rs.getString("after"))).list();
    }

    public List<Map<String, Object>> rows(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    private static InnovationRecord record(ResultSet rs, int n) throws SQLException {
        return new InnovationRecord(rs.getLong("id"), rs.getString("zone"), rs.getString("title_zh"), rs.getString("title_en"),
                rs.getString("domain"), rs.getString("summary_zh"), rs.getString("summary_en"), rs.getString("library_id"),
                rs.getString("state"), rs.getString("level"), (Integer) rs.getObject("batch_no"), rs.getBoolean("synthetic"),
                rs.getInt("version"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static Announcement announcement(ResultSet rs, int n) throws SQLException {
        return new Announcement(rs.getLong("id"), rs.getLong("record_id"), rs.getString("scope"), strings(rs.getArray("regions")),
                rs.getString("document_no"), rs.getString("announced_by"), rs.getObject("announced_at", OffsetDateTime.class));
    }

    private static ReplicationTask task(ResultSet rs, int n) throws SQLException {
        return new ReplicationTask(rs.getLong("id"), rs.getLong("announcement_id"), rs.getLong("record_id"), rs.getString("region"),
                rs.getString("responsible_unit"), rs.getString("reform_content"), rs.getObject("deadline", LocalDate.class),
                rs.getString("roadmap"), rs.getString("owner"), rs.getString("output_form"), rs.getString("status"),
                rs.getObject("landed_on", LocalDate.class), rs.getBoolean("synthetic"), rs.getInt("version"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) a.getArray()));
    }
}
