package org.ftzobservatory.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.chronicle.ChronicleRepository;
import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.documents.DocumentRepository;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.statistics.Statistic;
import org.ftzobservatory.statistics.StatisticRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ZoneController {

    /** Units worth a bar chart on a zone page; counts of unlike things are left to the table. */
    private static final List<String> CHARTED_UNITS = List.of("CNY", "USD", "%", "pp");

    private final ZoneService zones;
    private final ZoneRepository repository;
    private final StatisticRepository statistics;
    private final DocumentRepository documents;
    private final ChronicleRepository chronicle;
    private final Vocabulary vocabulary;
    private final Charts charts;
    private final InnovationRepository innovations;

    ZoneController(ZoneService zones, ZoneRepository repository, StatisticRepository statistics, DocumentRepository documents,
                   ChronicleRepository chronicle, Vocabulary vocabulary, Charts charts, InnovationRepository innovations) {
        this.zones = zones;
        this.repository = repository;
        this.statistics = statistics;
        this.documents = documents;
        this.chronicle = chronicle;
        this.vocabulary = vocabulary;
        this.charts = charts;
        this.innovations = innovations;
    }

    @GetMapping("/zones")
    String list(@RequestParam(required = false) Integer batch, @RequestParam(required = false) String region,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("zones", zones.list(batch, region));
        model.addAttribute("batch", batch);
        model.addAttribute("region", region);
        model.addAttribute("batches", repository.batches());
        model.addAttribute("regions", vocabulary.all("regions"));
        return htmx != null ? "zones/list :: results" : "zones/list";
    }

    @GetMapping("/zones/{id}")
    String zone(@PathVariable String id, Model model, Locale locale) {
        Zone zone = zones.get(id);
        List<Statistic> stats = statistics.byZone(id);
        model.addAttribute("zone", zone);
        model.addAttribute("statistics", stats);
        model.addAttribute("charts", zoneCharts(stats, locale));
        model.addAttribute("documents", documents.byZone(id));
        model.addAttribute("events", chronicle.byZone(id));
        model.addAttribute("innovations", innovations.byZone(id));
        return "zones/detail";
    }

    private List<String> zoneCharts(List<Statistic> stats, Locale locale) {
        Map<String, List<Charts.Bar>> byUnit = new LinkedHashMap<>();
        for (Statistic s : stats) {
            if (CHARTED_UNITS.contains(s.unit())) {
                String label = s.indicatorName().in(locale) + (s.zone().contains("/") ? " · " + s.zone().substring(s.zone().indexOf('/') + 1) : "");
                byUnit.computeIfAbsent(s.unit(), u -> new ArrayList<>()).add(new Charts.Bar(label, s.value(), s.raw()));
            }
        }
        List<String> out = new ArrayList<>();
        for (String unit : CHARTED_UNITS) {
            if (byUnit.containsKey(unit)) {
                out.add(charts.bars(vocabulary.label("units", unit, locale), byUnit.get(unit)));
            }
        }
        return out;
    }
}
