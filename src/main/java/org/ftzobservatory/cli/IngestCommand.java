package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.extraction.InvalidRulesException;
import org.ftzobservatory.extraction.RejectedDocumentException;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.review.IngestResult;
import org.ftzobservatory.review.ReviewService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ftz ingest FILE --by NAME}: puts a document into the review queue (the same as an upload in the UI). Progress
 * on stderr, the result on stdout; a rejected file is one line and exit 2, with nothing written.
 */
final class IngestCommand {

    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest, Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        if (rest.size() != 1) {
            err.println("ftz ingest: give one file, e.g. ftz ingest notice.pdf --by 'Li Hua'");
            return FtzCli.BAD_INPUT;
        }
        String by = o.get("by");
        if (by == null || by.isBlank()) {
            err.println("ftz ingest: --by NAME is required: the queue records who ingested each document");
            return FtzCli.BAD_INPUT;
        }
        Path file = Path.of(rest.get(0));
        try (ConfigurableApplicationContext ctx = context.get()) {
            ReviewService service = ctx.getBean(ReviewService.class);
            long t0 = System.nanoTime();
            err.println("ftz ingest: reading " + file);
            byte[] bytes = service.ingestion().read(file);
            IngestResult r = service.ingest(bytes, file.getFileName().toString(), by.trim(), "CLI",
                    s -> err.printf("ftz ingest: %6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, s));
            out.println((r.duplicate() ? "already ingested: document " : "ingested: document ") + r.document().id() + ", "
                    + r.document().chars() + " chars, " + r.candidates() + " candidates, " + r.document().pending() + " pending"
                    + " (review at /review/" + r.document().id() + ")");
            return FtzCli.OK;
        } catch (RejectedDocumentException e) {
            err.println("ftz ingest: " + file + ": " + e.getMessage() + "; nothing was written");
            return FtzCli.BAD_INPUT;
        } catch (BadRequestException e) {
            err.println("ftz ingest: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        } catch (InvalidRulesException e) {
            e.problems().forEach(err::println);
            err.println("ftz ingest: the extraction rules are invalid; nothing was ingested");
            return FtzCli.FAILED;
        }
    }
}
