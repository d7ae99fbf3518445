package org.ftzobservatory.kernel;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Turns a record's {@code source} (e.g. {@code ftz-report-2022:98-100}) into the citation a reader sees. Every page renders
 * sources through {@code fragments/cite.html}, which calls this bean, so the citation scheme lives in one place.
 */
@Component("citations")
public class Citations {

    /** The human label of a source; for now the source itself (the section map will give part and section titles). */
    public String label(String source, Locale locale) {
        return source == null ? "" : source;
    }
}
