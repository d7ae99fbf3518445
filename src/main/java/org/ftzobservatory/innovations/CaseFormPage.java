package org.ftzobservatory.innovations;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Posting the case form from the ledger or the review queue: publish and go to the new case page, or show the form
 * again with what was typed and why it was refused (400 each field, 403, 409), nothing written.
 */
public final class CaseFormPage {

    private CaseFormPage() {
    }

    /** {@code publish} takes the case read from the form and returns the published case. */
    public static String post(MultiValueMap<String, String> form, Model model, HttpServletResponse response, String page,
                              Function<NewCase, Innovation> publish) {
        NewCase c;
        try {
            c = CaseForm.read(form);
        } catch (BadRequestException e) {
            return refused(model, response, page, new NewCase(null, null, List.of(), null, List.of(), null, null, null, List.of()), 400, e.fields());
        }
        try {
            return "redirect:/innovations/" + publish.apply(c).id();
        } catch (BadRequestException e) {
            return refused(model, response, page, c, 400, e.fields());
        } catch (ForbiddenException e) {
            return refused(model, response, page, c, 403, List.of(new BadRequestException.Field("official", e.getMessage())));
        } catch (ConflictException e) {
            return refused(model, response, page, c, 409, List.of(new BadRequestException.Field("case", e.getMessage())));
        }
    }

    private static String refused(Model model, HttpServletResponse response, String page, NewCase c, int status,
                                  List<BadRequestException.Field> errors) {
        response.setStatus(status);
        model.addAttribute("draft", c);
        model.addAttribute("errors", errors);
        return page;
    }
}
