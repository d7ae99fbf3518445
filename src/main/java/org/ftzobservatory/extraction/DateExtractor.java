package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ftzobservatory.kernel.Years;

/**
 * Finds dates written with Arabic or Chinese numerals (2021 年 9 月 6 日, 二〇二一年十二月二十七日): a year, a year and
 * month, or a full date; a year part of the rules (年底 → December) gives an approximate month. A range gives two dates
 * sharing the range's span: 2021—2025 年, 2021 年 1—9 月, 2021 年 7 月 23 日至 26 日, 2021 年 3 月至 2022 年 6 月.
 * Also dates written the web way (2020-06-01, 2020/6/1, 2020.06.01), and dates without a year (5月8日, 11月, 1至10月,
 * a bare day 28日), which {@link YearlessDates} resolves against the dates before them or the document's date.
 */
public final class DateExtractor {

    private static final String Y = "(?:(?<![\\d.])\\d{4}(?![\\d.])|[〇零一二三四五六七八九]{4})";
    private static final String M = "(?:\\d{1,2}(?![\\d.])|十[一二]?|[一二三四五六七八九])";
    private static final String D = "(?:\\d{1,2}(?![\\d.])|[二三]?十[一二三四五六七八九]?|十|[一二三四五六七八九])";

    private final ExtractionRules rules;
    private final Pattern yearRange;
    private final Pattern date;
    private final Pattern continuation;
    private final Pattern web;
    private final Pattern yearless;
    private final Pattern bareDay;
    private final YearlessDates resolver;
    private final String webSeparators;
    /** How far after a year's first digit its 年 may stand (二〇二一 年, 2021 — 2025 年). */
    private static final int YEAR_WINDOW = 24;

    public DateExtractor(ExtractionRules rules) {
        this.rules = rules;
        String sep = "(?:" + rules.rangeSeparators.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
        String parts = rules.yearParts.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        yearRange = Pattern.compile("(?<y1>" + Y + ")\\s*年?\\s*" + sep + "\\s*(?<y2>" + Y + ")\\s*年");
        date = Pattern.compile("(?<y>" + Y + ")\\s*年(?:\\s*(?<part>" + parts + ")|\\s*(?<m>" + M + ")\\s*(?:" + sep
                + "\\s*(?<m2>" + M + ")\\s*)?月(?:\\s*(?<d>" + D + ")\\s*(?:" + sep + "\\s*(?<d2>" + D + ")\\s*)?[日号])?)?");
        String webSep = rules.webSeparators.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        web = Pattern.compile("(?<![\\d.])(?<y>\\d{4})(?<s>" + webSep + ")(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d)(?!\\.\\d)");
        String am = "(?:\\d{1,2}(?![\\d.]))";
        yearless = Pattern.compile("(?<![\\d.])(?<m>" + am + ")\\s*(?:" + sep + "\\s*(?<m2>" + am + ")\\s*)?月(?:\\s*(?<d>" + am
                + ")\\s*(?:" + sep + "\\s*(?<d2>" + am + ")\\s*)?日)?");
        bareDay = Pattern.compile("(?<![\\d.])(?<d>" + am + ")\\s*日(?!" + rules.dayNotBefore.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")");
        resolver = new YearlessDates(rules);
        webSeparators = String.join("", rules.webSeparators);
        continuation = Pattern.compile("\\s*" + sep + "\\s*(?:(?<y>" + Y + ")\\s*年(?:\\s*(?<m>" + M + ")\\s*月(?:\\s*(?<d>"
                + D + ")\\s*[日号])?)?|(?<m3>" + M + ")\\s*月(?:\\s*(?<d3>" + D + ")\\s*[日号])?|(?<d4>" + D + ")\\s*[日号])");
    }

