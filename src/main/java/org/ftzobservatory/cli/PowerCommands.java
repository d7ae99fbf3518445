package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.powers.DelegatedPower;
import org.ftzobservatory.powers.PowerExport;
import org.ftzobservatory.powers.PowerService;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** {@code powers at --zone Z --date D}, {@code powers import FILE --by NAME}, {@code powers export DIR}. */
final class PowerCommands {

    private final PrintStream out;
    private final PrintStream err;

    PowerCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String sub = rest.isEmpty() ? "" : rest.get(0);
        try {
            return switch (sub) {
                case "at" -> at(o, context);
                case "import" -> importFile(rest, o, context);
                case "export" -> export(rest, context);
                default -> {
                    err.println("ftz powers: use 'powers at --zone ID --date YYYY-MM-DD [--format json|text]', "
                            + "'powers import FILE --by NAME' or 'powers export DIR'");
                    yield FtzCli.BAD_INPUT;
                }
            };
        } catch (BadRequestException e) {
            err.println("ftz powers: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        } catch (InvalidDatasetException e) {
            for (DatasetProblem p : e.problems()) {
                err.println(p.line() == 0 ? p.file() + ": " + p.message() : p.toString());
            }
            err.println("ftz powers import: " + e.problems().size() + " problem(s); nothing was imported");
            return FtzCli.BAD_INPUT;
        } catch (ForbiddenException e) {
            err.println("ftz powers: " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    private int at(Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        if (o.get("zone") == null || o.get("date") == null) {
            err.println("ftz powers at: give --zone ID (e.g. guangdong/nansha) and --date YYYY-MM-DD");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            List<DelegatedPower> at = ctx.getBean(PowerService.class).at(o.get("zone"), o.get("date"));
            if ("text".equals(o.get("format"))) {
                at.forEach(p -> out.println(p.catalogue() + "  " + p.powerId() + "  " + p.nameZh() + "  (" + p.department() + ", since "
                        + p.since() + ")"));
                out.println(at.size() + " powers delegated to " + o.get("zone") + " on " + o.get("date"));
            } else {
                out.println(JsonMapper.builder().findAndAddModules().propertyNamingStrategy(
                        tools.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(Map.of("zone", o.get("zone"), "date", o.get("date"), "count", at.size(), "powers", at)));
            }
            return FtzCli.OK;
        }
    }

    private int importFile(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 2 || o.get("by") == null) {
            err.println("ftz powers import: give one .csv or .xlsx file and --by NAME");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(1));
        if (!Files.isRegularFile(file)) {
            err.println("ftz powers import: " + file + ": no such file");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            Official who = ctx.getBean(OfficialStore.class).byName(o.get("by").trim()).map(OfficialStore.Account::official).orElse(null);
            if (who == null) {
                err.println("ftz powers import: no official named '" + o.get("by").trim() + "' (add one with ftz user add)");
                return FtzCli.BAD_INPUT;
            }
            PowerService.Result r = ctx.getBean(PowerService.class).importFile(file, file.getFileName().toString(), who,
                    m -> err.println("  " + m));
            out.println("imported " + file.getFileName() + ": " + r.added() + " additions, " + r.removed() + " removals, "
                    + r.unchanged() + " unchanged");
            return FtzCli.OK;
        }
    }

    private int export(List<String> rest, Supplier<ConfigurableApplicationContext> context) throws RuntimeException {
        if (rest.size() != 2) {
            err.println("ftz powers export: give a directory");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            Path dir = Path.of(rest.get(1));
            int events = ctx.getBean(PowerExport.class).export(dir);
            out.println("exported " + events + " events to " + dir.resolve(PowerExport.BASENAME + ".csv").toAbsolutePath() + " and "
                    + dir.resolve(PowerExport.BASENAME + ".xlsx").toAbsolutePath());
            return FtzCli.OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
