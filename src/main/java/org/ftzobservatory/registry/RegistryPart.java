package org.ftzobservatory.registry;

import static org.ftzobservatory.dataset.ExportContext.compact;
import static org.ftzobservatory.dataset.ExportContext.pick;
import static org.ftzobservatory.dataset.ExportContext.strings;
import static org.ftzobservatory.dataset.Fields.ftzOf;
import static org.ftzobservatory.dataset.Fields.str;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.SourceRef;
import org.ftzobservatory.kernel.Years;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registry's share of the dataset: zones.yaml (FTZs, sub-zones, key industries) and platforms.yaml. */
public final class RegistryPart implements DatasetPart<RegistryPart.Registry> {

    public record Registry(List<Ftz> zones, List<Platform> platforms) {
    }

    public record Ftz(String id, String nameZh, String nameEn, String shortZh, String shortEn, String provinceZh,
                      String provinceEn, String region, int batch, String launched, boolean afterReport,
                      BigDecimal areaKm2, String areaSource, String positioningZh, String positioningEn,
                      List<Industry> keyIndustries, List<String> industryDocuments, String source,
                      List<Subzone> subzones) {
    }

    public record Subzone(String id, String nameZh, String nameEn, String launched, BigDecimal areaKm2,
                          String areaSource, String source) {
    }

    public record Industry(String nameZh, String nameEn, String subzone) {
    }

    public record Platform(String id, String nameZh, String nameEn, String kind, List<String> zones, Integer year,
                           String summaryZh, String summaryEn, String source) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Registry read(DatasetContext ctx) {
        List<Ftz> zones = zones(ctx.yaml("zones.yaml"), ctx.vocabulary("regions"), ctx.reference());
        Set<String> refs = new HashSet<>();
        for (Ftz f : zones) {
            if (f.id() != null) {
                refs.add(f.id());
                f.subzones().forEach(s -> refs.add(f.id() + "/" + s.id()));
            }
        }
        ctx.publishZones(refs);
        return new Registry(zones, platforms(ctx.yaml("platforms.yaml"), ctx));
    }

    @Override
    public String summary(Registry data) {
        return data.zones().size() + " FTZs, " + data.platforms().size() + " platforms";
    }

