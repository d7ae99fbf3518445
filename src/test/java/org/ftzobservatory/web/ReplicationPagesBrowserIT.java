package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.ftzobservatory.replication.DemoLedger;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 11 §4 on the replication pages, in zh and en: the empty ledger says what is empty and what fills it, the bulletin
 * is a page of the site with a form and a nav link, /me shows human names, and English mode shows no Chinese outside
 * proper names (marked lang="zh-CN") and no raw state constants or zone ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-replication-pages", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-11-20"})
class ReplicationPagesBrowserIT {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern RAW = Pattern.compile("\\b(under_evaluation|in_progress|PROVINCE_REVIEWER|NATIONAL_ADMIN|ZONE_EDITOR)\\b"
            + "|\\b[a-z]+/[a-z-]+\\b|\\?\\?");

    @LocalServerPort
    int port;
    @Autowired
    DemoLedger demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;

    BrowserSession browser;

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
        BrowserSession.ensureOfficial(officials, encoder, "pages-reviewer", Role.PROVINCE_REVIEWER, "henan");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theEmptyLedgerSaysWhatIsEmptyAndWhatFillsItThenTheDemoFillsTheChartsAndTheBulletin() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from innovation_record", Integer.class)).isZero();
        browser.open("/replication");
        assertThat(browser.text("#ledger-empty")).contains("还没有记录").contains("./ftz demo load");
        assertThat(browser.text("#funnel-empty")).contains("漏斗");
        assertThat(browser.text("#tasks-empty")).contains("省级审核员");
        assertThat(browser.text("#landing-empty")).contains("落地");
        assertThat(browser.all("#funnel-chart")).isEmpty();
        assertThat(browser.all("#by-region")).isEmpty();
        assertThat(browser.all("#bulletin-link")).hasSize(1);
        // the report's measured results are their library cases: linked, with the case's figures
        assertThat(browser.text("#results")).contains("26.4 小时").contains("国际贸易“单一窗口”");
        assertThat(browser.all("#results a[href$='/innovations/p1-rep-international-trade-single-window']")).hasSize(1);

        browser.open("/replication?lang=en");
        assertThat(browser.text("#ledger-empty")).startsWith("No records yet").contains("./ftz demo load shows a labelled");
        assertThat(browser.text("#tasks-empty")).contains("no replication tasks yet");
        assertThat(browser.text("#results")).contains("26.4 hours").contains("International trade single window");
        assertEnglishOnly("/replication");
        shot("/replication?lang=en", "replication-dashboard-empty-en");
        shot("/replication?lang=zh", "replication-dashboard-empty-zh");

