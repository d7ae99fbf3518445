package org.ftzobservatory.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.ConflictException;
import org.ftzobservatory.kernel.DatasetProblem;
import org.ftzobservatory.kernel.ForbiddenException;
import org.ftzobservatory.kernel.InvalidDatasetException;
import org.ftzobservatory.security.CurrentOfficial;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * /index: the answer first (the top zones and how stable their ranks are, in words), then the ranking with its intervals,
 * a radar per zone, the trend when several years have data, and each indicator's formula, data, weight and missing-data
 * policy folded below.
 */
@Controller
public class IndexController {

    /** Radars drawn at most (a sub-zone ranking has some 70 zones; the table lists them all). */
    static final int MAX_RADARS = 24;
    static final int ANSWER_ZONES = 3;

    private final EvaluationIndex index;
    private final ObjectMapper json;
    private final MessageSource messages;

    public IndexController(EvaluationIndex index, ObjectMapper json, MessageSource messages) {
        this.index = index;
        this.json = json;
        this.messages = messages;
    }

    /** A zone's row on the page: names resolved, numbers formatted, the indicators its rank depends on in words. */
    public record Row(String id, String name, Integer rank, String score, String interval, boolean stable, List<String> dimensions,
                      List<String> dependsOn) {
    }

    /** An indicator folded below: what it measures, from what, with which weight and policy. */
    public record IndicatorRow(String id, String name, String dimension, String subdimension, String formula, String source,
                               String weight, String effectiveWeight, String direction, String normalisation, String missing,
                               int zonesWithValue, int zones, boolean synthetic, String note) {
    }

    @GetMapping("/index")
    public String page(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "ftz") String level,
                       @RequestParam(required = false) String framework, @RequestParam(defaultValue = "false") boolean uploaded,
                       Model model, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<Integer> years = index.years();
        int y = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
        EvaluationIndex.check(y, level);
        Framework f = framework == null || framework.isBlank() ? index.defaultFramework() : index.stored(framework.trim());
        if (f == null) {
            throw new BadRequestException("framework", "no stored framework '" + framework + "'");
        }
        IndexRun run = index.run(y, level, f);
        Map<String, String> dimNames = new LinkedHashMap<>();
        f.dimensions().forEach(d -> dimNames.put(d.id(), d.name().in(locale)));
        Map<String, String> indNames = new LinkedHashMap<>();
        run.indicatorInfo().forEach(i -> indNames.put(i.id(), i.name().in(locale)));

        List<Row> rows = new ArrayList<>();
        for (IndexRun.ZoneResult r : run.results()) {
            List<String> dims = new ArrayList<>();
            r.dimensions().values().forEach(v -> dims.add(v == null ? "—" : String.format(Locale.ROOT, "%.3f", v)));
            List<String> deps = new ArrayList<>();
            for (IndexRun.Dependence d : r.dependsOn()) {
                deps.add(msg(d.correlation() > 0 ? "index.depends.more.worse" : "index.depends.more.better", locale,
                        indNames.get(d.indicator())));
            }
            rows.add(new Row(r.id(), r.name().in(locale), r.rank(), r.score() == null ? null : String.format(Locale.ROOT, "%.3f", r.score()),
                    r.rank() == null ? null : r.rankP5() + "–" + r.rankP95(), r.rank() != null && r.rankP5().equals(r.rankP95()), dims, deps));
        }
        List<Row> ranked = rows.stream().filter(r -> r.rank() != null).toList();
        List<String> answer = new ArrayList<>();
        for (Row r : ranked.subList(0, Math.min(ANSWER_ZONES, ranked.size()))) {
            IndexRun.ZoneResult z = run.results().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
            answer.add(r.stable()
                    ? msg("index.answer.stable", locale, r.name(), z.rank())
                    : msg("index.answer.interval", locale, r.name(), z.rank(), z.rankP5(), z.rankP95()));
        }

        List<IndicatorRow> indicators = new ArrayList<>();
        for (IndexRun.IndicatorInfo i : run.indicatorInfo()) {
            indicators.add(new IndicatorRow(i.id(), i.name().in(locale), dimNames.get(i.dimension()), i.subdimension().in(locale),
                    i.formula(), i.source().in(locale), String.format(Locale.ROOT, "%.3f", i.weight()),
                    String.format(Locale.ROOT, "%.1f%%", i.effectiveWeight() * 100),
                    msg("index.direction." + i.direction(), locale), msg("index.normalisation." + i.normalisation(), locale),
                    msg("index.missing." + i.missing(), locale), i.zonesWithValue(), run.results().size(), i.synthetic(),
                    i.note() == null ? null : i.note().in(locale)));
        }

