package org.ftzobservatory.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The one figure formatter: scaled, separated, unit words per language; never a long unscaled number. */
class FiguresProperties {

    @Example
    void theReportsHeadlineFiguresReadAsPrinted() {
        assertThat(Figures.format(new BigDecimal("6800000000000"), "CNY", false, null)).isEqualTo("6.8 万亿元");
        assertThat(Figures.format(new BigDecimal("6800000000000"), "CNY", true, null)).isEqualTo("CNY 6.8 tn");
        assertThat(Figures.format(new BigDecimal("213000000000"), "CNY", false, null)).isEqualTo("2,130 亿元");
        assertThat(Figures.format(new BigDecimal("213000000000"), "CNY", true, null)).isEqualTo("CNY 213 bn");
        assertThat(Figures.format(new BigDecimal("31200000000"), "CNY", true, null)).isEqualTo("CNY 31.2 bn");
        assertThat(Figures.format(new BigDecimal("2530000000"), "USD", false, null)).isEqualTo("25.3 亿美元");
        assertThat(Figures.format(new BigDecimal("4.1"), "pp", false, null)).isEqualTo("4.1 个百分点");
        assertThat(Figures.format(new BigDecimal("4.1"), "pp", true, null)).isEqualTo("4.1 percentage points");
        assertThat(Figures.format(new BigDecimal("18.5"), "%", true, null)).isEqualTo("18.5%");
        assertThat(Figures.format(new BigDecimal("3400"), "count", true, null)).isEqualTo("3,400");
        assertThat(Figures.qualify("3,400", "3400 多项", true)).isEqualTo("over 3,400");
        assertThat(Figures.qualify("3,400", "3400 多项", false)).isEqualTo("超 3,400");
        assertThat(Figures.qualify("50", "近 50 家", true)).isEqualTo("nearly 50");
    }

    @Example
    void oneOfAPluralUnitReadsInTheSingularInEnglish() {
        // seen on a case page: an outcome measured after replication read "1 days" (InnovationCycleBrowserIT)
        assertThat(Figures.format(new BigDecimal("1"), "day", true, "days")).isEqualTo("1 day");
        assertThat(Figures.format(new BigDecimal("1.00"), "km2", true, "square kilometres")).isEqualTo("1 square kilometre");
        assertThat(Figures.format(new BigDecimal("1"), "day", false, "天")).isEqualTo("1 天");
        assertThat(Figures.format(new BigDecimal("1.5"), "day", true, "days")).isEqualTo("1.5 days");
    }

    @Property
    void aUnitNameStaysPluralUnlessTheFigureReadsOne(@ForAll @LongRange(min = 0, max = 999_999L) long hundredths) {
        BigDecimal v = BigDecimal.valueOf(hundredths, 2);
        String s = Figures.format(v, "day", true, "days");
        assertThat(s).isEqualTo(Figures.number(v, 2) + (Figures.number(v, 2).equals("1") ? " day" : " days"));
    }

    @Property
    void moneyIsScaledAndSeparatedInBothLanguages(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long yuan) {
        for (boolean en : new boolean[] {true, false}) {
            String s = Figures.format(BigDecimal.valueOf(yuan), "CNY", en, null);
            // Never an unscaled number: at most three digits in a row before a separator or the decimal point.
            assertThat(s).as(s).doesNotContainPattern("\\d{4,}");
            assertThat(s).contains(en ? "CNY" : "元");
        }
    }

    @Property
    void countsKeepTheirValue(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long n) {
        String s = Figures.format(BigDecimal.valueOf(n), "count", true, null);
        assertThat(s).doesNotContainPattern("\\d{4,}");
        if (n >= 10_000_000L) {
            // eight digits and more are given in millions with one decimal: within 50,000 of the value
            assertThat(s).endsWith(" million");
            double millions = Double.parseDouble(s.replace(" million", "").replace(",", ""));
            assertThat(Math.abs(millions * 1_000_000 - n)).isLessThanOrEqualTo(50_000);
        } else {
            assertThat(Long.parseLong(s.replace(",", ""))).isEqualTo(n);
        }
    }
}
