package org.ftzobservatory.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a part imports with: the transaction's connection, the whole dataset, what earlier parts shared, progress. */
public final class ImportContext {

    private final JdbcTemplate jdbc;
    private final Dataset dataset;
    private final Map<String, String> searchPhrases;
    private final Consumer<String> progress;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    ImportContext(JdbcTemplate jdbc, Dataset dataset, Map<String, String> searchPhrases, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.dataset = dataset;
        this.searchPhrases = searchPhrases;
        this.progress = progress;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Every part's search phrases (phrase → origin), in part order; the first origin of a phrase wins. */
    public Map<String, String> searchPhrases() {
        return searchPhrases;
    }

    /** Lets a part hand a built object (the phrase dictionary) to the parts after it. */
    public <T> void share(Class<T> type, T value) {
        shared.put(type, value);
    }

    public <T> T shared(Class<T> type) {
        Object v = shared.get(type);
        if (v == null) {
            throw new IllegalStateException(type.getSimpleName() + " is shared by a later part");
        }
        return type.cast(v);
    }

    public void progress(String message) {
        progress.accept(message);
    }

    public static <T> List<Object[]> rows(List<T> items, Function<T, Object[]> f) {
        return items.stream().map(f).toList();
    }
}
