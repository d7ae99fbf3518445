package org.ftzobservatory.dataset;

<<<<<<< HEAD
import org.ftzobservatory.kernel.ReferenceData;
import org.ftzobservatory.kernel.CsvParser;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.statistics.Scope;
import org.ftzobservatory.statistics.ScopeRules;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.InvalidDatasetException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
=======
>>>>>>> main
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.ReferenceData;

/**
 * Reads and validates a dataset directory: {@code dataset.yaml}, then every {@link DatasetPart} in order. Every problem in
 * every file is collected; the result is either a complete {@link Dataset} or an {@link InvalidDatasetException} listing
 * them all — never a part of the data.
 */
public final class DatasetReader {

<<<<<<< HEAD
    static final List<String> STATISTIC_COLUMNS = List.of("id", "indicator", "indicator_zh", "indicator_en", "zone", "year",
            "value", "unit", "approx", "raw", "source", "note", "scope");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]*");

    private final ReferenceData reference;
    private final Problems problems = new Problems();

    public DatasetReader(ReferenceData reference) {
        this.reference = reference;
=======
    private DatasetReader() {
>>>>>>> main
    }

    public static Dataset read(Path dir, ReferenceData reference) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(dir.toString(), 0, "(dir)", "is not a directory")));
        }
        DatasetContext ctx = new DatasetContext(dir, reference);
        Dataset.Info info = info(ctx.yaml("dataset.yaml"));
        List<Dataset.Entry<?>> entries = new ArrayList<>();
        for (DatasetPart<?> part : DatasetParts.all()) {
            entries.add(read(part, ctx));
        }
        if (!ctx.problems().isEmpty()) {
            throw new InvalidDatasetException(ctx.problems().sorted());
        }
<<<<<<< HEAD
        List<Document> documents = documents(docNodes, vocab, zoneIndex);

        scopeRules = ScopeRules.read(dir, problems);
        zoneIndexForMetrics = zoneIndex;
        zoneNamesForMetrics = zoneNames(zones);
        List<Statistic> statistics = new ArrayList<>();
        for (Path f : files(dir.resolve("statistics"), ".csv")) {
            statistics.addAll(statistics(f, "statistics/" + f.getFileName(), unitIds, zoneIndex, scopeRules, zones));
        }
        checkIndicatorsConsistent(statistics);
        statistics.forEach(s -> statisticsById.putIfAbsent(s.id(), s));
        Map<String, Statistic> seenStat = new HashMap<>();
        for (Statistic s : statistics) {
            Statistic f = s.id() == null ? null : seenStat.putIfAbsent(s.id(), s);
            if (f != null) {
                problems.add(s.file(), lineOf(s), "id", "duplicate id '" + s.id() + "' (first at " + f.file() + ":" + lineOf(f) + ")");
            }
        }

        List<Dataset.Headline> headlines = headlines(yaml(dir, "headlines.yaml"), statistics);
        Node chronicle = yaml(dir, "chronicle.yaml");
        List<Event> events = chronicle == null ? List.of() : events(chronicle.nodes("events"), zoneIndex, documents);

        List<Dataset.Tag> tags = tags(yaml(dir, "innovation-tags.yaml"));
        List<Node> innovationNodes = new ArrayList<>();
        for (Path f : files(dir.resolve("innovations"), ".yaml")) {
            Node n = yaml(dir, "innovations/" + f.getFileName());
            if (n != null) {
                n.allowOnly(Set.of("innovations"));
                innovationNodes.addAll(n.nodes("innovations"));
            }
        }
        List<Dataset.Innovation> innovations = innovations(innovationNodes, vocab, unitIds, zoneIndex, tags, documents);
        List<Dataset.Batch> batches = batches(yaml(dir, "best-practice-batches.yaml"), innovations, documents, zoneIndex);
        List<Dataset.SearchTerm> searchTerms = searchTerms(yaml(dir, "search-terms.yaml"));

        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return new Dataset(info, terms, units, zones, platforms, documents, statistics, headlines, events, tags, innovations,
                batches, searchTerms);
=======
        return new Dataset(info, entries);
