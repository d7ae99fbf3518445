package org.ftzobservatory.tasks;

/** A plan- or task-level figure the report gives (e.g. Shaanxi: 119 deepening tasks), with its lines; not a ledger row. */
public record TaskReportFact(String id, String scope, String measure, int value, boolean approx, String labelZh,
                             String labelEn, String document, String source) {
}
