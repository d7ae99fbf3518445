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

<<<<<<< HEAD
    public record Platform(String id, String nameZh, String nameEn, String kind, List<String> zones, Integer year,
                           String summaryZh, String summaryEn, String source) {
    }

    public record Relation(String type, String target) {
    }

    public record Document(String id, String file, String number, String titleZh, String titleEn, String shortZh,
                           List<String> issuers, String issued, String effective, String type, String scope,
                           List<String> zones, Integer measureCount, String measureUnit, List<Relation> relations,
                           String summaryZh, String summaryEn, String source) {
    }

    public record Statistic(String id, String file, String indicator, String indicatorZh, String indicatorEn,
                            String zone, int year, BigDecimal value, String unit, boolean approx, String raw,
                            String source, String note, FigureScope scope) {
    }

    /** A figure's scope as written ({@code zones:chongqing+sichuan}), its kind, in words, and the FTZs it contains. */
    public record FigureScope(String text, String kind, org.ftzobservatory.kernel.Text words, List<String> containedFtzs) {
    }

    public record Event(String id, int seq, String date, String endDate, String titleZh, String titleEn,
                        String summaryZh, String summaryEn, List<String> actors, List<String> documents,
                        List<String> zones, String source) {
    }

    /** A mechanism tag of the innovation vocabulary (data/innovation-tags.yaml). */
    public record Tag(String id, String nameZh, String nameEn, String definitionZh, String definitionEn) {
    }

    /** One before/after figure of an innovation; a value is a number or a range, kept as printed in before/after text. */
    public record Metric(String quantityZh, String quantityEn, String unit, String before, String after, BigDecimal change,
                         String raw, FigureScope scope, String source, String statistic) {
    }

    public record Innovation(String id, String file, String titleZh, String titleEn, List<String> zones, String domain,
                             List<String> themes, List<String> tags, List<String> actors, List<String> systems,
                             List<Metric> metrics, Integer year, String summaryZh, String summaryEn, List<String> documents,
                             Integer batch, Integer batchItem, String source) {
    }

    /** A glossary entry of data/search-terms.yaml: a domain phrase in Chinese and/or English that search keeps whole. */
    public record SearchTerm(String zh, String en) {
    }

    public record BatchCase(int item, String titleZh, String scope, List<String> regions, String innovation) {
    }

    public record Batch(int number, String issued, String document, String issuerZh, String summaryZh, String summaryEn,
                        String knownGapsZh, String knownGapsEn, String source, List<BatchCase> cases) {
=======
    void eachSearchPhrase(Consumer<Map<String, String>> sink) {
        entries.forEach(e -> sink.accept(e.searchPhrases()));
>>>>>>> main
    }
}
