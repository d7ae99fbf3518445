package org.ftzobservatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;
import org.junit.jupiter.api.Test;

/**
 * The answers an investor gets for the three questions of issue 11 §5, and the date rules: hand-written oracles from the
 * reference notes (FTZ 21 = national 25 news agencies, prohibited; FTZ 14 market research open except radio/TV audience
 * surveys; national 22–24 not found, so a hospital stays unknown).
 */
class AccessAnswersTest {

    static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);
    final AccessChecker checker = AccessFixtures.checker();
    final CheckPolicy policy = checker.policy();

    static Proposal ask(String location, String code, double share, LocalDate date) {
        return new Proposal(location, List.of(code), null, share, false, "foreign", "new_enterprise", "foreign",
                Proposal.COMMERCIAL_PRESENCE, date);
    }

    @Test
    void aNewsAgencyInBeijingFtzIsProhibitedOnTheDerivedBasisOfNationalMeasure25() {
        AccessResult r = checker.check(ask("beijing", "8610", 0.3, IN_2025));
        assertThat(r.list().id()).isEqualTo("ftz-2021");
        assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(r.basis()).isEqualTo("derived");
        TriggeredMeasure t = r.measures().stream().filter(m -> m.measure().seq() == 21).findFirst().orElseThrow();
        assertThat(t.derivedFrom()).isEqualTo(25);
        assertThat(t.basis()).isEqualTo("derived");
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.en())
                .isEqualTo("FTZ measure 21 = national measure 25; no known difference; confirm against the official text."));
        assertThat(AccessExplanation.answer(r, policy, "en")).isEqualTo("Not allowed: foreign investment is prohibited (measure 21).");
        assertThat(AccessExplanation.answer(r, policy, "zh")).isEqualTo("不允许：外商投资禁止（第21条）。");
        assertThat(AccessResultView.json(r, policy)).containsEntry("basis", "derived").containsEntry("verdict", "prohibited");
    }

    @Test
    void marketResearchInLingangAtFullForeignShareIsPermittedWithTheAudienceSurveyCondition() {
        AccessResult r = checker.check(ask("shanghai/lingang", "7242", 1.0, IN_2025));
        assertThat(r.verdict()).isEqualTo(Verdict.PERMITTED_WITH_CONDITIONS);
        assertThat(r.conditions()).singleElement().satisfies(c -> {
            assertThat(c.conditional()).isTrue();
            assertThat(c.kind()).isEqualTo("chinese_control");
            assertThat(c.ifZh()).isEqualTo("广播电视收听、收视调查");
        });
        assertThat(AccessExplanation.answer(r, policy, "en")).isEqualTo("Allowed as proposed. If the activity includes radio and TV "
                + "audience surveys, the Chinese side must hold control.");
        assertThat(AccessExplanation.answer(r, policy, "zh")).isEqualTo("允许（按所述方案）。若活动涉及广播电视收听、收视调查，须由中方控股。");
        // Saying the activity is an audience survey settles the condition: now it binds.
        Proposal survey = new Proposal("shanghai/lingang", List.of("7242"), "电视收视调查", 1.0, false, "foreign", "new_enterprise",
                "foreign", Proposal.COMMERCIAL_PRESENCE, IN_2025);
        AccessResult s = checker.check(survey);
        assertThat(s.verdict()).isEqualTo(Verdict.REQUIRES_CHANGES);
        assertThat(AccessExplanation.answer(s, policy, "en")).isEqualTo("Not allowed as proposed. Allowed if the Chinese side holds control.");
    }

    @Test
    void aHospitalInHainanAt70PercentIsUnknownBecauseNationalMeasures22To24WereNotFound() {
        AccessResult r = checker.check(ask("hainan", "8411", 0.7, IN_2025));
        assertThat(r.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.basis()).isEqualTo("not_verified");
        assertThat(r.measures()).extracting(t -> t.measure().seq()).contains(18, 19, 20);
        assertThat(AccessExplanation.answer(r, policy, "en")).startsWith("No firm answer: the text of measures 18, 19, 20 was not found");
    }

    @Test
    void theDateChoosesTheEditionAndADateNoEditionCoversIsTheDateFieldsProblem() {
        assertThat(checker.check(ask("mainland", "8610", 0.3, LocalDate.of(2024, 10, 31))).list().id()).isEqualTo("national-2021");
        assertThat(checker.check(ask("mainland", "8610", 0.3, LocalDate.of(2024, 11, 1))).list().id()).isEqualTo("national-2024");
        // Publication printing: national 2021 item 6 (Chinese control) until 2024-10-31, gone from 2024-11-01.
        assertThat(checker.check(ask("mainland", "2311", 1.0, LocalDate.of(2023, 1, 1))).verdict()).isEqualTo(Verdict.REQUIRES_CHANGES);
        assertThat(checker.check(ask("mainland", "2311", 1.0, LocalDate.of(2025, 1, 1))).verdict()).isEqualTo(Verdict.PERMITTED);
        AccessResult ftz = checker.check(ask("shanghai", "2311", 1.0, LocalDate.of(2025, 1, 1)));
        assertThat(ftz.list().id()).isEqualTo("ftz-2021");
        assertThat(ftz.comparisonList()).isEqualTo("national-2024");
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "7242", null, 0.5, null, null, null,
                null, null, "2021-06-30"), checker))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("2021-06-30")
                .satisfies(e -> assertThat(((BadRequestException) e).parameter()).isEqualTo("date"));
        assertThatThrownBy(() -> ProposalValidator.validate(new AccessCheckRequest("shanghai", "7242", null, 0.5, null, null, null,
                null, null, "2024-13-01"), checker))
                .satisfies(e -> assertThat(((BadRequestException) e).parameter()).isEqualTo("date"));
    }

    @Test
    void onlyFtzMeasuresWithSourcedCounterpartsAndNoSourcedDifferenceAreDerived() {
        List<Integer> derived = AccessFixtures.data().measures().stream().filter(m -> m.list().equals("ftz-2021"))
                .filter(m -> checker.book("ftz-2021").derivedFrom.containsKey(m)).map(NegativeListMeasure::seq).toList();
        // 7 (water transport) and 27 (performing arts) have sourced differences; 12, 17, 23 have no sourced national rule/text.
        assertThat(derived).containsExactly(13, 15, 16, 21, 22, 24, 25, 26);
    }
}
