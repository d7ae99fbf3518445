package org.ftzobservatory.replication;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A measured result of report-facts.yaml in English: the quantity, before → after with thousands separators, money scaled
 * (CNY 4.6 bn), the unit's English name from the dataset's unit table. The Chinese page shows the report's own phrase
 * ({@code raw}) instead, which keeps qualifiers such as 最快 or 不到.
 */
@Component("metricText")
public class MetricText {

    private final JdbcClient jdbc;
    private volatile Map<String, String> unitsEn;

    public MetricText(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String en(Map<String, Object> metric) {
        String unit = metric.get("unit") == null ? null : metric.get("unit").toString();
        String before = value(metric.get("before"), unit);
        String after = value(metric.get("after"), unit);
        StringBuilder s = new StringBuilder(String.valueOf(metric.get("quantity_en"))).append(": ");
        if (before != null) {
            s.append(before).append(" → ");
        }
        s.append(after != null ? after : "—");
        if (metric.get("change") != null) {
            s.append(" (").append(metric.get("change")).append(")");
        }
        return s.toString();
    }

    private String value(Object v, String unit) {
        if (v == null) {
            return null;
        }
        BigDecimal n = new BigDecimal(v.toString());
        if ("CNY".equals(unit)) {
            if (n.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
                return "CNY " + number(n.movePointLeft(9)) + " bn";
            }
            if (n.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                return "CNY " + number(n.movePointLeft(6)) + " m";
            }
            return "CNY " + number(n);
        }
        if ("%".equals(unit)) {
            return number(n) + " %";
        }
        if (unit == null || "count".equals(unit)) {
            return number(n);
        }
        return number(n) + " " + unitsEn().getOrDefault(unit, unit);
    }

    private static String number(BigDecimal n) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(n);
    }

    private Map<String, String> unitsEn() {
        if (unitsEn == null) {
            Map<String, String> m = new HashMap<>();
            jdbc.sql("select id, name_en from unit").query((rs, i) -> m.put(rs.getString(1), rs.getString(2))).list();
            unitsEn = Map.copyOf(m);
        }
        return unitsEn;
    }
}
