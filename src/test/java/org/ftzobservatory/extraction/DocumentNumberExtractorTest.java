package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberExtractorTest {

    private final DocumentNumberExtractor extractor = new DocumentNumberExtractor(Engines.RULES);

    private List<String> numbers(String s) {
        return find(s).stream().map(d -> d.number().normalized()).toList();
    }

    private List<Mentions.DocNumber> find(String s) {
        return extractor.extract(Engines.normalize(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "若干措施》（国发〔2021〕12 号，以下简称 | 国发〔2021〕12号 | 国发〔2021〕12 号",
            "的通知》（国办发〔2021〕25 号）。 | 国办发〔2021〕25号 | 国办发〔2021〕25 号",
            "的批复》（国函〔2021〕115 号），同意 | 国函〔2021〕115号 | 国函〔2021〕115 号",
            "（商自贸发〔2021〕224 号），推动 | 商自贸发〔2021〕224号 | 商自贸发〔2021〕224 号",
            "佳实践案例”（商自贸函〔2021〕189 号）。 | 商自贸函〔2021〕189号 | 商自贸函〔2021〕189 号",
            "（发改体改〔2021〕479 号），在医药卫生 | 发改体改〔2021〕479号 | 发改体改〔2021〕479 号",
            "导意见》（环综合〔2021〕44 号），加强 | 环综合〔2021〕44号 | 环综合〔2021〕44 号",
            "试点的通知》（汇发[2021]35号） | 汇发〔2021〕35号 | 汇发[2021]35号",
            "指导意见》（国市监反垄发〔2021〕73 号）。 | 国市监反垄发〔2021〕73号 | 国市监反垄发〔2021〕73 号",
            "的决定》（桂政发（2021）23号） | 桂政发〔2021〕23号 | 桂政发（2021）23号",
            "的通告》（工信部政法函(2021)159 号）； | 工信部政法函〔2021〕159号 | 工信部政法函(2021)159 号",
            "实施方案》（交法发〔２０２１〕７８ 号）等 | 交法发〔2021〕78号 | 交法发〔２０２１〕７８ 号",
            "（商务部令〔2021〕3 号），自 | 商务部令〔2021〕3号 | 商务部令〔2021〕3 号",
    })
    void readsEveryIssuerOfTheIssueInEveryBracketStyle(String text, String normalized, String raw) {
        List<Mentions.DocNumber> found = find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).number().normalized()).isEqualTo(normalized);
        assertThat(found.get(0).span().raw()).isEqualTo(raw);
        assertThat(text.substring(found.get(0).span().start(), found.get(0).span().end())).isEqualTo(raw);
    }

    @Test
    void anIssuerBrokenAcrossLinesIsReadWholeWithTheBreakInItsRawText() {
        String text = "《关于充分发挥职能作用的通知》（国市\n\n监注发〔2021〕36 号）；交通运输部";
        List<Mentions.DocNumber> found = find(text);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.number().normalized()).isEqualTo("国市监注发〔2021〕36号");
            assertThat(d.span().raw()).isEqualTo("国市\n\n监注发〔2021〕36 号");
        });
    }

    @Test
    void anUnknownIssuerIsReadWhenItEndsWithAGenericSuffixAndStopsAtAVerb() {
        assertThat(find("市政府印发沪府规〔2021〕7号文件")).singleElement()
                .satisfies(d -> assertThat(d.number().normalized()).isEqualTo("沪府规〔2021〕7号"));
    }

    @Test
    void bookTitlesWithAYearAreNotDocumentNumbers() {
        assertThat(find("《中国自由贸易试验区发展报告（2022）》是继")).isEmpty();
        assertThat(find("负面清单）（2021 年版）")).isEmpty();
        assertThat(find("（2021）12号")).isEmpty();
    }

    @Test
    void theNumberedFormOfAnnouncementsAndOrders() {
        assertThat(numbers("国家税务总局公告2018年第7号附件1")).containsExactly("国家税务总局公告〔2018〕7号");
        assertThat(numbers("中华人民共和国商务部令 2020年第1号")).containsExactly("商务部令〔2020〕1号"); // the known code
        assertThat(numbers("海关总署公告2021年第12号")).containsExactly("海关总署公告〔2021〕12号");
        assertThat(numbers("国卫食品发2021第36号文件")).containsExactly("国卫食品发〔2021〕36号");
        assertThat(numbers("受2021年第3号台风影响")).isEmpty();
    }

    @Test
    void everyBracketPairOfTheRules() {
        assertThat(numbers("皖价服[2007]124号、粤府［2021］3号、京政发【2020】5号、通发改价费字(2021)305号"))
                .containsExactly("皖价服〔2007〕124号", "粤府〔2021〕3号", "京政发〔2020〕5号", "通发改价费字〔2021〕305号");
    }

    @Test
    void aGenericIssuerStopsAtABodyNameASpaceOrALineBreak() {
        assertThat(numbers("1985年市人民政府京政发〔1985〕167号文件发布")).containsExactly("京政发〔1985〕167号");
        assertThat(numbers("财政部 财库〔2011〕167号")).containsExactly("财库〔2011〕167号");
        assertThat(numbers("关于审理案件的解释\n法释〔2024〕10号")).containsExactly("法释〔2024〕10号");
        assertThat(numbers("我院以法〔1998〕86号通知印发")).containsExactly("法〔1998〕86号");
    }

    @Test
    void traditionalCharactersAreReadAndTheSpanKeepsThem() {
        var x = Engines.ENGINE.extract("t", "（財關稅〔2025〕12號，以下簡稱）");
        assertThat(x.docNumbers()).singleElement().satisfies(d -> {
            assertThat(d.number().normalized()).isEqualTo("财关税〔2025〕12号");
            assertThat(d.span().raw()).isEqualTo("財關稅〔2025〕12號");
        });
    }
}
