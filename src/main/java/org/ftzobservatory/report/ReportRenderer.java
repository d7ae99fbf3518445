package org.ftzobservatory.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.report.Report.Block;
import org.ftzobservatory.report.Report.Run;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a built {@link Report}: HTML through the Thymeleaf template report/annual.html with the report's style sheet
 * inlined (one file that reads offline and prints), or Markdown with the figures as links and the citations as
 * footnotes. Neither adds words of its own: all wording is in the model.
 */
@Component
public class ReportRenderer {

    private final ITemplateEngine templates;
    private final String css;

    public ReportRenderer(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource("static/css/report.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String html(Report report) {
        Context context = new Context(Locale.forLanguageTag(report.lang()), Map.of("report", report, "css", css));
        return templates.process("report/annual", context);
    }

    public static String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(report.title()).append("\n\n").append(report.subtitle()).append("\n\n");
        md.append("## ").append(report.words().get("contents")).append("\n\n");
        for (Report.Section s : report.sections()) {
            md.append(s.number()).append(". [").append(s.title()).append("](#section-").append(s.id()).append(")\n");
        }
        md.append('\n');
        for (Report.Section s : report.sections()) {
            md.append("<a id=\"section-").append(s.id()).append("\"></a>\n\n## ").append(s.number()).append(". ")
                    .append(s.title()).append("\n\n");
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    md.append(runs(p.runs(), s.id())).append("\n\n");
                } else if (b instanceof Block.Heading h) {
                    md.append("### ").append(h.text()).append("\n\n");
                } else if (b instanceof Block.Notice n) {
                    md.append("> ").append(n.text()).append("\n\n");
                } else if (b instanceof Block.Chart c) {
                    md.append("*").append(c.text()).append("*\n\n");
                } else if (b instanceof Block.Table t) {
                    table(md, t, s.id());
                }
            }
            for (Report.Note n : s.notes()) {
                md.append("[^").append(s.id()).append('-').append(n.number()).append("]: [").append(n.label()).append("](")
                        .append(n.href()).append(")\n");
            }
            md.append('\n');
        }
        Report.Colophon c = report.colophon();
        md.append("## ").append(c.title()).append("\n\n").append(c.text()).append("\n\n");
        md.append("| ").append(report.words().get("section")).append(" | ").append(report.words().get("cited")).append(" | ")
                .append(report.words().get("counted")).append(" |\n|---|---:|---:|\n");
        for (Report.Colophon.Row r : c.rows()) {
            md.append("| ").append(cell(r.section())).append(" | ").append(r.cited()).append(" | ").append(r.counted()).append(" |\n");
        }
        md.append("| ").append(report.words().get("total")).append(" | ").append(c.cited()).append(" | ").append(c.counted())
                .append(" |\n");
        return md.toString();
    }

    private static void table(StringBuilder md, Block.Table t, String section) {
        md.append("| ").append(String.join(" | ", t.head().stream().map(ReportRenderer::cell).toList())).append(" |\n|");
        t.head().forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<List<Run>> row : t.rows()) {
            md.append("| ").append(String.join(" | ", row.stream().map(c -> cell(runs(c, section))).toList())).append(" |\n");
        }
        md.append('\n');
    }

    static String runs(List<Run> runs, String section) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            if (r instanceof Run.Words w) {
                out.append(escape(w.text()));
            } else if (r instanceof Run.Link l) {
                out.append(l.href().startsWith("#note-") ? "[^" + section + "-" + l.text().replaceAll("\\D", "") + "]"
                        : "[" + escape(l.text()) + "](" + l.href() + ")");
            } else if (r instanceof Run.Figure f) {
                out.append("[").append(escape(f.text())).append("](").append(f.href()).append(")");
                if (f.note() > 0) {
                    out.append("[^").append(section).append('-').append(f.note()).append("]");
                }
            }
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
