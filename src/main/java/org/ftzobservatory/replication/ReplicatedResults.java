package org.ftzobservatory.replication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.InnovationService;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.Text;
import org.springframework.stereotype.Component;

/**
 * The report's measured results of replicated items, joined to the library cases that hold their figures. A result in
 * report-facts.yaml is only a link (field heading, region, lines, {@code case}); the figures and the summary have one
 * home, the case (whose metrics in turn link to the statistics), so the replication page and the case page cannot
 * disagree.
 */
@Component
public class ReplicatedResults {

    /** A result with its case; {@code innovation} is empty only while the dataset is not imported. */
    public record Result(String id, Text field, String region, String caseId, Optional<Innovation> innovation, String source) {
    }

    private final ReportFacts facts;
    private final InnovationService innovations;

    public ReplicatedResults(ReportFacts facts, InnovationService innovations) {
        this.facts = facts;
        this.innovations = innovations;
    }

    /** The report facts as the file gives them (mechanisms, flows, result links, totals). */
    public Map<String, Object> reportFacts() {
        return facts.all();
    }

    public List<Result> all() {
        List<Result> out = new ArrayList<>();
        for (Map<String, Object> r : facts.list("results")) {
            String caseId = String.valueOf(r.get("case"));
            @SuppressWarnings("unchecked")
            Map<String, Object> src = (Map<String, Object>) r.get("source");
            out.add(new Result(String.valueOf(r.get("id")), Text.of(str(r.get("field_zh")), str(r.get("field_en"))),
                    str(r.get("region")), caseId, find(caseId), src.get("doc") + ":" + src.get("lines")));
        }
        return out;
    }

    /** The report facts for the API, each result carrying its case's title and figures (read from the case, not copied). */
    public Map<String, Object> reportFactsWithCases() {
        Map<String, Object> out = new LinkedHashMap<>(facts.all());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Map<String, Object> r : facts.list("results")) {
            Map<String, Object> row = new LinkedHashMap<>(r);
            find(String.valueOf(r.get("case"))).ifPresent(i -> {
                row.put("case_title_zh", i.title().zh());
                row.put("case_title_en", i.title().en());
                row.put("metrics", i.metrics().stream().map(ReplicatedResults::metric).toList());
            });
            results.add(row);
        }
        out.put("results", results);
        return out;
    }

    private static Map<String, Object> metric(Innovation.Metric m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quantity_zh", m.quantity().zh());
        out.put("quantity_en", m.quantity().en());
        out.put("unit", m.unit());
        out.put("before", m.before());
        out.put("after", m.after());
        out.put("change_pct", m.changePct());
        out.put("raw", m.raw());
        out.put("scope_en", m.scope() == null ? null : m.scope().en());
        return out;
    }

    private Optional<Innovation> find(String id) {
        try {
            return Optional.of(innovations.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
