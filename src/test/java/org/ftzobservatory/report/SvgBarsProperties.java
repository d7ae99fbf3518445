package org.ftzobservatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The bar chart's scale: within the plot, proportional, longest bar full width, and what the SVG draws matches it. */
class SvgBarsProperties {

    @Property
    void aBarStaysInsideThePlot(@ForAll double value, @ForAll double max, @ForAll @DoubleRange(min = 1, max = 2000) double plot) {
        double w = SvgBars.scale(value, max, plot);
        assertThat(w).isBetween(0.0, plot);
    }

    @Property
    void barsAreProportionalAndTheLargestFillsThePlot(@ForAll @DoubleRange(min = 0, max = 1e12) double a,
                                                     @ForAll @DoubleRange(min = 0, max = 1e12) double b) {
        double max = Math.max(a, b);
        if (max == 0) {
            assertThat(SvgBars.scale(a, max, 300)).isZero();
            return;
        }
        assertThat(SvgBars.scale(max, max, 300)).isCloseTo(300, org.assertj.core.data.Offset.offset(1e-9));
        if (a <= b) {
            assertThat(SvgBars.scale(a, max, 300)).isLessThanOrEqualTo(SvgBars.scale(b, max, 300));
        }
        assertThat(SvgBars.scale(a, max, 300)).isCloseTo(300 * a / max, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Property
    void aLabelIsCutToTheLabelColumnAndAShortOneIsKept(@ForAll String label, @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 60) int units) {
        String fitted = SvgBars.fit(label, units);
        int width = fitted.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0xff00 && cp <= 0xffef) ? 2 : 1).sum();
        int original = label.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0xff00 && cp <= 0xffef) ? 2 : 1).sum();
        if (original <= units) {
            assertThat(fitted).isEqualTo(label);
        } else {
            assertThat(width).isLessThanOrEqualTo(units);
            assertThat(fitted).endsWith("…");
            assertThat(label).startsWith(fitted.substring(0, fitted.length() - 1));
        }
    }

    @Property
    void theSvgDrawsEachBarAtItsScaledWidthAndEscapesLabels(@ForAll @Size(min = 1, max = 15) List<@DoubleRange(min = 0, max = 1e6) Double> values) {
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            bars.add(new SvgBars.Bar("<b>&" + i, values.get(i), "v" + i, null));
        }
        String svg = SvgBars.render("t<\"", bars);
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;&amp;0").startsWith("<svg").endsWith("</svg>");
        Matcher m = Pattern.compile("<rect x=\"\\d+\" y=\"\\d+\" width=\"([0-9.]+)\"").matcher(svg);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int i = 0;
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(1))).isCloseTo(SvgBars.scale(values.get(i), max, SvgBars.PLOT),
                    org.assertj.core.data.Offset.offset(0.051));
            i++;
        }
        assertThat(i).isEqualTo(values.size());
    }
}
