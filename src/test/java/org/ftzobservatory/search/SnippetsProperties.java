package org.ftzobservatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Snippets are whole clauses of the text: they never start or end inside a clause, and the marks do not change the text. */
class SnippetsProperties {

    @Provide
    Arbitrary<String> chineseText() {
        Arbitrary<String> clause = Arbitraries.of("保税维修企业结成联盟", "推动高端制造维修业务协同升级", "海关审单", "检疫和查验",
                "转出至澳门时免检免证", "数据跨境流动安全评估", "企业可以直接申报").list().ofMinSize(1).ofMaxSize(3)
                .map(l -> String.join("", l));
        return clause.list().ofMinSize(1).ofMaxSize(12)
                .flatMap(cs -> Arbitraries.of("，", "。", "；", "：").list().ofSize(cs.size()).map(ps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < cs.size(); i++) {
                        sb.append(cs.get(i)).append(ps.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Property
    void aSnippetIsARunOfWholeClauses(@ForAll("chineseText") String text, @ForAll("marks") List<String> marks) {
        String cut = Snippets.toText(Snippets.clauses(text, marks, Snippets.LENGTH_ZH));
        String core = cut.replaceFirst("^… ", "").replaceFirst(" …$", "");
        int at = text.indexOf(core);
        assertThat(at).as(cut).isGreaterThanOrEqualTo(0);
        assertThat(at == 0 || "，。；：".indexOf(text.charAt(at - 1)) >= 0).as("starts at a clause: " + cut).isTrue();
        int end = at + core.length();
        assertThat(end == text.length() || "，。；：".indexOf(text.charAt(end - 1)) >= 0).as("ends at a clause: " + cut).isTrue();
        assertThat(cut.startsWith("… ")).isEqualTo(at > 0);
        assertThat(cut.endsWith(" …")).isEqualTo(end < text.length());
    }

    @Provide
    Arbitrary<List<String>> marks() {
        return Arbitraries.of("保税维修", "维修", "海关", "数据跨境", "澳门", "不存在").list().ofMaxSize(3);
    }

    @Example
    void theClauseWithTheMostMarksIsChosenAndEnglishStemsMarkWholeWords() {
        String en = "The Tianjin FTZ grouped firms into an alliance, bonded repair trade grew strongly in 2021. Nothing else.";
        String cut = Snippets.clauses(en, List.of("bond", "repair"), 40);
        assertThat(Snippets.toHtml(cut)).isEqualTo("&hellip; <mark>bonded</mark> <mark>repair</mark> trade grew strongly in 2021. &hellip;");
    }
}
