package org.ftzobservatory.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;

import org.ftzobservatory.kernel.SourceRef.LineRange;

/**
 * The report's parts, chapters and sections with the file lines each one covers (data/report-sections.yaml), so a
 * citation of report lines can name where in the report they are. Units may own several ranges because the PDF
 * extraction interleaves columns.
 */
public final class ReportSectionMap {

    /** One unit of the report: a part, chapter, section, the front matter, an annex or the chronicle. */
    public record Section(String id, String kind, Integer number, Text title, List<LineRange> lines, Integer heading,
                          List<Section> children) {

        /** Whether every line of {@code range} belongs to this unit (adjacent own ranges count as one). */
        public boolean covers(LineRange range) {
            for (LineRange own : merged(lines)) {
                if (own.from() <= range.from() && range.to() <= own.to()) {
                    return true;
                }
            }
            return false;
        }

        public boolean coversAll(List<LineRange> ranges) {
            return !ranges.isEmpty() && ranges.stream().allMatch(this::covers);
        }
    }

    /** What the report says about itself: title, publisher and year, each with the line it is printed on. */
    public record Bibliography(Text title, Text publisher, int year, Text shortName, int titleLine, int publisherLine,
                               int yearLine) {
    }

    private static final Set<String> KINDS = Set.of("front", "part", "chapter", "section", "annex", "chronicle");

    private final String document;
    private final int lineCount;
    private final Bibliography bibliography;
    private final List<Section> sections;
    private final Map<String, Text> references;

    public ReportSectionMap(String document, int lineCount, Bibliography bibliography, List<Section> sections,
                            Map<String, Text> references) {
        this.document = document;
        this.lineCount = lineCount;
        this.bibliography = bibliography;
        this.sections = List.copyOf(sections);
        this.references = Map.copyOf(references);
    }

    public String document() {
        return document;
    }

    public int lineCount() {
        return lineCount;
    }