        model.addAttribute("run", run);
        model.addAttribute("year", y);
        model.addAttribute("years", years);
        model.addAttribute("level", level);
        model.addAttribute("frameworkRef", framework == null ? "" : framework);
        model.addAttribute("frameworks", index.frameworks());
        model.addAttribute("frameworkTitle", f.title().in(locale));
        model.addAttribute("frameworkRationale", f.rationale().in(locale));
        model.addAttribute("frameworkSources", f.sources());
        model.addAttribute("dimensionNames", new ArrayList<>(dimNames.values()));
        model.addAttribute("rows", rows);
        model.addAttribute("rankedCount", ranked.size());
        model.addAttribute("answer", answer);
        model.addAttribute("indicators", indicators);
        model.addAttribute("spreadPercent", Math.round(run.spread() * 100));
        model.addAttribute("rankChart", ranked.isEmpty() ? null : rankChart(run, ranked, locale));
        model.addAttribute("radars", radars(run, rows, dimNames, locale));
        model.addAttribute("radarsCut", ranked.size() > MAX_RADARS);
        model.addAttribute("trendChart", years.size() > 1 ? trendChart(level, f, locale) : null);
        model.addAttribute("yearsWithData", years.size());
        model.addAttribute("en", en);
        model.addAttribute("uploaded", uploaded);
        return "evaluation/index";
    }

    /** The national office's upload form: the file validated as a whole; its problems, or the new version, shown on /index. */
    @PostMapping("/index/frameworks")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws java.io.IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadRequestException("file", "choose a framework file (.yaml)");
            }
            if (file.getSize() > IndexApiController.MAX_FRAMEWORK_BYTES) {
                throw new BadRequestException("file", "is larger than " + IndexApiController.MAX_FRAMEWORK_BYTES / 1024 + " KB");
            }
            String name = file.getOriginalFilename() == null ? "framework.yaml"
                    : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
            FrameworkStore.Stored s = index.upload(new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8), name,
                    CurrentOfficial.require());
            return "redirect:/index?framework=" + java.net.URLEncoder.encode(s.id() + "@" + s.version(),
                    java.nio.charset.StandardCharsets.UTF_8) + "&uploaded=true";
        } catch (InvalidDatasetException e) {
            flash.addFlashAttribute("uploadProblems", e.problems().stream().map(DatasetProblem::toString).toList());
        } catch (BadRequestException e) {
            flash.addFlashAttribute("uploadError", e.parameter() + ": " + e.getMessage());
        } catch (ConflictException | ForbiddenException e) {
            flash.addFlashAttribute("uploadError", e.getMessage());
        }
        return "redirect:/index";
    }

    private String rankChart(IndexRun run, List<Row> ranked, Locale locale) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "rankIntervals");
        spec.put("title", msg("index.chart.ranks", locale, run.spread() * 100));
        List<String> labels = new ArrayList<>();
        List<Integer> rank = new ArrayList<>();
        List<Integer> p5 = new ArrayList<>();
        List<Integer> p95 = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        for (IndexRun.ZoneResult r : run.results()) {
            if (r.rank() != null) {
                labels.add(r.name().in(locale));
                rank.add(r.rank());
                p5.add(r.rankP5());
                p95.add(r.rankP95());
                scores.add(String.format(Locale.ROOT, "%.3f", r.score()));
            }
        }
        spec.put("labels", labels);
        spec.put("rank", rank);
        spec.put("p5", p5);
        spec.put("p95", p95);
        spec.put("scores", scores);
        spec.put("zones", ranked.size());
        spec.put("pointName", msg("index.chart.point", locale));
        spec.put("intervalName", msg("index.chart.interval", locale));
        spec.put("scoreName", msg("index.score", locale));
        return json.writeValueAsString(spec);
    }

    /** One radar spec per ranked zone (at most MAX_RADARS), its dimension scores on axes scaled to the run's range. */
    private List<Map<String, String>> radars(IndexRun run, List<Row> rows, Map<String, String> dimNames, Locale locale) {
        double min = 0;
        double max = 0;
        for (IndexRun.ZoneResult r : run.results()) {
            for (Double v : r.dimensions().values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double top = max <= 1 && min >= 0 ? 1 : Math.ceil(max * 10) / 10;
        List<Map<String, String>> out = new ArrayList<>();
        for (IndexRun.ZoneResult r : run.results()) {
            if (r.rank() == null || out.size() >= MAX_RADARS) {
                continue;
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("kind", "radar");
            spec.put("title", msg("index.radar.title", locale, r.name().in(locale), r.rank()));
            List<Map<String, Object>> axes = new ArrayList<>();
            for (String name : dimNames.values()) {
                axes.add(Map.of("name", name, "max", top, "min", Math.floor(min * 10) / 10));
            }
            spec.put("axes", axes);
            List<Object> values = new ArrayList<>();
            r.dimensions().values().forEach(v -> values.add(v));
            spec.put("values", values);
            spec.put("missing", msg("index.radar.missing", locale));
            out.add(Map.of("id", r.id(), "spec", json.writeValueAsString(spec)));
        }
        return out;
    }

    private String trendChart(String level, Framework f, Locale locale) {
        Map<Integer, IndexRun> runs = index.trend(level, f);
        List<Integer> ys = new ArrayList<>(runs.keySet());
        IndexRun last = runs.get(ys.get(ys.size() - 1));
        List<Map<String, Object>> series = new ArrayList<>();
        for (IndexRun.ZoneResult r : last.results()) {
            if (r.rank() == null || series.size() >= 8) {
                continue;
            }
            List<Integer> ranks = new ArrayList<>();
            for (int y : ys) {
                ranks.add(runs.get(y).results().stream().filter(x -> x.id().equals(r.id())).map(IndexRun.ZoneResult::rank)
                        .findFirst().orElse(null));
            }
            series.add(Map.of("name", r.name().in(locale), "values", ranks));
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "trend");
        spec.put("title", msg("index.trend.title", locale));
        spec.put("years", ys.stream().map(String::valueOf).toList());
        spec.put("series", series);
        return json.writeValueAsString(spec);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
