package org.ftzobservatory.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One document from bytes to candidates, within the limits: the size is checked before reading the text (for a file,
 * before reading it at all; for a stream, by reading at most one byte more than the limit), and reading plus
 * extraction must finish within the time limit. A rejected document yields nothing.
 */
public final class Ingestion {

    private final ExtractionEngine engine;
    private final DocumentReader reader;
    private final IngestLimits limits;
    private final long progressFrom;

    public Ingestion(ExtractionEngine engine, DocumentReader reader, IngestLimits limits) {
        this(engine, reader, limits, 0);
    }

    /** {@code progressFrom}: documents smaller than this many bytes report no progress. */
    public Ingestion(ExtractionEngine engine, DocumentReader reader, IngestLimits limits, long progressFrom) {
        this.engine = engine;
        this.reader = reader;
        this.limits = limits;
        this.progressFrom = progressFrom;
    }

    public Extraction file(Path file, String source, Consumer<String> progress) {
        if (!Files.isRegularFile(file)) {
            throw new RejectedDocumentException(file + " is not a readable file");
        }
        try {
            long size = Files.size(file);
            checkSize(size);
            try (InputStream in = Files.newInputStream(file)) {
                return extract(in.readAllBytes(), file.getFileName().toString(), source, progress);
            }
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Extraction stream(InputStream in, String source, Consumer<String> progress) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            checkSize(bytes.length);
            return extract(bytes, null, source, progress);
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot read the input: " + e.getMessage(), e);
        }
    }

    /** Bytes already in memory, named {@code name} (a file name helps type detection; may be null). */
    public Extraction bytes(byte[] bytes, String name, String source, Consumer<String> progress) {
        checkSize(bytes.length);
        return extract(bytes, name, source, progress);
    }

    private void checkSize(long size) {
        if (size > limits.maxBytes()) {
            throw new RejectedDocumentException("the document is larger than the size limit of " + megabytes(limits.maxBytes())
                    + " (ftz.extraction.max-size)");
        }
    }

    private Extraction extract(byte[] bytes, String name, String source, Consumer<String> listener) {
        Consumer<String> progress = bytes.length >= progressFrom ? listener : s -> { };
        progress.accept("reading " + megabytes(bytes.length));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ftz-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Extraction> f = worker.submit(() -> engine.extract(source, reader.read(bytes, name), progress));
            return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new RejectedDocumentException("reading and extracting took longer than the time limit of "
                    + limits.timeout().toSeconds() + " s (ftz.extraction.timeout)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedDocumentException r) {
                throw r;
            }
            throw new RejectedDocumentException("extraction failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedDocumentException("interrupted");
        } finally {
            worker.shutdownNow();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
