package org.ftzobservatory.documents;

import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.registry.ZoneRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class DocumentController {

    private final DocumentService service;
    private final DocumentRepository repository;
    private final ZoneRepository zones;
    private final Vocabulary vocabulary;

    DocumentController(DocumentService service, DocumentRepository repository, ZoneRepository zones, Vocabulary vocabulary) {
        this.service = service;
        this.repository = repository;
        this.zones = zones;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String type,
                @RequestParam(required = false) String scope, @RequestParam(required = false) String zone,
                @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        DocumentFilter filter = new DocumentFilter(q, issuer, year, type, scope, zone);
        model.addAttribute("result", service.search(filter, Paging.of(page, 30, 30)));
        model.addAttribute("filter", filter);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/documents");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("q", blank(q));
        params.put("issuer", blank(issuer));
        params.put("year", year);
        params.put("type", blank(type));
        params.put("scope", blank(scope));
        params.put("zone", blank(zone));
        params.forEach((k, v) -> {
            if (v != null) {
                base.queryParam(k, v);
            }
        });
        String url = base.encode().build().toUriString();
        model.addAttribute("pageBase", url + (url.contains("?") ? "&" : "?"));
        model.addAttribute("issuers", repository.issuers());
        model.addAttribute("years", repository.years());
        model.addAttribute("types", vocabulary.all("document_types"));
        model.addAttribute("scopes", vocabulary.all("document_scopes"));
        model.addAttribute("zones", zones.list(null, null));
        return htmx != null ? "documents/list :: results" : "documents/list";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, Model model) {
        model.addAttribute("detail", service.detail(id));
        return "documents/detail";
    }

    private static Object blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
