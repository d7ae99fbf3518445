package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NegativeListFilesTest {

    @Test
    void bundledListsKeepEveryOfficialSlotAndTheReferenceGaps() {
        NegativeListData data = AccessFixtures.data();
        assertThat(data.lists()).extracting(NegativeList::id).containsExactly("national-2021", "national-2024", "ftz-2021", "hainan-cbs-2021");
        List<NegativeListMeasure> national = measures(data, "national-2021");
        List<NegativeListMeasure> ftz = measures(data, "ftz-2021");
        assertThat(national).hasSize(31);
        assertThat(ftz).hasSize(27);
        assertThat(measures(data, "hainan-cbs-2021")).isEmpty();
        // The reference has sourced wording for 22 national items and 2 FTZ items; nothing was added from memory.
        assertThat(national.stream().filter(m -> m.textZh() != null)).hasSize(22);
        assertThat(national.stream().filter(m -> m.textZh() == null).map(NegativeListMeasure::seq))
                .containsExactly(11, 12, 13, 14, 15, 21, 22, 23, 24);
        assertThat(ftz.stream().filter(m -> m.textZh() != null).map(NegativeListMeasure::seq)).containsExactly(5, 6);
        assertThat(national.get(30).textZh()).isEqualTo("禁止投资文艺表演团体。");
        assertThat(ftz.get(26).kinds()).containsExactly(MeasureKind.CHINESE_CONTROL);
        assertThat(ftz.get(26).ruleConfidence()).isEqualTo(Verification.RECONSTRUCTED);
    }

    /** national-2024.md: the 2024 edition is the 2021 list less items 6 and 7, renumbered, with the 2021 wording and gaps. */
    @Test
    void the2024EditionIsThe2021ListLessItsTwoManufacturingMeasures() {
        NegativeListData data = AccessFixtures.data();
        List<NegativeListMeasure> y2021 = measures(data, "national-2021");
        List<NegativeListMeasure> y2024 = measures(data, "national-2024");
        assertThat(y2024).hasSize(29);
        assertThat(y2024.get(4).textZh()).isEqualTo(y2021.get(4).textZh());
        assertThat(y2024.get(5).textZh()).isEqualTo(y2021.get(7).textZh());
        assertThat(y2024.get(28).textZh()).isEqualTo("禁止投资文艺表演团体。");
        assertThat(y2024.stream().filter(m -> m.textZh() == null).map(NegativeListMeasure::seq))
                .containsExactly(9, 10, 11, 12, 13, 19, 20, 21, 22);
        assertThat(y2024.stream().map(NegativeListMeasure::section)).doesNotContain("C");
        assertThat(y2024.get(5).note()).contains("is item 8 of the previous one");
    }

    @Test
    void everyMeasureHasAnEnglishSummaryAndEveryDecidingRuleCanApply() {
        for (NegativeListMeasure m : AccessFixtures.data().measures()) {
            assertThat(m.summaryEn()).as(m.key()).isNotBlank().doesNotContain("TODO");
            for (MeasureRule r : m.rules()) {
                if (r.kinds() != null && AccessFixtures.data().policy().decides(m.ruleConfidence())) {
                    assertThat(r.industries().size() + r.keywords().size()).as(m.key() + " " + r.scopeZh()).isPositive();
                }
            }
        }
    }

    @Test
    void brokenListFilesReportEveryProblemWithFileAndLine(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        Path national = dir.resolve("national-2021.yaml");
        String text = Files.readString(national, StandardCharsets.UTF_8);
        text = text.replaceFirst("max_foreign_share: 0\\.66", "max_foreign_share: 1.5")
                .replaceFirst("(?m)^  text_zh: null\\n  text_status: not_found", "  text_zh: 编造的原文\n  text_status: not_found")
                .replaceFirst("code: '(\\d{4})'", "code: '9999'")
                .replaceFirst("- prohibited\\n", "- forbidden\n");
        Files.writeString(national, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NegativeListFiles.read(dir, AccessFixtures.industries()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> {
                    List<String> problems = e.problems().stream().map(DatasetProblem::toString).toList();
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("national-2021.yaml:").contains("max_foreign_share").contains("from 0 to 1"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("national-2021.yaml:").contains("text_status").contains("cannot be not_found"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("'9999' is not a GB/T 4754-2017 code"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("'forbidden' is not a measure kind"));
                    assertThat(problems).allSatisfy(p -> assertThat(p).matches(".+\\.yaml:\\d+: .+"));
                });
    }

    @Test
    void aListFileMustKeepOneSlotPerOfficialMeasure(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        Path ftz = dir.resolve("ftz-2021.yaml");
        String text = Files.readString(ftz, StandardCharsets.UTF_8);
        int last = text.lastIndexOf("\n- seq: 27");
        Files.writeString(ftz, text.substring(0, last + 1), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NegativeListFiles.read(dir, AccessFixtures.industries()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems().toString())
                        .contains("26 measures, but the list officially has 27"));
    }

    private static List<NegativeListMeasure> measures(NegativeListData data, String list) {
        return data.measures().stream().filter(m -> m.list().equals(list)).toList();
    }

    /** The answers' wording is data: a policy file missing a sentence, a verdict's words or a kind's name is refused. */
    @Test
    void aPolicyWithoutTheAnswersWordingIsRefused(@TempDir Path tmp) throws IOException {
        Path dir = copy(tmp);
        Path policy = dir.resolve("check-policy.yaml");
        String text = Files.readString(policy, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^  derived: .*\n", "")
                .replaceFirst("(?m)^  jv_only: \\{zh: 限于合资.*\n", "")
                .replaceFirst("(?m)^  edition_applied: .*\n", "");
        Files.writeString(policy, text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lists.yaml"), Files.readString(dir.resolve("lists.yaml"), StandardCharsets.UTF_8)
                .replace("in_force_until: 2024-10-31", "in_force_until: 2024-10-32"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NegativeListFiles.read(dir, AccessFixtures.industries()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.problems().toString())
                        .contains("has no sentence 'derived'").contains("has no sentence 'edition_applied'")
                        .contains("has no names for measure kind 'jv_only'").contains("in_force_until")
                        .contains("must be a date YYYY-MM-DD, got '2024-10-32'"));
    }

    private static Path copy(Path tmp) throws IOException {
        Path dir = tmp.resolve("negative-lists");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(AccessFixtures.DATA.resolve("negative-lists"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
