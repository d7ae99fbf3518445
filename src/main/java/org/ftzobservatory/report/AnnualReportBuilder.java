package org.ftzobservatory.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ftzobservatory.access.ListDiff;
import org.ftzobservatory.access.ListDiffView;
import org.ftzobservatory.access.NegativeList;
import org.ftzobservatory.access.NegativeListService;
import org.ftzobservatory.chronicle.ChronicleEvent;
import org.ftzobservatory.chronicle.ChronicleRepository;
import org.ftzobservatory.documents.DocumentFilter;
import org.ftzobservatory.documents.DocumentService;
import org.ftzobservatory.documents.PolicyDocument;
import org.ftzobservatory.innovations.BestPracticeBatch;
import org.ftzobservatory.innovations.BestPracticeRepository;
import org.ftzobservatory.innovations.Innovation;
import org.ftzobservatory.innovations.InnovationRepository;
import org.ftzobservatory.kernel.Citations;
import org.ftzobservatory.kernel.FtzPaths;
import org.ftzobservatory.kernel.OfficialNumbers;
import org.ftzobservatory.kernel.PageResult;
import org.ftzobservatory.kernel.Paging;
import org.ftzobservatory.kernel.Text;
import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.replication.ReplicatedResults;
import org.ftzobservatory.replication.ReplicationDashboard;
import org.ftzobservatory.replication.ReportFacts;
import org.ftzobservatory.report.Report.Block;
import org.ftzobservatory.report.Report.Run;
import org.ftzobservatory.statistics.Figures;
import org.ftzobservatory.statistics.Statistic;
import org.ftzobservatory.statistics.StatisticRepository;
import org.ftzobservatory.tasks.Plan;
import org.ftzobservatory.tasks.Rollup;
import org.ftzobservatory.tasks.TaskReportFact;
import org.ftzobservatory.tasks.TaskReports;
import org.ftzobservatory.tasks.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the annual report of a year from the features' own services (statistics, documents, tasks, negative lists,
 * replication, innovations, best practices, chronicle, the evaluation index through {@link IndexSection}) and the
 * wording of data/report/annual-report.yaml. Every number becomes a {@link Run.Figure} linking to its record on the site
 * and, when a record cites the report or a document, to its numbered citation (kernel {@link Citations}). A section
 * whose data is missing is still built, with the file's sentence saying so.
 */
@Service
public class AnnualReportBuilder {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    private final ReportText text;
    private final StatisticRepository statistics;
    private final Figures figures;
    private final Vocabulary vocabulary;
    private final Citations citations;
    private final DocumentService documents;
    private final TaskService tasks;
    private final TaskReports taskReports;
    private final NegativeListService lists;
    private final ReportFacts replicationFacts;
    private final ReplicatedResults replicatedResults;
    private final ReplicationDashboard dashboard;
    private final InnovationRepository innovations;
    private final BestPracticeRepository bestPractices;
    private final ChronicleRepository chronicle;
    private final ObjectProvider<IndexSection> index;
    private final Clock clock;
    private final OfficialNumbers officialNumbers;

    public AnnualReportBuilder(FtzPaths paths, StatisticRepository statistics, Figures figures, Vocabulary vocabulary,
                               Citations citations, DocumentService documents, TaskService tasks, TaskReports taskReports,
                               NegativeListService lists, ReportFacts replicationFacts, ReplicatedResults replicatedResults,
                               ReplicationDashboard dashboard,
                               InnovationRepository innovations, BestPracticeRepository bestPractices,
                               ChronicleRepository chronicle, ObjectProvider<IndexSection> index, Clock clock,
                               OfficialNumbers officialNumbers) {
        this.text = ReportText.load(paths.dataDir());
        this.statistics = statistics;
        this.figures = figures;
        this.vocabulary = vocabulary;
        this.citations = citations;
        this.documents = documents;
        this.tasks = tasks;
        this.taskReports = taskReports;
        this.lists = lists;
        this.replicationFacts = replicationFacts;
        this.replicatedResults = replicatedResults;
        this.dashboard = dashboard;
        this.innovations = innovations;
        this.bestPractices = bestPractices;
        this.chronicle = chronicle;
        this.index = index;
        this.clock = clock;
        this.officialNumbers = officialNumbers;
    }

    public ReportText text() {
        return text;
    }

    /** The years a report can be built for: those the statistics cover. */
    public List<Integer> years() {
        return statistics.years();
    }

