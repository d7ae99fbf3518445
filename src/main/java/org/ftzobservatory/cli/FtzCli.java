package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.FtzApplication;
import org.ftzobservatory.dataset.DatasetExporter;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.dataset.DatasetReader;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.ReferenceData;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of the single executable jar. Exit codes: 0 done, 2 bad input (nothing written), 1 anything else.
 * Commands that only need the database start Spring without the web server.
 */
public final class FtzCli {

    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final String USAGE = """
            usage: ftz <command> [options]

              serve [--port N]      run the web app and API (default port 8080); imports the bundled dataset when it changed
              import DIR            validate DIR and replace the dataset with it, all or nothing
              export DIR            write the database's dataset to DIR as YAML/CSV files
              validate DIR          check DIR without touching the database
              status                the loaded dataset version and row counts
              search QUERY [--type innovation|document|event] [--limit N] [--format json|text]
                                    full-text search across the case library, documents and chronicle
              stats innovations [--format json|text]
                                    case counts by domain, zone and tag
              check-access --location L (--industry CODE[,CODE] | --activity TEXT) --foreign-share X
                           [--chinese-control] [--legal-rep-nationality chinese|foreign] [--investment-form F]
                           [--investor-origin foreign|hong_kong|macao|taiwan] [--service-mode M] [--format json|text]
                                    may a foreign investor do this here? executes the negative lists
              diff-lists LIST LIST [--format json|text]
                                    measures removed, relaxed, tightened, unchanged (e.g. national-2021 ftz-2021)
              import-list FILE --by NAME [--source TEXT] [--comment TEXT]
                                    import an official's file of measures (validated, all or nothing, with history)
              user add --role ZONE_EDITOR|PROVINCE_REVIEWER|NATIONAL_ADMIN --name NAME [--scope ZONE_OR_PROVINCE]
                                    create an official; the password is prompted for, or read from stdin's first line
              user token --name NAME [--label TEXT]
                                    create a personal API token (printed once)
              bulletin --province ID --period YYYY-Qn [--format md|html]
                                    supervision bulletin (调度通报): landed, in progress and overdue tasks with owners
              demo load | demo clear
                                    simulated replication and pilot-task ledgers for screenshots and training (labelled synthetic)
              tasks import FILE --by NAME   import a pilot-task ledger (.csv or .xlsx): checked row by row, all or nothing;
                                    known task ids are updated (moves checked against data/tasks/workflow.yaml) with history
              tasks export DIR      write the ledger as pilot-tasks.csv and pilot-tasks.xlsx (re-importable)
              tasks bulletin --zone ID --period YYYY-Qn [--format md|html]
                                    pilot-task bulletin of an FTZ or sub-zone: done, under way, overdue, suspended
              powers at --zone ID --date YYYY-MM-DD [--format json|text]
                                    the powers delegated to a zone on a day (the zone's and its FTZ's catalogues)
              powers import FILE --by NAME  record additions and removals of delegated powers (.csv/.xlsx), all or nothing
              powers export DIR     write the power timeline as delegated-powers.csv (re-importable)
              extract FILE|- [--format json|text]
                                    fact candidates (文号, dates, amounts, percents, counts, zones) of a TXT, HTML, PDF or
                                    DOCX file, with offsets into its text; no database. --ftz.extraction.max-size=50MB,
                                    --ftz.extraction.timeout=60s
              ingest FILE --by NAME put a TXT, HTML, PDF or DOCX file into the review queue (/review): its fact
                                    candidates wait for a curator's decision; the same file twice is stored once
              help                  this text

            planned (see the open issues): report, index

            Database: embedded PostgreSQL under var/pg, or an external server with FTZ_DB_URL, FTZ_DB_USER, FTZ_DB_PASSWORD.
            Spring options can follow any command, e.g. --ftz.home=/srv/ftz.
            """;

