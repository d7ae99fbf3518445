package org.ftzobservatory.report;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/**
 * Where the report's evaluation-index section gets its results. The index is built in its own package
 * ({@code org.ftzobservatory.evaluation.EvaluationIndex}); a bean implementing this interface adapts it. Without one the
 * report uses {@link #UNAVAILABLE} and the section says plainly that this build has no index.
 */
public interface IndexSection {

    /** One zone's result: score, point rank and the 5th–95th percentile rank interval under perturbed weights. */
    record Row(String zone, double score, int rank, int rankP5, int rankP95) {
    }

    /**
     * {@code framework} names the framework; {@code rows} empty means nothing to show, and {@code reason} then says why
     * (null: the section's own {@code missing} sentence of data/report/annual-report.yaml).
     */
    record Results(Text framework, List<Row> rows, Text reason) {
    }

    Results results(int year);

    /** No index in this build: the section prints its `missing` sentence ("not available in this build"). */
    IndexSection UNAVAILABLE = year -> new Results(null, List.of(), null);
}
