package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void pinyinPrintedAfterACharacterIsDroppedAndOffsetsStillPointAtTheOriginal() {
        String original = "湘政發(fā)〔2021〕8號，長（cháng）沙片區（a）";
        NormalizedText nt = Engines.normalize(original);
        assertThat(nt.text()).isEqualTo("湘政发〔2021〕8号，长沙片区（a）");
        int sha = nt.text().indexOf('沙');
        assertThat(original.charAt(nt.originOf(sha))).isEqualTo('沙');
        assertThat(nt.span(0, nt.text().indexOf('号') + 1).raw()).isEqualTo("湘政發(fā)〔2021〕8號");
        assertThat(nt.text()).doesNotContain("cháng");
    }

    @Test
    void fullWidthDigitsAndLatinBecomeHalfWidth() {
        NormalizedText nt = Engines.normalize("增长１９％，ＦＴＺ");
        assertThat(nt.text()).isEqualTo("增长19%，FTZ");
        assertThat(nt.span(2, 5).raw()).isEqualTo("１９％");
    }

    @Test
    void aLineBrokenInsideASentenceIsJoinedAndTheRawSpanKeepsTheBreak() {
        String original = "印发《决定》（桂政发〔2021〕23\n\n号），制定目录。\n\n下一段";
        NormalizedText nt = Engines.normalize(original);
        assertThat(nt.text()).isEqualTo("印发《决定》（桂政发〔2021〕23号），制定目录。\n下一段");
        int at = nt.text().indexOf("桂政发");
        Span s = nt.span(at, nt.text().indexOf("号") + 1);
        assertThat(s.raw()).isEqualTo("桂政发〔2021〕23\n\n号");
        assertThat(original.substring(s.start(), s.end())).isEqualTo(s.raw());
    }

    @Test
    void pageNumbersAndRunningPartHeadersAreDropped() {
        String original = "自贸试验区实际使用外资\n\n12\n\n第    部分\n\n2130 亿元。";
        assertThat(Engines.normalize(original).text()).isEqualTo("自贸试验区实际使用外资2130 亿元。");
    }

    @Test
    void aShortLineRepeatedOnManyPagesIsARunningHeader() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append("年度专题篇 : 世界级产业集群\n\n正文第").append(i).append("页的内容。\n\n");
        }
        assertThat(Engines.normalize(b.toString()).text()).doesNotContain("年度专题篇");
    }

    @Test
    void headingsAndCaseBoxesKeepTheirLines() {
        String original = "（一）深入学习贯彻指示精神\n\n2021 年，总书记\n\n作出批示。\n\n3-1 专栏\n\n上海自贸试验区";
        assertThat(Engines.normalize(original).text())
                .isEqualTo("（一）深入学习贯彻指示精神\n2021 年，总书记作出批示。\n3-1 专栏\n上海自贸试验区");
    }

    @Test
    void latinWordsBrokenAcrossLinesKeepASpace() {
        assertThat(Engines.normalize("FTZ\nDEVELOPMENT\nREPORT").text()).isEqualTo("FTZ DEVELOPMENT REPORT");
    }

    @Test
    void inPlainTextABlankLineIsAParagraphBreak() {
        String original = "第一段第一行\n第一段第二行\n\n第二段\n第二段续";
        assertThat(Engines.normalize(original).text()).isEqualTo("第一段第一行第一段第二行\n第二段第二段续");
    }

    @Test
    void emptyAndBlankTextsGiveEmptyText() {
        assertThat(Engines.normalize("").text()).isEmpty();
        assertThat(Engines.normalize("\n\n  \n").text()).isEmpty();
    }
}
