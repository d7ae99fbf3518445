package org.ftzobservatory.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money: a number, an optional qualifier (超, 近, 约, 多, 余 … from the rules: approximate, and kept as
 * printed), a unit of the rules (元, 万元, 亿元, 万亿元, 美元, 亿美元 …) and an optional currency word before or after
 * (人民币). The value is normalised to the unit's base (yuan or dollars). 万/亿 without 元 count as yuan only in a
 * sentence about money (rules: {@code amounts.bare_magnitudes}); an amount after a foreign currency word (新台币) is
 * left out.
 */
public final class AmountExtractor {

    private final Pattern pattern;
    private final Pattern bare;
    private final ExtractionRules rules;
    private final String magnitudeStarts;
    /** The first characters of the units, and how far after a number's start a unit may stand. */
    private final String unitStarts;
    private static final int WINDOW = 20;
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
        this.rules = rules;
        StringBuilder starts = new StringBuilder();
        rules.bareMagnitudes.keySet().forEach(k -> starts.append(k.charAt(0)));
        magnitudeStarts = starts.toString();
        unitStarts = Anchors.firstChars(rules.amountUnits.stream().map(ExtractionRules.Unit::text).toList());
        bare = Pattern.compile(Qualified.NUMBER + Qualified.after(rules) + "(?<unit>"
                + Qualified.alternation(rules.bareMagnitudes.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
                + ")" + Qualified.afterUnit(rules) + "(?!\\p{IsHan})");
        pattern = Pattern.compile(Qualified.NUMBER
                + Qualified.after(rules) + "(?<unit>" + unitAlt + ")(?!" + Qualified.alternation(rules.amountExcludedAfter) + ")(?<cur2>"
                + cur + ")?" + Qualified.afterUnit(rules));
    }

    public List<Mentions.Amount> extract(NormalizedText nt) {
        List<Mentions.Amount> out = new ArrayList<>();
        String t = nt.text();
        Matcher m = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher b = bare.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int at : Anchors.digitRuns(t)) {
            if (at < done) {
                continue;
            }
            if (!Anchors.anyWithin(t, at, WINDOW, unitStarts) || !m.region(at, t.length()).lookingAt()) {
                if (magnitudeFollows(t, at) && aboutMoney(t, at) && b.region(at, t.length()).lookingAt()) {
                    int pre = Anchors.before(t, at, qualifiersBefore);
                    BigDecimal value = Numerals.decimal(b.group("num")).multiply(rules.bareMagnitudes.get(b.group("unit")));
                    String q = Qualified.words(t, pre, at, b);
                    out.add(new Mentions.Amount(nt.span(pre, b.end()), value.stripTrailingZeros(), "CNY", q != null, q));
                    done = b.end();
                }
                continue;
            }
            if (Anchors.before(t, at, rules.foreignCurrencyWords) < at) {
                done = m.end();
                continue; // 新台币300亿元: another currency, leave it to a person
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
            String q = Qualified.words(t, pre, start, m);
            out.add(new Mentions.Amount(nt.span(pre, m.end()), value.stripTrailingZeros(), unit.currency(), q != null, q));
            done = m.end();
        }
        return out;
    }

    /** Cheap test before the bare pattern: a magnitude character (万, 亿) within a few characters after the number. */
    private boolean magnitudeFollows(String t, int at) {
        for (int j = at; j < Math.min(t.length(), at + 16); j++) {
            char c = t.charAt(j);
            if (magnitudeStarts.indexOf(c) >= 0) {
                return true;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !rules.qualifiersAfter.contains(String.valueOf(c))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a money word of the rules ends at most {@code window} characters before {@code at}. */
    private boolean aboutMoney(String t, int at) {
        String before = t.substring(Math.max(0, at - rules.moneyWindow), at);
        return rules.moneyWords.stream().anyMatch(before::contains);
    }
}
