package org.ftzobservatory.replication;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.NewCase;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** A ledger record and its library case (issue 18): the draft, publishing it, linking a record to an existing case. */
@ApiController("/api/v1")
@Tag(name = "replication", description = "Innovations through evaluation and selection, replication announcements and tasks, audit trail")
public class LedgerCaseApiController {

    private final LedgerCases cases;

    public LedgerCaseApiController(LedgerCases cases) {
        this.cases = cases;
    }

    @GetMapping("/innovation-records/{id}/case-draft")
    @Operation(summary = "The draft case of a record: its zone, domain, titles and summaries, its tasks' measured outcomes; "
            + "tags and missing fields are for the official to complete")
    public Map<String, Object> draft(@PathVariable long id) {
        InnovationRecord r = cases.recordForDraft(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record_id", r.id());
        out.put("awaits_case", cases.awaitsCase(r));
        out.put("innovation_id", r.libraryId());
        out.put("draft", cases.draft(id));
        return out;
    }

    @PostMapping("/innovation-records/{id}/case")
    @Operation(summary = "Publish the completed case of a record selected at national level into the case library "
            + "(roles: data/case-publishing.yaml; scope over every zone of the case). The record then names the case.")
    public ResponseEntity<Innovation> publish(@PathVariable long id, @RequestBody(required = false) NewCase body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.publish(CurrentOfficial.require(), id, body));
    }

    @PutMapping("/innovation-records/{id}/library-case")
    @Operation(summary = "Say which library case a record is about: {innovation_id, version} (e.g. a report case entered into the ledger)")
    public InnovationRecord link(@PathVariable long id, @RequestBody(required = false) Requests.LinkCase body) {
        return cases.link(CurrentOfficial.require(), id, body);
    }

    @GetMapping("/innovations/{id}/record")
    @Operation(summary = "The ledger record that follows a library case, with its history (who recorded, evaluated, selected) and evaluations")
    public Map<String, Object> record(@PathVariable String id) {
        var history = cases.history(id).orElseThrow(() -> new NotFoundException("ledger record of case", id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("record", cases.recordForCase(id).orElseThrow());
        out.put("history", history.steps());
        out.put("evaluations", history.evaluations());
        return out;
    }
}
