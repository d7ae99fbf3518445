package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {

    private final DateExtractor extractor = new DateExtractor(Engines.RULES);

    private List<Mentions.Date> find(String s) {
        return extractor.extract(Engines.normalize(s));
    }

    private List<String> values(String s) {
        return find(s).stream().map(Mentions.Date::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021 年 9 月 6 日，广西壮族自治区人民政府印发 | 2021-09-06",
            "二〇二一年十二月二十七日 | 2021-12-27",
            "二〇二一年一月 | 2021-01",
            "记录 2021 年自贸试验区之创新精神 | 2021",
            "2021 年 7 月，总书记 | 2021-07",
            "自 2021 年 8 月起 | 2021-08",
            "２０２１年１１月１７日 | 2021-11-17",
            "（2021 年版） | 2021",
    })
    void readsYearsMonthsAndFullDates(String text, String value) {
        assertThat(values(text)).containsExactly(value);
    }

    @Test
    void yearEndIsDecemberAndApproximate() {
        assertThat(find("截至 2021 年底，已成功办理")).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo("2021-12");
            assertThat(d.approx()).isTrue();
            assertThat(d.span().raw()).isEqualTo("2021 年底");
        });
    }

    @Test
    void rangesGiveTwoDatesSharingTheSpan() {
        assertThat(values("发展规划（2021—2025 年）")).containsExactly("2021", "2025");
        assertThat(values("2021 年 1—9 月，实际使用外资")).containsExactly("2021-01", "2021-09");
        assertThat(values("2021 年 11 月 8 日至 11 日举办")).containsExactly("2021-11-08", "2021-11-11");
        assertThat(values("2021 年 3 月至 2022 年 6 月")).containsExactly("2021-03", "2022-06");
        List<Mentions.Date> range = find("2021 年 9 月 7-8 日");
        assertThat(range).extracting(Mentions.Date::role).containsExactly(Mentions.DateRole.FROM, Mentions.DateRole.TO);
        assertThat(range.get(0).span()).isEqualTo(range.get(1).span());
    }

    @Test
    void aDateBrokenAcrossLinesKeepsTheBreakInRaw() {
        String text = "2021 年 12 月\n\n27 日，国家发展改革委";
        assertThat(find(text)).singleElement().satisfies(d -> {
            assertThat(d.value()).isEqualTo("2021-12-27");
            assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo("2021 年 12 月\n\n27 日");
        });
    }

    @Test
    void notDates() {
        assertThat(find("中国共产党成立 100 周年")).isEmpty();
        assertThat(find("“十四五”期间")).isEmpty();
        assertThat(find("9 月 6 日")).isEmpty();
        assertThat(find("编号 12021 年")).isEmpty();
    }

    @Test
    void anImpossibleMonthLeavesTheYear() {
        assertThat(values("2021 年 19 项改革")).containsExactly("2021");
        assertThat(find("2021 年 19 项改革").get(0).span().raw()).isEqualTo("2021 年");
    }
}
