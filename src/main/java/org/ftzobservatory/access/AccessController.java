package org.ftzobservatory.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.Charts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of the negative lists: the access check (a GET form, so an answer has a URL that can be shared), the lists,
 * a measure with its history, the national-vs-FTZ diff and the restrictiveness charts.
 */
@Controller
public class AccessController {

    private final NegativeListService lists;
    private final Charts charts;
    private final Clock clock;
    private final AccessCheckMetrics metrics;

    public AccessController(NegativeListService lists, Charts charts, Clock clock, AccessCheckMetrics metrics) {
        this.lists = lists;
        this.charts = charts;
        this.clock = clock;
        this.metrics = metrics;
    }

    @GetMapping("/access")
    public String check(@RequestParam Map<String, String> params, @RequestHeader(value = "HX-Request", required = false) String htmx,
                        Model model, HttpServletResponse response, Locale locale) {
        AccessChecker checker = lists.checker();
        model.addAttribute("policy", checker.policy());
        model.addAttribute("locations", locations());
        model.addAttribute("form", params);
        model.addAttribute("today", LocalDate.now(clock).toString());
        if (params.containsKey("location")) {
            try {
                Double share = parseShare(params.get("foreign_share"));
                AccessCheckRequest request = new AccessCheckRequest(params.get("location"), params.get("industry"),
                        params.get("activity"), share, "true".equals(params.get("chinese_control")) || "on".equals(params.get("chinese_control")),
                        params.get("legal_rep_nationality"), params.get("investment_form"), params.get("investor_origin"),
                        params.get("service_mode"), params.get("date"));
                Proposal p = ProposalValidator.validate(request, checker, LocalDate.now(clock));
                AccessResult result = metrics.time("page", () -> checker.check(p));
                String lang = locale.getLanguage();
                model.addAttribute("result", result);
                model.addAttribute("other", result.comparisonList() == null ? null : checker.checkUnder(result.comparisonList(), p));
                model.addAttribute("highlights", highlights(p, checker));
                model.addAttribute("answer", AccessExplanation.answer(result, checker.policy(), lang));
                model.addAttribute("edition", AccessExplanation.edition(result, checker.policy(), lang));
                model.addAttribute("currentNote", currentNote(result, lang));
                model.addAttribute("counterparts", counterparts(result));
            } catch (BadRequestException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", e.parameter() + ": " + e.getMessage());
            }
        }
        return htmx != null ? "access/check :: result" : "access/check";
    }

    /**
     * Why the applied list is still the current one when the comparison list has a newer edition (the FTZ list of 2021 next
     * to the national list of 2024): the list's own note, from lists.yaml.
     */
    private static String currentNote(AccessResult r, String lang) {
        NegativeList applied = r.list();
        NegativeList other = r.comparison();
        if (applied.currentNoteEn() == null || other == null || other.effective().compareTo(applied.effective()) <= 0) {
            return null;
        }
        return "en".equals(lang) ? applied.currentNoteEn() : applied.currentNoteZh();
    }

    /** The national measures derived FTZ measures rest on, by number, so the page quotes their sourced text. */
    private Map<Integer, NegativeListMeasure> counterparts(AccessResult r) {
        Map<Integer, NegativeListMeasure> out = new java.util.HashMap<>();
        if (r.list().derivedFrom() != null) {
            for (NegativeListMeasure m : lists.measures(r.list().derivedFrom().list())) {
                out.put(m.seq(), m);
            }
        }
        return out;
    }

