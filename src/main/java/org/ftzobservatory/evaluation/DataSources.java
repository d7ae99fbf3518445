package org.ftzobservatory.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ftzobservatory.kernel.Text;

/**
 * The named data sources a framework's formulas may use, with their parameters (the engine's side of the OpenFisca-style
 * split: frameworks say which sources weigh how much, this class says which sources exist and what they accept). Each
 * source is computed by {@link IndexData}; the values a parameter may take come from the dataset's vocabularies.
 */
public final class DataSources {

    /** A parameter: {@code allowed} lists the values it may take (several joined by '+' when {@code several}). */
    public record Param(String name, boolean required, Set<String> allowed, boolean several) {
    }

    /**
     * A source: {@code synthetic} when its rows are the simulated demo ledger today (labelled wherever shown);
     * {@code subzones} when it has values per sub-zone (otherwise sub-zones count as missing).
     */
    public record Source(String name, List<Param> params, Text description, boolean ledger, boolean subzones) {
        public Param param(String n) {
            return params.stream().filter(p -> p.name().equals(n)).findFirst().orElse(null);
        }
    }

    public static final String INNOVATIONS_PER_DOMAIN = "innovations_per_domain";
    public static final String INNOVATIONS_WITH_TAG = "innovations_with_tag";
    public static final String BEST_PRACTICE_CASES = "best_practice_cases_originated";
    public static final String REPLICATION_ON_TIME = "replication_tasks_on_time_rate";
    public static final String PILOT_TASK_COMPLETION = "pilot_task_completion_rate";
    public static final String DELEGATED_POWERS = "delegated_powers_count";
    public static final String STATISTIC = "statistic";
    public static final String NEGATIVE_LIST_OPENNESS = "negative_list_openness";

    private final Map<String, Source> sources = new LinkedHashMap<>();

    /** @param domains innovation domains (taxonomy), tags mechanism tags, indicators the statistics' indicator ids */
    public DataSources(Set<String> domains, Set<String> tags, Set<String> indicators) {
        add(new Source(INNOVATIONS_PER_DOMAIN, List.of(new Param("domain", true, domains, false)),
                Text.of("该年该区域在某一领域的制度创新案例数（案例库）", "Cases of the case library in one domain credited to the zone in the year"),
                false, true));
        add(new Source(INNOVATIONS_WITH_TAG, List.of(new Param("tag", true, tags, true)),
                Text.of("该年该区域带有所列机制标签之一的案例数", "Cases of the year credited to the zone carrying any of the listed mechanism tags"),
                false, true));
        add(new Source(BEST_PRACTICE_CASES, List.of(),
                Text.of("该年印发的国家最佳实践案例中出自该区域的案例数", "Cases of the national best-practice batches issued in the year that came from the zone"),
                false, true));
        add(new Source(REPLICATION_ON_TIME, List.of(),
                Text.of("截止日在该年的复制推广任务中按期（截止日当天或之前）落地的比例（省级；台账）",
                        "Share of replication tasks due in the year that landed on or before their deadline (per province; ledger)"),
                true, false));
        add(new Source(PILOT_TASK_COMPLETION, List.of(),
                Text.of("截止日在该年的试点任务中到年底已完成的比例（台账）",
                        "Share of pilot tasks due in the year that were done by the end of the year (ledger)"),
                true, true));
        add(new Source(DELEGATED_POWERS, List.of(new Param("source", false, Set.of("catalogues", "ledger"), false)),
                Text.of("下放给该区域的权限数：catalogues = 报告所载赋权清单（含片区），ledger = 台账中年底有效的权限",
                        "Powers delegated to the zone: catalogues = the report's catalogues (sub-zones included), ledger = the ledger's powers in force at year end"),
                false, true));
        add(new Source(STATISTIC, List.of(new Param("indicator", true, indicators, false),
                new Param("growth", false, Set.of("true", "false"), false)),
                Text.of("统计数据中范围恰为该区域的该年数值；growth=true 时为较上年的增长率（%）",
                        "The figure whose scope is exactly the zone in the year; growth=true: its growth over the year before (%)"),
                false, true));
        add(new Source(NEGATIVE_LIST_OPENNESS, List.of(),
                Text.of("该年适用的全国版外资准入负面清单比自贸试验区版多出的特别管理措施数（各区相同）",
                        "How many more measures the national foreign-investment negative list of the year has than the FTZ list (the same for every zone)"),
                false, true));
    }

    private void add(Source s) {
        sources.put(s.name(), s);
    }

    public Source source(String name) {
        return sources.get(name);
    }

    public List<Source> all() {
        return List.copyOf(sources.values());
    }

    /** Null when the formula resolves, otherwise what is wrong with it. */
    public String check(Formula f) {
        Source s = sources.get(f.source());
        if (s == null) {
            return "unknown data source '" + f.source() + "' (known: " + String.join(", ", sources.keySet()) + ")";
        }
        for (String key : f.params().keySet()) {
            if (s.param(key) == null) {
                return f.source() + " has no parameter '" + key + "'"
                        + (s.params().isEmpty() ? "" : " (it takes " + s.params().stream().map(Param::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        for (Param p : s.params()) {
            String v = f.param(p.name());
            if (v == null) {
                if (p.required()) {
                    return f.source() + " needs " + p.name() + "=...";
                }
                continue;
            }
            for (String one : p.several() ? v.split("\\+") : new String[] {v}) {
                if (!p.allowed().contains(one)) {
                    String known = p.allowed().size() <= 12 ? " (one of " + p.allowed().stream().sorted().toList() + ")" : "";
                    return "unknown " + p.name() + " '" + one + "'" + known;
                }
            }
        }
        return null;
    }
}
