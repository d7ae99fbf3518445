package org.ftzobservatory.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.ftzobservatory.kernel.Node;
import org.ftzobservatory.kernel.Problems;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.YamlFile;
import org.ftzobservatory.statistics.Scope.Kind;

/**
 * The places a {@link Scope} may name and the rules that tie it to its record: provinces
 * ({@code data/replication/regions.yaml}), named regions ({@code data/regions-named.yaml}) and the note rules
 * ({@code data/scope-notes.yaml}). Read once per validation; a problem in these files is reported like any other.
 */
public final class ScopeRules {

    /** A province-level division: its names and the FTZ it hosts (null: none). */
    public record Province(String id, Text name, String ftz) {
    }

    /** A named region and its member provinces; {@code alsoNamed}: members outside the province list (Hong Kong, Macao). */
    public record NamedRegion(String id, Text name, List<String> members, Text alsoNamed, List<String> aliasesEn) {
    }

    /** One note rule: a note matching {@code when} requires one of {@code kinds}. */
    public record NoteRule(Pattern when, Set<Kind> kinds, String why) {
    }

    /** What is wrong with a record's scope, for {@code file:line: field: message}. */
    public record Problem(String field, String message) {
    }

    private final Map<String, Province> provinces;
    private final Map<String, NamedRegion> regions;
    private final List<NoteRule> noteRules;

    public ScopeRules(Map<String, Province> provinces, Map<String, NamedRegion> regions, List<NoteRule> noteRules) {
        this.provinces = Map.copyOf(provinces);
        this.regions = Map.copyOf(regions);
        this.noteRules = List.copyOf(noteRules);
    }

    public static ScopeRules read(Path dataDir, Problems problems) {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Node root = YamlFile.read(dataDir.resolve("replication/regions.yaml"), "replication/regions.yaml", problems);
        if (root != null) {
            for (Node r : root.nodes("regions")) {
                String id = r.requireString("id");
                if (id != null) {
                    provinces.put(id, new Province(id, new Text(r.requireString("name_zh"), r.requireString("name_en")),
                            r.string("ftz")));
                }
            }
        }
        Map<String, NamedRegion> regions = new LinkedHashMap<>();
        List<NoteRule> rules = new ArrayList<>();
        Path named = dataDir.resolve("regions-named.yaml");
        Node nr = Files.exists(named) ? YamlFile.read(named, "regions-named.yaml", problems) : null;
        if (nr != null) {
            nr.allowOnly(Set.of("regions"));
            for (Node r : nr.nodes("regions")) {
                r.allowOnly(Set.of("id", "name_zh", "name_en", "members", "also_zh", "also_en", "aliases_en"));
                String id = r.requireString("id");
                List<String> members = r.strings("members");
                if (members.isEmpty()) {
                    r.problem("members", "must list at least one province id");
                }
                for (String m : members) {
                    if (!provinces.containsKey(m)) {
                        r.problem("members", "'" + m + "' is not a province id of replication/regions.yaml");
                    }
                }
                List<String> aliases = r.strings("aliases_en");
                if (id != null && regions.put(id, new NamedRegion(id, new Text(r.requireString("name_zh"), r.requireString("name_en")),
                        members, new Text(String.join("、", r.strings("also_zh")), String.join(", ", r.strings("also_en"))),
                        aliases)) != null) {
                    r.problem("id", "'" + id + "' is listed twice");
                }
                for (String a : aliases) {
                    rules.add(new NoteRule(Pattern.compile("\\b" + Pattern.quote(a) + "\\b", Pattern.CASE_INSENSITIVE),
                            Set.of(Kind.REGION, Kind.ZONES), "the note names the " + a));
                }
            }
        }
        Path notes = dataDir.resolve("scope-notes.yaml");
        Node sn = Files.exists(notes) ? YamlFile.read(notes, "scope-notes.yaml", problems) : null;
        if (sn != null) {
            sn.allowOnly(Set.of("rules"));
            for (Node r : sn.nodes("rules")) {
                r.allowOnly(Set.of("when", "kinds", "why"));
                Set<Kind> kinds = new LinkedHashSet<>();
                for (String k : r.strings("kinds")) {
                    Kind kind = Kind.of(k);
                    if (kind == null) {
                        r.problem("kinds", "'" + k + "' is not a scope kind");
                    } else {
                        kinds.add(kind);
                    }
                }
                try {
                    String when = r.requireString("when");
                    if (when != null) {
                        rules.add(new NoteRule(Pattern.compile(when, Pattern.CASE_INSENSITIVE), kinds, r.requireString("why")));
                    }
                } catch (PatternSyntaxException e) {
                    r.problem("when", "is not a regular expression: " + e.getDescription());
                }
            }
        }
        return new ScopeRules(provinces, regions, rules);
    }

