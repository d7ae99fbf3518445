package org.ftzobservatory.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.chronicle.ChronicleEvent;
import org.ftzobservatory.chronicle.ChronicleRepository;
import org.ftzobservatory.documents.DocumentRepository;
import org.ftzobservatory.documents.PolicyDocument;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.statistics.Figures;
import org.ftzobservatory.statistics.ScopeMatch;
import org.ftzobservatory.statistics.Statistic;
import org.ftzobservatory.statistics.StatisticRepository;
import org.springframework.stereotype.Component;

/**
 * Gathers what a zone page shows — the zone, its figures and their charts, documents, events and cases — so the
 * controller only picks the view. A chart compares one indicator across places (two sub-zones, a zone and its
 * sub-zone); unrelated indicators never share an axis, and a figure with nothing to compare stays in the table.
 */
@Component
class ZonePageAssembler {

    /** What the zone page renders. */
    record ZonePage(Zone zone, List<Statistic> statistics, List<Statistic> widerStatistics, List<String> charts,
                    List<PolicyDocument> documents, List<ChronicleEvent> events, List<Innovation> innovations) {
    }

    private final ZoneService zones;
    private final StatisticRepository statistics;
    private final DocumentRepository documents;
    private final ChronicleRepository chronicle;
    private final InnovationRepository innovations;
    private final Charts charts;
    private final Figures figures;
    private final ZoneNames names;

    ZonePageAssembler(ZoneService zones, StatisticRepository statistics, DocumentRepository documents,
                      ChronicleRepository chronicle, InnovationRepository innovations, Charts charts, Figures figures,
                      ZoneNames names) {
        this.zones = zones;
        this.statistics = statistics;
        this.documents = documents;
        this.chronicle = chronicle;
        this.innovations = innovations;
        this.charts = charts;
        this.figures = figures;
        this.names = names;
    }

    ZonePage page(String id, Locale locale) {
        Zone zone = zones.get(id);
        // "about this zone" (the zone or a sub-zone alone) apart from "including this zone" (a wider area containing
        // it): a province's or a city's figure must not read as the zone's own. Charts compare only the former.
        List<Statistic> stats = statistics.byZone(id, ScopeMatch.EXACT);
        return new ZonePage(zone, stats, statistics.byZone(id, ScopeMatch.INCLUDES), comparisons(stats, locale),
                documents.byZone(id), chronicle.byZone(id), innovations.byZone(id));
    }

    /** One bar chart per indicator and unit that the report gives for two places or more in this zone. */
    private List<String> comparisons(List<Statistic> stats, Locale locale) {
        Map<String, List<Statistic>> byIndicator = new LinkedHashMap<>();
        for (Statistic s : stats) {
            byIndicator.computeIfAbsent(s.indicator() + "|" + s.unit() + "|" + s.year(), k -> new ArrayList<>()).add(s);
        }
        List<String> out = new ArrayList<>();
        for (List<Statistic> same : byIndicator.values()) {
            if (same.size() < 2 || same.stream().map(Statistic::zone).distinct().count() < 2) {
                continue;
            }
            Scale scale = Scale.of(same.get(0).unit(), locale);
            List<Charts.Bar> bars = same.stream().map(s -> new Charts.Bar(names.label(s.zone(), locale),
                    scale.apply(s.value()), figures.of(s, locale))).toList();
            Statistic first = same.get(0);
            out.add(charts.bars(first.indicatorName().in(locale) + " · " + first.year()
                    + (scale.label().isEmpty() ? "" : " (" + scale.label() + ")"), bars));
        }
        return out;
    }

    /** The axis unit of a chart: money in 亿元 / CNY bn, the rest as given. */
    private record Scale(BigDecimal divisor, String label) {

        static Scale of(String unit, Locale locale) {
            boolean en = locale != null && "en".equals(locale.getLanguage());
            return switch (unit) {
                case "CNY" -> en ? new Scale(new BigDecimal("1e9"), "CNY bn") : new Scale(new BigDecimal("1e8"), "亿元");
                case "USD" -> en ? new Scale(new BigDecimal("1e9"), "USD bn") : new Scale(new BigDecimal("1e8"), "亿美元");
                case "%" -> new Scale(BigDecimal.ONE, "%");
                case "pp" -> new Scale(BigDecimal.ONE, en ? "percentage points" : "个百分点");
                default -> new Scale(BigDecimal.ONE, "");
            };
        }

        Number apply(BigDecimal value) {
            return value.divide(divisor, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }
}
