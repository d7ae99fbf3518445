package org.ftzobservatory.innovations;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.Fields;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.dataset.VocabularyPart;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.PartialDate;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.registry.RegistryPart;
import org.ftzobservatory.statistics.Scope;
import org.ftzobservatory.statistics.ScopeRules;
import org.ftzobservatory.statistics.StatisticsPart;
import org.ftzobservatory.search.GinPendingLists;
import org.ftzobservatory.search.PhraseDictionary;
import org.ftzobservatory.search.SearchDocument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case library's share of the dataset: innovation-tags.yaml, innovations/*.yaml and best-practice-batches.yaml.
 * Cases are indexed for search as they are written; the search caches are rebuilt at the end of the part.
 */
public final class InnovationsPart implements DatasetPart<InnovationsPart.CaseLibrary> {

    public record CaseLibrary(List<Tag> tags, List<Innovation> innovations, List<Batch> batches) {
    }

    /** A mechanism tag of the innovation vocabulary. */
    public record Tag(String id, String nameZh, String nameEn, String definitionZh, String definitionEn) {
    }

    /** One before/after figure of an innovation; a value is a number or a range, kept as printed in before/after text. */
    public record Metric(String quantityZh, String quantityEn, String unit, String before, String after, BigDecimal change,
                         String raw, StatisticsPart.FigureScope scope, String source, String statistic) {
    }

    public record Innovation(String id, String file, String titleZh, String titleEn, List<String> zones, String domain,
                             List<String> themes, List<String> tags, List<String> actors, List<String> systems,
                             List<Metric> metrics, Integer year, String summaryZh, String summaryEn, List<String> documents,
                             Integer batch, Integer batchItem, String source) {
    }

    public record BatchCase(int item, String titleZh, String scope, List<String> regions, String innovation) {
    }

    public record Batch(int number, String issued, String document, String issuerZh, String summaryZh, String summaryEn,
                        String knownGapsZh, String knownGapsEn, String source, List<BatchCase> cases) {
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public CaseLibrary read(DatasetContext ctx) {
        List<Tag> tags = tags(ctx.yaml("innovation-tags.yaml"));
        List<Node> nodes = new ArrayList<>();
        for (Node n : ctx.yamlFiles("innovations")) {
            n.allowOnly(Set.of("innovations"));
            nodes.addAll(n.nodes("innovations"));
        }
        List<Innovation> innovations = innovations(nodes, ctx, tags);
        List<Batch> batches = batches(ctx.yaml("best-practice-batches.yaml"), innovations, ctx);
        return new CaseLibrary(tags, innovations, batches);
    }

    @Override
    public String summary(CaseLibrary data) {
        return data.innovations().size() + " innovations, " + data.tags().size() + " tags, " + data.batches().size()
                + " best-practice batches";
    }

    /** The tag names are phrases search keeps whole: each name split at "/", without asides such as "(秒批)". */
    @Override
    public Map<String, String> searchPhrases(CaseLibrary data) {
        Map<String, String> origins = new LinkedHashMap<>();
        for (Tag t : data.tags()) {
            for (String name : List.of(t.nameZh(), t.nameEn())) {
                for (String part : name.replaceAll("[(（][^)）]*[)）]", " ").split("[/／]")) {
                    if (!part.isBlank()) {
                        origins.putIfAbsent(part.strip(), "tag");
                    }
                }
            }
        }
        return origins;
    }

    private static List<Tag> tags(Node n) {
        List<Tag> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Node t : n.nodes("tags")) {
            t.allowOnly(Set.of("id", "name_zh", "name_en", "definition_zh", "definition_en"));
            String id = Fields.id(t, "id");
            if (id != null && !seen.add(id)) {
                t.problem("id", "duplicate tag id '" + id + "'");
            }
            out.add(new Tag(id, t.requireString("name_zh"), t.requireString("name_en"), t.requireString("definition_zh"),
                    t.requireString("definition_en")));
        }
        return out;
    }

