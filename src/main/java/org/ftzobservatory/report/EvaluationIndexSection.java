package org.ftzobservatory.report;

import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.evaluation.EvaluationIndex;
import org.ftzobservatory.evaluation.IndexRun;
import org.ftzobservatory.kernel.Text;
import org.springframework.stereotype.Component;

/**
 * The report's index section from the evaluation index: the default framework at FTZ level for the report's year. Zones
 * the index cannot rank (no value for any indicator) are left out of the rows, as on /index; a run that rests on the
 * simulated demo ledgers says so in the framework's name, so the report labels it synthetic as the index page does.
 */
@Component
class EvaluationIndexSection implements IndexSection {

    private final EvaluationIndex index;

    EvaluationIndexSection(EvaluationIndex index) {
        this.index = index;
    }

    @Override
    public Results results(int year) {
        IndexRun run = index.run(year, "ftz", index.defaultFramework());
        List<Row> rows = new ArrayList<>();
        for (IndexRun.ZoneResult z : run.results()) {
            if (z.score() != null && z.rank() != null) {
                rows.add(new Row(z.id(), z.score(), z.rank(), z.rankP5(), z.rankP95()));
            }
        }
        rows.sort(java.util.Comparator.comparingInt(Row::rank));
        Text name = run.frameworkTitle();
        if (run.synthetic()) {
            name = Text.of(name.zh() + "（含合成演示数据 synthetic）", name.en() + " (includes synthetic demo data)");
        }
        return new Results(name, rows, rows.isEmpty()
                ? Text.of(year + " 年没有可排名的自贸试验区：各指标均无数据。", "No FTZ can be ranked for " + year + ": no indicator has data.")
                : null);
    }
}
