package org.ftzobservatory.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One home for each fact (issue 16): no two records — statistics or case metrics — state the same figure from the same
 * report lines. "The same figure" = same unit and value, the same number printed in both `raw` texts and, for two
 * statistics, the same indicator; "the same lines" = their cited line ranges overlap (a metric's own `source`, else its
 * case's). A case metric that is a statistic links to it ({@code {statistic: ID}}) and is not a copy.
 */
class SameFactTest {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");
    private static final List<String> REPORT = report();
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    record Figure(String where, String caseId, String indicator, String unit, BigDecimal value, List<String> printed, List<int[]> lines) {
        boolean sameAs(Figure o) {
            // two statistics of different indicators may share a value and lines (3 targets of 1 亿吨 each)
            // and two metrics of one case name different quantities (5 items merged into 1, counted per item)
            boolean comparable = (indicator == null || o.indicator == null || indicator.equals(o.indicator))
                    && (caseId == null || !caseId.equals(o.caseId));
            if (!comparable || !unit.equals(o.unit) || value.compareTo(o.value) != 0) {
                return false;
            }
            // the shared number must be printed within the lines both cite, not merely in neighbouring text
            for (int[] a : lines) {
                for (int[] b : o.lines) {
                    int from = Math.max(a[0], b[0]);
                    int to = Math.min(a[1], b[1]);
                    if (from <= to) {
                        String shared = String.join("", REPORT.subList(from - 1, Math.min(to, REPORT.size()))).replaceAll("\\s", "");
                        if (printed.stream().filter(o.printed::contains).anyMatch(shared::contains)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private static List<String> report() {
        try {
            return Files.readAllLines(Path.of("../shared/seed/ftz-report-2022.txt"));
        } catch (IOException e) {
            throw new IllegalStateException("the seed report ../shared/seed/ftz-report-2022.txt is needed", e);
        }
    }

    static List<int[]> lines(String source) {
        List<int[]> out = new ArrayList<>();
        if (source == null || !source.contains("ftz-report-2022:")) {
            return out;
        }
        for (String part : source.substring(source.indexOf(':') + 1).split(",")) {
            Matcher m = RANGE.matcher(part.strip());
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                out.add(new int[] {a, m.group(2) == null ? a : Integer.parseInt(m.group(2))});
            }
        }
        return out;
    }

    static List<String> printed(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(raw == null ? "" : raw.replace(" ", ""));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<Figure> figures(Dataset d) {
        List<Figure> out = new ArrayList<>();
        for (org.ftzobservatory.statistics.StatisticsPart.Statistic s : d.get(org.ftzobservatory.statistics.StatisticsPart.Statistics.class).statistics()) {
            out.add(new Figure(s.file() + " " + s.id(), null, s.indicator(), s.unit(), s.value(), printed(s.raw()), lines(s.source())));
        }
        for (org.ftzobservatory.innovations.InnovationsPart.Innovation i : d.get(org.ftzobservatory.innovations.InnovationsPart.CaseLibrary.class).innovations()) {
            for (int k = 0; k < i.metrics().size(); k++) {
                org.ftzobservatory.innovations.InnovationsPart.Metric m = i.metrics().get(k);
                if (m.after() == null || m.after().contains("-") || m.statistic() != null) {
                    continue;   // ranges are not single figures; a linked statistic is that statistic, not a copy
                }
                out.add(new Figure(i.file() + " " + i.id() + " metrics[" + k + "]", i.id(), null, m.unit(), new BigDecimal(m.after()),
                        printed(m.raw()), lines(m.source() != null ? m.source() : i.source())));
            }
        }
        return out;
    }

    static List<String> sameFigures(Dataset d) {
        List<Figure> all = figures(d);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).sameAs(all.get(j))) {
                    out.add(all.get(i).where() + " = " + all.get(j).where());
                }
            }
        }
        return out;
    }

    @Test
    void noTwoRecordsStateTheSameFigureFromTheSameLines() {
        Dataset d = DatasetReader.read(Path.of("data"), ReferenceData.load(Path.of("../shared/reference")));
        assertThat(sameFigures(d)).isEmpty();
    }

    @TempDir
    Path dir;

    @Test
    void aCopiedStatisticIsFound() throws IOException {
        BrokenDatasetTest.copy(Path.of("data"), dir);
        Path csv = dir.resolve("statistics/part1-c.csv");
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        rows.add(rows.get(1).replaceFirst("^s-c-001,", "s-c-999,"));
        Files.write(csv, rows);
        Dataset d = DatasetReader.read(dir, ReferenceData.load(Path.of("../shared/reference")));
        assertThat(sameFigures(d)).contains("statistics/part1-c.csv s-c-001 = statistics/part1-c.csv s-c-999");
    }
}
