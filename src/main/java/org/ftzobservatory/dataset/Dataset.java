package org.ftzobservatory.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole dataset after validation: its header ({@code dataset.yaml}) and each part's records, in part order. Parts
 * look each other's records up by type ({@code data.get(Registry.class)}); only a complete, valid dataset is ever built.
 */
public final class Dataset {

    public record Info(String id, String version, String titleZh, String titleEn, String source) {
    }

    /** One part with what it read; keeps the pairing type-safe for the importer. */
    public record Entry<T>(DatasetPart<T> part, T data) {
        void importInto(ImportContext ctx) {
            part.importInto(data, ctx);
        }

        String summary() {
            return part.summary(data);
        }

        Map<String, String> searchPhrases() {
            return part.searchPhrases(data);
        }
    }

    private final Info info;
    private final List<Entry<?>> entries;
    private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

    Dataset(Info info, List<Entry<?>> entries) {
        this.info = info;
        this.entries = List.copyOf(entries);
        entries.forEach(e -> byType.put(e.data().getClass(), e.data()));
    }

    public Info info() {
        return info;
    }

    /** The records a part read, by their type; a missing part is a programming error. */
    public <T> T get(Class<T> type) {
        Object data = byType.get(type);
        if (data == null) {
            throw new IllegalArgumentException("no dataset part reads " + type.getSimpleName());
        }
        return type.cast(data);
    }

    List<Entry<?>> entries() {
        return entries;
    }

    /** What was read, part by part: "22 FTZs, 30 platforms; 160 documents; …". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        entries.forEach(e -> parts.add(e.summary()));
        return String.join("; ", parts);
    }

    void eachSearchPhrase(Consumer<Map<String, String>> sink) {
        entries.forEach(e -> sink.accept(e.searchPhrases()));
    }
}
