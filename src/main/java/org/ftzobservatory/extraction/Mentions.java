package org.ftzobservatory.extraction;

import java.math.BigDecimal;

import org.ftzobservatory.documents.DocumentNumber;

/** The fact candidates the extractors find; each carries its span in the original text. */
public final class Mentions {

    private Mentions() {
    }

    /** A 文号. */
    public record DocNumber(Span span, DocumentNumber number) { }

    /** Where a date stands: alone, or as the first or second end of a range (both ends share the range's span). */
    public enum DateRole { SINGLE, FROM, TO }

    /**
     * A date; {@code value} is YYYY, YYYY-MM or YYYY-MM-DD, or for a date printed without a year --MM or --MM-DD;
     * {@code approx} for 年底/年初. A yearless date carries {@code resolved} (the ISO date a reader takes it for) and
     * {@code resolvedFrom} (the date or year it was resolved against) when something before it, or the document's own
     * date, gives its year; both are null otherwise and for dates printed with their year.
     */
    public record Date(Span span, String value, boolean approx, DateRole role, String resolved, String resolvedFrom) {

        public Date(Span span, String value, boolean approx, DateRole role) {
            this(span, value, approx, role, null, null);
        }

        /** The date a reader takes it for: the resolved date, else the value as printed. */
        public String effective() {
            return resolved != null ? resolved : value;
        }
    }

    /**
     * An amount of money normalised to the base unit (yuan or dollars); {@code qualifier} is the bound or approximation
     * printed with it (超过, 以上, 约 …; several joined by a space), null when none.
     */
    public record Amount(Span span, BigDecimal value, String currency, boolean approx, String qualifier) { }

    /** A percentage ({@code %}) or a difference in percentage points ({@code pp}), with its qualifier as for amounts. */
    public record Percent(Span span, BigDecimal value, String unit, boolean approx, String qualifier) { }

    /** A count with its measure word and, when one follows, the counted noun (null otherwise). */
    public record Count(Span span, long value, String unit, String noun, boolean approx) { }

    /** A mention of an FTZ or one of its sub-zones (subzone null for the FTZ as a whole). */
    public record Zone(Span span, String ftz, String subzone) { }

    /** A case box (专栏 3-1) or a section heading, with its level (0 for a case box). */
    public record Structure(Span span, String kind, int level, String label, String title) { }
}
