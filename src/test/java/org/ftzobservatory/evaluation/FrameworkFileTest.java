package org.ftzobservatory.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framework files: the bundled one is valid, and each kind of mistake is named with its file, line and field. */
class FrameworkFileTest {

    static final String GOOD = """
            id: small
            version: "1"
            date: "2026-12-06"
            title_zh: 小框架
            title_en: Small framework
            rationale_zh: 理由
            rationale_en: Why
            sources: [ftz-report-2022:3516-3524]
            sensitivity: {draws: 100, spread: 0.2, seed: 7}
            dimensions:
              - id: trade
                name_zh: 贸易
                name_en: Trade
                weight: 0.6
                subdimensions:
                  - id: trade_sub
                    name_zh: 贸易案例
                    name_en: Trade cases
                    weight: 1
                    indicators:
                      - {id: trade_cases, name_zh: 案例数, name_en: Cases, weight: 0.667, direction: higher,
                         normalisation: min-max, missing: zero, formula: "innovations_per_domain(domain=trade)"}
                      - {id: fdi, name_zh: 外资, name_en: FDI, weight: 0.333, direction: higher,
                         normalisation: z-score, missing: exclude, formula: "statistic(indicator=fdi_actual_use_yoy, growth=true)"}
              - id: law
                name_zh: 法治
                name_en: Law
                weight: 0.4
                subdimensions:
                  - id: law_sub
                    name_zh: 法治案例
                    name_en: Law cases
                    weight: 1
                    indicators:
                      - {id: law_cases, name_zh: 案例数, name_en: Cases, weight: 1, direction: higher, normalisation: rank,
                         missing: mean, formula: "innovations_with_tag(tag=ip-protection+dispute-resolution)"}
            """;

    @TempDir
    Path tmp;

    Framework read(String text) throws Exception {
        Path f = Files.writeString(tmp.resolve("f.yaml"), text, StandardCharsets.UTF_8);
        return FrameworkFile.read(f, "f.yaml", Frameworks.sources());
    }

    List<String> problems(String text) {
        try {
            read(text);
        } catch (InvalidDatasetException e) {
            return e.problems().stream().map(DatasetProblem::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void theBundledFrameworkIsValidAndHasTheFiveDimensions() {
        DataSources sources = new DataSources(Set.of("trade", "investment", "finance", "supervision"),
                Set.of("cross-border-finance", "financing-innovation", "insurance-innovation", "dispute-resolution",
                        "judicial-collaboration", "judicial-reform", "ip-protection", "fair-competition", "credit-tiered-supervision",
                        "credit-sanction", "lenient-enforcement"), Set.of("trade_total_yoy", "fdi_actual_use_yoy"));
        Framework f = FrameworkFile.read(Path.of("data/evaluation/default-framework.yaml"), "default-framework.yaml", sources);
        assertThat(f.dimensions()).extracting(d -> d.name().zh()).containsExactly("贸易便利化", "投资自由化", "金融改革创新", "政府职能转变", "法治化环境");
        assertThat(f.sensitivity().draws()).isEqualTo(1000);
        assertThat(f.sensitivity().spread()).isEqualTo(0.2);
        assertThat(f.leaves().stream().mapToDouble(Framework.Leaf::effectiveWeight).sum()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSmallFileReadsWithItsFormulas() throws Exception {
        Framework f = read(GOOD);
        assertThat(f.leaves()).hasSize(3);
        assertThat(f.leaves().get(1).indicator().formula().param("growth")).isEqualTo("true");
        assertThat(f.content()).isEqualTo(GOOD);
    }

    @Test
    void weightsThatDoNotSumToOneAreNamedWithTheLineOfTheirLevel() {
        assertThat(problems(GOOD.replace("weight: 0.4", "weight: 0.5")))
                .containsExactly("f.yaml:11: dimensions: weights sum to 1.1000, not 1 (tolerance 0.001)");
        assertThat(problems(GOOD.replace("weight: 0.333", "weight: 0.3")))
                .containsExactly("f.yaml:21: indicators: weights sum to 0.9670, not 1 (tolerance 0.001)");
    }

    @Test
    void everyFormulaMustResolve() {
        assertThat(problems(GOOD.replace("innovations_per_domain(domain=trade)", "innovations_per_domain(domain=tourism)")))
                .containsExactly("f.yaml:22: formula: unknown domain 'tourism' (one of [cross-ftz, factors, finance, industry, investment, supervision, trade])");
        assertThat(problems(GOOD.replace("innovations_per_domain(domain=trade)", "gdp_per_head")).get(0))
                .startsWith("f.yaml:22: formula: unknown data source 'gdp_per_head'");
        assertThat(problems(GOOD.replace("innovations_per_domain(domain=trade)", "innovations_per_domain()")))
                .containsExactly("f.yaml:22: formula: innovations_per_domain needs domain=...");
        assertThat(problems(GOOD.replace("growth=true", "growth=true, lag=2")))
                .containsExactly("f.yaml:24: formula: statistic has no parameter 'lag' (it takes indicator, growth)");
        assertThat(problems(GOOD.replace("innovations_per_domain(domain=trade)", "innovations_per_domain(domain=trade); drop table")))
                .containsExactly("f.yaml:22: formula: 'innovations_per_domain(domain=trade); drop table' must end with ')'");
    }

    @Test
    void idsAreUniqueAcrossTheTreeAndUnknownFieldsAndPoliciesAreRefused() {
        assertThat(problems(GOOD.replace("id: law_cases", "id: trade_cases")))
                .containsExactly("f.yaml:35: id: 'trade_cases' is used twice (first at line 21); ids are unique in the whole tree");
        assertThat(problems(GOOD.replace("missing: mean", "missing: impute")))
                .containsExactly("f.yaml:36: missing: 'impute' is not one of [exclude, mean, zero]");
        assertThat(problems(GOOD.replace("name_en: Law\n", "name_en: Law\n    colour: red\n")))
                .containsExactly("f.yaml:28: colour: unknown field (allowed: id, name_en, name_zh, subdimensions, weight)");
        assertThat(problems(GOOD.replace("sources: [ftz-report-2022:3516-3524]\n", "")))
                .containsExactly("f.yaml:1: sources: is required: the rationale cites the report lines or documents it rests on");
    }

    @Test
    void aFileThatIsNotYamlIsOneProblemNotAStackTrace() {
        assertThatThrownBy(() -> read("id: [unclosed")).isInstanceOf(InvalidDatasetException.class);
    }
}
