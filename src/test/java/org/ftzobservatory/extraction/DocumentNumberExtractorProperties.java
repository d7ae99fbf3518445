package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ftzobservatory.kernel.Years;

class DocumentNumberExtractorProperties {

    private final DocumentNumberExtractor extractor = new DocumentNumberExtractor(Engines.RULES);

    @Provide
    Arbitrary<String> issuers() {
        return Arbitraries.of(Engines.RULES.issuers);
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of("", "《关于推进改革的通知》（", "印发了", "见", "据此，", "\n");
    }

    @Property(tries = 1000)
    void aRenderedNumberIsExtractedBackInAnyStyle(@ForAll("issuers") String issuer,
                                                 @ForAll @IntRange(min = Years.FIRST, max = Years.LAST) int year,
                                                 @ForAll @IntRange(min = 1, max = 99999) int serial,
                                                 @ForAll @IntRange(min = 0, max = 5) int bracket,
                                                 @ForAll boolean fullWidth, @ForAll boolean spaces, @ForAll boolean brokenLine,
                                                 @ForAll("contexts") String before) {
        String[][] brackets = {{"〔", "〕"}, {"[", "]"}, {"（", "）"}, {"(", ")"}, {"【", "】"}, {"（", ")"}};
        String y = fullWidth ? Engines.fullWidth(String.valueOf(year)) : String.valueOf(year);
        String n = fullWidth ? Engines.fullWidth(String.valueOf(serial)) : String.valueOf(serial);
        String sp = spaces ? " " : "";
        String rendered = issuer + sp + brackets[bracket][0] + sp + y + sp + brackets[bracket][1] + sp + n
                + (brokenLine ? "\n\n" : sp) + "号";
        String text = before + rendered + "），以下简称";
        List<Mentions.DocNumber> found = extractor.extract(Engines.normalize(text));
        assertThat(found).hasSize(1);
        Mentions.DocNumber d = found.get(0);
        assertThat(d.number().normalized()).isEqualTo(issuer + "〔" + year + "〕" + serial + "号");
        assertThat(d.span().raw()).isEqualTo(rendered);
        assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.span().raw());
    }

    @Property(tries = 300)
    void textWithoutAYearInBracketsHasNoDocumentNumber(@ForAll String noise) {
        String text = noise.replaceAll("[〔\\[（(【]", "");
        assertThat(extractor.extract(Engines.normalize(text))).isEmpty();
    }

    @Provide
    Arbitrary<String> brackets() {
        return Arbitraries.of(Engines.RULES.brackets);
    }

    /** Any bracket pair of the rules and the numbered form give the same normalised 文号, and the span points at the text. */
    @Property(tries = 500)
    void everyFormGivesTheSameNumber(@ForAll("issuers") String issuer, @ForAll("brackets") String brackets,
                                     @ForAll @IntRange(min = Years.FIRST, max = Years.LAST) int year,
                                     @ForAll @IntRange(min = 1, max = 99999) int serial, @ForAll boolean numberedForm,
                                     @ForAll("contexts") String before) {
        String rendered = numberedForm ? issuer + year + "年第" + serial + "号"
                : issuer + brackets.charAt(0) + year + brackets.charAt(1) + serial + "号";
        String text = before + rendered + "）印发";
        List<Mentions.DocNumber> found = extractor.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.number().normalized()).isEqualTo(issuer + "〔" + year + "〕" + serial + "号");
            assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(rendered);
        });
    }

    private static final com.ibm.icu.text.Transliterator TO_TRADITIONAL = com.ibm.icu.text.Transliterator.getInstance("Simplified-Traditional");

    /** A 文号 printed in traditional characters reads as its simplified form, and its span keeps the traditional text. */
    @Property(tries = 300)
    void aTraditionalNumberReadsAsItsSimplifiedForm(@ForAll("issuers") String issuer,
                                                    @ForAll @IntRange(min = Years.FIRST, max = Years.LAST) int year,
                                                    @ForAll @IntRange(min = 1, max = 99999) int serial) {
        String simplified = issuer + "〔" + year + "〕" + serial + "号";
        String traditional = TO_TRADITIONAL.transliterate(simplified);
        String text = "根據《通知》（" + traditional + "，以下簡稱）";
        List<Mentions.DocNumber> found = extractor.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.number().normalized()).isEqualTo(simplified);
            assertThat(d.span().raw()).isEqualTo(traditional);
        });
    }
}
