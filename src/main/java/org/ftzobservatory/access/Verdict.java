package org.ftzobservatory.access;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answer to "may this investment be made here, as proposed?". Ordered by strictness for comparing lists;
 * {@code UNKNOWN} is not comparable and sorts last.
 */
public enum Verdict {
    PERMITTED("permitted", "允许（内外资一致）", "permitted (national treatment)"),
    PERMITTED_WITH_CONDITIONS("permitted_with_conditions", "允许，须满足特别管理措施", "permitted, the measures' conditions are met"),
    REQUIRES_CHANGES("requires_changes", "须调整方案后方可准入", "not allowed as proposed; allowed with changes"),
    PROHIBITED("prohibited", "禁止外商投资", "prohibited for foreign investors"),
    UNKNOWN("unknown", "无法判定：相关措施原文或规则未核实", "unknown: the applicable measure's text or rule is not verified");

    private final String id;
    private final String labelZh;
    private final String labelEn;

    Verdict(String id, String labelZh, String labelEn) {
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label(String locale) {
        return "en".equals(locale) ? labelEn : labelZh;
    }

    public boolean comparable() {
        return this != UNKNOWN;
    }

    @Override
    public String toString() {
        return id;
    }
}
