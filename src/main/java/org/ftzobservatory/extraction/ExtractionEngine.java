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
        var dt = dates.extract(nt);
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
}
