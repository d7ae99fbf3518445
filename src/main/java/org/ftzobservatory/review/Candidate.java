package org.ftzobservatory.review;

import java.time.OffsetDateTime;
import java.util.Map;

/** A stored fact candidate with its span in the document's original text and the curator's decision, if any. */
public record Candidate(long id, long documentId, String type, String raw, Map<String, Object> value, int start, int end,
                        String status, int version, String decidedBy, OffsetDateTime decidedAt, Map<String, Object> accepted) {

    public boolean pending() {
        return status.equals("pending");
    }

    /** The value to show: the accepted one once decided, else the extractor's; as one short line. */
    public String display() {
        Map<String, Object> v = accepted != null ? accepted : value;
        return switch (type) {
            case "doc_number" -> String.valueOf(v.get("normalized"));
            case "amount" -> v.get("value") + " " + v.get("currency") + qualifier(v) + (Boolean.TRUE.equals(v.get("approx")) ? " ≈" : "");
            case "percent" -> v.get("value") + " " + v.get("unit") + qualifier(v);
            case "count" -> v.get("value") + " " + v.get("unit") + (v.get("noun") != null ? " " + v.get("noun") : "");
            case "zone" -> v.get("ftz") + (v.get("subzone") != null ? "/" + v.get("subzone") : "");
            case "case_box" -> v.get("label") + " " + (v.get("title") == null ? "" : v.get("title"));
            case "date" -> v.get("resolved") != null ? v.get("value") + " → " + v.get("resolved") + " (" + v.get("resolved_from") + ")"
                    : String.valueOf(v.get("value"));
            default -> String.valueOf(v.get("value"));
        };
    }

    /** The bound printed with the figure (以上, 超过 …), or nothing. */
    private static String qualifier(Map<String, Object> v) {
        return v.get("qualifier") instanceof String q && !q.isBlank() ? " " + q : "";
    }

    /** The unit (units.yaml) a figure's statistic is in: its currency, % or pp, or count; null for other types. */
    public String figureUnit() {
        Map<String, Object> v = accepted != null ? accepted : value;
        return switch (type) {
            case "amount" -> String.valueOf(v.get("currency"));
            case "percent" -> String.valueOf(v.get("unit"));
            case "count" -> "count";
            default -> null;
        };
    }

    /** Whether accepting this candidate can publish a figure (amount, percent, count). */
    public boolean figure() {
        return type.equals("amount") || type.equals("percent") || type.equals("count");
    }
}
