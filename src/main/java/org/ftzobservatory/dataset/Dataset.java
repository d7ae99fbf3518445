package org.ftzobservatory.dataset;

import java.math.BigDecimal;
import java.util.List;

/** The whole bundled dataset after validation: what the importer writes and the exporter reads back. */
public record Dataset(Info info, List<Term> terms, List<Unit> units, List<Ftz> zones, List<Platform> platforms, List<Document> documents,
                      List<Statistic> statistics, List<Headline> headlines, List<Event> events,
                      List<Tag> tags, List<Innovation> innovations, List<Batch> batches,
                      List<SearchTerm> searchTerms) {

    public record Info(String id, String version, String titleZh, String titleEn, String source) {
    }

    /** A controlled-vocabulary value (document type, region …) with its display names. */
    /** A headline figure of the home page: the statistic and its plain label (zh, en). */
    public record Headline(String statistic, String labelZh, String labelEn) {
    }

    public record Term(String kind, String id, String nameZh, String nameEn) {
    }

    public record Unit(String id, String nameZh, String nameEn) {
    }

    public record Ftz(String id, String nameZh, String nameEn, String shortZh, String shortEn, String provinceZh,
                      String provinceEn, String region, int batch, String launched, boolean afterReport,
                      BigDecimal areaKm2, String areaSource, String positioningZh, String positioningEn,
                      List<Industry> keyIndustries, List<String> industryDocuments, String source,
                      List<Subzone> subzones) {
    }

    public record Subzone(String id, String nameZh, String nameEn, String launched, BigDecimal areaKm2,
                          String areaSource, String source) {
    }

    public record Industry(String nameZh, String nameEn, String subzone) {
    }

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
    }
}
