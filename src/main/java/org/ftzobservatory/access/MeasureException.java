package org.ftzobservatory.access;

import java.util.List;

/** An activity the measure's own text excludes (e.g. 电子商务 from the value-added telecom cap). */
public record MeasureException(String textZh, List<String> keywords) {
}
