package org.ftzobservatory.access;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How sure the dataset is of a measure's wording or of its rule; carried into every answer that relies on it. */
public enum Verification {
    VERIFIED("verified", "已核实（两个以上来源）", "verified (two or more sources)"),
    ONE_SOURCE("one_source", "单一来源", "one source"),
    RECONSTRUCTED("reconstructed", "推断重建，未核实", "reconstructed, not verified"),
    NOT_FOUND("not_found", "未找到原文", "not found");

    private final String id;
    private final String labelZh;
    private final String labelEn;

    Verification(String id, String labelZh, String labelEn) {
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

    @JsonCreator
    public static Verification of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not one of verified, one_source, reconstructed, not_found"));
    }

    @Override
    public String toString() {
        return id;
    }
}
