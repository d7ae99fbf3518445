package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class NumberExtractorsProperties {

    private final AmountExtractor amounts = new AmountExtractor(Engines.RULES);
    private final PercentExtractor percents = new PercentExtractor(Engines.RULES);
    private final CountExtractor counts = new CountExtractor(Engines.RULES);

    @Provide
    Arbitrary<ExtractionRules.Unit> amountUnits() {
        return Arbitraries.of(Engines.RULES.amountUnits);
    }

    @Provide
    Arbitrary<String> before() {
        return Arbitraries.of(Engines.RULES.qualifiersBefore).injectNull(0.5);
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of(Engines.RULES.qualifiersAfter).injectNull(0.6);
    }

    private static String number(BigDecimal v, boolean fullWidth) {
        String s = v.toPlainString();
        return fullWidth ? Engines.fullWidth(s).replace('.', '．') : s;
    }

    @Property(tries = 1000)
    void aRenderedAmountIsExtractedBackNormalised(@ForAll @BigRange(min = "0.01", max = "99999") @Scale(2) BigDecimal v,
                                                  @ForAll("amountUnits") ExtractionRules.Unit unit,
                                                  @ForAll("before") String pre, @ForAll("after") String post,
                                                  @ForAll boolean fullWidth, @ForAll boolean spaces) {
        String sp = spaces ? " " : "";
        String rendered = (pre == null ? "" : pre + sp) + number(v, fullWidth) + sp + (post == null ? "" : post) + unit.text();
        String text = "全年实现" + rendered + "，同比增长";
        List<Mentions.Amount> found = amounts.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualByComparingTo(v.multiply(unit.multiplier()));
            assertThat(a.currency()).isEqualTo(unit.currency());
            assertThat(a.approx()).isEqualTo(pre != null || post != null);
            assertThat(a.span().raw()).isEqualTo(rendered);
            assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(rendered);
        });
    }

    @Provide
    Arbitrary<String> percentUnits() {
        return Arbitraries.of(Engines.RULES.percentUnits.keySet());
    }

    @Property(tries = 500)
    void aRenderedPercentIsExtractedBack(@ForAll @BigRange(min = "0", max = "1000") @Scale(1) BigDecimal v,
                                         @ForAll("percentUnits") String unit, @ForAll boolean fullWidth, @ForAll boolean spaces) {
        String rendered = number(v, fullWidth) + (spaces ? " " : "") + unit;
        String text = "同比增长" + rendered + "，高于全国";
        assertThat(percents.extract(Engines.normalize(text))).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualByComparingTo(v);
            assertThat(p.unit()).isEqualTo(Engines.RULES.percentUnits.get(unit));
            assertThat(text.substring(p.span().start(), p.span().end())).isEqualTo(rendered);
        });
    }

    @Provide
    Arbitrary<String> countUnits() {
        return Arbitraries.of(Engines.RULES.countUnits);
    }

    @Provide
    Arbitrary<String> nouns() {
        return Arbitraries.of("特别管理措施", "最佳实践案例", "制度创新成果", "企业", "改革试点任务", "航线");
    }

    @Property(tries = 1000)
    void aRenderedCountIsExtractedBackWithItsNoun(@ForAll @IntRange(min = 1, max = 999999) int n,
                                                  @ForAll("countUnits") String unit, @ForAll("nouns") String noun,
                                                  @ForAll("after") String post, @ForAll boolean fullWidth, @ForAll boolean spaces) {
        String sp = spaces ? " " : "";
        String rendered = (fullWidth ? Engines.fullWidth(String.valueOf(n)) : String.valueOf(n)) + sp
                + (post == null ? "" : post) + unit;
        String text = "累计推出" + rendered + noun + "，";
        assertThat(counts.extract(Engines.normalize(text))).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(n);
            assertThat(c.unit()).isEqualTo(unit);
            assertThat(c.noun()).isEqualTo(noun);
            assertThat(c.approx()).isEqualTo(post != null);
            assertThat(text.substring(c.span().start(), c.span().end())).isEqualTo(rendered);
        });
    }

    @Property(tries = 300)
    void spansAlwaysPointAtTheirRawText(@ForAll String noise, @ForAll @IntRange(min = 1, max = 9999) int n) {
        String text = noise + n + " 亿元 " + noise + n + "% " + noise + n + " 项" + noise;
        NormalizedText nt = Engines.normalize(text);
        amounts.extract(nt).forEach(a -> assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.span().raw()));
        percents.extract(nt).forEach(a -> assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.span().raw()));
        counts.extract(nt).forEach(a -> assertThat(text.substring(a.span().start(), a.span().end())).isEqualTo(a.span().raw()));
    }
}
