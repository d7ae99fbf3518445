package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 13 §2 in the browser: a curator uploads a notice, accepts its 文号 and places a figure (zone, year, indicator
 * chosen by their labels), and both appear on the public pages — /documents and the zone page — in Chinese and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-publication-browser", "ftz.db.embedded.clean=true"})
class PublicationBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;

    BrowserSession browser;

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
        BrowserSession.ensureOfficial(officials, encoder, "pb-curator", Role.ZONE_EDITOR, "shanghai");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAcceptedNumberAndFigureAppearOnThePublicPagesInBothLanguages() throws Exception {
        int serial = ThreadLocalRandom.current().nextInt(1000, 99999);
        String number = "沪府规〔2026〕" + serial + "号";
        browser.signIn("pb-curator");
        browser.open("/review");
        Path file = Files.createTempFile("notice-", ".txt");
        Files.writeString(file, "上海市人民政府印发《通知》（沪府规〔2026〕" + serial + "号）。2021 年，上海自贸试验区实际使用外资 2130 亿元，"
                + "外资企业占比 60%以上。\n");
        String fileName = file.getFileName().toString();
        browser.driver.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.driver.findElement(By.id("upload-submit")).click();
        browser.waitFor(By.id("document-title"));

        String numberId = browser.driver.findElement(By.cssSelector("#doc-text mark.t-doc_number")).getAttribute("data-candidate");
        accept(numberId);
        String amountId = browser.driver.findElement(By.cssSelector("#doc-text mark.t-amount")).getAttribute("data-candidate");
        String row = "#candidate-" + amountId;
        // the curator picks labels, never ids
        new Select(browser.driver.findElement(By.cssSelector(row + " select.publish-zone"))).selectByVisibleText("上海");
        browser.driver.findElement(By.cssSelector(row + " input.publish-year")).sendKeys("2021");
        new Select(browser.driver.findElement(By.cssSelector(row + " select.publish-indicator"))).selectByVisibleText("实际使用外资（人民币）");
        accept(amountId);
        // the percent row keeps its qualifier
        WebElement percent = browser.driver.findElement(By.cssSelector("#doc-text mark.t-percent"));
        assertThat(browser.text("#candidate-" + percent.getAttribute("data-candidate") + " td.value")).contains("以上");
        browser.screenshot("publication-curator");

        browser.open("/documents?q=" + number);
        assertThat(browser.text("#document-results")).contains(number).contains("经审核添加").contains(fileName);
        browser.driver.findElement(By.cssSelector("#document-results a[href^='/documents/review-']")).click();
        browser.waitFor(By.id("review-source"));
        assertThat(browser.text("#review-source")).contains(fileName).contains("pb-curator");
        browser.open(browser.driver.getCurrentUrl().replaceAll("^https?://[^/]+|[?#].*", "") + "?lang=en");
        assertThat(browser.text("#document-title")).contains(number).contains("added by review");
        assertThat(browser.text("#review-source")).contains("Uploaded file").contains(fileName);
        assertNoChineseOutsideLangZh();

        browser.open("/zones/shanghai?lang=zh");  // the language is a cookie: the English page before set it
        assertThat(browser.text("#zone-statistics")).contains("实际使用外资（人民币）").contains("2130 亿元").contains("经审核添加")
                .contains(fileName);
        browser.screenshot("publication-zone-zh");
        browser.open("/zones/shanghai?lang=en");
        assertThat(browser.text("#zone-statistics")).contains("Actual use of foreign investment (RMB)").contains("added by review")
                .contains("Uploaded file").contains(fileName);
        browser.screenshot("publication-zone-en");
        assertNoChineseOutsideLangZh();

        browser.open("/review/facts");
        assertThat(browser.text("#published-documents")).contains(number);
        assertThat(browser.text("#published-statistics")).contains("2130 亿元");
    }

    /** The rule of EnglishPagesBrowserIT on these pages with a published fact: Chinese only inside lang="zh". */
    private void assertNoChineseOutsideLangZh() {
        String visible = (String) ((JavascriptExecutor) browser.driver).executeScript(EnglishPagesBrowserIT.VISIBLE_TEXT, false);
        assertThat(EnglishPagesBrowserIT.CJK.matcher(visible).results().map(m -> m.group()).toList()).as(visible).isEmpty();
    }

    private void accept(String id) {
        String row = "#candidate-" + id;
        browser.driver.findElement(By.cssSelector(row + " button.accept")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement r = d.findElement(By.cssSelector(row));
            if (r.findElements(By.cssSelector(".row-error")).size() > 0) {
                throw new AssertionError(r.getText());
            }
            return "accepted".equals(r.getAttribute("data-status"));
        });
    }
}
