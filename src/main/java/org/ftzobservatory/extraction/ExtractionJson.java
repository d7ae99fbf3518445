package org.ftzobservatory.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape other tools consume (issue #4): source, chars, doc_numbers, dates, amounts, percents, counts, zones;
 * {@code start}/{@code end} are offsets in the original text. Numbers are written plainly (213000000000, never 2.13E+11).
 * Issue 13 added keys, never removed one: a date's {@code resolved} and {@code resolved_from} (null unless it was printed
 * without a year and something dated it), an amount's and a percent's {@code qualifier} (以上, 超过 …; null when none).
 */
public final class ExtractionJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ExtractionJson() {
    }

    public static Map<String, Object> toMap(Extraction x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", x.source());
        m.put("chars", x.original().length());
        m.put("doc_numbers", rows(x.docNumbers(), d -> {
            Map<String, Object> r = start(d.span());
            r.put("issuer", d.number().issuer());
            r.put("year", d.number().year());
            r.put("serial", d.number().serial());
            r.put("normalized", d.number().normalized());
            return end(r, d.span());
        }));
        m.put("dates", rows(x.dates(), d -> {
            Map<String, Object> r = start(d.span());
            r.put("value", d.value());
            r.put("resolved", d.resolved());
            r.put("resolved_from", d.resolvedFrom());
            return end(r, d.span());
        }));
        m.put("amounts", rows(x.amounts(), a -> {
            Map<String, Object> r = start(a.span());
            r.put("value", plain(a.value()));
            r.put("currency", a.currency());
            r.put("approx", a.approx());
            r.put("qualifier", a.qualifier());
            return end(r, a.span());
        }));
        m.put("percents", rows(x.percents(), p -> {
            Map<String, Object> r = start(p.span());
            r.put("value", plain(p.value()));
            r.put("unit", p.unit());
            r.put("qualifier", p.qualifier());
            return end(r, p.span());
        }));
        m.put("counts", rows(x.counts(), c -> {
            Map<String, Object> r = start(c.span());
            r.put("value", c.value());
            r.put("unit", c.unit());
            r.put("noun", c.noun());
            return end(r, c.span());
        }));
        m.put("zones", rows(x.zones(), z -> {
            Map<String, Object> r = start(z.span());
            r.put("ftz", z.ftz());
            r.put("subzone", z.subzone());
            return end(r, z.span());
        }));
        return m;
    }

    public static String write(Extraction x) {
        return JSON.writeValueAsString(toMap(x));
    }

    /** A whole number as a long (BigInteger beyond), otherwise a plain BigDecimal. */
    static Number plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            java.math.BigInteger i = s.toBigIntegerExact();
            return i.bitLength() < 63 ? (Number) i.longValue() : i;
        }
        return new BigDecimal(s.toPlainString());
    }

    private static Map<String, Object> start(Span s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("raw", s.raw());
        return r;
    }

    private static Map<String, Object> end(Map<String, Object> r, Span s) {
        r.put("start", s.start());
        r.put("end", s.end());
        return r;
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, java.util.function.Function<T, Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(f.apply(t));
        }
        return out;
    }
}
