package org.ftzobservatory.review;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ftzobservatory.extraction.Extraction;
import org.ftzobservatory.extraction.Mentions;
import org.ftzobservatory.extraction.Span;

/** A candidate about to be stored: its type, span and the value the extractor found (the JSON stored in {@code value}). */
record NewCandidate(String type, String raw, Map<String, Object> value, int start, int end) {

    /**
     * Every candidate of an extraction, in text order, with every key the extractor gives (a date's {@code resolved} and
     * {@code resolved_from}, an amount's or percent's {@code qualifier}: null when there is none). A date range gives its
     * two dates over one span; case boxes come
     * from the structure elements (headings are left out: they group candidates but are no facts).
     */
    static List<NewCandidate> of(Extraction x) {
        List<NewCandidate> out = new ArrayList<>(x.size());
        for (Mentions.DocNumber d : x.docNumbers()) {
            out.add(at("doc_number", d.span(), "normalized", d.number().normalized(), "issuer", d.number().issuer(),
                    "year", d.number().year(), "serial", d.number().serial()));
        }
        for (Mentions.Date d : x.dates()) {
            out.add(at("date", d.span(), "value", d.value(), "approx", d.approx(), "role", d.role().name().toLowerCase(),
                    "resolved", d.resolved(), "resolved_from", d.resolvedFrom()));
        }
        for (Mentions.Amount a : x.amounts()) {
            out.add(at("amount", a.span(), "value", plain(a.value()), "currency", a.currency(), "approx", a.approx(),
                    "qualifier", a.qualifier()));
        }
        for (Mentions.Percent p : x.percents()) {
            out.add(at("percent", p.span(), "value", plain(p.value()), "unit", p.unit(), "approx", p.approx(),
                    "qualifier", p.qualifier()));
        }
        for (Mentions.Count c : x.counts()) {
            out.add(at("count", c.span(), "value", c.value(), "unit", c.unit(), "noun", c.noun(), "approx", c.approx()));
        }
        for (Mentions.Zone z : x.zones()) {
            out.add(at("zone", z.span(), "ftz", z.ftz(), "subzone", z.subzone()));
        }
        for (Mentions.Structure s : x.structure()) {
            if (s.kind().equals("case_box")) {
                out.add(at("case_box", s.span(), "label", s.label(), "title",
                        s.title() != null ? s.title() : titleAfter(x.original(), s.span().end())));
            }
        }
        out.sort(Comparator.comparingInt(NewCandidate::start).thenComparingInt(NewCandidate::end));
        return out;
    }

    /**
     * A case box's provisional title when the extractor found none (the report's PDF text puts "3-1 专栏" on a line of its
     * own): the rest of its line, else the text that follows up to the first 。, at most 60 characters. The curator
     * edits it when it is wrong.
     */
    static String titleAfter(String text, int from) {
        int eol = text.indexOf('\n', from);
        String line = text.substring(from, eol < 0 ? text.length() : eol).strip();
        String t = line;
        if (t.isEmpty()) {
            String rest = text.substring(from, Math.min(text.length(), from + 400)).replaceAll("[\\s\u3000]+", "");
            int stop = rest.indexOf('。');
            t = stop >= 0 ? rest.substring(0, stop) : rest;
        }
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private static NewCandidate at(String type, Span span, Object... keysAndValues) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            v.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new NewCandidate(type, span.raw(), v, span.start(), span.end());
    }

    /** A whole number as a long, otherwise a plain decimal: 213000000000, never 2.13E+11. */
    static Number plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            BigInteger i = s.toBigIntegerExact();
            return i.bitLength() < 63 ? (Number) i.longValue() : i;
        }
        return new BigDecimal(s.toPlainString());
    }
}
