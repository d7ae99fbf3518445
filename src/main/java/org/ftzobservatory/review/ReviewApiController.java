package org.ftzobservatory.review;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.ftzobservatory.extraction.RejectedDocumentException;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.statistics.PublishedStatistics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The review queue over REST, for signed-in officials only (reads too: candidates are unchecked work). Uploads are a
 * multipart {@code file} or the raw bytes with {@code ?name=}; the same bytes again answer 200 with the document already
 * queued. Decisions: 400 names the field, 409 a stale version or a candidate already decided.
 */
@ApiController("/api/v1")
@Tag(name = "review", description = "Document ingestion and the review queue: fact candidates with spans, decisions, curated facts")
public class ReviewApiController {

    private final ReviewService service;

    public ReviewApiController(ReviewService service) {
        this.service = service;
    }

    @PostMapping(path = "/review/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ingest a TXT, HTML, PDF or DOCX file (multipart field 'file'): 201 with the new document, 200 when the same bytes were ingested before")
    public ResponseEntity<IngestResult> upload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw new BadRequestException("file", "send the document as the multipart field 'file'");
        }
        if (file.isEmpty()) {
            throw new BadRequestException("file", "the file sent is empty (0 bytes)");
        }
        service.ingestion().checkSize(file.getSize());
        return ingest(file.getBytes(), file.getOriginalFilename());
    }

    @PostMapping("/review/documents")
    @Operation(summary = "Ingest a document sent as the raw request body, named by ?name= (e.g. notice.pdf)")
    public ResponseEntity<IngestResult> uploadRaw(@RequestParam(required = false) String name, HttpServletRequest request) throws IOException {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "name the document, e.g. ?name=notice.pdf");
        }
        byte[] bytes = readLimited(request);
        if (bytes.length == 0) {
            throw new BadRequestException("body", "the request body is empty");
        }
        return ingest(bytes, name);
    }

    private byte[] readLimited(HttpServletRequest request) throws IOException {
        try {
            return service.ingestion().read(request.getInputStream());
        } catch (RejectedDocumentException e) {
            throw new BadRequestException("body", e.getMessage());
        }
    }

    private ResponseEntity<IngestResult> ingest(byte[] bytes, String name) {
        Official me = me();
        try {
            IngestResult r = service.ingest(bytes, name, me.name(), me.role().name(), s -> { });
            return ResponseEntity.status(r.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(r);
        } catch (RejectedDocumentException e) {
            throw new BadRequestException("file", e.getMessage());
        }
    }

    @GetMapping("/review/documents")
    @Operation(summary = "Ingested documents, newest first, with their candidate and pending counts")
    public List<IngestedDocument> documents() {
        return service.store().documents();
    }

    @GetMapping("/review/documents/{id}")
    @Operation(summary = "One document with its candidate counts by type and status (add ?text=true for its original text)")
    public Map<String, Object> document(@PathVariable long id, @RequestParam(defaultValue = "false") boolean text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", service.document(id));
        out.put("tally", service.store().tally(id));
        if (text) {
            out.put("text", service.store().original(id));
        }
        return out;
    }

    @GetMapping("/review/documents/{id}/candidates")
    @Operation(summary = "A document's candidates in text order, by type (doc_number, date, amount, percent, count, zone, case_box) and status (pending, accepted, edited, rejected)")
    public List<Candidate> candidates(@PathVariable long id, @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String status, @RequestParam(defaultValue = "5000") int limit) {
        service.document(id);
        return service.store().candidates(id, Filters.type(type), Filters.status(status), Filters.limit(limit));
    }

    @GetMapping("/review/candidates/{id}")
    @Operation(summary = "One candidate with its span, extracted value, status and version")
    public Candidate candidate(@PathVariable long id) {
        return service.candidate(id);
    }

    @PostMapping("/review/candidates/{id}/decision")
    @Operation(summary = "Decide one candidate: {action: accept|edit|reject, version, value (edit only), comment}; final once made")
    public Candidate decide(@PathVariable long id, @RequestBody(required = false) Decision.One body) {
        return service.decide(me(), id, body);
    }

    @PostMapping("/review/decisions")
    @Operation(summary = "Accept or reject many pending candidates, all or nothing: {action, ids} or {action, document_id, type}")
    public Decision.BulkResult decideAll(@RequestBody(required = false) Decision.Bulk body) {
        return service.decideAll(me(), body);
    }

    @GetMapping("/review/facts")
    @Operation(summary = "Accepted facts: document stubs (文号), curated statistics, innovation drafts, accepted dates and zones")
    public Map<String, Object> facts() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document_stubs", service.store().stubs());
        out.put("statistics", service.store().statistics());
        out.put("innovation_drafts", service.store().drafts());
        out.put("dates_and_zones", service.store().otherAccepted());
        return out;
    }

    @GetMapping("/review/indicators")
    @Operation(summary = "The indicators a figure may be published under (the dataset's), each with its unit: a figure is published only under an indicator in its own unit")
    public List<PublishedStatistics.Indicator> indicators() {
        return service.publication().statistics().indicators();
    }

    @PostMapping("/review/candidates/{id}/publication")
    @Operation(summary = "Publish a figure accepted earlier without a placement: {indicator, zone, year}; 409 when published already")
    public ResponseEntity<Map<String, Object>> publish(@PathVariable long id,
                                                       @RequestBody(required = false) PublishedStatistics.Placement body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.publication().publishAccepted(me(), id, body));
    }

    @GetMapping("/review/published")
    @Operation(summary = "Facts published from the review queue, withdrawn ones included: 文号 mentions (documents) and figures (statistics), with provenance")
    public Map<String, Object> published() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", service.publication().documents().all());
        out.put("statistics", service.publication().statistics().all());
        return out;
    }

    @GetMapping("/review/published/{kind}/{id}")
    @Operation(summary = "One published fact (kind: documents | statistics) with its audit history")
    public Map<String, Object> publishedFact(@PathVariable String kind, @PathVariable long id) {
        return service.publication().fact(kind, id);
    }

    @PostMapping("/review/published/{kind}/{id}/withdrawal")
    @Operation(summary = "Withdraw a published fact: {reason}; roles of data/review/publishing.yaml, a figure's zone in scope; audited, 409 when withdrawn already")
    public Map<String, Object> withdraw(@PathVariable String kind, @PathVariable long id,
                                        @RequestBody(required = false) Decision.Withdrawal body) {
        return service.publication().withdraw(me(), kind, id, body == null ? null : body.reason());
    }

    private static Official me() {
        return CurrentOfficial.get().orElseThrow(() -> new ForbiddenException("sign in first"));
    }
}
