package org.ftzobservatory.innovations;

import static org.ftzobservatory.kernel.Rows.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.kernel.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads whole cases — the case row and its zones, themes, tags, actors, systems, metrics and documents — in a fixed number
 * of queries however many cases are asked for: one for the case rows, then one per part for all of them at once. A zone
 * page with 60 cases costs the same eight queries as one case page.
 */
final class InnovationLoader {

    private final JdbcClient jdbc;

    InnovationLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases the {@code where} clause of {@code innovation i} selects (bind parameters by name), in {@code order by}. */
    List<Innovation> load(String whereAndOrder, Map<String, ?> params) {
        List<CaseRow> rows = jdbc.sql("select i.* from innovation i " + whereAndOrder).params(params).query(InnovationLoader::caseRow).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(CaseRow::id).toList();
        Map<String, List<String>> zones = parts("select innovation_id, zone_ref from innovation_zone where innovation_id in (:ids) "
                + "order by innovation_id, sort_order", ids, (r, n) -> r.getString("zone_ref"));
        Map<String, List<String>> themes = parts("select innovation_id, theme from innovation_theme where innovation_id in (:ids) "
                + "order by innovation_id, theme", ids, (r, n) -> r.getString("theme"));
        Map<String, List<Innovation.Tag>> tags = parts("select t.innovation_id, g.id, g.name_zh, g.name_en from innovation_tag_link t "
                + "join innovation_tag g on g.id = t.tag_id where t.innovation_id in (:ids) order by t.innovation_id, t.sort_order", ids,
                (r, n) -> new Innovation.Tag(r.getString("id"), text(r, "name")));
        Map<String, List<String>> actors = parts("select innovation_id, name from innovation_actor where innovation_id in (:ids) "
                + "order by innovation_id, sort_order", ids, (r, n) -> r.getString("name"));
        Map<String, List<String>> systems = parts("select innovation_id, name from innovation_system where innovation_id in (:ids) "
                + "order by innovation_id, sort_order", ids, (r, n) -> r.getString("name"));
        Map<String, List<Innovation.Metric>> metrics = parts("select * from innovation_metric where innovation_id in (:ids) "
                + "order by innovation_id, sort_order", ids, (r, n) -> new Innovation.Metric(text(r, "quantity"), r.getString("unit"),
                r.getString("before_text"), r.getBigDecimal("before_low"), r.getBigDecimal("before_high"), r.getString("after_text"),
                r.getBigDecimal("after_low"), r.getBigDecimal("after_high"), r.getBigDecimal("change_pct"), r.getString("raw"),
                text(r, "scope")));
        Map<String, List<Innovation.DocumentLink>> documents = parts("select x.innovation_id, d.id, d.number, d.title_zh, d.title_en "
                + "from innovation_document x join document d on d.id = x.document_id where x.innovation_id in (:ids) "
                + "order by x.innovation_id, x.sort_order", ids,
                (r, n) -> new Innovation.DocumentLink(r.getString("id"), r.getString("number"), text(r, "title")));
        List<Innovation> out = new ArrayList<>(rows.size());
        for (CaseRow c : rows) {
            String id = c.id();
            out.add(new Innovation(id, c.title(), of(zones, id), c.domain(), of(themes, id), of(tags, id), of(actors, id),
                    of(systems, id), of(metrics, id), c.year(), c.summary(), of(documents, id), c.batch(), c.source(), c.origin()));
        }
        return out;
    }

    /** One part of every case asked for, grouped by case id (rows come ordered within each case). */
    private <T> Map<String, List<T>> parts(String sql, List<String> ids, RowMapper<T> part) {
        Map<String, List<T>> out = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> out.computeIfAbsent(rs.getString("innovation_id"), k -> new ArrayList<>())
                .add(part.mapRow(rs, n))).list();
        return out;
    }

    private static <T> List<T> of(Map<String, List<T>> parts, String id) {
        return List.copyOf(parts.getOrDefault(id, List.of()));
    }

    /** The columns of the case row itself. */
    private record CaseRow(String id, Text title, String domain, Integer year,
                           Text summary, Innovation.BatchLink batch, String source, String origin) {
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        Integer batch = (Integer) rs.getObject("batch_number");
        Integer item = (Integer) rs.getObject("batch_item");
        return new CaseRow(rs.getString("id"), text(rs, "title"), rs.getString("domain"), (Integer) rs.getObject("year"),
                text(rs, "summary"), batch == null ? null : new Innovation.BatchLink(batch, item), rs.getString("source"),
                rs.getString("origin"));
    }
}
