package org.ftzobservatory.review;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.innovations.CaseFormPage;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A review draft's completion page (signed in): the case box it came from, and the case form. */
@Controller
public class DraftCaseController {

    private static final String PAGE = "review/draft";

    private final DraftCases drafts;

    public DraftCaseController(DraftCases drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/review/drafts/{id}")
    public String form(@PathVariable long id, Model model) {
        DraftCases.Draft d = page(id, model);
        model.addAttribute("draft", drafts.start(d));
        model.addAttribute("errors", List.of());
        return PAGE;
    }

    @PostMapping("/review/drafts/{id}/case")
    public String publish(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        page(id, model);
        return CaseFormPage.post(form, model, response, PAGE, c -> drafts.publish(CurrentOfficial.require(), id, c));
    }

    private DraftCases.Draft page(long id, Model model) {
        DraftCases.Draft d = drafts.draft(id);
        model.addAttribute("d", d);
        model.addAttribute("box", drafts.boxText(d));
        return d;
    }
}
