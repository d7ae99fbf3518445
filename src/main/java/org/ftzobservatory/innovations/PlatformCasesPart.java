package org.ftzobservatory.innovations;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.dataset.DatasetContext;
import org.ftzobservatory.dataset.DatasetPart;
import org.ftzobservatory.dataset.ExportContext;
import org.ftzobservatory.dataset.ImportContext;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases published on the platform (origin ledger or review). They are not the bundled dataset's: their rows live in
 * {@code platform_case}, which no import empties, so this part lists no tables. After the report cases are imported it
 * writes every platform case back into the case tables (after them in display order, with their search rows); an import
 * whose bundled cases take a platform case's id, or drop a zone, domain, tag or unit a platform case names, is refused
 * whole — a platform case is never overwritten or lost. {@code ftz export} writes them, with their provenance, to
 * {@code platform-cases.yaml}; importing a directory holding that file validates it like any dataset file and adds its
 * cases (replacing a stored case of the same id: the file is what an export of it wrote).
 */
public final class PlatformCasesPart implements DatasetPart<PlatformCasesPart.PlatformCases> {

    public static final String FILE = "platform-cases.yaml";

    /** One platform case as exported: the case, where it came from, who published it when. */
    public record Stored(String id, String origin, NewCase body, Map<String, Object> provenance, String publishedBy,
                         OffsetDateTime publishedAt) {

        CaseOrigin caseOrigin() {
            return PlatformCasesPart.origin(origin, provenance);
        }
    }

