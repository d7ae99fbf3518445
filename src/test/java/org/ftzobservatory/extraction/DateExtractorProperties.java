package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DateExtractorProperties {

    private final DateExtractor extractor = new DateExtractor(Engines.RULES);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 140).map(n -> LocalDate.of(1950, 1, 1).plusDays(n));
    }

    /** 0 Arabic, 1 full-width Arabic, 2 Chinese numerals. */
    private static String render(LocalDate d, int precision, int style, boolean spaces) {
        String sp = spaces ? " " : "";
        String y = switch (style) {
            case 0 -> String.valueOf(d.getYear());
            case 1 -> Engines.fullWidth(String.valueOf(d.getYear()));
            default -> Engines.chineseYear(d.getYear());
        };
        String m = style == 2 ? Engines.chineseSmall(d.getMonthValue()) : String.valueOf(d.getMonthValue());
        String day = style == 2 ? Engines.chineseSmall(d.getDayOfMonth()) : String.valueOf(d.getDayOfMonth());
        if (style == 1) {
            m = Engines.fullWidth(m);
            day = Engines.fullWidth(day);
        }
        String s = y + sp + "年";
        if (precision >= 2) {
            s += sp + m + sp + "月";
        }
        if (precision == 3) {
            s += sp + day + sp + "日";
        }
        return s;
    }

    private static String value(LocalDate d, int precision) {
        return switch (precision) {
            case 1 -> String.valueOf(d.getYear());
            case 2 -> d.toString().substring(0, 7);
            default -> d.toString();
        };
    }

    @Property(tries = 1000)
    void aRenderedDateIsExtractedBack(@ForAll("days") LocalDate d, @ForAll @IntRange(min = 1, max = 3) int precision,
                                      @ForAll @IntRange(min = 0, max = 2) int style, @ForAll boolean spaces) {
        String rendered = render(d, precision, style, spaces);
        String text = "据悉，" + rendered + "，商务部发布";
        List<Mentions.Date> found = extractor.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.value()).isEqualTo(value(d, precision));
            assertThat(x.span().raw()).isEqualTo(rendered);
            assertThat(text.substring(x.span().start(), x.span().end())).isEqualTo(rendered);
        });
    }

    @Property(tries = 500)
    void aRangeGivesBothEndsInOrder(@ForAll("days") LocalDate a, @ForAll @IntRange(min = 1, max = 2000) int daysLater,
                                    @ForAll @IntRange(min = 1, max = 3) int precision, @ForAll("separators") String sep) {
        LocalDate b = a.plusDays(daysLater);
        if (value(b, precision).equals(value(a, precision))) {
            return;
        }
        String text = "在" + render(a, precision, 0, true) + sep + render(b, precision, 0, true) + "期间";
        List<Mentions.Date> found = extractor.extract(Engines.normalize(text));
        assertThat(found).extracting(Mentions.Date::value).containsExactly(value(a, precision), value(b, precision));
        assertThat(found.get(0).span()).isEqualTo(found.get(1).span());
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(Engines.RULES.rangeSeparators);
    }

    @Property(tries = 500)
    void everyDateFoundInNoisePointsAtItsRawText(@ForAll String noise, @ForAll("days") LocalDate d) {
        String text = noise + render(d, 3, 0, true) + noise;
        for (Mentions.Date x : extractor.extract(Engines.normalize(text))) {
            assertThat(text.substring(x.span().start(), x.span().end())).isEqualTo(x.span().raw());
            assertThat(x.value()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?|--\\d{2}(-\\d{2})?|---\\d{2}");
            if (x.resolved() != null) {
                assertThat(x.resolved()).matches("\\d{4}-\\d{2}(-\\d{2})?");
            }
        }
    }

    @Provide
    Arbitrary<String> webSeparators() {
        return Arbitraries.of(Engines.RULES.webSeparators);
    }

    /** A web date in any separator, padded or not, with or without a time of day, is read back and points at its raw text. */
    @Property(tries = 500)
    void aWebDateIsReadBack(@ForAll("days") LocalDate d, @ForAll("webSeparators") String sep, @ForAll boolean padded,
                            @ForAll boolean withTime) {
        String rendered = d.getYear() + sep + (padded ? String.format("%02d", d.getMonthValue()) : d.getMonthValue()) + sep
                + (padded ? String.format("%02d", d.getDayOfMonth()) : d.getDayOfMonth());
        String text = "发布时间：" + rendered + (withTime ? " 10:00" : "") + "，来源";
        List<Mentions.Date> found = extractor.extract(Engines.normalize(text));
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.value()).isEqualTo(d.toString());
            assertThat(text.substring(x.span().start(), x.span().end())).isEqualTo(rendered);
        });
    }

    /** A month and day printed without a year resolve against the dated sentence before them, whatever noise lies between. */
    @Property(tries = 500)
    void aYearlessDateResolvesAgainstTheDateBeforeIt(@ForAll("days") LocalDate first, @ForAll("days") LocalDate later,
                                                      @ForAll("fillers") String filler) {
        String text = render(first, 3, 0, true) + "，" + filler + later.getMonthValue() + "月" + later.getDayOfMonth() + "日，发布";
        List<Mentions.Date> found = extractor.extract(Engines.normalize(text));
        assertThat(found).hasSize(2);
        Mentions.Date yearless = found.get(1);
        assertThat(yearless.value()).isEqualTo(String.format("--%02d-%02d", later.getMonthValue(), later.getDayOfMonth()));
        assertThat(yearless.resolved()).isEqualTo(String.format("%04d-%02d-%02d", first.getYear(), later.getMonthValue(), later.getDayOfMonth()));
        assertThat(yearless.resolvedFrom()).isEqualTo(first.toString());
        assertThat(text.substring(yearless.span().start(), yearless.span().end())).isEqualTo(yearless.span().raw());
    }

    @Provide
    Arbitrary<String> fillers() {
        return Arbitraries.of("", "商务部表示", "自贸试验区建设加快推进。", "\n", "据悉，");
    }
}
