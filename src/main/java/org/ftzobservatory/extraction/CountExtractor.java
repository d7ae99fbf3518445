package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts: a whole number, an optional qualifier (3400 多项), a measure word of the rules (条 项 个 家 批 件 类) and
 * the counted noun that follows (27 条特别管理措施 → noun 特别管理措施). The number may be written with thousands
 * separators (1,434 or 5 500), in tens of thousands (3.5万家, 60余万家: rules {@code counts.magnitudes}) or in Chinese
 * numerals (十八个, 两百家) from {@code counts.chinese_min_value} up (一个 is the article). The noun is the run of
 * Chinese characters after the measure word (outside the span: raw is 27 条), at most {@code max_noun_chars}, ending
 * before the first stop word of the rules; null when nothing is left. Ordinals (第 4 批) and the unit + word pairs the
 * rules exclude (个百分点, 个月) are not counts.
 */
public final class CountExtractor {

    private static final String CHINESE = "〇零一二三四五六七八九十百千两";
    /** How far after a number's start its measure word may stand (1,234,567 多 万 家). */
    private static final int WINDOW = 16;

    private final ExtractionRules rules;
    private final Pattern arabic;
    private final Pattern chinese;
    /** The first characters of the count units and of the qualifiers after a number. */
    private final String unitStarts;

    public CountExtractor(ExtractionRules rules) {
        this.rules = rules;
        String ordinal = "(?<!(?:" + Qualified.alternation(rules.ordinalBefore) + ")\\s{0,3})";
        String post = "(?:\\s*(?<post>" + Qualified.alternation(rules.qualifiersAfter) + "))?";
        String tail = "\\s*(?<unit>" + Qualified.alternation(rules.countUnits) + ")(?<noun>\\p{IsHan}{0," + rules.maxNounChars + "})";
        arabic = Pattern.compile(ordinal + "(?<![\\d.])(?<!\\d,)(?<num>\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d.])"
                + post + "(?:\\s*(?<mag>" + Qualified.alternation(List.copyOf(rules.countMagnitudes.keySet())) + ")"
                + "(?:\\s*(?<post2>" + Qualified.alternation(rules.qualifiersAfter) + "))?)?" + tail);
        StringBuilder starts = new StringBuilder();
        rules.countUnits.forEach(u -> starts.append(u.charAt(0)));
        rules.qualifiersAfter.forEach(q -> starts.append(q.charAt(0)));
        unitStarts = starts.toString();
        chinese = Pattern.compile(ordinal + "(?<![" + CHINESE + "])(?<num>[" + CHINESE + "]{1,6})" + post + tail);
    }

    public List<Mentions.Count> extract(NormalizedText nt) {
        List<Mentions.Count> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = arabic.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : Anchors.digitRuns(t)) {
            if (at < done || !Anchors.anyWithin(t, at, WINDOW, unitStarts) || !m.region(at, t.length()).lookingAt()) {
                continue;
            }
            long multiplier = m.group("mag") == null ? 1 : rules.countMagnitudes.get(m.group("mag"));
            java.math.BigDecimal v = Numerals.decimal(m.group("num")).multiply(java.math.BigDecimal.valueOf(multiplier));
            if (v.stripTrailingZeros().scale() > 0) {
                continue; // 1.5个: not a whole count
            }
            boolean approx = m.group("post") != null || m.group("post2") != null;
            if (add(nt, m, at, v.longValue(), approx, out)) {
                done = m.end("unit");
            }
        }
        Matcher c = chinese.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int before = out.size();
        char[] cs = t.toCharArray();
        for (int at = 0; at < cs.length; at++) {
            if (!isChineseNumeral(cs[at]) || (at > 0 && isChineseNumeral(cs[at - 1]))) {
                continue;
            }
            if (unitFollows(t, at) && c.region(at, t.length()).lookingAt()) {
                int value = Numerals.chinese(c.group("num"));
                if (value >= rules.chineseMinValue) {
                    add(nt, c, at, value, c.group("post") != null, out);
                }
            }
        }
        if (out.size() > before && before > 0) {
            out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        }
        return out;
    }

    /** Adds the count {@code m} matched at {@code at} unless its unit starts an excluded word; whether it did. */
    private boolean add(NormalizedText nt, Matcher m, int at, long value, boolean approx, List<Mentions.Count> out) {
        String after = m.group("noun");
        if (rules.excludedAfterUnit.stream().anyMatch(after::startsWith)) {
            return false;
        }
        int pre = Anchors.before(nt.text(), at, rules.qualifiersBefore);
        out.add(new Mentions.Count(nt.span(pre, m.end("unit")), value, m.group("unit"), noun(after), approx || pre < at));
        return true;
    }

    /** Cheap test before the pattern: after the numeral run (and spaces), a count unit or a qualifier starts. */
    private boolean unitFollows(String t, int at) {
        int j = at;
        while (j < t.length() && (isChineseNumeral(t.charAt(j)) || t.charAt(j) == ' ')) {
            j++;
        }
        if (j >= t.length()) {
            return false;
        }
        char c = t.charAt(j);
        return unitStarts.indexOf(c) >= 0;
    }

    private static boolean isChineseNumeral(char c) {
        return switch (c) {
            case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '两' -> true;
            default -> false;
        };
    }

    private String noun(String run) {
        int cut = run.length();
        for (String stop : rules.nounStopWords) {
            int at = run.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String noun = run.substring(0, cut);
        for (String t : rules.nounTrailing) {
            if (noun.length() > t.length() + 1 && noun.endsWith(t)) {
                noun = noun.substring(0, noun.length() - t.length());
            }
        }
        return noun.isEmpty() ? null : noun;
    }
}
