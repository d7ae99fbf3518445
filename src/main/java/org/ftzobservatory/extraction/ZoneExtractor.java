package org.ftzobservatory.extraction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Finds mentions of FTZs and sub-zones, with the names of {@code shared/reference/zones.yaml}, its aliases and the
 * rules' extra aliases. The longest name starting at a position wins, scanning left to right.
 * <p>
 * <b>Province rule.</b> A province or municipality name alone (上海, 上海市, 广东省) is the government or the place, not
 * the FTZ, and is never a zone mention. It names the FTZ only followed directly by a designator of the rules
 * (自由贸易试验区, 自贸试验区, 自贸区), optionally with a province suffix between (上海市自贸试验区), or in the full form
 * 中国（上海）自由贸易试验区. An FTZ mention followed directly by one of its sub-zone names is one mention of that sub-zone.
 * A sub-zone name counts alone when it belongs to one FTZ only and the rules do not mark it context-only (中心片区).
 */
public final class ZoneExtractor {

    /** What a name refers to. */
    record Ref(String ftz, String subzone) { }

    private final NameTrie<Ref> trie = new NameTrie<>();
    private final Map<String, Ref> names = new HashMap<>();
    /** Sub-zone names by FTZ id, longest first, for the "FTZ + sub-zone" form (context-only names included). */
    private final Map<String, List<Map.Entry<String, String>>> subzonesOf = new HashMap<>();

    public ZoneExtractor(ExtractionRules rules, Path referenceZones) {
        Map<String, Object> root = readYaml(referenceZones);
        Map<String, Integer> subzoneNameUse = new HashMap<>();
        Map<String, Ref> subzoneNames = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Object o : list(root.get("ftzs"))) {
            Map<?, ?> f = (Map<?, ?>) o;
            String id = String.valueOf(f.get("id"));
            String name = String.valueOf(f.get("name_zh"));
            known.add(id);
            for (String suffix : rules.provinceSuffixes) {
                for (String d : rules.designators) {
                    put(name + suffix + d, new Ref(id, null));
                }
            }
            for (String form : rules.fullForms) {
                for (String d : rules.designators) {
                    put(form.replace("{name}", name).replace("{designator}", d), new Ref(id, null));
                }
            }
            List<Map.Entry<String, String>> subs = new ArrayList<>();
            for (Object so : list(f.get("subzones"))) {
                Map<?, ?> s = (Map<?, ?>) so;
                String sid = String.valueOf(s.get("id"));
                String sname = String.valueOf(s.get("name_zh"));
                known.add(id + "/" + sid);
                subs.add(Map.entry(sname, sid));
                subzoneNameUse.merge(sname, 1, Integer::sum);
                subzoneNames.put(sname, new Ref(id, sid));
            }
            subzonesOf.put(id, subs);
        }
        subzoneNames.forEach((n, ref) -> {
            if (subzoneNameUse.get(n) == 1 && !rules.contextOnlySubzones.contains(n)) {
                put(n, ref);
            }
        });
        Map<String, String> aliases = new LinkedHashMap<>();
        if (root.get("aliases") instanceof Map<?, ?> a) {
            a.forEach((k, v) -> aliases.put(String.valueOf(k), String.valueOf(v)));
        }
        aliases.putAll(rules.extraAliases);
        aliases.forEach((alias, ref) -> {
            if (!known.contains(ref)) {
                problems.add("alias " + alias + ": unknown zone " + ref);
                return;
            }
            int slash = ref.indexOf('/');
            Ref r = slash < 0 ? new Ref(ref, null) : new Ref(ref.substring(0, slash), ref.substring(slash + 1));
            put(alias, r);
            if (r.subzone() != null) {
                subzonesOf.get(r.ftz()).add(Map.entry(alias, r.subzone()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        subzonesOf.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed()));
    }

    private void put(String name, Ref ref) {
        if (names.putIfAbsent(name, ref) == null) {
            trie.put(name, ref);
        }
    }

    public List<Mentions.Zone> extract(NormalizedText nt) {
        String t = nt.text();
        List<Mentions.Zone> out = new ArrayList<>();
        int i = 0;
        int len = t.length();
        while (i < len) {
            int length = trie.longestAt(t, i);
            if (length == 0) {
                i++;
                continue;
            }
            Ref ref = trie.get(t, i, length);
            int end = i + length;
            if (ref.subzone() == null) {
                for (Map.Entry<String, String> s : subzonesOf.getOrDefault(ref.ftz(), List.of())) {
                    if (t.startsWith(s.getKey(), end)) {
                        ref = new Ref(ref.ftz(), s.getValue());
                        end += s.getKey().length();
                        break;
                    }
                }
            }
            out.add(new Mentions.Zone(nt.span(i, end), ref.ftz(), ref.subzone()));
            i = end;
        }
        return out;
    }

    /** Every name the extractor recognises alone, with what it refers to (for tests and docs). */
    Map<String, Ref> names() {
        return Map.copyOf(names);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object o = new Yaml(new LoaderOptions()).load(r);
            if (!(o instanceof Map<?, ?>)) {
                throw new InvalidRulesException(List.of(file + ": not a zones file"));
            }
            return (Map<String, Object>) o;
        } catch (IOException e) {
            throw new InvalidRulesException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }
}
