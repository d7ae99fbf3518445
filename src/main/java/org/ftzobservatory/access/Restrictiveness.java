package org.ftzobservatory.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Restrictiveness per GB/T section (门类), 0–1: the mean over the section's 4-digit classes of the strongest rule that
 * reaches each class, weighted down for partial mappings (docs/restrictiveness.md). Rules whose content is unknown do not
 * score; the share of classes they reach is reported beside the score, so an unknown is never read as open.
 */
public final class Restrictiveness {

    /** One section's score under one list. */
    public record SectionScore(String section, String nameZh, String nameEn, int classes, double score, double unknownShare,
                               int measures) {
    }

    private Restrictiveness() {
    }

    public static List<SectionScore> score(AccessChecker checker, String listId, RestrictivenessTable table) {
        RuleBook book = checker.book(listId);
        IndustryClassification gbt = checker.industries();
        List<SectionScore> out = new ArrayList<>();
        for (IndustryCode section : gbt.sections()) {
            List<String> classes = gbt.classesUnder(section.code());
            double sum = 0;
            int unknown = 0;
            java.util.Set<Integer> measures = new java.util.HashSet<>();
            for (String c : classes) {
                double best = 0;
                boolean touchedByUnknown = false;
                for (RuleBook.Match m : book.at(c)) {
                    measures.add(m.measure().seq());
                    if (m.rule().unknown()) {
                        touchedByUnknown = true;
                        continue;
                    }
                    best = Math.max(best, table.score(m.rule()) * (m.partial() ? table.partialWeight() : 1.0));
                }
                sum += best;
                unknown += touchedByUnknown ? 1 : 0;
            }
            int n = classes.size();
            out.add(new SectionScore(section.code(), section.nameZh(), section.nameEn(), n, n == 0 ? 0 : round(sum / n),
                    n == 0 ? 0 : round((double) unknown / n), measures.size()));
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
