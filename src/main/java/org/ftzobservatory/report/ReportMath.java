package org.ftzobservatory.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The few computations the report adds to the data: a part's share of a whole and how much smaller one count is than
 * another, in percent to one decimal (half up). Null when the whole is zero: a share of nothing is not 0 %.
 */
public final class ReportMath {

    private ReportMath() {
    }

    /** {@code part / whole × 100}, one decimal; null when {@code whole} is 0. */
    public static BigDecimal sharePercent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** How many fewer {@code smaller} has than {@code base}, as a percent of {@code base}; negative when it has more. */
    public static BigDecimal fewerPercent(long base, long smaller) {
        return sharePercent(base - smaller, base);
    }
}
