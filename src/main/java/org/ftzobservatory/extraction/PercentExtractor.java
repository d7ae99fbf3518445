package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages (19%, 29.5％) and differences in percentage points (4.1 个百分点, unit {@code pp}). */
public final class PercentExtractor {

    private final Pattern pattern;
    private final Map<String, String> units;
    private final List<String> qualifiersBefore;

    public PercentExtractor(ExtractionRules rules) {
        units = rules.percentUnits;
        List<String> byLength = new ArrayList<>(units.keySet());
        byLength.sort((a, b) -> b.length() - a.length());
        qualifiersBefore = rules.qualifiersBefore;
        pattern = Pattern.compile(Qualified.NUMBER + Qualified.after(rules)
                + "(?<unit>" + Qualified.alternation(byLength) + ")" + Qualified.afterUnit(rules));
    }

    public List<Mentions.Percent> extract(NormalizedText nt) {
        List<Mentions.Percent> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : Anchors.digitRuns(t)) {
            if (at < done || !m.region(at, t.length()).lookingAt()) {
                continue;
            }
            int pre = Anchors.before(t, at, qualifiersBefore);
            boolean approx = pre < at || m.group("post") != null || m.group("postu") != null;
            out.add(new Mentions.Percent(nt.span(pre, m.end()), Numerals.decimal(m.group("num")).stripTrailingZeros(),
                    units.get(m.group("unit")), approx));
            done = m.end();
        }
        return out;
    }
}
