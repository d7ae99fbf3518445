package org.ftzobservatory.innovations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;
import org.springframework.util.MultiValueMap;

/**
 * The case-completion form (templates/innovations/case-form.html) as a {@link NewCase}: the same field names as the JSON
 * body, zones and tags repeated, figures as parallel {@code metric_*} columns (blank rows ignored). A year that is not a
 * number is a 400 on {@code year}.
 */
public final class CaseForm {

    private CaseForm() {
    }

    public static NewCase read(MultiValueMap<String, String> p) {
        List<String> zones = new ArrayList<>();
        for (String z : p.getOrDefault("zones", List.of())) {
            zones.addAll(Arrays.asList(z.split("[,，\\s]+")));
        }
        List<NewCase.Metric> metrics = new ArrayList<>();
        List<String> qz = p.getOrDefault("metric_quantity_zh", List.of());
        for (int i = 0; i < qz.size(); i++) {
            NewCase.Metric m = new NewCase.Metric(at(p, "metric_quantity_zh", i), at(p, "metric_quantity_en", i), at(p, "metric_unit", i),
                    at(p, "metric_before", i), at(p, "metric_after", i));
            if (!(CaseRules.blank(m.quantityZh()) && CaseRules.blank(m.quantityEn()) && CaseRules.blank(m.before())
                    && CaseRules.blank(m.after()))) {
                metrics.add(m);
            }
        }
        return new NewCase(one(p, "title_zh"), one(p, "title_en"), zones, one(p, "domain"), p.getOrDefault("tags", List.of()),
                one(p, "summary_zh"), one(p, "summary_en"), year(one(p, "year")), metrics);
    }

    private static Integer year(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("year", "'" + s + "' is not a year");
        }
    }

    private static String one(MultiValueMap<String, String> p, String key) {
        String v = p.getFirst(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String at(MultiValueMap<String, String> p, String key, int i) {
        List<String> v = p.getOrDefault(key, List.of());
        return i < v.size() && !v.get(i).isBlank() ? v.get(i).trim() : null;
    }
}
