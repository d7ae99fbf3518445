package org.ftzobservatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The report's shares and differences: bounds, exactness, rounding, and no share of nothing. */
class ReportMathProperties {

    @Property
    void aShareOfAWholeLiesBetweenNoneAndAll(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long part,
                                            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long extra) {
        BigDecimal share = ReportMath.sharePercent(part, part + extra);
        assertThat(share).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(share.scale()).isEqualTo(1);
        // within half a unit of the last decimal of the exact value
        double exact = 100.0 * part / (part + extra);
        assertThat(Math.abs(share.doubleValue() - exact)).isLessThanOrEqualTo(0.05 + 1e-9);
    }

    @Property
    void theWholeIsAHundredPercentAndNothingIsZero(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long whole) {
        assertThat(ReportMath.sharePercent(whole, whole)).isEqualByComparingTo("100");
        assertThat(ReportMath.sharePercent(0, whole)).isEqualByComparingTo("0");
    }

    @Property
    void aShareOfNothingIsNotAPercentage(@ForAll @LongRange(min = 0, max = 1_000_000L) long part) {
        assertThat(ReportMath.sharePercent(part, 0)).isNull();
    }

    @Property
    void theSharesOfAPartitionAddUpToAHundredWithinRounding(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 5000) Integer> parts) {
        long whole = parts.stream().mapToLong(Integer::longValue).sum();
        if (whole == 0) {
            return;
        }
        BigDecimal sum = parts.stream().map(p -> ReportMath.sharePercent(p, whole)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Math.abs(sum.doubleValue() - 100)).isLessThanOrEqualTo(0.05 * parts.size() + 1e-9);
    }

    @Property
    void fewerIsTheShareOfTheDifferenceAndChangesSignWithIt(@ForAll @LongRange(min = 1, max = 1_000_000L) long base,
                                                           @ForAll @LongRange(min = 0, max = 2_000_000L) long other) {
        BigDecimal fewer = ReportMath.fewerPercent(base, other);
        if (other == base) {
            assertThat(fewer).isEqualByComparingTo("0");
        } else if (fewer.signum() != 0) {
            // a tiny difference may round to 0.0; any other result has the sign of the difference
            assertThat(fewer.signum()).isEqualTo(Long.signum(base - other));
        }
        assertThat(fewer).isEqualByComparingTo(ReportMath.sharePercent(base - other, base));
    }

    @Property
    void theListCountsOfTwentyTwentyOneComeOutAsPrinted() {
        // 31 national measures, 27 in the FTZ list: 4 fewer, 12.9 %
        assertThat(ReportMath.fewerPercent(31, 27)).isEqualByComparingTo("12.9");
    }
}
