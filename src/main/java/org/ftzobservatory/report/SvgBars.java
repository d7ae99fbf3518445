package org.ftzobservatory.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar chart as inline SVG, drawn on the server so the report file reads offline and prints without
 * scripts. Bars share one linear scale from 0 to the largest value; each bar is labelled with its figure as written.
 */
public final class SvgBars {

    /** One bar: label, value on the scale, the value as the reader sees it, and where the bar links to (may be null). */
    public record Bar(String label, double value, String text, String href) {
    }

    static final int WIDTH = 640;
    static final int LABEL = 240;
    /** The label column holds about this many Latin characters at 12 px; a CJK character counts as two. */
    static final int LABEL_UNITS = 38;
    static final int VALUE = 110;
    static final int ROW = 22;
    static final int PLOT = WIDTH - LABEL - VALUE;

    private SvgBars() {
    }

    /** The drawn length of {@code value} on a plot {@code plot} wide whose longest bar is {@code max}: 0 … plot. */
    public static double scale(double value, double max, double plot) {
        if (!(max > 0) || !(value > 0) || Double.isNaN(value)) {
            return 0;
        }
        return Math.min(plot, plot * value / max);
    }

    public static String render(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).filter(v -> !Double.isNaN(v)).max().orElse(0);
        int height = 28 + bars.size() * ROW + 6;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\"><title>").append(esc(title)).append("</title>")
                .append("<text x=\"0\" y=\"16\" class=\"chart-title\" font-size=\"13\" font-weight=\"bold\">")
                .append(esc(title)).append("</text>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 28 + i * ROW;
            double w = scale(b.value(), max, PLOT);
            if (b.href() != null) {
                s.append("<a href=\"").append(esc(b.href())).append("\">");
            }
            s.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(fit(b.label(), LABEL_UNITS)))
                    .append("<title>").append(esc(b.label())).append("</title></text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(ROW - 6)
                    .append("\" fill=\"#2f6f9f\"/>")
                    .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + w + 4)).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"12\">").append(esc(b.text())).append("</text>");
            if (b.href() != null) {
                s.append("</a>");
            }
        }
        return s.append("</svg>").toString();
    }

    /** The label cut to {@code units} (a CJK character counts two) with an ellipsis, so it never runs off the chart. */
    static String fit(String label, int units) {
        if (label == null) {
            return "";
        }
        int used = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            int w = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x30ff)
                    || (cp >= 0xff00 && cp <= 0xffef) ? 2 : 1;
            boolean last = i + Character.charCount(cp) == label.length();
            // the last character may take the place the ellipsis would need; any other must leave room for it
            if (used + w > units || (!last && used + w > units - 1)) {
                return out.append('…').toString();
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
