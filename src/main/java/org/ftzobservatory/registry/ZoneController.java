package org.ftzobservatory.registry;

import java.util.Locale;

import org.ftzobservatory.kernel.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ZoneController {

    private final ZoneService zones;
    private final ZoneRepository repository;
    private final Vocabulary vocabulary;
    private final ZonePageAssembler pages;

    ZoneController(ZoneService zones, ZoneRepository repository, Vocabulary vocabulary, ZonePageAssembler pages) {
        this.zones = zones;
        this.repository = repository;
        this.vocabulary = vocabulary;
        this.pages = pages;
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
        model.addAttribute("page", pages.page(id, locale));
        return "zones/detail";
    }
}
