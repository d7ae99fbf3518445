package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;

/** Every candidate of an extraction as one flat row (type, span, value), as the quality sample stores them. */
record Candidates(String type, int start, int end, String raw, String value) {

    static final List<String> TYPES = List.of("doc_number", "date", "amount", "percent", "count", "zone");

    static List<Candidates> of(Extraction x) {
        List<Candidates> out = new ArrayList<>();
        x.docNumbers().forEach(d -> out.add(row("doc_number", d.span(), d.number().normalized())));
        // a range's two ends share one span: one candidate row each, told apart by value
        x.dates().forEach(d -> out.add(row("date", d.span(), d.value() + (d.approx() ? "~" : ""))));
        x.amounts().forEach(a -> out.add(row("amount", a.span(), ExtractionJson.plain(a.value()) + " " + a.currency() + (a.approx() ? " ~" : ""))));
        x.percents().forEach(p -> out.add(row("percent", p.span(), ExtractionJson.plain(p.value()) + " " + p.unit())));
        x.counts().forEach(c -> out.add(row("count", c.span(), c.value() + " " + c.unit() + " " + c.noun())));
        x.zones().forEach(z -> out.add(row("zone", z.span(), z.ftz() + (z.subzone() == null ? "" : "/" + z.subzone()))));
        return out;
    }

    private static Candidates row(String type, Span s, String value) {
        return new Candidates(type, s.start(), s.end(), s.raw(), value);
    }

    String key() {
        return type + "|" + start + "|" + end + "|" + value;
    }
}
