package org.ftzobservatory.review;

import java.util.List;

/** The kinds of fact candidate the review queue holds, and the decisions a curator can make on one. */
public final class FactTypes {

    public static final List<String> TYPES = List.of("doc_number", "date", "amount", "percent", "count", "zone", "case_box");
    public static final List<String> STATUSES = List.of("pending", "accepted", "edited", "rejected");
    /** Decision actions and the status each leads to. */
    public static final List<String> ACTIONS = List.of("accept", "edit", "reject");

    private FactTypes() {
    }

    static String statusAfter(String action) {
        return switch (action) {
            case "accept" -> "accepted";
            case "edit" -> "edited";
            case "reject" -> "rejected";
            default -> throw new IllegalArgumentException(action);
        };
    }
}
