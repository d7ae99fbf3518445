package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ftzobservatory.documents.DocumentNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the figures of docs/extraction-quality.md: recall of the 文号 listed in the reading notes (parts A–F), and
 * precision per type on a sample drawn from today's output ({@link QualitySample}), each row looked up among the hand
 * labels of src/test/resources/extraction/precision-labels.csv. A sampled row without a label fails the test.
 */
class ExtractionQualityTest {

    private static final Pattern NOTE_NUMBER =
            Pattern.compile("[\\p{IsHan}]{1,15}\\s*[〔\\[（(【]\\s*[0-9０-９]{4}\\s*[〕\\]）)】]\\s*[0-9０-９]{1,5}\\s*号");
    private static final Map<String, Double> TARGET = Map.of("doc_number", 0.95, "date", 0.90, "amount", 0.90,
            "percent", 0.90, "count", 0.90, "zone", 0.90);

    private static Extraction report;

    @BeforeAll
    static void extractTheReport() {
        report = Engines.ENGINE.extract("ftz-report-2022", Engines.report());
    }

    /** The 文号 the notes list, normalised. */
    static Set<String> notedNumbers() throws IOException {
        Set<String> out = new TreeSet<>();
        for (char part = 'A'; part <= 'F'; part++) {
            String notes = Files.readString(Path.of("../shared/seed/notes/part" + part + ".md"), StandardCharsets.UTF_8);
            Matcher m = NOTE_NUMBER.matcher(notes);
            while (m.find()) {
                out.add(DocumentNumber.parse(m.group()).normalized());
            }
        }
        return out;
    }

    @Test
    void recallOfTheNotedDocumentNumbersIsAtLeast95Percent() throws IOException {
        Set<String> noted = notedNumbers();
        Set<String> found = report.docNumbers().stream().map(d -> d.number().normalized()).collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(noted);
        missed.removeAll(found);
        double recall = 1.0 - (double) missed.size() / noted.size();
        System.out.printf("recall: %d of %d noted 文号 found (%.3f); missed: %s%n", noted.size() - missed.size(), noted.size(), recall, missed);
        assertThat(noted).hasSizeGreaterThanOrEqualTo(15);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    record Labelled(String document, String type, int start, int end, String value, int label, String nounOk) {
        String key() {
            return document + "|" + type + "|" + start + "|" + end + "|" + value;
        }
    }

    static final Path LABELS = Path.of("src/test/resources/extraction/precision-labels.csv");

    /** Every label a person gave, by its stable key (document, type, span, value). */
    static Map<String, Labelled> labels() throws IOException {
        Map<String, Labelled> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(LABELS, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.equals(QualitySample.HEADER)) {
                continue;
            }
            List<String> f = csv(line);
            String where = LABELS + ":" + (i + 1) + ": ";
            assertThat(f).as(where + "fields").hasSize(8);
            assertThat(f.get(6)).as(where + "label").isIn("0", "1");
            assertThat(f.get(7)).as(where + "noun_ok").isIn(f.get(1).equals("count") ? List.of("0", "1") : List.of(""));
            Labelled l = new Labelled(f.get(0), f.get(1), Integer.parseInt(f.get(2)), Integer.parseInt(f.get(3)), f.get(5),
                    Integer.parseInt(f.get(6)), f.get(7));
            assertThat(out.put(l.key(), l)).as(where + "labelled twice").isNull();
        }
        return out;
    }

