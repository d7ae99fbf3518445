package org.ftzobservatory.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The real-world development set of docs/extraction-quality.md: passages of real text that are not the report, with hand
 * labels ({@code src/test/resources/extraction/realworld/labels.csv}), and the score of an engine on them: per type,
 * precision, recall and F1. A candidate matches a label of the same type and value whose span overlaps its own; each
 * label matches at most one candidate. Values follow the labelling conventions (qualifiers of amounts and percents in
 * brackets as printed, yearless dates by their resolved date).
 */
final class RealWorldSet {

    static final Path DIR = Path.of("src/test/resources/extraction/realworld");

    /** A hand label, located in its passage. */
    record Label(String file, String type, int start, int end, String raw, String value) { }

    /** One type's figures. */
    record Score(String type, int labels, int candidates, int matched) {
        double precision() {
            return candidates == 0 ? 1.0 : (double) matched / candidates;
        }

        double recall() {
            return labels == 0 ? 1.0 : (double) matched / labels;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Per type, and the lines of every miss and false candidate (for reading). */
    record Result(Map<String, Score> scores, List<String> misses, List<String> falseCandidates) { }

    private RealWorldSet() {
    }

    static Map<String, String> passages() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(DIR)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("p\\d+\\.txt")).toList()) {
                out.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static List<Label> labels(Map<String, String> passages) throws IOException {
        List<Label> out = new ArrayList<>();
        Path file = DIR.resolve("labels.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file,")) {
                continue;
            }
            List<String> f = ExtractionQualityTest.csv(line);
            String where = file + ":" + (i + 1) + ": ";
            if (f.size() != 5 || !Candidates.TYPES.contains(f.get(1)) || !passages.containsKey(f.get(0))) {
                throw new IllegalStateException(where + "needs file,type,raw,nth,value with a known passage and type: " + line);
            }
            String text = passages.get(f.get(0));
            int at = -1;
            for (int n = Integer.parseInt(f.get(3)); n > 0; n--) {
                at = text.indexOf(f.get(2), at + 1);
                if (at < 0) {
                    throw new IllegalStateException(where + "raw '" + f.get(2) + "' occurs fewer than " + f.get(3) + " times");
                }
            }
            out.add(new Label(f.get(0), f.get(1), at, at + f.get(2).length(), f.get(2), f.get(4)));
        }
        return out;
    }

    static Result score(ExtractionEngine engine) throws IOException {
        Map<String, String> passages = passages();
        List<Label> labels = labels(passages);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Candidates.TYPES.forEach(t -> counts.put(t, new int[3]));
        List<String> misses = new ArrayList<>();
        List<String> falseCandidates = new ArrayList<>();
        for (var e : passages.entrySet()) {
            List<Label> gold = labels.stream().filter(l -> l.file().equals(e.getKey())).collect(Collectors.toCollection(ArrayList::new));
            List<Label> found = candidates(e.getKey(), engine.extract(e.getKey(), e.getValue()));
            gold.forEach(l -> counts.get(l.type())[0]++);
            found.forEach(c -> counts.get(c.type())[1]++);
            for (Label c : found) {
                Label hit = gold.stream().filter(l -> l.type().equals(c.type()) && l.value().equals(c.value())
                        && l.start() < c.end() && c.start() < l.end()).findFirst().orElse(null);
                if (hit == null) {
                    falseCandidates.add(c.file() + " " + c.type() + " '" + c.raw() + "' → " + c.value());
                } else {
                    gold.remove(hit);
                    counts.get(c.type())[2]++;
                }
            }
            gold.forEach(l -> misses.add(l.file() + " " + l.type() + " '" + l.raw() + "' → " + l.value()));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((t, n) -> scores.put(t, new Score(t, n[0], n[1], n[2])));
        return new Result(scores, misses, falseCandidates);
    }

    /** An extraction's candidates with values written as the labels write them. */
    static List<Label> candidates(String file, Extraction x) {
        List<Label> out = new ArrayList<>();
        x.docNumbers().forEach(d -> out.add(row(file, "doc_number", d.span(), d.number().normalized())));
        x.dates().forEach(d -> out.add(row(file, "date", d.span(), dateValue(d))));
        x.amounts().forEach(a -> out.add(row(file, "amount", a.span(),
                ExtractionJson.plain(a.value()) + " " + a.currency() + qualifiers(a.span().raw()))));
        x.percents().forEach(p -> out.add(row(file, "percent", p.span(),
                ExtractionJson.plain(p.value()) + " " + p.unit() + qualifiers(p.span().raw()))));
        x.counts().forEach(c -> out.add(row(file, "count", c.span(), c.value() + " " + c.unit())));
        x.zones().forEach(z -> out.add(row(file, "zone", z.span(), z.ftz() + (z.subzone() == null ? "" : "/" + z.subzone()))));
        return out;
    }

    /** The date a reader takes it for: a yearless date by its resolved date when it has one. */
    static String dateValue(Mentions.Date d) {
        return d.effective() + (d.approx() ? "~" : "");
    }

    /** The qualifier words at the ends of a raw amount or percent, in text order, as " [超过]" (empty when none). */
    static String qualifiers(String raw) {
        String r = raw.replace(" ", "");
        List<String> found = new ArrayList<>();
        for (String w : Engines.RULES.qualifiersBefore) {
            if (r.startsWith(w)) {
                found.add(w);
                break;
            }
        }
        for (String w : Engines.RULES.qualifiersAfter) {
            if (r.matches("^\\D*[\\d.,]+" + java.util.regex.Pattern.quote(w) + ".*")) {
                found.add(w);
                break;
            }
        }
        for (String w : Engines.RULES.qualifiersAfterUnit) {
            if (r.endsWith(w)) {
                found.add(w);
                break;
            }
        }
        return found.isEmpty() ? "" : " [" + String.join(",", found) + "]";
    }

    private static Label row(String file, String type, Span s, String value) {
        return new Label(file, type, s.start(), s.end(), s.raw(), value);
    }
}
