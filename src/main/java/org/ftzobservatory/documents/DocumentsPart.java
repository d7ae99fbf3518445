package org.ftzobservatory.documents;

import static org.ftzobservatory.dataset.ExportContext.compact;
import static org.ftzobservatory.dataset.ExportContext.pick;
import static org.ftzobservatory.dataset.ExportContext.strings;
import static org.ftzobservatory.dataset.Fields.earliest;
import static org.ftzobservatory.dataset.Fields.ftzOf;
import static org.ftzobservatory.dataset.Fields.nz;
import static org.ftzobservatory.dataset.Fields.str;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

/** The documents' share of the dataset: documents/*.yaml, each document with its 文号, zones and relations. */
public final class DocumentsPart implements DatasetPart<DocumentsPart.Documents> {

    public record Documents(List<Document> documents) {
    }

    public record Relation(String type, String target) {
    }

    public record Document(String id, String file, String number, String titleZh, String titleEn, String shortZh,
                           List<String> issuers, String issued, String effective, String type, String scope,
                           List<String> zones, Integer measureCount, String measureUnit, List<Relation> relations,
                           String summaryZh, String summaryEn, String source) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Documents read(DatasetContext ctx) {
        List<Node> nodes = new ArrayList<>();
        ctx.yamlFiles("documents").forEach(n -> nodes.addAll(n.nodes("documents")));
        Map<String, Node> byId = new LinkedHashMap<>();
        Map<String, String> idByNumber = new HashMap<>();
        for (Node d : nodes) {
            String id = Fields.id(d, "id");
            if (id == null) {
                continue;
            }
            Node first = byId.putIfAbsent(id, d);
            if (first != null) {
                d.problem("id", "duplicate document id '" + id + "' (first at " + first.file() + ":" + first.line() + ")");
            }
            DocumentNumber number = d.parsed("number", DocumentNumber::parse);
            if (number != null) {
                String prev = idByNumber.putIfAbsent(number.normalized(), id);
                if (prev != null && !prev.equals(id)) {
                    d.problem("number", "文号 " + number.normalized() + " is already used by document '" + prev + "'");
                }
            }
        }
        // Records point at a document by its id or by its 文号.
        ctx.publishDocuments(ref -> {
            if (byId.containsKey(ref)) {
                return ref;
            }
            try {
                return idByNumber.get(DocumentNumber.parse(ref).normalized());
            } catch (IllegalArgumentException notANumber) {
                return null;
            }
        });
        Map<String, Node> byTitle = new HashMap<>();
        for (Node d : nodes) {
            String key = d.string("title_zh") == null ? null : d.string("title_zh").replaceAll("[\\s《》（）()]", "") + "|" + d.string("issued");
            Node first = key == null ? null : byTitle.putIfAbsent(key, d);
            if (first != null) {
                d.problem("title_zh", "the same document (title and date) is already '" + first.string("id") + "' at "
                        + first.file() + ":" + first.line() + "; reference it instead of repeating it");
            }
        }
        Set<String> scopes = ctx.vocabulary("document_scopes");
        Set<String> relationTypes = ctx.vocabulary("relation_types");
        Set<String> types = ctx.vocabulary("document_types");
        List<Document> out = new ArrayList<>();
        for (Node d : nodes) {
            d.allowOnly(Set.of("id", "number", "title_zh", "title_en", "short_zh", "issuers", "issued", "effective", "type",
                    "scope", "zones", "measure_count", "measure_unit", "relations", "summary_zh", "summary_en", "source", "note"));
            d.source();
            DocumentNumber number = d.parsed("number", DocumentNumber::parse);
            PartialDate issued = d.date("issued");
            PartialDate effective = d.date("effective");
            String scope = d.oneOf("scope", scopes, true);
            List<String> zoneRefs = ctx.zoneRefs(d, "zones", false);
            if ("zone".equals(scope) && zoneRefs.isEmpty()) {
                d.problem("zones", "is required when scope is zone");
            }
            Integer count = d.integer("measure_count", 0, 100000);
            if (count != null && !d.has("measure_unit")) {
                d.problem("measure_unit", "is required with measure_count (条, 项 …)");
            }
            String title = d.requireString("title_zh");
            if (title != null && (title.startsWith("《") || title.endsWith("》"))) {
                d.problem("title_zh", "write the title without 《》");
            }
            List<Relation> relations = new ArrayList<>();
            for (Node r : d.nodes("relations")) {
                r.allowOnly(Set.of("type", "target"));
                String type = r.oneOf("type", relationTypes, true);
                String target = ctx.resolveDocument(r, "target", r.requireString("target"));
                if (type != null && target != null) {
                    relations.add(new Relation(type, target));
                }
            }
            out.add(new Document(d.string("id"), d.file(), number == null ? null : number.normalized(), title,
                    d.requireString("title_en"), d.string("short_zh"), d.strings("issuers"), str(issued), str(effective),
                    d.oneOf("type", types, true), scope, zoneRefs, count, d.string("measure_unit"), relations,
                    d.string("summary_zh"), d.string("summary_en"), Fields.source(d)));
        }
        return new Documents(out);
    }

