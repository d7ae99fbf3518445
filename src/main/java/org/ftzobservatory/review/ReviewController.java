package org.ftzobservatory.review;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ftzobservatory.extraction.RejectedDocumentException;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.registry.ZoneNames;
import org.ftzobservatory.security.CurrentOfficial;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.statistics.PublishedStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review pages (signed-in officials): the queue with the upload form, the curator view of one document and the
 * accepted facts. Forms work without JavaScript; with htmx, a decision swaps just its row and an upload shows progress.
 */
@Controller
public class ReviewController {

    /** The curator view lists at most this many candidates at once (the text always highlights all of them). */
    static final int PAGE = 400;

    private final ReviewService service;
    private final ZoneNames zoneNames;

    public ReviewController(ReviewService service, ZoneNames zoneNames) {
        this.service = service;
        this.zoneNames = zoneNames;
    }

    /** What a figure's row offers to publish it: zones and sub-zones, and the indicators by unit (labels, never ids). */
    private void placementChoices(Model model) {
        model.addAttribute("zoneChoices", zoneNames.all());
        Map<String, List<PublishedStatistics.Indicator>> byUnit = new LinkedHashMap<>();
        for (PublishedStatistics.Indicator i : service.publication().statistics().indicators()) {
            byUnit.computeIfAbsent(i.unit(), u -> new ArrayList<>()).add(i);
        }
        model.addAttribute("indicatorsByUnit", byUnit);
    }

    @GetMapping("/review")
    public String queue(Model model) {
        model.addAttribute("documents", service.store().documents());
        model.addAttribute("maxSize", service.ingestion().maxSizeText());
        return "review/queue";
    }

    @PostMapping("/review/upload")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
                         RedirectAttributes flash, Model model) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadRequestException("file", "choose a file to upload");
            }
            service.ingestion().checkSize(file.getSize());
            Official me = me();
            IngestResult r = service.ingest(file.getBytes(), file.getOriginalFilename(), me.name(), me.role().name(), s -> { });
            String to = "/review/" + r.document().id() + (r.duplicate() ? "?duplicate=true" : "");
            if (htmx != null) {
                response.setHeader("HX-Redirect", to);
                return "review/queue :: uploaded";
            }
            return "redirect:" + to;
        } catch (BadRequestException | RejectedDocumentException e) {
            String message = e instanceof BadRequestException b ? b.parameter() + ": " + e.getMessage() : e.getMessage();
            if (htmx != null) {
                model.addAttribute("error", message);
                return "review/queue :: upload-error";
            }
            flash.addFlashAttribute("error", message);
            return "redirect:/review";
        }
    }

    @GetMapping("/review/{id:\\d+}")
    public String document(@PathVariable long id, @RequestParam(required = false) String type,
                           @RequestParam(required = false, defaultValue = "pending") String status,
                           @RequestParam(defaultValue = "false") boolean duplicate, Model model) {
        IngestedDocument d = service.document(id);
        String t = Filters.type(type);
        String s = status.equals("all") ? null : Filters.status(status);
        model.addAttribute("document", d);
        model.addAttribute("pieces", Highlighter.pieces(service.store().original(id), service.store().candidates(id, null, null, 100_000)));
        model.addAttribute("candidates", service.store().candidates(id, t, s, PAGE));
        model.addAttribute("tally", service.store().tally(id));
        model.addAttribute("types", FactTypes.TYPES);
        model.addAttribute("statuses", FactTypes.STATUSES);
        model.addAttribute("type", t);
        model.addAttribute("status", s == null ? "all" : s);
        model.addAttribute("page", PAGE);
        model.addAttribute("duplicate", duplicate);
        placementChoices(model);
        return "review/document";
    }

    @PostMapping("/review/candidates/{id}/decision")
    public String decide(@PathVariable long id, @RequestParam Map<String, String> f,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
                         RedirectAttributes flash, Model model) {
        String error = null;
        Candidate c;
        try {
            Integer version = f.get("version") == null || !f.get("version").matches("\\d{1,9}") ? null : Integer.valueOf(f.get("version"));
            if (f.get("version") != null && version == null) {
                throw new BadRequestException("version", "must be a whole number");
            }
            Integer year = blank(f.get("year")) ? null : f.get("year").strip().matches("\\d{1,4}") ? Integer.valueOf(f.get("year").strip()) : -1;
            if (year != null && year < 0) {
                throw new BadRequestException("year", "must be a year such as 2021");
            }
            c = service.decide(me(), id, new Decision.One(f.get("action"), f.get("value"), version, f.get("comment"),
                    blank(f.get("indicator")) ? null : f.get("indicator"), blank(f.get("zone")) ? null : f.get("zone"), year));
        } catch (BadRequestException e) {
            error = e.parameter() + ": " + e.getMessage();
            c = service.candidate(id);
        } catch (ConflictException | ForbiddenException e) {
            error = e.getMessage();
            c = service.candidate(id);
        }
        if (htmx != null) {
            model.addAttribute("c", c);
            model.addAttribute("rowError", error);
            placementChoices(model);
            return "review/document :: row";
        }
        if (error != null) {
            flash.addFlashAttribute("error", error);
        }
        return "redirect:/review/" + c.documentId() + back(f) + "#candidate-" + id;
    }

    @PostMapping("/review/{id:\\d+}/bulk")
    public String bulk(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes flash) {
        try {
            Decision.BulkResult r = service.decideAll(me(), new Decision.Bulk(f.get("action"), null, id,
                    f.get("bulk_type") == null || f.get("bulk_type").isBlank() ? null : f.get("bulk_type"), f.get("comment")));
            flash.addFlashAttribute("notice", r.action() + ": " + r.decided());
        } catch (BadRequestException e) {
            flash.addFlashAttribute("error", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/review/" + id + back(f);
    }

    /** Withdraws a published fact (kind documents | statistics) with the reason given in the form. */
    @PostMapping("/review/published/{kind}/{id:\\d+}/withdraw")
    public String withdraw(@PathVariable String kind, @PathVariable long id, @RequestParam(required = false) String reason,
                           RedirectAttributes flash) {
        try {
            service.publication().withdraw(me(), kind, id, reason);
            flash.addFlashAttribute("notice", "withdrawn");
        } catch (BadRequestException e) {
            flash.addFlashAttribute("error", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/review/facts#published-" + kind + "-" + id;
    }

    @GetMapping("/review/facts")
    public String facts(Model model) {
        model.addAttribute("publishedDocuments", service.publication().documents().all());
        model.addAttribute("publishedStatistics", service.publication().statistics().all());
        model.addAttribute("stubs", service.store().stubs());
        model.addAttribute("statistics", service.store().statistics());
        model.addAttribute("drafts", service.store().drafts());
        model.addAttribute("others", service.store().otherAccepted());
        return "review/facts";
    }

    /** The list filters to return to after a form post. */
    private static String back(Map<String, String> f) {
        StringBuilder q = new StringBuilder();
        for (String k : new String[] {"type", "status"}) {
            String v = f.get(k);
            if (v != null && v.matches("[a-z_]{1,20}")) {
                q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Official me() {
        return CurrentOfficial.get().orElseThrow(() -> new ForbiddenException("sign in first"));
    }
}
