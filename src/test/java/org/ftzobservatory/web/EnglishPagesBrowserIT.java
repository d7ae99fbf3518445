package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every main page in English mode, in real Chromium: no Chinese character outside elements marked {@code lang="zh"}
 * (proper names with no English version, official document numbers, quoted legal text — the convention of
 * docs/ARCHITECTURE.md), and no raw id a reader should never see: zone ids, snake_case state constants, report
 * citations in their storage form, file paths, unscaled numbers of eight digits or more. One test per page, so the
 * report names each page that still fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-english", "ftz.db.embedded.clean=true"})
class EnglishPagesBrowserIT {

    /**
     * Text a reader sees: rendered text nodes (and chosen options) outside lang="zh" elements, plus the page title. With
     * arguments[0] true, text inside {@code <code>} is left out too: a file format's column names are literal text the
     * reader must type, so they are checked for Chinese but not as raw ids.
     */
    static final String VISIBLE_TEXT = """
            const out = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            let n;
            while ((n = walker.nextNode())) {
              const p = n.parentElement;
              if (!p || p.closest('[lang^="zh"], script, style, noscript, template')) continue;
              if (arguments[0] && p.closest('code')) continue;
              if (!p.closest('select') && p.getClientRects().length === 0) continue;
              out.push(n.textContent);
            }
            return out.join(' ');""";

    static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+");

    /** Raw ids and storage forms, each with the name the failure message gives it. */
    static final List<Pattern> RAW = List.of(
            Pattern.compile("\\b[a-z]{3,}/[a-z][a-z-]{2,}\\b"),                 // zone id: guangdong/nansha
            Pattern.compile("\\b[a-z]+_[a-z_]+\\b"),                            // state constant: requires_changes
            Pattern.compile("ftz-report-2022:"),                               // citation in storage form
            Pattern.compile("\\.\\./|\\bshared/|\\.(yaml|csv|md)\\b"),          // file path
            Pattern.compile("\\b\\d{8,}\\b|\\b\\d{2,3}(,\\d{3}){2,}\\b|\\b\\d(,\\d{3}){3,}\\b")); // unscaled number

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMainPageIsEnglishWithoutRawIds() throws Exception {
        LocalHttp http = new LocalHttp(port, null);
        String document = firstId(http.get("/api/v1/documents?size=1").body());
        String innovation = firstId(http.get("/api/v1/innovations?size=1").body());
        List<String> pages = List.of("/", "/zones", "/zones/shanghai", "/documents", "/documents/" + document, "/chronicle",
                "/innovations", "/innovations/" + innovation, "/innovations/matrix", "/best-practices", "/best-practices/4",
                "/best-practices/1", "/access", "/negative-lists", "/negative-lists/ftz-2021", "/negative-lists/national-2021/1",
                "/negative-lists/diff?from=national-2021&to=ftz-2021", "/replication", "/replication/bulletin", "/review", "/sources",
                "/tasks", "/tasks/bulletin", "/powers", "/index", "/index?level=subzone", "/me",
                "/search?q=%E4%BF%9D%E7%A8%8E", "/login", "/no-such-page", "/documents?year=abc");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> check(page)));
    }

    private void check(String page) {
        if (browser == null) {
            browser = BrowserSession.start(port);
            browser.open("/?lang=en");
            BrowserSession.ensureOfficial(officials, encoder, "en-reader", Role.ZONE_EDITOR, "shanghai");
            browser.signIn("en-reader");
        }
        browser.open(page);
        if (!browser.driver.getCurrentUrl().contains("lang=en")) {
            browser.open(page + (page.contains("?") ? "&" : "?") + "lang=en");
        }
        String text = (String) ((JavascriptExecutor) browser.driver).executeScript(VISIBLE_TEXT, false);
        String prose = (String) ((JavascriptExecutor) browser.driver).executeScript(VISIBLE_TEXT, true);
        List<String> problems = new ArrayList<>();
        Matcher cjk = CJK.matcher(text);
        while (cjk.find() && problems.size() < 8) {
            problems.add("Chinese outside lang=zh: '" + context(text, cjk) + "'");
        }
        for (Pattern raw : RAW) {
            Matcher m = raw.matcher(prose);
            while (m.find() && problems.size() < 16) {
                problems.add("raw id /" + raw.pattern() + "/: '" + context(prose, m) + "'");
            }
        }
        boolean errorPageExpected = page.startsWith("/no-such-page") || page.contains("year=abc");
        if (!errorPageExpected) {
            assertThat(browser.all("#error-detail")).as("%s renders the page, not an error", page).isEmpty();
        }
        assertThat(problems).as("%s in English mode", page).isEmpty();
    }

    private static String context(String text, Matcher m) {
        return text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 20)).replaceAll("\\s+", " ");
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("a first id in %s", json).isTrue();
        return m.group(1);
    }
}
