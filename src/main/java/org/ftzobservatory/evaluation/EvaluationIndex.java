package org.ftzobservatory.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ftzobservatory.evaluation.Framework.Leaf;
import org.ftzobservatory.evaluation.IndexEngine.Outcome;
import org.ftzobservatory.evaluation.IndexEngine.ZoneOutcome;
import org.ftzobservatory.evaluation.IndexRun.ZoneResult;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.Years;
import org.ftzobservatory.security.AuditLog;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation index: frameworks (the bundled one under data/evaluation/, uploaded ones in the database) applied to a
 * year and a level. {@link #run(int, String, Framework)} and {@link #defaultFramework()} are the stable entry points other
 * features call (the annual report's "index results").
 */
@Service
public class EvaluationIndex {

    public static final String BUNDLED_FILE = "evaluation/default-framework.yaml";
    static final String AUDIT_TYPE = "evaluation_framework";
    static final String BUNDLED_BY = "bundled dataset";

    private final IndexData data;
    private final FrameworkStore store;
    private final JdbcClient jdbc;
    private final FtzPaths paths;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private volatile DataSources sources;
    private volatile Framework bundled;

    public EvaluationIndex(IndexData data, FrameworkStore store, JdbcClient jdbc, FtzPaths paths, TransactionTemplate tx, AuditLog audit) {
        this.data = data;
        this.store = store;
        this.jdbc = jdbc;
        this.paths = paths;
        this.tx = tx;
        this.audit = audit;
    }

    /** The sources formulas may name, with the parameter values the loaded dataset knows (read once the dataset is there). */
    public DataSources sources() {
        DataSources s = sources;
        if (s == null) {
            Set<String> domains = new LinkedHashSet<>(jdbc.sql("select id from vocabulary where kind = 'innovation_domains'")
                    .query(String.class).list());
            Set<String> tags = new LinkedHashSet<>(jdbc.sql("select id from innovation_tag").query(String.class).list());
            s = new DataSources(domains, tags, data.statisticIndicators());
            if (!domains.isEmpty()) {
                sources = s;
            }
        }
        return s;
    }

    /** The bundled framework (data/evaluation/default-framework.yaml), stored as a version on first use. */
    public Framework defaultFramework() {
        Framework f = bundled;
        if (f == null) {
            Path file = paths.dataDir().resolve(BUNDLED_FILE);
            f = FrameworkFile.read(file, "data/" + BUNDLED_FILE, sources());
            store.insert(f, BUNDLED_BY);
            bundled = f;
        }
        return f;
    }

    /** A framework file of one's own (the CLI's --framework FILE): validated, not stored. */
    public Framework readFile(Path file) {
        return FrameworkFile.read(file, file.toString(), sources());
    }

    /** A stored framework by {@code id} (newest upload) or {@code id@version}; null when there is none. */
    public Framework stored(String ref) {
        defaultFramework();
        return store.find(ref).map(s -> parse(s.content(), s.id() + "@" + s.version())).orElse(null);
    }

    public List<FrameworkStore.Stored> frameworks() {
        defaultFramework();
        return store.all();
    }

    public List<Integer> years() {
        return data.years();
    }

    private Framework parse(String content, String name) {
        try {
            Path tmp = Files.createTempFile("ftz-framework-", ".yaml");
            try {
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                return FrameworkFile.read(tmp, name, sources());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates and stores an uploaded framework file with its audit event, all or nothing. Only the national office may;
     * an existing id and version is never overwritten (the same file again changes nothing).
     */
    public FrameworkStore.Stored upload(String content, String fileName, Official who) {
        if (who.role() != Role.NATIONAL_ADMIN) {
            throw new ForbiddenException("only a national admin may upload an evaluation framework");
        }
        Framework f = parse(content, fileName);
        return tx.execute(status -> {
            FrameworkStore.Stored existing = store.find(f.id() + "@" + f.version()).orElse(null);
            if (existing != null) {
                if (!existing.content().equals(f.content())) {
                    throw new ConflictException("framework " + f.id() + " version " + f.version()
                            + " exists with other content; give the new file a new version", Map.of("id", f.id(), "version", f.version()));
                }
                return existing;
            }
            store.insert(f, who.name());
            audit.append(List.of(new AuditLog.Event(who, AUDIT_TYPE, f.id() + "@" + f.version(), "upload", null, null, fileName,
                    null, "{\"id\":" + quote(f.id()) + ",\"version\":" + quote(f.version()) + ",\"date\":" + quote(f.date())
                    + ",\"indicators\":" + f.leaves().size() + "}")));
            return store.find(f.id() + "@" + f.version()).orElseThrow();
        });
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Checks the year and level the API, page and CLI receive. */
    public static void check(Integer year, String level) {
        if (year == null || !Years.valid(year)) {
            throw new BadRequestException("year", "give a year " + Years.range());
        }
        if (!IndexData.FTZ.equals(level) && !IndexData.SUBZONE.equals(level)) {
            throw new BadRequestException("level", "'" + level + "' is not ftz or subzone");
        }
    }

    /** The index of the year at the level (ftz | subzone) under the framework. */
    public IndexRun run(int year, String level, Framework framework) {
        check(year, level);
        List<IndexData.Place> places = data.places(level, year);
        IndexEngine engine = new IndexEngine(framework);
        List<Leaf> leaves = engine.leaves();
        double[][] raw = new double[places.size()][leaves.size()];
        List<IndexRun.IndicatorInfo> infos = new ArrayList<>();
        boolean anySynthetic = false;
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            IndexData.Values v = data.values(leaf.indicator().formula(), level, year);
            int with = 0;
            for (int z = 0; z < places.size(); z++) {
                Double x = v.byZone().get(places.get(z).id());
                raw[z][i] = x == null || x.isNaN() || x.isInfinite() ? Double.NaN : x;
                with += Double.isNaN(raw[z][i]) ? 0 : 1;
            }
            anySynthetic |= v.synthetic();
            Framework.Indicator ind = leaf.indicator();
            DataSources.Source source = sources().source(ind.formula().source());
            infos.add(new IndexRun.IndicatorInfo(ind.id(), ind.name(), leaf.dim().id(), leaf.sub().name(), ind.weight(),
                    round(leaf.effectiveWeight()), ind.direction().name().toLowerCase(), ind.normalisation().id,
                    ind.missing().name().toLowerCase(), ind.formula().toString(), source.description(), v.synthetic(), with, ind.note()));
        }
        Outcome outcome = engine.run(raw);
        List<ZoneResult> results = new ArrayList<>();
        for (int z = 0; z < places.size(); z++) {
            ZoneOutcome o = outcome.zones().get(z);
            Map<String, Double> dims = new LinkedHashMap<>();
            for (int d = 0; d < framework.dimensions().size(); d++) {
                dims.put(framework.dimensions().get(d).id(), Double.isNaN(o.dimensions()[d]) ? null : round(o.dimensions()[d]));
            }
            List<IndexRun.IndicatorValue> values = new ArrayList<>();
            for (int i = 0; i < leaves.size(); i++) {
                double r = raw[z][i];
                double n = o.normalised()[i];
                values.add(new IndexRun.IndicatorValue(leaves.get(i).indicator().id(), Double.isNaN(r) ? null : round(r),
                        Double.isNaN(n) ? null : round(n), Double.isNaN(r), o.treatments()[i].name().toLowerCase()));
            }
            List<IndexRun.Dependence> deps = o.dependsOn().stream()
                    .map(d -> new IndexRun.Dependence(leaves.get(d.indicator()).indicator().id(), round(d.correlation()))).toList();
            results.add(new ZoneResult(places.get(z).id(), places.get(z).name(), o.score() == null ? null : round(o.score()),
                    o.rank(), o.rankP5(), o.rankP95(), dims, values, deps));
        }
        results.sort((a, b) -> a.rank() == null ? (b.rank() == null ? 0 : 1) : b.rank() == null ? -1
                : a.rank().equals(b.rank()) ? Double.compare(Objects.requireNonNullElse(b.score(), 0.0), Objects.requireNonNullElse(a.score(), 0.0))
                : Integer.compare(a.rank(), b.rank()));
        List<IndexRun.DimensionInfo> dimInfo = framework.dimensions().stream()
                .map(d -> new IndexRun.DimensionInfo(d.id(), d.name(), d.weight())).toList();
        return new IndexRun(framework.id(), framework.version(), framework.title(), year, level, outcome.draws(),
                framework.sensitivity().spread(), framework.sensitivity().seed(), anySynthetic, dimInfo, infos, results,
                outcome.widened());
    }

    /** The runs of every year with data, oldest first (trends); at most the ten most recent years. */
    public Map<Integer, IndexRun> trend(String level, Framework framework) {
        Map<Integer, IndexRun> out = new HashMap<>();
        List<Integer> ys = years();
        for (int y : ys.subList(0, Math.min(10, ys.size()))) {
            out.put(y, run(y, level, framework));
        }
        return new java.util.TreeMap<>(out);
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
