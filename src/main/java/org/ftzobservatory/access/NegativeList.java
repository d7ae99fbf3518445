package org.ftzobservatory.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A published negative list: its instrument, dates and official count, the explanatory notes as rules, and the sources the
 * measure records cite. {@code kind} is {@code foreign_investment} or {@code cross_border_services}. {@code inForceUntil}
 * is null while no later edition is known. {@code derivedFrom}: the list this one is the national list plus sourced
 * differences of (FTZ list); {@code editionOf}: the earlier edition this one is, less some measures (national 2024).
 */
public record NegativeList(String id, String family, String kind, String titleZh, String titleEn, String instrument,
                           String issued, String effective, String inForceUntil, int officialCount, String statusZh,
                           String statusEn, List<String> appliesTo, List<ServiceCategory> categories,
                           List<ExplanatoryNote> notes, Map<String, String> sources, String source, String sourceZh,
                           String sourceEn, String currentNoteZh, String currentNoteEn, Derivation derivedFrom,
                           EditionOf editionOf) {

    /** A category (门类) of a services list; the Hainan list ships with its count only. */
    public record ServiceCategory(String id, String nameZh, String nameEn) {
    }

    /** This list is {@code list} with the sourced differences at these national measure numbers. */
    public record Derivation(String list, List<Integer> sourcedDifferences) {
    }

    /** This edition is the earlier edition {@code list} less the measures {@code removed}, renumbered in order. */
    public record EditionOf(String list, List<Integer> removed) {
    }

    /** Whether the list was in force on the date. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(LocalDate.parse(effective)) && (inForceUntil == null || !date.isAfter(LocalDate.parse(inForceUntil)));
    }

    /** The reader's description of where the list's data comes from (no file paths). */
    public String sourceLabel(String locale) {
        return "en".equals(locale) ? sourceEn : sourceZh;
    }

    /** The edition year as the title gives it (2021 for a list issued in December 2021 and in force from 2022). */
    public String editionYear() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})").matcher(titleEn);
        return m.find() ? m.group(1) : issued.substring(0, 4);
    }

    public String title(String locale) {
        return "en".equals(locale) ? titleEn : titleZh;
    }
}
