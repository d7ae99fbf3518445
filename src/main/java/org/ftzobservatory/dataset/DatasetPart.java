package org.ftzobservatory.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One feature's share of the dataset: the files it reads and validates, the tables it fills inside the one import
 * transaction, and the files it writes back on export. Each feature package implements it for its own records and lists
 * the implementation in {@code META-INF/services/org.ftzobservatory.dataset.DatasetPart}, so {@code dataset} never needs
 * to know a feature's records.
 *
 * @param <T> the feature's validated records (one record type per part; other parts look them up by that type)
 */
public interface DatasetPart<T> {

    /** Reading and import order: a part may use what parts with a lower order published (zones before documents …). */
    int order();

    /** Reads and validates the part's files; every problem goes to the context with its file and line, nothing is thrown. */
    T read(DatasetContext ctx);

    /** One line for progress and {@code ftz validate}: what was read. */
    String summary(T data);

    /** The tables this part fills, children first; the importer empties them all (later parts first) before writing. */
    List<String> tables();

    /** Writes the records; runs inside the import transaction, after every part with a lower order. */
    void importInto(T data, ImportContext ctx);

    /** Writes the part's files from the database, in the format {@link #read} accepts. */
    void export(ExportContext ctx) throws IOException;

    /** Phrases search should keep whole (phrase → origin), which the search glossary part stores and indexing shares. */
    default Map<String, String> searchPhrases(T data) {
        return Map.of();
    }
}
