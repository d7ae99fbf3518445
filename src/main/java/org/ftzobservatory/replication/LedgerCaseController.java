package org.ftzobservatory.replication;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.innovations.CaseFormPage;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record's case on the site: the completion page of a nationally selected record, and linking a record to a case. */
@Controller
public class LedgerCaseController {

    private static final String PAGE = "replication/record-case";

    private final LedgerCases cases;
    private final ReplicationService replication;

    public LedgerCaseController(LedgerCases cases, ReplicationService replication) {
        this.cases = cases;
        this.replication = replication;
    }

    @GetMapping("/replication/records/{id}/case")
    public String form(@PathVariable long id, Model model) {
        page(id, model);
        model.addAttribute("draft", cases.draft(id));
        model.addAttribute("errors", List.of());
        return PAGE;
    }

    @PostMapping("/replication/records/{id}/case")
    public String publish(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        page(id, model);
        return CaseFormPage.post(form, model, response, PAGE, c -> cases.publish(CurrentOfficial.require(), id, c));
    }

    @PostMapping("/replication/records/{id}/library-case")
    public String link(@PathVariable long id, @RequestParam(name = "innovation_id", required = false) String caseId,
                       @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        try {
            cases.link(CurrentOfficial.require(), id, new Requests.LinkCase(caseId, version));
        } catch (BadRequestException e) {
            flash.addFlashAttribute("error", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/replication/records/" + id;
    }

    private void page(long id, Model model) {
        InnovationRecord r = replication.recordById(id);
        model.addAttribute("record", r);
        model.addAttribute("workflow", replication.workflow());
        model.addAttribute("awaits", cases.awaitsCase(r));
    }
}
