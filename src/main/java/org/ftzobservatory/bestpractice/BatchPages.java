package org.ftzobservatory.bestpractice;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the batch page and the case page (CSRF-protected like every form). The pages themselves are the case
 * library's; they include this feature's fragments. A refused write goes back to the page with the reason, nothing written.
 */
@Controller
class BatchPages {

    private final BatchService service;
    private final CaseReplication replication;

    BatchPages(BatchService service, CaseReplication replication) {
        this.service = service;
        this.replication = replication;
    }

    @PostMapping("/best-practices")
    String open(@RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/best-practices", () -> "/best-practices/" + service.open(CurrentOfficial.require(),
                new BatchRequests.Open(integer("number", f.get("number")), f.get("issued"), f.get("document_no"), f.get("summary_zh"),
                        f.get("summary_en"))).number());
    }

    @PostMapping("/best-practices/{number}/cases")
    String addCase(@PathVariable int number, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/best-practices/" + number, () -> {
            service.addCase(CurrentOfficial.require(), number, new BatchRequests.AddCase(caseId(f.get("innovation")), f.get("title_zh"),
                    integer("version", f.get("version"))));
            return "/best-practices/" + number;
        });
    }

    @PostMapping("/best-practices/{number}/cases/{item}/remove")
    String removeCase(@PathVariable int number, @PathVariable int item, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/best-practices/" + number, () -> {
            service.removeCase(CurrentOfficial.require(), number, item, integer("version", f.get("version")));
            return "/best-practices/" + number;
        });
    }

    @PostMapping("/best-practices/{number}/publish")
    String publish(@PathVariable int number, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/best-practices/" + number, () -> {
            service.publish(CurrentOfficial.require(), number, new BatchRequests.Publish(integer("version", f.get("version")), f.get("deadline"),
                    f.get("responsible_unit"), f.get("owner"), f.get("output_form"), f.get("document_no")));
            return "/best-practices/" + number;
        });
    }

    @PostMapping("/best-practices/{number}/corrections")
    String correct(@PathVariable int number, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/best-practices/" + number, () -> {
            service.correct(CurrentOfficial.require(), number, new BatchRequests.Correct(integer("version", f.get("version")), f.get("field"),
                    f.get("value"), f.get("reason")));
            return "/best-practices/" + number;
        });
    }

    @PostMapping("/innovations/{id}/replication")
    String announce(@PathVariable String id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        return attempt(flash, "/innovations/" + id, () -> {
            String regions = f.get("regions");
            List<String> list = regions == null || regions.isBlank() ? List.of()
                    : Arrays.stream(regions.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
            CaseReplication.Announced a = replication.announce(CurrentOfficial.require(), id,
                    new BatchRequests.Replicate(f.get("scope"), list, f.get("document_no")));
            return "/replication/records/" + a.record().id();
        });
    }

    /** The case field takes a case id or the case's address (/innovations/ID), as an official may paste either. */
    static String caseId(String v) {
        if (v == null) {
            return null;
        }
        String s = v.trim();
        int at = s.lastIndexOf("/innovations/");
        if (at >= 0) {
            s = s.substring(at + "/innovations/".length());
        }
        int end = s.indexOf('?');
        return end >= 0 ? s.substring(0, end) : s;
    }

    private static String attempt(RedirectAttributes flash, String back, Supplier<String> write) {
        try {
            return "redirect:" + write.get();
        } catch (BadRequestException e) {
            flash.addFlashAttribute("error", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static Integer integer(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "must be a whole number, got '" + v + "'");
        }
    }
}
