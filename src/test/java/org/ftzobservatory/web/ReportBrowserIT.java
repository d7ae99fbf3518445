package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /reports and /reports/2021 in real Chromium, in Chinese and in English: the years listed, every section shown, the
 * server-drawn SVG charts laid out, figures linked, the downloads offered, the topic picked from the form. Screenshots
 * report-zh.png and report-en.png go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-report-browser", "ftz.db.embedded.clean=true"})
class ReportBrowserIT {

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
    void theTwentyTwentyOneReportInChineseAndEnglish() throws Exception {
        browser.open("/reports?lang=zh");
        assertThat(browser.text("h1")).isEqualTo("年度报告");
        browser.driver.findElement(By.cssSelector("#report-years a[href='/reports/2021']")).click();
        browser.waitFor(By.id("annual-report"));
        assertThat(browser.text("#report-title")).contains("2021");
        assertThat(browser.all("section.report-section")).hasSize(11);
        assertThat(browser.text("#section-overview")).contains("2,130 亿元").contains("6.8 万亿元");
        assertThat(browser.all("#section-chronicle tbody tr")).hasSize(25);
        assertThat(browser.all("#section-best-practices tbody tr")).hasSize(18);
        assertThat(browser.text("#section-index")).contains("评估指数");
        // the server-drawn chart is laid out with bars of width
        Number width = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelector('#section-innovations svg.report-chart').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isGreaterThan(100);
        assertThat(browser.all("#section-overview a.fig")).allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/api/v1/statistics"));
        assertThat(browser.driver.findElement(By.id("download-html")).getAttribute("href")).contains("/reports/2021/report.html");
        browser.screenshot("report-zh");

        browser.open("/reports/2021?lang=en");
        assertThat(browser.text("#report-title")).startsWith("China's pilot free trade zones in 2021");
        assertThat(browser.text("#section-overview")).contains("CNY 213 bn").contains("CNY 6.8 tn");
        assertThat(browser.text("#section-index")).contains("Guangdong").containsPattern("0\\.\\d{3}\\b").doesNotContain("not available");
        assertThat(browser.text("#colophon")).contains("Cited figures");
        browser.screenshot("report-en");

        new Select(browser.driver.findElement(By.id("topic"))).selectByValue("finance");
        browser.driver.findElement(By.cssSelector("#report-downloads button")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("topic=finance"));
        assertThat(browser.text("#section-topic h2")).isEqualTo("7. Topic: Finance");
    }
}
