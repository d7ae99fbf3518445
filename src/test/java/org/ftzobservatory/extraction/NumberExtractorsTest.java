package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts, percents and counts on phrases of the report. */
class NumberExtractorsTest {

    private final AmountExtractor amounts = new AmountExtractor(Engines.RULES);
    private final PercentExtractor percents = new PercentExtractor(Engines.RULES);
    private final CountExtractor counts = new CountExtractor(Engines.RULES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "实际使用外资 2130 亿元，实现 | 2130 亿元 | 213000000000 | CNY | false",
            "进出口总额 6.8 万亿元，同比 | 6.8 万亿元 | 6800000000000 | CNY | false",
            "累计超 7700 亿元 | 超 7700 亿元 | 770000000000 | CNY | true",
            "实际使用外资 25.3 亿美元 | 25.3 亿美元 | 2530000000 | USD | false",
            "注册资本 1 亿元人民币的 | 1 亿元人民币 | 100000000 | CNY | false",
            "融资近 2000 万元 | 近 2000 万元 | 20000000 | CNY | true",
            "约 2 亿人民币 | 约 2 亿人民币 | 200000000 | CNY | true",
            "人民币 300 万元 | 人民币 300 万元 | 3000000 | CNY | false",
            "交易额 12 多亿元 | 12 多亿元 | 1200000000 | CNY | true",
            "１２ 亿美元 | １２ 亿美元 | 1200000000 | USD | false",
            "合同额 1,200 万美元 | 1,200 万美元 | 12000000 | USD | false",
    })
    void amountsAreNormalisedToTheBaseUnit(String text, String raw, String value, String currency, boolean approx) {
        List<Mentions.Amount> found = amounts.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.span().raw()).isEqualTo(raw);
            assertThat(a.value()).isEqualByComparingTo(new BigDecimal(value));
            assertThat(a.currency()).isEqualTo(currency);
            assertThat(a.approx()).isEqualTo(approx);
        });
    }

    @Test
    void wordsThatLookLikeMoneyAreNot() {
        assertThat(amounts.extract(Engines.normalize("形成 11 多元化的格局"))).isEmpty();
        assertThat(amounts.extract(Engines.normalize("100 万欧元"))).isEmpty();
        assertThat(amounts.extract(Engines.normalize("第 3 单元"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "同比分别增长 19% 和 | 19% | 19 | %",
            "比全国高出 4.1 个百分点 | 4.1 个百分点 | 4.1 | pp",
            "占比２９．５％， | ２９．５％ | 29.5 | %",
            "提高 3 百分点 | 3 百分点 | 3 | pp",
    })
    void percentsAndPercentagePoints(String text, String raw, String value, String unit) {
        assertThat(percents.extract(Engines.normalize(text))).singleElement().satisfies(p -> {
            assertThat(p.span().raw()).isEqualTo(raw);
            assertThat(p.value()).isEqualByComparingTo(new BigDecimal(value));
            assertThat(p.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "进一步缩减至 27 条特别管理措施， | 27 条 | 27 | 条 | 特别管理措施",
            "第四批 18 个最佳实践案例 | 18 个 | 18 | 个 | 最佳实践案例",
            "形成 3400 多项制度创新成果 | 3400 多项 | 3400 | 项 | 制度创新成果",
            "全国 21 家自贸试验区实际使用外资 | 21 家 | 21 | 家 | 自贸试验区",
            "确定了 115 个自治区级行政权力事项不予授权 | 115 个 | 115 | 个 | 自治区级行政权力事项",
            "包括 11 个门类 70 项特别管理措施 | 11 个 | 11 | 个 | 门类",
            "共 6586 件。 | 6586 件 | 6586 | 件 | ",
    })
    void countsWithTheirNoun(String text, String raw, long value, String unit, String noun) {
        assertThat(counts.extract(Engines.normalize(text))).first().satisfies(c -> {
            assertThat(c.span().raw()).isEqualTo(raw);
            assertThat(c.value()).isEqualTo(value);
            assertThat(c.unit()).isEqualTo(unit);
            assertThat(c.noun()).isEqualTo(noun);
        });
    }

    @Test
    void ordinalsDurationsAndPercentagePointsAreNotCounts() {
        assertThat(counts.extract(Engines.normalize("第 4 批最佳实践案例"))).isEmpty();
        assertThat(counts.extract(Engines.normalize("高出 4.1 个百分点"))).isEmpty();
        assertThat(counts.extract(Engines.normalize("用时 8 个多月调研"))).isEmpty();
        assertThat(counts.extract(Engines.normalize("缩短至 6 个月"))).isEmpty();
        assertThat(counts.extract(Engines.normalize("增长 1.5 个"))).isEmpty();
    }

    @Test
    void qualifiersMakeCountsApproximate() {
        assertThat(counts.extract(Engines.normalize("吸引 4000 余家医疗健康企业"))).singleElement()
                .satisfies(c -> assertThat(c.approx()).isTrue());
        assertThat(counts.extract(Engines.normalize("超过 100 家机构"))).singleElement()
                .satisfies(c -> {
                    assertThat(c.approx()).isTrue();
                    assertThat(c.span().raw()).isEqualTo("超过 100 家");
                });
    }
}
