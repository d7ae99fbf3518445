package org.ftzobservatory.statistics;

import org.ftzobservatory.kernel.Text;

/** A headline figure of the home page: the statistic and the plain label data/headlines.yaml gives it. */
public record Headline(Statistic statistic, Text label) {
}