    @Test
    void precisionPerTypeOnTodaysSampleMeetsTheTargets() throws IOException {
        List<Candidates> all = Candidates.of(report);
        List<Candidates> sample = QualitySample.draw(all);
        System.out.println("candidates today: " + all.stream().collect(Collectors.groupingBy(Candidates::type, TreeMap::new,
                Collectors.counting())));
        Map<String, Labelled> labels = labels();
        List<String> unlabelled = sample.stream().filter(c -> !labels.containsKey(QualitySample.key(QualitySample.DOCUMENT, c)))
                .map(c -> QualitySample.unlabelledRow(Engines.report(), c)).toList();
        if (!unlabelled.isEmpty()) {
            fail(unlabelled.size() + " sampled candidates have no label (new engine output). Read each in the report at its"
                    + " offsets, then add its row to " + LABELS + " with label 1 (right type, value and span) or 0, and for counts"
                    + " noun_ok 1 or 0 (after the tab: context, not part of the row):\n" + String.join("\n", unlabelled));
        }
        Map<String, int[]> perType = new LinkedHashMap<>();
        int nouns = 0;
        int nounsOk = 0;
        for (Candidates c : sample) {
            Labelled l = labels.get(QualitySample.key(QualitySample.DOCUMENT, c));
            int[] n = perType.computeIfAbsent(c.type(), t -> new int[2]);
            n[0] += l.label();
            n[1]++;
            if (c.type().equals("count")) {
                nouns++;
                nounsOk += l.nounOk().equals("1") ? 1 : 0;
            }
        }
        Map<String, Double> precision = new HashMap<>();
        perType.forEach((t, n) -> {
            precision.put(t, (double) n[0] / n[1]);
            System.out.printf("precision %-10s %3d / %3d = %.3f%n", t, n[0], n[1], (double) n[0] / n[1]);
        });
        System.out.printf("count nouns right: %d / %d = %.3f%n", nounsOk, nouns, (double) nounsOk / nouns);
        assertThat(perType.keySet()).containsExactlyInAnyOrderElementsOf(TARGET.keySet());
        TARGET.forEach((t, target) -> assertThat(precision.get(t)).as(t).isGreaterThanOrEqualTo(target));
        // no target for the noun (docs/extraction-quality.md); guarded below the 0.746 measured on the sample of issue 17
        assertThat((double) nounsOk / nouns).as("count nouns right").isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void everyCandidateOfTheReportPointsAtItsRawText() {
        String original = Engines.report();
        List<Span> spans = new ArrayList<>();
        report.docNumbers().forEach(x -> spans.add(x.span()));
        report.dates().forEach(x -> spans.add(x.span()));
        report.amounts().forEach(x -> spans.add(x.span()));
        report.percents().forEach(x -> spans.add(x.span()));
        report.counts().forEach(x -> spans.add(x.span()));
        report.zones().forEach(x -> spans.add(x.span()));
        report.structure().forEach(x -> spans.add(x.span()));
        assertThat(spans).hasSizeGreaterThan(1000)
                .allSatisfy(s -> assertThat(original.substring(s.start(), s.end())).isEqualTo(s.raw()));
    }

    /** Targets of issue 13 on the real-world set: F1 per type, and recall for counts. */
    private static final Map<String, Double> REAL_WORLD_F1 = Map.of("doc_number", 0.95, "date", 0.90, "amount", 0.90,
            "percent", 0.90, "zone", 0.90);
    private static final double REAL_WORLD_COUNT_RECALL = 0.90;

    @Test
    void realWorldSetMeetsTheTargets() throws IOException {
        RealWorldSet.Result r = RealWorldSet.score(Engines.ENGINE);
        System.out.println("real-world set (" + RealWorldSet.passages().size() + " passages):");
        System.out.println("| type | labels | candidates | matched | precision | recall | F1 |");
        System.out.println("|---|---|---|---|---|---|---|");
        int[] all = new int[3];
        r.scores().values().forEach(s -> {
            System.out.printf("| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", s.type(), s.labels(), s.candidates(), s.matched(),
                    s.precision(), s.recall(), s.f1());
            all[0] += s.labels();
            all[1] += s.candidates();
            all[2] += s.matched();
        });
        RealWorldSet.Score total = new RealWorldSet.Score("all", all[0], all[1], all[2]);
        System.out.printf("| all | %d | %d | %d | %.3f | %.3f | %.3f |%n", all[0], all[1], all[2], total.precision(), total.recall(), total.f1());
        System.out.println("missed (" + r.misses().size() + "):\n  " + String.join("\n  ", r.misses()));
        System.out.println("false candidates (" + r.falseCandidates().size() + "):\n  " + String.join("\n  ", r.falseCandidates()));
        REAL_WORLD_F1.forEach((t, target) -> assertThat(r.scores().get(t).f1()).as("F1 of " + t).isGreaterThanOrEqualTo(target));
        assertThat(r.scores().get("count").recall()).as("recall of counts").isGreaterThanOrEqualTo(REAL_WORLD_COUNT_RECALL);
    }

    @Test
    void everyCandidateOfTheRealWorldSetPointsAtItsRawText() throws IOException {
        for (var e : RealWorldSet.passages().entrySet()) {
            assertThat(RealWorldSet.candidates(e.getKey(), Engines.ENGINE.extract(e.getKey(), e.getValue())))
                    .allSatisfy(c -> assertThat(e.getValue().substring(c.start(), c.end())).as(e.getKey()).isEqualTo(c.raw()));
        }
    }

    /** One CSV line with quoted fields. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
