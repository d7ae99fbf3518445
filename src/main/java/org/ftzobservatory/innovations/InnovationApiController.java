package org.ftzobservatory.innovations;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1")
@Tag(name = "Innovations", description = "The case library of institutional innovations, searchable in Chinese and English")
class InnovationApiController {

    private final InnovationService service;
    private final InnovationRepository repository;
    private final BestPracticeRepository batches;

    InnovationApiController(InnovationService service, InnovationRepository repository, BestPracticeRepository batches) {
        this.service = service;
        this.repository = repository;
        this.batches = batches;
    }

    @GetMapping("/innovations")
    @Operation(summary = "Search and filter cases", description = "Full-text search (Chinese segmented with SmartChineseAnalyzer), "
            + "with facet counts over the filtered result and highlighted snippets. Pages count from 1.")
    SearchPage list(@Parameter(description = "query text, zh or en, at most 200 characters") @RequestParam(required = false) String q,
                    @Parameter(description = "domain id, e.g. trade") @RequestParam(required = false) String domain,
                    @Parameter(description = "FTZ id or ftz/subzone") @RequestParam(required = false) String zone,
                    @Parameter(description = "mechanism tag id, e.g. notification-commitment") @RequestParam(required = false) String tag,
                    @RequestParam(required = false) Integer year,
                    @Parameter(description = "a named digital platform, exactly as listed in a case's systems") @RequestParam(required = false) String system,
                    @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size) {
        return service.search(new InnovationQuery(q, domain, zone, tag, year, system), Paging.of(page, size, 20));
    }

    @GetMapping("/innovations/{id}")
    @Operation(summary = "One case with its metrics, tags, documents and best-practice batch")
    Map<String, Object> get(@PathVariable String id) {
        return Map.of("innovation", service.get(id), "similar", service.similar(id));
    }

    @GetMapping("/innovation-tags")
    @Operation(summary = "The mechanism-tag vocabulary")
    List<Innovation.Tag> tags() {
        return repository.tags();
    }

    @GetMapping("/best-practice-batches")
    @Operation(summary = "National best-practice batches with their cases and replication scope")
    List<BestPracticeBatch> batches() {
        return batches.all();
    }
}
