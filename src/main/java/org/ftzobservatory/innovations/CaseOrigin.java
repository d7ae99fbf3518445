package org.ftzobservatory.innovations;

import java.util.Map;

/**
 * Where a library case comes from. {@code report}: the bundled dataset, cited by report lines, replaced by each import.
 * {@code ledger}: published from an innovation record (its source names the record). {@code review}: published from a
 * review-queue draft (its source names the ingested document and span). Platform cases survive every import.
 *
 * @param origin     ledger or review
 * @param source     what the case cites instead of report lines: {@code ledger:RECORD} or {@code review:DOCUMENT:START-END}
 * @param provenance the record and its history, or the document and span, as JSON-ready values (exported with the case)
 */
public record CaseOrigin(String origin, String source, Map<String, Object> provenance) {

    public static final String REPORT = "report";
    public static final String LEDGER = "ledger";
    public static final String REVIEW = "review";

    public static CaseOrigin ledger(long recordId, Map<String, Object> provenance) {
        return new CaseOrigin(LEDGER, LEDGER + ":" + recordId, provenance);
    }

    public static CaseOrigin review(long documentId, int start, int end, Map<String, Object> provenance) {
        return new CaseOrigin(REVIEW, REVIEW + ":" + documentId + ":" + start + "-" + end, provenance);
    }

    /** The id a platform case gets: {@code ledger-12}, {@code review-3}. */
    public static String caseId(String origin, long objectId) {
        return origin + "-" + objectId;
    }
}
