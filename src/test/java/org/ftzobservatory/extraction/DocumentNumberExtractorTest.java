package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberExtractorTest {

    private final DocumentNumberExtractor extractor = new DocumentNumberExtractor(Engines.RULES);

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
}
