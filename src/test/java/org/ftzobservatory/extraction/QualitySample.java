package org.ftzobservatory.extraction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The precision sample of docs/extraction-quality.md, drawn from what the engine produces now: per type, the candidates
 * whose seeded hash of their key is smallest, up to the type's quota (all 文号). A hash rank rather than a shuffle keeps
 * the draw stable: one new candidate changes the sample by at most one row, so only genuinely new output needs a label.
 * {@code ExtractionQualityTest} draws it on every run and fails on rows without a label; {@link #main} writes those rows,
 * with their context, for a person to label: {@code java -cp … org.ftzobservatory.extraction.QualitySample FILE}.
 */
public final class QualitySample {

    static final String DOCUMENT = "ftz-report-2022";
    static final long SEED = 20221231L;
    static final Map<String, Integer> QUOTA = Map.of("doc_number", 300, "date", 50, "amount", 50, "percent", 50, "count", 63, "zone", 60);
    static final String HEADER = "document,type,start,end,raw,value,label,noun_ok";

    private QualitySample() {
    }

    /** The sample of one document's candidates, in type order and then text order. */
    static List<Candidates> draw(List<Candidates> all) {
        List<Candidates> out = new ArrayList<>();
        for (String type : Candidates.TYPES) {
            all.stream().filter(c -> c.type().equals(type))
                    .sorted(Comparator.comparingLong((Candidates c) -> rank(c)).thenComparing(Candidates::key))
                    .limit(QUOTA.get(type))
                    .sorted(Comparator.comparingInt(Candidates::start).thenComparing(Candidates::key))
                    .forEach(out::add);
        }
        return out;
    }

    /** The stable key a label is stored under: document, type, span and value. */
    static String key(String document, Candidates c) {
        return document + "|" + c.key();
    }

    /** A candidate as a label row with the label left empty, and its context after a tab (not part of the file). */
    static String unlabelledRow(String text, Candidates c) {
        String ctx = text.substring(Math.max(0, c.start() - 20), Math.min(text.length(), c.end() + 20));
        return String.join(",", DOCUMENT, c.type(), String.valueOf(c.start()), String.valueOf(c.end()), csv(c.raw()),
                csv(c.value()), "", "") + "\t… " + oneLine(ctx) + " …";
    }

    public static void main(String[] args) throws IOException {
        String report = Engines.report();
        List<Candidates> sample = draw(Candidates.of(Engines.ENGINE.extract(DOCUMENT, report)));
        Set<String> labelled = ExtractionQualityTest.labels().keySet();
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        sample.stream().filter(c -> !labelled.contains(key(DOCUMENT, c))).forEach(c -> lines.add(unlabelledRow(report, c)));
        Files.write(Path.of(args.length > 0 ? args[0] : "target/precision-sample-unlabelled.csv"), lines, StandardCharsets.UTF_8);
        System.out.println((lines.size() - 1) + " of " + sample.size() + " sampled candidates need a label");
    }

    private static long rank(Candidates c) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((SEED + "|" + c.key()).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(h).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String csv(String s) {
        return "\"" + oneLine(s).replace("\"", "\"\"") + "\"";
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", "⏎");
    }
}