    public Bibliography bibliography() {
        return bibliography;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The human name of a reference file ({@code reference:zones.yaml}), or null when the map does not know it. */
    public Text reference(String file) {
        return references.get(file);
    }

    /**
     * The units from the top down to the deepest one that holds every cited range: a range inside one section cites that
     * section, ranges spanning sections cite their common parent, lines outside every unit cite the report alone.
     */
    public List<Section> path(List<LineRange> cited) {
        List<Section> path = new ArrayList<>();
        List<Section> level = sections;
        while (true) {
            Section next = null;
            for (Section s : level) {
                if (s.coversAll(cited)) {
                    next = s;
                    break;
                }
            }
            if (next == null) {
                return path;
            }
            path.add(next);
            level = next.children();
        }
    }

    // ---------------------------------------------------------------- reading and validation

    /**
     * Reads and validates the map. {@code reportText} may be absent (a production node without the seed report): the
     * heading and bibliography lines are then not checked against the text.
     */
    public static ReportSectionMap read(Path yaml, Path reportText) {
        Problems problems = new Problems();
        String file = yaml.getFileName().toString();
        Node root = YamlFile.read(yaml, file, problems);
        if (root == null) {
            throw new InvalidDatasetException(problems.sorted());
        }
        root.allowOnly(Set.of("document", "line_count", "bibliography", "references", "sections"));
        List<String> text = readText(reportText, file, root, problems);
        String document = root.requireString("document");
        Integer lineCount = root.integer("line_count", 1, Integer.MAX_VALUE);
        if (lineCount != null && text != null && text.size() != lineCount) {
            root.problem("line_count", lineCount + " does not match the report's " + text.size() + " lines");
        }
        int max = lineCount == null ? Integer.MAX_VALUE : lineCount;
        Bibliography bib = bibliography(root.node("bibliography"), root, text, max);
        Map<String, Text> references = new LinkedHashMap<>();
        Node refs = root.node("references");
        if (refs != null) {
            for (String key : refs.keys()) {
                Node r = refs.node(key);
                if (r != null) {
                    r.allowOnly(Set.of("zh", "en"));
                    references.put(key, Text.of(r.requireString("zh"), r.requireString("en")));
                }
            }
        }
        List<Section> sections = sections(root.nodes("sections"), "s", null, root, text, max);
        if (sections.isEmpty()) {
            root.problem("sections", "is required: at least one part");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return new ReportSectionMap(document, max, bib, sections, references);
    }

    private static List<String> readText(Path reportText, String file, Node root, Problems problems) {
        if (reportText == null || !Files.isRegularFile(reportText)) {
            return null;
        }
        try {
            return Files.readAllLines(reportText, StandardCharsets.UTF_8);
        } catch (IOException e) {
            root.problem("document", "the report text cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Bibliography bibliography(Node b, Node root, List<String> text, int max) {
        if (b == null) {
            root.problem("bibliography", "is required: title, publisher and year of the report");
            return null;
        }
        b.allowOnly(Set.of("title_zh", "title_en", "title_line", "publisher_zh", "publisher_en", "publisher_line", "year",
                "year_line", "short_zh", "short_en"));
        Text title = Text.of(b.requireString("title_zh"), b.requireString("title_en"));
        Text publisher = Text.of(b.requireString("publisher_zh"), b.requireString("publisher_en"));
        Integer year = b.integer("year", 1900, 2100);
        Integer titleLine = b.integer("title_line", 1, max);
        Integer publisherLine = b.integer("publisher_line", 1, max);
        Integer yearLine = b.integer("year_line", 1, max);
        if (year == null) {
            b.problem("year", "is required");
        }
        checkPrinted(b, "title_line", titleLine, title.zh(), text, false);
        checkPrinted(b, "publisher_line", publisherLine, publisher.zh(), text, false);
        checkPrinted(b, "year_line", yearLine, year == null ? null : year.toString(), text, false);
        return new Bibliography(title, publisher, year == null ? 0 : year,
                Text.of(b.requireString("short_zh"), b.requireString("short_en")),
                titleLine == null ? 0 : titleLine, publisherLine == null ? 0 : publisherLine, yearLine == null ? 0 : yearLine);
    }

    private static List<Section> sections(List<Node> nodes, String idPrefix, Section parent, Node owner, List<String> text,
                                          int max) {
        List<Section> out = new ArrayList<>();
        int i = 0;
        for (Node n : nodes) {
            i++;
            n.allowOnly(Set.of("kind", "number", "zh", "en", "heading", "heading_text", "lines", "sections"));
            String kind = n.oneOf("kind", KINDS, true);
            Integer number = n.integer("number", 1, 99);
            Text title = Text.of(n.requireString("zh"), n.requireString("en"));
            Integer heading = n.integer("heading", 1, max);
            List<LineRange> lines = ranges(n, max);
            if (heading != null && !lines.isEmpty() && lines.stream().noneMatch(r -> r.from() <= heading && heading <= r.to())) {
                n.problem("heading", "line " + heading + " is outside the unit's own lines");
            }
            String headingText = n.string("heading_text") != null ? n.string("heading_text") : title.zh();
            checkPrinted(n, "heading", heading, headingText, text, true);
            Section provisional = new Section(idPrefix + "-" + i, kind, number, title, lines, heading, List.of());
            if (parent != null) {
                for (LineRange r : lines) {
                    if (!parent.covers(r)) {
                        n.problem("lines", r + " is outside its parent '" + parent.title().zh() + "'");
                    }
                }
            }
            for (Section sibling : out) {
                for (LineRange a : lines) {
                    for (LineRange b : sibling.lines()) {
                        if (a.from() <= b.to() && b.from() <= a.to()) {
                            n.problem("lines", a + " overlaps its sibling '" + sibling.title().zh() + "' (" + b + ")");
                        }
                    }
                }
            }
            List<Section> children = sections(n.nodes("sections"), provisional.id(), provisional, n, text, max);
            out.add(new Section(provisional.id(), kind, number, title, lines, heading, children));
        }
        return out;
    }

    private static List<LineRange> ranges(Node n, int max) {
        List<LineRange> out = new ArrayList<>();
        List<String> raw = n.strings("lines");
        if (raw.isEmpty() && n.raw("lines") == null) {
            n.problem("lines", "is required: the unit's line ranges, e.g. [156-995]");
        }
        for (String s : raw) {
            String[] ends = s.split("-");
            try {
                int from = Integer.parseInt(ends[0].trim());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].trim()) : from;
                if (ends.length > 2 || from < 1 || to < from) {
                    n.problem("lines", "'" + s + "' must run forward from line 1, like 156-995");
                } else if (to > max) {
                    n.problem("lines", "'" + s + "' runs past the report's last line " + max);
                } else {
                    out.add(new LineRange(from, to));
                }
            } catch (NumberFormatException e) {
                n.problem("lines", "'" + s + "' is not a line range like 156-995");
            }
        }
        for (int a = 0; a < out.size(); a++) {
            for (int b = a + 1; b < out.size(); b++) {
                if (out.get(a).from() <= out.get(b).to() && out.get(b).from() <= out.get(a).to()) {
                    n.problem("lines", out.get(a) + " and " + out.get(b) + " overlap");
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The text must be printed at {@code line}; a heading broken over lines is read on (up to eight lines, blank ones
     * skipped). Spaces and punctuation are ignored: the extraction adds spaces and prints colons either way.
     */
    private static void checkPrinted(Node n, String field, Integer line, String expected, List<String> text, boolean prefix) {
        if (line == null || expected == null || text == null || line > text.size()) {
            return;
        }
        String want = letters(expected);
        StringBuilder got = new StringBuilder();
        for (int l = line; l <= Math.min(text.size(), line + 8) && got.length() < want.length() + 40; l++) {
            got.append(letters(text.get(l - 1)));
        }
        boolean ok = prefix ? got.toString().startsWith(want) : letters(text.get(line - 1)).contains(want);
        if (!ok) {
            n.problem(field, "line " + line + " does not hold '" + expected + "' (it reads '" + text.get(line - 1).trim() + "')");
        }
    }

    static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    static List<LineRange> merged(List<LineRange> ranges) {
        List<LineRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(LineRange::from));
        List<LineRange> out = new ArrayList<>();
        for (LineRange r : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).to() + 1 >= r.from()) {
                LineRange last = out.remove(out.size() - 1);
                out.add(new LineRange(last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
