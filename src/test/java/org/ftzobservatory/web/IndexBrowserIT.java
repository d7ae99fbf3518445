package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /index in a real browser, in Chinese and in English: the answer first (the top zones with their rank intervals in
 * words), the ranking chart and a radar per zone drawn, the trend's empty state saying why, the indicators folded below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-english", "ftz.db.embedded.clean=true"})
class IndexBrowserIT {

    @LocalServerPort
    int port;

    BrowserSession browser;

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theIndexAnswersFirstAndShowsHowFirmEachRankIsInChineseAndEnglish() throws Exception {
        browser.open("/index?year=2021&lang=zh");
        assertThat(browser.text("h1")).isEqualTo("制度创新评估指数");
        assertThat(browser.all("#index-answer li")).hasSize(3);
        assertThat(browser.text("#index-answer li")).containsPattern("：第 1 名；权重随机变动时排名(在第 1–\\d+ 名之间|不变)");
        assertThat(browser.text("#index-answer")).contains("1,000 次");
        browser.waitFor(By.cssSelector("#rank-chart canvas"));
        assertThat(browser.all(".radar-grid .radar")).hasSize(21);
        assertThat(browser.all("#index-table tr")).hasSize(22);
        assertThat(browser.all("#index-indicators[open]")).as("indicators folded").isEmpty();
        assertThat(browser.text("#indicator-trade_cases")).isEmpty(); // folded: not visible until opened
        browser.driver.findElement(By.cssSelector("#index-indicators summary")).click();
        assertThat(browser.text("#indicator-trade_cases")).contains("innovations_per_domain(domain=trade)").contains("缺失按 0 计");
        assertThat(browser.text("#indicator-trade_growth_yoy")).contains("1 / 21 个区域有数据");
        assertThat(browser.text("#index-table")).contains("广东", "贸易便利化", "法治化环境");
        browser.screenshot("index-zh");

        browser.open("/index?year=2021&level=subzone&lang=en");
        assertThat(browser.text("h1")).isEqualTo("Institutional-innovation index");
        assertThat(browser.text("#index-answer h2")).isEqualTo("Ranking of Areas, 2021");
        assertThat(browser.text("#index-answer li")).containsPattern("Area: ranked 1;");
        browser.waitFor(By.cssSelector("#rank-chart canvas"));
        assertThat(browser.all(".radar-grid .radar")).hasSize(24);
        assertThat(browser.text("p.muted")).isNotEmpty();
        assertThat(browser.all("#trend-empty").isEmpty() ? browser.all("#trend-chart canvas") : browser.all("#trend-empty"))
                .as("a trend, or the reason there is none").isNotEmpty();
        browser.screenshot("index-subzone-en");
    }
}
