package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A curator uploads a notice, sees its spans highlighted, accepts, edits, rejects and bulk-accepts, then sees the facts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/test-pg-review-browser", "ftz.db.embedded.clean=true"})
class ReviewBrowserIT {

    static final String NOTICE = "国务院印发《通知》（国发〔2021〕12 号）。<script>alert('x')</script>2021 年，上海自贸试验区实际使用外资 "
            + "2130 亿元，增长 4.1 个百分点，推出 27 条特别管理措施。\n\n专栏 3-1 临港新片区跨境贸易便利化\n\n临港新片区实施了 18 项改革。\n";

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
        BrowserSession.ensureOfficial(officials, encoder, "rb-curator", Role.ZONE_EDITOR, "shanghai");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCuratorUploadsHighlightsAndDecides() throws Exception {
        browser.open("/review");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
        assertThat(browser.all("#nav-review")).isEmpty();

        browser.signIn("rb-curator");
        browser.driver.findElement(By.id("nav-review")).click();
        browser.waitFor(By.id("upload-form"));
        assertThat(browser.text("#upload-limit")).contains("50 MB");
        Path file = Files.createTempFile("notice-", ".txt");
        Files.writeString(file, NOTICE + UUID.randomUUID() + "\n");
        browser.driver.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.driver.findElement(By.id("upload-submit")).click();
        browser.waitFor(By.id("document-title"));
        assertThat(browser.text("#document-title")).startsWith("notice-");

        // Spans are highlighted by type, and the text is shown as text: the script tag is visible, never run.
        WebElement number = browser.driver.findElement(By.cssSelector("#doc-text mark.t-doc_number"));
        assertThat(number.getText()).isEqualTo("国发〔2021〕12 号");
        assertThat(browser.all("#doc-text mark")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.text("#doc-text")).contains("<script>alert('x')</script>");
        assertThat(browser.all("#doc-text script")).isEmpty();

        String numberId = number.getAttribute("data-candidate");
        decide(numberId, "accept", null);
        String amountId = browser.driver.findElement(By.cssSelector("#doc-text mark.t-amount")).getAttribute("data-candidate");
        decide(amountId, "edit", "200000000000");
        assertThat(browser.text("#candidate-" + amountId + " td.value")).contains("200000000000");
        String percentId = browser.driver.findElement(By.cssSelector("#doc-text mark.t-percent")).getAttribute("data-candidate");
        decide(percentId, "reject", null);
        browser.screenshot("review-curator");

        // Bulk: every pending zone at once.
        new Select(browser.driver.findElement(By.id("bulk-type"))).selectByValue("zone");
        browser.driver.findElement(By.id("bulk-accept")).click();
        browser.waitFor(By.id("notice"));
        assertThat(browser.text("#notice")).contains("3");
        browser.driver.get(browser.driver.getCurrentUrl().replaceAll("[?#].*", "") + "?status=all&type=zone");
        assertThat(browser.all("#candidates tr.candidate")).hasSize(3)
                .allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("accepted"));

        browser.driver.findElement(By.cssSelector("a[href='/review/facts']")).click();
        browser.waitFor(By.id("stubs"));
        assertThat(browser.text("#stubs")).contains("国发〔2021〕12号");
        assertThat(browser.text("#statistics")).contains("200000000000");
        assertThat(browser.text("#others")).contains("shanghai");
        browser.screenshot("review-facts");
    }

    private void decide(String id, String action, String value) {
        String row = "#candidate-" + id;
        if (value != null) {
            WebElement input = browser.driver.findElement(By.cssSelector(row + " input.edit-value"));
            input.clear();
            input.sendKeys(value);
        }
        browser.driver.findElement(By.cssSelector(row + " button." + action)).click();
        String status = switch (action) {
            case "accept" -> "accepted";
            case "edit" -> "edited";
            default -> "rejected";
        };
        // htmx swaps the row: a read can land on the old element as it is replaced, so a stale one is just read again.
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> status.equals(d.findElement(By.cssSelector(row)).getAttribute("data-status")));
    }
}
