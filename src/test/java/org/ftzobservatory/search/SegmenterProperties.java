package org.ftzobservatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class SegmenterProperties {

    @Property(tries = 200)
    void wordBreaksOnlyAddSpaces(@ForAll @StringLength(max = 60) @CharRange(from = '\u4e00', to = '\u4fff')
                                 @Chars({'，', '。', '、', '“', '”', 'a', 'b', ' ', '1', '%'}) String text) {
        String broken = ChineseSegmenter.withWordBreaks(text);
        assertThat(broken.replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Property(tries = 200)
    void snippetsJoinChineseWordsBackTogether(@ForAll @StringLength(max = 60) @CharRange(from = '\u4e00', to = '\u4fff')
                                              @Chars({'，', '。', '、'}) String text) {
        assertThat(Snippets.toText(ChineseSegmenter.withWordBreaks(text))).isEqualTo(text);
    }

    @Example
    void keepsPunctuationAndFindsWords() {
        String s = ChineseSegmenter.withWordBreaks("天津开展保税维修，货值增长。");
        assertThat(s).contains("保税").contains("，");
        assertThat(Snippets.toHtml(Snippets.START + "保税" + Snippets.STOP + " 维修 <b>")).isEqualTo("<mark>保税</mark>维修 &lt;b&gt;");
        assertThat(ChineseSegmenter.tokens("Bonded maintenance")).containsExactly("bond", "mainten");
    }
}
