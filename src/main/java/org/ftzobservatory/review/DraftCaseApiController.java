package org.ftzobservatory.review;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.NewCase;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Review drafts (accepted case boxes) completed and published into the case library (issue 13 §2). Signed in only. */
@ApiController("/api/v1")
@Tag(name = "review", description = "The review queue: ingested documents, fact candidates, decisions, accepted facts")
public class DraftCaseApiController {

    private final DraftCases drafts;

    public DraftCaseApiController(DraftCases drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/review/drafts/{id}")
    @Operation(summary = "A draft case: the case box it came from (document, span, text) and what it already says")
    public Map<String, Object> draft(@PathVariable long id) {
        DraftCases.Draft d = drafts.draft(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("draft", d);
        out.put("box_text", drafts.boxText(d));
        out.put("case", drafts.start(d));
        return out;
    }

    @PostMapping("/review/drafts/{id}/case")
    @Operation(summary = "Publish the completed draft into the case library (roles: data/case-publishing.yaml; scope over its zones)")
    public ResponseEntity<Innovation> publish(@PathVariable long id, @RequestBody(required = false) NewCase body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.publish(
                CurrentOfficial.get().orElseThrow(() -> new ForbiddenException("sign in first")), id, body));
    }
}