    /**
     * A metric that is a statistic ({@code - {statistic: s-c-101, before: "48"}}): one home for the fact; the case links to
     * it and shows its quantity, value, printed text, scope and lines, adding only its own "before" and change.
     */
    private static Metric linkedMetric(Node m, Map<String, StatisticsPart.Statistic> statistics) {
        m.allowOnly(Set.of("statistic", "before", "change"));
        String id = m.requireString("statistic");
        MetricValue before = m.parsed("before", MetricValue::parse);
        StatisticsPart.Statistic s = statistics.get(id);
        if (s == null) {
            m.problem("statistic", "'" + id + "' is not a statistic id");
            return new Metric(null, null, null, null, null, null, null, null, null, id);
        }
        return new Metric(s.indicatorZh(), s.indicatorEn(), s.unit(), str(before),
                s.value() == null ? null : s.value().stripTrailingZeros().toPlainString(), m.decimal("change"), s.raw(), s.scope(),
                s.source(), id);
    }

    /**
     * A case metric's scope: required, valid, and for a zone or sub-zone one of the case's own places (a list of zones
     * must name at least one of them): a figure of another place belongs to that place's case or to the statistics.
     */
    private static StatisticsPart.FigureScope metricScope(Node m, List<String> caseZones, DatasetContext ctx, ScopeRules rules,
                                                          Map<String, Text> zoneNames) {
        Scope scope = m.parsed("scope", Scope::parse);
        if (scope == null) {
            if (!m.has("scope")) {
                m.problem("scope", "is required (zone:ID, sub-zone:ID/SUB, zones:ID+ID, ftz-wide, province:ID, city:PROVINCE:名称:Name, region:ID or national)");
            }
            return null;
        }
        rules.check(scope, null, null, ctx::knowsZone).forEach(p -> m.problem(p.field(), p.message()));
        java.util.function.Predicate<String> ofCase = p -> caseZones.contains(p) || caseZones.stream().anyMatch(z -> z.startsWith(p + "/"));
        if (scope.kind().aboutOneZone() && !ofCase.test(scope.places().get(0))) {
            m.problem("scope", "'" + scope.places().get(0) + "' is not one of the case's zones " + caseZones);
        }
        if (scope.kind() == Scope.Kind.ZONES && scope.places().stream().noneMatch(ofCase)) {
            m.problem("scope", "'" + scope.format() + "' names none of the case's zones " + caseZones);
        }
        return StatisticsPart.FigureScope.of(scope, rules, zoneNames, null);
    }

