package org.ftzobservatory.innovations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.ftzobservatory.kernel.Text;

/**
 * One search result: the case, its relevance score and an HTML snippet with the matched words in {@code <mark>}, cut
 * from the summary in the query's language; pages in English show {@code snippetEnHtml}, cut from the English summary.
 */
public record InnovationHit(String id, Text title, List<String> zones, String domain, List<String> tags, Integer year,
                            double score, String snippetHtml, String snippetText, @JsonIgnore String snippetEnHtml) {

    /** The snippet for a page in the given language. */
    public String snippetFor(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && snippetEnHtml != null ? snippetEnHtml : snippetHtml;
    }
}
