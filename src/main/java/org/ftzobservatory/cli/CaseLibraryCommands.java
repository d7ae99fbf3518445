package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.search.SearchService;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.ObjectMapper;

/** {@code search} and {@code stats}: the case library, documents and chronicle as the web search sees them. */
final class CaseLibraryCommands {

    private final PrintStream out;
    private final PrintStream err;

    CaseLibraryCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int search(List<String> rest, Map<String, String> options, Supplier<ConfigurableApplicationContext> context) {
        if (rest.isEmpty()) {
            err.println("ftz search: give a query, e.g. ftz search 保税维修 --format json");
            return FtzCli.BAD_INPUT;
        }
        String format = options.getOrDefault("format", "text");
        if (!format.equals("json") && !format.equals("text")) {
            err.println("ftz search: --format must be json or text");
            return FtzCli.BAD_INPUT;
        }
        int limit;
        try {
            limit = Integer.parseInt(options.getOrDefault("limit", "10"));
        } catch (NumberFormatException e) {
            err.println("ftz search: --limit must be a number");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            loadBundledIfEmpty(ctx);
            var result = ctx.getBean(SearchService.class).search(String.join(" ", rest), options.get("type"), limit);
            if (format.equals("json")) {
                List<Map<String, Object>> hits = new ArrayList<>();
                for (var h : result.hits()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", h.type());
                    m.put("id", h.id());
                    m.put("title_zh", h.titleZh());
                    m.put("zones", h.zones());
                    m.put("score", h.score());
                    m.put("snippet", h.snippet());
                    hits.add(m);
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("query", result.query());
                json.put("total", result.total());
                json.put("hits", hits);
                out.println(ctx.getBean(ObjectMapper.class).writeValueAsString(json));
            } else {
                out.println(result.total() + " hit(s) for '" + result.query() + "'");
                for (var h : result.hits()) {
                    out.printf("  %-10s %-50s %6.3f  %s%n", h.type(), h.id(), h.score(), h.titleZh());
                }
            }
            return FtzCli.OK;
        } catch (BadRequestException e) {
            err.println("ftz search: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    int stats(List<String> rest, Map<String, String> options, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1 || !rest.get(0).equals("innovations")) {
            err.println("ftz stats: only 'ftz stats innovations [--format json]' exists");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            loadBundledIfEmpty(ctx);
            var stats = ctx.getBean(InnovationRepository.class).stats();
            if ("json".equals(options.get("format"))) {
                out.println(ctx.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(stats));
            } else {
                stats.forEach((k, v) -> out.println(k + ": " + v));
            }
            return FtzCli.OK;
        }
    }

    /** Progress goes to stderr, so the command's JSON on stdout stays clean. */
    private void loadBundledIfEmpty(ConfigurableApplicationContext ctx) {
        try {
            DatasetService.ImportResult r = ctx.getBean(DatasetService.class).importBundledIfEmpty(msg -> err.println("  " + msg));
            if (r.imported()) {
                err.println("the database held no dataset: loaded the bundled one, version " + r.version());
            }
        } catch (InvalidDatasetException e) {
            err.println("the database holds no dataset and the bundled one has " + e.problems().size()
                    + " problem(s) (see ftz validate data/); answering from an empty database");
        }
    }
}
