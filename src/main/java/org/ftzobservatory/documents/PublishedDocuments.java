package org.ftzobservatory.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.dataset.Provenance;
import org.ftzobservatory.kernel.ReviewSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 文号 published from the review queue ({@code published_document}, V20), one row per accepted mention. The public list
 * ({@code public_document}) shows one record per number the dataset does not hold, marked "added by review"; a number the
 * dataset holds stays the dataset's document, whose page lists the mentions as "also cited in".
 */
@Repository
public class PublishedDocuments {

    public static final String TYPE = "published_document";

    private final JdbcClient jdbc;

    public PublishedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes an accepted mention of {@code number} inside the caller's transaction; its id. */
    public long publish(DocumentNumber number, String quote, Provenance provenance) {
        return insert(jdbc, number, quote, provenance, false).orElseThrow();
    }

    /** Writes one mention (publication and import); empty when {@code ifAbsent} and its key is held already. */
    static Optional<Long> insert(JdbcClient jdbc, DocumentNumber n, String quote, Provenance v, boolean ifAbsent) {
        return jdbc.sql("insert into published_document (doc_number, issuer_code, number_year, number_serial, quote, "
                        + Provenance.COLUMNS + ") values (:no, :issuer, :year, :serial, :quote, :key, :doc, :sha, :start, :end, "
                        + ":by, :at, :wby, :wat, :reason)" + (ifAbsent ? " on conflict (fact_key) do nothing" : "") + " returning id")
                .param("no", n.normalized()).param("issuer", n.issuer()).param("year", n.year()).param("serial", n.serial())
                .param("quote", quote).param("key", v.key()).param("doc", v.document()).param("sha", v.sha256())
                .param("start", v.start()).param("end", v.end()).param("by", v.acceptedBy()).param("at", v.acceptedAt())
                .param("wby", v.withdrawnBy()).param("wat", v.withdrawnAt()).param("reason", v.withdrawReason())
                .query(Long.class).optional();
    }

    /** The public record a number has now: the dataset's document, or the one added by review; empty when withdrawn. */
    public Optional<String> publicId(String number) {
        return jdbc.sql("select id from public_document where number = :no").param("no", number).query(String.class).optional();
    }

    /** The accepted mentions of a number still published, oldest first: where the review queue saw it cited. */
    public List<ReviewSource> mentions(String number) {
        return jdbc.sql("""
                        select source_name as review_source, span_start as review_start, span_end as review_end, quote as review_quote,
                               accepted_by as review_by, accepted_at as review_at, 1 as review_mentions
                        from published_document where doc_number = :no and withdrawn_at is null order by accepted_at, id""")
                .param("no", number).query((rs, n) -> ReviewSource.of(rs, true)).list();
    }

    /** Every published mention, withdrawn ones too, newest first, with the public record each belongs to now. */
    public List<Map<String, Object>> all() {
        return jdbc.sql("""
                        select p.*, (select d.id from public_document d where d.number = p.doc_number) as public_id,
                               exists (select 1 from document d where d.number = p.doc_number) as in_dataset
                        from published_document p order by p.accepted_at desc, p.id desc""").query().listOfRows();
    }

    public Optional<Map<String, Object>> find(long id) {
        return jdbc.sql("select * from published_document where id = :id").param("id", id).query().listOfRows().stream().findFirst();
    }

    /** Withdraws one mention; false when it was already withdrawn. The record leaves the public list with its last mention. */
    public boolean withdraw(long id, String by, String reason) {
        return jdbc.sql("update published_document set withdrawn_by = :by, withdrawn_at = now(), withdraw_reason = :reason "
                + "where id = :id and withdrawn_at is null").param("by", by).param("reason", reason).param("id", id).update() == 1;
    }
}
