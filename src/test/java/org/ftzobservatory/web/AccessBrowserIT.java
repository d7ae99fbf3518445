package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The negative-list pages in headless Chromium: the access check with htmx, the lists with their charts, a measure, the diff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class AccessBrowserIT {

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
    void anInvestorChecksTelecomInLingangAndSeesBothListsSideBySide() throws Exception {
        browser.open("/access?lang=en");
        new Select(browser.driver.findElement(By.id("location"))).selectByValue("shanghai/lingang");
        WebElement industry = browser.driver.findElement(By.id("industry"));
        industry.sendKeys("telecom");
        browser.waitFor(By.cssSelector("#industry-options option"));
        industry.clear();
        industry.sendKeys("6319");
        WebElement share = browser.driver.findElement(By.id("foreign_share"));
        share.clear();
        share.sendKeys("0.6");
        browser.driver.findElement(By.id("check")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertThat(browser.driver.findElement(By.id("verdict")).getAttribute("data-verdict")).isEqualTo("requires_changes");
        assertThat(browser.text("#side-this")).contains("ftz-2021").contains("at most 50%");
        assertThat(browser.text("#side-other")).contains("national-2021");
        assertThat(browser.driver.getCurrentUrl()).contains("location=shanghai%2Flingang").contains("foreign_share=0.6");
        browser.screenshot("access-check-en");
        // A share outside 0–1 is answered with the field's problem, on the page.
        browser.open("/access?location=shanghai&industry=6319&foreign_share=1.5");
        assertThat(browser.text("#access-error")).contains("foreign_share");
    }

    @Test
    void theListsPageDrawsRestrictivenessAndHistoryAndAMeasureShowsItsHistory() throws Exception {
        browser.open("/negative-lists");
        assertThat(browser.text("#lists")).contains("31").contains("27").contains("70");
        assertThat(browser.text("#list-hainan-cbs-2021")).contains("元数据");
        browser.waitFor(By.cssSelector("#restrictiveness-chart canvas"));
        browser.waitFor(By.cssSelector("#history-chart canvas"));
        assertThat(browser.text("#editions")).contains("unsourced");
        browser.screenshot("negative-lists");
        browser.open("/negative-lists/national-2021");
        assertThat(browser.all("#measures tr[id^=m-]")).hasSize(31);
        assertThat(browser.text("#m-11")).contains("原文未找到");
        browser.open("/negative-lists/national-2021/31");
        assertThat(browser.text("#measure-text")).isEqualTo("禁止投资文艺表演团体。");
        assertThat(browser.text("#history")).contains("bundled dataset");
    }

    @Test
    void theDiffListsTheFtzOpeningPerSection() throws Exception {
        browser.open("/negative-lists/diff?lang=en");
        assertThat(browser.text("#sum-removed")).contains("3");
        assertThat(browser.all("tr[data-change=relaxed]").size()).isGreaterThanOrEqualTo(4);
        browser.screenshot("negative-lists-diff");
    }
}
