package org.ftzobservatory.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.ftzobservatory.cli.FtzCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

/**
 * The 2021 report against the dataset files (not against the database the report reads, so a lost record fails here):
 * all chronicle events, all cases of the year's best-practice batch, the headline FDI and trade figures, every section,
 * every figure linked and every citation resolved, missing data said in words, no long run of the seed report's text
 * (../shared/tools/seed-overlap.py), the CLI's bad input and the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-report", "ftz.db.embedded.clean=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportIT {

    static final String SITE = "https://ftz.example.org";

    @LocalServerPort
    int port;
    @Autowired
    AnnualReportBuilder builder;
    @Autowired
    ReportRenderer renderer;
    @Autowired
    HikariDataSource dataSource;
    @Autowired
    org.ftzobservatory.tasks.DemoTasks demoTasks;
    @Autowired
    org.ftzobservatory.replication.DemoLedger demoLedger;
    @TempDir
    Path tmp;

    Report zh;
    Report en;
    String zhHtml;
    String enHtml;

    @BeforeAll
    void build() {
        zh = builder.build(2021, Locale.SIMPLIFIED_CHINESE, null, SITE, m -> { });
        en = builder.build(2021, Locale.ENGLISH, null, SITE, m -> { });
        zhHtml = renderer.html(zh);
        enHtml = renderer.html(en);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlList(String file, String key) throws Exception {
        try (Reader r = Files.newBufferedReader(Path.of("data", file), StandardCharsets.UTF_8)) {
            Object root = new Yaml().load(r);
            return (List<Map<String, Object>>) (key == null ? root : ((Map<String, Object>) root).get(key));
        }
    }

    @Test
    void everyChronicleEventOfTheYearIsInTheReport() throws Exception {
        List<Map<String, Object>> events = yamlList("chronicle.yaml", "events");
        List<Map<String, Object>> of2021 = events.stream().filter(e -> e.get("date").toString().startsWith("2021")).toList();
        assertThat(of2021).hasSize(25);
        for (Map<String, Object> e : of2021) {
            assertThat(zhHtml).as("event " + e.get("id")).contains("/chronicle#" + e.get("id") + "\"")
                    .contains(esc(e.get("title_zh").toString()));
            assertThat(enHtml).contains(esc(e.get("title_en").toString()));
        }
        assertThat(count(zhHtml, "href=\"" + SITE + "/chronicle#")).isEqualTo(of2021.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCaseOfTheFourthBatchIsInTheReport() throws Exception {
        Map<String, Object> batch4 = yamlList("best-practice-batches.yaml", "batches").stream()
                .filter(b -> Integer.valueOf(4).equals(b.get("number"))).findFirst().orElseThrow();
        List<Map<String, Object>> cases = (List<Map<String, Object>>) batch4.get("cases");
        assertThat(cases).hasSize(18);
        String section = section(zhHtml, "best-practices");
        for (Map<String, Object> c : cases) {
            assertThat(section).as("case " + c.get("item")).contains(esc(c.get("title_zh").toString()));
        }
        assertThat(count(section, "<tr>") - 1).isEqualTo(18);
    }

    @Test
    void theHeadlineFdiAndTradeFiguresAreThereWithTheirChangeLinkedAndCited() {
        String overview = section(zhHtml, "overview");
        assertThat(overview).contains(">2,130 亿元</a>").contains(">6.8 万亿元</a>").contains(">19%</a>").contains(">29.5%</a>")
                .contains(">4.1 个百分点</a>").contains(">8.1 个百分点</a>");
        assertThat(section(enHtml, "overview")).contains(">CNY 213 bn</a>").contains(">CNY 6.8 tn</a>")
                .contains(">4.1 percentage points</a>");
        assertThat(overview).contains("href=\"" + SITE + "/api/v1/statistics?indicator=fdi_actual_use&amp;year=2021\"")
                .contains("<svg");
    }

    @Test
    void everySectionIsPrintedInOrderWithItsTitle() {
        List<String> ids = new ArrayList<>(ReportText.SLOTS.keySet());
        assertThat(zh.sections().stream().map(Report.Section::id).toList()).isEqualTo(ids);
        int at = -1;
        for (Report.Section s : zh.sections()) {
            int here = zhHtml.indexOf("id=\"section-" + s.id() + "\"");
            assertThat(here).as(s.id()).isGreaterThan(at);
            at = here;
            assertThat(zhHtml).contains(esc(s.number() + ". " + s.title()));
        }
        // 2021 has data for every section, the evaluation index included (its ranking with rank intervals)
        assertThat(zh.sections().stream().filter(Report.Section::missing).map(Report.Section::id).toList()).isEmpty();
        assertThat(section(enHtml, "index")).doesNotContain("not available in this build").contains("Guangdong").contains("/index?year=2021");
    }

    @Test
    void aYearWithLittleDataSaysSoInEverySectionThatLacksIt() {
        Report r = builder.build(2019, Locale.ENGLISH, null, SITE, m -> { });
        assertThat(r.sections()).hasSize(ReportText.SLOTS.size());
        List<Report.Section> missing = r.sections().stream().filter(Report.Section::missing).toList();
        assertThat(missing).extracting(Report.Section::id).contains("chronicle", "best-practices", "innovations");
        for (Report.Section s : missing) {
            assertThat(s.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Report.Block.Notice.class));
        }
        assertThat(renderer.html(r)).contains("The database holds no chronicle events for 2019.");
    }

    @Test
    void everyFigureLinksToItsRecordAndEveryCitationMarkToANote() {
        Matcher figures = Pattern.compile("<a class=\"fig[^\"]*\" href=\"([^\"]+)\"").matcher(zhHtml);
        int n = 0;
        while (figures.find()) {
            assertThat(figures.group(1)).startsWith(SITE + "/");
            n++;
        }
        assertThat(n).isEqualTo(zh.colophon().cited() + zh.colophon().counted());
        Matcher marks = Pattern.compile("href=\"#(note-[a-z-]+-\\d+)\"").matcher(zhHtml);
        Set<String> targets = new LinkedHashSet<>();
        while (marks.find()) {
            targets.add(marks.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(t -> assertThat(zhHtml).contains("id=\"" + t + "\""));
        assertThat(count(zhHtml, "<sup class=\"cite\">")).isEqualTo(zh.colophon().cited());
        for (Report.Section s : zh.sections()) {
            assertThat(section(zhHtml, s.id())).contains("data-cited=\"" + s.citedFigures() + "\"");
        }
        assertThat(zh.colophon().cited()).isGreaterThan(50);
        assertThat(zhHtml).contains("id=\"colophon-counts\"").doesNotContain("<script");
    }

    @Test
    void theLedgersDemoDataIsLabelledSyntheticWhereverItShows() {
        assertThat(section(enHtml, "tasks")).contains("no task yet").doesNotContain("synthetic");
        try {
            demoTasks.load(20211231L);
            demoLedger.load(20211231L);
            String html = renderer.html(builder.build(2021, Locale.ENGLISH, null, SITE, m -> { }));
            for (String id : List.of("tasks", "replication")) {
                String part = section(html, id);
                assertThat(part).as(id).contains("class=\"notice synthetic\"").contains("fig synthetic");
                // every ledger figure after the notice is marked; the report's own figures before it are not
                String ledger = part.substring(part.indexOf("notice synthetic"));
                assertThat(count(ledger, "class=\"fig\"")).as(id + " unmarked ledger figures").isZero();
            }
        } finally {
            demoTasks.clear();
            demoLedger.clear();
        }
    }

    @Test
    void theTopicIsAParameterAndAnUnknownOneIsRefused() throws Exception {
        Report finance = builder.build(2021, Locale.ENGLISH, "finance", SITE, m -> { });
        Report.Section topic = finance.sections().stream().filter(s -> s.id().equals("topic")).findFirst().orElseThrow();
        assertThat(topic.title()).isEqualTo("Topic: Finance");
        assertThat(topic.missing()).isFalse();
        assertThat(get("/reports/2021?topic=no-such-topic").statusCode()).isEqualTo(400);
        assertThat(get("/reports/2021?topic=no-such-topic").body()).contains("topic");
    }

    @Test
    void theReportRepeatsNoFiftyCharacterRunOfTheSeedReport() throws Exception {
        Path dir = tmp.resolve("overlap");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report-zh.html"), zhHtml);
        Files.writeString(dir.resolve("report-en.html"), enHtml);
        Files.writeString(dir.resolve("report-zh.md"), ReportRenderer.markdown(zh));
        Files.writeString(dir.resolve("report-en.md"), ReportRenderer.markdown(en));
        Path script = Path.of("..", "shared", "tools", "seed-overlap.py");
        assertThat(script).as("../shared/tools/seed-overlap.py (shared reference data next to the project)").exists();
        Process p = new ProcessBuilder("python3", script.toString(), dir.toString(), "--min", "50").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(output.strip()).as("seed-overlap.py output").isEqualTo("no verbatim runs of >= 50 characters from the report");
        // the check itself finds a copied run: a report with one sentence of the seed in it fails
        String seed = Files.readString(Path.of("..", "shared", "seed", "ftz-report-2022.txt"));
        Files.writeString(dir.resolve("copied.md"), seed.substring(20000, 20400));
        Process q = new ProcessBuilder("python3", script.toString(), dir.toString(), "--min", "50").redirectErrorStream(true).start();
        assertThat(new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("copied.md");
        q.waitFor(120, TimeUnit.SECONDS);
    }

    @Test
    void theCliWritesTheReportAndRefusesBadInputOneLineEachWritingNothing() throws Exception {
        Path out = tmp.resolve("report.md");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int ok = cli(stdout, err, "report", "--year", "2021", "--format", "md", "--lang", "en", "--out", out.toString());
        assertThat(ok).isEqualTo(FtzCli.OK);
        assertThat(Files.readString(out)).startsWith("# China's pilot free trade zones in 2021");
        String progress = err.toString(StandardCharsets.UTF_8);
        assertThat(progress).contains("10/10 index").contains("cited figures per section").contains("total");

        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        int code = cli(new ByteArrayOutputStream(), bad, "report", "--year", "20x1", "--format", "pdf",
                "--out", tmp.resolve("no-such-dir/r.html").toString());
        assertThat(code).isEqualTo(FtzCli.BAD_INPUT);
        List<String> lines = bad.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3).anyMatch(l -> l.startsWith("ftz report: year:")).anyMatch(l -> l.startsWith("ftz report: format:"))
                .anyMatch(l -> l.startsWith("ftz report: out:"));

        Path never = tmp.resolve("never.html");
        ByteArrayOutputStream bad2 = new ByteArrayOutputStream();
        code = cli(new ByteArrayOutputStream(), bad2, "report", "--year", "1999", "--topic", "nope", "--out", never.toString());
        assertThat(code).isEqualTo(FtzCli.BAD_INPUT);
        assertThat(bad2.toString(StandardCharsets.UTF_8)).contains("ftz report: year: no data for 1999")
                .contains("ftz report: topic: unknown topic 'nope'").doesNotContain("Exception");
        assertThat(never).doesNotExist();
    }

    @Test
    void thePagesListTheYearsShowTheReportAndOfferDownloads() throws Exception {
        HttpResponse<String> list = get("/reports");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/reports/2021\"");
        HttpResponse<String> page = get("/reports/2021?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"section-chronicle\"").contains("id=\"download-html\"").contains("/css/report.css");
        HttpResponse<String> html = get("/reports/2021/report.html");
        assertThat(html.headers().firstValue("content-disposition").orElse("")).contains("attachment").contains(".html");
        assertThat(html.body()).contains("<style>").contains(".annual-report");
        HttpResponse<String> md = get("/reports/2021/report.md?lang=en");
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains("## 9. Chronicle");
        assertThat(get("/reports/1999").statusCode()).isEqualTo(404);
        assertThat(get("/reports/20x1").statusCode()).isEqualTo(400);
    }

    int cli(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--ftz.db.url=" + dataSource.getJdbcUrl());
        a.add("--ftz.db.user=" + dataSource.getUsername());
        return new FtzCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(a.toArray(String[]::new));
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String section(String html, String id) {
        int from = html.indexOf("id=\"section-" + id + "\"");
        assertThat(from).as("section " + id).isPositive();
        int to = html.indexOf("<section", from + 1);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    /** As Thymeleaf's th:text escapes: markup characters only (typographic quotes stay as they are). */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
