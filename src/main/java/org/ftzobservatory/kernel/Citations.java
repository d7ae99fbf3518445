package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ftzobservatory.kernel.ReportSectionMap.Section;
import org.ftzobservatory.kernel.SourceRef.LineRange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a record's {@code source} (e.g. {@code ftz-report-2022:98-100}) into the citation a reader sees: the report, its
 * part, chapter and section from the section map, and the lines, e.g. "Report 2022 · Part 2 · Trade · Faster customs
 * clearance (lines 4101–4120)". Every page renders sources through {@code fragments/cite.html}, which calls this bean,
 * so the citation scheme lives in one place (and is explained on /sources).
 */
@Component("citations")
public class Citations {

    private static final String[] ZH_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ReportSectionMap map;

    @Autowired
    public Citations(ReportSections sections) {
        this(sections.map());
    }

    Citations(ReportSectionMap map) {
        this.map = map;
    }

    /** The human label of a source; never a file path or a raw id. */
    public String label(Object cited, Locale locale) {
        String source = cited == null ? null : cited.toString();
        if (source == null || source.isBlank()) {
            return "";
        }
        boolean en = english(locale);
        SourceRef ref = parse(source);
        if (ref == null) {
            return otherSource(source.trim(), en);
        }
        if (!ref.isReport()) {
            Text name = map == null ? null : map.reference(ref.file());
            return name != null ? name.in(locale) : en ? "Reference data of this platform" : "本平台参考数据";
        }
        List<String> parts = new ArrayList<>();
        parts.add(reportName(ref, locale));
        if (isOurReport(ref)) {
            for (Section s : map.path(ref.ranges())) {
                parts.add(unitLabel(s, en));
            }
        }
        return String.join(" · ", parts) + lines(ref.ranges(), en);
    }

    /** The full path with part and chapter titles, for a tooltip. */
    public String title(Object cited, Locale locale) {
        String source = cited == null ? null : cited.toString();
        SourceRef ref = source == null ? null : parse(source);
        if (ref == null || !ref.isReport() || !isOurReport(ref)) {
            return label(source, locale);
        }
        List<String> parts = new ArrayList<>();
        parts.add(map.bibliography().title().in(locale));
        for (Section s : map.path(ref.ranges())) {
            parts.add("part".equals(s.kind()) ? unitLabel(s, english(locale)) + " " + s.title().in(locale) : s.title().in(locale));
        }
        return String.join(" › ", parts) + lines(ref.ranges(), english(locale));
    }

    /** Where /sources explains this citation: the anchor of its deepest section, or the scheme's top. */
    public String anchor(Object cited) {
        String source = cited == null ? null : cited.toString();
        SourceRef ref = source == null ? null : parse(source);
        if (ref == null || !ref.isReport() || !isOurReport(ref)) {
            return "/sources";
        }
        List<Section> path = map.path(ref.ranges());
        return path.isEmpty() ? "/sources#map" : "/sources#" + path.get(path.size() - 1).id();
    }

    /** The unit's short form in a citation: "Part 2" for a part, the title for everything else. */
    public static String unitLabel(Section s, boolean en) {
        if ("part".equals(s.kind()) && s.number() != null) {
            return en ? "Part " + s.number() : "第" + zhNumber(s.number()) + "部分";
        }
        return en ? s.title().en() : s.title().zh();
    }

    private String reportName(SourceRef ref, Locale locale) {
        if (isOurReport(ref)) {
            return map.bibliography().shortName().in(locale);
        }
        return english(locale) ? "Document " + ref.document() : "文件 " + ref.document();
    }

    private boolean isOurReport(SourceRef ref) {
        return map != null && map.document() != null && map.document().equals(ref.document());
    }

    static String lines(List<LineRange> ranges, boolean en) {
        List<String> parts = new ArrayList<>();
        for (LineRange r : ranges) {
            parts.add(r.from() == r.to() ? Integer.toString(r.from()) : r.from() + "–" + r.to());
        }
        boolean one = ranges.size() == 1 && ranges.get(0).from() == ranges.get(0).to();
        return en ? " (" + (one ? "line " : "lines ") + String.join(", ", parts) + ")"
                : "（第" + String.join("、", parts) + "行）";
    }

    /** Web addresses stay as they are; a path into the project's reference notes is named, never shown. */
    private static String otherSource(String source, boolean en) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return source;
        }
        if (source.contains("/") || source.endsWith(".yaml") || source.endsWith(".md") || source.endsWith(".csv")) {
            return en ? "Reference notes of this platform" : "本平台参考资料说明";
        }
        return source;
    }

    private static SourceRef parse(String source) {
        try {
            return SourceRef.parse(source);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String zhNumber(int n) {
        if (n <= 10) {
            return ZH_NUMBERS[n];
        }
        return n < 20 ? "十" + (n % 10 == 0 ? "" : ZH_NUMBERS[n % 10]) : Integer.toString(n);
    }
}
