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

    /** {@code rows} empty with {@code reason} set when there is nothing to show; {@code framework} names the framework. */
    record Results(Text framework, List<Row> rows, Text reason) {
    }

    Results results(int year);

    IndexSection UNAVAILABLE = year -> new Results(null, List.of(),
            Text.of("本版本中没有评估指数，因此本节没有结果。", "The evaluation index is not available in this build."));
}
