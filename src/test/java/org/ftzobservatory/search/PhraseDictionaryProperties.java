package org.ftzobservatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhraseDictionaryProperties {

    static final List<String> PHRASES = List.of("一网通办", "跨省通办", "知识产权", "知识产权保护", "保税维修", "区块链",
            "customs clearance", "data sharing", "parallel approval", "cross-border");
    static final PhraseDictionary DICTIONARY = PhraseDictionary.of(PHRASES);

    /** Texts stitched from phrases, pieces of phrases and other words, in both languages. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(PHRASES),
                Arbitraries.of("一网", "通办", "知识", "产权", "保税", "维修", "办理", "企业", "海关", "，", "。", " ", "data", "customs",
                        "sharing", "shared", "clearance", "border", "the", "and"),
                Arbitraries.strings().withCharRange('\u4e00', '\u4fff').ofMaxLength(4));
        return fragment.list().ofMaxSize(12).map(l -> String.join("", l));
    }

    /** The contract that makes phrase search safe: a case whose text is the query always matches the query. */
    @Property(tries = 400)
    void aTextMatchesItselfAsAQuery(@ForAll("texts") String text) {
        Set<String> indexed = new HashSet<>(Arrays.asList(DICTIONARY.indexText(text).split(" ")));
        for (String token : DICTIONARY.query(text).match().split(" ")) {
            if (!token.isBlank()) {
                assertThat(indexed).as("query token of '%s'", text).contains(token);
            }
        }
    }

    @Property(tries = 200)
    void indexingOnlyAddsWords(@ForAll("texts") String text) {
        String plain = ChineseSegmenter.segmented(text);
        assertThat(DICTIONARY.indexText(text)).startsWith(plain);
        assertThat(DICTIONARY.query(text).plain()).isEqualTo(plain);
    }

    @Property(tries = 200)
    void everyPhraseInATextAddsItsCompound(@ForAll("texts") String before, @ForAll("texts") String after,
                                           @ForAll("phrases") String phrase) {
        String compound = PhraseDictionary.phrase(phrase).compound();
        assertThat(DICTIONARY.indexText(before + "，" + phrase + "。" + after).split(" ")).contains(compound);
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of(PHRASES);
    }

    @Example
    void aPhraseQueryIsOneWordAndKeepsItsPiecesForHighlighting() {
        PhraseDictionary.QueryTerms q = DICTIONARY.query("一网通办");
        assertThat(q.match()).isEqualTo("一网通办");
        assertThat(q.plain()).isEqualTo("一 网 通 办");
        assertThat(q.hasCompounds()).isTrue();
        assertThat(DICTIONARY.query("Customs Clearance").match()).isEqualTo("customclearanc");
        assertThat(DICTIONARY.query("海关 通关").hasCompounds()).isFalse();
        // A space between Chinese pieces asks for the pieces, and a comma between them in a text is no phrase.
        assertThat(DICTIONARY.query("保税 维修").match()).isEqualTo("保税 维修");
        assertThat(DICTIONARY.indexText("保税，维修")).doesNotContain("保税维修");
    }

    @Example
    void longerPhrasesWinAndStemsMatchOtherForms() {
        assertThat(DICTIONARY.query("知识产权保护").match()).isEqualTo("知识产权保护");
        assertThat(DICTIONARY.query("天津 知识产权 服务").match()).isEqualTo("知识产权 天津 服务");
        assertThat(DICTIONARY.indexText("Ports and customs shared data. Data sharing works.")).endsWith(" datashare");
        assertThat(DICTIONARY.indexText("跨省通办、一网通办")).contains("跨省通办").contains("一网通办");
    }

    @Example
    void wordsTheSegmenterKeepsWholeNeedNoCompound() {
        assertThat(PhraseDictionary.phrase("海关")).isNull();
        assertThat(PhraseDictionary.phrase("  ")).isNull();
        assertThat(PhraseDictionary.of(List.of("海关", "blockchain")).isEmpty()).isTrue();
    }
}
