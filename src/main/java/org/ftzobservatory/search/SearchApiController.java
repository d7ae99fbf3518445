package org.ftzobservatory.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/search")
@Tag(name = "Search", description = "Full-text search across innovations, documents and chronicle events")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search everything", description = "Chinese is segmented with SmartChineseAnalyzer; English is stemmed.")
    SearchResult search(@Parameter(description = "query, at most 200 characters") @RequestParam(required = false) String q,
                        @Parameter(description = "innovation, document or event") @RequestParam(required = false) String type,
                        @RequestParam(required = false, defaultValue = "20") int limit) {
        return search.search(q, type, limit);
    }
}
