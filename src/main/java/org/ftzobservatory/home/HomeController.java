package org.ftzobservatory.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ftzobservatory.chronicle.ChronicleRepository;
import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.registry.ZoneRepository;
import org.ftzobservatory.registry.ZoneSummary;
import org.ftzobservatory.statistics.StatisticRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final StatisticRepository statistics;
    private final ZoneRepository zones;
    private final ChronicleRepository chronicle;
    private final Charts charts;
    private final InnovationRepository innovations;
    private final Vocabulary vocabulary;
    private final MessageSource messages;

    HomeController(StatisticRepository statistics, ZoneRepository zones, ChronicleRepository chronicle, Charts charts,
                   InnovationRepository innovations, Vocabulary vocabulary, MessageSource messages) {
        this.messages = messages;
        this.statistics = statistics;
        this.zones = zones;
        this.chronicle = chronicle;
        this.charts = charts;
        this.innovations = innovations;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        List<ZoneSummary> all = zones.list(null, null);
        Map<Integer, List<ZoneSummary>> byBatch = new TreeMap<>();
        all.forEach(z -> byBatch.computeIfAbsent(z.batch(), b -> new ArrayList<>()).add(z));
        model.addAttribute("headlines", statistics.headlines());
        model.addAttribute("batches", byBatch);
        model.addAttribute("latest", chronicle.latest(5));
        model.addAttribute("mapChart", mapChart(all, locale));
        Map<String, Object> stats = innovations.stats();
        model.addAttribute("caseTotal", stats.get("total"));
        @SuppressWarnings("unchecked")
        Map<String, Long> byDomain = (Map<String, Long>) stats.get("by_domain");
        List<Charts.Bar> bars = new ArrayList<>();
        // Cases filed under a theme but no domain are counted under a key of their own, not a domain id.
        byDomain.forEach((d, n) -> bars.add(new Charts.Bar(d.startsWith("(") ? messages.getMessage("home.cases.themeOnly", null, locale)
                : vocabulary.label("innovation_domains", d, locale), n, String.valueOf(n))));
        model.addAttribute("caseChart", charts.bars("", bars));
        return "home";
    }

    private String mapChart(List<ZoneSummary> all, Locale locale) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (ZoneSummary z : all) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", z.shortName().zh()); // the map's regions are named in Chinese
            d.put("value", z.batch());
            d.put("label", z.name().in(locale) + " · " + z.batch());
            d.put("href", "/zones/" + z.id());
            data.add(d);
        }
        return charts.map(zones.batches(), data);
    }

}