    /**
     * Everything wrong with a record's scope: unknown places, a zone column that names another place than a zone or
     * sub-zone scope, and a note that contradicts the scope (a rule of scope-notes.yaml matches and the kind is not
     * among its kinds). Empty when the scope is acceptable.
     */
    public List<Problem> check(Scope scope, String zoneColumn, String note, Predicate<String> zoneExists) {
        List<Problem> out = new ArrayList<>();
        switch (scope.kind()) {
            case ZONE, SUB_ZONE, ZONES -> {
                for (String p : scope.places()) {
                    if (!zoneExists.test(p) || (scope.kind() != Kind.ZONES && (scope.kind() == Kind.SUB_ZONE) != p.contains("/"))) {
                        out.add(new Problem("scope", "'" + p + "' is not " + (scope.kind() == Kind.SUB_ZONE ? "a sub-zone" : "an FTZ") + " id"));
                    }
                }
                if (scope.kind().aboutOneZone() && zoneColumn != null && !zoneColumn.equals(scope.places().get(0))) {
                    out.add(new Problem("scope", "'" + scope.format() + "' names another place than zone '" + zoneColumn + "'"));
                }
            }
            case PROVINCE, CITY -> {
                if (!provinces.containsKey(scope.places().get(0))) {
                    out.add(new Problem("scope", "'" + scope.places().get(0) + "' is not a province id of replication/regions.yaml"));
                }
            }
            case REGION -> {
                if (!regions.containsKey(scope.places().get(0))) {
                    out.add(new Problem("scope", "'" + scope.places().get(0) + "' is not a region of regions-named.yaml"));
                }
            }
            default -> {
            }
        }
        if (note != null) {
            for (NoteRule r : noteRules) {
                if (r.when().matcher(note).find() && !r.kinds().contains(scope.kind())) {
                    out.add(new Problem("scope", "'" + scope.format() + "' contradicts the note: " + r.why() + " (scope must be "
                            + String.join(" or ", r.kinds().stream().map(Kind::token).toList()) + ")"));
                }
            }
        }
        return out;
    }

    /**
     * The FTZs a wider scope contains, for "including this zone" on a zone page: the listed zones, the FTZ of a
     * province, the FTZs of a named region's members, and for a city the FTZ the report discusses it under (the zone
     * column, when that FTZ lies in the city's province). Zone and sub-zone scopes are "about" the zone, not "including";
     * FTZ-wide and national totals contain every zone and are not repeated on each zone page.
     */
    public List<String> containedFtzs(Scope scope, String zoneColumn) {
        String zoneRoot = zoneColumn == null || "national".equals(zoneColumn) ? null
                : zoneColumn.contains("/") ? zoneColumn.substring(0, zoneColumn.indexOf('/')) : zoneColumn;
        return switch (scope.kind()) {
            // only whole zones: two sub-zones of one FTZ together are part of it ("about"), not an area containing it
            case ZONES -> scope.places().stream().filter(p -> !p.contains("/")).toList();
            case PROVINCE -> ftzOf(scope.places().get(0)).stream().toList();
            case CITY -> ftzOf(scope.places().get(0)).filter(f -> f.equals(zoneRoot)).stream().toList();
            case REGION -> regions.containsKey(scope.places().get(0))
                    ? regions.get(scope.places().get(0)).members().stream().flatMap(m -> ftzOf(m).stream()).toList() : List.of();
            default -> List.of();
        };
    }

    private java.util.Optional<String> ftzOf(String province) {
        Province p = provinces.get(province);
        return java.util.Optional.ofNullable(p == null ? null : p.ftz());
    }

    /**
     * A zone or sub-zone scope in words (上海自贸试验区 / Shanghai FTZ); needs no rule files, so figures published at run time
     * (review) are described the way the import describes the dataset's.
     */
    public static Text zoneWords(Scope scope, Function<String, Text> zoneName) {
        return switch (scope.kind()) {
            case ZONE -> {
                Text n = zoneName.apply(scope.places().get(0));
                yield new Text(n.zh() + "自贸试验区", n.en() + " FTZ");
            }
            case SUB_ZONE -> {
                Text zone = zoneName.apply(scope.zoneRoots().get(0));
                Text sub = zoneName.apply(scope.places().get(0));
                yield new Text(zone.zh() + "自贸试验区" + sub.zh(), sub.en() + " (" + zone.en() + " FTZ)");
            }
            default -> throw new IllegalArgumentException("not a zone or sub-zone scope: " + scope.format());
        };
    }

    /** The scope in words: 重庆、四川自贸试验区 / Chongqing and Sichuan FTZs; 深圳市全市 / Shenzhen city as a whole. */
    public Text describe(Scope scope, Function<String, Text> zoneName) {
        return switch (scope.kind()) {
            case ZONE, SUB_ZONE -> zoneWords(scope, zoneName);
            case ZONES -> {
                List<Text> names = scope.places().stream().map(zoneName).toList();
                boolean subZones = scope.places().stream().allMatch(p -> p.contains("/"));
                yield subZones
                        ? new Text(String.join("、", names.stream().map(Text::zh).toList()) + "合计",
                                englishList(names.stream().map(Text::en).toList()) + " together")
                        : new Text(String.join("、", names.stream().map(Text::zh).toList()) + "自贸试验区",
                                englishList(names.stream().map(Text::en).toList()) + " FTZs");
            }
            case FTZ_WIDE -> new Text("全部自贸试验区合计", "All FTZs combined");
            case PROVINCE -> {
                Text n = provinceName(scope.places().get(0));
                yield new Text(n.zh() + "全域", n.en() + " as a whole");
            }
            case CITY -> {
                Text p = provinceName(scope.places().get(0));
                yield new Text(p.zh() + scope.cityZh() + "全市", scope.cityEn() + " city as a whole (" + p.en() + ")");
            }
            case REGION -> {
                NamedRegion r = regions.get(scope.places().get(0));
                yield r == null ? new Text(scope.places().get(0), scope.places().get(0)) : r.name();
            }
            case NATIONAL -> new Text("全国", "Nationwide");
        };
    }

    private Text provinceName(String id) {
        Province p = provinces.get(id);
        return p == null ? new Text(id, id) : p.name();
    }

    static String englishList(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public Map<String, NamedRegion> regions() {
        return regions;
    }
}
