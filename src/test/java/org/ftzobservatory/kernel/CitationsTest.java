package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled section map against the seed report, and the labels citations get from it. */
class CitationsTest {

    static final Path YAML = Path.of("data", ReportSections.FILE);
    static final Path REPORT = Path.of("../shared/seed/ftz-report-2022.txt");
    static final ReportSectionMap MAP = ReportSectionMap.read(YAML, REPORT);
    static final Citations CITATIONS = new Citations(MAP);

    @Test
    void aRangeInsideOneSectionNamesPartChapterAndSection() {
        assertThat(CITATIONS.label("ftz-report-2022:4101-4120", Locale.ENGLISH))
                .isEqualTo("Report 2022 · Part 2 · Trade · Faster customs clearance (lines 4101–4120)");
        assertThat(CITATIONS.label("ftz-report-2022:4101-4120", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("《报告2022》 · 第二部分 · 贸易领域制度创新情况 · 通关监管更加高效便利（第4101–4120行）");
    }

    @Test
    void aRangeAcrossSectionsCitesTheirCommonParent() {
        assertThat(CITATIONS.label("ftz-report-2022:4200-4300", Locale.ENGLISH))
                .isEqualTo("Report 2022 · Part 2 · Trade (lines 4200–4300)");
        assertThat(CITATIONS.label("ftz-report-2022:3400-3600", Locale.ENGLISH))
                .isEqualTo("Report 2022 (lines 3400–3600)");
        assertThat(CITATIONS.label("ftz-report-2022:3093-3220,7256-7299", Locale.ENGLISH))
                .isEqualTo("Report 2022 (lines 3093–3220, 7256–7299)");
    }

    @Test
    void displacedLinesBelongToTheirOwnDomain() {
        // 5181-5189 sit inside the industry domain's pages but continue a supervision case (see the notes of part E).
        assertThat(CITATIONS.label("ftz-report-2022:5181-5189", Locale.ENGLISH))
                .isEqualTo("Report 2022 · Part 2 · Whole-process supervision · Standard and precise supervision (lines 5181–5189)");
        assertThat(CITATIONS.label("ftz-report-2022:5770", Locale.ENGLISH))
                .isEqualTo("Report 2022 · Part 2 · Factor resources (line 5770)");
    }

    @Test
    void chronicleAndFrontMatterAndReferencesReadAsWords() {
        assertThat(CITATIONS.label("ftz-report-2022:7310-7312", Locale.ENGLISH)).isEqualTo("Report 2022 · Chronicle of 2021 (lines 7310–7312)");
        assertThat(CITATIONS.label("reference:zones.yaml", Locale.ENGLISH)).doesNotContain(".yaml").contains("FTZs");
        assertThat(CITATIONS.label("reference:zones.yaml", Locale.SIMPLIFIED_CHINESE)).doesNotContain(".yaml");
        assertThat(CITATIONS.label("../shared/reference/negative-lists/README.md", Locale.ENGLISH)).doesNotContain("/");
        assertThat(CITATIONS.anchor("ftz-report-2022:4101-4120")).matches("/sources#s-\\d+-\\d+-\\d+");
        assertThat(CITATIONS.title("ftz-report-2022:4101-4120", Locale.ENGLISH))
                .startsWith("China Pilot Free Trade Zone Development Report 2022 › Part 2 Institutional innovation › Trade");
    }

    @Test
    void bibliographyComesFromTheReport() {
        assertThat(MAP.bibliography().publisher().zh()).isEqualTo("商务部国际贸易经济合作研究院");
        assertThat(MAP.bibliography().year()).isEqualTo(2022);
    }

    @Test
    void aBrokenMapIsRefusedWithFileLineAndField(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("report-sections.yaml");
        Files.writeString(yaml, """
                document: ftz-report-2022
                line_count: 7522
                bibliography: {title_zh: 中国自由贸易试验区发展报告（2022）, title_en: T, title_line: 72, publisher_zh: 商务部国际贸易经济合作研究院,
                  publisher_en: P, publisher_line: 11, year: 2022, year_line: 2, short_zh: 报告, short_en: R}
                sections:
                  - kind: part
                    number: 1
                    zh: 综合发展篇
                    en: Overview
                    heading: 529
                    lines: [156-3512]
                    sections:
                      - {kind: chapter, zh: 积极推动各项工作落到实处, en: C1, heading: 157, lines: [156-995]}
                      - {kind: chapter, zh: 引领高水平对外开放作用凸显, en: C2, heading: 996, lines: [990-1528]}
                      - {kind: chapter, zh: 更好服务和融入新发展格局, en: C3, heading: 1529, lines: [1529-3600]}
                  - {kind: chronicle, zh: 大事记, en: Chronicle, heading: 7300, lines: [7300-7600]}
                """);
        assertThatThrownBy(() -> ReportSectionMap.read(yaml, REPORT))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .anyMatch(p -> p.contains("report-sections.yaml:10") && p.contains("heading") && p.contains("does not hold"))
                        .anyMatch(p -> p.contains("990-1528") && p.contains("overlaps"))
                        .anyMatch(p -> p.contains("1529-3600") && p.contains("outside its parent"))
                        .anyMatch(p -> p.contains("7300-7600") && p.contains("past the report's last line")));
    }
}
