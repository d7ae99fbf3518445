package org.ftzobservatory.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Node;

/** The controlled vocabularies and units every feature checks against (vocabulary.yaml, units.yaml): shared, so kept here. */
public final class VocabularyPart implements DatasetPart<VocabularyPart.Vocabularies> {

    /** A controlled-vocabulary value (document type, region …) with its display names. */
    public record Term(String kind, String id, String nameZh, String nameEn) {
    }

    public record Unit(String id, String nameZh, String nameEn) {
    }

    public record Vocabularies(List<Term> terms, List<Unit> units) {
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Vocabularies read(DatasetContext ctx) {
        List<Term> terms = new ArrayList<>();
        Node vocab = ctx.yaml("vocabulary.yaml");
        if (vocab != null) {
            for (String kind : vocab.keys()) {
                for (Node t : vocab.nodes(kind)) {
                    t.allowOnly(Set.of("id", "name_zh", "name_en"));
                    terms.add(new Term(kind, t.requireString("id"), t.requireString("name_zh"), t.requireString("name_en")));
                }
            }
        }
        List<Unit> units = new ArrayList<>();
        Node u = ctx.yaml("units.yaml");
        if (u != null) {
            for (Node n : u.nodes("units")) {
                n.allowOnly(Set.of("id", "name_zh", "name_en"));
                units.add(new Unit(n.requireString("id"), n.requireString("name_zh"), n.requireString("name_en")));
            }
        }
        return new Vocabularies(terms, units);
    }

    @Override
    public String summary(Vocabularies data) {
        return data.terms().size() + " vocabulary terms, " + data.units().size() + " units";
    }

    @Override
    public List<String> tables() {
        return List.of("unit", "vocabulary");
    }

    @Override
    public void importInto(Vocabularies data, ImportContext ctx) {
        ctx.jdbc().batchUpdate("insert into vocabulary (kind, id, name_zh, name_en) values (?,?,?,?)",
                ImportContext.rows(data.terms(), t -> new Object[] {t.kind(), t.id(), t.nameZh(), t.nameEn()}));
        ctx.jdbc().batchUpdate("insert into unit (id, name_zh, name_en) values (?,?,?)",
                ImportContext.rows(data.units(), x -> new Object[] {x.id(), x.nameZh(), x.nameEn()}));
        ctx.progress("vocabulary and units: " + (data.terms().size() + data.units().size()) + " rows");
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        Map<String, Object> vocab = new java.util.LinkedHashMap<>();
        for (Map<String, Object> t : ctx.jdbc().queryForList("select kind, id, name_zh, name_en from vocabulary order by kind, id")) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) vocab.computeIfAbsent((String) t.remove("kind"), k -> new ArrayList<>());
            list.add(t);
        }
        ctx.yaml("vocabulary.yaml", vocab);
        ctx.yaml("units.yaml", Map.of("units", ctx.jdbc().queryForList("select id, name_zh, name_en from unit order by id")));
    }
}
