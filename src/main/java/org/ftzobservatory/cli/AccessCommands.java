package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.access.AccessCheckRequest;
import org.ftzobservatory.access.AccessResult;
import org.ftzobservatory.access.AccessResultView;
import org.ftzobservatory.access.ListDiffView;
import org.ftzobservatory.access.NegativeListService;
import org.ftzobservatory.access.ProposalValidator;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code check-access}, {@code diff-lists} and {@code import-list}: the negative lists on the command line. The two read-only
 * commands answer from the bundled files without a database unless {@code --stored} asks for the served lists.
 */
final class AccessCommands {

    private final PrintStream out;
    private final PrintStream err;

    AccessCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int checkAccess(Map<String, String> o, Supplier<ListsAtHand> source) {
        String format = o.getOrDefault("format", "text");
        if (!format.equals("json") && !format.equals("text")) {
            err.println("ftz check-access: --format must be json or text");
            return FtzCli.BAD_INPUT;
        }
        Double share;
        try {
            share = o.containsKey("foreign-share") ? Double.valueOf(o.get("foreign-share")) : null;
        } catch (NumberFormatException e) {
            err.println("ftz check-access: foreign_share: must be a number between 0 and 1, got '" + o.get("foreign-share") + "'");
            return FtzCli.BAD_INPUT;
        }
        AccessCheckRequest request = new AccessCheckRequest(o.get("location"), o.get("industry"), o.get("activity"), share,
                o.containsKey("chinese-control"), o.get("legal-rep-nationality"), o.get("investment-form"),
                o.get("investor-origin"), o.get("service-mode"), o.get("date"));
        try (ListsAtHand lists = source.get()) {
            AccessResult result = lists.checker().check(ProposalValidator.validate(request, lists.checker()));
            Map<String, Object> json = AccessResultView.json(result);
            if (format.equals("json")) {
                out.println(lists.json().writeValueAsString(AccessResultView.tree(result)));
            } else {
                out.println(result.verdict().id() + "  (" + result.list().id() + ", compared with " + result.comparisonList() + ": "
                        + (result.comparisonVerdict() == null ? "-" : result.comparisonVerdict().id()) + ")");
                out.println(((Map<?, ?>) json.get("explanation")).get("en"));
                out.println(((Map<?, ?>) json.get("explanation")).get("zh"));
            }
            return FtzCli.OK;
        } catch (BadRequestException e) {
            err.println("ftz check-access: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    int diffLists(List<String> rest, Map<String, String> o, Supplier<ListsAtHand> source) {
        if (rest.size() != 2) {
            err.println("ftz diff-lists: expects two list ids, e.g. ftz diff-lists national-2021 ftz-2021 --format json");
            return FtzCli.BAD_INPUT;
        }
        try (ListsAtHand lists = source.get()) {
            for (String id : rest) {
                if (!lists.checker().knowsList(id)) {
                    err.println("ftz diff-lists: unknown list '" + id + "' (known: "
                            + lists.data().lists().stream().map(l -> l.id()).toList() + ")");
                    return FtzCli.BAD_INPUT;
                }
            }
            Map<String, Object> json = ListDiffView.json(lists.data(), lists.classification(), rest.get(0), rest.get(1));
            if ("json".equals(o.get("format"))) {
                out.println(lists.json().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            } else {
                out.println(rest.get(0) + " -> " + rest.get(1) + ": " + json.get("summary"));
                ListDiffView.textLines(json).forEach(out::println);
            }
            return FtzCli.OK;
        }
    }

    int importList(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1 || !Files.isRegularFile(Path.of(rest.get(0)))) {
            err.println("ftz import-list: expects one YAML file of measures, e.g. ftz import-list ftz-2021-official.yaml --by 'Li Hua'");
            return FtzCli.BAD_INPUT;
        }
        if (o.get("by") == null || o.get("by").isBlank()) {
            err.println("ftz import-list: --by NAME is required: every change records who made it");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(0));
        try (ConfigurableApplicationContext ctx = context.get()) {
            NegativeListService lists = ctx.getBean(NegativeListService.class);
            ListsAtHand.stored(ctx, err); // brings the served lists up to date with the bundled files first
            err.println("  validating " + file);
            var r = lists.importFile(file, o.get("by"), o.getOrDefault("source", file.getFileName().toString()), o.get("comment"));
            out.println("imported " + file + ": " + r.added() + " added, " + r.changed() + " changed, " + r.unchanged() + " unchanged");
            return FtzCli.OK;
        } catch (InvalidDatasetException e) {
            for (DatasetProblem p : e.problems()) {
                err.println(p);
            }
            err.println(e.problems().size() + " problem(s); nothing was imported.");
            return FtzCli.BAD_INPUT;
        }
    }
}
