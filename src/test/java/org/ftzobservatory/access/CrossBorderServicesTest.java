package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hainan cross-border services list ships with metadata only; once officials import its measures, checks of services
 * supplied across the border use them, mode by mode. The imported measure here is a test fixture, not official text.
 */
class CrossBorderServicesTest {

    private static final String FIXTURE_RULE = """
            - seq: 1
              category: legal
              text_zh: 测试条目（非官方原文）
              text_status: verbatim
              confidence: verified
              rule_confidence: verified
              summary_en: Test fixture, not the official text.
              kinds: [prohibited]
              rules:
              - kinds: [prohibited]
                industries:
                - {code: '7231', coverage: full}
                service_modes: [%s]
              exceptions: []
              sources: []
            """;

    @Test
    void withMetadataOnlyAServiceSuppliedAcrossTheBorderIsUnknownAndSaysWhy() {
        AccessResult r = AccessFixtures.checker().check(proposal("cross_border_supply", "7231"));
        assertThat(r.list().id()).isEqualTo("hainan-cbs-2021");
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.kind()).isEqualTo("services_list_not_available"));
    }

    @Test
    void importedMeasuresDecideOnlyForTheModesTheyName(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("hainan-cbs-2021.yaml");
        Files.writeString(file, listFile("cross_border_supply"));
        NegativeListData bundled = AccessFixtures.data();
        List<NegativeListMeasure> all = new ArrayList<>(bundled.measures());
        all.addAll(NegativeListFiles.readMeasureFile(file, bundled, AccessFixtures.industries()));
        var zones = org.ftzobservatory.kernel.ReferenceData.load(AccessFixtures.REFERENCE);
        AccessChecker checker = new AccessChecker(new NegativeListData(bundled.lists(), all, bundled.policy(), bundled.scoring(),
                bundled.history()), AccessFixtures.industries(), zones.ftzIds(), zones.subzoneRefs());

        AccessResult across = checker.check(proposal("cross_border_supply", "7231"));
        assertThat(across.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(across.measures()).extracting(t -> t.measure().category()).containsExactly("legal");
        assertThat(checker.check(proposal("consumption_abroad", "7231")).verdict()).isEqualTo(Verdict.PERMITTED);
        // Commercial presence still follows the FTZ foreign-investment list.
        assertThat(checker.check(proposal("commercial_presence", "7231")).list().id()).isEqualTo("ftz-2021");
    }

    @Test
    void anImportNamingCommercialPresenceOrAnUnknownModeIsRefused(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("hainan-cbs-2021.yaml");
        Files.writeString(file, listFile("commercial_presence"));
        assertThatThrownBy(() -> NegativeListFiles.readMeasureFile(file, AccessFixtures.data(), AccessFixtures.industries()))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("not a cross-border supply mode");
    }

    @Test
    void aCrossBorderModeForGoodsIsA400() {
        AccessCheckRequest r = new AccessCheckRequest("hainan", "3612", null, 0.5, null, null, null, null, "cross_border_supply");
        assertThatThrownBy(() -> ProposalValidator.validate(r, AccessFixtures.checker()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter()).isEqualTo("service_mode"));
    }

    private static Proposal proposal(String mode, String code) {
        return new Proposal("hainan", List.of(code), null, 0.5, false, "foreign", "new_enterprise", "foreign", mode);
    }

    /** The fixture measure plus a not-found slot for each of the other 69 official measures, as an official import would. */
    private static String listFile(String mode) {
        StringBuilder s = new StringBuilder("list: hainan-cbs-2021\nsources: {}\nmeasures:\n");
        s.append(FIXTURE_RULE.formatted(mode));
        for (int seq = 2; seq <= 70; seq++) {
            s.append("""
                    - seq: %d
                      text_zh: null
                      text_status: not_found
                      confidence: not_found
                      rule_confidence: not_found
                      summary_en: Not imported yet.
                      kinds: null
                      rules:
                      - kinds: null
                      exceptions: []
                      sources: []
                    """.formatted(seq));
        }
        return s.toString();
    }
}
