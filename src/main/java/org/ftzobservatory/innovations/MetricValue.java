package org.ftzobservatory.innovations;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A before/after value of an innovation metric: one number ("7") or a range ("15-25"), as the report prints it. */
public record MetricValue(BigDecimal low, BigDecimal high) {

    private static final Pattern FORMAT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?");

    public MetricValue {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("range " + low + "-" + high + " runs backwards");
        }
    }

    public static MetricValue parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("value is missing");
        }
        Matcher m = FORMAT.matcher(text.replace(" ", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' must be a number or a range like 15-25");
        }
        BigDecimal low = new BigDecimal(m.group(1));
        return new MetricValue(low, m.group(2) == null ? low : new BigDecimal(m.group(2)));
    }

    public boolean isRange() {
        return low.compareTo(high) != 0;
    }

    @Override
    public String toString() {
        return isRange() ? low.toPlainString() + "-" + high.toPlainString() : low.toPlainString();
    }
}
