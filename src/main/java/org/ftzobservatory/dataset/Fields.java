package org.ftzobservatory.dataset;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.PartialDate;
import org.ftzobservatory.kernel.SourceRef;

/** Field rules every part applies the same way: ids, sources, positive numbers, zone references. */
public final class Fields {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Fields() {
    }

    /** A required id: lower-case ascii, digits and hyphens. */
    public static String id(Node n, String field) {
        String id = n.requireString(field);
        if (id != null && !ID.matcher(id).matches()) {
            n.problem(field, "'" + id + "' must be lower-case ascii, digits and hyphens");
            return null;
        }
        return id;
    }

    /** Sources are stored in one spelling ({@code 708} rather than {@code 708-708}) so that they compare and display cleanly. */
    public static String source(Node n) {
        String raw = n.string("source");
        try {
            return raw == null ? null : SourceRef.parse(raw).toString();
        } catch (IllegalArgumentException e) {
            return raw; // already reported by Node.source()
        }
    }

    public static BigDecimal positive(Node n, String field) {
        BigDecimal v = n.decimal(field);
        if (v != null && v.signum() <= 0) {
            n.problem(field, "must be positive");
            return null;
        }
        return v;
    }

    /** The FTZ of a zone reference: {@code guangdong} for {@code guangdong/nansha}. */
    public static String ftzOf(String zoneRef) {
        int slash = zoneRef.indexOf('/');
        return slash < 0 ? zoneRef : zoneRef.substring(0, slash);
    }

    /** The first day a partial date can mean, for date-range queries. */
    public static java.sql.Date earliest(String partialDate) {
        return partialDate == null ? null : java.sql.Date.valueOf(PartialDate.parse(partialDate).earliest());
    }

    public static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
