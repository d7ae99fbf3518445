package org.ftzobservatory.innovations;

import java.math.BigDecimal;
import java.util.List;

import org.ftzobservatory.kernel.Text;

/**
 * An institutional innovation (制度创新成果): a local reform with its mechanism, actors, platforms and before/after figures.
 * {@code origin} says where it comes from ({@link CaseOrigin}: report, ledger or review); {@code source} is the report
 * lines of a report case, {@code ledger:RECORD} or {@code review:DOCUMENT:START-END} of a platform case.
 */
public record Innovation(String id, Text title, List<String> zones, String domain, List<String> themes, List<Tag> tags,
                         List<String> actors, List<String> systems, List<Metric> metrics, Integer year, Text summary,
                         List<DocumentLink> documents, BatchLink batch, String source, String origin) {

    /** Whether the case was made on the platform (never replaced by a dataset import). */
    public boolean platformMade() {
        return !CaseOrigin.REPORT.equals(origin);
    }

    public record Tag(String id, Text name) {
    }

    /** A figure; {@code before}/{@code after} keep the curated text ("15-25"), the low/high bounds are for charts. */
    public record Metric(Text quantity, String unit, String before, BigDecimal beforeLow, BigDecimal beforeHigh, String after,
                         BigDecimal afterLow, BigDecimal afterHigh, BigDecimal changePct, String raw, Text scope) {
    }

    public record DocumentLink(String id, String number, Text title) {
    }

    public record BatchLink(int number, int item) {
    }
}
