package org.ftzobservatory.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The site-wide search page: one query over cases, documents and chronicle events, the hits grouped by type. */
@Controller
class SearchController {

    /** Hits shown per type; the type's own page (case library, documents) lists the rest. */
    static final int PER_TYPE = 10;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.isEmpty()) {
            return "search";
        }
        if (query.length() > SearchService.MAX_QUERY_LENGTH) {
            model.addAttribute("tooLong", SearchService.MAX_QUERY_LENGTH);
            return "search";
        }
        Map<String, SearchResult> groups = new LinkedHashMap<>();
        for (String type : SearchService.ORDER) {
            groups.put(type, search.search(query, type, PER_TYPE));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("total", groups.values().stream().mapToLong(SearchResult::total).sum());
        return "search";
    }
}
