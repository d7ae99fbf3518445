package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ftzobservatory.security.OfficialStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The whole replication flow in a real browser, by three officials of different roles, each signing in with the form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=false", "ftz.db.embedded.dir=target/test-pg-replication-browser", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-10-15"})
class ReplicationBrowserIT {

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
        BrowserSession.ensureHenanOfficials(officials, encoder, "bt");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anEditorRecordsAReviewerSelectsAndAssignsTheEditorLandsItAndTheAdminReviewsIt() throws Exception {
        browser.signIn("bt-editor");
        browser.open("/replication/records/new");
        browser.driver.findElement(By.id("title_zh")).sendKeys("浏览器测试：进口退货中心仓");
        browser.driver.findElement(By.id("record-submit")).click();
        browser.waitFor(By.id("record-state"));
        String recordUrl = browser.driver.getCurrentUrl();
        assertThat(state()).isEqualTo("recorded");
        browser.moveRecord("submitted");
        assertThat(state()).isEqualTo("submitted");
        // Outside the editor's scope: refused with the reason, nothing created.
        browser.open("/replication/records/new");
        WebElement zone = browser.driver.findElement(By.id("zone"));
        zone.clear();
        zone.sendKeys("shanghai");
        browser.driver.findElement(By.id("title_zh")).sendKeys("越权");
        browser.driver.findElement(By.id("record-submit")).click();
        browser.waitFor(By.id("form-error"));
        assertThat(browser.text("#form-error")).contains("shanghai");
        browser.signOut();

        browser.signIn("bt-reviewer");
        browser.driver.get(recordUrl);
        browser.moveRecord("under_evaluation");
        browser.selectRecord("province", null, "三个片区已落地", "4");
        assertThat(state()).isEqualTo("selected");
        browser.driver.findElement(By.id("announce-document")).sendKeys("豫自贸办〔2021〕1号");
        browser.driver.findElement(By.id("announce-submit")).click();
        browser.waitFor(By.cssSelector(".task-form"));
        WebElement form = browser.driver.findElement(By.cssSelector(".task-form"));
        form.findElement(By.className("task-unit")).sendKeys("河南省商务厅");
        form.findElement(By.className("task-content")).sendKeys("推广退货中心仓模式");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2021-12-31'",
                form.findElement(By.className("task-deadline")));
        form.findElement(By.className("task-owner")).sendKeys("王处长");
        form.findElement(By.className("task-output")).sendKeys("省级文件");
        form.findElement(By.className("task-submit")).click();
        browser.waitFor(By.id("task-status"));
        String taskUrl = browser.driver.getCurrentUrl();
        assertThat(browser.driver.findElement(By.id("task-status")).getAttribute("data-status")).isEqualTo("planned");
        browser.signOut();

        browser.signIn("bt-editor");
        browser.driver.get(taskUrl);
        browser.moveTask("in_progress");
        browser.moveTask("landed");
        assertThat(browser.all("#task-move")).as("an editor cannot do the look-back review").isEmpty();
        browser.signOut();

        browser.signIn("bt-admin");
        browser.driver.get(taskUrl);
        browser.moveTask("reviewed");
        assertThat(browser.all("#history tr.audit")).hasSize(4);
        assertThat(browser.text("#history")).contains("bt-reviewer").contains("bt-editor").contains("bt-admin");
        browser.screenshot("replication-task");
        browser.open("/replication");
        browser.waitFor(By.cssSelector("#funnel-chart canvas"));
        browser.waitFor(By.cssSelector("#matrix-chart canvas"));
        assertThat(browser.text("#region-henan")).contains("1");
        assertThat(browser.text("#totals")).contains("278");
        assertThat(browser.all("#synthetic-banner")).isEmpty();
        browser.screenshot("replication-dashboard");
    }


    private String state() {
        return browser.driver.findElement(By.id("record-state")).getAttribute("data-state");
    }
}
