package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the dates printed without a year (rules: {@code dates.stamp_labels}, {@code dates.this_year_words}): a month or
 * month and day takes the year of the nearest date before it that has one; a bare day also takes that date's month. When
 * nothing before it has a year, the document's own date decides: the first full date after a stamp label (发布时间：) or
 * followed by a time of day (2024-06-11 16:40), wherever it stands; right after 今年 the document's date wins over the
 * dates before. A date nothing dates stays unresolved (value --MM-DD, --MM or ---DD; resolved null).
 */
final class YearlessDates {

    private static final Pattern TIME_OF_DAY = Pattern.compile("\\s*\\d{1,2}:\\d{2}");
    /** How far back from a date its stamp label is looked for (the label, a colon and spaces). */
    private static final int STAMP_LOOK_BACK = 12;

    private final ExtractionRules rules;

    YearlessDates(ExtractionRules rules) {
        this.rules = rules;
    }

    static String value(int month, int day) {
        return day == 0 ? String.format("--%02d", month) : String.format("--%02d-%02d", month, day);
    }

    static String bareDay(int day) {
        return String.format("---%02d", day);
    }

    List<Mentions.Date> resolve(NormalizedText nt, List<Mentions.Date> dates) {
        if (dates.stream().noneMatch(d -> d.value().startsWith("-"))) {
            return dates;
        }
        String documentDate = documentDate(nt, dates);
        List<Mentions.Date> out = new ArrayList<>(dates.size());
        String withYear = null;
        String withMonth = null;
        for (Mentions.Date d : dates) {
            Mentions.Date r = d;
            if (d.value().startsWith("---")) {
                String base = withMonth != null ? withMonth : documentDate;
                if (base != null && base.startsWith("--")) {
                    r = with(d, base.substring(0, 4) + d.value().substring(2), null, null);
                } else if (base != null) {
                    r = with(d, d.value(), base.substring(0, 7) + d.value().substring(2), base);
                }
            } else if (d.value().startsWith("--")) {
                String base = thisYear(nt, d) && documentDate != null ? documentDate : withYear != null ? withYear : documentDate;
                if (base != null) {
                    r = with(d, d.value(), base.substring(0, 4) + d.value().substring(1), base);
                }
            }
            String effective = r.effective();
            if (!effective.startsWith("-")) {
                withYear = effective;
            }
            if (effective.length() >= 7 || (effective.startsWith("--") && !effective.startsWith("---"))) {
                withMonth = effective;
            }
            out.add(r);
        }
        return out;
    }

    private static Mentions.Date with(Mentions.Date d, String value, String resolved, String from) {
        return new Mentions.Date(d.span(), value, d.approx(), d.role(), resolved, from);
    }

    /** Whether one of the rules' this-year words (今年) stands right before the date. */
    private boolean thisYear(NormalizedText nt, Mentions.Date d) {
        int at = nt.fromOrigin(d.span().start());
        return Anchors.before(nt.text(), at, rules.thisYearWords) < at;
    }

    /** The document's own date: the first full date after a stamp label or followed by a time of day; or null. */
    private String documentDate(NormalizedText nt, List<Mentions.Date> dates) {
        String t = nt.text();
        Matcher time = TIME_OF_DAY.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (Mentions.Date d : dates) {
            if (d.value().length() != 10 || d.role() != Mentions.DateRole.SINGLE) {
                continue;
            }
            int start = nt.fromOrigin(d.span().start());
            int end = nt.fromOrigin(d.span().end() - 1) + 1;
            if (time.region(end, t.length()).lookingAt()) {
                return d.value();
            }
            String before = t.substring(Math.max(0, start - STAMP_LOOK_BACK), start).stripTrailing();
            before = before.endsWith(":") || before.endsWith("：") ? before.substring(0, before.length() - 1).stripTrailing() : before;
            for (String label : rules.stampLabels) {
                if (before.endsWith(label)) {
                    return d.value();
                }
            }
        }
        return null;
    }
}
