package org.ftzobservatory.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws the precision sample of docs/extraction-quality.md: 300 candidates of the report, fixed seed, every 文号 and a
 * quota per other type; writes them unlabelled with their context, for a person to label. Run once; the labelled file
 * lives in src/test/resources/extraction/precision-sample.csv.
 * {@code java -cp … org.ftzobservatory.extraction.QualitySample target/precision-sample-unlabelled.csv}
 */
public final class QualitySample {

    static final long SEED = 20221231L;
    static final Map<String, Integer> QUOTA = Map.of("doc_number", 300, "date", 50, "amount", 50, "percent", 50, "count", 63, "zone", 60);
    static final int SIZE = 300;

    public static void main(String[] args) throws IOException {
        String report = Engines.report();
        List<Candidates> all = Candidates.of(Engines.ENGINE.extract("ftz-report-2022", report));
        Random random = new Random(SEED);
        List<String> lines = new ArrayList<>();
        lines.add("type,start,end,raw,value,label,noun_ok,context");
        int taken = 0;
        for (String type : Candidates.TYPES) {
            List<Candidates> ofType = new ArrayList<>(all.stream().filter(c -> c.type().equals(type)).toList());
            Collections.shuffle(ofType, random);
            int n = Math.min(Math.min(QUOTA.get(type), ofType.size()), SIZE - taken);
            List<Candidates> chosen = new ArrayList<>(ofType.subList(0, n));
            chosen.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (Candidates c : chosen) {
                String ctx = report.substring(Math.max(0, c.start() - 25), Math.min(report.length(), c.end() + 25));
                lines.add(String.join(",", c.type(), String.valueOf(c.start()), String.valueOf(c.end()), csv(c.raw()),
                        csv(c.value()), "", "", csv(ctx)));
            }
            taken += n;
        }
        Files.write(Path.of(args.length > 0 ? args[0] : "target/precision-sample-unlabelled.csv"), lines, StandardCharsets.UTF_8);
        System.out.println(taken + " candidates sampled of " + all.size());
    }

    static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"").replace("\r", "").replace("\n", "⏎") + "\"";
    }
}
