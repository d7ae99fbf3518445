package org.ftzobservatory.bestpractice;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ftzobservatory.innovations.BestPracticeBatch;
import org.ftzobservatory.kernel.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform's batches, their cases and corrections, with bind parameters only. */
@Repository
public class BatchStore {

    private final JdbcClient jdbc;

    public BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(int number) {
        return jdbc.sql("select count(*) from platform_batch where number = :n").param("n", number).query(Integer.class).single() > 0;
    }

    /** Whether the report's dataset has a batch of this number (then the platform may not open one). */
    public boolean inReport(int number) {
        return jdbc.sql("select count(*) from best_practice_batch where number = :n").param("n", number).query(Integer.class).single() > 0;
    }

    public void insert(int number, LocalDate issued, String documentNo, String summaryZh, String summaryEn, String state, String by) {
        jdbc.sql("""
                        insert into platform_batch (number, issued, document_no, summary_zh, summary_en, state, opened_by)
                        values (:n, :issued, :doc, :zh, :en, :state, :by)""")
                .param("n", number).param("issued", issued).param("doc", documentNo).param("zh", summaryZh).param("en", summaryEn)
                .param("state", state).param("by", by).update();
    }

    /** Locks the batch row for the rest of the transaction, so two officials cannot add item numbers or publish at once. */
    public Optional<Row> lock(int number) {
        return jdbc.sql("select * from platform_batch where number = :n for update").param("n", number).query(BatchStore::row).optional();
    }

    public Optional<Row> row(int number) {
        return jdbc.sql("select * from platform_batch where number = :n").param("n", number).query(BatchStore::row).optional();
    }

    public List<Row> rows() {
        return jdbc.sql("select * from platform_batch order by number").query(BatchStore::row).list();
    }

    public boolean publish(int number, int version, String state, String by) {
        return jdbc.sql("""
                        update platform_batch set state = :state, published_by = :by, published_at = now(), version = version + 1
                        where number = :n and version = :v""")
                .param("state", state).param("by", by).param("n", number).param("v", version).update() == 1;
    }

    /** Sets one correctable field (the column name comes from the fixed set BatchRules.BATCH_FIELDS, never from input). */
    public boolean correct(int number, int version, String field, String value) {
        String column = switch (field) {
            case "document_no" -> "document_no";
            case "issued" -> "issued";
            case "summary_zh" -> "summary_zh";
            case "summary_en" -> "summary_en";
            default -> throw new IllegalArgumentException(field);
        };
        Object v = column.equals("issued") ? LocalDate.parse(value) : value;
        return jdbc.sql("update platform_batch set " + column + " = :value, version = version + 1 where number = :n and version = :v")
                .param("value", v).param("n", number).param("v", version).update() == 1;
    }

    public void insertCorrection(int number, String field, String before, String after, String reason, String by) {
        jdbc.sql("""
                        insert into platform_batch_correction (batch_number, field, before, after, reason, corrected_by)
                        values (:n, :field, :before, :after, :reason, :by)""")
                .param("n", number).param("field", field).param("before", before).param("after", after).param("reason", reason)
                .param("by", by).update();
    }

    public void touch(int number) {
        jdbc.sql("update platform_batch set version = version + 1 where number = :n").param("n", number).update();
    }

    public int nextItem(int number) {
        return jdbc.sql("select coalesce(max(item), 0) + 1 from platform_batch_case where batch_number = :n").param("n", number)
                .query(Integer.class).single();
    }

    public void insertCase(int number, int item, String innovationId, String titleZh, String by) {
        jdbc.sql("""
                        insert into platform_batch_case (batch_number, item, innovation_id, title_zh, added_by)
                        values (:n, :item, :id, :title, :by)""")
                .param("n", number).param("item", item).param("id", innovationId).param("title", titleZh).param("by", by).update();
    }

    public boolean deleteCase(int number, int item) {
        return jdbc.sql("delete from platform_batch_case where batch_number = :n and item = :item").param("n", number)
                .param("item", item).update() == 1;
    }

    /** The batch a case already belongs to, the report's or the platform's, if any. */
    public Optional<Integer> batchOf(String innovationId) {
        return jdbc.sql("""
                        select batch_number from best_practice_case where innovation_id = :id
                        union all select batch_number from platform_batch_case where innovation_id = :id
                        order by 1 limit 1""").param("id", innovationId).query(Integer.class).optional();
    }

    public List<CaseRow> cases(int number) {
        return jdbc.sql("""
                        select c.*, i.title_zh as case_title_zh, i.title_en as case_title_en, i.origin,
                               array(select z.zone_ref from innovation_zone z where z.innovation_id = c.innovation_id order by z.sort_order) as zones
                        from platform_batch_case c left join innovation i on i.id = c.innovation_id
                        where c.batch_number = :n order by c.item""").param("n", number)
                .query((rs, i) -> new CaseRow(rs.getInt("item"), rs.getString("innovation_id"), rs.getString("title_zh"),
                        rs.getString("case_title_zh") == null ? null : new Text(rs.getString("case_title_zh"), rs.getString("case_title_en")),
                        strings(rs.getArray("zones")), rs.getString("origin"), rs.getString("added_by"),
                        rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    public List<Correction> corrections(int number) {
        return jdbc.sql("select * from platform_batch_correction where batch_number = :n order by id").param("n", number)
                .query((rs, i) -> new Correction(rs.getString("field"), rs.getString("before"), rs.getString("after"),
                        rs.getString("reason"), rs.getString("corrected_by"), rs.getObject("corrected_at", OffsetDateTime.class)))
                .list();
    }

    /** The id of the dataset's document with this 文号, to link it. */
    public Optional<String> documentId(String normalizedNumber) {
        return normalizedNumber == null ? Optional.empty()
                : jdbc.sql("select id from document where number = :n order by id limit 1").param("n", normalizedNumber)
                        .query(String.class).optional();
    }

    public void deleteAll() {
        jdbc.sql("delete from platform_batch").update();
    }

    /** A batch row. */
    public record Row(int number, LocalDate issued, String documentNo, Text summary, String state, int version, String openedBy,
                      OffsetDateTime openedAt, String publishedBy, OffsetDateTime publishedAt) {
    }

    /** A case of a batch; {@code title} is null when the library no longer has the case. */
    public record CaseRow(int item, String innovationId, String itemTitle, Text title, List<String> zones, String origin, String addedBy,
                          OffsetDateTime addedAt) {
    }

    public record Correction(String field, String before, String after, String reason, String by, OffsetDateTime at) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getInt("number"), rs.getObject("issued", LocalDate.class), rs.getString("document_no"), text(rs, "summary"),
                rs.getString("state"), rs.getInt("version"), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class));
    }

    static BestPracticeBatch.Case asCase(CaseRow c) {
        return new BestPracticeBatch.Case(c.item(), c.itemTitle(), "national", List.of(), c.innovationId(), c.title(), c.zones(), c.origin());
    }
}
