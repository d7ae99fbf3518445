package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site-wide search box and results page, home and zone pages in real Chromium, in Chinese and English: English
 * pages show no Chinese and no raw zone ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class SearchBrowserIT {

    /** A zone id as a reader must never see it: lower-case words joined by a slash (guangdong/nansha). */
    static final String RAW_ZONE_ID = "\\b[a-z]+/[a-z-]+\\b";

    @LocalServerPort
    int port;

    static BrowserSession browser;

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private BrowserSession browser() {
        if (browser == null) {
            browser = BrowserSession.start(port);
        }
        return browser;
    }

    @Test
    void theHeaderSearchBoxOnAZonePageLeadsToResultsGroupedByType() {
        BrowserSession b = browser();
        b.open("/zones/tianjin?lang=zh");
        b.driver.findElement(By.id("site-search-q")).sendKeys("保税维修", Keys.ENTER);
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?q="));
        assertThat(b.text("#group-innovation")).contains("保税维修企业联盟").contains("天津");
        assertThat(b.all("#group-innovation li")).hasSize(4);
        assertThat(b.all("#group-innovation mark")).isNotEmpty();
        assertThat(b.text("#group-document")).contains("综合保税区维修产品目录");
        assertThat(b.text("#group-event")).contains("此类没有匹配结果");
    }

    @Test
    void englishPagesShowNoChineseAndNoRawIds() {
        BrowserSession b = browser();
        for (String page : new String[] {"/?lang=en", "/search?q=bonded+maintenance&lang=en", "/innovations?q=bonded+maintenance&lang=en"}) {
            b.open(page);
            String main = b.text("main");
            assertThat(main).as(page).doesNotContainPattern("\\p{IsHan}").doesNotContainPattern(RAW_ZONE_ID);
        }
        b.open("/search?q=bonded+maintenance&lang=en");
        assertThat(b.text("#group-innovation")).contains("Bonded maintenance enterprise alliance").contains("Tianjin");
        b.open("/?lang=en");
        assertThat(b.text("#headlines")).contains("CNY 6.8 tn").contains("CNY 213 bn").doesNotContain("亿");
        assertThat(b.text("#entry-paths")).contains("Pilot-task ledger").contains("Delegated powers").contains("Access check").doesNotContain("Task ledger (coming)");
    }
}
