package org.ftzobservatory.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Text;

/** The engine's settings from {@code data/negative-lists/check-policy.yaml}; see that file for what each one means. */
public record CheckPolicy(Set<Verification> decisiveRuleConfidence, String mainlandList, String ftzList,
                          Map<String, String> comparison, String crossBorderList, Set<String> crossBorderFtzs,
                          Set<String> serviceSections, List<Choice> investmentForms, List<Choice> legalRepNationalities,
                          List<Choice> investorOrigins, List<Choice> serviceModes, Map<String, Text> conditions,
                          Map<String, Text> otherObligations) {

    /** One allowed value of a proposal field, with its names. */
    public record Choice(String id, String zh, String en) {
    }

    public boolean decides(Verification ruleConfidence) {
        return ruleConfidence != null && decisiveRuleConfidence.contains(ruleConfidence);
    }

    public static boolean has(List<Choice> choices, String id) {
        return choices.stream().anyMatch(c -> c.id().equals(id));
    }
}
