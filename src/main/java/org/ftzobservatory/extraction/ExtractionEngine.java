package org.ftzobservatory.extraction;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Normalises a text and runs every extractor over it. Built once from the rules and the zone reference; immutable and
 * thread-safe. Needs no database and no Spring context.
 */
public final class ExtractionEngine {

    private final TextNormalizer normalizer;
    private final DocumentNumberExtractor docNumbers;
    private final DateExtractor dates;
    private final AmountExtractor amounts;
    private final PercentExtractor percents;
    private final CountExtractor counts;
    private final ZoneExtractor zones;
    private final StructureExtractor structure;

    public ExtractionEngine(ExtractionRules rules, Path referenceZones) {
        normalizer = new TextNormalizer(rules);
        docNumbers = new DocumentNumberExtractor(rules);
        dates = new DateExtractor(rules);
        amounts = new AmountExtractor(rules);
        percents = new PercentExtractor(rules);
        counts = new CountExtractor(rules);
        zones = new ZoneExtractor(rules, referenceZones);
        structure = new StructureExtractor(rules);
    }

    /** The engine of a checkout: {@code home/data/extraction/rules.yaml} and {@code referenceDir/zones.yaml}. */
    public static ExtractionEngine load(Path dataDir, Path referenceDir) {
        return new ExtractionEngine(ExtractionRules.load(dataDir.resolve("extraction/rules.yaml")), referenceDir.resolve("zones.yaml"));
    }

    public NormalizedText normalize(String original) {
        return normalizer.normalize(original);
    }

    public Extraction extract(String source, String original) {
        return extract(source, original, s -> { });
    }

    /** Extracts everything; {@code progress} hears one line per stage. */
    public Extraction extract(String source, String original, Consumer<String> progress) {
        progress.accept("normalising " + original.length() + " characters");
        NormalizedText nt = normalizer.normalize(original);
        progress.accept("document numbers");
        var d = docNumbers.extract(nt);
        progress.accept("dates");
        var dt = outside(dates.extract(nt), d);
        progress.accept("amounts");
        var a = amounts.extract(nt);
        progress.accept("percents");
        var p = percents.extract(nt);
        progress.accept("counts");
        var c = counts.extract(nt);
        progress.accept("zones");
        var z = zones.extract(nt);
        progress.accept("structure");
        var s = structure.extract(nt);
        return new Extraction(source, original, d, dt, a, p, c, z, s);
    }

    /** The dates that are not the year of a 文号 (国家税务总局公告2018年第7号 names no date). */
    private static java.util.List<Mentions.Date> outside(java.util.List<Mentions.Date> dates, java.util.List<Mentions.DocNumber> numbers) {
        if (numbers.isEmpty()) {
            return dates;
        }
        return dates.stream().filter(x -> numbers.stream().noneMatch(n -> n.span().start() <= x.span().start()
                && x.span().end() <= n.span().end())).toList();
    }
}