    private static List<Ftz> zones(Node n, Set<String> regions, ReferenceData reference) {
        List<Ftz> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Map<String, Node> seen = new HashMap<>();
        for (Node z : n.nodes("ftzs")) {
            z.allowOnly(Set.of("id", "name_zh", "name_en", "short_zh", "short_en", "province_zh", "province_en", "region",
                    "batch", "launched", "after_report", "area_km2", "area_source", "positioning_zh", "positioning_en",
                    "key_industries", "industry_documents", "source", "subzones", "note"));
            String id = Fields.id(z, "id");
            if (id != null && seen.put(id, z) != null) {
                z.problem("id", "duplicate FTZ id '" + id + "' (first at line " + seen.get(id).line() + ")");
            }
            if (id != null && reference.knowsZones() && !reference.ftzIds().contains(id)) {
                z.problem("id", "unknown FTZ id '" + id + "': not in shared/reference/zones.yaml");
            }
            z.source();
            PartialDate launched = z.date("launched");
            BigDecimal area = Fields.positive(z, "area_km2");
            if (area != null && !z.has("area_source")) {
                z.problem("area_source", "is required with area_km2: an area needs its own citation");
            }
            if (z.has("area_source")) {
                z.parsed("area_source", SourceRef::parse);
            }
            List<Subzone> subzones = new ArrayList<>();
            Set<String> subIds = new HashSet<>();
            for (Node s : z.nodes("subzones")) {
                s.allowOnly(Set.of("id", "name_zh", "name_en", "launched", "area_km2", "area_source", "source", "note"));
                String sid = Fields.id(s, "id");
                if (sid != null && !subIds.add(sid)) {
                    s.problem("id", "duplicate sub-zone id '" + sid + "' in " + id);
                }
                if (sid != null && id != null && reference.knowsZones() && !reference.subzoneRefs().contains(id + "/" + sid)) {
                    s.problem("id", "unknown sub-zone '" + id + "/" + sid + "': not in shared/reference/zones.yaml");
                }
                s.source();
                PartialDate sl = s.date("launched");
                BigDecimal sa = Fields.positive(s, "area_km2");
                if (sa != null && !s.has("area_source")) {
                    s.problem("area_source", "is required with area_km2");
                }
                subzones.add(new Subzone(sid, s.requireString("name_zh"), s.requireString("name_en"), str(sl), sa,
                        s.string("area_source"), Fields.source(s)));
            }
            List<Industry> industries = new ArrayList<>();
            for (Node i : z.nodes("key_industries")) {
                i.allowOnly(Set.of("name_zh", "name_en", "subzone"));
                String sub = i.string("subzone");
                if (sub != null && !subIds.contains(sub)) {
                    i.problem("subzone", "'" + sub + "' is not a sub-zone of " + id);
                }
                industries.add(new Industry(i.requireString("name_zh"), i.requireString("name_en"), sub));
            }
            Integer batch = z.integer("batch", 2013, 2100);
            if (batch == null && !z.has("batch")) {
                z.problem("batch", "is required");
            }
            out.add(new Ftz(id, z.requireString("name_zh"), z.requireString("name_en"), z.requireString("short_zh"),
                    z.requireString("short_en"), z.requireString("province_zh"), z.requireString("province_en"),
                    z.oneOf("region", regions, true), batch == null ? 0 : batch, str(launched), z.bool("after_report", false),
                    area, z.string("area_source"), z.string("positioning_zh"), z.string("positioning_en"), industries,
                    z.strings("industry_documents"), Fields.source(z), subzones));
        }
        if (reference.knowsZones()) {
            for (String ref : reference.ftzIds()) {
                if (!seen.containsKey(ref)) {
                    n.problem("ftzs", "FTZ '" + ref + "' of shared/reference/zones.yaml is missing");
                }
            }
            Set<String> have = new HashSet<>();
            out.forEach(f -> f.subzones().forEach(s -> have.add(f.id() + "/" + s.id())));
            for (String ref : reference.subzoneRefs()) {
                if (!have.contains(ref)) {
                    n.problem("ftzs", "sub-zone '" + ref + "' of shared/reference/zones.yaml is missing");
                }
            }
        }
        return out;
    }

    private static List<Platform> platforms(Node n, DatasetContext ctx) {
        List<Platform> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Set<String> kinds = ctx.vocabulary("platform_kinds");
        Map<String, Integer> seen = new HashMap<>();
        for (Node p : n.nodes("platforms")) {
            p.allowOnly(Set.of("id", "name_zh", "name_en", "kind", "zones", "year", "summary_zh", "summary_en", "source", "note"));
            String id = Fields.id(p, "id");
            if (id != null && seen.putIfAbsent(id, p.line()) != null) {
                p.problem("id", "duplicate platform id '" + id + "' (first at line " + seen.get(id) + ")");
            }
            p.source();
            List<String> zoneRefs = ctx.zoneRefs(p, "zones", false);
            out.add(new Platform(id, p.requireString("name_zh"), p.requireString("name_en"), p.oneOf("kind", kinds, true),
                    zoneRefs, p.integer("year", Years.FIRST, Years.LAST), p.string("summary_zh"), p.string("summary_en"), Fields.source(p)));
        }
        return out;
    }

    @Override
    public List<String> tables() {
        return List.of("platform_zone", "platform", "key_industry", "subzone", "ftz");
    }