    private static Double parseShare(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            String t = s.trim();
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new BadRequestException("foreign_share", "must be a number between 0 and 1 (or a percentage), got '" + s + "'");
        }
    }

    /** The industry names of the proposal, so the answer repeats what was asked in words. */
    private static List<IndustryCode> highlights(Proposal p, AccessChecker checker) {
        return p.industries().stream().map(checker.industries()::get).toList();
    }

    private List<Map<String, String>> locations() {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(Map.of("id", Proposal.MAINLAND, "zh", "自贸试验区以外（全国清单）", "en", "Outside the FTZs (national list)"));
        for (var z : lists.zoneNames()) {
            out.add(z);
        }
        return out;
    }

    @GetMapping("/access/industries")
    public String industryOptions(@RequestParam(name = "industry", defaultValue = "") String q, Model model, Locale locale) {
        model.addAttribute("options", q.length() > 100 ? List.of() : lists.classification().search(q, 30));
        return "access/check :: industry-options";
    }

    @GetMapping("/negative-lists")
    public String overview(Model model, Locale locale) {
        NegativeListData data = lists.data();
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (NegativeList l : data.lists()) {
            summaries.add(NegativeListViews.listSummary(l, lists.measures(l.id())));
        }
        model.addAttribute("lists", data.lists());
        model.addAttribute("summaries", summaries);
        model.addAttribute("editions", data.history());
        model.addAttribute("historyChart", historyChart(data.history(), locale));
        LocalDate today = LocalDate.now(clock);
        NegativeList nationalList = lists.checker().edition(data.policy().mainlandFamily(), today);
        NegativeList ftzList = lists.checker().edition(data.policy().ftzFamily(), today);
        var national = Restrictiveness.score(lists.checker(), nationalList.id(), data.scoring());
        var ftz = Restrictiveness.score(lists.checker(), ftzList.id(), data.scoring());
        model.addAttribute("nationalList", nationalList);
        model.addAttribute("ftzList", ftzList);
        model.addAttribute("restrictiveness", national);
        model.addAttribute("restrictivenessFtz", ftz);
        model.addAttribute("restrictivenessChart", restrictivenessChart(national, ftz, nationalList, ftzList, locale));
        return "access/lists";
    }

    private String historyChart(List<EditionCount> editions, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> years = editions.stream().map(EditionCount::edition).distinct().sorted().toList();
        List<Charts.Series> series = new ArrayList<>();
        for (String family : List.of("ftz", "national")) {
            List<Number> values = new ArrayList<>();
            for (String y : years) {
                values.add(editions.stream().filter(e -> e.family().equals(family) && e.edition().equals(y)).map(e -> (Number) e.measures())
                        .findFirst().orElse(null));
            }
            series.add(new Charts.Series(family.equals("ftz") ? (en ? "FTZ list" : "自贸试验区清单") : (en ? "National list" : "全国清单"), values));
        }
        return charts.grouped(en ? "Measures per edition (* figure not yet sourced)" : "各版清单特别管理措施条数（*为尚无来源的数字）",
                years.stream().map(y -> editions.stream().anyMatch(e -> e.edition().equals(y) && e.verification().equals("unsourced")) ? y + "*" : y).toList(),
                series, true, null);
    }

    /**
     * A section's score, or null (shown as unknown, never as open) when measures of unknown content reach half its classes
     * or more, or reach it while no known rule does: the known part alone would understate it.
     */
    public static Number scoreOrUnknown(Restrictiveness.SectionScore s) {
        return s.unknownShare() >= 0.5 || s.score() == 0 && s.unknownShare() > 0 ? null : Math.round(s.score() * 100) / 100.0;
    }

    private String restrictivenessChart(List<Restrictiveness.SectionScore> national, List<Restrictiveness.SectionScore> ftz,
                                        NegativeList nationalList, NegativeList ftzList, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> categories = new ArrayList<>();
        List<Number> n = new ArrayList<>();
        List<Number> f = new ArrayList<>();
        for (int i = 0; i < national.size(); i++) {
            if (national.get(i).measures() == 0 && ftz.get(i).measures() == 0) {
                continue;
            }
            Restrictiveness.SectionScore s = national.get(i);
            boolean unknown = scoreOrUnknown(s) == null || scoreOrUnknown(ftz.get(i)) == null;
            categories.add(s.section() + " " + (en && s.nameEn() != null ? s.nameEn() : s.nameZh())
                    + (unknown ? (en ? " (unknown)" : "（未知）") : ""));
            n.add(scoreOrUnknown(s));
            f.add(scoreOrUnknown(ftz.get(i)));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "grouped");
        spec.put("title", en ? "Restrictiveness by industry section (0 open – 1 closed; no bar: unknown)" : "按门类的限制指数（0开放—1禁止；无柱：未知）");
        spec.put("categories", categories);
        spec.put("series", List.of(new Charts.Series((en ? "National list " : "全国清单 ") + nationalList.editionYear(), n),
                new Charts.Series((en ? "FTZ list " : "自贸试验区清单 ") + ftzList.editionYear(), f)));
        spec.put("line", false);
        spec.put("labels", false);
        spec.put("max", 1);
        spec.put("horizontal", true);
        return CHART_JSON.writeValueAsString(spec);
    }

    private static final tools.jackson.databind.json.JsonMapper CHART_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @GetMapping("/negative-lists/{id}")
    public String list(@PathVariable String id, Model model) {
        NegativeList l = lists.list(id);
        model.addAttribute("list", l);
        model.addAttribute("summary", NegativeListViews.listSummary(l, lists.measures(id)));
        model.addAttribute("measures", lists.measures(id));
        model.addAttribute("industries", lists.classification());
        model.addAttribute("policy", lists.checker().policy());
        return "access/list";
    }

    @GetMapping("/negative-lists/{id}/{seq:\\d+}")
    public String measure(@PathVariable String id, @PathVariable int seq, Model model) {
        NegativeList l = lists.list(id);
        NegativeListStore.Stored stored = lists.stored(id, seq);
        model.addAttribute("list", l);
        model.addAttribute("m", stored.measure());
        model.addAttribute("version", stored.version());
        model.addAttribute("history", lists.history(id, seq));
        model.addAttribute("industries", lists.classification());
        model.addAttribute("policy", lists.checker().policy());
        return "access/measure";
    }

    @GetMapping("/negative-lists/diff")
    public String diff(@RequestParam(defaultValue = "national-2021") String from, @RequestParam(defaultValue = "ftz-2021") String to,
                       Model model) {
        for (String listId : List.of(from, to)) {
            if (!lists.checker().knowsList(listId)) {
                throw new BadRequestException(listId.equals(from) ? "from" : "to", "unknown list '" + listId + "'");
            }
        }
        ListDiff.Result d = ListDiffView.diff(lists, from, to);
        Map<String, IndustryCode> sections = new LinkedHashMap<>();
        d.bySection().keySet().forEach(s -> sections.put(s, lists.classification().get(s)));
        model.addAttribute("diff", d);
        model.addAttribute("sections", sections);
        model.addAttribute("fromList", lists.list(from));
        model.addAttribute("toList", lists.list(to));
        return "access/diff";
    }
}
