package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.bulletin.Bulletin;
import org.ftzobservatory.bulletin.BulletinEngine;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.tasks.TaskBulletins;
import org.ftzobservatory.tasks.TaskExport;
import org.ftzobservatory.tasks.TaskImport;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code tasks import FILE --by NAME}, {@code tasks export DIR}, {@code tasks bulletin --zone Z --period P}. */
final class TaskCommands {

    private final PrintStream out;
    private final PrintStream err;

    TaskCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String sub = rest.isEmpty() ? "" : rest.get(0);
        return switch (sub) {
            case "import" -> importFile(rest, o, context);
            case "export" -> export(rest, context);
            case "bulletin" -> bulletin(o, context);
            default -> {
                err.println("ftz tasks: use 'tasks import FILE --by NAME', 'tasks export DIR' or "
                        + "'tasks bulletin --zone ID --period YYYY-Qn [--format md|html]'");
                yield FtzCli.BAD_INPUT;
            }
        };
    }

    private int importFile(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 2) {
            err.println("ftz tasks import: give one .csv or .xlsx file, e.g. ftz tasks import ledger.xlsx --by 'Li Hua'");
            return FtzCli.BAD_INPUT;
        }
        String by = o.get("by");
        if (by == null || by.isBlank()) {
            err.println("ftz tasks import: --by NAME is required: the official whose role and scope the import runs under");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(1));
        if (!Files.isRegularFile(file)) {
            err.println("ftz tasks import: " + file + ": no such file");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            Official who = ctx.getBean(OfficialStore.class).byName(by.trim()).map(OfficialStore.Account::official).orElse(null);
            if (who == null) {
                err.println("ftz tasks import: no official named '" + by.trim() + "' (add one with ftz user add)");
                return FtzCli.BAD_INPUT;
            }
            TaskImport.Result r = ctx.getBean(TaskImport.class).importFile(file, file.getFileName().toString(), who, false,
                    msg -> err.println("  " + msg));
            out.println("imported " + file.getFileName() + ": " + r.rows() + " rows, " + r.created() + " new, " + r.updated()
                    + " changed, " + r.unchanged() + " unchanged, " + r.plans() + " plans");
            return FtzCli.OK;
        } catch (InvalidDatasetException e) {
            for (DatasetProblem p : e.problems()) {
                err.println(p.line() == 0 ? p.file() + ": " + p.message() : p.toString());
            }
            err.println("ftz tasks import: " + e.problems().size() + " problem(s); nothing was imported");
            return FtzCli.BAD_INPUT;
        } catch (ForbiddenException e) {
            err.println("ftz tasks import: " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    private int export(List<String> rest, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 2) {
            err.println("ftz tasks export: give a directory, e.g. ftz tasks export out/");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            int n = ctx.getBean(TaskExport.class).export(Path.of(rest.get(1)), msg -> err.println("  " + msg));
            out.println("exported " + n + " tasks to " + Path.of(rest.get(1)).toAbsolutePath() + " (" + TaskExport.BASENAME
                    + ".csv, " + TaskExport.BASENAME + ".xlsx)");
            return FtzCli.OK;
        }
    }

    private int bulletin(Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String format = o.getOrDefault("format", "md");
        if (!format.equals("md") && !format.equals("html")) {
            err.println("ftz tasks bulletin: format: must be md or html");
            return FtzCli.BAD_INPUT;
        }
        if (o.get("zone") == null || o.get("period") == null) {
            err.println("ftz tasks bulletin: give --zone ID (an FTZ such as henan, or ftz/subzone) and --period YYYY-Qn (or YYYY-MM, YYYY)");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            Bulletin b = ctx.getBean(TaskBulletins.class).build(o.get("zone"), o.get("period"));
            out.print(format.equals("md") ? BulletinEngine.markdown(b) : BulletinEngine.html(b));
            return FtzCli.OK;
        } catch (BadRequestException e) {
            err.println("ftz tasks bulletin: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }
}
