package org.ftzobservatory.access;

/** The verdict in a few sentences, in Chinese or English, built from the result (only when an answer is rendered). */
public final class AccessExplanation {

    private AccessExplanation() {
    }

    public static String explain(AccessResult r, String locale) {
        boolean en = "en".equals(locale);
        StringBuilder s = new StringBuilder();
        String list = en ? r.list().titleEn() : "《" + r.list().titleZh() + "》";
        s.append(en ? "At " + r.proposal().location() + " the " + list + " applies. Verdict: " + r.verdict().label("en") + "."
                : r.proposal().location() + " 适用" + list + "。结论：" + r.verdict().label("zh") + "。");
        for (TriggeredMeasure t : r.measures()) {
            NegativeListMeasure m = t.measure();
            String scope = en ? t.rule().scopeEn() : t.rule().scopeZh();
            if (en) {
                s.append(" Measure ").append(m.seq()).append(scope == null ? "" : " (" + scope + ")").append(": ").append(m.summaryEn());
                if (t.partial()) {
                    s.append(" It covers only part of the stated industry.");
                }
                if (!t.decisive()) {
                    s.append(" Not verified (").append(m.ruleConfidence().label("en")).append("); if the reconstructed rule holds, the verdict would be: ")
                            .append(t.provisional().label("en")).append(".");
                }
            } else {
                s.append(" 第").append(m.seq()).append("条").append(scope == null ? "" : "（" + scope + "）").append("：")
                        .append(m.textZh() != null ? m.textZh() : "原文未找到" + (m.bestTextZh() != null ? "，已知内容：" + m.bestTextZh() : "") + "。");
                if (t.partial()) {
                    s.append("该措施仅涉及所填行业的一部分。");
                }
                if (!t.decisive()) {
                    s.append("该条未核实（").append(m.ruleConfidence().label("zh")).append("）；若推断的规则成立，结论将为：")
                            .append(t.provisional().label("zh")).append("。");
                }
            }
        }
        for (Condition c : r.conditions()) {
            if (!c.met() && c.fixZh() != null) {
                s.append(en ? " To comply: " + c.fixEn() + "." : " 调整建议：" + c.fixZh() + "。");
            }
        }
        if (r.comparisonVerdict() != null) {
            s.append(en ? " Under " + r.comparisonList() + " the same proposal would be: " + r.comparisonVerdict().label("en") + "."
                    : " 同一方案在 " + r.comparisonList() + " 下：" + r.comparisonVerdict().label("zh") + "。");
        }
        return s.toString();
    }
}