    public record PlatformCases(List<Stored> cases) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .propertyNamingStrategy(tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();

    @Override
    public int order() {
        return 55;
    }

    @Override
    public PlatformCases read(DatasetContext ctx) {
        List<Stored> out = new ArrayList<>();
        if (!Files.isRegularFile(ctx.path(FILE))) {
            return new PlatformCases(out);
        }
        Node root = ctx.yaml(FILE);
        if (root == null) {
            return new PlatformCases(out);
        }
        root.allowOnly(Set.of("cases"));
        InnovationsPart.CaseLibrary library = ctx.get(InnovationsPart.CaseLibrary.class);
        Map<String, String> bundled = new HashMap<>();
        library.innovations().forEach(i -> bundled.put(i.id(), i.file()));
        Set<String> tags = new HashSet<>();
        library.tags().forEach(t -> tags.add(t.id()));
        Set<String> domains = ctx.vocabulary("innovation_domains");
        Set<String> units = ctx.units();
        CaseRules.Catalog known = new CaseRules.Catalog(ctx::knowsZone, domains::contains, tags::contains, units::contains);
        Set<String> ids = new HashSet<>();
        for (Node n : root.nodes("cases")) {
            n.allowOnly(Set.of("id", "origin", "provenance", "published_by", "published_at", "title_zh", "title_en", "zones", "domain",
                    "tags", "summary_zh", "summary_en", "year", "metrics"));
            String id = n.requireString("id");
            if (id != null && !ids.add(id)) {
                n.problem("id", "duplicate platform case id '" + id + "'");
            }
            if (id != null && bundled.containsKey(id)) {
                n.problem("id", "'" + id + "' is also a bundled case (" + bundled.get(id) + "); a platform case is never overwritten: rename one of them");
            }
            String origin = n.oneOf("origin", Set.of(CaseOrigin.LEDGER, CaseOrigin.REVIEW), true);
            Node prov = n.node("provenance");
            Map<String, Object> provenance = prov == null ? Map.of() : plain(prov);
            if (prov == null) {
                n.problem("provenance", "is required: the record (ledger) or the document and span (review) the case was published from");
            } else if (origin != null) {
                provenanceProblems(origin, prov);
            }
            List<NewCase.Metric> metrics = new ArrayList<>();
            for (Node m : n.nodes("metrics")) {
                m.allowOnly(Set.of("quantity_zh", "quantity_en", "unit", "before", "after"));
                metrics.add(new NewCase.Metric(m.string("quantity_zh"), m.string("quantity_en"), m.string("unit"), m.string("before"),
                        m.string("after")));
            }
            NewCase body = new NewCase(n.string("title_zh"), n.string("title_en"), n.strings("zones"), n.string("domain"),
                    n.strings("tags"), n.string("summary_zh"), n.string("summary_en"), n.integer("year", 1949, 2100), metrics);
            for (BadRequestException.Field f : CaseRules.problems(body, known)) {
                n.problem(f.parameter(), f.message());
            }
            OffsetDateTime at = null;
            String when = n.requireString("published_at");
            if (when != null) {
                try {
                    at = OffsetDateTime.parse(when);
                } catch (DateTimeParseException e) {
                    n.problem("published_at", "must be a timestamp like 2026-12-06T18:00:00Z, got '" + when + "'");
                }
            }
            out.add(new Stored(id, origin, body, provenance, n.requireString("published_by"), at));
        }
        return new PlatformCases(out);
    }

    /** The provenance a case's origin needs: the record of a ledger case, the document and span of a review case. */
    private static void provenanceProblems(String origin, Node p) {
        if (origin.equals(CaseOrigin.LEDGER)) {
            p.integer("record", 1, Integer.MAX_VALUE);
            if (!p.has("record")) {
                p.problem("record", "is required: the innovation record the case was published from");
            }
        } else {
            for (String k : List.of("document", "start", "end")) {
                if (!p.has(k)) {
                    p.problem(k, "is required: the ingested document and the span of the case box");
                }
            }
            p.integer("document", 1, Integer.MAX_VALUE);
            Integer start = p.integer("start", 0, Integer.MAX_VALUE);
            Integer end = p.integer("end", 1, Integer.MAX_VALUE);
            if (start != null && end != null && start >= end) {
                p.problem("end", "must be after start");
            }
        }
    }

    static CaseOrigin origin(String origin, Map<String, Object> p) {
        if (CaseOrigin.LEDGER.equals(origin)) {
            return CaseOrigin.ledger(Long.parseLong(String.valueOf(p.get("record"))), p);
        }
        return CaseOrigin.review(Long.parseLong(String.valueOf(p.get("document"))), Integer.parseInt(String.valueOf(p.get("start"))),
                Integer.parseInt(String.valueOf(p.get("end"))), p);
    }

    /** A YAML mapping as plain maps, lists and strings (for the provenance, kept as JSON). */
    private static Map<String, Object> plain(Node n) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : n.keys()) {
            out.put(k, plainValue(n.raw(k)));
        }
        return out;
    }

    private static Object plainValue(Object v) {
        if (v instanceof Node n) {
            return plain(n);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PlatformCasesPart::plainValue).toList();
        }
        // Whole numbers (record, document, offsets) come back as numbers, as they were stored.
        return v instanceof String str && str.matches("-?\\d{1,18}") ? (Object) Long.parseLong(str) : v;
    }

    @Override
    public String summary(PlatformCases data) {
        return data.cases().size() + " platform cases in " + FILE;
    }

    /** None: platform cases are the platform's own work, and an import never empties them. */
    @Override
    public List<String> tables() {
        return List.of();
    }

    @Override
    public void importInto(PlatformCases data, ImportContext ctx) {
        JdbcTemplate jdbc = ctx.jdbc();
        for (Stored s : data.cases()) {
            jdbc.update("""
                    insert into platform_case (id, origin, body, provenance, published_by, published_at)
                    values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
                    on conflict (id) do update set origin = excluded.origin, body = excluded.body, provenance = excluded.provenance,
                        published_by = excluded.published_by, published_at = excluded.published_at""",
                    s.id(), s.origin(), JSON.writeValueAsString(s.body()), JSON.writeValueAsString(s.provenance()), s.publishedBy(),
                    s.publishedAt());
        }
        List<Stored> stored = stored(jdbc);
        List<DatasetProblem> problems = new ArrayList<>();
        CaseRules.Catalog known = new CaseWriter(jdbc).catalog();
        for (Stored s : stored) {
            String where = "platform case " + s.id();
            if (!jdbc.queryForList("select 1 from innovation where id = ?", s.id()).isEmpty()) {
                problems.add(new DatasetProblem(where, 0, "id", "a bundled case takes the id of this case published on the platform; "
                        + "a platform case is never overwritten: rename the bundled case"));
            }
            CaseRules.problems(s.body(), known).forEach(f -> problems.add(new DatasetProblem(where, 0, f.parameter(),
                    f.message() + " in the dataset being imported; the case published on the platform needs it")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
        for (Stored s : stored) {
            CasePublisher.project(jdbc, s.id(), s.caseOrigin(), s.body());
        }
        ctx.progress("platform cases kept: " + stored.size() + (data.cases().isEmpty() ? "" : " (" + data.cases().size() + " from " + FILE + ")"));
    }

    /** Every stored platform case, in the order they were published. */
    static List<Stored> stored(JdbcTemplate jdbc) {
        return jdbc.query("select id, origin, body::text as body, provenance::text as provenance, published_by, published_at "
                + "from platform_case order by published_at, id", (rs, n) -> new Stored(rs.getString("id"), rs.getString("origin"),
                JSON.readValue(rs.getString("body"), NewCase.class), map(rs.getString("provenance")), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String json) {
        return JSON.readValue(json, LinkedHashMap.class);
    }

    @Override
    public void export(ExportContext ctx) throws IOException {
        List<Stored> stored = stored(ctx.jdbc());
        if (stored.isEmpty()) {
            return;
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Stored s : stored) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("origin", s.origin());
            m.put("provenance", s.provenance());
            m.put("published_by", s.publishedBy());
            m.put("published_at", s.publishedAt().toString());
            NewCase c = s.body();
            m.put("title_zh", c.titleZh());
            m.put("title_en", c.titleEn());
            m.put("zones", c.zones());
            m.put("domain", c.domain());
            m.put("tags", c.tags());
            m.put("summary_zh", c.summaryZh());
            m.put("summary_en", c.summaryEn());
            if (c.year() != null) {
                m.put("year", c.year());
            }
            m.put("metrics", c.metrics().stream().map(x -> {
                Map<String, Object> metric = new LinkedHashMap<>();
                metric.put("quantity_zh", x.quantityZh());
                metric.put("quantity_en", x.quantityEn());
                metric.put("unit", x.unit());
                metric.put("before", CaseRules.blank(x.before()) ? null : x.before());
                metric.put("after", CaseRules.blank(x.after()) ? null : x.after());
                return ExportContext.compact(metric);
            }).toList());
            cases.add(m);
        }
        ctx.yaml(FILE, Map.of("cases", cases), cases.size());
    }
}
