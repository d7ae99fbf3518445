package org.ftzobservatory.access;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of special administrative measure; each kind is one way the engine tests a proposal. */
public enum MeasureKind {
    PROHIBITED("prohibited"),
    CHINESE_CONTROL("chinese_control"),
    CHINESE_RELATIVE_CONTROL("chinese_relative_control"),
    EQUITY_CAP("equity_cap"),
    JV_ONLY("jv_only"),
    NATIONALITY_REQUIREMENT("nationality_requirement"),
    OTHER("other");

    private final String id;

    MeasureKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static MeasureKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a measure kind "
                        + Arrays.stream(values()).map(MeasureKind::id).toList()));
    }

    @Override
    public String toString() {
        return id;
    }
}
