package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.dataset.DatasetImporter;
import org.ftzobservatory.dataset.DatasetReader;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.ReferenceData;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code import}, {@code export}, {@code validate} and {@code status}: the bundled dataset on the command line. */
final class DatasetCommands {

    private final PrintStream out;
    private final PrintStream err;

    DatasetCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int validate(List<String> rest, Supplier<ConfigurableApplicationContext> noDatabase) {
        Path dir = directory(rest, "validate");
        if (dir == null) {
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = noDatabase.get()) {
            var data = DatasetReader.read(dir, ReferenceData.load(ctx.getBean(FtzPaths.class).referenceDir()));
            out.println("valid: " + data.summary());
            return FtzCli.OK;
        } catch (InvalidDatasetException e) {
            return report(e);
        }
    }

    int importDir(List<String> rest, Supplier<ConfigurableApplicationContext> context) {
        Path dir = directory(rest, "import");
        if (dir == null) {
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            DatasetService service = ctx.getBean(DatasetService.class);
            DatasetService.ImportResult r = service.importDirectory(dir, msg -> err.println("  " + msg));
            out.println("imported dataset version " + r.version());
            printCounts(r.counts());
            return FtzCli.OK;
        } catch (InvalidDatasetException e) {
            return report(e);
        } catch (RuntimeException e) {
            err.println("ftz import: failed, nothing was written: " + FtzCli.rootMessage(e));
            return FtzCli.FAILED;
        }
    }

    int exportDir(List<String> rest, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1) {
            err.println("ftz export: expects exactly one directory, e.g. ftz export out/");
            return FtzCli.BAD_INPUT;
        }
        Path dir = Path.of(rest.get(0));
        try (ConfigurableApplicationContext ctx = context.get()) {
            Map<String, Integer> written = ctx.getBean(DatasetExporter.class).export(dir, msg -> err.println("  " + msg));
            out.println("exported to " + dir.toAbsolutePath());
            written.forEach((f, n) -> out.printf("  %-28s %6d%n", f, n));
            return FtzCli.OK;
        } catch (RuntimeException e) {
            err.println("ftz export: failed: " + FtzCli.rootMessage(e));
            return FtzCli.FAILED;
        }
    }

    int status(Supplier<ConfigurableApplicationContext> context) {
        try (ConfigurableApplicationContext ctx = context.get()) {
            var jdbc = ctx.getBean(JdbcTemplate.class);
            List<String> versions = jdbc.queryForList("select version || ' (imported ' || imported_at || ')' from dataset_meta", String.class);
            out.println("dataset: " + (versions.isEmpty() ? "none loaded" : versions.get(0)));
            printCounts(ctx.getBean(DatasetImporter.class).counts());
            return FtzCli.OK;
        } catch (RuntimeException e) {
            err.println("ftz status: failed: " + FtzCli.explain(FtzCli.rootMessage(e)));
            return FtzCli.FAILED;
        }
    }

    /** The one directory argument of import and validate, which must exist; null after printing why not. */
    private Path directory(List<String> rest, String command) {
        if (rest.size() != 1) {
            err.println("ftz " + command + ": expects exactly one directory, e.g. ftz " + command + " data/");
            return null;
        }
        Path dir = Path.of(rest.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("ftz " + command + ": " + dir + " is not a directory");
            return null;
        }
        return dir;
    }

    private int report(InvalidDatasetException e) {
        for (DatasetProblem p : e.problems()) {
            err.println(p);
        }
        err.println(e.problems().size() + " problem(s); nothing was imported.");
        return FtzCli.BAD_INPUT;
    }

    private void printCounts(Map<String, Integer> counts) {
        counts.forEach((t, n) -> out.printf("  %-20s %6d%n", t, n));
    }
}
