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
        assertThat(find("编号 12021 年")).isEmpty();
    }

    @Test
    void anImpossibleMonthLeavesTheYear() {
        assertThat(values("2021 年 19 项改革")).containsExactly("2021");
        assertThat(find("2021 年 19 项改革").get(0).span().raw()).isEqualTo("2021 年");
    }

    @Test
    void webDatesAreRead() {
        assertThat(values("发布时间：2020-06-01 10:00")).containsExactly("2020-06-01");
        assertThat(values("更新于2020/6/1，")).containsExactly("2020-06-01");
        assertThat(values("2013.03.26 00:00")).containsExactly("2013-03-26");
        assertThat(find("发布时间：2020-06-01 10:00").get(0).span().raw()).isEqualTo("2020-06-01");
        assertThat(values("版本 2020.13.01 与 2020-02-30")).isEmpty();
        assertThat(values("DOI 10.16619/j.cnki.2024.22.009")).isEmpty();
    }

    @Test
    void aYearlessDateTakesTheYearOfTheNearestDateBeforeIt() {
        List<Mentions.Date> found = find("2019 年 6 月，论坛开幕。6月21日，报告发布；28日闭幕。");
        assertThat(found).extracting(Mentions.Date::value).containsExactly("2019-06", "--06-21", "---28");
        assertThat(found).extracting(Mentions.Date::resolved).containsExactly(null, "2019-06-21", "2019-06-28");
        assertThat(found).extracting(Mentions.Date::resolvedFrom).containsExactly(null, "2019-06", "2019-06-21");
    }

    @Test
    void withNothingBeforeItTheDocumentDateDecides() {
        assertThat(find("截至4月，澳企 6208 户\n2024-06-11 16:40 | 来源").get(0).resolved()).isEqualTo("2024-04");
        assertThat(find("发布时间: 2024-12-23\n2009年开发。今年3月封关").get(2).resolved()).isEqualTo("2024-03");
        assertThat(find("发布时间: 2024-12-23\n2009年开发。3月封关").get(2).resolved()).isEqualTo("2009-03");
    }

    @Test
    void aYearlessDateNothingDatesStaysUnresolved() {
        List<Mentions.Date> found = find("新华社北京11月12日电 1至10月，进出口增长。");
        assertThat(found).extracting(Mentions.Date::value).containsExactly("--11-12", "--01", "--10");
        assertThat(found).extracting(Mentions.Date::resolved).containsOnlyNulls();
        assertThat(values("9 月 6 日")).containsExactly("--09-06");
    }

    @Test
    void durationsAndOrdinalsAreNotBareDays() {
        assertThat(values("自受理之日起 30 日内办结，第 3 日公示，每 5 日报送")).isEmpty();
        assertThat(values("35个工作日内")).isEmpty();
        assertThat(values("6 个月")).isEmpty();
    }

    @Test
    void theYearOfADocumentNumberIsNotADate() {
        Extraction x = Engines.ENGINE.extract("t", "国家税务总局公告2018年第7号附件1");
        assertThat(x.docNumbers()).hasSize(1);
        assertThat(x.dates()).isEmpty();
    }

    @Test
    void traditionalDatesAreRead() {
        assertThat(values("發佈時間: 2024-12-23 今年10月")).containsExactly("2024-12-23", "--10");
        assertThat(find("發佈時間: 2024-12-23 今年10月").get(1).resolved()).isEqualTo("2024-10");
    }
}
