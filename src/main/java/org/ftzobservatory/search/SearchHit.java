package org.ftzobservatory.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One hit of the cross-type search; the shape is the CLI's JSON contract ({@code ftz search … --format json}). The
 * snippet with the query's words marked is for the HTML page only.
 */
public record SearchHit(String type, String id, String titleZh, String titleEn, List<String> zones, double score, String snippet,
                        @JsonIgnore String snippetHtml, @JsonIgnore String snippetEnHtml) {

    /** The snippet for a page in the given language: English pages show the one cut from the English summary. */
    public String snippetFor(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? snippetEnHtml : snippetHtml;
    }

    /** The page a reader opens for this hit. */
    @JsonIgnore
    public String href() {
        return switch (type) {
            case "innovation" -> "/innovations/" + id;
            case "document" -> "/documents/" + id;
            default -> "/chronicle#" + id;
        };
    }
}
