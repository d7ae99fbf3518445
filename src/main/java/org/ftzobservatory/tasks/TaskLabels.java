package org.ftzobservatory.tasks;

import java.util.Locale;
import java.util.Map;

/** Human names for the ledger's ids on pages (states, domains, zones, plan types), in the reader's language. */
public final class TaskLabels {

    private final TaskRules rules;
    private final Map<String, String[]> zones;
    private final Map<String, String[]> domains;
    private final boolean en;

    TaskLabels(TaskRules rules, Map<String, String[]> zones, Map<String, String[]> domains, Locale locale) {
        this.rules = rules;
        this.zones = zones;
        this.domains = domains;
        this.en = locale != null && "en".equals(locale.getLanguage());
    }

    public String status(String id) {
        return rules.machine().name(id).in(en ? Locale.ENGLISH : Locale.CHINESE);
    }

    public String planType(String id) {
        return rules.planTypeName(id).in(en ? Locale.ENGLISH : Locale.CHINESE);
    }

    public String zone(String ref) {
        String[] n = zones.get(ref);
        return n == null ? ref : n[en ? 1 : 0];
    }

    public String domain(String id) {
        String[] n = domains.get(id);
        return n == null ? id : n[en ? 1 : 0];
    }

    public Map<String, String[]> zones() {
        return zones;
    }

    public Map<String, String[]> domains() {
        return domains;
    }

    /** 0.734 → "73.4%". */
    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