    @Override
    public String summary(Documents data) {
        return data.documents().size() + " documents";
    }

    @Override
    public List<String> tables() {
        return List.of("document_relation", "document_zone", "document");
    }

    @Override
    public void importInto(Documents data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Document> documents = data.documents();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        List<Object[]> relations = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            DocumentNumber n = d.number() == null ? null : DocumentNumber.parse(d.number());
            rows.add(new Object[] {d.id(), d.file(), i, d.number(), n == null ? null : n.issuer(), n == null ? null : n.year(),
                    n == null ? null : n.serial(), d.titleZh(), d.titleEn(), d.shortZh(), d.issuers().toArray(String[]::new),
                    d.issued(), earliest(d.issued()), d.effective(), d.type(), d.scope(), d.measureCount(), d.measureUnit(),
                    d.summaryZh(), d.summaryEn(), d.source()});
            for (String z : new LinkedHashSet<>(d.zones())) {
                zones.add(new Object[] {d.id(), z, ftzOf(z)});
            }
            for (int j = 0; j < d.relations().size(); j++) {
                relations.add(new Object[] {d.id(), j, d.relations().get(j).type(), d.relations().get(j).target()});
            }
        }
        jdbc.batchUpdate("insert into document (id, origin_file, sort_order, number, issuer_code, number_year, number_serial, "
                + "title_zh, title_en, short_zh, issuers, issued, issued_from, effective, type, scope, measure_count, "
                + "measure_unit, summary_zh, summary_en, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        PhraseDictionary phrases = ctx.shared(PhraseDictionary.class);
        List<Object[]> vectors = new ArrayList<>();
        for (Document d : documents) {
            SearchDocument sd = SearchDocument.of(phrases, List.of(d.titleZh(), d.titleEn(), nz(d.shortZh()), nz(d.number())),
                    List.of(nz(d.summaryZh()), nz(d.summaryEn())), d.issuers());
            vectors.add(new Object[] {ChineseSegmenter.withWordBreaks(nz(d.summaryZh())), sd.a(), sd.b(), sd.c(), d.id()});
        }
        jdbc.batchUpdate("update document set summary_seg = ?, search_vector = " + SearchDocument.VECTOR_SQL + " where id = ?", vectors);
        jdbc.batchUpdate("insert into document_zone (document_id, zone_ref, ftz_id) values (?,?,?)", zones);
        jdbc.batchUpdate("insert into document_relation (document_id, sort_order, type, target_id) values (?,?,?,?)", relations);
        ctx.progress("documents: " + documents.size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        JdbcTemplate jdbc = ctx.jdbc();
        Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
        for (Map<String, Object> d : jdbc.queryForList("select * from document order by origin_file, sort_order")) {
            String id = (String) d.get("id");
            Map<String, Object> m = pick(d, "id", "number", "title_zh", "title_en", "short_zh");
            m.put("issuers", strings(d.get("issuers")));
            m.putAll(pick(d, "issued", "effective", "type", "scope"));
            m.put("zones", jdbc.queryForList("select zone_ref from document_zone where document_id = ? order by zone_ref",
                    String.class, id));
            m.putAll(pick(d, "measure_count", "measure_unit"));
            m.put("relations", jdbc.queryForList("select type, target_id as target from document_relation "
                    + "where document_id = ? order by sort_order", id));
            m.putAll(pick(d, "summary_zh", "summary_en", "source"));
            byFile.computeIfAbsent((String) d.get("origin_file"), k -> new ArrayList<>()).add(compact(m));
        }
        for (var e : byFile.entrySet()) {
            ctx.yaml(e.getKey(), Map.of("documents", e.getValue()), e.getValue().size());
        }
    }
}
