package org.ftzobservatory.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ftzobservatory.kernel.BadRequestException;
import org.junit.jupiter.api.Test;

/** The small parts of the queue without a database: highlighting, edits, titles of case boxes, file names. */
class ReviewPartsTest {

    static Candidate at(long id, String type, int start, int end) {
        return new Candidate(id, 1, type, "x", Map.of(), start, end, "pending", 0, null, null, null);
    }

    @Test
    void piecesJoinToTheTextAndOverlapsStayUnmarked() {
        String text = "<b>国发〔2021〕12号</b> & 2021 年";
        List<Highlighter.Piece> p = Highlighter.pieces(text, List.of(at(1, "doc_number", 3, 14), at(2, "date", 5, 9),
                at(3, "date", 21, 27), at(4, "zone", 40, 50)));
        assertThat(p.stream().map(Highlighter.Piece::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(p.stream().filter(Highlighter.Piece::marked).map(Highlighter.Piece::candidateId).toList()).containsExactly(1L, 3L);
        assertThat(p.get(1).text()).isEqualTo("国发〔2021〕12号");
    }

    @Test
    void editsAreCheckedPerType() {
        assertThat(ValueEdits.apply("doc_number", Map.of("normalized", "国发〔2021〕12号"), "国办发 [2020] 3 号"))
                .containsEntry("normalized", "国办发〔2020〕3号").containsEntry("issuer", "国办发").containsEntry("serial", 3);
        assertThat(ValueEdits.apply("amount", Map.of("value", 1, "currency", "CNY"), "2,500")).containsEntry("value", 2500L);
        assertThat(ValueEdits.apply("date", Map.of("value", "2021"), "2021-12-27")).containsEntry("value", "2021-12-27");
        assertThat(ValueEdits.apply("percent", Map.of("value", 1, "unit", "%"), Map.of("value", 4.5, "unit", "pp")))
                .containsEntry("unit", "pp");
        for (Object[] bad : new Object[][] {{"date", "2021-13"}, {"doc_number", "国发12号"}, {"count", "2.5"}, {"amount", "lots"},
                {"zone", "上海"}, {"case_box", " "}}) {
            assertThatThrownBy(() -> ValueEdits.apply((String) bad[0], Map.of("value", 1, "unit", "条", "currency", "CNY"), bad[1]))
                    .isInstanceOf(BadRequestException.class).hasFieldOrPropertyWithValue("parameter", "value");
        }
    }

    @Test
    void aCaseBoxWithoutTitleTakesTheRestOfItsLineOrTheFirstSentence() {
        assertThat(NewCandidate.titleAfter("专栏 3-1 临港新片区跨境贸易便利化\n正文。", 6)).isEqualTo("临港新片区跨境贸易便利化");
        assertThat(NewCandidate.titleAfter("3-1 专栏\n\n河南自贸试验区郑州片区聚焦健全航空物流网络，形\n\n成产业集群。后文", 6))
                .isEqualTo("河南自贸试验区郑州片区聚焦健全航空物流网络，形成产业集群");
    }

    @Test
    void fileNamesLoseTheirPathAndMustBePrintable() {
        assertThat(ReviewService.fileName("C:\\docs\\通知.pdf")).isEqualTo("通知.pdf");
        assertThat(ReviewService.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThatThrownBy(() -> ReviewService.fileName("a\u0000b")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ReviewService.fileName(" ")).isInstanceOf(BadRequestException.class);
    }
}
