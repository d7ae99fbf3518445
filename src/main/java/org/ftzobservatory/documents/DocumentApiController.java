package org.ftzobservatory.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/documents")
@Tag(name = "Documents", description = "Policy documents named in the report, with parsed 文号")
class DocumentApiController {

    private final DocumentService service;

    DocumentApiController(DocumentService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List documents", description = "Filters combine with AND. Pages count from 1.")
    PageResult<PolicyDocument> list(@Parameter(description = "text in the title, a 文号 or a short name") @RequestParam(required = false) String q,
                                    @Parameter(description = "issuer code (国发) or part of an issuing body's name") @RequestParam(required = false) String issuer,
                                    @RequestParam(required = false) Integer year,
                                    @Parameter(description = "document type id, e.g. overall_plan") @RequestParam(required = false) String type,
                                    @Parameter(description = "national, all_ftz, zone or non_ftz") @RequestParam(required = false) String scope,
                                    @Parameter(description = "FTZ id the document applies to") @RequestParam(required = false) String zone,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return service.search(new DocumentFilter(q, issuer, year, type, scope, zone), Paging.of(page, size, 20));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document with its parsed 文号, related documents and chronicle events")
    DocumentDetail get(@PathVariable String id) {
        return service.detail(id);
    }
}