>>>>>>> main
    }

    private static <T> Dataset.Entry<T> read(DatasetPart<T> part, DatasetContext ctx) {
        T data = part.read(ctx);
        ctx.done(data);
        return new Dataset.Entry<>(part, data);
    }

    private static Dataset.Info info(Node n) {
        if (n == null) {
            return null;
        }
        n.allowOnly(Set.of("id", "version", "title_zh", "title_en", "source"));
        return new Dataset.Info(n.requireString("id"), n.requireString("version"), n.string("title_zh"), n.string("title_en"),
<<<<<<< HEAD
                normalizedSource(n));
    }

    private List<Term> terms(Node n) {
        List<Term> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (String kind : n.keys()) {
            for (Node t : n.nodes(kind)) {
                t.allowOnly(Set.of("id", "name_zh", "name_en"));
                out.add(new Term(kind, t.requireString("id"), t.requireString("name_zh"), t.requireString("name_en")));
            }
        }
        return out;
    }

    private List<Unit> units(Node n) {
        List<Unit> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node u : n.nodes("units")) {
            u.allowOnly(Set.of("id", "name_zh", "name_en"));
            out.add(new Unit(u.requireString("id"), u.requireString("name_zh"), u.requireString("name_en")));
        }
        return out;
    }

    private List<Ftz> zones(Node n, Set<String> regions) {
        List<Ftz> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Map<String, Node> seen = new HashMap<>();
        for (Node z : n.nodes("ftzs")) {
            z.allowOnly(Set.of("id", "name_zh", "name_en", "short_zh", "short_en", "province_zh", "province_en", "region",
                    "batch", "launched", "after_report", "area_km2", "area_source", "positioning_zh", "positioning_en",
                    "key_industries", "industry_documents", "source", "subzones", "note"));
            String id = id(z, "id");
            if (id != null && seen.put(id, z) != null) {
                z.problem("id", "duplicate FTZ id '" + id + "' (first at line " + seen.get(id).line() + ")");
            }
            if (id != null && reference.knowsZones() && !reference.ftzIds().contains(id)) {
                z.problem("id", "unknown FTZ id '" + id + "': not in shared/reference/zones.yaml");
            }
            z.source();
            PartialDate launched = z.date("launched");
            BigDecimal area = positive(z, "area_km2");
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
                String sid = id(s, "id");
                if (sid != null && !subIds.add(sid)) {
                    s.problem("id", "duplicate sub-zone id '" + sid + "' in " + id);
                }
                if (sid != null && id != null && reference.knowsZones() && !reference.subzoneRefs().contains(id + "/" + sid)) {
                    s.problem("id", "unknown sub-zone '" + id + "/" + sid + "': not in shared/reference/zones.yaml");
                }
                s.source();
                PartialDate sl = s.date("launched");
                BigDecimal sa = positive(s, "area_km2");
                if (sa != null && !s.has("area_source")) {
                    s.problem("area_source", "is required with area_km2");
                }
                subzones.add(new Subzone(sid, s.requireString("name_zh"), s.requireString("name_en"), str(sl), sa,
                        s.string("area_source"), normalizedSource(s)));
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
                    z.strings("industry_documents"), normalizedSource(z), subzones));
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

    private List<Platform> platforms(Node n, Set<String> kinds, ZoneIndex zones) {
        List<Platform> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Node p : n.nodes("platforms")) {
            p.allowOnly(Set.of("id", "name_zh", "name_en", "kind", "zones", "year", "summary_zh", "summary_en", "source", "note"));
            String id = id(p, "id");
            if (id != null && seen.putIfAbsent(id, p.line()) != null) {
                p.problem("id", "duplicate platform id '" + id + "' (first at line " + seen.get(id) + ")");
            }
            p.source();
            List<String> zoneRefs = zoneRefs(p, "zones", zones, false);
            out.add(new Platform(id, p.requireString("name_zh"), p.requireString("name_en"), p.oneOf("kind", kinds, true),
                    zoneRefs, p.integer("year", Years.FIRST, Years.LAST), p.string("summary_zh"), p.string("summary_en"), normalizedSource(p)));
        }
        return out;
    }

    private List<Document> documents(List<Node> nodes, Map<String, Set<String>> vocab, ZoneIndex zones) {
        Map<String, Node> byId = new LinkedHashMap<>();
        Map<String, String> idByNumber = new HashMap<>();
        for (Node d : nodes) {
            String id = id(d, "id");
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
        Map<String, Node> byTitle = new HashMap<>();
        for (Node d : nodes) {
            String key = d.string("title_zh") == null ? null : d.string("title_zh").replaceAll("[\\s《》（）()]", "") + "|" + d.string("issued");
            Node first = key == null ? null : byTitle.putIfAbsent(key, d);
            if (first != null) {
                d.problem("title_zh", "the same document (title and date) is already '" + first.string("id") + "' at "
                        + first.file() + ":" + first.line() + "; reference it instead of repeating it");
            }
        }
        List<Document> out = new ArrayList<>();
        for (Node d : nodes) {
            d.allowOnly(Set.of("id", "number", "title_zh", "title_en", "short_zh", "issuers", "issued", "effective", "type",
                    "scope", "zones", "measure_count", "measure_unit", "relations", "summary_zh", "summary_en", "source", "note"));
            d.source();
            DocumentNumber number = d.parsed("number", DocumentNumber::parse);
            PartialDate issued = d.date("issued");
            PartialDate effective = d.date("effective");
            String scope = d.oneOf("scope", vocab.getOrDefault("document_scopes", Set.of()), true);
            List<String> zoneRefs = zoneRefs(d, "zones", zones, false);
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
                String type = r.oneOf("type", vocab.getOrDefault("relation_types", Set.of()), true);
                String target = resolveDocument(r, "target", r.requireString("target"), byId.keySet(), idByNumber);
                if (type != null && target != null) {
                    relations.add(new Relation(type, target));
                }
            }
            out.add(new Document(d.string("id"), d.file(), number == null ? null : number.normalized(), title,
                    d.requireString("title_en"), d.string("short_zh"), d.strings("issuers"), str(issued), str(effective),
                    d.oneOf("type", vocab.getOrDefault("document_types", Set.of()), true), scope, zoneRefs, count,
                    d.string("measure_unit"), relations, d.string("summary_zh"), d.string("summary_en"), normalizedSource(d)));
        }
        return out;
    }

    private String resolveDocument(Node n, String field, String ref, Set<String> ids, Map<String, String> idByNumber) {
        if (ref == null) {
            return null;
        }
        if (ids.contains(ref)) {
            return ref;
        }
        try {
            String id = idByNumber.get(DocumentNumber.parse(ref).normalized());
            if (id != null) {
                return id;
            }
        } catch (IllegalArgumentException notANumber) {
            // fall through to the error below
        }
        n.problem(field, "'" + ref + "' is neither a document id nor the 文号 of a document in documents/");
        return null;
    }

    private List<Statistic> statistics(Path path, String name, Set<String> units, ZoneIndex zones, ScopeRules scopeRules,
                                       List<Ftz> ftzs) {
        Map<String, Text> zoneNames = zoneNames(ftzs);
        List<Statistic> out = new ArrayList<>();
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (CsvParser.CsvException e) {
            problems.add(name, e.line(), "(csv)", e.getMessage());
            return out;
        } catch (IOException e) {
            problems.add(name, 1, "(file)", "cannot be read: " + e.getMessage());
            return out;
        }
        if (rows.isEmpty() || !rows.get(0).fields().equals(STATISTIC_COLUMNS)) {
            problems.add(name, 1, "(header)", "must be exactly: " + String.join(",", STATISTIC_COLUMNS));
            return out;
        }
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            Node n = new Node(name, row.line(), problems);
            if (row.fields().size() != STATISTIC_COLUMNS.size()) {
                n.problem("(row)", "has " + row.fields().size() + " fields, expected " + STATISTIC_COLUMNS.size());
                continue;
            }
            for (int i = 0; i < STATISTIC_COLUMNS.size(); i++) {
                n.put(STATISTIC_COLUMNS.get(i), row.fields().get(i), row.line());
            }
            String indicator = n.requireString("indicator");
            if (indicator != null && !INDICATOR.matcher(indicator).matches()) {
                n.problem("indicator", "'" + indicator + "' must be snake_case");
            }
            String zone = n.requireString("zone");
            if (zone != null && !"national".equals(zone) && !zones.contains(zone)) {
                n.problem("zone", "unknown zone '" + zone + "' (use an FTZ id, ftz/subzone or national)");
            }
            n.source();
            Integer year = n.integer("year", Years.FIRST, Years.LAST);
            if (year == null && !n.has("year")) {
                n.problem("year", "is required");
            }
            BigDecimal value = n.decimal("value");
            if (value == null && !n.has("value")) {
                n.problem("value", "is required");
            }
            Scope scope = n.parsed("scope", Scope::parse);
            if (scope == null && !n.has("scope")) {
                n.problem("scope", "is required (zone:ID, sub-zone:ID/SUB, zones:ID+ID, ftz-wide, province:ID, city:PROVINCE:名称:Name, region:ID or national)");
            }
            if (scope != null) {
                scopeRules.check(scope, zone, n.string("note"), zones::contains).forEach(p -> n.problem(p.field(), p.message()));
            }
            Statistic s = new Statistic(n.requireString("id"), name, indicator, n.requireString("indicator_zh"),
                    n.requireString("indicator_en"), zone, year == null ? 0 : year, value, n.oneOf("unit", units, true),
                    n.bool("approx", false), n.requireString("raw"), normalizedSource(n), n.string("note"),
                    scope == null ? null : new Dataset.FigureScope(scope.format(), scope.kind().token(),
                            scopeRules.describe(scope, ref -> zoneNames.getOrDefault(ref, new Text(ref, ref))),
                            scopeRules.containedFtzs(scope, zone)));
            statisticLines.put(s, row.line());
            out.add(s);
        }
        return out;
    }

    private void checkIndicatorsConsistent(List<Statistic> stats) {
        Map<String, Statistic> first = new HashMap<>();
        for (Statistic s : stats) {
            if (s.indicator() == null) {
                continue;
            }
            Statistic f = first.putIfAbsent(s.indicator(), s);
            if (f == null) {
                continue;
            }
            if (!eq(f.indicatorZh(), s.indicatorZh()) || !eq(f.indicatorEn(), s.indicatorEn())) {
                problems.add(s.file(), lineOf(s), "indicator_zh", "indicator '" + s.indicator()
                        + "' is named differently at " + f.file() + " (" + f.indicatorZh() + " / " + f.indicatorEn() + ")");
            }
            if (!eq(f.unit(), s.unit())) {
                problems.add(s.file(), lineOf(s), "unit", "indicator '" + s.indicator() + "' uses unit " + f.unit()
                        + " elsewhere (" + f.file() + "); one indicator, one unit");
            }
        }
    }

    /**
     * A case metric's scope: required, valid, and for a zone, sub-zone or list of zones one of the case's own places
     * (a figure of another place belongs to that place's case or to the statistics).
     */
    private Dataset.FigureScope metricScope(Node m, List<String> caseZones) {
        Scope scope = m.parsed("scope", Scope::parse);
        if (scope == null) {
            if (!m.has("scope")) {
                m.problem("scope", "is required (zone:ID, sub-zone:ID/SUB, zones:ID+ID, ftz-wide, province:ID, city:PROVINCE:名称:Name, region:ID or national)");
            }
            return null;
        }
        scopeRules.check(scope, null, null, zoneIndexForMetrics::contains).forEach(p -> m.problem(p.field(), p.message()));
        java.util.function.Predicate<String> ofCase = p -> caseZones.contains(p) || caseZones.stream().anyMatch(z -> z.startsWith(p + "/"));
        if (scope.kind().aboutOneZone() && !ofCase.test(scope.places().get(0))) {
            m.problem("scope", "'" + scope.places().get(0) + "' is not one of the case's zones " + caseZones);
        }
        if (scope.kind() == Scope.Kind.ZONES && scope.places().stream().noneMatch(ofCase)) {
            m.problem("scope", "'" + scope.format() + "' names none of the case's zones " + caseZones);
        }
        return new Dataset.FigureScope(scope.format(), scope.kind().token(),
                scopeRules.describe(scope, ref -> zoneNamesForMetrics.getOrDefault(ref, new Text(ref, ref))), List.of());
    }

    /**
     * A metric that is a statistic ({@code - {statistic: s-c-101, before: "48"}}): one home for the fact, the case links
     * to it and shows its quantity, value, printed text, scope and lines; only the case's own "before" and change are added.
     */
    private Dataset.Metric linkedMetric(Node m) {
        m.allowOnly(Set.of("statistic", "before", "change"));
        String id = m.requireString("statistic");
        MetricValue before = m.parsed("before", MetricValue::parse);
        Statistic s = statisticsById.get(id);
        if (s == null) {
            m.problem("statistic", "'" + id + "' is not a statistic id");
            return new Dataset.Metric(null, null, null, null, null, null, null, null, null, id);
        }
        return new Dataset.Metric(s.indicatorZh(), s.indicatorEn(), s.unit(), before == null ? null : before.toString(),
                s.value() == null ? null : s.value().stripTrailingZeros().toPlainString(), m.decimal("change"), s.raw(), s.scope(),
                s.source(), id);
    }

    /** Short names of FTZs and sub-zones by reference, for a figure's scope in words. */
    private static Map<String, Text> zoneNames(List<Ftz> ftzs) {
        Map<String, Text> out = new HashMap<>();
        for (Ftz f : ftzs) {
            out.put(f.id(), new Text(f.shortZh(), f.shortEn()));
            for (Subzone s : f.subzones()) {
                out.put(f.id() + "/" + s.id(), new Text(s.nameZh(), s.nameEn()));
            }
        }
        return out;
    }

    private final Map<Statistic, Integer> statisticLines = new HashMap<>();
    private ScopeRules scopeRules;
    private final Map<String, Statistic> statisticsById = new HashMap<>();
    private ZoneIndex zoneIndexForMetrics;
    private Map<String, Text> zoneNamesForMetrics = Map.of();

    private int lineOf(Statistic s) {
        return statisticLines.getOrDefault(s, 0);
    }

    private List<Dataset.SearchTerm> searchTerms(Node n) {
        List<Dataset.SearchTerm> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        n.allowOnly(Set.of("terms"));
        Set<String> seen = new HashSet<>();
        for (Node t : n.nodes("terms")) {
            t.allowOnly(Set.of("zh", "en"));
            String zh = t.string("zh");
            String en = t.string("en");
            if (zh == null && en == null) {
                t.problem("zh", "a term needs zh, en or both");
            }
            if (zh != null && zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                t.problem("zh", "'" + zh + "' has no Chinese characters");
            }
            for (String phrase : java.util.Arrays.asList(zh, en)) {
                if (phrase != null && !seen.add(phrase.toLowerCase(java.util.Locale.ROOT))) {
                    t.problem(phrase == zh ? "zh" : "en", "duplicate term '" + phrase + "'");
                }
            }
            out.add(new Dataset.SearchTerm(zh, en));
        }
        return out;
    }

    private List<Dataset.Tag> tags(Node n) {
        List<Dataset.Tag> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Node t : n.nodes("tags")) {
            t.allowOnly(Set.of("id", "name_zh", "name_en", "definition_zh", "definition_en"));
            String id = id(t, "id");
            if (id != null && !seen.add(id)) {
                t.problem("id", "duplicate tag id '" + id + "'");
            }
            out.add(new Dataset.Tag(id, t.requireString("name_zh"), t.requireString("name_en"), t.requireString("definition_zh"),
                    t.requireString("definition_en")));
        }
        return out;
    }

    private List<Dataset.Innovation> innovations(List<Node> nodes, Map<String, Set<String>> vocab, Set<String> units,
                                                 ZoneIndex zones, List<Dataset.Tag> tags, List<Document> documents) {
        Set<String> tagIds = new HashSet<>();
        tags.forEach(t -> tagIds.add(t.id()));
        Set<String> docIds = documentIds(documents);
        Map<String, String> idByNumber = documentIdsByNumber(documents);
        Map<String, Node> seen = new HashMap<>();
        Map<String, Node> seenBatchItem = new HashMap<>();
        List<Dataset.Innovation> out = new ArrayList<>();
        for (Node n : nodes) {
            n.allowOnly(Set.of("id", "title_zh", "title_en", "zones", "domain", "themes", "tags", "actors", "systems", "metrics",
                    "year", "summary_zh", "summary_en", "documents", "batch", "batch_item", "source", "note"));
            String id = id(n, "id");
            Node first = id == null ? null : seen.putIfAbsent(id, n);
            if (first != null) {
                n.problem("id", "duplicate innovation id '" + id + "' (first at " + first.file() + ":" + first.line() + ")");
            }
            n.source();
            List<String> zoneRefs = zoneRefs(n, "zones", zones, true);
            if (zoneRefs.isEmpty() && !n.has("zones")) {
                n.problem("zones", "is required: at least one origin zone");
            }
            String domain = n.oneOf("domain", vocab.getOrDefault("innovation_domains", Set.of()), false);
            List<String> themes = new ArrayList<>();
            for (String t : n.strings("themes")) {
                if (vocab.getOrDefault("innovation_themes", Set.of()).contains(t)) {
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
            List<Dataset.Metric> metrics = new ArrayList<>();
            for (Node m : n.nodes("metrics")) {
                if (m.has("statistic")) {
                    metrics.add(linkedMetric(m));
                    continue;
                }
                m.allowOnly(Set.of("quantity_zh", "quantity_en", "unit", "before", "after", "change", "raw", "scope", "source"));
                String before = m.string("before");
                String after = m.string("after");
                MetricValue beforeValue = m.parsed("before", MetricValue::parse);
                MetricValue afterValue = m.parsed("after", MetricValue::parse);
                if (before == null && after == null && !m.has("change")) {
                    m.problem("after", "a metric needs before, after or change");
                }
                metrics.add(new Dataset.Metric(m.requireString("quantity_zh"), m.requireString("quantity_en"),
                        m.oneOf("unit", units, true), beforeValue == null ? null : beforeValue.toString(),
                        afterValue == null ? null : afterValue.toString(), m.decimal("change"), m.requireString("raw"),
                        metricScope(m, zoneRefs), m.has("source") ? normalizedSource(m) : null, null));
            }
            List<String> docs = new ArrayList<>();
            for (String ref : n.strings("documents")) {
                String resolved = resolveDocument(n, "documents", ref, docIds, idByNumber);
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
            out.add(new Dataset.Innovation(id, n.file(), n.requireString("title_zh"), n.requireString("title_en"), zoneRefs, domain,
                    themes, tagRefs, n.strings("actors"), n.strings("systems"), metrics, n.integer("year", 1990, 2100),
                    n.requireString("summary_zh"), n.requireString("summary_en"), docs, batch, item, normalizedSource(n)));
        }
        return out;
    }

    private List<Dataset.Batch> batches(Node n, List<Dataset.Innovation> innovations, List<Document> documents, ZoneIndex zones) {
        List<Dataset.Batch> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        Map<String, Dataset.Innovation> byId = new HashMap<>();
        innovations.forEach(i -> byId.put(i.id(), i));
        Set<String> docIds = documentIds(documents);
        Map<String, String> idByNumber = documentIdsByNumber(documents);
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
            String doc = b.has("document") ? resolveDocument(b, "document", b.string("document"), docIds, idByNumber) : null;
            List<Dataset.BatchCase> cases = new ArrayList<>();
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
                    Dataset.Innovation i = byId.get(innovation);
                    if (i == null) {
                        c.problem("innovation", "'" + innovation + "' is not an innovation id");
                    } else if (!Integer.valueOf(number).equals(i.batch()) || !java.util.Objects.equals(item, i.batchItem())) {
                        c.problem("innovation", "'" + innovation + "' does not say batch: " + number + ", batch_item: " + item);
                    }
                }
                cases.add(new Dataset.BatchCase(item == null ? 0 : item, c.requireString("title_zh"), scope, regions, innovation));
            }
            out.add(new Dataset.Batch(number, str(issued), doc, b.string("issuer_zh"), b.string("summary_zh"),
                    b.string("summary_en"), b.string("known_gaps_zh"), b.string("known_gaps_en"), normalizedSource(b), cases));
        }
        for (Dataset.Innovation i : innovations) {
            if (i.batch() != null && !numbers.contains(i.batch())) {
                problems.add(i.file(), 0, "batch", "innovation '" + i.id() + "' names batch " + i.batch() + ", which is not in best-practice-batches.yaml");
            }
        }
        return out;
    }

    /** Headline figures: {@code - {id: s-ab-001, label_zh: …, label_en: …}}, each a statistic listed once. */
    private List<Dataset.Headline> headlines(Node n, List<Statistic> statistics) {
        if (n == null) {
            return List.of();
        }
        n.allowOnly(Set.of("headlines"));
        Set<String> ids = new HashSet<>();
        statistics.forEach(s -> ids.add(s.id()));
        List<Dataset.Headline> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node h : n.nodes("headlines")) {
            h.allowOnly(Set.of("id", "label_zh", "label_en"));
            String id = h.requireString("id");
            String zh = h.requireString("label_zh");
            String en = h.requireString("label_en");
            if (id == null) {
                continue;
            }
            if (!ids.contains(id)) {
                h.problem("id", "'" + id + "' is not a statistic id");
            } else if (!seen.add(id)) {
                h.problem("id", "'" + id + "' is listed twice");
            } else {
                out.add(new Dataset.Headline(id, zh, en));
            }
        }
        return out;
    }

    private List<Event> events(List<Node> nodes, ZoneIndex zones, List<Document> documents) {
        Set<String> docIds = documentIds(documents);
        Map<String, String> idByNumber = documentIdsByNumber(documents);
        List<Event> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<Integer> seqs = new HashSet<>();
        for (Node e : nodes) {
            e.allowOnly(Set.of("id", "seq", "date", "end_date", "title_zh", "title_en", "summary_zh", "summary_en", "actors",
                    "documents", "zones", "source", "note"));
            String id = id(e, "id");
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
                String resolved = resolveDocument(e, "documents", ref, docIds, idByNumber);
                if (resolved != null) {
                    docs.add(resolved);
                }
            }
            out.add(new Event(id, seq == null ? 0 : seq, str(date), str(end), e.requireString("title_zh"),
                    e.requireString("title_en"), e.requireString("summary_zh"), e.requireString("summary_en"),
                    e.strings("actors"), docs, zoneRefs(e, "zones", zones, false), normalizedSource(e)));
        }
        return out;
    }

    private static Set<String> documentIds(List<Document> documents) {
        Set<String> ids = new HashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** Lets records point at a document by its 文号 as well as by its id. */
    private static Map<String, String> documentIdsByNumber(List<Document> documents) {
        Map<String, String> byNumber = new HashMap<>();
        documents.stream().filter(d -> d.number() != null).forEach(d -> byNumber.put(d.number(), d.id()));
        return byNumber;
    }

    private List<String> zoneRefs(Node n, String field, ZoneIndex zones, boolean allowNational) {
        List<String> out = new ArrayList<>();
        for (String ref : n.strings(field)) {
            if (zones.contains(ref) || (allowNational && "national".equals(ref))) {
                out.add(ref);
            } else {
                n.problem(field, "unknown zone '" + ref + "' (use an FTZ id or ftz/subzone)");
            }
        }
        return out;
    }

    /** Sources are stored in one spelling ({@code 708} rather than {@code 708-708}) so that they compare and display cleanly. */
    private static String normalizedSource(Node n) {
        String raw = n.string("source");
        try {
            return raw == null ? null : SourceRef.parse(raw).toString();
        } catch (IllegalArgumentException e) {
            return raw; // already reported by Node.source()
        }
    }

    private String id(Node n, String field) {
        String id = n.requireString(field);
        if (id != null && !ID.matcher(id).matches()) {
            n.problem(field, "'" + id + "' must be lower-case ascii, digits and hyphens");
            return null;
        }
        return id;
    }

    private BigDecimal positive(Node n, String field) {
        BigDecimal v = n.decimal(field);
        if (v != null && v.signum() <= 0) {
            n.problem(field, "must be positive");
            return null;
        }
        return v;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The zone ids a record may point at: every FTZ and every ftz/subzone pair of zones.yaml. */
    private static final class ZoneIndex {
        private final Set<String> refs = new HashSet<>();

        ZoneIndex(List<Ftz> zones) {
            for (Ftz f : zones) {
                if (f.id() == null) {
                    continue;
                }
                refs.add(f.id());
                for (Subzone s : f.subzones()) {
                    refs.add(f.id() + "/" + s.id());
                }
            }
        }

        boolean contains(String ref) {
            return refs.contains(ref);
        }
=======
                Fields.source(n));
>>>>>>> main
    }
}
