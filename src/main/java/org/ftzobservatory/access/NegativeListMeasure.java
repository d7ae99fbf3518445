package org.ftzobservatory.access;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One special administrative measure (特别管理措施) of a negative list, as data: the official wording when it was found,
 * how sure we are of the wording ({@code confidence}) and of the rule ({@code ruleConfidence}), and the rules the
 * engine executes.
 */
public record NegativeListMeasure(String list, int seq, String section, String sectionNo, String seqConfidence,
                                  List<Integer> nationalCounterpart, String textZh, String textStatus,
                                  String textPartialZh, String substanceZh, String otherVersionTextZh,
                                  Verification confidence, Verification ruleConfidence, String ruleConfidenceNote,
                                  String topic, String summaryEn, List<MeasureKind> kinds, List<MeasureRule> rules,
                                  List<MeasureException> exceptions, List<String> sources, String note,
                                  String category) {

    @JsonIgnore
    public String key() {
        return list + "#" + seq;
    }

    /** The best wording we have to show: the official text, else a partial quote, else the substance of an official Q&A. */
    @JsonIgnore
    public String bestTextZh() {
        if (textZh != null) {
            return textZh;
        }
        if (textPartialZh != null) {
            return textPartialZh;
        }
        return substanceZh;
    }
}
