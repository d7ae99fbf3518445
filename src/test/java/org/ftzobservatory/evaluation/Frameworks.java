package org.ftzobservatory.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ftzobservatory.evaluation.Framework.Dimension;
import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Indicator;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;
import org.ftzobservatory.evaluation.Framework.Sensitivity;
import org.ftzobservatory.evaluation.Framework.SubDimension;
import org.ftzobservatory.kernel.Text;

/** Frameworks built in code for the engine's tests and the bench: a given tree shape with equal weights. */
public final class Frameworks {

    private Frameworks() {
    }

    public static DataSources sources() {
        return new DataSources(Set.of("trade", "investment", "finance", "supervision", "industry", "factors", "cross-ftz"),
                Set.of("ip-protection", "dispute-resolution", "cross-border-finance"), Set.of("fdi_actual_use_yoy", "trade_total_yoy"));
    }

    public static Indicator indicator(String id, double weight, Direction dir, Normalisation norm, Missing missing) {
        return new Indicator(id, Text.of(id, id), weight, dir, norm, missing, Formula.parse("best_practice_cases_originated"), null);
    }

    /** dims × subs × indicators, equal weights, every indicator min-max, higher is better, with the given missing policy. */
    public static Framework equal(int dims, int subs, int indicators, Missing missing, int draws, long seed) {
        List<Dimension> ds = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < dims; d++) {
            List<SubDimension> ss = new ArrayList<>();
            for (int s = 0; s < subs; s++) {
                List<Indicator> is = new ArrayList<>();
                for (int i = 0; i < indicators; i++) {
                    is.add(indicator("i" + n++, 1.0 / indicators, Direction.HIGHER, Normalisation.MIN_MAX, missing));
                }
                ss.add(new SubDimension("d" + d + "s" + s, Text.of("s", "s"), 1.0 / subs, is));
            }
            ds.add(new Dimension("d" + d, Text.of("d", "d"), 1.0 / dims, ss));
        }
        return new Framework("test", "1", "2026-12-06", Text.of("t", "t"), Text.of("r", "r"), List.of("ftz-report-2022:1-2"),
                new Sensitivity(draws, 0.2, seed), ds, "");
    }

    /** One dimension, one sub-dimension, the given indicators. */
    public static Framework flat(List<Indicator> indicators, int draws, long seed) {
        SubDimension s = new SubDimension("s", Text.of("s", "s"), 1, indicators);
        return new Framework("test", "1", "2026-12-06", Text.of("t", "t"), Text.of("r", "r"), List.of("ftz-report-2022:1-2"),
                new Sensitivity(draws, 0.2, seed), List.of(new Dimension("d", Text.of("d", "d"), 1, List.of(s))), "");
    }
}
