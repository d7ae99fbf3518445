package org.ftzobservatory.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Leaf;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;

/**
 * The index arithmetic, without Spring or a database: raw values (zones × indicators, NaN = no value) in, normalised
 * values, weighted scores, ranks and the Monte Carlo rank intervals out. The rules (weights, directions, normalisations,
 * missing-data policies, draws, spread, seed) all come from the {@link Framework}; docs/index.md states the arithmetic.
 */
public final class IndexEngine {

    /** Scores closer than this are tied (sums of the same numbers in another order differ in the last bits). */
    static final double TIE = 1e-12;
    /** How many indicators a zone's "depends on most" names. */
    static final int DEPENDENCES = 3;

    /** How a zone's value of an indicator entered the score. */
    public enum Treatment { USED, EXCLUDED, ZERO, MEAN }

    /** An indicator whose drawn weight moves the zone's rank: {@code correlation} > 0 means more weight, a worse rank. */
    public record Dependence(int indicator, double correlation) {
    }

    /** One zone's outcome; score and ranks are null when none of its indicators has a value. */
    public record ZoneOutcome(Double score, Integer rank, Integer rankP5, Integer rankP95, double[] dimensions,
                              double[] normalised, Treatment[] treatments, List<Dependence> dependsOn) {
    }

    public record Outcome(List<ZoneOutcome> zones, int draws, int widened) {
    }

    private final Framework framework;
    private final List<Leaf> leaves;
    private final int dims;
    private final int[] subOfLeaf;
    private final int[] dimOfSub;
    private final int subs;