    public List<Mentions.Date> extract(NormalizedText nt) {
        String t = nt.text();
        List<Mentions.Date> out = new ArrayList<>();
        Matcher r = yearRange.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher m = date.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher c = continuation.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher w = web.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher y = yearless.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher b = bareDay.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at : Anchors.yearRuns(t)) {
            if (at < from) {
                continue;
            }
            int digits = 0;
            while (at + digits < t.length() && t.charAt(at + digits) >= '0' && t.charAt(at + digits) <= '9') {
                digits++;
            }
            if (digits == 1 || digits == 2) {
                if (monthOrDayNear(t, at + digits)) {
                    from = readYearless(nt, at, y, b, out);
                }
                continue;
            }
            if (digits == 4 && at + 4 < t.length() && webSeparators.indexOf(t.charAt(at + 4)) >= 0
                    && w.region(at, t.length()).lookingAt()) {
                int year = year(w.group("y"));
                int month = Numerals.small(w.group("m"));
                int day = Numerals.small(w.group("d"));
                if (year > 0 && validMonth(month) && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                    out.add(new Mentions.Date(nt.span(w.start(), w.end()), value(year, month, day), false, Mentions.DateRole.SINGLE));
                    from = w.end();
                    continue;
                }
            }
            if (!Anchors.anyWithin(t, at, YEAR_WINDOW, "年")) {
                continue; // every date left to try ends its year with 年 (2021 年, 2021—2025 年)
            }
            if (r.region(at, t.length()).lookingAt()) {
                int y1 = year(r.group("y1"));
                int y2 = year(r.group("y2"));
                if (y1 > 0 && y2 > y1) {
                    Span s = nt.span(r.start(), r.end());
                    out.add(new Mentions.Date(s, String.valueOf(y1), false, Mentions.DateRole.FROM));
                    out.add(new Mentions.Date(s, String.valueOf(y2), false, Mentions.DateRole.TO));
                    from = r.end();
                    continue;
                }
            }
            if (m.region(at, t.length()).lookingAt()) {
                from = readDate(nt, m, c, out);
            }
        }
        return resolver.resolve(nt, out);
    }

    /** Cheap test before the yearless patterns: 月 or 日 within a few characters after a short number. */
    private static boolean monthOrDayNear(String t, int from) {
        for (int j = from; j < Math.min(t.length(), from + 6); j++) {
            char c = t.charAt(j);
            if (c == '月' || c == '日') {
                return true;
            }
        }
        return false;
    }

    /** A month, month range, month and day, or bare day without a year at {@code at}; returns where to search next. */
    private int readYearless(NormalizedText nt, int at, Matcher y, Matcher b, List<Mentions.Date> out) {
        String t = nt.text();
        if (y.region(at, t.length()).lookingAt()) {
            int month = Numerals.small(y.group("m"));
            int month2 = y.group("m2") == null ? 0 : Numerals.small(y.group("m2"));
            int day = y.group("d") == null ? 0 : Numerals.small(y.group("d"));
            int day2 = y.group("d2") == null ? 0 : Numerals.small(y.group("d2"));
            if (!validMonth(month) || (month2 != 0 && (!validMonth(month2) || month2 <= month))
                    || (day != 0 && (!validDay(day) || month2 != 0)) || (day2 != 0 && (!validDay(day2) || day2 <= day))) {
                return at + 1;
            }
            Span s = nt.span(y.start(), y.end());
            if (month2 != 0 || day2 != 0) {
                out.add(new Mentions.Date(s, YearlessDates.value(month, day), false, Mentions.DateRole.FROM));
                out.add(new Mentions.Date(s, YearlessDates.value(month2 != 0 ? month2 : month, day2), false, Mentions.DateRole.TO));
            } else {
                out.add(new Mentions.Date(s, YearlessDates.value(month, day), false, Mentions.DateRole.SINGLE));
            }
            return y.end();
        }
        if (b.region(at, t.length()).lookingAt() && validDay(Numerals.small(b.group("d")))
                && Anchors.before(t, at, rules.dayNotAfter) == at) {
            out.add(new Mentions.Date(nt.span(b.start(), b.end()), YearlessDates.bareDay(Numerals.small(b.group("d"))), false,
                    Mentions.DateRole.SINGLE));
            return b.end();
        }
        return at + 1;
    }

    /** Reads the date {@code m} found (and a range continuation after it); returns where to search next. */
    private int readDate(NormalizedText nt, Matcher m, Matcher c, List<Mentions.Date> out) {
        int y = year(m.group("y"));
        if (y < 0) {
            return m.start() + 1;
        }
        int end = m.end();
        int month = 0;
        int month2 = 0;
        int day = 0;
        int day2 = 0;
        boolean approx = false;
        if (m.group("part") != null) {
            month = rules.yearParts.get(m.group("part"));
            approx = true;
        } else if (m.group("m") != null) {
            month = Numerals.small(m.group("m"));
            month2 = m.group("m2") == null ? 0 : Numerals.small(m.group("m2"));
            day = m.group("d") == null ? 0 : Numerals.small(m.group("d"));
            day2 = m.group("d2") == null ? 0 : Numerals.small(m.group("d2"));
            if (!validMonth(month) || (m.group("m2") != null && (!validMonth(month2) || month2 <= month))) {
                // not a month after all: keep the year only
                month = 0;
                month2 = 0;
                day = 0;
                day2 = 0;
                end = m.end("y");
                while (end < m.end() && nt.text().charAt(end) != '年') {
                    end++;
                }
                end++;
            } else if (m.group("d") != null && (!validDay(day) || month2 != 0
                    || (m.group("d2") != null && (!validDay(day2) || day2 <= day)))) {
                day = 0;
                day2 = 0;
                end = nt.text().indexOf('月', m.end("m")) + 1;
            }
        }
        String first = value(y, month, day);
        String second = null;
        if (month2 != 0) {
            second = value(y, month2, 0);
        } else if (day2 != 0) {
            second = value(y, month, day2);
        } else if (!approx && c.region(end, nt.text().length()).lookingAt()) {
            second = continuation(c, y, month, day);
            if (second != null && second.compareTo(first) > 0) {
                end = c.end();
            } else {
                second = null;
            }
        }
        Span s = nt.span(m.start(), end);
        if (second == null) {
            out.add(new Mentions.Date(s, first, approx, Mentions.DateRole.SINGLE));
        } else {
            out.add(new Mentions.Date(s, first, approx, Mentions.DateRole.FROM));
            out.add(new Mentions.Date(s, second, false, Mentions.DateRole.TO));
        }
        return end;
    }

    /** The second end of a range, at the same precision as the first, or null. */
    private String continuation(Matcher c, int y, int month, int day) {
        if (c.group("y") != null) {
            int y2 = year(c.group("y"));
            int m2 = c.group("m") == null ? 0 : Numerals.small(c.group("m"));
            int d2 = c.group("d") == null ? 0 : Numerals.small(c.group("d"));
            boolean samePrecision = (month == 0) == (m2 == 0) && (day == 0) == (d2 == 0);
            return y2 > 0 && samePrecision && (m2 == 0 || validMonth(m2)) && (d2 == 0 || validDay(d2)) ? value(y2, m2, d2) : null;
        }
        if (c.group("m3") != null && month != 0) {
            int m2 = Numerals.small(c.group("m3"));
            int d2 = c.group("d3") == null ? 0 : Numerals.small(c.group("d3"));
            boolean samePrecision = (day == 0) == (d2 == 0);
            return samePrecision && validMonth(m2) && (d2 == 0 || validDay(d2)) ? value(y, m2, d2) : null;
        }
        if (c.group("d4") != null && day != 0) {
            int d2 = Numerals.small(c.group("d4"));
            return validDay(d2) ? value(y, month, d2) : null;
        }
        return null;
    }

    private int year(String s) {
        int y = Numerals.year(s);
        return Years.valid(y) ? y : -1;
    }

    private static boolean validMonth(int m) {
        return m >= 1 && m <= 12;
    }

    private static boolean validDay(int d) {
        return d >= 1 && d <= 31;
    }

    private static String value(int y, int month, int day) {
        if (month == 0) {
            return String.valueOf(y);
        }
        if (day == 0) {
            return String.format("%04d-%02d", y, month);
        }
        return String.format("%04d-%02d-%02d", y, month, day);
    }
}
