package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds percentages (19%, 29.5％) and differences in percentage points (4.1 个百分点, unit {@code pp}), with the qualifier
 * printed around them kept (60%以上, 约 81.7%).
 */
public final class PercentExtractor {

    /** How far after a number's start its unit may stand (12,345.67 多 个百分点). */
    private static final int WINDOW = 16;

    private final Pattern pattern;
    private final String unitStarts;
    private final Map<String, String> units;
    private final List<String> qualifiersBefore;

    public PercentExtractor(ExtractionRules rules) {
        units = rules.percentUnits;
        List<String> byLength = new ArrayList<>(units.keySet());
        byLength.sort((a, b) -> b.length() - a.length());
        qualifiersBefore = rules.qualifiersBefore;
        unitStarts = Anchors.firstChars(units.keySet());
        pattern = Pattern.compile(Qualified.NUMBER + Qualified.after(rules)
                + "(?<unit>" + Qualified.alternation(byLength) + ")" + Qualified.afterUnit(rules));
    }

    public List<Mentions.Percent> extract(NormalizedText nt) {
        List<Mentions.Percent> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : Anchors.digitRuns(t)) {
            if (at < done || !Anchors.anyWithin(t, at, WINDOW, unitStarts) || !m.region(at, t.length()).lookingAt()) {
                continue;
            }
            int pre = Anchors.before(t, at, qualifiersBefore);
            String q = Qualified.words(t, pre, at, m);
            out.add(new Mentions.Percent(nt.span(pre, m.end()), Numerals.decimal(m.group("num")).stripTrailingZeros(),
                    units.get(m.group("unit")), q != null, q));
            done = m.end();
        }
        return out;
    }
}
