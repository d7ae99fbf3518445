package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The diff of two lists as JSON (CLI and API) and as text lines. */
public final class ListDiffView {

    private ListDiffView() {
    }

    public static ListDiff.Result diff(NegativeListService lists, String from, String to) {
        return diff(lists.data(), from, to);
    }

    static ListDiff.Result diff(NegativeListData data, String from, String to) {
        return ListDiff.diff(measures(data, from), measures(data, to), from, to, data.scoring());
    }

    private static List<NegativeListMeasure> measures(NegativeListData data, String list) {
        return data.measures().stream().filter(m -> m.list().equals(list)).toList();
    }

    public static Map<String, Object> json(NegativeListService lists, String from, String to) {
        return json(lists.data(), lists.classification(), from, to);
    }

    /** The diff of two lists of {@code data}, e.g. the bundled files read without a database. */
    public static Map<String, Object> json(NegativeListData data, IndustryClassification gbt, String from, String to) {
        ListDiff.Result d = diff(data, from, to);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from);
        out.put("to", to);
        out.put("summary", d.summary());
        List<Map<String, Object>> sections = new ArrayList<>();
        d.bySection().forEach((section, rows) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            IndustryCode code = gbt.get(section);
            s.put("section", section);
            boolean known = !section.equals(ListDiff.SECTION_NOT_KNOWN);
            s.put("name_zh", code != null ? code.nameZh() : known ? null : "门类未能确定（来源不足）");
            s.put("name_en", code != null ? code.nameEn() : known ? null : "section not settled by the sources");
            List<Map<String, Object>> rs = new ArrayList<>();
            for (ListDiff.Row r : rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("change", r.change().id());
                row.put("from", side(r.from()));
                row.put("to", side(r.to()));
                row.put("note", r.note());
                rs.add(row);
            }
            s.put("rows", rs);
            sections.add(s);
        });
        out.put("sections", sections);
        return out;
    }

    private static Map<String, Object> side(NegativeListMeasure m) {
        if (m == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("seq", m.seq());
        s.put("text_zh", m.textZh());
        s.put("text_partial_zh", m.textZh() == null ? m.bestTextZh() : null);
        s.put("summary_en", m.summaryEn());
        s.put("kinds", m.kinds() == null ? null : m.kinds().stream().map(MeasureKind::id).toList());
        s.put("confidence", m.confidence().id());
        s.put("rule_confidence", m.ruleConfidence().id());
        return s;
    }

    @SuppressWarnings("unchecked")
    public static List<String> textLines(Map<String, Object> json) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) json.get("sections")) {
            lines.add(s.get("section") + " " + (s.get("name_zh") == null ? "" : s.get("name_zh")));
            for (Map<String, Object> r : (List<Map<String, Object>>) s.get("rows")) {
                Map<String, Object> f = (Map<String, Object>) r.get("from");
                Map<String, Object> t = (Map<String, Object>) r.get("to");
                lines.add(String.format("  %-10s %4s -> %-4s %s", r.get("change"), f == null ? "-" : f.get("seq"),
                        t == null ? "-" : t.get("seq"), f != null ? f.get("summary_en") : t.get("summary_en")));
            }
        }
        return lines;
    }
}
