package org.ftzobservatory.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.ftzobservatory.kernel.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The one way a figure is written on a page: scaled and with thousands separators, in the reader's language —
 * 6.8 万亿元 / CNY 6.8 tn, 2,130 亿元 / CNY 213 bn, 4.1 个百分点 / 4.1 percentage points, 3,400 — never
 * {@code 6800000000000 CNY}. A figure the report gives as approximate (多, 超, 余, 近, 约) says so in words. Pages call
 * {@code @figures.of(statistic, #locale)} or {@code @figures.format(value, unit, #locale)}.
 */
@Component("figures")
public class Figures {

    private static final BigDecimal TRILLION = new BigDecimal("1e12");
    private static final BigDecimal HUNDRED_MILLION = new BigDecimal("1e8");
    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal MILLION = new BigDecimal("1e6");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("1e4");

    private final Vocabulary vocabulary;

    public Figures(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A statistic's value as a reader sees it, with the report's qualifier (over, nearly, about) when it has one. */
    public String of(Statistic s, Locale locale) {
        String number = format(s.value(), s.unit(), locale);
        return s.approx() ? qualify(number, s.raw(), english(locale)) : number;
    }

    public String format(BigDecimal value, String unit, Locale locale) {
        return value == null ? "" : format(value, unit, english(locale), vocabulary == null ? null
                : vocabulary.label("units", unit, locale));
    }

    /** A value that may be a range (low–high); empty when there is none. */
    public String range(BigDecimal low, BigDecimal high, String unit, Locale locale) {
        if (low == null && high == null) {
            return "";
        }
        if (low == null || high == null || low.compareTo(high) == 0) {
            return format(low != null ? low : high, unit, locale);
        }
        return format(low, unit, locale) + " – " + format(high, unit, locale);
    }

    /** The formatting rule itself, without Spring: {@code unitName} is the unit's name for units with no rule here. */
    static String format(BigDecimal value, String unit, boolean en, String unitName) {
        String u = unit == null ? "" : unit;
        switch (u) {
            case "CNY":
                return en ? money("CNY", value) : chineseMoney(value, "元");
            case "USD":
                return en ? money("USD", value) : chineseMoney(value, "美元");
            case "EUR":
                return en ? money("EUR", value) : chineseMoney(value, "欧元");
            case "%":
                return number(value, 1) + "%";
            case "pp":
                return number(value, 1) + (en ? (value.compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points") : " 个百分点");
            case "score":
                // an evaluation-index score (0–1): one decimal would print Henan and Zhejiang alike although they rank apart
                return number(value, 3);
            case "count":
            case "unit":
            case "ratio":
                // eight digits and more read as millions in English (10 million firms), never as a long raw number
                if (en && value.abs().compareTo(TEN_MILLION) >= 0) {
                    return number(value.divide(MILLION), 1) + " million";
                }
                return number(value, 1);
            default:
                String n = number(value, 2);
                return n + (unitName == null || unitName.isBlank() ? "" : " " + (en && n.equals("1") ? singular(unitName) : unitName));
        }
    }

    /** units.yaml names English units in the plural ("days", "square kilometres"); one of them reads "1 day", not "1 days". */
    static String singular(String plural) {
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static final BigDecimal TEN_MILLION = new BigDecimal("10000000");

    private static String money(String currency, BigDecimal v) {
        BigDecimal a = v.abs();
        if (a.compareTo(TRILLION) >= 0) {
            return currency + " " + number(v.divide(TRILLION), 2) + " tn";
        }
        if (a.compareTo(BILLION) >= 0) {
            return currency + " " + number(v.divide(BILLION), 1) + " bn";
        }
        if (a.compareTo(MILLION) >= 0) {
            return currency + " " + number(v.divide(MILLION), 1) + " m";
        }
        return currency + " " + number(v, 0);
    }

    private static String chineseMoney(BigDecimal v, String currency) {
        BigDecimal a = v.abs();
        if (a.compareTo(TRILLION) >= 0) {
            return number(v.divide(TRILLION), 2) + " 万亿" + currency;
        }
        if (a.compareTo(HUNDRED_MILLION) >= 0) {
            return number(v.divide(HUNDRED_MILLION), 2) + " 亿" + currency;
        }
        if (a.compareTo(TEN_THOUSAND) >= 0) {
            return number(v.divide(TEN_THOUSAND), 1) + " 万" + currency;
        }
        return number(v, 0) + " " + currency;
    }

    /** Thousands separators, at most {@code decimals} decimals, trailing zeros dropped. */
    static String number(BigDecimal v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    static String qualify(String number, String raw, boolean en) {
        String r = raw == null ? "" : raw;
        if (r.contains("多") || r.contains("超") || r.contains("余") || r.contains("逾")) {
            return en ? "over " + number : "超 " + number;
        }
        if (r.contains("近")) {
            return en ? "nearly " + number : "近 " + number;
        }
        return en ? "about " + number : "约 " + number;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
