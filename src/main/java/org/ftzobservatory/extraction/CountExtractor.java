package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counts: a whole number, an optional qualifier (3400 多项), a measure word of the rules (条 项 个 家 批 件 类) and
 * the counted noun that follows (27 条特别管理措施 → noun 特别管理措施). The noun is the run of Chinese characters after
 * the measure word (outside the span: raw is 27 条), at most {@code max_noun_chars}, ending before the first stop word of the rules; null when nothing is
 * left. Ordinals (第 4 批) and the unit + word pairs the rules exclude (个百分点, 个月) are not counts.
 */
public final class CountExtractor {

    private final ExtractionRules rules;
    private final Pattern pattern;

    public CountExtractor(ExtractionRules rules) {
        this.rules = rules;
        String ordinal = "(?<!(?:" + Qualified.alternation(rules.ordinalBefore) + ")\\s{0,3})";
        pattern = Pattern.compile(ordinal
                + "(?<![\\d.,])(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.])" + Qualified.after(rules)
                + "(?<unit>" + Qualified.alternation(rules.countUnits) + ")(?<noun>\\p{IsHan}{0," + rules.maxNounChars + "})");
    }

    public List<Mentions.Count> extract(NormalizedText nt) {
        List<Mentions.Count> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at : Anchors.digitRuns(t)) {
            if (!m.region(at, t.length()).lookingAt()) {
                continue;
            }
            String after = m.group("noun");
            if (rules.excludedAfterUnit.stream().anyMatch(after::startsWith)) {
                continue;
            }
            String noun = noun(after);
            long value;
            try {
                value = Long.parseLong(m.group("num").replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            int pre = Anchors.before(t, at, rules.qualifiersBefore);
            boolean approx = pre < at || m.group("post") != null;
            out.add(new Mentions.Count(nt.span(pre, m.end("unit")), value, m.group("unit"), noun, approx));
        }
        return out;
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
