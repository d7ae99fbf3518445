package org.ftzobservatory.access;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An item of a list's 说明 (explanatory notes), kept as a horizontal rule: it applies whatever the industry, e.g. foreign
 * investors may not form an individual business. {@code effect} is {@code prohibited}, {@code requires_changes} or
 * {@code notice}; {@code onlyWithEquityMeasure} limits it to proposals that trigger an equity measure (note 4: no
 * partnership where equity requirements apply).
 */
public record ExplanatoryNote(String n, String summaryZh, String summaryEn, Verification status,
                              List<String> investmentForms, List<String> investorOrigins, boolean onlyWithEquityMeasure,
                              String effect, String fixZh, String fixEn) {

    @JsonIgnore
    public boolean isRule() {
        return effect != null;
    }
}
