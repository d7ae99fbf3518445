package org.ftzobservatory.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money: a number, an optional qualifier (超, 近, 约, 多, 余 … from the rules: approximate), a unit of
 * the rules (元, 万元, 亿元, 万亿元, 美元, 亿美元 …) and an optional currency word before or after (人民币). The value is
 * normalised to the unit's base (yuan or dollars).
 */
public final class AmountExtractor {

    private final Pattern pattern;
    private final Map<String, ExtractionRules.Unit> units = new HashMap<>();
    private final Map<String, String> currencyWords;
    private final List<String> qualifiersBefore;
    private final List<String> currencyBefore;

    public AmountExtractor(ExtractionRules rules) {
        rules.amountUnits.forEach(u -> units.put(u.text(), u));
        currencyWords = rules.currencyWords;
        String cur = Qualified.alternation(List.copyOf(rules.currencyWords.keySet()));
        String unitAlt = Qualified.alternation(rules.amountUnits.stream().map(ExtractionRules.Unit::text).toList());
        qualifiersBefore = rules.qualifiersBefore;
        currencyBefore = List.copyOf(rules.currencyWords.keySet());
        pattern = Pattern.compile(Qualified.NUMBER
                + Qualified.after(rules) + "(?<unit>" + unitAlt + ")(?!" + Qualified.alternation(rules.amountExcludedAfter) + ")(?<cur2>"
                + cur + ")?" + Qualified.afterUnit(rules));
    }

    public List<Mentions.Amount> extract(NormalizedText nt) {
        List<Mentions.Amount> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : Anchors.digitRuns(t)) {
            if (at < done || !m.region(at, t.length()).lookingAt()) {
                continue;
            }
            ExtractionRules.Unit unit = units.get(m.group("unit"));
            int start = at;
            String word = m.group("cur2");
            int cur = Anchors.before(t, start, currencyBefore);
            if (cur < start) {
                for (String w : currencyBefore) {
                    if (t.startsWith(w, cur)) {
                        word = w;
                    }
                }
                start = cur;
            }
            if (word != null && !currencyWords.get(word).equals(unit.currency())) {
                continue; // 人民币 with a dollar unit: contradictory, leave it to a person
            }
            int pre = Anchors.before(t, start, qualifiersBefore);
            BigDecimal value = Numerals.decimal(m.group("num")).multiply(unit.multiplier());
            boolean approx = pre < start || m.group("post") != null || m.group("postu") != null;
            out.add(new Mentions.Amount(nt.span(pre, m.end()), value.stripTrailingZeros(), unit.currency(), approx));
            done = m.end();
        }
        return out;
    }
}
