package org.ftzobservatory.chronicle;

import java.util.List;

import org.ftzobservatory.kernel.Text;

/** An event of the report's 大事记; {@code seq} keeps the report's own order, {@code date} the real one. */
public record ChronicleEvent(String id, int seq, String date, String endDate, Text title, Text summary, List<String> actors,
                             List<DocumentLink> documents, List<String> zones, String source) {

    public record DocumentLink(String id, String number, Text title) {
    }
}
