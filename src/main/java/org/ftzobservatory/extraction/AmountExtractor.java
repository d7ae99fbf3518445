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

    public AmountExtractor(ExtractionRules rules) {
        rules.amountUnits.forEach(u -> units.put(u.text(), u));
        currencyWords = rules.currencyWords;
        String cur = Qualified.alternation(List.copyOf(rules.currencyWords.keySet()));
        String unitAlt = Qualified.alternation(rules.amountUnits.stream().map(ExtractionRules.Unit::text).toList());
        pattern = Pattern.compile(Qualified.before(rules) + "(?:(?<cur>" + cur + ")\\s*)?" + Qualified.NUMBER
                + Qualified.after(rules) + "(?<unit>" + unitAlt + ")(?!" + Qualified.alternation(rules.amountExcludedAfter) + ")(?<cur2>"
                + cur + ")?" + Qualified.afterUnit(rules));
    }

    public List<Mentions.Amount> extract(NormalizedText nt) {
        List<Mentions.Amount> out = new ArrayList<>();
        Matcher m = pattern.matcher(nt.text());
        while (m.find()) {
            ExtractionRules.Unit unit = units.get(m.group("unit"));
            String word = m.group("cur") != null ? m.group("cur") : m.group("cur2");
            if (word != null && !currencyWords.get(word).equals(unit.currency())) {
                continue; // 人民币 with a dollar unit: contradictory, leave it to a person
            }
            BigDecimal value = Numerals.decimal(m.group("num")).multiply(unit.multiplier());
            boolean approx = m.group("pre") != null || m.group("post") != null || m.group("postu") != null;
            out.add(new Mentions.Amount(nt.span(m.start(), m.end()), value.stripTrailingZeros(), unit.currency(), approx));
        }
        return out;
    }
}
