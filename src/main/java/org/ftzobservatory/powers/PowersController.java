package org.ftzobservatory.powers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.registry.ZoneRefs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /powers: the report's catalogues (cited), and what was delegated to a zone on a day with the zone's timeline. */
@Controller
public class PowersController {

    private final PowerService service;
    private final ZoneRefs zoneRefs;

    public PowersController(PowerService service, ZoneRefs zoneRefs) {
        this.service = service;
        this.zoneRefs = zoneRefs;
    }

    @GetMapping("/powers")
    public String powers(@RequestParam(required = false) String zone, @RequestParam(required = false) String date, Model model,
                         Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<String, String> zones = new LinkedHashMap<>();
        zoneRefs.names().forEach((ref, n) -> zones.put(ref, n[en ? 1 : 0]));
        Map<String, String> kinds = new LinkedHashMap<>();
        service.rules().kinds().forEach(k -> kinds.put(k.id(), k.name().in(locale)));
        Map<String, String> modes = new LinkedHashMap<>();
        service.rules().modes().forEach(k -> modes.put(k.id(), k.name().in(locale)));
        model.addAttribute("zones", zones);
        model.addAttribute("kinds", kinds);
        model.addAttribute("modes", modes);
        model.addAttribute("catalogues", service.store().catalogues());
        model.addAttribute("zone", zone);
        model.addAttribute("date", date == null ? "2021-12-31" : date);
        if (zone != null && !zone.isBlank() && date != null && !date.isBlank()) {
            model.addAttribute("delegated", service.at(zone, date));
            model.addAttribute("timeline", service.store().timeline(zone.trim()));
        }
        return "powers/powers";
    }
}
