package org.ftzobservatory.chronicle;

import static org.ftzobservatory.kernel.Rows.strings;
import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

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
        return new PageResult<>(items, total, paging.page(), paging.size());
    }

    public List<ChronicleEvent> latest(int n) {
        return jdbc.sql(SELECT + " order by e.date_from desc, e.seq desc limit ?").param(n).query((rs, i) -> map(rs)).list();
    }

    public List<ChronicleEvent> byZone(String ftzId) {
        return search(ftzId, null, new Paging(1, 1000)).items();
    }

    private ChronicleEvent map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<ChronicleEvent.DocumentLink> docs = jdbc.sql("""
                select d.id, d.number, d.title_zh, d.title_en from event_document ed join document d on d.id = ed.document_id
                where ed.event_id = ? order by ed.sort_order""").param(id)
                .query((r, n) -> new ChronicleEvent.DocumentLink(r.getString("id"), r.getString("number"), text(r, "title")))
                .list();
        return new ChronicleEvent(id, rs.getInt("seq"), rs.getString("date"), rs.getString("end_date"), text(rs, "title"),
                text(rs, "summary"), strings(rs.getArray("actors")), docs, strings(rs.getArray("zones")), rs.getString("source"));
    }
}
