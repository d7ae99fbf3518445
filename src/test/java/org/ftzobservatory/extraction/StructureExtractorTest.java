package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StructureExtractorTest {

    private final StructureExtractor extractor = new StructureExtractor(Engines.RULES);

    @Test
    void caseBoxesInBothOrdersAndHeadingsByLevel() {
        String text = "二、制度创新\n\n（一）投资领域\n\n1．准入改革\n\n正文在这里。\n\n3-1 专栏\n\n上海自贸试验区的案例。\n\n专栏 3-2\n\n另一个案例。";
        List<Mentions.Structure> s = extractor.extract(Engines.normalize(text));
        assertThat(s).extracting(Mentions.Structure::kind, Mentions.Structure::level, Mentions.Structure::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("heading", 2, "二、"),
                        org.assertj.core.groups.Tuple.tuple("heading", 3, "（一）"),
                        org.assertj.core.groups.Tuple.tuple("heading", 4, "1．"),
                        org.assertj.core.groups.Tuple.tuple("case_box", 0, "3-1"),
                        org.assertj.core.groups.Tuple.tuple("case_box", 0, "3-2"));
        assertThat(s.get(2).title()).isEqualTo("准入改革");
        int inBox = text.indexOf("上海自贸试验区");
        assertThat(StructureExtractor.enclosing(s, inBox).label()).isEqualTo("3-1");
        assertThat(StructureExtractor.enclosing(s, text.indexOf("正文")).label()).isEqualTo("1．");
        assertThat(StructureExtractor.enclosing(s, 0).label()).isEqualTo("二、");
        assertThat(StructureExtractor.enclosing(List.of(), 0)).isNull();
    }

    @Test
    void theReportHasItsTwentyThreeCaseBoxes() {
        List<Mentions.Structure> s = extractor.extract(Engines.normalize(Engines.report()));
        List<String> boxes = s.stream().filter(x -> x.kind().equals("case_box")).map(Mentions.Structure::label).toList();
        assertThat(boxes).hasSize(23).startsWith("3-1", "3-2").endsWith("3-23");
    }
}
