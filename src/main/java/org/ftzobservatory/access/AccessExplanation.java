package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer in words, in Chinese or English, built from the result and the policy's wording (only when an answer is
 * rendered): the plain answer first ("Not allowed as proposed. Allowed if …"), then which edition applied and why, then
 * the measures. Every sentence's wording is in check-policy.yaml.
 */
public final class AccessExplanation {

    private AccessExplanation() {
    }

    private static boolean en(String locale) {
        return "en".equals(locale);
    }

    private static String pick(org.ftzobservatory.kernel.Text t, boolean en) {
        return en ? t.en() : t.zh();
    }

    /** The first sentence(s): the answer in plain words. */
    public static String answer(AccessResult r, CheckPolicy policy, String locale) {
        boolean en = en(locale);
        var t = policy.verdictAnswers().get(r.verdict().id());
        String s = en ? t.en() : t.zh();
        List<String> ifs = new ArrayList<>();
        for (Condition c : r.conditions()) {
            if (c.refuses()) {
                ifs.add(requirement(c, policy, locale));
            }
        }
        List<String> seqs = new ArrayList<>();
        for (TriggeredMeasure m : r.measures()) {
            boolean counts = r.verdict() == Verdict.UNKNOWN ? !m.decisive() : m.decisive() && m.provisional() == Verdict.PROHIBITED;
            if (counts && !seqs.contains("" + m.measure().seq())) {
                seqs.add("" + m.measure().seq());
            }
        }
        var refs = policy.say(seqs.size() == 1 ? "measure_ref" : "measures_ref", "seq", seqs.isEmpty() ? "" : seqs.get(0), "seqs",
                String.join(en ? ", " : "、", seqs));
        s = CheckPolicy.fill(s, "if", String.join(en ? " and " : "，且", ifs.stream().distinct().toList()),
                "measures", en ? refs.en() : refs.zh());
        StringBuilder out = new StringBuilder(s);
        if (r.verdict() != Verdict.UNKNOWN && r.verdict() != Verdict.PROHIBITED) {
            for (Condition c : r.conditions()) {
                if (c.conditional()) {
                    var cond = policy.say("conditional", Map.of("scope", c.ifZh(), "requirement", c.fixZh()),
                            Map.of("scope", c.ifEn(), "requirement", c.fixEn()));
                    String sentence = en ? cond.en() : cond.zh();
                    out.append(en ? " " + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + "." : sentence + "。");
                }
            }
        }
        return out.toString();
    }

    /** "the foreign share is at most 50%": what a condition asks, as the answer's "Allowed if …" part. */
    public static String requirement(Condition c, CheckPolicy policy, String locale) {
        var t = policy.requirements().get(c.kind());
        if (t == null) {
            return en(locale) ? c.fixEn() : c.fixZh();
        }
        String pct = c.limit() instanceof Number n ? AccessChecker.percent(n.doubleValue()) : "";
        return (en(locale) ? t.en() : t.zh()).replace("{limit}", pct);
    }

    static String measureRef(NegativeListMeasure m, CheckPolicy policy, String locale) {
        var t = policy.say("measure_ref", "seq", m.seq());
        return en(locale) ? t.en() : t.zh();
    }

    /** Which edition applied, and why: it is the one in force on the date checked. */
    public static String edition(AccessResult r, CheckPolicy policy, String locale) {
        NegativeList l = r.list();
        Map<String, String> zh = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        zh.put("title", l.titleZh());
        env.put("title", l.titleEn());
        zh.put("effective", l.effective());
        env.put("effective", l.effective());
        String until = l.inForceUntil();
        var u = until == null ? null : policy.say("edition_until", "date", until);
        zh.put("until", u == null ? "" : u.zh());
        env.put("until", u == null ? "" : u.en());
        zh.put("date", r.date().toString());
        env.put("date", r.date().toString());
        var t = policy.say("edition_applied", zh, env);
        return en(locale) ? t.en() : t.zh();
    }

    /** The whole answer as a paragraph (API, CLI): answer, edition, then each measure in a sentence. */
    public static String explain(AccessResult r, CheckPolicy policy, String locale) {
        boolean en = en(locale);
        StringBuilder s = new StringBuilder(answer(r, policy, locale)).append(' ').append(edition(r, policy, locale));
        for (TriggeredMeasure t : r.measures()) {
            NegativeListMeasure m = t.measure();
            // The list's own wording when sourced; an official's Q&A is said to be one, never passed off as the text.
            String text = m.textZh() != null ? m.textZh() : m.textPartialZh() != null ? m.textPartialZh()
                    : m.substanceZh() != null ? policy.say("qa_text", "text", m.substanceZh()).zh() : m.summaryEn();
            s.append(' ').append(pick(policy.say("measure_line", Map.of("seq", "" + m.seq(), "text", text),
                    Map.of("seq", "" + m.seq(), "text", m.summaryEn())), en));
            if (!t.decisive()) {
                s.append(pick(policy.say("unverified_line", Map.of("confidence", m.ruleConfidence().label("zh"), "verdict",
                        policy.verdictLabel(t.provisional(), "zh")), Map.of("confidence", m.ruleConfidence().label("en"), "verdict",
                        policy.verdictLabel(t.provisional(), "en"))), en));
            }
        }
        for (Notice n : r.notices()) {
            if (n.kind().equals("derived")) {
                s.append(' ').append(en ? n.en() : n.zh());
            }
        }
        if (r.comparisonVerdict() != null) {
            s.append(' ').append(pick(policy.say("comparison_line", Map.of("title", r.comparisonListTitle(false), "verdict",
                    policy.verdictLabel(r.comparisonVerdict(), "zh")), Map.of("title", r.comparisonListTitle(true), "verdict",
                    policy.verdictLabel(r.comparisonVerdict(), "en"))), en));
        }
        return s.toString();
    }
}
