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
                        || TextNormalizer.fold(original.charAt(o)) == c).isTrue();
            } else {
                assertThat(TextNormalizer.fold(original.charAt(o))).isEqualTo(c);
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
}