    @Override
    public void importInto(Registry data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Object[]> ftz = new ArrayList<>();
        List<Object[]> subs = new ArrayList<>();
        List<Object[]> industries = new ArrayList<>();
        for (int i = 0; i < data.zones().size(); i++) {
            Ftz z = data.zones().get(i);
            ftz.add(new Object[] {z.id(), i, z.nameZh(), z.nameEn(), z.shortZh(), z.shortEn(), z.provinceZh(), z.provinceEn(),
                    z.region(), z.batch(), z.launched(), z.afterReport(), z.areaKm2(), z.areaSource(), z.positioningZh(),
                    z.positioningEn(), z.industryDocuments().toArray(String[]::new), z.source()});
            for (int j = 0; j < z.subzones().size(); j++) {
                Subzone s = z.subzones().get(j);
                subs.add(new Object[] {z.id(), s.id(), j, s.nameZh(), s.nameEn(), s.launched(), s.areaKm2(), s.areaSource(),
                        s.source()});
            }
            for (int j = 0; j < z.keyIndustries().size(); j++) {
                Industry k = z.keyIndustries().get(j);
                industries.add(new Object[] {z.id(), j, k.nameZh(), k.nameEn(), k.subzone()});
            }
        }
        jdbc.batchUpdate("insert into ftz (id, sort_order, name_zh, name_en, short_zh, short_en, province_zh, province_en, "
                + "region, batch, launched, after_report, area_km2, area_source, positioning_zh, positioning_en, "
                + "industry_documents, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ftz);
        jdbc.batchUpdate("insert into subzone (ftz_id, id, sort_order, name_zh, name_en, launched, area_km2, area_source, source) "
                + "values (?,?,?,?,?,?,?,?,?)", subs);
        jdbc.batchUpdate("insert into key_industry (ftz_id, sort_order, name_zh, name_en, subzone_id) values (?,?,?,?,?)",
                industries);
        ctx.progress("zones: " + data.zones().size() + " FTZs, " + subs.size() + " sub-zones");

        List<Object[]> rows = new ArrayList<>();
        List<Object[]> zones = new ArrayList<>();
        for (int i = 0; i < data.platforms().size(); i++) {
            Platform p = data.platforms().get(i);
            rows.add(new Object[] {p.id(), i, p.nameZh(), p.nameEn(), p.kind(), p.year(), p.summaryZh(), p.summaryEn(), p.source()});
            for (String z : new LinkedHashSet<>(p.zones())) {
                zones.add(new Object[] {p.id(), z, ftzOf(z)});
            }
        }
        jdbc.batchUpdate("insert into platform (id, sort_order, name_zh, name_en, kind, year, summary_zh, summary_en, source) "
                + "values (?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into platform_zone (platform_id, zone_ref, ftz_id) values (?,?,?)", zones);
        ctx.progress("platforms: " + data.platforms().size());
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        JdbcTemplate jdbc = ctx.jdbc();
        List<Map<String, Object>> zones = new ArrayList<>();
        for (Map<String, Object> z : jdbc.queryForList("select * from ftz order by sort_order")) {
            String id = (String) z.get("id");
            Map<String, Object> m = pick(z, "id", "name_zh", "name_en", "short_zh", "short_en", "province_zh", "province_en",
                    "region", "batch", "launched", "after_report", "area_km2", "area_source", "positioning_zh", "positioning_en");
            m.put("key_industries", jdbc.queryForList(
                    "select name_zh, name_en, subzone_id as subzone from key_industry where ftz_id = ? order by sort_order", id)
                    .stream().map(ExportContext::compact).toList());
            m.put("industry_documents", strings(z.get("industry_documents")));
            m.put("source", z.get("source"));
            m.put("subzones", jdbc.queryForList("select id, name_zh, name_en, launched, area_km2, area_source, source "
                    + "from subzone where ftz_id = ? order by sort_order", id).stream().map(ExportContext::compact).toList());
            zones.add(compact(m));
        }
        ctx.yaml("zones.yaml", Map.of("ftzs", zones), zones.size());

        List<Map<String, Object>> platforms = new ArrayList<>();
        for (Map<String, Object> p : jdbc.queryForList("select * from platform order by sort_order")) {
            Map<String, Object> m = pick(p, "id", "name_zh", "name_en", "kind");
            m.put("zones", jdbc.queryForList("select zone_ref from platform_zone where platform_id = ? order by zone_ref",
                    String.class, p.get("id")));
            m.putAll(pick(p, "year", "summary_zh", "summary_en", "source"));
            platforms.add(compact(m));
        }
        ctx.yaml("platforms.yaml", Map.of("platforms", platforms), platforms.size());
    }
}
