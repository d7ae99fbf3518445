package org.ftzobservatory.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * /reports (the years a report can be built for), /reports/{year} (the report in the site's layout, in the reader's
 * language, with a topic picker) and its downloads /reports/{year}/report.html and report.md, built on request by the
 * same {@link AnnualReportBuilder} as {@code ./ftz report}; figures link to records on this site.
 */
@Controller
class ReportController {

    private final AnnualReportBuilder builder;
    private final ReportRenderer renderer;

    ReportController(AnnualReportBuilder builder, ReportRenderer renderer) {
        this.builder = builder;
        this.renderer = renderer;
    }

    @GetMapping("/reports")
    String years(Model model) {
        model.addAttribute("years", builder.years());
        return "report/list";
    }

    @GetMapping("/reports/{year}")
    String report(@PathVariable String year, @RequestParam(required = false) String topic, Locale locale, Model model) {
        model.addAttribute("report", build(year, topic, locale));
        model.addAttribute("topic", topic);
        model.addAttribute("topics", builder.topics());
        return "report/page";
    }

    @GetMapping("/reports/{year}/report.html")
    ResponseEntity<byte[]> html(@PathVariable String year, @RequestParam(required = false) String topic, Locale locale) {
        Report r = build(year, topic, locale);
        return file(renderer.html(r), "ftz-report-" + r.year() + "-" + r.lang() + ".html", MediaType.TEXT_HTML);
    }

    @GetMapping("/reports/{year}/report.md")
    ResponseEntity<byte[]> markdown(@PathVariable String year, @RequestParam(required = false) String topic, Locale locale) {
        Report r = build(year, topic, locale);
        return file(ReportRenderer.markdown(r), "ftz-report-" + r.year() + "-" + r.lang() + ".md",
                new MediaType("text", "markdown"));
    }

    private Report build(String year, String topic, Locale locale) {
        if (!year.matches("\\d{4}")) {
            throw new BadRequestException("year", "'" + year + "' is not a year");
        }
        int y = Integer.parseInt(year);
        if (!builder.years().contains(y)) {
            throw new NotFoundException("report", year);
        }
        if (topic != null && !topic.isBlank() && !builder.topics().containsKey(topic.trim())) {
            throw new BadRequestException("topic", "unknown topic '" + topic + "' (an innovation tag or domain id)");
        }
        Locale lang = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return builder.build(y, lang, topic, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), msg -> { });
    }

    private static ResponseEntity<byte[]> file(String body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
