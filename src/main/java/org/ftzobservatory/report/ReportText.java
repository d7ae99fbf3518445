package org.ftzobservatory.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.YamlFile;

/**
 * The annual report's wording and shape, read from data/report/annual-report.yaml and validated at load: the sections in
 * order, each one's phrases in zh and en with {slot} placeholders, the headline indicators, the frame's labels. Every
 * phrase may only name the slots its section offers ({@link #SLOTS}, the builder's side of the contract); a typo in a
 * slot would otherwise print as a literal brace.
 */
public record ReportText(Text title, Text subtitle, String defaultTopic, int reportFactsYear, int casesPerDomain, List<HeadlineSpec> headlines,
                         List<String> openingIndicators, Map<String, Map<String, Text>> sections, Text colophonTitle,
                         Text colophonText, Map<String, Text> labels) {

    public static final String FILE = "report/annual-report.yaml";
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    /** Section ids in the order the report prints them, and the slots each one's phrases may use ({year} everywhere). */
    static final Map<String, Set<String>> SLOTS = slots();

    private static Map<String, Set<String>> slots() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("overview", Set.of("label", "value", "change", "gap", "share"));
        m.put("policy", Set.of("count"));
        m.put("tasks", Set.of("tasks", "done", "rate", "overdue"));
        m.put("opening", Set.of("national", "ftz", "fewer", "fewer_pct", "summary"));
        m.put("replication", Set.of("records", "tasks", "landed"));
        m.put("innovations", Set.of("count", "domains", "domain", "share"));
        m.put("topic", Set.of("topic", "count", "zones"));
        m.put("best-practices", Set.of("batch", "count", "issued"));
        m.put("chronicle", Set.of("count"));
        m.put("index", Set.of("framework"));
        return m;
    }

    /** A headline: indicator ids of the value and, optionally, its change, its gap to the national rate and its share. */
    public record HeadlineSpec(String value, String change, String gap, String share) {
    }

    public Text section(String id, String phrase) {
        return sections.getOrDefault(id, Map.of()).get(phrase);
    }

    public String label(String key, Locale locale) {
        Text t = labels.get(key);
        return t == null ? key : t.in(locale);
    }

    public static ReportText load(Path dataDir) {
        Problems problems = new Problems();
        Node root = YamlFile.read(dataDir.resolve(FILE), FILE, problems);
        if (root == null) {
            throw new InvalidDatasetException(problems.sorted());
        }
        root.allowOnly(Set.of("title", "subtitle", "default_topic", "report_facts_year", "cases_per_domain", "headlines", "opening_indicators",
                "sections", "colophon", "labels"));
        Set<String> frame = Set.of("year");
        Text title = text(root, "title", Set.of("year"));
        Text subtitle = text(root, "subtitle", frame);
        String topic = root.requireString("default_topic");
        Integer factsYear = root.integer("report_facts_year", 1949, 2100);
        if (factsYear == null) {
            root.problem("report_facts_year", "is required: the year the report's task and replication facts describe");
        }
        Integer perDomain = root.integer("cases_per_domain", 0, 50);
        if (perDomain == null) {
            root.problem("cases_per_domain", "is required (0-50)");
        }
        List<HeadlineSpec> headlines = root.nodes("headlines").stream().map(n -> {
            n.allowOnly(Set.of("value", "change", "gap", "share"));
            return new HeadlineSpec(n.requireString("value"), n.string("change"), n.string("gap"), n.string("share"));
        }).toList();
        if (headlines.isEmpty()) {
            root.problem("headlines", "needs at least one indicator");
        }
        Map<String, Map<String, Text>> sections = new LinkedHashMap<>();
        List<Node> nodes = root.nodes("sections");
        for (Node s : nodes) {
            String id = s.requireString("id");
            if (id == null) {
                continue;
            }
            if (!SLOTS.containsKey(id)) {
                s.problem("id", "'" + id + "' is not a report section (" + String.join(", ", SLOTS.keySet()) + ")");
                continue;
            }
            if (sections.containsKey(id)) {
                s.problem("id", "'" + id + "' appears twice");
                continue;
            }
            Set<String> allowed = new java.util.HashSet<>(SLOTS.get(id));
            allowed.add("year");
            Map<String, Text> phrases = new LinkedHashMap<>();
            for (String key : s.keys()) {
                if (!key.equals("id")) {
                    phrases.put(key, text(s, key, allowed));
                }
            }
            for (String required : List.of("title", "intro", "missing")) {
                if (!phrases.containsKey(required)) {
                    s.problem(required, "is required in section '" + id + "'");
                }
            }
            sections.put(id, phrases);
        }
        for (String id : SLOTS.keySet()) {
            if (!sections.containsKey(id)) {
                root.problem("sections", "section '" + id + "' is missing: every section is printed, with its data or "
                        + "with the sentence that says the data is missing");
            }
        }
        Node colophon = root.node("colophon");
        Text colophonTitle = colophon == null ? null : text(colophon, "title", frame);
        Text colophonText = colophon == null ? null : text(colophon, "text", Set.of("built", "millis"));
        if (colophon == null) {
            root.problem("colophon", "is required");
        }
        Map<String, Text> labels = new LinkedHashMap<>();
        Node l = root.node("labels");
        if (l != null) {
            for (String key : l.keys()) {
                labels.put(key, text(l, key, Set.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
        return new ReportText(title, subtitle, topic, factsYear, perDomain, headlines, root.strings("opening_indicators"), sections,
                colophonTitle, colophonText, labels);
    }

    /** A {zh, en} phrase whose slots are all in {@code allowed}. */
    private static Text text(Node parent, String key, Set<String> allowed) {
        Node n = parent.node(key);
        if (n == null) {
            parent.problem(key, "needs zh and en");
            return null;
        }
        n.allowOnly(Set.of("zh", "en"));
        String zh = n.requireString("zh");
        String en = n.requireString("en");
        for (String phrase : new String[] {zh, en}) {
            if (phrase == null) {
                continue;
            }
            Matcher m = SLOT.matcher(phrase);
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    parent.problem(key, "{" + m.group(1) + "} is not a slot of this phrase (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }
        return Text.of(zh, en);
    }
}
