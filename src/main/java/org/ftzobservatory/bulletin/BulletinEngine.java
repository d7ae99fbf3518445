package org.ftzobservatory.bulletin;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/** Renders a {@link Bulletin} as Markdown, or as a standalone HTML page built from that Markdown (escaped). */
public final class BulletinEngine {

    private BulletinEngine() {
    }

    public static String markdown(Bulletin b) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(b.title()).append("\n\n");
        s.append(b.lead()).append("\n\n");
        if (b.syntheticNotice() != null) {
            s.append("> ").append(b.syntheticNotice()).append("\n\n");
        }
        s.append(b.summary()).append("\n");
        for (Bulletin.Section section : b.sections()) {
            s.append("\n## ").append(section.title()).append("\n\n");
            if (section.rows().isEmpty()) {
                s.append("无 / none\n");
                continue;
            }
            s.append("| ").append(String.join(" | ", section.headers())).append(" |\n");
            s.append("|").append("---|".repeat(section.headers().size())).append("\n");
            for (List<String> row : section.rows()) {
                s.append("| ").append(String.join(" | ", row.stream().map(BulletinEngine::cell).toList())).append(" |\n");
            }
        }
        return s.toString();
    }

    public static String html(Bulletin b) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(b.title())).append("</title></head><body>");
        for (String line : markdown(b).split("\n")) {
            if (line.startsWith("# ")) {
                s.append("<h1>").append(esc(line.substring(2))).append("</h1>");
            } else if (line.startsWith("## ")) {
                s.append("<h2>").append(esc(line.substring(3))).append("</h2>");
            } else if (line.startsWith("|---")) {
                continue;
            } else if (line.startsWith("| ")) {
                s.append("<table><tr>");
                for (String c : line.substring(2, line.length() - 2).split(" \\| ")) {
                    s.append("<td>").append(esc(c.replace("\\|", "|"))).append("</td>");
                }
                s.append("</tr></table>");
            } else if (line.startsWith("> ")) {
                s.append("<p class=\"synthetic\">").append(esc(line.substring(2).replace("**", ""))).append("</p>");
            } else if (!line.isBlank()) {
                s.append("<p>").append(esc(line)).append("</p>");
            }
        }
        return s.append("</body></html>").toString();
    }

    /** A table cell: pipes escaped, line breaks flattened. */
    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
