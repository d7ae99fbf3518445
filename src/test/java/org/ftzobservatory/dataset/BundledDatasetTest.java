package org.ftzobservatory.dataset;

import org.ftzobservatory.kernel.ReferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ftzobservatory.chronicle.ChroniclePart;
import org.ftzobservatory.documents.DocumentsPart;
import org.ftzobservatory.registry.RegistryPart;
import org.ftzobservatory.statistics.StatisticsPart;
import org.ftzobservatory.statistics.StatisticsPart.Statistic;
import org.ftzobservatory.documents.DocumentNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled dataset against the report's reading notes and the shared reference: what a user must recognise is there. */
class BundledDatasetTest {

    static final Path SHARED = Path.of("../shared");
    static Bundled data;
    static ReferenceData reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load(SHARED.resolve("reference"));
        data = new Bundled(DatasetReader.read(Path.of("data"), reference));
    }

    @Test
    void referenceIsBesideTheCheckout() {
        assertThat(reference.knowsZones()).as("../shared/reference/zones.yaml must be present for these checks").isTrue();
    }

    @Test
    void all21ZonesOfTheReportPlusXinjiangAfterIt() {
        assertThat(data.zones()).hasSize(22);
        assertThat(data.zones().stream().filter(RegistryPart.Ftz::afterReport).map(RegistryPart.Ftz::id)).containsExactly("xinjiang");
        Set<String> subzones = new HashSet<>();
        data.zones().forEach(z -> z.subzones().forEach(s -> subzones.add(z.id() + "/" + s.id())));
        assertThat(subzones).isEqualTo(reference.subzoneRefs());
        assertThat(data.zones().stream().filter(z -> z.id().equals("guangdong")).findFirst().orElseThrow().subzones()).hasSize(3);
    }

    @Test
    void all25ChronicleEventsInReportOrder() {
        assertThat(data.events()).hasSize(25);
        assertThat(data.events().stream().map(ChroniclePart.Event::seq).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(data.events()).allSatisfy(e -> assertThat(e.date()).startsWith("2021"));
    }

    @Test
    void everyDocumentNumberNamedInTheNotesIsPresent() throws IOException {
        Pattern wenhao = Pattern.compile("[\\p{IsHan}]{1,12}\\s*[〔\\[]\\s*\\d{4}\\s*[〕\\]]\\s*\\d{1,5}\\s*号");
        Set<String> inNotes = new TreeSet<>();
        for (String part : List.of("A", "B", "C", "D", "E", "F")) {
            Matcher m = wenhao.matcher(Files.readString(SHARED.resolve("seed/notes/part" + part + ".md")));
            while (m.find()) {
                inNotes.add(DocumentNumber.parse(m.group()).normalized());
            }
        }
        Set<String> inData = data.documents().stream().map(DocumentsPart.Document::number).filter(n -> n != null)
                .collect(Collectors.toSet());
        assertThat(inNotes).isNotEmpty();
        assertThat(inData).containsAll(inNotes);
    }

    @Test
    void everyRecordCitesItsSource() {
        assertThat(data.zones()).allSatisfy(z -> assertThat(z.source()).isNotBlank());
        assertThat(data.zones()).allSatisfy(z -> z.subzones().forEach(s -> assertThat(s.source()).isNotBlank()));
        assertThat(data.platforms()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(data.documents()).allSatisfy(d -> assertThat(d.source()).startsWith("ftz-report-2022:"));
        assertThat(data.statistics()).allSatisfy(s -> assertThat(s.source()).startsWith("ftz-report-2022:"));
        assertThat(data.events()).allSatisfy(e -> assertThat(e.source()).startsWith("ftz-report-2022:"));
    }

    @Test
    void citedLinesExistInTheReport() throws IOException {
        long lines = Files.lines(SHARED.resolve("seed/ftz-report-2022.txt")).count();
        List<String> sources = new java.util.ArrayList<>();
        data.documents().forEach(d -> sources.add(d.source()));
        data.statistics().forEach(s -> sources.add(s.source()));
        data.events().forEach(e -> sources.add(e.source()));
        for (String s : sources) {
            for (var r : org.ftzobservatory.kernel.SourceRef.parse(s).ranges()) {
                assertThat(r.to()).as(s).isLessThanOrEqualTo((int) lines);
            }
        }
    }

    /**
     * The printed figure of every statistic stands in the lines it cites: an audit can find each value where the data
     * says it is. The PDF text breaks lines and spaces anywhere, so whitespace is ignored on both sides.
     */
    @Test
    void everyStatisticsPrintedFigureIsInItsCitedLines() throws IOException {
        List<String> report = Files.readAllLines(SHARED.resolve("seed/ftz-report-2022.txt"));
        List<String> notFound = new java.util.ArrayList<>();
        for (Statistic s : data.statistics()) {
            StringBuilder cited = new StringBuilder();
            for (var r : org.ftzobservatory.kernel.SourceRef.parse(s.source()).ranges()) {
                report.subList(r.from() - 1, Math.min(r.to(), report.size())).forEach(cited::append);
            }
            if (!withoutSpace(cited.toString()).contains(withoutSpace(s.raw()))) {
                notFound.add(s.id() + " '" + s.raw() + "' not in " + s.source());
            }
        }
        assertThat(data.statistics()).hasSizeGreaterThan(300);
        assertThat(notFound).as("statistics whose printed figure is not in their cited lines").isEmpty();
    }

    private static String withoutSpace(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void theHeadlineFiguresOfTheReport() {
        Map<String, Statistic> national = data.statistics().stream().filter(s -> s.zone().equals("national"))
                .collect(Collectors.toMap(Statistic::indicator, s -> s, (a, b) -> a));
        assertThat(national.get("ftz_count").value()).isEqualByComparingTo("21");
        assertThat(national.get("construction_plans_issued").value()).isEqualByComparingTo("28");
        assertThat(national.get("reform_pilot_tasks").value()).isEqualByComparingTo("3400");
        assertThat(national.get("reform_pilot_tasks").approx()).isTrue();
        assertThat(national.get("fdi_actual_use").value()).isEqualByComparingTo(new BigDecimal("213000000000"));
        assertThat(national.get("fdi_actual_use_yoy").value()).isEqualByComparingTo("19");
        assertThat(national.get("fdi_actual_use_vs_national_pp").value()).isEqualByComparingTo("4.1");
        assertThat(national.get("trade_total").value()).isEqualByComparingTo(new BigDecimal("6800000000000"));
        assertThat(national.get("trade_total_yoy").value()).isEqualByComparingTo("29.5");
        assertThat(national.get("trade_total_vs_national_pp").value()).isEqualByComparingTo("8.1");
        assertThat(national.get("fdi_actual_use_share").value()).isEqualByComparingTo("18.5");
        assertThat(national.get("trade_total_share").value()).isEqualByComparingTo("17.3");
        assertThat(national.get("replicated_innovation_results").value()).isEqualByComparingTo("278");
        assertThat(data.headlines()).hasSizeBetween(4, 8).allSatisfy(h -> assertThat(h.labelEn()).isNotBlank().doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void documentsNamedByTheChronicleAreLinked() {
        Map<String, ChroniclePart.Event> bySeq = data.events().stream().collect(Collectors.toMap(e -> "e" + e.seq(), e -> e));
        assertThat(bySeq.get("e15").documents()).contains("guofa-2021-12");
        assertThat(data.events().stream().mapToInt(e -> e.documents().size()).sum()).isGreaterThanOrEqualTo(15);
    }

    /** The parts these checks read, by the names they had when one record held the whole dataset. */
    record Bundled(Dataset d) {
        List<RegistryPart.Ftz> zones() {
            return d.get(RegistryPart.Registry.class).zones();
        }

        List<RegistryPart.Platform> platforms() {
            return d.get(RegistryPart.Registry.class).platforms();
        }

        List<DocumentsPart.Document> documents() {
            return d.get(DocumentsPart.Documents.class).documents();
        }

        List<Statistic> statistics() {
            return d.get(StatisticsPart.Statistics.class).statistics();
        }

        List<StatisticsPart.HeadlineEntry> headlines() {
            return d.get(StatisticsPart.Statistics.class).headlines();
        }

        List<ChroniclePart.Event> events() {
            return d.get(ChroniclePart.Chronicle.class).events();
        }
    }
}
