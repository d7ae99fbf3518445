package org.ftzobservatory.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ftzobservatory.documents.DocumentNumber;
import org.ftzobservatory.documents.InvalidDocumentNumberException;
import org.ftzobservatory.kernel.BadRequestException;

/**
 * A curator's edit applied to an extracted value. The edit is either a whole JSON object, whose keys replace the extracted
 * ones, or a single value (what a form field gives): the 文号 text, the date, the number, the zone id or the case title.
 * The result is checked per type; anything unusable is a 400 naming {@code value}.
 */
final class ValueEdits {

    private ValueEdits() {
    }

    static Map<String, Object> apply(String type, Map<String, Object> extracted, Object edit) {
        if (edit == null || (edit instanceof String s && s.isBlank())) {
            throw new BadRequestException("value", "an edit needs the new value");
        }
        Map<String, Object> v = new LinkedHashMap<>(extracted);
        if (edit instanceof Map<?, ?> m) {
            m.forEach((k, x) -> v.put(String.valueOf(k), x));
        } else {
            v.put(mainKey(type), edit instanceof String s ? s.trim() : edit);
        }
        return check(type, v);
    }

    private static String mainKey(String type) {
        return switch (type) {
            case "doc_number" -> "normalized";
            case "zone" -> "ftz";
            case "case_box" -> "title";
            default -> "value";
        };
    }

    private static Map<String, Object> check(String type, Map<String, Object> v) {
        switch (type) {
            case "doc_number" -> {
                try {
                    DocumentNumber n = DocumentNumber.parse(String.valueOf(v.get("normalized")));
                    v.put("normalized", n.normalized());
                    v.put("issuer", n.issuer());
                    v.put("year", n.year());
                    v.put("serial", n.serial());
                } catch (InvalidDocumentNumberException e) {
                    throw new BadRequestException("value", e.getMessage());
                }
            }
            case "date" -> {
                String d = String.valueOf(v.get("value"));
                if (!d.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
                    throw new BadRequestException("value", "a date is YYYY, YYYY-MM or YYYY-MM-DD, got '" + d + "'");
                }
            }
            case "amount", "percent", "count" -> {
                BigDecimal n = number(v.get("value"));
                if (type.equals("count") && (n.signum() < 0 || n.stripTrailingZeros().scale() > 0)) {
                    throw new BadRequestException("value", "a count is a whole number, got '" + v.get("value") + "'");
                }
                v.put("value", NewCandidate.plain(n));
                String unitKey = type.equals("amount") ? "currency" : "unit";
                if (!(v.get(unitKey) instanceof String u) || u.isBlank()) {
                    throw new BadRequestException("value", unitKey + " is required");
                }
            }
            case "zone" -> {
                if (!(v.get("ftz") instanceof String z) || !z.matches("[a-z][a-z0-9_-]{1,40}")) {
                    throw new BadRequestException("value", "a zone is an FTZ id such as shanghai, got '" + v.get("ftz") + "'");
                }
            }
            case "case_box" -> {
                if (!(v.get("title") instanceof String t) || t.isBlank() || t.length() > 500) {
                    throw new BadRequestException("value", "a case box needs a title of 1-500 characters");
                }
            }
            default -> throw new BadRequestException("type", "unknown type " + type);
        }
        return v;
    }

    static BigDecimal number(Object o) {
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(String.valueOf(o).trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException("value", "must be a number, got '" + o + "'");
        }
    }
}
