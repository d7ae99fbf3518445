package org.ftzobservatory.innovations;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BestPracticeRepository {

    private final JdbcClient jdbc;
    private final ObjectProvider<MadeBatches> made;

    public BestPracticeRepository(JdbcClient jdbc, ObjectProvider<MadeBatches> made) {
        this.jdbc = jdbc;
        this.made = made;
    }

    /** The report's batches and the batches made on the platform the caller may see, by number. */
    public List<BestPracticeBatch> all() {
        List<BestPracticeBatch> out = new ArrayList<>(jdbc.sql("select b.*, d.number as document_number from best_practice_batch b "
                + "left join document d on d.id = b.document_id order by b.number").query((rs, n) -> batch(rs)).list()
                .stream().map(this::withCases).toList());
        made.ifAvailable(m -> out.addAll(m.visible()));
        out.sort(Comparator.comparingInt(BestPracticeBatch::number));
        return out;
    }

    public Optional<BestPracticeBatch> find(int number) {
        Optional<BestPracticeBatch> report = jdbc.sql("select b.*, d.number as document_number from best_practice_batch b "
                + "left join document d on d.id = b.document_id where b.number = ?").param(number).query((rs, n) -> batch(rs)).optional()
                .map(this::withCases);
        if (report.isPresent()) {
            return report;
        }
        MadeBatches m = made.getIfAvailable();
        return m == null ? Optional.empty() : m.visible(number);
    }

    /** A batch as its row gives it; its cases are added by {@link #withCases} once the row is read. */
    private static BestPracticeBatch batch(ResultSet rs) throws SQLException {
        return new BestPracticeBatch(rs.getInt("number"), rs.getString("issued"), rs.getString("document_id"),
                rs.getString("document_number"), rs.getString("issuer_zh"), text(rs, "summary"), text(rs, "known_gaps"),
                rs.getString("source"), List.of(), null);
    }

    /**
     * The cases of a batch, read after the batch's row: a query inside the row mapper would hold a second pooled
     * connection while the first is open, which drains the pool under load (OneConnectionPerRequestIT).
     */
    private BestPracticeBatch withCases(BestPracticeBatch b) {
        List<BestPracticeBatch.Case> cases = jdbc.sql("""
                select c.*, i.title_zh, i.title_en, i.origin,
                       array(select z.zone_ref from innovation_zone z where z.innovation_id = c.innovation_id order by z.sort_order) as zones
                from best_practice_case c left join innovation i on i.id = c.innovation_id
                where c.batch_number = ? order by c.item""").param(b.number())
                .query((r, n) -> new BestPracticeBatch.Case(r.getInt("item"), r.getString("title_zh"), r.getString("scope"),
                        strings(r.getArray("regions")), r.getString("innovation_id"), text(r, "title"), strings(r.getArray("zones")),
                        r.getString("origin")))
                .list();
        return new BestPracticeBatch(b.number(), b.issued(), b.documentId(), b.documentNumber(), b.issuer(), b.summary(),
                b.knownGaps(), b.source(), cases, b.platform());
    }
}
