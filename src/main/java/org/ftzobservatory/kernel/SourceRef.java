package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a record comes from: a source document id and line ranges in it, e.g. {@code ftz-report-2022:1017-1033,1092-1094},
 * or a reference file, e.g. {@code reference:zones.yaml}. Every record in the dataset must carry one.
 */
public record SourceRef(String document, List<LineRange> ranges, String file) {

    public record LineRange(int from, int to) {
        @Override
        public String toString() {
            return from == to ? Integer.toString(from) : from + "-" + to;
        }
    }

    private static final Pattern REPORT = Pattern.compile("([a-z0-9][a-z0-9-]*):(\\d+(?:-\\d+)?(?:\\s*,\\s*\\d+(?:-\\d+)?)*)");
    private static final Pattern REFERENCE = Pattern.compile("reference:([A-Za-z0-9._/-]+)");

    public static SourceRef parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("source is missing");
        }
        String t = text.trim();
        Matcher ref = REFERENCE.matcher(t);
        if (ref.matches()) {
            return new SourceRef("reference", List.of(), ref.group(1));
        }
        Matcher m = REPORT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a source like ftz-report-2022:1017-1033 or reference:zones.yaml");
        }
        List<LineRange> ranges = new ArrayList<>();
        for (String part : m.group(2).split(",")) {
            String[] ends = part.trim().split("-");
            int from = Integer.parseInt(ends[0]);
            int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("line range '" + part.trim() + "' must run forward from line 1");
            }
            ranges.add(new LineRange(from, to));
        }
        return new SourceRef(m.group(1), List.copyOf(ranges), null);
    }

    public boolean isReport() {
        return file == null;
    }

    @Override
    public String toString() {
        if (!isReport()) {
            return "reference:" + file;
        }
        StringBuilder sb = new StringBuilder(document).append(':');
        for (int i = 0; i < ranges.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(ranges.get(i));
        }
        return sb.toString();
    }
}
