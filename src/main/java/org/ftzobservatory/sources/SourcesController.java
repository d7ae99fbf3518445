package org.ftzobservatory.sources;

import org.ftzobservatory.kernel.ReportSections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /sources: how citations read, the report's bibliographic data and its section map (every cite link points here). */
@Controller
class SourcesController {

    /** A citation shown as a worked example; its lines lie in the trade domain's first section. */
    static final String EXAMPLE = "ftz-report-2022:4101-4120";
    static final String EXAMPLE_SPAN = "ftz-report-2022:4101-4300";

    private final ReportSections sections;

    SourcesController(ReportSections sections) {
        this.sections = sections;
    }

    @GetMapping("/sources")
    String sources(Model model) {
        model.addAttribute("map", sections.map());
        model.addAttribute("example", EXAMPLE);
        model.addAttribute("exampleSpan", EXAMPLE_SPAN);
        return "sources";
    }
}