    /** The topic ids {@code --topic} accepts: innovation tags and domains, with their names. */
    public Map<String, Text> topics() {
        Map<String, Text> out = new LinkedHashMap<>();
        vocabulary.all("innovation_domains").forEach(out::put);
        innovations.tags().forEach(t -> out.put(t.id(), t.name()));
        return out;
    }

    /**
     * The report of {@code year} in {@code locale}; {@code site} is the address records link to (no trailing slash),
     * {@code topic} a tag or domain id (null: the file's default). Reports each section on {@code progress}.
     */
    public Report build(int year, Locale locale, String topic, String site, Consumer<String> progress) {
        long start = System.nanoTime();
        Ctx c = new Ctx(year, locale, site == null ? "" : site.replaceAll("/+$", ""));
        String topicId = topic == null || topic.isBlank() ? text.defaultTopic() : topic.trim();
        List<Innovation> cases = innovations.byYear(year);
        List<Report.Section> sections = new ArrayList<>();
        for (String id : ReportText.SLOTS.keySet()) {
            SectionBuilder s = new SectionBuilder(c, id, sections.size() + 1);
            long sectionStart = System.nanoTime();
            switch (id) {
                case "overview" -> overview(s);
                case "policy" -> policy(s);
                case "tasks" -> pilotTasks(s);
                case "opening" -> opening(s);
                case "replication" -> replication(s);
                case "innovations" -> byDomain(s, cases);
                case "topic" -> topic(s, cases, topicId);
                case "best-practices" -> batch(s);
                case "chronicle" -> chronicle(s);
                case "index" -> index(s);
                default -> throw new IllegalStateException(id);
            }
            Report.Section built = s.done();
            sections.add(built);
            progress.accept(String.format(Locale.ROOT, "%2d/%d %-15s %s, %d cited figures, %d counted (%d ms)", built.number(),
                    ReportText.SLOTS.size(), id, built.missing() ? "data missing" : "built", built.citedFigures(),
                    built.countedFigures(), (System.nanoTime() - sectionStart) / 1_000_000));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Report.Colophon.Row> rows = sections.stream()
                .map(s -> new Report.Colophon.Row(s.number() + ". " + s.title(), s.citedFigures(), s.countedFigures())).toList();
        String built = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String colophon = fill(text.colophonText().in(locale), Map.of("built", built, "millis", Long.toString(millis)));
        return new Report(year, locale.getLanguage(), topicId, fill(text.title().in(locale), c.yearSlot()),
                fill(text.subtitle().in(locale), c.yearSlot()), sections,
                new Report.Colophon(text.colophonTitle().in(locale), colophon, rows,
                        rows.stream().mapToInt(Report.Colophon.Row::cited).sum(),
                        rows.stream().mapToInt(Report.Colophon.Row::counted).sum(), millis), words(locale));
    }

    // ------------------------------------------------------------------ sections

    private void overview(SectionBuilder s) {
        List<Statistic> all = statistics.byIndicators(text.headlines().stream()
                .flatMap(h -> java.util.stream.Stream.of(h.value(), h.change(), h.gap(), h.share()))
                .filter(Objects::nonNull).toList());
        List<SvgBars.Bar> growth = new ArrayList<>();
        List<List<Run>> items = new ArrayList<>();
        for (ReportText.HeadlineSpec h : text.headlines()) {
            Statistic v = national(all, h.value(), s.c.year);
            if (v == null) {
                continue;
            }
            List<Run> runs = new ArrayList<>(s.phrase("item", Map.of("label", words(v.indicatorName().in(s.c.locale)),
                    "value", s.stat(v))));
            Statistic ch = national(all, h.change(), s.c.year);
            if (ch != null) {
                runs.addAll(s.phrase("change", Map.of("change", s.stat(ch))));
                growth.add(new SvgBars.Bar(v.indicatorName().in(s.c.locale), ch.value().doubleValue(),
                        figures.of(ch, s.c.locale), s.c.statHref(ch)));
            }
            Statistic gap = national(all, h.gap(), s.c.year);
            if (gap != null) {
                runs.addAll(s.phrase("gap", Map.of("gap", s.stat(gap))));
            }
            Statistic share = national(all, h.share(), s.c.year);
            if (share != null) {
                runs.addAll(s.phrase("share", Map.of("share", s.stat(share))));
            }
            runs.add(new Run.Words(s.c.en() ? "." : "。"));
            items.add(runs);
        }
        if (items.isEmpty()) {
            s.missing();
            return;
        }
        s.intro(Map.of());
        items.forEach(r -> s.blocks.add(new Block.Paragraph(r)));
        if (!growth.isEmpty()) {
            s.chart(label("headline_chart", s), growth);
        }
    }

    private void policy(SectionBuilder s) {
        List<PolicyDocument> docs = new ArrayList<>();
        for (int page = 1; ; page++) {
            PageResult<PolicyDocument> p = documents.search(new DocumentFilter(null, null, s.c.year, null, null, null),
                    new Paging(page, Paging.MAX_SIZE));
            docs.addAll(p.items());
            if (docs.size() >= p.total() || p.items().isEmpty()) {
                break;
            }
        }
        if (docs.isEmpty()) {
            s.missing();
            return;
        }
        s.intro(Map.of("count", s.counted(docs.size(), "/documents?year=" + s.c.year)));
        Map<String, Integer> byType = new TreeMap<>();
        docs.forEach(d -> byType.merge(d.type() == null ? "" : d.type(), 1, Integer::sum));
        List<List<List<Run>>> typeRows = new ArrayList<>();
        byType.forEach((type, n) -> typeRows.add(List.of(
                List.of(words(type.isEmpty() ? "—" : vocabulary.label("document_types", type, s.c.locale))),
                List.of(s.counted(n, "/documents?year=" + s.c.year + (type.isEmpty() ? "" : "&type=" + type))))));
        s.table(List.of(label("type", s), label("count", s)), typeRows);
        List<List<List<Run>>> rows = new ArrayList<>();
        for (PolicyDocument d : docs) {
            List<Run> title = new ArrayList<>();
            title.add(link(d.title(), s.c.href("/documents/" + d.id()), s.c.locale));
            if (d.number() != null) {
                title.add(words(" "));
                title.add(new Run.Words(d.number(), true));
            }
            List<Run> count = new ArrayList<>();
            if (d.measureCount() != null) {
                count.add(s.figure(figures.format(BigDecimal.valueOf(d.measureCount()), "count", s.c.locale)
                        + (d.measureUnit() == null || s.c.en() ? "" : " " + d.measureUnit()), "/documents/" + d.id(), d.source()));
            }
            s.cite(title, d.source());
            rows.add(List.of(title, List.of(words(d.issued() == null ? "—" : d.issued())),
                    List.of(words(d.type() == null ? "—" : vocabulary.label("document_types", d.type(), s.c.locale))), count));
        }
        s.table(List.of(label("document", s), label("issued", s), label("type", s), label("count", s)), rows);
    }

    private void pilotTasks(SectionBuilder s) {
        List<TaskReportFact> facts = s.c.year == text.reportFactsYear() ? tasks.store().reportFacts() : List.of();
        List<Rollup> byFtz = taskReports.rollup("ftz", new org.ftzobservatory.tasks.TaskStore.Filter(null, null, null, null, null));
        if (facts.isEmpty() && byFtz.isEmpty()) {
            s.missing();
            return;
        }
        s.intro(Map.of());
        List<List<List<Run>>> rows = new ArrayList<>();
        for (TaskReportFact f : facts) {
            rows.add(List.of(List.of(words(f.scope().equals("national") ? (s.c.en() ? "National" : "全国")
                            : vocabulary.label("zones", f.scope(), s.c.locale))),
                    List.of(words(s.c.en() ? f.labelEn() : f.labelZh())),
                    List.of(s.figure(figures.format(BigDecimal.valueOf(f.value()), "count", s.c.locale), "/tasks#fact-" + f.id(),
                            f.source()))));
        }
        if (!rows.isEmpty()) {
            s.table(List.of(label("zone", s), label("what", s), label("figure", s)), rows);
        }
        if (byFtz.isEmpty()) {
            s.notice("missing", fill(text.section("tasks", "ledger_missing").in(s.c.locale), Map.of()));
            return;
        }
        boolean synthetic = tasks.store().plans().stream().anyMatch(Plan::synthetic);
        if (synthetic) {
            s.notice("synthetic", label("synthetic", s));
        }
        int total = byFtz.stream().mapToInt(Rollup::total).sum();
        int done = byFtz.stream().mapToInt(r -> r.done(tasks.rules().done())).sum();
        int overdue = byFtz.stream().mapToInt(Rollup::overdue).sum();
        s.synthetic = synthetic;
        s.blocks.add(new Block.Paragraph(s.phrase("ledger", Map.of("tasks", s.counted(total, "/tasks"),
                "done", s.counted(done, "/tasks"), "overdue", s.counted(overdue, "/tasks?overdue=true"),
                "rate", s.counted(ReportMath.sharePercent(done, total), "%", "/tasks")))));
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (Rollup r : byFtz) {
            BigDecimal rate = ReportMath.sharePercent(r.done(tasks.rules().done()), r.total());
            bars.add(new SvgBars.Bar(vocabulary.label("zones", r.key(), s.c.locale), rate == null ? 0 : rate.doubleValue(),
                    figures.format(rate == null ? BigDecimal.ZERO : rate, "%", s.c.locale)
                            + (synthetic ? " (" + (s.c.en() ? "synthetic" : "模拟") + ")" : ""), s.c.href("/tasks?zone=" + r.key())));
        }
        s.chart(label("ftz_chart", s) + (synthetic ? " — " + label("synthetic", s) : ""), bars);
        s.synthetic = false;
    }

    private void opening(SectionBuilder s) {
        String year = Integer.toString(s.c.year);
        NegativeList national = null;
        NegativeList ftz = null;
        for (NegativeList l : lists.data().lists()) {
            if (!"foreign_investment".equals(l.kind()) || !year.equals(l.editionYear())) {
                continue;
            }
            if (l.id().startsWith("national")) {
                national = l;
            } else if (l.id().startsWith("ftz")) {
                ftz = l;
            }
        }
        if (national == null || ftz == null) {
            s.missing();
            return;
        }
        int n = national.officialCount();
        int f = ftz.officialCount();
        s.intro(Map.of("national", s.figure(figures.format(BigDecimal.valueOf(n), "count", s.c.locale),
                        "/negative-lists/" + national.id(), national.source()),
                "ftz", s.figure(figures.format(BigDecimal.valueOf(f), "count", s.c.locale), "/negative-lists/" + ftz.id(), ftz.source()),
                "fewer", s.counted(n - f, "/negative-lists/diff?from=" + national.id() + "&to=" + ftz.id()),
                "fewer_pct", s.counted(ReportMath.fewerPercent(n, f), "%", "/negative-lists/diff?from=" + national.id() + "&to=" + ftz.id())));
        ListDiff.Result diff = ListDiffView.diff(lists, national.id(), ftz.id());
        List<Run> summary = new ArrayList<>();
        String diffHref = "/negative-lists/diff?from=" + national.id() + "&to=" + ftz.id();
        for (Map.Entry<String, Integer> e : diff.summary().entrySet()) {
            if (!summary.isEmpty()) {
                summary.add(words(s.c.en() ? ", " : "，"));
            }
            summary.add(words(changeName(e.getKey(), s.c.en()) + " "));
            summary.add(s.counted(e.getValue(), diffHref));
        }
        s.blocks.add(new Block.Paragraph(s.phrase("diff", Map.of("summary", summary))));
        List<Statistic> stats = statistics.byIndicators(text.openingIndicators());
        List<List<List<Run>>> rows = new ArrayList<>();
        for (String ind : text.openingIndicators()) {
            Statistic st = national(stats, ind, s.c.year);
            if (st != null) {
                rows.add(List.of(List.of(words(st.indicatorName().in(s.c.locale))), List.of(s.stat(st))));
            }
        }
        if (!rows.isEmpty()) {
            s.table(List.of(label("what", s), label("figure", s)), rows);
        }
    }

    @SuppressWarnings("unchecked")
    private void replication(SectionBuilder s) {
        boolean factsYear = s.c.year == text.reportFactsYear();
        List<Map<String, Object>> totals = factsYear ? replicationFacts.list("totals") : List.of();
        List<ReplicatedResults.Result> results = factsYear ? replicatedResults.all() : List.of();
        Map<String, Object> board = dashboard.read();
        List<Map<String, Object>> byRegion = (List<Map<String, Object>>) board.get("by_region");
        if (totals.isEmpty() && results.isEmpty() && byRegion.isEmpty()) {
            s.missing();
            return;
        }
        s.intro(Map.of());
        List<List<List<Run>>> rows = new ArrayList<>();
        for (Map<String, Object> t : totals) {
            rows.add(List.of(List.of(words(str(t, s.c.en() ? "unit_en" : "unit_zh"))),
                    List.of(s.figure(figures.format(new BigDecimal(t.get("value").toString()), "count", s.c.locale),
                            "/replication#" + t.get("id"), source(t)))));
        }
        if (!rows.isEmpty()) {
            s.table(List.of(label("what", s), label("figure", s)), rows);
        }
        List<List<List<Run>>> measured = new ArrayList<>();
        for (ReplicatedResults.Result r : results) {
            String where = vocabulary.label("regions", r.region(), s.c.locale) + " · " + r.field().in(s.c.locale);
            String rec = "/innovations/" + r.caseId();
            for (Innovation.Metric m : r.innovation().map(Innovation::metrics).orElse(List.of())) {
                List<Run> before = m.beforeLow() == null ? List.of(words("—"))
                        : List.of(s.figure(figures.range(m.beforeLow(), m.beforeHigh(), m.unit(), s.c.locale), rec, r.source()));
                List<Run> after = m.afterLow() == null ? List.of(words("—"))
                        : List.of(s.figure(figures.range(m.afterLow(), m.afterHigh(), m.unit(), s.c.locale), rec, r.source()));
                measured.add(List.of(List.of(words(where)), List.of(words(m.quantity().in(s.c.locale))), before, after));
            }
        }
        if (!measured.isEmpty()) {
            s.table(List.of(label("region", s), label("metric", s), label("before", s), label("after", s)), measured);
        }
        if (byRegion.isEmpty()) {
            s.notice("missing", fill(text.section("replication", "ledger_missing").in(s.c.locale), Map.of()));
            return;
        }
        long synthetic = ((Number) board.getOrDefault("synthetic", 0)).longValue();
        if (synthetic > 0) {
            s.notice("synthetic", label("synthetic", s));
            s.synthetic = true;
        }
        long taskCount = byRegion.stream().mapToLong(r -> ((Number) r.get("tasks")).longValue()).sum();
        long landed = byRegion.stream().mapToLong(r -> ((Number) r.get("landed")).longValue()).sum();
        List<Map<String, Object>> funnel = (List<Map<String, Object>>) board.get("funnel");
        long records = funnel.isEmpty() ? 0 : ((Number) funnel.get(0).get("n")).longValue();
        s.blocks.add(new Block.Paragraph(s.phrase("ledger", Map.of("records", s.counted(records, "/replication/records"),
                "tasks", s.counted(taskCount, "/replication"), "landed", s.counted(landed, "/replication")))));
        s.synthetic = false;
    }

    private void byDomain(SectionBuilder s, List<Innovation> cases) {
        if (cases.isEmpty()) {
            s.missing();
            return;
        }
        Map<String, Text> domains = vocabulary.all("innovation_domains");
        Map<String, List<Innovation>> byDomain = new LinkedHashMap<>();
        domains.keySet().forEach(d -> byDomain.put(d, new ArrayList<>()));
        cases.stream().filter(i -> i.domain() != null && byDomain.containsKey(i.domain()))
                .forEach(i -> byDomain.get(i.domain()).add(i));
        long present = byDomain.values().stream().filter(l -> !l.isEmpty()).count();
        s.intro(Map.of("count", s.counted(cases.size(), "/innovations?year=" + s.c.year),
                "domains", s.counted(present, "/innovations/matrix")));
        List<SvgBars.Bar> bars = new ArrayList<>();
        byDomain.forEach((d, list) -> bars.add(new SvgBars.Bar(domains.get(d).in(s.c.locale), list.size(),
                figures.format(BigDecimal.valueOf(list.size()), "count", s.c.locale) + " ("
                        + figures.format(ReportMath.sharePercent(list.size(), cases.size()), "%", s.c.locale) + ")",
                s.c.href("/innovations?domain=" + d + "&year=" + s.c.year))));
        s.chart(label("domain_chart", s), bars);
        byDomain.forEach((d, list) -> {
            if (list.isEmpty()) {
                return;
            }
            s.blocks.add(new Block.Heading(domains.get(d).in(s.c.locale)));
            String href = "/innovations?domain=" + d + "&year=" + s.c.year;
            s.blocks.add(new Block.Paragraph(s.phrase("domain", Map.of("domain", words(domains.get(d).in(s.c.locale)),
                    "count", s.counted(list.size(), href),
                    "share", s.counted(ReportMath.sharePercent(list.size(), cases.size()), "%", href)))));
            List<Innovation> withMetrics = list.stream().filter(i -> i.metrics().stream().anyMatch(this::comparable))
                    .limit(text.casesPerDomain()).toList();
            if (withMetrics.isEmpty()) {
                s.notice("missing", fill(text.section("innovations", "domain_no_metrics").in(s.c.locale), Map.of()));
                return;
            }
            List<List<List<Run>>> rows = new ArrayList<>();
            for (Innovation i : withMetrics) {
                for (Innovation.Metric m : i.metrics()) {
                    if (!comparable(m)) {
                        continue;
                    }
                    String rec = "/innovations/" + i.id();
                    rows.add(List.of(s.cite(new ArrayList<>(List.of(link(i.title(), s.c.href(rec), s.c.locale))), null),
                            List.of(words(zones(i.zones(), s.c.locale))),
                            List.of(words(m.quantity().in(s.c.locale))),
                            List.of(s.figure(figures.range(m.beforeLow(), m.beforeHigh(), m.unit(), s.c.locale), rec, i.source())),
                            List.of(s.figure(figures.range(m.afterLow(), m.afterHigh(), m.unit(), s.c.locale), rec, i.source()))));
                }
            }
            s.table(List.of(label("case", s), label("zones", s), label("metric", s), label("before", s), label("after", s)), rows);
        });
    }

    private boolean comparable(Innovation.Metric m) {
        return m.beforeLow() != null && m.afterLow() != null;
    }

    private void topic(SectionBuilder s, List<Innovation> cases, String topicId) {
        Text name = topics().get(topicId);
        String topicName = name == null ? topicId : name.in(s.c.locale);
        s.titleSlots.put("topic", topicName);
        boolean domain = vocabulary.all("innovation_domains").containsKey(topicId);
        List<Innovation> matching = cases.stream().filter(i -> domain ? topicId.equals(i.domain())
                : i.tags().stream().anyMatch(t -> t.id().equals(topicId))).toList();
        if (matching.isEmpty()) {
            s.missing(Map.of("topic", topicName));
            return;
        }
        long zones = matching.stream().flatMap(i -> i.zones().stream()).map(z -> z.contains("/") ? z.substring(0, z.indexOf('/')) : z)
                .distinct().count();
        String href = "/innovations?" + (domain ? "domain=" : "tag=") + topicId + "&year=" + s.c.year;
        s.intro(Map.of("topic", words(topicName), "count", s.counted(matching.size(), href), "zones", s.counted(zones, href)));
        List<List<List<Run>>> rows = new ArrayList<>();
        for (Innovation i : matching) {
            rows.add(List.of(s.cite(new ArrayList<>(List.of(link(i.title(), s.c.href("/innovations/" + i.id()), s.c.locale))),
                            i.source()),
                    List.of(words(zones(i.zones(), s.c.locale))), prose(i.summary(), s.c.locale)));
        }
        s.table(List.of(label("case", s), label("zones", s), label("what", s)), rows);
    }

    private void batch(SectionBuilder s) {
        BestPracticeBatch b = bestPractices.all().stream()
                .filter(x -> x.issued() != null && x.issued().startsWith(s.c.year + "")).findFirst().orElse(null);
        if (b == null) {
            s.missing();
            return;
        }
        String href = "/best-practices/" + b.number();
        s.intro(Map.of("batch", s.figure(Integer.toString(b.number()), href, b.source()),
                "count", s.figure(figures.format(BigDecimal.valueOf(b.cases().size()), "count", s.c.locale), href, b.source()),
                "issued", words(b.issued())));
        List<List<List<Run>>> rows = new ArrayList<>();
        for (BestPracticeBatch.Case c : b.cases()) {
            List<Run> title = new ArrayList<>();
            if (c.innovation() != null) {
                title.add(link(c.innovationTitle(), s.c.href("/innovations/" + c.innovation()), s.c.locale));
                title.add(words(" · "));
            }
            title.add(new Run.Words(c.title(), true));
            String scope = "national".equals(c.scope()) ? (s.c.en() ? "Nationwide" : "全国")
                    : String.join(s.c.en() ? ", " : "、", c.regions().stream().map(r -> vocabulary.label("regions", r, s.c.locale)).toList());
            rows.add(List.of(List.of(words(Integer.toString(c.item()))), title, List.of(words(zones(c.zones(), s.c.locale))),
                    List.of(words(scope))));
        }
        s.table(List.of("#", label("case", s), label("zones", s), label("scope", s)), rows);
    }

    private void chronicle(SectionBuilder s) {
        List<ChronicleEvent> events = chronicle.search(null, s.c.year, new Paging(1, Paging.MAX_SIZE)).items();
        if (events.isEmpty()) {
            s.missing();
            return;
        }
        s.intro(Map.of("count", s.counted(events.size(), "/chronicle")));
        List<List<List<Run>>> rows = new ArrayList<>();
        for (ChronicleEvent e : events) {
            List<Run> what = new ArrayList<>();
            what.add(link(e.title(), s.c.href("/chronicle#" + e.id()), s.c.locale));
            what.add(words(s.c.en() ? ". " : "。"));
            what.addAll(prose(e.summary(), s.c.locale));
            s.cite(what, e.source());
            rows.add(List.of(List.of(words(e.date() + (e.endDate() != null ? " – " + e.endDate() : ""))), what));
        }
        s.table(List.of(label("date", s), label("event", s)), rows);
    }

    private void index(SectionBuilder s) {
        IndexSection.Results r = index.getIfAvailable(() -> IndexSection.UNAVAILABLE).results(s.c.year);
        if (r.rows().isEmpty()) {
            s.missing();
            if (r.reason() != null) {
                s.blocks.clear();
                s.notice("missing", r.reason().in(s.c.locale));
            }
            return;
        }
        s.intro(Map.of("framework", words(r.framework() == null ? "" : r.framework().in(s.c.locale))));
        List<List<List<Run>>> rows = new ArrayList<>();
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (IndexSection.Row row : r.rows()) {
            String href = "/index?year=" + s.c.year;
            String score = figures.format(BigDecimal.valueOf(row.score()), "score", s.c.locale);
            rows.add(List.of(List.of(words(Integer.toString(row.rank()))), List.of(words(vocabulary.label("zones", row.zone(), s.c.locale))),
                    List.of(s.counted(BigDecimal.valueOf(row.score()), "score", href)),
                    List.of(words(row.rankP5() + "–" + row.rankP95()))));
            bars.add(new SvgBars.Bar(vocabulary.label("zones", row.zone(), s.c.locale), row.score(), score, s.c.href(href)));
        }
        s.chart(label("score", s), bars);
        s.table(List.of(label("rank", s), label("zone", s), label("score", s), label("interval", s)), rows);
    }

    // ------------------------------------------------------------------ helpers

    /** The frame's fixed words (contents, notes, the colophon's columns) in the report's language. */
    private Map<String, String> words(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        text.labels().forEach((k, v) -> out.put(k, v.in(locale)));
        return out;
    }

    /** The year's figure of an indicator about the whole country or all FTZs together. */
    static Statistic national(List<Statistic> all, String indicator, int year) {
        if (indicator == null) {
            return null;
        }
        return all.stream().filter(st -> st.indicator().equals(indicator) && st.year() == year
                && ("national".equals(st.scopeKind()) || "ftz-wide".equals(st.scopeKind()))).findFirst().orElse(null);
    }

    private String zones(List<String> zones, Locale locale) {
        return String.join(locale.getLanguage().equals("en") ? ", " : "、",
                zones.stream().map(z -> vocabulary.label("zones", z, locale)).toList());
    }

    private String label(String key, SectionBuilder s) {
        return text.label(key, s.c.locale);
    }

    private static String changeName(String key, boolean en) {
        return switch (key) {
            case "removed" -> en ? "removed in the FTZ list" : "自贸试验区版删除";
            case "added" -> en ? "added" : "新增";
            case "relaxed" -> en ? "relaxed" : "放宽";
            case "tightened" -> en ? "tightened" : "收紧";
            case "unchanged" -> en ? "unchanged" : "相同";
            default -> en ? "not settled by the sources" : "来源不足、无法判断";
        };
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : v.toString();
    }

    /** A report-facts record's {doc, lines} as a source reference. */
    @SuppressWarnings("unchecked")
    private static String source(Map<String, Object> row) {
        if (row.get("source") instanceof Map<?, ?> src && src.get("lines") != null) {
            return src.get("doc") + ":" + src.get("lines").toString().replace(" ", "");
        }
        return null;
    }

    /** A link whose text is the Text in the locale; Chinese kept in an English report is marked as such. */
    private static Run link(Text t, String href, Locale locale) {
        String shown = t.in(locale);
        boolean zh = "en".equals(locale.getLanguage()) && (t.en() == null || t.en().isBlank());
        return new Run.Link(shown, href, zh);
    }

    /** A summary in the locale; in English the document numbers (文号) inside it are kept as printed, marked Chinese. */
    private List<Run> prose(Text t, Locale locale) {
        String shown = t.in(locale);
        if (!"en".equals(locale.getLanguage())) {
            return List.of(words(shown));
        }
        boolean zhOnly = t.en() == null || t.en().isBlank();
        return officialNumbers.segments(shown).stream().map(seg -> (Run) new Run.Words(seg.text(), zhOnly || seg.number())).toList();
    }

    private static Run words(String s) {
        return new Run.Words(s == null ? "" : s);
    }

    /** Replaces {slot} by plain values. */
    static String fill(String phrase, Map<String, String> values) {
        Matcher m = SLOT.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The build's settings, shared by its sections. */
    private record Ctx(int year, Locale locale, String site) {
        boolean en() {
            return "en".equals(locale.getLanguage());
        }

        String href(String path) {
            return site + path;
        }

        String statHref(Statistic st) {
            return href("/api/v1/statistics?indicator=" + st.indicator() + "&year=" + st.year());
        }

        Map<String, String> yearSlot() {
            return Map.of("year", Integer.toString(year));
        }
    }

    /** Collects one section's blocks, its numbered citations and its figure counts. */
    private final class SectionBuilder {
        final Ctx c;
        final String id;
        final int number;
        final List<Block> blocks = new ArrayList<>();
        final Map<String, Report.Note> notes = new LinkedHashMap<>();
        final Map<String, String> titleSlots = new LinkedHashMap<>();
        int cited;
        int counted;
        boolean missing;
        boolean synthetic;

        SectionBuilder(Ctx c, String id, int number) {
            this.c = c;
            this.id = id;
            this.number = number;
            titleSlots.putAll(c.yearSlot());
        }

        Report.Section done() {
            return new Report.Section(id, number, fill(text.section(id, "title").in(c.locale), titleSlots), missing, blocks,
                    List.copyOf(notes.values()), cited, counted);
        }

        void missing() {
            missing(Map.of());
        }

        void missing(Map<String, String> slots) {
            Map<String, String> all = new LinkedHashMap<>(c.yearSlot());
            all.putAll(slots);
            missing = true;
            notice("missing", fill(text.section(id, "missing").in(c.locale), all));
        }

        void notice(String kind, String sentence) {
            blocks.add(new Block.Notice(kind, sentence));
        }

        void intro(Map<String, Object> slots) {
            blocks.add(new Block.Paragraph(phrase("intro", slots)));
        }

        void chart(String title, List<SvgBars.Bar> bars) {
            StringBuilder words = new StringBuilder(title).append(": ");
            for (int i = 0; i < bars.size(); i++) {
                words.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(" ").append(bars.get(i).text());
            }
            blocks.add(new Block.Chart(SvgBars.render(title, bars), words.toString()));
        }

        void table(List<String> head, List<List<List<Run>>> rows) {
            blocks.add(new Block.Table(head, rows));
        }

        /** The phrase of this section with its slots filled: a slot value is a Run, a list of Runs or plain text. */
        @SuppressWarnings("unchecked")
        List<Run> phrase(String key, Map<String, ?> slots) {
            String p = text.section(id, key).in(c.locale);
            List<Run> out = new ArrayList<>();
            Matcher m = SLOT.matcher(p);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    out.add(new Run.Words(p.substring(at, m.start())));
                }
                Object v = m.group(1).equals("year") ? Integer.toString(c.year) : slots.get(m.group(1));
                if (v instanceof Run r) {
                    out.add(r);
                } else if (v instanceof List<?> l) {
                    out.addAll((List<Run>) l);
                } else {
                    out.add(new Run.Words(v == null ? "" : v.toString()));
                }
                at = m.end();
            }
            if (at < p.length()) {
                out.add(new Run.Words(p.substring(at)));
            }
            return out;
        }

        /** A statistic, written by {@link Figures}, linked to its record and cited. */
        Run stat(Statistic st) {
            return figure(figures.of(st, c.locale), c.statHref(st).substring(c.site.length()), st.source());
        }

        /** A cited figure: the record it links to, and its source as a numbered note (null source: counted). */
        Run.Figure figure(String value, String path, String source) {
            if (source == null || source.isBlank()) {
                counted++;
                return new Run.Figure(value, c.href(path), 0, synthetic);
            }
            cited++;
            return new Run.Figure(value, c.href(path), note(source).number(), synthetic);
        }

        /** A figure counted from records (a number of documents, cases …), linked to the list it counts. */
        Run counted(long n, String path) {
            return figure(figures.format(BigDecimal.valueOf(n), "count", c.locale), path, null);
        }

        Run counted(BigDecimal value, String unit, String path) {
            return figure(value == null ? "—" : figures.format(value, unit, c.locale), path, null);
        }

        /** Appends a record's citation mark to a cell or paragraph (no figure: not counted). */
        List<Run> cite(List<Run> runs, String source) {
            if (source != null && !source.isBlank()) {
                runs.add(new Run.Link("[" + note(source).number() + "]", "#note-" + id + "-" + note(source).number()));
            }
            return runs;
        }

        private Report.Note note(String source) {
            return notes.computeIfAbsent(source, s -> new Report.Note(notes.size() + 1, citations.label(s, c.locale),
                    citations.title(s, c.locale), c.href(citations.anchor(s))));
        }
    }
}
