package org.ftzobservatory.innovations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.kernel.Charts;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.registry.ZoneRepository;
import org.ftzobservatory.registry.ZoneSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class InnovationController {

    private final InnovationService service;
    private final InnovationRepository repository;
    private final BestPracticeRepository batches;
    private final ZoneRepository zones;
    private final Vocabulary vocabulary;
    private final Charts charts;
    private final MessageSource messages;

    InnovationController(InnovationService service, InnovationRepository repository, BestPracticeRepository batches,
                         ZoneRepository zones, Vocabulary vocabulary, Charts charts, MessageSource messages) {
        this.service = service;
        this.repository = repository;
        this.batches = batches;
        this.zones = zones;
        this.vocabulary = vocabulary;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/innovations")
    String library(@RequestParam(required = false) String q, @RequestParam(required = false) String domain,
                   @RequestParam(required = false) String zone, @RequestParam(required = false) String tag,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String system,
                   @RequestParam(required = false) Integer page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        InnovationQuery query = new InnovationQuery(q, domain, zone, tag, year, system);
        model.addAttribute("query", query);
        model.addAttribute("result", service.search(query, Paging.of(page, 20, 20)));
        model.addAttribute("tagNames", tagNames());
        model.addAttribute("emptyQuery", q != null && q.isBlank());
        model.addAttribute("base", base(query));
        return htmx != null ? "innovations/library :: results" : "innovations/library";
    }

    @GetMapping("/innovations/matrix")
    String matrix(Model model, Locale locale) {
        Map<String, Text> domains = vocabulary.all("innovation_domains");
        List<ZoneSummary> all = zones.list(null, null);
        List<String> domainIds = new ArrayList<>(domains.keySet());
        List<String> zoneIds = all.stream().map(ZoneSummary::id).toList();
        List<int[]> cells = new ArrayList<>();
        for (Map<String, Object> row : repository.domainZoneMatrix()) {
            int r = domainIds.indexOf((String) row.get("domain"));
            int c = zoneIds.indexOf((String) row.get("ftz_id"));
            if (r >= 0 && c >= 0) {
                cells.add(new int[] {c, r, ((Number) row.get("n")).intValue()});
            }
        }
        model.addAttribute("heatmap", charts.heatmap(domainIds.stream().map(d -> domains.get(d).in(locale)).toList(),
                all.stream().map(z -> z.shortName().in(locale)).toList(), cells, domainIds, zoneIds,
                "/innovations?domain={row}&zone={column}"));
        return "innovations/matrix";
    }

    @GetMapping("/innovations/{id}")
    String innovation(@PathVariable String id, Model model, Locale locale) {
        Innovation innovation = service.get(id);
        model.addAttribute("innovation", innovation);
        model.addAttribute("similar", service.similar(id));
        model.addAttribute("tagNames", tagNames());
        String before = messages.getMessage("innovation.before", null, locale);
        String after = messages.getMessage("innovation.after", null, locale);
        List<String> metricCharts = new ArrayList<>();
        for (Innovation.Metric m : innovation.metrics()) {
            if (m.beforeHigh() != null && m.afterHigh() != null) {
                metricCharts.add(charts.beforeAfter(m.quantity().in(locale), vocabulary.label("units", m.unit(), locale),
                        m.beforeHigh(), m.before(), m.afterHigh(), m.after(), before, after));
            }
        }
        model.addAttribute("metricCharts", metricCharts);
        model.addAttribute("systemCounts", repository.systemCounts());
        return "innovations/detail";
    }

    @GetMapping("/best-practices")
    String batches(Model model) {
        model.addAttribute("batches", batches.all());
        return "innovations/batches";
    }

    @GetMapping("/best-practices/{number}")
    String batch(@PathVariable int number, Model model) {
        model.addAttribute("batch", batches.find(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number))));
        return "innovations/batch";
    }

    private Map<String, Text> tagNames() {
        Map<String, Text> m = new java.util.LinkedHashMap<>();
        repository.tags().forEach(t -> m.put(t.id(), t.name()));
        return m;
    }

    /** The current query as a URL prefix, so facet links keep the other filters. */
    private static String base(InnovationQuery q) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/innovations");
        if (q.q() != null && !q.q().isBlank()) {
            b.queryParam("q", q.q());
        }
        return b.encode().build().toUriString();
    }
}
