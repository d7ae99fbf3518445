package org.ftzobservatory.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.kernel.Text;

/**
 * Reads and validates {@code data/negative-lists/}: the lists and their notes, one file of measures per list, the check
 * policy, the scoring table and the edition history. Every problem is collected with its file and line; nothing is
 * returned unless all files are valid.
 */
public final class NegativeListFiles {

    static final Set<String> MEASURE_FIELDS = Set.of("seq", "section", "section_no", "seq_confidence", "national_counterpart",
            "text_zh", "text_status", "text_partial_zh", "substance_zh", "substance_source", "other_version_text",
            "text_en_source", "confidence", "rule_confidence", "rule_confidence_note", "topic", "summary_en", "kinds",
            "rules", "exceptions", "sources", "note", "category");
    static final Set<String> RULE_FIELDS = Set.of("scope_zh", "scope_en", "kinds", "parameters", "industries", "keywords", "note",
            "service_modes");
    static final Set<String> TEXT_STATUSES = Set.of("verbatim", "verbatim_news_quote", "ocr_corrected", "assembled", "not_found");
    static final Set<String> SHARE_PARAMETERS = Set.of("max_foreign_share", "min_chinese_share");

    private final IndustryClassification industries;
    private final Problems problems = new Problems();

    private NegativeListFiles(IndustryClassification industries) {
        this.industries = industries;
    }

    public static NegativeListData read(Path dir, IndustryClassification industries) {
        return new NegativeListFiles(industries).readAll(dir);
    }

    /** Reads one file of measures (an official's completed list) against the lists and policy already known. */
    public static List<NegativeListMeasure> readMeasureFile(Path file, NegativeListData known, IndustryClassification industries) {
        NegativeListFiles reader = new NegativeListFiles(industries);
        Map<String, NegativeList> lists = new LinkedHashMap<>();
        known.lists().forEach(l -> lists.put(l.id(), l));
        List<NegativeListMeasure> out = reader.measures(file, file.getFileName().toString(), lists, known.policy(), null);
        reader.failOnProblems();
        return out;
    }

    private NegativeListData readAll(Path dir) {
        CheckPolicy policy = policy(dir.resolve("check-policy.yaml"));
        Map<String, NegativeList> lists = lists(dir.resolve("lists.yaml"));
        RestrictivenessTable scoring = scoring(dir.resolve("restrictiveness.yaml"));
        List<EditionCount> history = history(dir.resolve("history.yaml"), lists);
        List<NegativeListMeasure> measures = new ArrayList<>();
        Map<String, Integer> perList = new HashMap<>();
        for (NegativeList l : lists.values()) {
            Path f = dir.resolve(l.id() + ".yaml");
            if (Files.isRegularFile(f)) {
                List<NegativeListMeasure> ms = measures(f, "negative-lists/" + l.id() + ".yaml", lists, policy, l.id());
                measures.addAll(ms);
                perList.put(l.id(), ms.size());
            }
        }
        for (NegativeList l : lists.values()) {
            if (l.editionOf() != null && !perList.containsKey(l.id())) {
                List<NegativeListMeasure> earlier = measures.stream().filter(m -> m.list().equals(l.editionOf().list())).toList();
                if (earlier.isEmpty()) {
                    problems.add("negative-lists/lists.yaml", 1, "edition_of", l.id() + ": no measures of list '" + l.editionOf().list() + "'");
                    continue;
                }
                List<NegativeListMeasure> ms = edition(l, earlier);
                if (ms.size() != l.officialCount()) {
                    problems.add("negative-lists/lists.yaml", 1, "edition_of", l.id() + ": " + ms.size()
                            + " measures after the removals, but the list officially has " + l.officialCount());
                }
                measures.addAll(ms);
                perList.put(l.id(), ms.size());
            }
        }
        checkCounterparts(measures, lists);
        if (policy != null) {
            Set<String> families = new HashSet<>();
            lists.values().forEach(l -> families.add(l.family()));
            for (String family : List.of(policy.mainlandFamily(), policy.ftzFamily())) {
                if (family != null && !families.contains(family)) {
                    problems.add("negative-lists/check-policy.yaml", 1, "location_lists", "unknown list family '" + family + "'");
                }
            }
            if (policy.crossBorderList() != null && !lists.containsKey(policy.crossBorderList())) {
                problems.add("negative-lists/check-policy.yaml", 1, "cross_border_services", "unknown list '" + policy.crossBorderList() + "'");
            }
        }
        failOnProblems();
        return new NegativeListData(List.copyOf(lists.values()), measures, policy, scoring, history);
    }