        int tasks = demo.load(20211231L);
        try {
            assertThat(tasks).isPositive();
            browser.open("/replication");
            browser.waitFor(By.cssSelector("#funnel-chart canvas"));
            assertThat(browser.all("#ledger-empty")).isEmpty();
            assertThat(browser.all("#synthetic-banner")).hasSize(1);
            assertEnglishOnly("/replication");

            // The bulletin (for signed-in officials): a page of the site, reached from the nav, with a form; the JSON
            // stays on the API.
            assertEnglishOnly("/login");
            browser.signIn("pages-reviewer");
            browser.open("/replication/bulletin");
            assertThat(browser.all("header.top nav #nav-bulletin")).hasSize(1);
            assertThat(browser.all("#bulletin")).isEmpty();
            new Select(browser.driver.findElement(By.id("bulletin-province"))).selectByValue("henan");
            var period = browser.driver.findElement(By.id("bulletin-period"));
            period.clear();
            period.sendKeys("2021");
            browser.driver.findElement(By.id("bulletin-submit")).click();
            browser.waitFor(By.id("bulletin-heading"));
            assertThat(browser.text("#bulletin-heading")).isEqualTo("河南省自贸试验区制度创新成果复制推广调度通报（2021）");
            int shown = browser.all("#bulletin table tr").size() - browser.all("#bulletin table").size();
            int henan = jdbc.queryForObject("select count(*) from replication_task where region = 'henan'"
                    + " and (status in ('planned', 'in_progress') or landed_on between '2021-01-01' and '2021-12-31')", Integer.class);
            assertThat(henan).isPositive();
            assertThat(shown).as("every henan task that landed in 2021 or is still open is listed once").isEqualTo(henan);
            assertThat(browser.all("#bulletin-synthetic")).hasSize(1);
            shot("/replication/bulletin?province=henan&period=2021&lang=zh", "replication-bulletin-zh");
            browser.open("/replication/bulletin?province=henan&period=2021&lang=en");
            assertThat(browser.text("#bulletin-heading")).isEqualTo("Replication supervision bulletin: Henan, 2021");
            assertEnglishOnly("/replication/bulletin?province=henan&period=2021");
            shot("/replication/bulletin?province=henan&period=2021&lang=en", "replication-bulletin-en");
            browser.open("/replication/bulletin?lang=zh");
            browser.open("/replication/bulletin?province=henan&period=2021-Q5&lang=en");
            assertThat(browser.text("#bulletin-error")).startsWith("The period must be YYYY, YYYY-MM or YYYY-Qn");
            assertThat(browser.all("#bulletin-heading")).isEmpty();

            // A record written by the demo has no audit events: the signed-in log says so in words.
            assertEnglishOnly("/review");
            assertEnglishOnly("/me");
            long record = jdbc.queryForObject("select min(id) from innovation_record", Long.class);
            browser.open("/replication/records/" + record + "?lang=en");
            assertThat(browser.text("#history-empty")).isEqualTo("No changes yet.");
            assertThat(browser.text("#record-level")).startsWith("national best-practice case");
            assertEnglishOnly("/replication/records/" + record);
            browser.open("/me?lang=en");
            assertThat(browser.text("#me-role")).isEqualTo("Provincial reviewer");
            assertThat(browser.text("#me-scope")).isEqualTo("Henan");
            assertThat(browser.text("h1")).isEqualTo("My account");
            browser.open("/me?lang=zh");
            assertThat(browser.text("h1")).isEqualTo("我的账户");
            assertThat(browser.text("#me-role")).isEqualTo("省级审核员");
            long task = jdbc.queryForObject("select min(id) from replication_task where region = 'henan'", Long.class);
            assertEnglishOnly("/replication/tasks/" + task);
            assertEnglishOnly("/replication/tasks?region=henan");
            assertEnglishOnly("/replication/records");
        } finally {
            demo.clear();
        }
    }

    @Test
    void theBulletinPageIsForSignedInOfficialsAndItsTextStaysOnTheApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/replication/bulletin"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
        browser.signIn("pages-reviewer");
        browser.open("/replication/bulletin");
        assertThat(browser.all("#bulletin-form")).hasSize(1);
        assertThat(browser.all("header.top")).hasSize(1);
        assertThat(browser.driver.getPageSource()).doesNotContain("\"landed\"");
    }

    /** The page in English: the main content without the elements marked as Chinese proper names has no CJK and no raw ids. */
    private void assertEnglishOnly(String path) {
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=en");
        String text = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                var m = document.querySelector('main').cloneNode(true);
                m.querySelectorAll('[lang^=zh]').forEach(function (e) { e.remove(); });
                return m.innerText;""");
        assertThat(HAN.matcher(text).find()).as(path + " in English shows Chinese: " + firstMatch(HAN, text)).isFalse();
        assertThat(RAW.matcher(text).find()).as(path + " shows a raw id: " + firstMatch(RAW, text)).isFalse();
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=zh");
    }

    /** A whole-page screenshot for docs/screenshots (the page is opened in the language the path asks for). */
    private void shot(String path, String name) throws Exception {
        browser.open(path);
        long height = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.body.scrollHeight");
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(6000, height + 140)));
        browser.screenshot(name);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
    }

    private static String firstMatch(Pattern p, String text) {
        var m = p.matcher(text);
        if (!m.find()) {
            return "";
        }
        return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
    }
}
