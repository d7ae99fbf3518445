package org.ftzobservatory.innovations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Years;

/**
 * What makes a case complete, the one check for every way a platform case arrives: the publish API and forms (HTTP 400
 * naming each field) and platform-cases.yaml at import ({@code file:line: field: problem}). What is known — zones, domains,
 * tags, units — is asked of a {@link Catalog}, read from the database or from the dataset being imported.
 */
public final class CaseRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_METRICS = 12;

    /** Which zone references (FTZ or FTZ/sub-zone), domains, mechanism tags and units exist. */
    public record Catalog(Predicate<String> zone, Predicate<String> domain, Predicate<String> tag, Predicate<String> unit) {
    }

    private CaseRules() {
    }

    /** Every problem of the case, field by field (empty when it is complete). */
    public static List<BadRequestException.Field> problems(NewCase c, Catalog known) {
        List<BadRequestException.Field> out = new ArrayList<>();
        text(out, "title_zh", c.titleZh(), MAX_TITLE);
        text(out, "title_en", c.titleEn(), MAX_TITLE);
        if (c.zones().isEmpty()) {
            out.add(new BadRequestException.Field("zones", "name at least one zone (an FTZ id such as henan, or ftz/subzone such as henan/zhengzhou)"));
        }
        c.zones().stream().filter(z -> !known.zone().test(z))
                .forEach(z -> out.add(new BadRequestException.Field("zones", "unknown zone '" + z + "'")));
        if (blank(c.domain())) {
            out.add(new BadRequestException.Field("domain", "is required: a domain of the taxonomy"));
        } else if (!known.domain().test(c.domain())) {
            out.add(new BadRequestException.Field("domain", "unknown domain '" + c.domain() + "'"));
        }
        if (c.tags().isEmpty()) {
            out.add(new BadRequestException.Field("tags", "at least one mechanism tag is required (see data/innovation-tags.yaml)"));
        }
        c.tags().stream().filter(t -> !known.tag().test(t))
                .forEach(t -> out.add(new BadRequestException.Field("tags", "unknown tag '" + t + "'")));
        text(out, "summary_zh", c.summaryZh(), MAX_TEXT);
        text(out, "summary_en", c.summaryEn(), MAX_TEXT);
        if (c.year() != null && !Years.valid(c.year())) {
            out.add(new BadRequestException.Field("year", "must be a year " + Years.range()));
        }
        if (c.metrics().size() > MAX_METRICS) {
            out.add(new BadRequestException.Field("metrics", "at most " + MAX_METRICS + " figures"));
        }
        for (int i = 0; i < c.metrics().size(); i++) {
            metric(out, "metrics[" + i + "].", c.metrics().get(i), known);
        }
        return out;
    }

    /** Throws a 400 naming every bad field, or returns. */
    public static void check(NewCase c, Catalog known) {
        List<BadRequestException.Field> p = problems(c, known);
        if (!p.isEmpty()) {
            throw new BadRequestException(p);
        }
    }

    private static void metric(List<BadRequestException.Field> out, String at, NewCase.Metric m, Catalog known) {
        if (m == null) {
            out.add(new BadRequestException.Field(at.substring(0, at.length() - 1), "is empty"));
            return;
        }
        text(out, at + "quantity_zh", m.quantityZh(), MAX_TITLE);
        text(out, at + "quantity_en", m.quantityEn(), MAX_TITLE);
        if (blank(m.unit())) {
            out.add(new BadRequestException.Field(at + "unit", "is required (see data/units.yaml)"));
        } else if (!known.unit().test(m.unit())) {
            out.add(new BadRequestException.Field(at + "unit", "unknown unit '" + m.unit() + "'"));
        }
        if (blank(m.before()) && blank(m.after())) {
            out.add(new BadRequestException.Field(at + "after", "give the value before, after, or both"));
        }
        value(out, at + "before", m.before());
        value(out, at + "after", m.after());
    }

    private static void value(List<BadRequestException.Field> out, String field, String v) {
        if (!blank(v)) {
            try {
                MetricValue.parse(v.trim());
            } catch (IllegalArgumentException e) {
                out.add(new BadRequestException.Field(field, e.getMessage()));
            }
        }
    }

    private static void text(List<BadRequestException.Field> out, String field, String v, int max) {
        if (blank(v)) {
            out.add(new BadRequestException.Field(field, "is required and cannot be empty"));
        } else if (v.length() > max) {
            out.add(new BadRequestException.Field(field, "is longer than " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
