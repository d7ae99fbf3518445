package org.ftzobservatory.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.report.AnnualReportBuilder;
import org.ftzobservatory.report.Report;
import org.ftzobservatory.report.ReportRenderer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code report --year Y --out FILE [--format html|md] [--topic TAG|DOMAIN] [--lang zh|en] [--site-url URL]}: the annual
 * report, built from the database (beside a running server through var/pg.server, like every database command). Progress
 * and the count of cited figures per section on stderr; every bad option is one line and exit 2, with nothing written.
 * The file is written to a temporary file next to it and moved into place, so a failed build never leaves half a report.
 */
final class ReportCommand {

    static final String DEFAULT_SITE = "http://localhost:8080";

    private final PrintStream out;
    private final PrintStream err;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        List<String> problems = new ArrayList<>();
        if (!rest.isEmpty()) {
            problems.add("ftz report: unexpected argument '" + rest.get(0) + "' (use --year Y --out FILE)");
        }
        String format = o.getOrDefault("format", "html");
        if (format.equals("pdf")) {
            problems.add("ftz report: format: pdf is not built in; write --format html and use the browser's Print to PDF "
                    + "(the file carries print styles)");
        } else if (!format.equals("html") && !format.equals("md")) {
            problems.add("ftz report: format: must be html or md");
        }
        String lang = o.getOrDefault("lang", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            problems.add("ftz report: lang: must be zh or en");
        }
        Integer year = null;
        String y = o.get("year");
        if (y == null) {
            problems.add("ftz report: year: is required, e.g. --year 2021");
        } else if (!y.matches("\\d{4}")) {
            problems.add("ftz report: year: '" + y + "' is not a year");
        } else {
            year = Integer.parseInt(y);
        }
        String site = o.getOrDefault("site-url", DEFAULT_SITE);
        if (!site.matches("https?://\\S+")) {
            problems.add("ftz report: site-url: '" + site + "' must start with http:// or https://");
        }
        Path target = null;
        String outOption = o.get("out");
        if (outOption == null || outOption.isBlank()) {
            problems.add("ftz report: out: is required, e.g. --out report.html");
        } else {
            target = Path.of(outOption).toAbsolutePath();
            String why = unwritable(target);
            if (why != null) {
                problems.add("ftz report: out: " + outOption + ": " + why);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return FtzCli.BAD_INPUT;
        }
        err.println("ftz report: starting (database) ...");
        try (ConfigurableApplicationContext ctx = context.get()) {
            AnnualReportBuilder builder = ctx.getBean(AnnualReportBuilder.class);
            List<Integer> years = builder.years();
            if (!years.contains(year)) {
                problems.add("ftz report: year: no data for " + year + (years.isEmpty()
                        ? " (the database holds no dataset yet: import one with ftz import DIR)"
                        : " (years with data: " + String.join(", ", years.stream().map(String::valueOf).toList()) + ")"));
            }
            String topic = o.get("topic");
            if (topic != null && !builder.topics().containsKey(topic.trim())) {
                problems.add("ftz report: topic: unknown topic '" + topic + "' (an innovation tag or domain id, e.g. "
                        + builder.text().defaultTopic() + ")");
            }
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return FtzCli.BAD_INPUT;
            }
            long start = System.nanoTime();
            Report report = builder.build(year, Locale.forLanguageTag(lang), topic, site, line -> err.println("  " + line));
            String body = format.equals("md") ? ReportRenderer.markdown(report) : ctx.getBean(ReportRenderer.class).html(report);
            write(target, body);
            long millis = (System.nanoTime() - start) / 1_000_000;
            err.println("ftz report: cited figures per section:");
            for (Report.Colophon.Row r : report.colophon().rows()) {
                err.println(String.format(Locale.ROOT, "  %4d cited  %4d counted  %s", r.cited(), r.counted(), r.section()));
            }
            err.println(String.format(Locale.ROOT, "  %4d cited  %4d counted  total", report.colophon().cited(), report.colophon().counted()));
            out.println("wrote " + target + " (" + body.getBytes(StandardCharsets.UTF_8).length + " bytes, " + format + ", "
                    + report.sections().size() + " sections, built in " + millis + " ms)");
            return FtzCli.OK;
        } catch (IOException e) {
            err.println("ftz report: out: " + target + ": cannot be written: " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    /** Why the file cannot be written, or null: checked before the build so a bad path costs nothing. */
    static String unwritable(Path target) {
        if (Files.isDirectory(target)) {
            return "is a directory";
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return "its directory does not exist";
        }
        if (!Files.isWritable(dir) || (Files.exists(target) && !Files.isWritable(target))) {
            return "is not writable";
        }
        return null;
    }

    private static void write(Path target, String body) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".report-", ".tmp");
        try {
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
