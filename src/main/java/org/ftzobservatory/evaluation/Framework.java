package org.ftzobservatory.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.ftzobservatory.kernel.Text;

/**
 * An evaluation framework as its file states it: the tree dimension → sub-dimension → indicator with weights (each
 * level's weights sum to 1), and for each indicator its direction, normalisation, missing-data policy and formula.
 * {@code content} is the file's text as read, so a stored framework is the file an official uploaded.
 */
public record Framework(String id, String version, String date, Text title, Text rationale, List<String> sources,
                        Sensitivity sensitivity, List<Dimension> dimensions, String content) {

    /** Weights of one level may miss 1 by this much (authors write thirds as 0.333). */
    public static final double WEIGHT_TOLERANCE = 0.001;

    /** Monte Carlo of the weights: each weight times a factor drawn uniformly from [1 − spread, 1 + spread]. */
    public record Sensitivity(int draws, double spread, long seed) {
    }

    public record Dimension(String id, Text name, double weight, List<SubDimension> subdimensions) {
    }

    public record SubDimension(String id, Text name, double weight, List<Indicator> indicators) {
    }

    public enum Direction { HIGHER, LOWER }

    public enum Normalisation {
        MIN_MAX("min-max"), Z_SCORE("z-score"), RANK("rank");

        public final String id;

        Normalisation(String id) {
            this.id = id;
        }

        public static Normalisation of(String id) {
            for (Normalisation n : values()) {
                if (n.id.equals(id)) {
                    return n;
                }
            }
            return null;
        }
    }

    public enum Missing { EXCLUDE, ZERO, MEAN }

    public record Indicator(String id, Text name, double weight, Direction direction, Normalisation normalisation,
                            Missing missing, Formula formula, Text note) {
    }

    /** An indicator with where it sits in the tree (indexes into dimensions and sub-dimensions). */
    public record Leaf(Indicator indicator, int dimension, int subdimension, Dimension dim, SubDimension sub) {
        /** Its weight in the whole index: dimension × sub-dimension × indicator. */
        public double effectiveWeight() {
            return dim.weight() * sub.weight() * indicator.weight();
        }
    }

    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dim = dimensions.get(d);
            for (int s = 0; s < dim.subdimensions().size(); s++) {
                SubDimension sub = dim.subdimensions().get(s);
                for (Indicator i : sub.indicators()) {
                    out.add(new Leaf(i, d, s, dim, sub));
                }
            }
        }
        return out;
    }
}
