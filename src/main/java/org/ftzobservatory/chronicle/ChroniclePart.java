package org.ftzobservatory.chronicle;

import static org.ftzobservatory.dataset.ExportContext.compact;
import static org.ftzobservatory.dataset.ExportContext.pick;
import static org.ftzobservatory.dataset.ExportContext.strings;
import static org.ftzobservatory.dataset.Fields.earliest;
import static org.ftzobservatory.dataset.Fields.ftzOf;
import static org.ftzobservatory.dataset.Fields.str;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.Fields;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.PartialDate;
import org.ftzobservatory.search.ChineseSegmenter;
import org.ftzobservatory.search.PhraseDictionary;
import org.ftzobservatory.search.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/** The chronicle's share of the dataset: chronicle.yaml, the events of the 大事记. */
public final class ChroniclePart implements DatasetPart<ChroniclePart.Chronicle> {

    public record Chronicle(List<Event> events) {
    }

    public record Event(String id, int seq, String date, String endDate, String titleZh, String titleEn,
                        String summaryZh, String summaryEn, List<String> actors, List<String> documents,
                        List<String> zones, String source) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Chronicle read(DatasetContext ctx) {
        Node root = ctx.yaml("chronicle.yaml");
        List<Event> out = new ArrayList<>();
        if (root == null) {
            return new Chronicle(out);
        }
        Map<String, Integer> seen = new HashMap<>();
        Set<Integer> seqs = new HashSet<>();
        for (Node e : root.nodes("events")) {
            e.allowOnly(Set.of("id", "seq", "date", "end_date", "title_zh", "title_en", "summary_zh", "summary_en", "actors",
                    "documents", "zones", "source", "note"));
            String id = Fields.id(e, "id");
            if (id != null && seen.putIfAbsent(id, e.line()) != null) {
                e.problem("id", "duplicate event id '" + id + "' (first at line " + seen.get(id) + ")");
            }
            Integer seq = e.integer("seq", 1, 10000);
            if (seq != null && !seqs.add(seq)) {
                e.problem("seq", "duplicate seq " + seq);
            }
            PartialDate date = e.date("date");
            if (date == null && !e.has("date")) {
                e.problem("date", "is required");
            }
            PartialDate end = e.date("end_date");
            if (date != null && end != null && end.compareTo(date) < 0) {
                e.problem("end_date", end + " is before date " + date);
            }
            e.source();
            List<String> docs = new ArrayList<>();
            for (String ref : e.strings("documents")) {
                String resolved = ctx.resolveDocument(e, "documents", ref);
                if (resolved != null) {
                    docs.add(resolved);
                }
            }
            out.add(new Event(id, seq == null ? 0 : seq, str(date), str(end), e.requireString("title_zh"),
                    e.requireString("title_en"), e.requireString("summary_zh"), e.requireString("summary_en"),
                    e.strings("actors"), docs, ctx.zoneRefs(e, "zones", false), Fields.source(e)));
        }
        return new Chronicle(out);
    }

    @Override
    public String summary(Chronicle data) {
        return data.events().size() + " events";
    }

    @Override
    public List<String> tables() {
        return List.of("event_zone", "event_document", "chronicle_event");
    }

    @Override
    public void importInto(Chronicle data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> docs = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        for (Event e : data.events()) {
            rows.add(new Object[] {e.id(), e.seq(), e.date(), earliest(e.date()), e.endDate(), e.titleZh(), e.titleEn(),
                    e.summaryZh(), e.summaryEn(), e.actors().toArray(String[]::new), e.source()});
            List<String> unique = new ArrayList<>(new LinkedHashSet<>(e.documents()));
            for (int j = 0; j < unique.size(); j++) {
                docs.add(new Object[] {e.id(), j, unique.get(j)});
            }
            for (String z : new LinkedHashSet<>(e.zones())) {
                zones.add(new Object[] {e.id(), z, ftzOf(z)});
            }
        }
        jdbc.batchUpdate("insert into chronicle_event (id, seq, date, date_from, end_date, title_zh, title_en, summary_zh, "
                + "summary_en, actors, source) values (?,?,?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into event_document (event_id, sort_order, document_id) values (?,?,?)", docs);
        PhraseDictionary phrases = ctx.shared(PhraseDictionary.class);
        List<Object[]> vectors = new ArrayList<>();
        for (Event e : data.events()) {
            SearchDocument sd = SearchDocument.of(phrases, List.of(e.titleZh(), e.titleEn()), List.of(e.summaryZh(), e.summaryEn()), e.actors());
            vectors.add(new Object[] {ChineseSegmenter.withWordBreaks(e.summaryZh()), sd.a(), sd.b(), sd.c(), e.id()});
        }
        jdbc.batchUpdate("update chronicle_event set summary_seg = ?, search_vector = " + SearchDocument.VECTOR_SQL + " where id = ?", vectors);
        jdbc.batchUpdate("insert into event_zone (event_id, zone_ref, ftz_id) values (?,?,?)", zones);
        ctx.progress("chronicle events: " + data.events().size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> e : jdbc.queryForList("select * from chronicle_event order by seq")) {
            String id = (String) e.get("id");
            Map<String, Object> m = pick(e, "id", "seq", "date", "end_date", "title_zh", "title_en", "summary_zh", "summary_en");
            m.put("actors", strings(e.get("actors")));
            m.put("documents", jdbc.queryForList("select document_id from event_document where event_id = ? order by sort_order",
                    String.class, id));
            m.put("zones", jdbc.queryForList("select zone_ref from event_zone where event_id = ? order by zone_ref", String.class, id));
            m.put("source", e.get("source"));
            out.add(compact(m));
        }
        ctx.yaml("chronicle.yaml", Map.of("events", out), out.size());
    }
}
