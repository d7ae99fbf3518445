package org.ftzobservatory.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.Text;

/**
 * The engine's settings and the wording of its answers, from {@code data/negative-lists/check-policy.yaml}; see that file
 * for what each one means. {@code mainlandFamily}/{@code ftzFamily} name list families: the edition in force on the
 * check's date applies. Wording keeps {@code {name}} placeholders, filled by {@link #say}.
 */
public record CheckPolicy(Set<Verification> decisiveRuleConfidence, String mainlandFamily, String ftzFamily,
                          Map<String, String> comparison, String crossBorderList, Set<String> crossBorderFtzs,
                          Set<String> serviceSections, List<Choice> investmentForms, List<Choice> legalRepNationalities,
                          List<Choice> investorOrigins, List<Choice> serviceModes, Map<String, Text> conditions,
                          Map<String, Text> requirements, Map<String, Text> otherObligations, Map<String, Text> kinds,
                          Map<String, Text> verdictLabels, Map<String, Text> verdictAnswers, Map<String, Text> wording) {

    /** The wording keys the engine and the pages use; the file must hold each of them. */
    static final Set<String> WORDING_KEYS = Set.of("national_treatment", "free_text_only", "services_list", "not_applied",
            "exception", "explanatory_note", "check_official_text", "conditional", "derived", "measure_ref", "measure_scope", "measures_ref", "edition_applied",
            "edition_until", "measure_line", "unverified_line", "comparison_line", "qa_text");

    /** One allowed value of a proposal field, with its names. */
    public record Choice(String id, String zh, String en) {
    }

    public boolean decides(Verification ruleConfidence) {
        return ruleConfidence != null && decisiveRuleConfidence.contains(ruleConfidence);
    }

    public static boolean has(List<Choice> choices, String id) {
        return choices.stream().anyMatch(c -> c.id().equals(id));
    }

    /** A sentence of the answer in both languages, its placeholders filled (the same values in zh and en). */
    public Text say(String key, Object... nameValuePairs) {
        Text t = wording.get(key);
        return Text.of(fill(t.zh(), nameValuePairs), fill(t.en(), nameValuePairs));
    }

    /** A sentence whose placeholders differ by language: zh values, then en values. */
    public Text say(String key, Map<String, String> zh, Map<String, String> en) {
        Text t = wording.get(key);
        return Text.of(fill(t.zh(), zh), fill(t.en(), en));
    }

    static String fill(String template, Object... nameValuePairs) {
        String s = template;
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            s = s.replace("{" + nameValuePairs[i] + "}", String.valueOf(nameValuePairs[i + 1]));
        }
        return s;
    }

    static String fill(String template, Map<String, String> values) {
        String s = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return s;
    }

    public String verdictLabel(Verdict v, String locale) {
        return in(verdictLabels.get(v.id()), locale);
    }

    public String kindName(MeasureKind k, String locale) {
        return in(kinds.get(k.id()), locale);
    }

    public String choiceName(List<Choice> choices, String id, String locale) {
        return choices.stream().filter(c -> c.id().equals(id)).map(c -> "en".equals(locale) ? c.en() : c.zh()).findFirst().orElse(id);
    }

    static String in(Text t, String locale) {
        return t == null ? null : "en".equals(locale) ? t.en() : t.zh();
    }
}
