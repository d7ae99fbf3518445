package org.ftzobservatory.innovations;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** One search result: the case, its relevance score and an HTML snippet with the matched words in {@code <mark>}. */
public record InnovationHit(String id, Text title, List<String> zones, String domain, List<String> tags, Integer year,
                            double score, String snippetHtml, String snippetText) {
}
