package org.ftzobservatory.report;

import java.util.List;

/**
 * A built annual report in one language: sections of blocks (paragraphs, tables, charts, notes), every figure a
 * {@link Run.Figure} with the address of its record and, when it comes from the report or a document, its citation.
 * {@link ReportRenderer} writes it as HTML or Markdown; nothing in here is formatted for one of them.
 */
public record Report(int year, String lang, String topic, String title, String subtitle, List<Section> sections,
                     Colophon colophon, java.util.Map<String, String> words) {

    public record Section(String id, int number, String title, boolean missing, List<Block> blocks, List<Note> notes,
                          int citedFigures, int countedFigures) {
    }

    /** A numbered citation printed under its section: the label, the tooltip and where /sources explains it. */
    public record Note(int number, String label, String title, String href) {
    }

    public record Colophon(String title, String text, List<Row> rows, int cited, int counted, long millis) {
        public record Row(String section, int cited, int counted) {
        }
    }

    /** A piece of a paragraph or a table cell. */
    public sealed interface Run {
        /** The record's simple name, for the template's switch. */
        default String type() {
            return getClass().getSimpleName();
        }

        /** {@code zh}: Chinese kept in an English report (an official name or number), marked lang="zh". */
        record Words(String text, boolean zh) implements Run {
            public Words(String text) {
                this(text, false);
            }
        }

        record Link(String text, String href, boolean zh) implements Run {
            public Link(String text, String href) {
                this(text, href, false);
            }
        }

        /**
         * A number: its text as {@code statistics.Figures} writes it, the site address of its record, and its citation
         * ({@code note} 0 when it is counted from records rather than cited). {@code synthetic}: demo data.
         */
        record Figure(String text, String href, int note, boolean synthetic) implements Run {
        }
    }

    public sealed interface Block {
        default String type() {
            return getClass().getSimpleName();
        }

        record Paragraph(List<Run> runs) implements Block {
        }

        record Heading(String text) implements Block {
        }

        /** A sentence that stands apart: data missing, or a synthetic-data warning. */
        record Notice(String kind, String text) implements Block {
        }

        record Table(List<String> head, List<List<List<Run>>> rows) implements Block {
        }

        /** An inline SVG chart, already escaped by {@link SvgBars}; {@code text} is its content in words for Markdown. */
        record Chart(String svg, String text) implements Block {
        }
    }
}
