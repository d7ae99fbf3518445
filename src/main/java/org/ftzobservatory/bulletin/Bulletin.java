package org.ftzobservatory.bulletin;

import java.util.List;

/**
 * A supervision bulletin (调度通报) as the engine renders it, whatever ledger it comes from (replication tasks, pilot
 * tasks): a title, a lead line, an optional synthetic-data notice (Markdown), a summary line and sections of table rows.
 */
public record Bulletin(String title, String lead, String syntheticNotice, String summary, List<Section> sections) {

    /** A titled table; an empty one prints "none". */
    public record Section(String title, List<String> headers, List<List<String>> rows) {
    }
}
