package org.ftzobservatory.access;

import java.util.List;
import java.util.Map;

/**
 * A published negative list: its instrument, dates and official count, the explanatory notes as rules, and the sources the
 * measure records cite. {@code kind} is {@code foreign_investment} or {@code cross_border_services}.
 */
public record NegativeList(String id, String family, String kind, String titleZh, String titleEn, String instrument,
                           String issued, String effective, int officialCount, String statusZh, String statusEn,
                           List<String> appliesTo, List<ServiceCategory> categories, List<ExplanatoryNote> notes,
                           Map<String, String> sources, String source) {

    /** A category (门类) of a services list; the Hainan list ships with its count only. */
    public record ServiceCategory(String id, String nameZh, String nameEn) {
    }
}
