package org.ftzobservatory.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small read models shared by the API and the pages. */
final class NegativeListViews {

    private NegativeListViews() {
    }

    static Map<String, Object> listSummary(NegativeList l, List<NegativeListMeasure> measures) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", l.id());
        out.put("kind", l.kind());
        out.put("title_zh", l.titleZh());
        out.put("title_en", l.titleEn());
        out.put("instrument", l.instrument());
        out.put("issued", l.issued());
        out.put("effective", l.effective());
        out.put("official_count", l.officialCount());
        out.put("measures_in_data", measures.size());
        out.put("with_text", measures.stream().filter(m -> m.textZh() != null).count());
        Map<String, Long> byConfidence = new LinkedHashMap<>();
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (Verification v : Verification.values()) {
            byConfidence.put(v.id(), measures.stream().filter(m -> m.confidence() == v).count());
            byRule.put(v.id(), measures.stream().filter(m -> m.ruleConfidence() == v).count());
        }
        out.put("text_confidence", byConfidence);
        out.put("rule_confidence", byRule);
        out.put("status_zh", l.statusZh());
        out.put("status_en", l.statusEn());
        out.put("source", l.source());
        out.put("in_force_until", l.inForceUntil());
        out.put("source_zh", l.sourceZh());
        out.put("source_en", l.sourceEn());
        return out;
    }
}
