package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextNormalizerProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.of('自', '贸', '区', '。', '，', '\n', '\n', ' ', '\u3000', '1', '２', 'Ａ', 'b',
                '％', '．', '〔', '号', '\r', '第', '部', '分', '专', '栏', '-', '3', '（', '一', '）');
        return chars.list().ofMaxSize(120).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 500)
    void everyNormalisedCharacterComesFromTheOriginalInOrder(@ForAll("texts") String original) {
        NormalizedText nt = Engines.normalize(original);
        int last = -1;
        for (int i = 0; i < nt.text().length(); i++) {
            int o = nt.originOf(i);
            assertThat(o).isGreaterThan(last).isLessThan(original.length());
            char c = nt.text().charAt(i);
            if (c == '\n' || c == ' ') {
                assertThat(Character.isWhitespace(original.charAt(o)) || original.charAt(o) == '\u3000'
                        || new TextNormalizer(Engines.RULES).fold(original.charAt(o)) == c).isTrue();
            } else {
                assertThat(new TextNormalizer(Engines.RULES).fold(original.charAt(o))).isEqualTo(c);
            }
            last = o;
        }
    }

    @Property(tries = 500)
    void everySpanPointsAtItsRawText(@ForAll("texts") String original) {
        NormalizedText nt = Engines.normalize(original);
        int n = nt.text().length();
        for (int s = 0; s < n; s += 7) {
            for (int e = s + 1; e <= n; e += 5) {
                Span span = nt.span(s, e);
                assertThat(original.substring(span.start(), span.end())).isEqualTo(span.raw());
            }
        }
    }

    @Property(tries = 200)
    void normalisedTextHasNoFullWidthDigitsNorBlankLines(@ForAll("texts") String original) {
        String t = Engines.normalize(original).text();
        assertThat(t).doesNotContain("２", "Ａ", "％", "\n\n", "\r");
    }

    private static final java.nio.charset.CharsetEncoder GB2312 = java.nio.charset.Charset.forName("GB2312").newEncoder();

    /** Simplified text: the Chinese characters GB2312 encodes, with punctuation and digits. */
    @Provide
    Arbitrary<String> simplified() {
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fa5').filter(GB2312::canEncode);
        Arbitrary<Character> other = Arbitraries.of('，', '。', '1', '2', '%', '〔', '〕', '（', '）', '“', '”');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, han), net.jqwik.api.Tuple.of(1, other)).list().ofMaxSize(200)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(b::append);
                    return b.toString();
                });
    }

    @Property(tries = 300)
    void convertingSimplifiedTextChangesNothing(@ForAll("simplified") String text) {
        String original = "据悉" + text; // not a page-furniture line (一 alone is a part numeral)
        assertThat(Engines.normalize(original).text()).isEqualTo(original);
    }

    /** Text in traditional characters: any CJK character, converted or not. */
    @Provide
    Arbitrary<String> traditional() {
        Arbitrary<Character> han = Arbitraries.chars().range('\u4e00', '\u9fff');
        Arbitrary<Character> known = Arbitraries.of('財', '關', '稅', '號', '發', '貿', '試', '驗', '區', '億', '萬', '個', '項', '橫', '琴');
        Arbitrary<Character> other = Arbitraries.of('\n', ' ', '1', '２', '，', '〔', '〕', '％');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, han), net.jqwik.api.Tuple.of(4, known), net.jqwik.api.Tuple.of(2, other))
                .list().ofMaxSize(150).map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(b::append);
                    return b.toString();
                });
    }

    private static final com.ibm.icu.text.Transliterator TO_SIMPLIFIED = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");

    /**
     * Conversion keeps offsets: every normalised character comes from the original character at its offset, either
     * unchanged or its one-character simplified form; and every span still points at the original (traditional) text.
     */
    @Property(tries = 500)
    void convertedTextMapsBackToTheOriginal(@ForAll("traditional") String original) {
        NormalizedText nt = Engines.normalize(original);
        for (int i = 0; i < nt.text().length(); i++) {
            char o = original.charAt(nt.originOf(i));
            char c = nt.text().charAt(i);
            if (Character.UnicodeScript.of(o) == Character.UnicodeScript.HAN && c != o) {
                assertThat(TO_SIMPLIFIED.transliterate(String.valueOf(o))).isEqualTo(String.valueOf(c));
                assertThat(GB2312.canEncode(o)).isFalse();
            }
        }
        int n = nt.text().length();
        for (int s = 0; s < n; s += 5) {
            Span span = nt.span(s, Math.min(n, s + 7));
            assertThat(original.substring(span.start(), span.end())).isEqualTo(span.raw());
        }
    }
}
