package org.ftzobservatory.innovations;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** Counts of the current result set by domain, zone, tag and year, for the facet sidebar. */
public record Facets(List<Count> domain, List<Count> zone, List<Count> tag, List<Count> year) {

    public record Count(String value, Text label, long count) {
    }
}