    private void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems.sorted());
        }
    }

    private Node file(Path path, String name) {
        if (!Files.isRegularFile(path)) {
            problems.add(name, 1, "(file)", "is missing");
            return null;
        }
        return YamlFile.read(path, name, problems);
    }

    private CheckPolicy policy(Path path) {
        Node n = file(path, "negative-lists/check-policy.yaml");
        if (n == null) {
            return null;
        }
        Set<Verification> decisive = new LinkedHashSet<>();
        for (String s : n.strings("decisive_rule_confidence")) {
            try {
                decisive.add(Verification.of(s));
            } catch (IllegalArgumentException e) {
                n.problem("decisive_rule_confidence", e.getMessage());
            }
        }
        Node loc = n.node("location_lists");
        Node cmp = n.node("comparison");
        Node cross = n.node("cross_border_services");
        Map<String, String> comparison = new LinkedHashMap<>();
        if (cmp != null) {
            cmp.keys().forEach(k -> comparison.put(k, cmp.string(k)));
        }
        Map<String, Text> conditions = texts(n.node("conditions"));
        Map<String, Text> requirements = new LinkedHashMap<>();
        Node condNode = n.node("conditions");
        if (condNode != null) {
            for (String k : condNode.keys()) {
                Node t = condNode.node(k);
                if (t != null) {
                    requirements.put(k, Text.of(t.requireString("if_zh"), t.requireString("if_en")));
                }
            }
        }
        Map<String, Text> kindNames = texts(n.node("kinds"));
        for (MeasureKind k : MeasureKind.values()) {
            if (!kindNames.containsKey(k.id())) {
                n.problem("kinds", "has no names for measure kind '" + k.id() + "'");
            }
        }
        Map<String, Text> labels = new LinkedHashMap<>();
        Map<String, Text> answers = new LinkedHashMap<>();
        Node verdicts = n.node("verdicts");
        for (Verdict v : Verdict.values()) {
            Node t = verdicts == null ? null : verdicts.node(v.id());
            if (t == null) {
                n.problem("verdicts", "has no wording for verdict '" + v.id() + "'");
                continue;
            }
            labels.put(v.id(), Text.of(t.requireString("zh"), t.requireString("en")));
            answers.put(v.id(), Text.of(t.requireString("answer_zh"), t.requireString("answer_en")));
        }
        Map<String, Text> wording = texts(n.node("wording"));
        for (String key : CheckPolicy.WORDING_KEYS) {
            if (!wording.containsKey(key)) {
                n.problem("wording", "has no sentence '" + key + "'");
            }
        }
        return new CheckPolicy(decisive, loc == null ? null : loc.requireString("mainland"), loc == null ? null : loc.requireString("ftz"),
                comparison, cross == null ? null : cross.string("list"),
                cross == null ? Set.of() : Set.copyOf(cross.strings("ftzs")),
                cross == null ? Set.of() : Set.copyOf(cross.strings("service_sections")),
                choices(n, "investment_forms"), choices(n, "legal_rep_nationalities"), choices(n, "investor_origins"),
                choices(n, "service_modes"), conditions, requirements, texts(n.node("other_obligations")), kindNames, labels,
                answers, wording);
    }

    private List<CheckPolicy.Choice> choices(Node n, String key) {
        List<CheckPolicy.Choice> out = new ArrayList<>();
        for (Node c : n.nodes(key)) {
            out.add(new CheckPolicy.Choice(c.requireString("id"), c.requireString("zh"), c.requireString("en")));
        }
        if (out.isEmpty()) {
            n.problem(key, "must list at least one value");
        }
        return out;
    }

    private Map<String, Text> texts(Node n) {
        Map<String, Text> out = new LinkedHashMap<>();
        if (n != null) {
            for (String k : n.keys()) {
                Node t = n.node(k);
                if (t != null) {
                    out.put(k, Text.of(t.requireString("zh"), t.requireString("en")));
                }
            }
        }
        return out;
    }

    private Map<String, NegativeList> lists(Path path) {
        Map<String, NegativeList> out = new LinkedHashMap<>();
        Node root = file(path, "negative-lists/lists.yaml");
        if (root == null) {
            return out;
        }
        for (Node l : root.nodes("lists")) {
            l.allowOnly(Set.of("id", "family", "kind", "title_zh", "title_en", "instrument", "issued", "effective", "in_force_until",
                    "official_count", "applies_to", "status_zh", "status_en", "source", "source_zh", "source_en", "current_note_zh",
                    "current_note_en", "derived_from", "edition_of", "notes", "categories_count", "categories"));
            String id = l.requireString("id");
            List<ExplanatoryNote> notes = new ArrayList<>();
            for (Node n : l.nodes("notes")) {
                notes.add(note(n));
            }
            List<NegativeList.ServiceCategory> categories = new ArrayList<>();
            for (Node c : l.nodes("categories")) {
                categories.add(new NegativeList.ServiceCategory(c.requireString("id"), c.requireString("name_zh"), c.string("name_en")));
            }
            Integer count = l.integer("official_count", 0, 10000);
            Node derived = l.node("derived_from");
            Node edition = l.node("edition_of");
            NegativeList list = new NegativeList(id, l.requireString("family"),
                    l.oneOf("kind", Set.of("foreign_investment", "cross_border_services"), true),
                    l.requireString("title_zh"), l.requireString("title_en"), l.requireString("instrument"), l.requireString("issued"),
                    date(l, "effective", true), date(l, "in_force_until", false), count == null ? 0 : count,
                    l.requireString("status_zh"), l.requireString("status_en"), l.strings("applies_to"), categories, notes, Map.of(),
                    l.requireString("source"), l.requireString("source_zh"), l.requireString("source_en"), l.string("current_note_zh"),
                    l.string("current_note_en"),
                    derived == null ? null : new NegativeList.Derivation(derived.requireString("list"), integers(derived, "sourced_differences")),
                    edition == null ? null : new NegativeList.EditionOf(edition.requireString("list"), integers(edition, "removed")));
            if (id != null && out.put(id, list) != null) {
                l.problem("id", "duplicate list id '" + id + "'");
            }
        }
        return out;
    }

    private static String date(Node n, String key, boolean required) {
        String s = required ? n.requireString(key) : n.string(key);
        if (s != null) {
            try {
                java.time.LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                n.problem(key, "must be a date YYYY-MM-DD, got '" + s + "'");
                return null;
            }
        }
        return s;
    }

    private static List<Integer> integers(Node n, String key) {
        List<Integer> out = new ArrayList<>();
        for (String s : n.strings(key)) {
            try {
                out.add(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                n.problem(key, "must list measure numbers, got '" + s + "'");
            }
        }
        return out;
    }

    /**
     * The measures of a later edition that is an earlier one less some measures (national-2024.md): each kept measure
     * renumbered in order, its wording, rules and sources the earlier edition's, and a note saying so.
     */
    static List<NegativeListMeasure> edition(NegativeList l, List<NegativeListMeasure> earlier) {
        List<NegativeListMeasure> out = new ArrayList<>();
        int seq = 0;
        for (NegativeListMeasure m : earlier) {
            if (l.editionOf().removed().contains(m.seq())) {
                continue;
            }
            seq++;
            String note = "Item " + seq + " of this edition is item " + m.seq() + " of the previous one, renumbered; no changed "
                    + "wording was seen, so the previous wording stands (" + l.sourceEn() + ")." + (m.note() == null ? "" : " " + m.note());
            out.add(new NegativeListMeasure(l.id(), seq, m.section(), m.sectionNo(), m.seqConfidence(), m.nationalCounterpart(),
                    m.textZh(), m.textStatus(), m.textPartialZh(), m.substanceZh(), m.otherVersionTextZh(), m.confidence(),
                    m.ruleConfidence(), m.ruleConfidenceNote(), m.topic(), m.summaryEn(), m.kinds(), m.rules(), m.exceptions(),
                    m.sources(), note, m.category()));
        }
        return out;
    }

    private ExplanatoryNote note(Node n) {
        n.allowOnly(Set.of("n", "status", "summary_zh", "summary_en", "rule"));
        Verification status = n.parsed("status", Verification::of);
        if (!n.has("status")) {
            n.problem("status", "is required (verified, one_source, reconstructed, not_found)");
        }
        Node r = n.node("rule");
        if (r == null) {
            return new ExplanatoryNote(n.requireString("n"), n.requireString("summary_zh"), n.requireString("summary_en"), status,
                    List.of(), List.of(), false, null, null, null);
        }
        r.allowOnly(Set.of("investment_forms", "investor_origins", "only_with_equity_measure", "effect", "fix_zh", "fix_en"));
        return new ExplanatoryNote(n.requireString("n"), n.requireString("summary_zh"), n.requireString("summary_en"), status,
                r.strings("investment_forms"), r.strings("investor_origins"), r.bool("only_with_equity_measure", false),
                r.oneOf("effect", Set.of("prohibited", "requires_changes", "notice"), true), r.requireString("fix_zh"), r.requireString("fix_en"));
    }

    private RestrictivenessTable scoring(Path path) {
        Node n = file(path, "negative-lists/restrictiveness.yaml");
        if (n == null) {
            return null;
        }
        Map<MeasureKind, Double> kinds = new EnumMap<>(MeasureKind.class);
        Node k = n.node("kind_scores");
        if (k != null) {
            for (String key : k.keys()) {
                try {
                    kinds.put(MeasureKind.of(key), unit(k, key));
                } catch (IllegalArgumentException e) {
                    k.problem(key, e.getMessage());
                }
            }
        }
        List<RestrictivenessTable.EquityBand> bands = new ArrayList<>();
        for (Node b : n.nodes("equity_bands")) {
            bands.add(new RestrictivenessTable.EquityBand(unit(b, "below"), unit(b, "score")));
        }
        return new RestrictivenessTable(kinds, bands, unit(n, "partial_weight"));
    }

    private static double unit(Node n, String key) {
        Double d = share(n, key);
        if (d == null) {
            n.problem(key, "is required: a number from 0 to 1");
            return 0;
        }
        return d;
    }

    private static Double share(Node n, String key) {
        String s = n.string(key);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            if (d < 0 || d > 1 || Double.isNaN(d)) {
                n.problem(key, "must be from 0 to 1, got " + s);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            n.problem(key, "must be a number from 0 to 1, got '" + s + "'");
            return null;
        }
    }

    private List<EditionCount> history(Path path, Map<String, NegativeList> lists) {
        List<EditionCount> out = new ArrayList<>();
        Node n = file(path, "negative-lists/history.yaml");
        if (n == null) {
            return out;
        }
        Set<String> families = new HashSet<>();
        lists.values().forEach(l -> families.add(l.family()));
        Set<String> seen = new HashSet<>();
        for (Node c : n.nodes("counts")) {
            c.allowOnly(Set.of("family", "edition", "measures", "verification", "source", "url"));
            String family = c.requireString("family");
            if (family != null && !families.contains(family)) {
                c.problem("family", "unknown list family '" + family + "' (known: " + families + ")");
            }
            String edition = c.requireString("edition");
            if (!seen.add(family + "/" + edition)) {
                c.problem("edition", "duplicate edition " + family + "/" + edition);
            }
            Integer m = c.integer("measures", 0, 10000);
            out.add(new EditionCount(family, edition, m == null ? 0 : m,
                    c.oneOf("verification", Set.of("report", "reference", "one_source", "unsourced"), true), c.requireString("source"),
                    c.string("url")));
        }
        return out;
    }

    private List<NegativeListMeasure> measures(Path path, String name, Map<String, NegativeList> lists, CheckPolicy policy,
                                               String expectedList) {
        List<NegativeListMeasure> out = new ArrayList<>();
        Node root = file(path, name);
        if (root == null) {
            return out;
        }
        root.allowOnly(Set.of("list", "sources", "measures"));
        String listId = root.requireString("list");
        NegativeList list = lists.get(listId);
        if (listId != null && list == null) {
            root.problem("list", "unknown list '" + listId + "' (known: " + lists.keySet() + ")");
            return out;
        }
        if (expectedList != null && listId != null && !expectedList.equals(listId)) {
            root.problem("list", "file " + expectedList + ".yaml must hold list '" + expectedList + "', not '" + listId + "'");
        }
        Node sourcesNode = root.node("sources");
        Set<String> sourceIds = sourcesNode == null ? Set.of() : sourcesNode.keys();
        Set<Integer> seqs = new HashSet<>();
        for (Node m : root.nodes("measures")) {
            NegativeListMeasure measure = measure(m, list, listId, sourceIds, policy);
            if (measure == null) {
                continue;
            }
            if (!seqs.add(measure.seq())) {
                m.problem("seq", "duplicate seq " + measure.seq());
            }
            if (list != null && measure.seq() > list.officialCount()) {
                m.problem("seq", "is above the list's official count " + list.officialCount());
            }
            out.add(measure);
        }
        if (list != null && expectedList != null && !out.isEmpty() && out.size() != list.officialCount()) {
            root.problem("measures", out.size() + " measures, but the list officially has " + list.officialCount()
                    + " (keep a slot with text_zh: null for every measure not found)");
        }
        return out;
    }

    private NegativeListMeasure measure(Node m, NegativeList list, String listId, Set<String> sourceIds, CheckPolicy policy) {
        m.allowOnly(MEASURE_FIELDS);
        Integer seq = m.integer("seq", 1, 1000);
        String section = m.string("section");
        if (section != null && (industries.get(section) == null || !industries.get(section).level().equals("section"))) {
            m.problem("section", "'" + section + "' is not a GB/T 4754 section letter");
        }
        String text = m.string("text_zh");
        String status = m.oneOf("text_status", TEXT_STATUSES, true);
        Verification confidence = verification(m, "confidence");
        Verification ruleConfidence = verification(m, "rule_confidence");
        if (confidence != null && (text == null) != (confidence == Verification.NOT_FOUND)) {
            m.problem("confidence", text == null ? "must be not_found when text_zh is null" : "cannot be not_found when text_zh is given");
        }
        if (status != null && (text == null) != status.equals("not_found")) {
            m.problem("text_status", text == null ? "must be not_found when text_zh is null" : "cannot be not_found when text_zh is given");
        }
        List<MeasureKind> kinds = kinds(m, "kinds");
        List<MeasureRule> rules = new ArrayList<>();
        for (Node r : m.nodes("rules")) {
            rules.add(rule(r, ruleConfidence, policy));
        }
        if (rules.isEmpty()) {
            m.problem("rules", "at least one rule is required (kinds: null for a rule that is not known)");
        }
        List<MeasureException> exceptions = new ArrayList<>();
        for (Node e : m.nodes("exceptions")) {
            e.allowOnly(Set.of("text_zh", "keywords"));
            exceptions.add(new MeasureException(e.requireString("text_zh"), lower(e.strings("keywords"))));
        }
        List<String> sources = m.strings("sources");
        for (String s : sources) {
            if (!sourceIds.contains(s)) {
                m.problem("sources", "source '" + s + "' is not in the file's sources block");
            }
        }
        Node other = m.node("other_version_text");
        if (seq == null) {
            return null;
        }
        return new NegativeListMeasure(listId, seq, section, m.string("section_no"), m.string("seq_confidence"),
                counterparts(m), text, status, m.string("text_partial_zh"), m.string("substance_zh"),
                other == null ? null : other.string("text_zh"), confidence, ruleConfidence, m.string("rule_confidence_note"),
                m.string("topic"), m.requireString("summary_en"), kinds, rules, exceptions, sources, m.string("note"),
                category(m, list));
    }

    /** A measure of a cross-border services list sits in one of the list's categories, when the list declares them. */
    private static String category(Node m, NegativeList list) {
        String category = m.string("category");
        if (category != null && list != null && !list.categories().isEmpty()
                && list.categories().stream().noneMatch(c -> c.id().equals(category))) {
            m.problem("category", "'" + category + "' is not a category of " + list.id() + " (allowed: "
                    + String.join(", ", list.categories().stream().map(NegativeList.ServiceCategory::id).toList()) + ")");
        }
        return category;
    }

    private static Verification verification(Node m, String key) {
        if (!m.has(key)) {
            m.problem(key, "is required (verified, one_source, reconstructed, not_found)");
            return null;
        }
        return m.parsed(key, Verification::of);
    }

    private List<Integer> counterparts(Node m) {
        Object raw = m.raw("national_counterpart");
        List<Integer> out = new ArrayList<>();
        List<?> items = raw == null ? List.of() : raw instanceof List<?> l ? l : List.of(raw);
        for (Object o : items) {
            try {
                out.add(Integer.parseInt(o.toString().trim()));
            } catch (NumberFormatException e) {
                m.problem("national_counterpart", "must be a measure number or a list of them, got '" + o + "'");
            }
        }
        return out;
    }

    /** {@code null} (unknown) when the field is null; the listed kinds otherwise. */
    private static List<MeasureKind> kinds(Node n, String key) {
        Object raw = n.raw(key);
        if (raw == null) {
            return null;
        }
        List<MeasureKind> out = new ArrayList<>();
        for (String s : n.strings(key)) {
            try {
                out.add(MeasureKind.of(s));
            } catch (IllegalArgumentException e) {
                n.problem(key, e.getMessage());
            }
        }
        return out;
    }

    private MeasureRule rule(Node r, Verification ruleConfidence, CheckPolicy policy) {
        r.allowOnly(RULE_FIELDS);
        List<MeasureKind> kinds = kinds(r, "kinds");
        Map<String, Object> parameters = new LinkedHashMap<>();
        Node p = r.node("parameters");
        if (p != null) {
            for (String key : p.keys()) {
                if (SHARE_PARAMETERS.contains(key)) {
                    Double d = share(p, key);
                    if (d != null) {
                        parameters.put(key, d);
                    }
                } else if (key.equals("legal_rep_chinese") || (policy != null && policy.otherObligations().containsKey(key))) {
                    parameters.put(key, p.bool(key, false));
                } else {
                    p.problem(key, "unknown parameter (allowed: max_foreign_share, min_chinese_share, legal_rep_chinese, "
                            + "or an obligation listed in check-policy.yaml other_obligations)");
                }
            }
        }
        if (parameters.get("max_foreign_share") instanceof Double max && parameters.get("min_chinese_share") instanceof Double min
                && Math.abs(max + min - 1) > 1e-6) {
            r.problem("parameters", "max_foreign_share " + max + " and min_chinese_share " + min + " do not add up to 1");
        }
        if (kinds != null) {
            if (kinds.contains(MeasureKind.EQUITY_CAP) && !parameters.containsKey("max_foreign_share") && !parameters.containsKey("min_chinese_share")) {
                r.problem("kinds", "equity_cap needs parameters.max_foreign_share or parameters.min_chinese_share");
            }
            if (kinds.contains(MeasureKind.NATIONALITY_REQUIREMENT) && !Boolean.TRUE.equals(parameters.get("legal_rep_chinese"))) {
                r.problem("kinds", "nationality_requirement needs parameters.legal_rep_chinese: true");
            }
        }
        List<IndustryMapping> mapped = new ArrayList<>();
        for (Node i : r.nodes("industries")) {
            i.allowOnly(Set.of("code", "coverage", "note"));
            String code = i.requireString("code");
            if (code != null && !industries.contains(code)) {
                i.problem("code", "'" + code + "' is not a GB/T 4754-2017 code");
            }
            String coverage = i.oneOf("coverage", Set.of("full", "partial"), true);
            if ("partial".equals(coverage) && !i.has("note")) {
                i.problem("note", "a partial mapping must say which part of the code the measure covers");
            }
            mapped.add(new IndustryMapping(code, "partial".equals(coverage), i.string("note")));
        }
        List<String> keywords = lower(r.strings("keywords"));
        if (kinds != null && policy != null && policy.decides(ruleConfidence) && mapped.isEmpty() && keywords.isEmpty()) {
            r.problem("industries", "a rule that decides verdicts needs at least one industry code or keyword, or it can never apply");
        }
        List<String> modes = r.strings("service_modes");
        for (String mode : modes) {
            if (policy != null && (mode.equals(Proposal.COMMERCIAL_PRESENCE) || policy.serviceModes().stream().noneMatch(c -> c.id().equals(mode)))) {
                r.problem("service_modes", "'" + mode + "' is not a cross-border supply mode (allowed: " + String.join(", ",
                        policy.serviceModes().stream().map(CheckPolicy.Choice::id).filter(id -> !id.equals(Proposal.COMMERCIAL_PRESENCE)).toList()) + ")");
            }
        }
        return new MeasureRule(r.string("scope_zh"), r.string("scope_en"), kinds, parameters, mapped, keywords, r.string("note"), modes);
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** A derived list's counterparts are measures of the list it derives from. */
    private void checkCounterparts(List<NegativeListMeasure> measures, Map<String, NegativeList> lists) {
        for (NegativeListMeasure m : measures) {
            NegativeList l = lists.get(m.list());
            if (l == null || l.derivedFrom() == null) {
                continue;
            }
            Set<Integer> national = new HashSet<>();
            measures.stream().filter(x -> x.list().equals(l.derivedFrom().list())).forEach(x -> national.add(x.seq()));
            for (Integer c : m.nationalCounterpart()) {
                if (!national.contains(c)) {
                    problems.add("negative-lists/" + m.list() + ".yaml", 1, "national_counterpart",
                            m.key() + ": national measure " + c + " does not exist");
                }
            }
        }
    }
}
