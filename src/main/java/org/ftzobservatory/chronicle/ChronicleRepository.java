package org.ftzobservatory.chronicle;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ChronicleRepository {

    private static final String SELECT = """
            select e.*, array(select z.zone_ref from event_zone z where z.event_id = e.id order by z.zone_ref) as zones
            from chronicle_event e""";
    private static final String WHERE = """
             where (cast(:zone as text) is null or exists (select 1 from event_zone z where z.event_id = e.id and z.ftz_id = :zone))
               and (cast(:year as int) is null or extract(year from e.date_from) = :year)
            """;

    private final JdbcClient jdbc;

    public ChronicleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<ChronicleEvent> search(String zone, Integer year, Paging paging) {
        long total = jdbc.sql("select count(*) from chronicle_event e" + WHERE).param("zone", zone).param("year", year)
                .query(Long.class).single();
        List<ChronicleEvent> items = jdbc.sql(SELECT + WHERE + " order by e.date_from, e.seq limit :limit offset :offset")
                .param("zone", zone).param("year", year).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> map(rs)).list();
        return new PageResult<>(withDocuments(items), total, paging.page(), paging.size());
    }

    public List<ChronicleEvent> latest(int n) {
        return withDocuments(jdbc.sql(SELECT + " order by e.date_from desc, e.seq desc limit ?").param(n).query((rs, i) -> map(rs)).list());
    }

    public List<ChronicleEvent> byZone(String ftzId) {
        return search(ftzId, null, new Paging(1, 1000)).items();
    }

    /** An event as its row gives it; its documents are added by {@link #withDocuments} once the rows are read. */
    private static ChronicleEvent map(ResultSet rs) throws SQLException {
        return new ChronicleEvent(rs.getString("id"), rs.getInt("seq"), rs.getString("date"), rs.getString("end_date"),
                text(rs, "title"), text(rs, "summary"), strings(rs.getArray("actors")), List.of(), strings(rs.getArray("zones")),
                rs.getString("source"));
    }

    /**
     * The documents of all the events in one query after their rows are read. A query per event inside the row mapper
     * was a query per row and, outside a transaction, a second pooled connection held while the first was still open:
     * under load every request then waited for a connection another waiting request held (OneConnectionPerRequestIT).
     */
    private List<ChronicleEvent> withDocuments(List<ChronicleEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<String, List<ChronicleEvent.DocumentLink>> docs = new HashMap<>();
        jdbc.sql("""
                select ed.event_id, d.id, d.number, d.title_zh, d.title_en from event_document ed join document d on d.id = ed.document_id
                where ed.event_id = any(:ids) order by ed.event_id, ed.sort_order""")
                .param("ids", events.stream().map(ChronicleEvent::id).toArray(String[]::new))
                .query((r, n) -> docs.computeIfAbsent(r.getString("event_id"), k -> new ArrayList<>())
                        .add(new ChronicleEvent.DocumentLink(r.getString("id"), r.getString("number"), text(r, "title"))))
                .list();
        return events.stream().map(e -> new ChronicleEvent(e.id(), e.seq(), e.date(), e.endDate(), e.title(), e.summary(),
                e.actors(), docs.getOrDefault(e.id(), List.of()), e.zones(), e.source())).toList();
    }
}