    private static List<Innovation> innovations(List<Node> nodes, DatasetContext ctx, List<Tag> tags) {
        Set<String> tagIds = new HashSet<>();
        tags.forEach(t -> tagIds.add(t.id()));
        Set<String> domains = ctx.vocabulary("innovation_domains");
        Set<String> themeIds = ctx.vocabulary("innovation_themes");
        Set<String> units = ctx.units();
        ScopeRules scopeRules = ScopeRules.read(ctx.path("."), new org.ftzobservatory.kernel.Problems());  // read once by statistics
        Map<String, Text> zoneNames = StatisticsPart.zoneNames(ctx);
        Map<String, StatisticsPart.Statistic> statistics = new HashMap<>();
        ctx.get(StatisticsPart.Statistics.class).statistics().forEach(s -> statistics.putIfAbsent(s.id(), s));
        Map<String, Node> seen = new HashMap<>();
        Map<String, Node> seenBatchItem = new HashMap<>();
        List<Innovation> out = new ArrayList<>();
        for (Node n : nodes) {
            n.allowOnly(Set.of("id", "title_zh", "title_en", "zones", "domain", "themes", "tags", "actors", "systems", "metrics",
                    "year", "summary_zh", "summary_en", "documents", "batch", "batch_item", "source", "note"));
            String id = Fields.id(n, "id");
            Node first = id == null ? null : seen.putIfAbsent(id, n);
            if (first != null) {
                n.problem("id", "duplicate innovation id '" + id + "' (first at " + first.file() + ":" + first.line() + ")");
            }
            n.source();
            List<String> zoneRefs = ctx.zoneRefs(n, "zones", true);
            if (zoneRefs.isEmpty() && !n.has("zones")) {
                n.problem("zones", "is required: at least one origin zone");
            }
            String domain = n.oneOf("domain", domains, false);
            List<String> themes = new ArrayList<>();
            for (String t : n.strings("themes")) {
                if (themeIds.contains(t)) {
                    themes.add(t);
                } else {
                    n.problem("themes", "unknown theme '" + t + "'");
                }
            }
            if (domain == null && themes.isEmpty() && !n.has("domain")) {
                n.problem("domain", "a case needs a domain or at least one theme");
            }
            List<String> tagRefs = new ArrayList<>();
            for (String t : n.strings("tags")) {
                if (tagIds.contains(t)) {
                    if (!tagRefs.contains(t)) {
                        tagRefs.add(t);
                    }
                } else {
                    n.problem("tags", "unknown tag '" + t + "' (see innovation-tags.yaml)");
                }
            }
            if (tagRefs.isEmpty() && n.strings("tags").isEmpty()) {
                n.problem("tags", "at least one mechanism tag is required");
            }
            List<Metric> metrics = new ArrayList<>();
            for (Node m : n.nodes("metrics")) {
                if (m.has("statistic")) {
                    metrics.add(linkedMetric(m, statistics));
                    continue;
                }
                m.allowOnly(Set.of("quantity_zh", "quantity_en", "unit", "before", "after", "change", "raw", "scope", "source"));
                MetricValue before = m.parsed("before", MetricValue::parse);
                MetricValue after = m.parsed("after", MetricValue::parse);
                if (m.string("before") == null && m.string("after") == null && !m.has("change")) {
                    m.problem("after", "a metric needs before, after or change");
                }
                metrics.add(new Metric(m.requireString("quantity_zh"), m.requireString("quantity_en"), m.oneOf("unit", units, true),
                        str(before), str(after), m.decimal("change"), m.requireString("raw"),
                        metricScope(m, zoneRefs, ctx, scopeRules, zoneNames), m.has("source") ? Fields.source(m) : null, null));
            }
            List<String> docs = new ArrayList<>();
            for (String ref : n.strings("documents")) {
                String resolved = ctx.resolveDocument(n, "documents", ref);
                if (resolved != null && !docs.contains(resolved)) {
                    docs.add(resolved);
                }
            }
            Integer batch = n.integer("batch", 1, 100);
            Integer item = n.integer("batch_item", 1, 1000);
            if ((batch == null) != (item == null) && (n.has("batch") || n.has("batch_item"))) {
                n.problem("batch_item", "batch and batch_item go together");
            }
            if (batch != null && item != null) {
                Node prev = seenBatchItem.putIfAbsent(batch + "/" + item, n);
                if (prev != null) {
                    n.problem("batch_item", "batch " + batch + " item " + item + " is already " + prev.string("id"));
                }
            }
            out.add(new Innovation(id, n.file(), n.requireString("title_zh"), n.requireString("title_en"), zoneRefs, domain,
                    themes, tagRefs, n.strings("actors"), n.strings("systems"), metrics, n.integer("year", 1990, 2100),
                    n.requireString("summary_zh"), n.requireString("summary_en"), docs, batch, item, Fields.source(n)));
        }
        return out;
    }

    private static List<Batch> batches(Node n, List<Innovation> innovations, DatasetContext ctx) {
        List<Batch> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Map<String, Innovation> byId = new HashMap<>();
        innovations.forEach(i -> byId.put(i.id(), i));
        Set<Integer> numbers = new HashSet<>();
        for (Node b : n.nodes("batches")) {
            b.allowOnly(Set.of("number", "issued", "document", "issuer_zh", "summary_zh", "summary_en", "known_gaps_zh",
                    "known_gaps_en", "source", "cases", "note"));
            Integer number = b.integer("number", 1, 100);
            if (number == null) {
                b.problem("number", "is required");
                continue;
            }
            if (!numbers.add(number)) {
                b.problem("number", "duplicate batch " + number);
            }
            b.source();
            PartialDate issued = b.date("issued");
            String doc = b.has("document") ? ctx.resolveDocument(b, "document", b.string("document")) : null;
            List<BatchCase> cases = new ArrayList<>();
            Set<Integer> items = new HashSet<>();
            for (Node c : b.nodes("cases")) {
                c.allowOnly(Set.of("item", "title_zh", "scope", "regions", "innovation"));
                Integer item = c.integer("item", 1, 1000);
                if (item != null && !items.add(item)) {
                    c.problem("item", "duplicate item " + item);
                }
                String scope = c.oneOf("scope", Set.of("national", "regions"), true);
                List<String> regions = c.strings("regions");
                if ("regions".equals(scope) && regions.isEmpty()) {
                    c.problem("regions", "list the regions when scope is regions");
                }
                String innovation = c.string("innovation");
                if (innovation != null) {
                    Innovation i = byId.get(innovation);
                    if (i == null) {
                        c.problem("innovation", "'" + innovation + "' is not an innovation id");
                    } else if (!Integer.valueOf(number).equals(i.batch()) || !Objects.equals(item, i.batchItem())) {
                        c.problem("innovation", "'" + innovation + "' does not say batch: " + number + ", batch_item: " + item);
                    }
                }
                cases.add(new BatchCase(item == null ? 0 : item, c.requireString("title_zh"), scope, regions, innovation));
            }
            out.add(new Batch(number, str(issued), doc, b.string("issuer_zh"), b.string("summary_zh"),
                    b.string("summary_en"), b.string("known_gaps_zh"), b.string("known_gaps_en"), Fields.source(b), cases));
        }
        for (Innovation i : innovations) {
            if (i.batch() != null && !numbers.contains(i.batch())) {
                ctx.problems().add(i.file(), 0, "batch", "innovation '" + i.id() + "' names batch " + i.batch()
                        + ", which is not in best-practice-batches.yaml");
            }
        }
        return out;
    }

