package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer as JSON (CLI and API share it). The first six keys are the contract other tools consume: location, list,
 * verdict, measures, conditions, comparison; the explanation, notices and proposal follow. The shape is the same for every
 * verdict.
 */
public final class AccessResultView {

    /** Keeps null values: the application's mapper drops them, but absent keys would break the fixed shape. */
    private static final JsonMapper KEEP_NULLS = JsonMapper.builder().build();

    private AccessResultView() {
    }

    /** The answer as a JSON tree whose null values survive any mapper's inclusion settings. */
    public static JsonNode tree(AccessResult r) {
        return tree(r, r.policy());
    }

    public static Map<String, Object> json(AccessResult r) {
        return json(r, r.policy());
    }

    public static JsonNode tree(AccessResult r, CheckPolicy policy) {
        return KEEP_NULLS.valueToTree(json(r, policy));
    }

    public static Map<String, Object> json(AccessResult r, CheckPolicy policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("location", r.proposal().location());
        out.put("list", r.list().id());
        out.put("verdict", r.verdict().id());
        List<Map<String, Object>> measures = new ArrayList<>();
        for (TriggeredMeasure t : r.measures()) {
            NegativeListMeasure m = t.measure();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("list", m.list());
            e.put("seq", m.seq());
            e.put("kinds", t.rule().kinds() == null ? null : t.rule().kinds().stream().map(MeasureKind::id).toList());
            e.put("text_zh", m.textZh());
            e.put("text_status", m.textStatus());
            e.put("text_partial_zh", m.textZh() == null ? m.bestTextZh() : null);
            e.put("summary_en", m.summaryEn());
            e.put("scope_zh", t.rule().scopeZh());
            e.put("scope_en", t.rule().scopeEn());
            e.put("confidence", m.confidence().id());
            e.put("rule_confidence", m.ruleConfidence().id());
            e.put("decisive", t.decisive());
            e.put("provisional_verdict", t.decisive() ? null : t.provisional().id());
            e.put("match", t.partial() ? "partial" : "full");
            e.put("match_note", t.matchNote());
            e.put("basis", t.basis());
            e.put("derived_from", t.derivedFrom() == null ? null : Map.of("list", r.list().derivedFrom().list(), "seq", t.derivedFrom()));
            e.put("conditional", t.conditional());
            measures.add(e);
        }
        out.put("measures", measures);
        List<Map<String, Object>> conditions = new ArrayList<>();
        for (Condition c : r.conditions()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", c.kind());
            e.put("limit", c.limit());
            e.put("actual", c.actual());
            e.put("operator", c.operator());
            e.put("met", c.met());
            e.put("fix_zh", c.met() ? null : c.fixZh());
            e.put("fix_en", c.met() ? null : c.fixEn());
            e.put("list", c.list());
            e.put("seq", c.seq());
            e.put("conditional", c.conditional());
            e.put("applies_if", c.conditional() ? Map.of("zh", c.ifZh(), "en", c.ifEn()) : null);
            conditions.add(e);
        }
        out.put("conditions", conditions);
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("list", r.comparisonList());
        comparison.put("verdict", r.comparisonVerdict() == null ? null : r.comparisonVerdict().id());
        out.put("comparison", comparison);
        out.put("explanation", Map.of("zh", AccessExplanation.explain(r, policy, "zh"), "en", AccessExplanation.explain(r, policy, "en")));
        out.put("national_treatment", r.nationalTreatment());
        List<Map<String, Object>> notices = new ArrayList<>();
        for (Notice n : r.notices()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", n.kind());
            e.put("zh", n.zh());
            e.put("en", n.en());
            e.put("source", n.source());
            notices.add(e);
        }
        out.put("notices", notices);
        out.put("list_status", Map.of("zh", r.list().statusZh(), "en", r.list().statusEn()));
        out.put("basis", r.basis());
        out.put("answer", Map.of("zh", AccessExplanation.answer(r, policy, "zh"), "en", AccessExplanation.answer(r, policy, "en")));
        out.put("date", r.date().toString());
        out.put("edition", Map.of("list", r.list().id(), "effective", r.list().effective(), "in_force_until",
                r.list().inForceUntil() == null ? "" : r.list().inForceUntil(), "zh", AccessExplanation.edition(r, policy, "zh"),
                "en", AccessExplanation.edition(r, policy, "en")));
        return out;
    }
}
