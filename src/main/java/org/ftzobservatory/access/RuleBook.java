package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One list compiled for fast checking: for every GB/T code, the rules whose scope reaches it (worked out once, so a check
 * is a map lookup), plus keyword indexes for free-text activities and for the measures' exceptions.
 */
final class RuleBook {

    /** A rule reached by a proposal: partial when the rule covers only part of the code, or the code only part of the rule. */
    record Match(NegativeListMeasure measure, MeasureRule rule, boolean partial, String note) {
    }

    final NegativeList list;
    final List<NegativeListMeasure> measures;
    private final Map<String, List<Match>> byCode = new HashMap<>();
    final KeywordIndex<Match> activityKeywords = new KeywordIndex<>();
    final KeywordIndex<NegativeListMeasure> exceptionKeywords = new KeywordIndex<>();
    /** Per measure, the notice an unverified measure adds to an answer; built once, not per check. */
    final Map<NegativeListMeasure, Notice> checkOfficialText = new java.util.IdentityHashMap<>();
    private final Map<MeasureRule, List<String>> ruleKeywords = new java.util.IdentityHashMap<>();

    /** The measures their national counterpart decides for (see {@link AccessChecker}), with the counterpart's number. */
    final Map<NegativeListMeasure, Integer> derivedFrom;

    RuleBook(NegativeList list, List<NegativeListMeasure> measures, IndustryClassification gbt, CheckPolicy policy,
             Map<NegativeListMeasure, Integer> derivedFrom) {
        this.list = list;
        this.measures = List.copyOf(measures);
        this.derivedFrom = derivedFrom;
        Map<String, List<Match>> mappedAt = new HashMap<>();
        for (NegativeListMeasure m : measures) {
            var t = policy.say("check_official_text", Map.of("seq", "" + m.seq(), "confidence", m.ruleConfidence().label("zh"),
                    "instrument", list.instrument()), Map.of("seq", "" + m.seq(), "confidence", m.ruleConfidence().label("en"),
                    "instrument", list.titleEn()));
            checkOfficialText.put(m, new Notice("check_official_text", t.zh(), t.en(), list.instrument()));
            for (MeasureRule r : m.rules()) {
                for (IndustryMapping i : r.industries()) {
                    mappedAt.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(new Match(m, r, i.partial(), i.note()));
                }
                for (String k : r.keywords()) {
                    activityKeywords.add(k, new Match(m, r, false, "activity matches '" + k + "'"));
                }
                ruleKeywords.put(r, r.keywords());
            }
            for (MeasureException e : m.exceptions()) {
                for (String k : e.keywords()) {
                    exceptionKeywords.add(k, m);
                }
            }
        }
        for (IndustryCode c : gbt.all()) {
            Map<MeasureRule, Match> found = new java.util.IdentityHashMap<>();
            // The code lies within a mapped code: the mapping's own coverage applies.
            for (String a : gbt.ancestors(c.code())) {
                for (Match match : mappedAt.getOrDefault(a, List.of())) {
                    found.merge(match.rule(), match, RuleBook::fuller);
                }
            }
            // A mapped code lies within the proposal's broader code: the measure reaches only part of it.
            for (String under : gbt.classesUnder(c.code())) {
                for (String a : gbt.ancestors(under)) {
                    if (a.equals(c.code())) {
                        break;
                    }
                    for (Match match : mappedAt.getOrDefault(a, List.of())) {
                        found.putIfAbsent(match.rule(), new Match(match.measure(), match.rule(), true,
                                "the measure covers " + a + " within " + c.code()));
                    }
                }
            }
            if (!found.isEmpty()) {
                List<Match> ordered = new ArrayList<>(found.values());
                ordered.sort(java.util.Comparator.comparingInt((Match x) -> x.measure().seq())
                        .thenComparingInt(x -> ruleIndex(x.measure(), x.rule())));
                byCode.put(c.code(), List.copyOf(ordered));
            }
        }
    }

    private static int ruleIndex(NegativeListMeasure m, MeasureRule r) {
        for (int i = 0; i < m.rules().size(); i++) {
            if (m.rules().get(i) == r) {
                return i;
            }
        }
        return -1;
    }

    private static Match fuller(Match a, Match b) {
        return a.partial() && !b.partial() ? b : a;
    }

    List<Match> at(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    boolean hasKeywords(MeasureRule rule) {
        return !ruleKeywords.getOrDefault(rule, List.of()).isEmpty();
    }
}
