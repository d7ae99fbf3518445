package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.evaluation.EvaluationIndex;
import org.ftzobservatory.evaluation.Framework;
import org.ftzobservatory.evaluation.IndexRun;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code index --year Y [--framework FILE|ID] [--level ftz|subzone] [--format json|table]}: reads only, so it needs no
 * official; beside a running server it uses that server's PostgreSQL like every other command.
 */
final class IndexCommands {

    private final PrintStream out;
    private final PrintStream err;

    IndexCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        List<String> problems = new ArrayList<>();
        if (!rest.isEmpty()) {
            problems.add("ftz index: unexpected argument '" + rest.get(0) + "'");
        }
        Integer year = null;
        if (o.get("year") == null) {
            problems.add("ftz index: --year: give a year, e.g. --year 2021");
        } else if (!o.get("year").matches("\\d{4}")) {
            problems.add("ftz index: --year: '" + o.get("year") + "' is not a year");
        } else {
            year = Integer.parseInt(o.get("year"));
        }
        String level = o.getOrDefault("level", "ftz");
        if (!level.equals("ftz") && !level.equals("subzone")) {
            problems.add("ftz index: --level: '" + level + "' is not ftz or subzone");
        }
        String format = o.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("table")) {
            problems.add("ftz index: --format: '" + format + "' is not json or table");
        }
        String frameworkArg = o.get("framework");
        if (frameworkArg != null && looksLikeFile(frameworkArg) && !Files.isRegularFile(Path.of(frameworkArg))) {
            problems.add("ftz index: --framework: " + frameworkArg + ": no such file");
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            EvaluationIndex index = ctx.getBean(EvaluationIndex.class);
            Framework framework;
            if (frameworkArg == null) {
                framework = index.defaultFramework();
            } else if (Files.isRegularFile(Path.of(frameworkArg))) {
                framework = index.readFile(Path.of(frameworkArg));
            } else {
                framework = index.stored(frameworkArg);
                if (framework == null) {
                    err.println("ftz index: --framework: no file and no stored framework '" + frameworkArg + "'");
                    return FtzCli.BAD_INPUT;
                }
            }
            IndexRun run = index.run(year, level, framework);
            if (format.equals("table")) {
                table(run);
            } else {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json(run)));
            }
            return FtzCli.OK;
        } catch (InvalidDatasetException e) {
            for (DatasetProblem p : e.problems()) {
                err.println(p);
            }
            err.println("ftz index: " + e.problems().size() + " problem(s) in the framework; nothing was computed");
            return FtzCli.BAD_INPUT;
        } catch (BadRequestException e) {
            err.println("ftz index: --" + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    private static boolean looksLikeFile(String arg) {
        return arg.endsWith(".yaml") || arg.endsWith(".yml") || arg.contains("/");
    }

    /** Exactly the shape issue 15 gives: framework, year, level, results with id, score, rank, rank_p5, rank_p95, dimensions. */
    static Map<String, Object> json(IndexRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", run.framework());
        m.put("year", run.year());
        m.put("level", run.level());
        List<Map<String, Object>> results = new ArrayList<>();
        for (IndexRun.ZoneResult r : run.results()) {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("id", r.id());
            z.put("score", r.score());
            z.put("rank", r.rank());
            z.put("rank_p5", r.rankP5());
            z.put("rank_p95", r.rankP95());
            z.put("dimensions", r.dimensions());
            results.add(z);
        }
        m.put("results", results);
        return m;
    }

    private void table(IndexRun run) {
        out.printf(Locale.ROOT, "%s %s, %d, level %s, %d weight draws (±%.0f %%, seed %d)%s%n", run.framework(), run.frameworkVersion(),
                run.year(), run.level(), run.draws(), run.spread() * 100, run.seed(),
                run.synthetic() ? "; some indicators use synthetic demo data" : "");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-5s %-9s %-26s %7s", "rank", "5-95%", "zone", "score"));
        run.dimensionInfo().forEach(d -> head.append(String.format(Locale.ROOT, " %12.12s", d.id())));
        out.println(head);
        for (IndexRun.ZoneResult r : run.results()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s %-9s %-26.26s %7s",
                    r.rank() == null ? "-" : r.rank(), r.rank() == null ? "-" : r.rankP5() + "-" + r.rankP95(), r.id(),
                    r.score() == null ? "no data" : String.format(Locale.ROOT, "%.4f", r.score())));
            r.dimensions().values().forEach(v -> line.append(String.format(Locale.ROOT, " %12s", v == null ? "-" : String.format(Locale.ROOT, "%.4f", v))));
            out.println(line);
        }
    }
}
