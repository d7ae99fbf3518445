package org.ftzobservatory.powers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.Fields;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.Node;

/** The powers' share of the dataset: {@code powers/catalogues.yaml}, the report's catalogue-level figures (no items). */
public final class PowersPart implements DatasetPart<PowersPart.Catalogues> {

    public record Catalogues(List<PowerCatalogue> catalogues) {
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Catalogues read(DatasetContext ctx) {
        List<PowerCatalogue> out = new ArrayList<>();
        Node root = ctx.yaml("powers/catalogues.yaml");
        if (root == null) {
            return new Catalogues(out);
        }
        root.allowOnly(Set.of("catalogues"));
        Set<String> ids = new HashSet<>();
        for (Node c : root.nodes("catalogues")) {
            c.allowOnly(Set.of("id", "granting_zh", "granting_en", "level", "kind", "zone", "issued", "items", "breakdown",
                    "summary_zh", "summary_en", "document", "source"));
            String id = Fields.id(c, "id");
            if (id != null && !ids.add(id)) {
                c.problem("id", "duplicate catalogue id '" + id + "'");
            }
            String zone = c.requireString("zone");
            if (zone != null && !ctx.knowsZone(zone)) {
                c.problem("zone", "unknown zone '" + zone + "' (an FTZ id or ftz/subzone)");
            }
            c.source();
            Integer items = c.integer("items", 0, 100_000);
            if (items == null && !c.has("items")) {
                c.problem("items", "is required");
            }
            Map<String, Integer> breakdown = new LinkedHashMap<>();
            Node b = c.node("breakdown");
            if (b != null) {
                for (String k : b.keys()) {
                    Integer v = b.integer(k, 0, 1_000_000);
                    if (v != null) {
                        breakdown.put(k, v);
                    }
                }
            }
            out.add(new PowerCatalogue(id, c.requireString("granting_zh"), c.requireString("granting_en"),
                    c.oneOf("level", Set.of("province", "city"), true), c.oneOf("kind", Set.of("delegated", "not_delegated"), true),
                    zone, Fields.str(c.date("issued")), items == null ? 0 : items, breakdown, c.requireString("summary_zh"),
                    c.requireString("summary_en"), c.string("document"), Fields.source(c)));
        }
        return new Catalogues(out);
    }

    @Override
    public String summary(Catalogues data) {
        return data.catalogues().size() + " power catalogues";
    }

    @Override
    public List<String> tables() {
        return List.of("power_catalogue");
    }

    @Override
    public void importInto(Catalogues data, ImportContext ctx) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < data.catalogues().size(); i++) {
            PowerCatalogue c = data.catalogues().get(i);
            rows.add(new Object[] {c.id(), i, c.grantingZh(), c.grantingEn(), c.level(), c.kind(), c.zone(), c.issued(), c.items(),
                    PowerStore.breakdownText(c.breakdown()), c.summaryZh(), c.summaryEn(), c.document(), c.source()});
        }
        ctx.jdbc().batchUpdate("insert into power_catalogue (id, sort_order, granting_zh, granting_en, level, kind, zone_ref, issued, "
                + "items, breakdown, summary_zh, summary_en, document, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        ctx.progress("power catalogues of the report: " + rows.size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : ctx.jdbc().queryForList("select * from power_catalogue order by sort_order")) {
            Map<String, Object> m = ExportContext.pick(c, "id", "granting_zh", "granting_en", "level", "kind");
            m.put("zone", c.get("zone_ref"));
            m.putAll(ExportContext.pick(c, "issued", "items"));
            Map<String, Integer> breakdown = PowerStore.breakdown((String) c.get("breakdown"));
            m.put("breakdown", breakdown.isEmpty() ? null : breakdown);
            m.putAll(ExportContext.pick(c, "summary_zh", "summary_en", "document", "source"));
            out.add(ExportContext.compact(m));
        }
        ctx.yaml("powers/catalogues.yaml", Map.of("catalogues", out), out.size());
    }
}