    /** Options of our commands that take a value; any other {@code --name=value} is handed to Spring. */
    private static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--type", "--limit", "--format",
            "--location", "--industry", "--activity", "--foreign-share", "--legal-rep-nationality", "--investment-form",
            "--investor-origin", "--service-mode", "--by", "--source", "--comment", "--role", "--name", "--scope", "--label",
            "--province", "--period", "--zone", "--date");
    private static final java.util.Set<String> FLAG_OPTIONS = java.util.Set.of("--chinese-control");

    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public FtzCli(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public FtzCli(java.io.InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        Integer port = null;
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUE_OPTIONS.contains(a)) {
                if (i + 1 >= args.length) {
                    err.println("ftz: " + a + " needs a value");
                    return BAD_INPUT;
                }
                options.put(a.substring(2), args[++i]);
            } else if (FLAG_OPTIONS.contains(a)) {
                options.put(a.substring(2), "true");
            } else if (a.equals("--port")) {
                if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,5}")) {
                    err.println("ftz: --port needs a number, e.g. --port 8080");
                    return BAD_INPUT;
                }
                port = Integer.parseInt(args[++i]);
            } else if (a.startsWith("--")) {
                springArgs.add(a);
            } else {
                positional.add(a);
            }
        }
        if (positional.isEmpty()) {
            err.print(USAGE);
            return BAD_INPUT;
        }
        String command = positional.get(0);
        List<String> rest = positional.subList(1, positional.size());
        try {
            return dispatch(command, rest, options, port, springArgs);
        } catch (RuntimeException e) {
            // Startup failures (database unreachable or in use) end in one clear line, never a stack trace.
            err.println("ftz " + command + ": failed: " + explain(rootMessage(e)));
            return FAILED;
        }
    }

    private int dispatch(String command, List<String> rest, java.util.Map<String, String> options, Integer port,
                         List<String> springArgs) {
        return switch (command) {
            case "serve" -> serve(port, springArgs);
            case "import" -> withDir(rest, "import") ? importDir(Path.of(rest.get(0)), springArgs) : BAD_INPUT;
            case "export" -> withDir(rest, "export") ? exportDir(Path.of(rest.get(0)), springArgs) : BAD_INPUT;
            case "validate" -> withDir(rest, "validate") ? validate(Path.of(rest.get(0)), springArgs) : BAD_INPUT;
            case "status" -> status(springArgs);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield OK;
            }
            case "search" -> search(rest, options, springArgs);
            case "stats" -> stats(rest, options, springArgs);
            case "check-access" -> new AccessCommands(out, err).checkAccess(options, () -> offline(springArgs, true));
            case "diff-lists" -> new AccessCommands(out, err).diffLists(rest, options, () -> offline(springArgs, true));
            case "import-list" -> new AccessCommands(out, err).importList(rest, options, () -> offline(springArgs, true));
            case "user" -> new UserCommands(in, out, err).run(rest, options, () -> offline(springArgs, true));
            case "bulletin" -> new ReplicationCommands(out, err).bulletin(options, () -> offline(springArgs, true));
            case "powers" -> new PowerCommands(out, err).run(rest, options, () -> offline(springArgs, true));
            case "tasks" -> new TaskCommands(out, err).run(rest, options, () -> offline(springArgs, true));
            case "demo" -> new ReplicationCommands(out, err).demo(rest, () -> offline(springArgs, true));
            case "extract" -> new ExtractCommand(out, err, in).run(rest, options, springArgs);
            case "ingest" -> new IngestCommand(out, err).run(rest, options, () -> offline(springArgs, true));
            case "report", "index" -> {
                err.println("ftz: '" + command + "' is not built yet; it is planned in the open issues.");
                yield BAD_INPUT;
            }
            default -> {
                err.println("ftz: unknown command '" + command + "'");
                err.print(USAGE);
                yield BAD_INPUT;
            }
        };
    }

    private boolean withDir(List<String> rest, String command) {
        if (rest.size() != 1) {
            err.println("ftz " + command + ": expects exactly one directory, e.g. ftz " + command + " data/");
            return false;
        }
        return true;
    }

    private int serve(Integer port, List<String> springArgs) {
        List<String> a = new ArrayList<>(springArgs);
        if (port != null) {
            a.add("--server.port=" + port);
        }
        a.add("--ftz.import-on-start=true");
        new SpringApplicationBuilder(FtzApplication.class).run(a.toArray(String[]::new));
        return KEEP_RUNNING;
    }

    private int validate(Path dir, List<String> springArgs) {
        if (!Files.isDirectory(dir)) {
            err.println("ftz validate: " + dir + " is not a directory");
            return BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = offline(springArgs, false)) {
            var data = DatasetReader.read(dir, ReferenceData.load(ctx.getBean(FtzPaths.class).referenceDir()));
            out.println("valid: " + data.summary());
            return OK;
        } catch (InvalidDatasetException e) {
            return report(e);
        }
    }

    private int importDir(Path dir, List<String> springArgs) {
        if (!Files.isDirectory(dir)) {
            err.println("ftz import: " + dir + " is not a directory");
            return BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = offline(springArgs, true)) {
            DatasetService service = ctx.getBean(DatasetService.class);
            DatasetService.ImportResult r = service.importDirectory(dir, msg -> err.println("  " + msg));
            out.println("imported dataset version " + r.version());
            printCounts(r.counts());
            return OK;
        } catch (InvalidDatasetException e) {
            return report(e);
        } catch (RuntimeException e) {
            err.println("ftz import: failed, nothing was written: " + rootMessage(e));
            return FAILED;
        }
    }

    private int exportDir(Path dir, List<String> springArgs) {
        try (ConfigurableApplicationContext ctx = offline(springArgs, true)) {
            Map<String, Integer> written = ctx.getBean(DatasetExporter.class).export(dir, msg -> err.println("  " + msg));
            out.println("exported to " + dir.toAbsolutePath());
            written.forEach((f, n) -> out.printf("  %-28s %6d%n", f, n));
            return OK;
        } catch (RuntimeException e) {
            err.println("ftz export: failed: " + rootMessage(e));
            return FAILED;
        }
    }

    private int status(List<String> springArgs) {
        try (ConfigurableApplicationContext ctx = offline(springArgs, true)) {
            var jdbc = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
            List<String> versions = jdbc.queryForList("select version || ' (imported ' || imported_at || ')' from dataset_meta", String.class);
            out.println("dataset: " + (versions.isEmpty() ? "none loaded" : versions.get(0)));
            printCounts(ctx.getBean(org.ftzobservatory.dataset.DatasetImporter.class).counts());
            return OK;
        } catch (RuntimeException e) {
            err.println("ftz status: failed: " + rootMessage(e));
            return FAILED;
        }
    }

    private int search(List<String> rest, java.util.Map<String, String> options, List<String> springArgs) {
        if (rest.isEmpty()) {
            err.println("ftz search: give a query, e.g. ftz search 保税维修 --format json");
            return BAD_INPUT;
        }
        String format = options.getOrDefault("format", "text");
        if (!format.equals("json") && !format.equals("text")) {
            err.println("ftz search: --format must be json or text");
            return BAD_INPUT;
        }
        int limit;
        try {
            limit = Integer.parseInt(options.getOrDefault("limit", "10"));
        } catch (NumberFormatException e) {
            err.println("ftz search: --limit must be a number");
            return BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = offline(springArgs, true)) {
            loadBundledIfEmpty(ctx);
            var result = ctx.getBean(org.ftzobservatory.search.SearchService.class).search(String.join(" ", rest),
                    options.get("type"), limit);
            if (format.equals("json")) {
                java.util.List<java.util.Map<String, Object>> hits = new java.util.ArrayList<>();
                for (var h : result.hits()) {
                    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("type", h.type());
                    m.put("id", h.id());
                    m.put("title_zh", h.titleZh());
                    m.put("zones", h.zones());
                    m.put("score", h.score());
                    m.put("snippet", h.snippet());
                    hits.add(m);
                }
                java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
                out.put("query", result.query());
                out.put("total", result.total());
                out.put("hits", hits);
                this.out.println(json(ctx).writeValueAsString(out));
            } else {
                this.out.println(result.total() + " hit(s) for '" + result.query() + "'");
                for (var h : result.hits()) {
                    this.out.printf("  %-10s %-50s %6.3f  %s%n", h.type(), h.id(), h.score(), h.titleZh());
                }
            }
            return OK;
        } catch (org.ftzobservatory.kernel.BadRequestException e) {
            err.println("ftz search: " + e.parameter() + ": " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int stats(List<String> rest, java.util.Map<String, String> options, List<String> springArgs) {
        if (rest.size() != 1 || !rest.get(0).equals("innovations")) {
            err.println("ftz stats: only 'ftz stats innovations [--format json]' exists");
            return BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = offline(springArgs, true)) {
            loadBundledIfEmpty(ctx);
            var stats = ctx.getBean(org.ftzobservatory.innovations.InnovationRepository.class).stats();
            if ("json".equals(options.get("format"))) {
                out.println(json(ctx).writerWithDefaultPrettyPrinter().writeValueAsString(stats));
            } else {
                stats.forEach((k, v) -> out.println(k + ": " + v));
            }
            return OK;
        }
    }

    /** Progress goes to stderr, so the command's JSON on stdout stays clean. */
    private void loadBundledIfEmpty(ConfigurableApplicationContext ctx) {
        try {
            DatasetService.ImportResult r = ctx.getBean(DatasetService.class)
                    .importBundledIfEmpty(msg -> err.println("  " + msg));
            if (r.imported()) {
                err.println("the database held no dataset: loaded the bundled one, version " + r.version());
            }
        } catch (InvalidDatasetException e) {
            err.println("the database holds no dataset and the bundled one has " + e.problems().size()
                    + " problem(s) (see ftz validate data/); answering from an empty database");
        }
    }

    private static tools.jackson.databind.ObjectMapper json(ConfigurableApplicationContext ctx) {
        return ctx.getBean(tools.jackson.databind.ObjectMapper.class);
    }

    private int report(InvalidDatasetException e) {
        for (DatasetProblem p : e.problems()) {
            err.println(p);
        }
        err.println(e.problems().size() + " problem(s); nothing was imported.");
        return BAD_INPUT;
    }

    private void printCounts(Map<String, Integer> counts) {
        counts.forEach((t, n) -> out.printf("  %-20s %6d%n", t, n));
    }

    static ConfigurableApplicationContext offline(List<String> springArgs, boolean database) {
        List<String> a = new ArrayList<>(springArgs);
        a.add("--ftz.import-on-start=false");
        a.add("--spring.main.banner-mode=off");
        a.add("--logging.level.root=WARN");
        // The command prints its own one-line error; Spring's startup report would repeat it with a stack trace.
        a.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
        a.add("--logging.level.org.springframework.context=ERROR");
        if (!database) {
            a.add("--spring.autoconfigure.exclude=" + String.join(",", Arrays.asList(
                    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")));
        }
        return new SpringApplicationBuilder(FtzApplication.class).web(WebApplicationType.NONE).run(a.toArray(String[]::new));
    }

    private static String explain(String message) {
        if (message != null && message.contains("could not lock") && message.contains("epg-lock")) {
            return message + " (the embedded database is in use by another ftz process, e.g. a running ./ftz serve; "
                    + "stop it, or run the command against an external PostgreSQL with --ftz.db.url=...)";
        }
        return message;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
