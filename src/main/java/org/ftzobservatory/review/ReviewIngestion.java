package org.ftzobservatory.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.extraction.DocumentReader;
import org.ftzobservatory.extraction.Extraction;
import org.ftzobservatory.extraction.ExtractionEngine;
import org.ftzobservatory.extraction.IngestLimits;
import org.ftzobservatory.extraction.Ingestion;
import org.ftzobservatory.extraction.RejectedDocumentException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The extraction engine of this installation with its limits ({@code ftz.extraction.max-size}, default 50MB;
 * {@code ftz.extraction.timeout}, default 60s). The engine is built on first use, so an app that never ingests never
 * reads the rules.
 */
@Component
public class ReviewIngestion {

    private final FtzPaths paths;
    private final IngestLimits limits;
    private final long progressFrom;
    private final MeterRegistry meters;
    private volatile Ingestion ingestion;

    public ReviewIngestion(FtzPaths paths, @Value("${ftz.extraction.max-size:50MB}") String maxSize,
                           @Value("${ftz.extraction.timeout:60s}") String timeout,
                           @Value("${ftz.extraction.progress-from:1MB}") String progressFrom, MeterRegistry meters) {
        this.paths = paths;
        this.meters = meters;
        this.limits = new IngestLimits(IngestLimits.parseSize(maxSize), IngestLimits.parseDuration(timeout));
        this.progressFrom = IngestLimits.parseSize(progressFrom);
    }

    public IngestLimits limits() {
        return limits;
    }

    /** The size limit as people read it, e.g. "50 MB". */
    public String maxSizeText() {
        long b = limits.maxBytes();
        return b % (1024 * 1024) == 0 ? b / (1024 * 1024) + " MB" : b % 1024 == 0 ? b / 1024 + " KB" : b + " B";
    }

    /** The bytes of a file, refused before reading when it is over the size limit. */
    public byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new RejectedDocumentException(file + " is not a readable file");
            }
            checkSize(Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The bytes of a stream, reading at most one byte past the size limit. */
    public byte[] read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            checkSize(bytes.length);
            return bytes;
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot read the upload: " + e.getMessage(), e);
        }
    }

    public void checkSize(long size) {
        if (size > limits.maxBytes()) {
            throw new RejectedDocumentException("the document is larger than the size limit of " + maxSizeText()
                    + " (ftz.extraction.max-size)");
        }
    }

    /** Reads and extracts within the time limit; an unreadable, encrypted or unsupported file is rejected. */
    Extraction extract(byte[] bytes, String name, Consumer<String> progress) {
        // Throughput = rate(ftz_extraction_bytes_total) / rate(ftz_extraction_seconds_sum), per outcome.
        Ingestion engine = ingestion();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "refused";
        try {
            Extraction x = engine.bytes(bytes, name, name, progress);
            outcome = "extracted";
            return x;
        } finally {
            sample.stop(Timer.builder("ftz.extraction").description("reading and extracting one uploaded or ingested document")
                    .tag("outcome", outcome).register(meters));
            Counter.builder("ftz.extraction.bytes").baseUnit("bytes").description("bytes of the documents read for extraction")
                    .tag("outcome", outcome).register(meters).increment(bytes.length);
        }
    }

    private Ingestion ingestion() {
        Ingestion i = ingestion;
        if (i == null) {
            synchronized (this) {
                if (ingestion == null) {
                    ingestion = new Ingestion(ExtractionEngine.load(paths.dataDir(), paths.referenceDir()), new DocumentReader(), limits,
                            progressFrom);
                }
                i = ingestion;
            }
        }
        return i;
    }
}
