package org.ftzobservatory.access;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One rule of a measure: the scope it covers (industries and activity keywords) and what it demands there.
 * {@code kinds == null} means the rule is not known; an empty list means the scope is explicitly unrestricted.
 * Parameters: {@code max_foreign_share}, {@code min_chinese_share}, {@code legal_rep_chinese}, and obligations of kind
 * {@code other} whose texts live in the check policy. {@code serviceModes} (cross-border services lists only): the
 * supply modes the rule restricts; empty means every mode.
 */
public record MeasureRule(String scopeZh, String scopeEn, List<MeasureKind> kinds, Map<String, Object> parameters,
                          List<IndustryMapping> industries, List<String> keywords, String note, List<String> serviceModes) {

    /**
     * Whether the rule covers a service supplied in this mode. Rules of the foreign-investment lists name no modes and
     * cover commercial presence; rules of a cross-border services list may name the modes they restrict.
     */
    @JsonIgnore
    public boolean coversMode(String mode) {
        return serviceModes == null || serviceModes.isEmpty() || serviceModes.contains(mode);
    }

    @JsonIgnore
    public boolean unknown() {
        return kinds == null;
    }

    @JsonIgnore
    public boolean unrestricted() {
        return kinds != null && kinds.isEmpty();
    }

    /** The highest foreign share the rule allows, or 1 when it sets none. */
    @JsonIgnore
    public double maxForeignShare() {
        Object max = parameters.get("max_foreign_share");
        if (max instanceof Number n) {
            return n.doubleValue();
        }
        Object min = parameters.get("min_chinese_share");
        return min instanceof Number n ? Math.round((1 - n.doubleValue()) * 10000) / 10000.0 : 1.0;
    }

    @JsonIgnore
    public boolean legalRepChinese() {
        return Boolean.TRUE.equals(parameters.get("legal_rep_chinese"));
    }
}
