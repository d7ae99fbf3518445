package org.ftzobservatory.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.ReferenceData;

/**
 * Reads and validates a dataset directory: {@code dataset.yaml}, then every {@link DatasetPart} in order. Every problem in
 * every file is collected; the result is either a complete {@link Dataset} or an {@link InvalidDatasetException} listing
 * them all — never a part of the data.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    public static Dataset read(Path dir, ReferenceData reference) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidDatasetException(List.of(new DatasetProblem(dir.toString(), 0, "(dir)", "is not a directory")));
        }
        DatasetContext ctx = new DatasetContext(dir, reference);
        Dataset.Info info = info(ctx.yaml("dataset.yaml"));
        List<Dataset.Entry<?>> entries = new ArrayList<>();
        for (DatasetPart<?> part : DatasetParts.all()) {
            entries.add(read(part, ctx));
        }
        if (!ctx.problems().isEmpty()) {
            throw new InvalidDatasetException(ctx.problems().sorted());
        }
        return new Dataset(info, entries);
    }

    private static <T> Dataset.Entry<T> read(DatasetPart<T> part, DatasetContext ctx) {
        T data = part.read(ctx);
        ctx.done(data);
        return new Dataset.Entry<>(part, data);
    }

    private static Dataset.Info info(Node n) {
        if (n == null) {
            return null;
        }
        n.allowOnly(Set.of("id", "version", "title_zh", "title_en", "source"));
        return new Dataset.Info(n.requireString("id"), n.requireString("version"), n.string("title_zh"), n.string("title_en"),
                Fields.source(n));
    }
}