    @Override
    public List<String> tables() {
        return List.of("best_practice_case", "best_practice_batch", "innovation_term_posting", "innovation_term_top", "innovation_term_facet",
                "innovation_terms", "innovation_document", "innovation_metric", "innovation_system", "innovation_actor",
                "innovation_tag_link", "innovation_theme", "innovation_zone", "innovation", "innovation_tag");
    }

    @Override
    public void importInto(CaseLibrary data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        insertInnovations(data, ctx);
        ctx.progress("innovations: " + data.innovations().size() + " (indexed for search), tags: " + data.tags().size());
        JdbcClient client = JdbcClient.create(jdbc);
        ctx.progress("search facet cache: " + new SearchFacetCache(client).refresh() + " common words");
        // After the cache: its refresh rewrites the vocabulary, whose trigram index is a GIN index too.
        ctx.progress("search indexes settled: " + new GinPendingLists(client).flush() + " pending pages merged");
        insertBatches(data.batches(), jdbc);
        ctx.progress("best-practice batches: " + data.batches().size());
    }

    private static void insertInnovations(CaseLibrary data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        PhraseDictionary phrases = ctx.shared(PhraseDictionary.class);
        Map<String, Tag> tags = new LinkedHashMap<>();
        data.tags().forEach(t -> tags.put(t.id(), t));
        Map<String, RegistryPart.Ftz> zones = new LinkedHashMap<>();
        ctx.dataset().get(RegistryPart.Registry.class).zones().forEach(z -> zones.put(z.id(), z));
        Map<String, String[]> domainNames = new LinkedHashMap<>();
        ctx.dataset().get(VocabularyPart.Vocabularies.class).terms().stream().filter(t -> t.kind().equals("innovation_domains"))
                .forEach(t -> domainNames.put(t.id(), new String[] {t.nameZh(), t.nameEn()}));

        List<Object[]> tagRows = new ArrayList<>();
        for (int i = 0; i < data.tags().size(); i++) {
            Tag t = data.tags().get(i);
            tagRows.add(new Object[] {t.id(), i, t.nameZh(), t.nameEn(), t.definitionZh(), t.definitionEn()});
        }
        jdbc.batchUpdate("insert into innovation_tag (id, sort_order, name_zh, name_en, definition_zh, definition_en) values (?,?,?,?,?,?)",
                tagRows);

        List<CaseBulkWriter.Case> rows = new ArrayList<>();
        List<Object[]> themeRows = new ArrayList<>();
        List<Object[]> actors = new ArrayList<>();
        List<Object[]> systems = new ArrayList<>();
        List<Object[]> metrics = new ArrayList<>();
        List<Object[]> docs = new ArrayList<>();
        for (int i = 0; i < data.innovations().size(); i++) {
            Innovation n = data.innovations().get(i);
            List<String> tagText = new ArrayList<>();
            n.tags().forEach(t -> {
                tagText.add(tags.get(t).nameZh());
                tagText.add(tags.get(t).nameEn());
            });
            List<String> body = new ArrayList<>(n.actors());
            body.addAll(n.systems());
            n.metrics().forEach(m -> {
                body.add(m.quantityZh());
                body.add(m.quantityEn());
            });
            for (String z : n.zones()) {
                RegistryPart.Ftz f = zones.get(ftzOf(z));
                if (f == null) {
                    continue; // 'national': origin not named
                }
                body.add(f.shortZh());
                body.add(f.shortEn());
                if (z.contains("/")) {
                    f.subzones().stream().filter(s -> z.endsWith("/" + s.id())).forEach(s -> {
                        body.add(s.nameZh());
                        body.add(s.nameEn());
                    });
                }
            }
            if (n.domain() != null) {
                body.addAll(List.of(domainNames.get(n.domain())));
            }
            SearchDocument sd = SearchDocument.of(phrases, List.of(n.titleZh(), n.titleEn()),
                    SearchDocument.concat(List.of(n.summaryZh(), n.summaryEn()), tagText), body);
            Set<String> zoneKeys = new LinkedHashSet<>();
            List<String> zoneFtz = new ArrayList<>();
            n.zones().forEach(z -> {
                zoneKeys.add(ftzOf(z));
                zoneKeys.add(z);
                zoneFtz.add("national".equals(z) ? null : ftzOf(z));
            });
            rows.add(new CaseBulkWriter.Case(n.id(), n.file(), i, n.titleZh(), n.titleEn(), n.domain(), n.year(), n.summaryZh(),
                    n.summaryEn(), n.source(), n.batch(), n.batchItem(), sd,
                    n.zones(), zoneFtz, List.copyOf(zoneKeys), n.tags()));
            n.themes().forEach(t -> themeRows.add(new Object[] {n.id(), t}));
            for (int j = 0; j < n.actors().size(); j++) {
                actors.add(new Object[] {n.id(), j, n.actors().get(j)});
            }
            for (int j = 0; j < n.systems().size(); j++) {
                systems.add(new Object[] {n.id(), j, n.systems().get(j)});
            }
            for (int j = 0; j < n.metrics().size(); j++) {
                Metric m = n.metrics().get(j);
                BigDecimal[] b = range(m.before());
                BigDecimal[] a = range(m.after());
                metrics.add(new Object[] {n.id(), j, m.quantityZh(), m.quantityEn(), m.unit(), m.before(), b[0], b[1], m.after(),
                        a[0], a[1], m.change(), m.raw(), m.scope().text(), m.scope().words().zh(), m.scope().words().en(), m.source(),
                        m.statistic()});
            }
            for (int j = 0; j < n.documents().size(); j++) {
                docs.add(new Object[] {n.id(), n.documents().get(j), j});
            }
        }
        // Case rows, search vectors, zones and tags by COPY (CaseBulkWriter); the smaller parts after them.
        try (CaseBulkWriter writer = CaseBulkWriter.open(jdbc, rows.size(), ctx::progress)) {
            for (CaseBulkWriter.Case c : rows) {
                writer.add(c);
            }
            writer.finish();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("writing the cases failed: " + e.getMessage(), e);
        }
        jdbc.batchUpdate("insert into innovation_theme (innovation_id, theme) values (?,?)", themeRows);
        jdbc.batchUpdate("insert into innovation_actor (innovation_id, sort_order, name) values (?,?,?)", actors);
        jdbc.batchUpdate("insert into innovation_system (innovation_id, sort_order, name) values (?,?,?)", systems);
        jdbc.batchUpdate("insert into innovation_metric (innovation_id, sort_order, quantity_zh, quantity_en, unit, before_text, "
                + "before_low, before_high, after_text, after_low, after_high, change_pct, raw, scope, scope_zh, scope_en, source, "
                + "statistic_id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", metrics);
        jdbc.batchUpdate("insert into innovation_document (innovation_id, document_id, sort_order) values (?,?,?)", docs);
    }

