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
}
