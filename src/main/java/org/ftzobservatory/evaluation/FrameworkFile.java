package org.ftzobservatory.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ftzobservatory.evaluation.Framework.Dimension;
import org.ftzobservatory.evaluation.Framework.Direction;
import org.ftzobservatory.evaluation.Framework.Indicator;
import org.ftzobservatory.evaluation.Framework.Missing;
import org.ftzobservatory.evaluation.Framework.Normalisation;
import org.ftzobservatory.evaluation.Framework.Sensitivity;
import org.ftzobservatory.evaluation.Framework.SubDimension;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.SourceRef;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.YamlFile;

/**
 * Reads and validates a framework file (the format is in docs/index.md): every problem of the file is collected as
 * {@code file:line: field: problem} — weights of each level summing to 1 within {@link Framework#WEIGHT_TOLERANCE}, every
 * formula resolving against {@link DataSources}, ids unique and well formed, no unknown fields — and a file with any
 * problem yields no framework at all.
 */
public final class FrameworkFile {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_INDICATORS = 2000;

    private FrameworkFile() {
    }

    public static Framework read(Path file, String displayName, DataSources sources) {
        Problems problems = new Problems();
        Node root = YamlFile.read(file, displayName, problems);
        Framework f = null;
        if (root != null) {
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                content = "";
            }
            f = parse(root, sources, problems, content);
        }
        if (!problems.isEmpty() || f == null) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return f;
    }

    private static Framework parse(Node root, DataSources sources, Problems problems, String content) {
        root.allowOnly(Set.of("id", "version", "date", "title_zh", "title_en", "rationale_zh", "rationale_en", "sources",
                "sensitivity", "dimensions"));
        String id = id(root, "id");
        String version = root.requireString("version");
        if (version != null && !VERSION.matcher(version).matches()) {
            root.problem("version", "'" + version + "' is not a version such as 1.0 or 2026-12");
        }
        String date = root.requireString("date");
        if (date != null && !DATE.matcher(date).matches()) {
            root.problem("date", "'" + date + "' is not a date YYYY-MM-DD");
        }
        Text title = text(root, "title");
        Text rationale = text(root, "rationale");
        List<String> cited = root.strings("sources");
        if (cited.isEmpty()) {
            root.problem("sources", "is required: the rationale cites the report lines or documents it rests on");
        }
        for (String s : cited) {
            if (s.startsWith("ftz-report-") || s.startsWith("reference:")) {
                try {
                    SourceRef.parse(s);
                } catch (IllegalArgumentException e) {
                    root.problem("sources", e.getMessage());
                }
            }
        }
        Sensitivity sensitivity = sensitivity(root);
        Map<String, Integer> seen = new HashMap<>();
        List<Dimension> dims = new ArrayList<>();
        List<Node> dimNodes = root.nodes("dimensions");
        if (dimNodes.isEmpty()) {
            root.problem("dimensions", "is required: at least one dimension");
        }
        int[] indicators = {0};
        for (Node d : dimNodes) {
            d.allowOnly(Set.of("id", "name_zh", "name_en", "weight", "subdimensions"));
            String did = unique(d, seen);
            List<SubDimension> subs = new ArrayList<>();
            List<Node> subNodes = d.nodes("subdimensions");
            if (subNodes.isEmpty()) {
                d.problem("subdimensions", "is required: at least one sub-dimension");
            }
            for (Node s : subNodes) {
                s.allowOnly(Set.of("id", "name_zh", "name_en", "weight", "indicators"));
                String sid = unique(s, seen);
                List<Indicator> inds = new ArrayList<>();
                List<Node> indNodes = s.nodes("indicators");
                if (indNodes.isEmpty()) {
                    s.problem("indicators", "is required: at least one indicator");
                }
                for (Node i : indNodes) {
                    if (++indicators[0] > MAX_INDICATORS) {
                        i.problem("id", "more than " + MAX_INDICATORS + " indicators");
                        break;
                    }
                    inds.add(indicator(i, seen, sources));
                }
                sumsToOne(s, "indicators", inds.stream().mapToDouble(Indicator::weight).toArray());
                subs.add(new SubDimension(sid, names(s), weight(s), inds));
            }
            sumsToOne(d, "subdimensions", subs.stream().mapToDouble(SubDimension::weight).toArray());
            dims.add(new Dimension(did, names(d), weight(d), subs));
        }
        sumsToOne(root, "dimensions", dims.stream().mapToDouble(Dimension::weight).toArray());
        return new Framework(id, version, date, title, rationale, cited, sensitivity, dims, content);
    }

    private static Indicator indicator(Node i, Map<String, Integer> seen, DataSources sources) {
        i.allowOnly(Set.of("id", "name_zh", "name_en", "weight", "direction", "normalisation", "missing", "formula",
                "note_zh", "note_en"));
        String id = unique(i, seen);
        String dir = i.oneOf("direction", Set.of("higher", "lower"), true);
        String norm = i.oneOf("normalisation", Set.of("min-max", "z-score", "rank"), true);
        String missing = i.oneOf("missing", Set.of("exclude", "zero", "mean"), true);
        Formula formula = null;
        String text = i.requireString("formula");
        if (text != null) {
            try {
                formula = Formula.parse(text);
                String wrong = sources.check(formula);
                if (wrong != null) {
                    i.problem("formula", wrong);
                }
            } catch (IllegalArgumentException e) {
                i.problem("formula", e.getMessage());
            }
        }
        Text note = i.has("note_zh") || i.has("note_en") ? text(i, "note") : null;
        return new Indicator(id, names(i), weight(i), dir == null ? null : Direction.valueOf(dir.toUpperCase(Locale.ROOT)),
                Normalisation.of(norm), missing == null ? null : Missing.valueOf(missing.toUpperCase(Locale.ROOT)), formula, note);
    }

    private static Sensitivity sensitivity(Node root) {
        Node s = root.node("sensitivity");
        if (s == null) {
            root.problem("sensitivity", "is required: draws, spread and seed of the weight perturbation");
            return new Sensitivity(1000, 0.2, 1);
        }
        s.allowOnly(Set.of("draws", "spread", "seed"));
        Integer draws = s.integer("draws", 10, 100_000);
        if (!s.has("draws")) {
            s.problem("draws", "is required");
        }
        double spread = number(s, "spread", 0, 0.9);
        Long seed = null;
        String seedText = s.requireString("seed");
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
            } catch (NumberFormatException e) {
                s.problem("seed", "'" + seedText + "' is not a whole number");
            }
        }
        return new Sensitivity(draws == null ? 1000 : draws, spread, seed == null ? 1 : seed);
    }

    private static String id(Node n, String field) {
        String id = n.requireString(field);
        if (id != null && !ID.matcher(id).matches()) {
            n.problem(field, "'" + id + "' is not an id (lower-case letters, digits, '_' or '-', at most 64)");
            return null;
        }
        return id;
    }

    private static String unique(Node n, Map<String, Integer> seen) {
        String id = id(n, "id");
        if (id != null) {
            Integer first = seen.putIfAbsent(id, n.lineOf("id"));
            if (first != null) {
                n.problem("id", "'" + id + "' is used twice (first at line " + first + "); ids are unique in the whole tree");
            }
        }
        return id;
    }

    private static Text names(Node n) {
        return Text.of(orEmpty(n.requireString("name_zh")), orEmpty(n.requireString("name_en")));
    }

    private static Text text(Node n, String base) {
        return Text.of(orEmpty(n.requireString(base + "_zh")), orEmpty(n.requireString(base + "_en")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static double weight(Node n) {
        if (!n.has("weight")) {
            n.problem("weight", "is required");
            return 0;
        }
        return number(n, "weight", 0, 1);
    }

    private static double number(Node n, String field, double min, double max) {
        String s = n.requireString(field);
        if (s == null) {
            return 0;
        }
        try {
            double v = Double.parseDouble(s);
            if (!(v > min || (v == min && min > 0)) || v > max || Double.isNaN(v)) {
                n.problem(field, s + " must be above " + min + " and at most " + max);
                return 0;
            }
            return v;
        } catch (NumberFormatException e) {
            n.problem(field, "'" + s + "' is not a number");
            return 0;
        }
    }

    /** Siblings' weights sum to 1 within the stated tolerance. */
    static void sumsToOne(Node parent, String field, double[] weights) {
        if (weights.length == 0) {
            return;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (Math.abs(sum - 1) > Framework.WEIGHT_TOLERANCE) {
            parent.problem(field, String.format(Locale.ROOT, "weights sum to %.4f, not 1 (tolerance %s)", sum, Framework.WEIGHT_TOLERANCE));
        }
    }
}
