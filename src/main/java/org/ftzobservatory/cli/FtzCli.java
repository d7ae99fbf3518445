package org.ftzobservatory.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ftzobservatory.FtzApplication;
import org.ftzobservatory.kernel.FtzPaths;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of the single executable jar: parses the arguments and hands each command to the class of its family
 * ({@link DatasetCommands}, {@link CaseLibraryCommands}, {@link AccessCommands}, {@link UserCommands},
 * {@link ReplicationCommands}, {@link ExtractCommand}, {@link IngestCommand}). Exit codes: 0 done, 2 bad input (nothing
 * written), 1 anything else. Commands that only need the database start Spring without the web server.
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
                           [--investor-origin foreign|hong_kong|macao|taiwan] [--service-mode M] [--date YYYY-MM-DD] [--format json|text] [--stored]
                                    may a foreign investor do this here? executes the bundled negative lists, without
                                    the database; --stored: the lists as the database serves them (with imported measures)
              diff-lists LIST LIST [--format json|text] [--stored]
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
              powers export DIR     write the power timeline as delegated-powers.csv and .xlsx (re-importable)
              extract FILE|- [--format json|text]
                                    fact candidates (文号, dates, amounts, percents, counts, zones) of a TXT, HTML, PDF or
                                    DOCX file, with offsets into its text; no database. --ftz.extraction.max-size=50MB,
                                    --ftz.extraction.timeout=60s
              ingest FILE --by NAME put a TXT, HTML, PDF or DOCX file into the review queue (/review): its fact
                                    candidates wait for a curator's decision; the same file twice is stored once
              backup FILE           the whole database as a pg_dump custom-format archive (progress on stderr)
              restore FILE          replace the database with an archive of ftz backup, all or nothing; refuses an
                                    archive of a newer schema than this release's
              index --year Y [--framework FILE|ID] [--level ftz|subzone] [--format json|table]
                                    the evaluation index of a year: scores, ranks and their 5-95 % intervals under
                                    weights perturbed ±20 %; FILE: a framework file of your own (validated, not stored)
              help                  this text

            planned (see the open issues): report

            Database: embedded PostgreSQL under var/pg, or an external server with FTZ_DB_URL, FTZ_DB_USER, FTZ_DB_PASSWORD.
            While ./ftz serve runs, the other commands use its embedded PostgreSQL (found through var/pg.server).
            Spring options can follow any command, e.g. --ftz.home=/srv/ftz.
            """;

    /** Options of our commands that take a value; any other {@code --name=value} is handed to Spring. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--type", "--limit", "--format",
            "--location", "--industry", "--activity", "--foreign-share", "--legal-rep-nationality", "--investment-form",
            "--investor-origin", "--service-mode", "--by", "--source", "--comment", "--role", "--name", "--scope", "--label",
            "--province", "--period", "--zone", "--date", "--year", "--framework", "--level");
    private static final Set<String> FLAG_OPTIONS = Set.of("--chinese-control", "--stored");

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public FtzCli(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }

    public FtzCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        Integer port = null;
        Map<String, String> options = new HashMap<>();
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

    private int dispatch(String command, List<String> rest, Map<String, String> options, Integer port,
                         List<String> springArgs) {
        Supplier<ConfigurableApplicationContext> database = () -> offline(springArgs, true);
        return switch (command) {
            case "serve" -> serve(port, springArgs);
            case "import" -> new DatasetCommands(out, err).importDir(rest, database);
            case "export" -> new DatasetCommands(out, err).exportDir(rest, database);
            case "validate" -> new DatasetCommands(out, err).validate(rest, () -> offline(springArgs, false));
            case "status" -> new DatasetCommands(out, err).status(database);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield OK;
            }
            case "search" -> new CaseLibraryCommands(out, err).search(rest, options, database);
            case "stats" -> new CaseLibraryCommands(out, err).stats(rest, options, database);
            case "check-access" -> new AccessCommands(out, err).checkAccess(options, lists(options, springArgs));
            case "diff-lists" -> new AccessCommands(out, err).diffLists(rest, options, lists(options, springArgs));
            case "import-list" -> new AccessCommands(out, err).importList(rest, options, database);
            case "user" -> new UserCommands(in, out, err).run(rest, options, database);
            case "bulletin" -> new ReplicationCommands(out, err).bulletin(options, database);
            case "demo" -> new ReplicationCommands(out, err).demo(rest, database);
            case "tasks" -> new TaskCommands(out, err).run(rest, options, database);
            case "powers" -> new PowerCommands(out, err).run(rest, options, database);
            case "extract" -> new ExtractCommand(out, err, in).run(rest, options, springArgs);
            case "ingest" -> new IngestCommand(out, err).run(rest, options, database);
            // No migrations: a backup copies the schema as it is, a restore replaces it.
            case "backup" -> new BackupCommands(out, err).backup(rest, setting(springArgs, "ftz.backup.pg-bin", ""),
                    () -> offline(springArgs, false));
            case "restore" -> new BackupCommands(out, err).restore(rest, setting(springArgs, "ftz.backup.pg-bin", ""),
                    () -> offline(springArgs, false));
            case "index" -> new IndexCommands(out, err).run(rest, options, database);
            case "report" -> {
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

    /** The bundled lists without Spring or a database, or with --stored the database's lists. */
    private Supplier<ListsAtHand> lists(Map<String, String> options, List<String> springArgs) {
        if (options.containsKey("stored")) {
            return () -> ListsAtHand.stored(offline(springArgs, true), err);
        }
        return () -> {
            quietLogging();
            return ListsAtHand.bundled(paths(springArgs));
        };
    }

    private int serve(Integer port, List<String> springArgs) {
        List<String> a = new ArrayList<>(springArgs);
        if (port != null) {
            a.add("--server.port=" + port);
        }
        a.add("--ftz.import-on-start=true");
        // Commands run beside the server find its embedded PostgreSQL through the note this leaves in var/.
        a.add("--ftz.db.embedded.publish=true");
        new SpringApplicationBuilder(FtzApplication.class).run(a.toArray(String[]::new));
        return KEEP_RUNNING;
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

    /** Where data/ and the reference data are, from the same options Spring would read, for commands that run without it. */
    static FtzPaths paths(List<String> springArgs) {
        return new FtzPaths(setting(springArgs, "ftz.home", "."), setting(springArgs, "ftz.data-dir", ""),
                setting(springArgs, "ftz.reference-dir", ""));
    }

    /** The value of a {@code --name=value} option as Spring would see it (the last one wins), for commands without Spring. */
    static String setting(List<String> springArgs, String name, String fallback) {
        String prefix = "--" + name + "=";
        String value = fallback;
        for (String a : springArgs) {
            if (a.startsWith(prefix)) {
                value = a.substring(prefix.length());
            }
        }
        return value;
    }

    /**
     * Without Spring nothing configures logging, and libraries (POI, PDFBox, the connection pool) would log on the console at
     * DEBUG; a command's output is its result and one line per problem, so they are switched off.
     */
    static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    static String explain(String message) {
        if (message != null && message.contains("could not lock") && message.contains("epg-lock")) {
            return message + " (the embedded database is in use by another ftz process, e.g. a running ./ftz serve; "
                    + "stop it, or run the command against an external PostgreSQL with --ftz.db.url=...)";
        }
        return message;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
