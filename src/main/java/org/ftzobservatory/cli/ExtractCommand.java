package org.ftzobservatory.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ftzobservatory.extraction.DocumentReader;
import org.ftzobservatory.extraction.Extraction;
import org.ftzobservatory.extraction.ExtractionEngine;
import org.ftzobservatory.extraction.ExtractionJson;
import org.ftzobservatory.extraction.IngestLimits;
import org.ftzobservatory.extraction.Ingestion;
import org.ftzobservatory.extraction.InvalidRulesException;
import org.ftzobservatory.extraction.RejectedDocumentException;
import org.ftzobservatory.kernel.FtzPaths;

/**
 * {@code ftz extract FILE|- [--format json|text]}: fact candidates of one document, without Spring and without the
 * database. Options from the Spring-style arguments: {@code --ftz.home}, {@code --ftz.data-dir},
 * {@code --ftz.reference-dir}, {@code --ftz.extraction.max-size=50MB}, {@code --ftz.extraction.timeout=60s},
 * {@code --ftz.extraction.progress-from=1MB} (progress on stderr for documents from that size).
 */
final class ExtractCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream stdin;

    ExtractCommand(PrintStream out, PrintStream err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    int run(List<String> rest, Map<String, String> options, List<String> springArgs) {
        if (rest.size() != 1) {
            err.println("ftz extract: give one file (or - for standard input), e.g. ftz extract notice.pdf --format json");
            return FtzCli.BAD_INPUT;
        }
        String format = options.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            err.println("ftz extract: --format must be json or text");
            return FtzCli.BAD_INPUT;
        }
        FtzPaths paths = FtzCli.paths(springArgs);
        IngestLimits limits;
        long progressFrom;
        try {
            limits = new IngestLimits(IngestLimits.parseSize(FtzCli.setting(springArgs, "ftz.extraction.max-size", "50MB")),
                    IngestLimits.parseDuration(FtzCli.setting(springArgs, "ftz.extraction.timeout", "60s")));
            progressFrom = IngestLimits.parseSize(FtzCli.setting(springArgs, "ftz.extraction.progress-from", "1MB"));
        } catch (IllegalArgumentException e) {
            err.println("ftz extract: " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
        ExtractionEngine engine;
        try {
            engine = ExtractionEngine.load(paths.dataDir(), paths.referenceDir());
        } catch (InvalidRulesException e) {
            e.problems().forEach(err::println);
            err.println("ftz extract: the extraction rules are invalid; nothing was extracted");
            return FtzCli.FAILED;
        }
        String name = rest.get(0);
        FtzCli.quietLogging();
        Ingestion ingestion = new Ingestion(engine, new DocumentReader(), limits, progressFrom);
        try {
            Extraction x;
            if (name.equals("-")) {
                x = ingestion.stream(stdin, "-", progress());
            } else {
                x = ingestion.file(Path.of(name), name, progress());
            }
            if (format.equals("json")) {
                out.println(ExtractionJson.write(x));
            } else {
                out.printf("%s: %d chars, %d doc numbers, %d dates, %d amounts, %d percents, %d counts, %d zones, %d structure%n",
                        x.source(), x.original().length(), x.docNumbers().size(), x.dates().size(), x.amounts().size(),
                        x.percents().size(), x.counts().size(), x.zones().size(), x.structure().size());
            }
            return FtzCli.OK;
        } catch (RejectedDocumentException e) {
            err.println("ftz extract: " + name + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }

    private Consumer<String> progress() {
        long t0 = System.nanoTime();
        return s -> err.printf("ftz extract: %6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, s);
    }
}
