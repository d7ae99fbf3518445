package org.ftzobservatory.bestpractice;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ftzobservatory.innovations.BestPracticeBatch;
import org.ftzobservatory.innovations.BestPracticeRepository;
import org.ftzobservatory.kernel.ApiController;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.replication.AuditEvent;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Best-practice batches made on the platform, and replication of library cases, over REST. Writes need a signed-in
 * official (session with CSRF, or {@code Authorization: Bearer}); 400 names the field, 403 says whose role it is not, 409
 * names the state or the current version.
 */
@ApiController("/api/v1")
@Tag(name = "Best-practice batches", description = "National best-practice batches made on the platform: open, add cases, publish "
        + "(announcement and a task per region), correct; replication of library cases and where it landed")
class BatchApiController {

    private final BatchService service;
    private final BestPracticeRepository batches;
    private final CaseReplication replication;
    private final ReplicationService ledger;

    BatchApiController(BatchService service, BestPracticeRepository batches, CaseReplication replication, ReplicationService ledger) {
        this.service = service;
        this.batches = batches;
        this.replication = replication;
        this.ledger = ledger;
    }

    @GetMapping("/best-practice-batches/{number}")
    @Operation(summary = "One batch, the report's or the platform's (drafts only for signed-in officials), with its cases")
    BestPracticeBatch batch(@PathVariable int number) {
        return batches.find(number).orElseThrow(() -> new NotFoundException("best-practice batch", String.valueOf(number)));
    }

    @PostMapping("/best-practice-batches")
    @Operation(summary = "Open a batch (draft): {number, issued (YYYY-MM-DD), document_no (文号, when issued), summary_zh, summary_en}. National office.")
    ResponseEntity<BestPracticeBatch> open(@RequestBody(required = false) BatchRequests.Open body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.open(CurrentOfficial.require(), body));
    }

    @PostMapping("/best-practice-batches/{number}/cases")
    @Operation(summary = "Add a library case to a draft batch: {innovation (case id), title_zh (item name; the case's title when empty), version}")
    BestPracticeBatch addCase(@PathVariable int number, @RequestBody(required = false) BatchRequests.AddCase body) {
        return service.addCase(CurrentOfficial.require(), number, body);
    }

    @DeleteMapping("/best-practice-batches/{number}/cases/{item}")
    @Operation(summary = "Remove an item from a draft batch; send the version you read")
    BestPracticeBatch removeCase(@PathVariable int number, @PathVariable int item,
                                 @Parameter(description = "the batch version you read") @RequestParam(required = false) Integer version) {
        return service.removeCase(CurrentOfficial.require(), number, item, version);
    }

    @PostMapping("/best-practice-batches/{number}/publication")
    @Operation(summary = "Publish a draft batch: {version, deadline, responsible_unit, owner, output_form, document_no}. Announces national "
            + "replication of every case and assigns each region its task, in one transaction")
    ResponseEntity<BatchService.Publication> publish(@PathVariable int number, @RequestBody(required = false) BatchRequests.Publish body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.publish(CurrentOfficial.require(), number, body));
    }

    @PostMapping("/best-practice-batches/{number}/corrections")
    @Operation(summary = "Correct a published batch: {version, field (document_no, issued, summary_zh, summary_en), value, reason}")
    ResponseEntity<BestPracticeBatch> correct(@PathVariable int number, @RequestBody(required = false) BatchRequests.Correct body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.correct(CurrentOfficial.require(), number, body));
    }

    @GetMapping("/best-practice-batches/{number}/history")
    @Operation(summary = "The batch's audit trail: opened, cases added and removed, published, corrected (signed-in officials)")
    List<AuditEvent> history(@PathVariable int number) {
        service.batch(number);
        return ledger.store().history(BatchService.BATCH, String.valueOf(number));
    }

    @GetMapping("/innovations/{id}/replication")
    @Operation(summary = "A case's replication: its ledger records, the adoption matrix (regions × task status) and the outcomes "
            + "measured after replication in each region")
    CaseReplication.View caseReplication(@PathVariable String id) {
        return replication.view(id);
    }

    @PostMapping("/innovations/{id}/announcements")
    @Operation(summary = "Announce replication of a library case: {scope: national|regions, regions, document_no}. Province reviewers "
            + "(their province) and the national office; the case gets a ledger record selected at their level when it has none")
    ResponseEntity<CaseReplication.Announced> announce(@PathVariable String id, @RequestBody(required = false) BatchRequests.Replicate body) {
        if (body == null) {
            throw new BadRequestException("body", "send a JSON object");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(replication.announce(CurrentOfficial.require(), id, body));
    }
}