    public IndexEngine(Framework framework) {
        this.framework = framework;
        this.leaves = framework.leaves();
        this.dims = framework.dimensions().size();
        int s = 0;
        List<Integer> dimOf = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            for (int k = 0; k < framework.dimensions().get(d).subdimensions().size(); k++) {
                dimOf.add(d);
                s++;
            }
        }
        this.subs = s;
        this.dimOfSub = dimOf.stream().mapToInt(Integer::intValue).toArray();
        this.subOfLeaf = new int[leaves.size()];
        int base = 0;
        int leaf = 0;
        for (Framework.Dimension d : framework.dimensions()) {
            for (Framework.SubDimension sub : d.subdimensions()) {
                for (int i = 0; i < sub.indicators().size(); i++) {
                    subOfLeaf[leaf++] = base;
                }
                base++;
            }
        }
    }

    public List<Leaf> leaves() {
        return leaves;
    }

    /** raw[z][i]: zone z's value of leaf i, NaN when it has none. */
    public Outcome run(double[][] raw) {
        int zones = raw.length;
        int n = leaves.size();
        double[][] norm = new double[zones][n];
        Treatment[][] treat = new Treatment[zones][n];
        double[] column = new double[zones];
        for (int i = 0; i < n; i++) {
            Framework.Indicator ind = leaves.get(i).indicator();
            for (int z = 0; z < zones; z++) {
                column[z] = raw[z][i];
            }
            int actual = present(column);
            Treatment[] t = fillMissing(column, ind.missing());
            if (actual < 2) {
                leaveOut(column, t);
            }
            double[] normalised = normalise(column, ind.normalisation(), ind.direction());
            for (int z = 0; z < zones; z++) {
                norm[z][i] = normalised[z];
                treat[z][i] = t[z];
            }
        }
        // The framework's own weights: the point estimate.
        double[] wDim = new double[dims];
        double[] wSub = new double[subs];
        double[] wLeaf = new double[n];
        baseWeights(wDim, wSub, wLeaf);
        Scorer scorer = new Scorer(norm, zones, n);
        double[] scores = new double[zones];
        double[][] dimScores = new double[zones][dims];
        scorer.score(wDim, wSub, wLeaf, scores, dimScores);
        int[] rank = ranks(scores);

        // Monte Carlo over the weights.
        Framework.Sensitivity sens = framework.sensitivity();
        int draws = sens.draws();
        SplittableRandom random = new SplittableRandom(sens.seed());
        int[][] drawnRanks = new int[zones][draws];
        double[][] rw = new double[zones][n];
        double[] sumW = new double[n];
        double[] sumW2 = new double[n];
        double[] sumR = new double[zones];
        double[] sumR2 = new double[zones];
        double[] dWeights = new double[dims];
        double[] sWeights = new double[subs];
        double[] lWeights = new double[n];
        double[] eff = new double[n];
        double[] drawScores = new double[zones];
        for (int k = 0; k < draws; k++) {
            perturb(random, sens.spread(), wDim, wSub, wLeaf, dWeights, sWeights, lWeights);
            for (int i = 0; i < n; i++) {
                int s = subOfLeaf[i];
                eff[i] = dWeights[dimOfSub[s]] * sWeights[s] * lWeights[i];
                sumW[i] += eff[i];
                sumW2[i] += eff[i] * eff[i];
            }
            scorer.score(dWeights, sWeights, lWeights, drawScores, null);
            int[] r = ranks(drawScores);
            for (int z = 0; z < zones; z++) {
                if (r[z] == 0) {
                    continue;
                }
                drawnRanks[z][k] = r[z];
                double rz = r[z];
                sumR[z] += rz;
                sumR2[z] += rz * rz;
                double[] acc = rw[z];
                for (int i = 0; i < n; i++) {
                    acc[i] += rz * eff[i];
                }
            }
        }
        List<ZoneOutcome> out = new ArrayList<>(zones);
        int widened = 0;
        for (int z = 0; z < zones; z++) {
            if (rank[z] == 0) {
                out.add(new ZoneOutcome(null, null, null, null, dimScores[z], norm[z], treat[z], List.of()));
                continue;
            }
            int[] sorted = drawnRanks[z].clone();
            Arrays.sort(sorted);
            int p5 = sorted[percentileIndex(draws, 0.05)];
            int p95 = sorted[percentileIndex(draws, 0.95)];
            if (rank[z] < p5 || rank[z] > p95) {
                widened++;
            }
            out.add(new ZoneOutcome(scores[z], rank[z], Math.min(p5, rank[z]), Math.max(p95, rank[z]), dimScores[z], norm[z],
                    treat[z], dependences(draws, sumR[z], sumR2[z], rw[z], sumW, sumW2, norm[z])));
        }
        return new Outcome(out, draws, widened);
    }

    /** Nearest-rank percentile: the smallest draw at or below which at least p of the draws lie. */
    static int percentileIndex(int draws, double p) {
        return Math.max(0, (int) Math.ceil(p * draws) - 1);
    }

    private void baseWeights(double[] wDim, double[] wSub, double[] wLeaf) {
        int s = 0;
        int i = 0;
        for (int d = 0; d < dims; d++) {
            Framework.Dimension dim = framework.dimensions().get(d);
            wDim[d] = dim.weight();
            for (Framework.SubDimension sub : dim.subdimensions()) {
                wSub[s++] = sub.weight();
                for (Framework.Indicator ind : sub.indicators()) {
                    wLeaf[i++] = ind.weight();
                }
            }
        }
    }

    /** Each weight times U(1 − spread, 1 + spread), then each group of siblings renormalised to sum to 1. */
    private void perturb(SplittableRandom random, double spread, double[] wDim, double[] wSub, double[] wLeaf,
                         double[] dOut, double[] sOut, double[] lOut) {
        drawGroup(random, spread, wDim, dOut, 0, dims);
        int from = 0;
        for (int d = 0; d < dims; d++) {
            int to = from;
            while (to < subs && dimOfSub[to] == d) {
                to++;
            }
            drawGroup(random, spread, wSub, sOut, from, to);
            from = to;
        }
        from = 0;
        while (from < wLeaf.length) {
            int to = from;
            while (to < wLeaf.length && subOfLeaf[to] == subOfLeaf[from]) {
                to++;
            }
            drawGroup(random, spread, wLeaf, lOut, from, to);
            from = to;
        }
    }

    private static void drawGroup(SplittableRandom random, double spread, double[] in, double[] out, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            out[i] = in[i] * (1 - spread + 2 * spread * random.nextDouble());
            sum += out[i];
        }
        for (int i = from; i < to; i++) {
            out[i] /= sum;
        }
    }

    /**
     * The weighted mean of each zone's normalised values, level by level: an excluded indicator leaves its sub-dimension
     * (the others' weights renormalised), an empty sub-dimension leaves its dimension, an empty dimension the index; NaN
     * when nothing is left. The values are kept indicator by indicator (zones contiguous) with 0 for a missing value and a
     * 0/1 presence mask, so the inner loops run over the zones without branches: one draw is two multiply-adds per zone
     * and indicator.
     */
    private final class Scorer {
        private final double[][] values;
        private final double[][] present;
        private final double[][] subNum;
        private final double[][] subDen;
        private final int zones;

        Scorer(double[][] norm, int zones, int n) {
            this.zones = zones;
            values = new double[n][zones];
            present = new double[n][zones];
            for (int z = 0; z < zones; z++) {
                for (int i = 0; i < n; i++) {
                    boolean has = !Double.isNaN(norm[z][i]);
                    values[i][z] = has ? norm[z][i] : 0;
                    present[i][z] = has ? 1 : 0;
                }
            }
            subNum = new double[subs][zones];
            subDen = new double[subs][zones];
        }

        void score(double[] wDim, double[] wSub, double[] wLeaf, double[] out, double[][] dimOut) {
            for (int s = 0; s < subs; s++) {
                Arrays.fill(subNum[s], 0);
                Arrays.fill(subDen[s], 0);
            }
            for (int i = 0; i < values.length; i++) {
                double w = wLeaf[i];
                double[] v = values[i];
                double[] p = present[i];
                double[] num = subNum[subOfLeaf[i]];
                double[] den = subDen[subOfLeaf[i]];
                for (int z = 0; z < zones; z++) {
                    num[z] += w * v[z];
                    den[z] += w * p[z];
                }
            }
            for (int z = 0; z < zones; z++) {
                double total = 0;
                double totalWeight = 0;
                int s = 0;
                for (int d = 0; d < dims; d++) {
                    double dScore = 0;
                    double dWeight = 0;
                    while (s < subs && dimOfSub[s] == d) {
                        double den = subDen[s][z];
                        if (den > 0) {
                            dScore += wSub[s] * subNum[s][z] / den;
                            dWeight += wSub[s];
                        }
                        s++;
                    }
                    double ds = dWeight > 0 ? dScore / dWeight : Double.NaN;
                    if (dimOut != null) {
                        dimOut[z][d] = ds;
                    }
                    if (dWeight > 0) {
                        total += wDim[d] * ds;
                        totalWeight += wDim[d];
                    }
                }
                out[z] = totalWeight > 0 ? total / totalWeight : Double.NaN;
            }
        }
    }

    /**
     * Competition ranks ("1224"), highest score first: 1 + the number of zones scoring more (beyond the tie tolerance);
     * 0 for a zone without a score. One primitive sort and a binary search per zone: this runs once per draw.
     */
    static int[] ranks(double[] scores) {
        int zones = scores.length;
        double[] sorted = scores.clone();
        Arrays.sort(sorted); // ascending, NaN last
        int scored = 0;
        while (scored < zones && !Double.isNaN(sorted[scored])) {
            scored++;
        }
        int[] rank = new int[zones];
        for (int z = 0; z < zones; z++) {
            double s = scores[z];
            if (Double.isNaN(s)) {
                continue;
            }
            double bound = s + TIE * Math.max(1, Math.abs(s));
            // first index whose value is above the bound
            int lo = 0;
            int hi = scored;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] > bound) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            rank[z] = scored - lo + 1;
        }
        return rank;
    }

    /**
     * A value compares a zone with others only when at least two zones have one: an indicator with fewer than two actual
     * values (counted before the missing-data policy, which fills gaps among data, not a void) is left out for every zone
     * instead of giving one zone an arbitrary mid score or every zone the same filled-in value.
     */
    static void leaveOut(double[] column, Treatment[] t) {
        Arrays.fill(column, Double.NaN);
        Arrays.fill(t, Treatment.EXCLUDED);
    }

    static int present(double[] column) {
        int present = 0;
        for (double v : column) {
            present += Double.isNaN(v) ? 0 : 1;
        }
        return present;
    }

    /** Fills missing values in place as the policy says; returns how each value entered. */
    static Treatment[] fillMissing(double[] column, Missing policy) {
        Treatment[] t = new Treatment[column.length];
        double sum = 0;
        int present = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                sum += v;
                present++;
            }
        }
        for (int z = 0; z < column.length; z++) {
            if (!Double.isNaN(column[z])) {
                t[z] = Treatment.USED;
            } else if (policy == Missing.ZERO) {
                column[z] = 0;
                t[z] = Treatment.ZERO;
            } else if (policy == Missing.MEAN && present > 0) {
                column[z] = sum / present;
                t[z] = Treatment.MEAN;
            } else {
                t[z] = Treatment.EXCLUDED;
            }
        }
        return t;
    }

    /**
     * Normalises the values that are there (NaN stays NaN) so that higher is better: a "lower is better" indicator is
     * negated first. min-max: (x − min) / (max − min), all equal → 0.5; z-score: (x − mean) / population sd, all equal → 0;
     * rank: (average rank − 1) / (n − 1) with ties sharing their average rank, a single value → 0.5.
     */
    static double[] normalise(double[] column, Normalisation how, Direction direction) {
        int zones = column.length;
        double[] x = new double[zones];
        for (int z = 0; z < zones; z++) {
            x[z] = direction == Direction.LOWER ? -column[z] : column[z];
        }
        double[] out = new double[zones];
        Arrays.fill(out, Double.NaN);
        int present = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                present++;
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
        }
        if (present == 0) {
            return out;
        }
        switch (how) {
            case MIN_MAX -> {
                for (int z = 0; z < zones; z++) {
                    if (!Double.isNaN(x[z])) {
                        out[z] = max == min ? 0.5 : (x[z] - min) / (max - min);
                    }
                }
            }
            case Z_SCORE -> {
                double mean = sum / present;
                double ss = 0;
                for (double v : x) {
                    if (!Double.isNaN(v)) {
                        ss += (v - mean) * (v - mean);
                    }
                }
                double sd = Math.sqrt(ss / present);
                for (int z = 0; z < zones; z++) {
                    if (!Double.isNaN(x[z])) {
                        out[z] = sd == 0 ? 0 : (x[z] - mean) / sd;
                    }
                }
            }
            case RANK -> {
                Integer[] order = new Integer[present];
                int k = 0;
                for (int z = 0; z < zones; z++) {
                    if (!Double.isNaN(x[z])) {
                        order[k++] = z;
                    }
                }
                Arrays.sort(order, Comparator.comparingDouble(z -> x[z]));
                int p = 0;
                while (p < present) {
                    int q = p;
                    while (q + 1 < present && x[order[q + 1]] == x[order[p]]) {
                        q++;
                    }
                    double averageRank = (p + q) / 2.0 + 1;
                    for (int r = p; r <= q; r++) {
                        out[order[r]] = present == 1 ? 0.5 : (averageRank - 1) / (present - 1);
                    }
                    p = q + 1;
                }
            }
        }
        return out;
    }

    /**
     * Pearson correlation of the zone's drawn rank with each indicator's drawn weight (dimension × sub-dimension ×
     * indicator), over the indicators the zone has a value for; the strongest few with |r| ≥ 0.1, by size.
     */
    private static List<Dependence> dependences(int draws, double sumR, double sumR2, double[] rw, double[] sumW, double[] sumW2,
                                                double[] values) {
        double varR = sumR2 / draws - (sumR / draws) * (sumR / draws);
        if (varR <= 1e-12) {
            return List.of();
        }
        List<Dependence> all = new ArrayList<>();
        for (int i = 0; i < rw.length; i++) {
            double varW = sumW2[i] / draws - (sumW[i] / draws) * (sumW[i] / draws);
            // An indicator the zone has no value for cannot move its rank directly; its drawn weight only echoes its siblings'.
            if (varW <= 0 || Double.isNaN(values[i])) {
                continue;
            }
            double cov = rw[i] / draws - (sumR / draws) * (sumW[i] / draws);
            double c = cov / Math.sqrt(varR * varW);
            if (Math.abs(c) >= 0.1) {
                all.add(new Dependence(i, Math.max(-1, Math.min(1, c))));
            }
        }
        all.sort(Comparator.comparingDouble((Dependence d) -> -Math.abs(d.correlation())));
        return List.copyOf(all.subList(0, Math.min(DEPENDENCES, all.size())));
    }
}
