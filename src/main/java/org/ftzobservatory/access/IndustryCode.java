package org.ftzobservatory.access;

/** A code of GB/T 4754-2017 (国民经济行业分类): section letter, 2-digit division, 3-digit group or 4-digit class. */
public record IndustryCode(String code, String level, String nameZh, String nameEn, String parent, String section) {

    public String name(String locale) {
        return "en".equals(locale) && nameEn != null ? nameEn : nameZh;
    }
}
