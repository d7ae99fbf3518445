package org.ftzobservatory.bench;

import org.ftzobservatory.innovations.InnovationQuery;

/**
 * A benchmark query written as one line: the text, then filters after " | " ({@code 数据 | domain=trade | year=2019}).
 * An empty text is the library page with filters only.
 */
final class BenchQuery {

    private BenchQuery() {
    }

    static InnovationQuery parse(String line) {
        String[] parts = line.split(" \\| ");
        String q = parts[0].isBlank() ? null : parts[0].strip();
        String domain = null;
        String zone = null;
        String tag = null;
        Integer year = null;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("a filter is key=value: " + parts[i]);
            }
            switch (kv[0]) {
                case "domain" -> domain = kv[1];
                case "zone" -> zone = kv[1];
                case "tag" -> tag = kv[1];
                case "year" -> year = Integer.valueOf(kv[1]);
                default -> throw new IllegalArgumentException("unknown filter " + kv[0] + " in " + line);
            }
        }
        return new InnovationQuery(q, domain, zone, tag, year);
    }
}