    private static void insertBatches(List<Batch> batches, JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        for (Batch b : batches) {
            rows.add(new Object[] {b.number(), b.issued(), b.document(), b.issuerZh(), b.summaryZh(), b.summaryEn(), b.knownGapsZh(),
                    b.knownGapsEn(), b.source()});
            for (BatchCase c : b.cases()) {
                cases.add(new Object[] {b.number(), c.item(), c.titleZh(), c.scope(), c.regions().toArray(String[]::new), c.innovation()});
            }
        }
        jdbc.batchUpdate("insert into best_practice_batch (number, issued, document_id, issuer_zh, summary_zh, summary_en, "
                + "known_gaps_zh, known_gaps_en, source) values (?,?,?,?,?,?,?,?,?)", rows);
        jdbc.batchUpdate("insert into best_practice_case (batch_number, item, title_zh, scope, regions, innovation_id) values (?,?,?,?,?,?)",
                cases);
    }

    private static BigDecimal[] range(String value) {
        if (value == null) {
            return new BigDecimal[] {null, null};
        }
        MetricValue v = MetricValue.parse(value);
        return new BigDecimal[] {v.low(), v.high()};
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        JdbcTemplate jdbc = ctx.jdbc();
        ctx.yaml("innovation-tags.yaml", Map.of("tags", jdbc.queryForList(
                "select id, name_zh, name_en, definition_zh, definition_en from innovation_tag order by sort_order")));
        Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
        // Platform cases (origin ledger or review) are not the dataset's: PlatformCasesPart writes them to a file of their own.
        for (Map<String, Object> i : jdbc.queryForList("select * from innovation where origin = 'report' order by origin_file, sort_order")) {
            String id = (String) i.get("id");
            Map<String, Object> m = pick(i, "id", "title_zh", "title_en");
            m.put("zones", jdbc.queryForList("select zone_ref from innovation_zone where innovation_id = ? order by sort_order", String.class, id));
            m.put("domain", i.get("domain"));
            m.put("themes", jdbc.queryForList("select theme from innovation_theme where innovation_id = ? order by theme", String.class, id));
            m.put("tags", jdbc.queryForList("select tag_id from innovation_tag_link where innovation_id = ? order by sort_order", String.class, id));
            m.put("actors", jdbc.queryForList("select name from innovation_actor where innovation_id = ? order by sort_order", String.class, id));
            m.put("systems", jdbc.queryForList("select name from innovation_system where innovation_id = ? order by sort_order", String.class, id));
            m.put("metrics", jdbc.queryForList("select quantity_zh, quantity_en, unit, before_text as before, after_text as after, "
                    + "change_pct as change, raw, scope, source, statistic_id from innovation_metric where innovation_id = ? "
                    + "order by sort_order", id)
                    .stream().map(r -> {
                        if (r.get("statistic_id") != null) {
                            return Map.<String, Object>of("statistic", r.get("statistic_id"));
                        }
                        Map<String, Object> own = new LinkedHashMap<>(r);
                        own.remove("statistic_id");
                        return compact(own);
                    }).toList());
            m.putAll(pick(i, "year", "summary_zh", "summary_en"));
            m.put("documents", jdbc.queryForList("select document_id from innovation_document where innovation_id = ? order by sort_order",
                    String.class, id));
            m.put("batch", i.get("batch_number"));
            m.put("batch_item", i.get("batch_item"));
            m.put("source", i.get("source"));
            byFile.computeIfAbsent((String) i.get("origin_file"), k -> new ArrayList<>()).add(compact(m));
        }
        for (var e : byFile.entrySet()) {
            ctx.yaml(e.getKey(), Map.of("innovations", e.getValue()), e.getValue().size());
        }
        List<Map<String, Object>> batches = new ArrayList<>();
        for (Map<String, Object> b : jdbc.queryForList("select * from best_practice_batch order by number")) {
            Map<String, Object> m = pick(b, "number", "issued");
            m.put("document", b.get("document_id"));
            m.putAll(pick(b, "issuer_zh", "summary_zh", "summary_en", "known_gaps_zh", "known_gaps_en", "source"));
            List<Map<String, Object>> cases = new ArrayList<>();
            for (Map<String, Object> c : jdbc.queryForList("select * from best_practice_case where batch_number = ? order by item", b.get("number"))) {
                Map<String, Object> cm = pick(c, "item", "title_zh", "scope");
                cm.put("regions", strings(c.get("regions")));
                cm.put("innovation", c.get("innovation_id"));
                cases.add(compact(cm));
            }
            m.put("cases", cases);
            batches.add(compact(m));
        }
        ctx.yaml("best-practice-batches.yaml", Map.of("batches", batches), batches.size());
    }
}
