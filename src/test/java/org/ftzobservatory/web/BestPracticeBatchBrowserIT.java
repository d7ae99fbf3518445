package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.ftzobservatory.security.OfficialStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The replication flow extended to the case library, in a real browser (issue 18): the national office opens batch 5,
 * adds a library case and publishes it; the batch page lists it; the province moves its task, the zone lands it with an
 * outcome, and the case page shows that outcome in Chinese and in English. A province reviewer also announces replication
 * of another case from its case page. Shares its database with bestpractice.BestPracticeBatchIT (same properties), which
 * keeps its batch numbers away from 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-batches", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-10-15"})
class BestPracticeBatchBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    BrowserSession browser;

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
        BrowserSession.ensureHenanOfficials(officials, encoder, "bb");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theNationalOfficeMakesBatchFiveAProvinceReplicatesItAndTheCasePageShowsTheOutcome() throws Exception {
        String caseId = freeCase("henan");
        browser.signIn("bb-admin");
        browser.openBatch(5, "浏览器测试批次", "Browser test batch");
        assertThat(browser.text("#batch-no-cases")).isNotEmpty();
        browser.addCaseToBatch("http://localhost/innovations/" + caseId, caseId);
        browser.publishBatch("商自贸函〔2021〕55号");
        assertThat(browser.text("#batch-document")).isEqualTo("商自贸函〔2021〕55号");
        assertThat(browser.all("#add-case-form")).as("a published batch takes no more cases").isEmpty();
        browser.screenshot("best-practice-batch-5");
        browser.signOut();

        // Anyone: the batch is listed and its page lists the case.
        browser.open("/best-practices");
        assertThat(browser.driver.findElements(By.cssSelector("a[href='/best-practices/5']"))).isNotEmpty();
        browser.open("/best-practices/5");
        assertThat(browser.all("#batch-cases a[href='/innovations/" + caseId + "']")).hasSize(1);

        // The province: its task is on the case page's adoption matrix; the reviewer starts it.
        browser.signIn("bb-reviewer");
        String taskUrl = browser.startTaskFromCase("/innovations/" + caseId, "henan");
        browser.signOut();

        // The zone lands it and records what it measured.
        browser.signIn("bb-editor");
        browser.driver.get(taskUrl);
        browser.moveTask("landed");
        browser.recordOutcome("办结时间", "day", "20", "7");
        browser.signOut();

        // Anyone: the case page shows where it landed and the outcome, in Chinese and in English.
        browser.open("/innovations/" + caseId + "?lang=zh");
        assertThat(browser.driver.findElement(By.cssSelector("#case-adoption tr[data-region='henan']")).getAttribute("data-status")).isEqualTo("landed");
        assertThat(browser.text("#case-outcomes")).contains("复制推广后在河南省测得").contains("20 天").contains("7 天");
        assertThat(browser.text("#case-platform-batch")).contains("5");
        browser.screenshot("case-outcome-zh");
        browser.open("/innovations/" + caseId + "?lang=en");
        assertThat(browser.text("#case-outcomes")).contains("measured after replication in Henan").contains("20 days").contains("7 days");
        assertThat(browser.englishProblems()).as("the case page in English").isEmpty();
        browser.screenshot("case-outcome-en");
        browser.open("/best-practices/5?lang=en");
        assertThat(browser.text("#batch-made-here")).contains("published");
        assertThat(browser.englishProblems()).as("the batch page in English").isEmpty();
        browser.open("/?lang=zh");
    }

    @Test
    void aProvinceReviewerAnnouncesReplicationFromACasePage() throws Exception {
        String caseId = freeCase("shanghai");
        browser.signIn("bb-reviewer");
        browser.open("/innovations/" + caseId);
        assertThat(browser.all("#case-adoption-empty")).hasSize(1);
        new Select(browser.driver.findElement(By.id("case-announce-region"))).selectByValue("henan");
        browser.driver.findElement(By.id("case-announce-submit")).click();
        browser.waitFor(By.cssSelector(".task-form"));
        assertThat(browser.driver.findElement(By.id("record-level")).getAttribute("data-level")).isEqualTo("province");
        WebElement form = browser.driver.findElement(By.cssSelector(".task-form"));
        form.findElement(By.className("task-unit")).sendKeys("河南省商务厅");
        form.findElement(By.className("task-content")).sendKeys("复制推广");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2021-12-31'", form.findElement(By.className("task-deadline")));
        form.findElement(By.className("task-owner")).sendKeys("王处长");
        form.findElement(By.className("task-output")).sendKeys("省级文件");
        form.findElement(By.className("task-submit")).click();
        browser.waitFor(By.id("task-status"));
        browser.open("/innovations/" + caseId + "?lang=en");
        assertThat(browser.driver.findElement(By.cssSelector("#case-adoption tr[data-region='henan']")).getAttribute("data-status")).isEqualTo("planned");
        assertThat(browser.englishProblems()).as("the case page in English, signed in").isEmpty();
        browser.open("/?lang=zh");
    }

    /** A library case of the zone, in no batch and with no ledger record yet. */
    private String freeCase(String ftz) {
        return jdbc.queryForObject("""
                select i.id from innovation i join innovation_zone z on z.innovation_id = i.id
                where (z.zone_ref = ? or z.zone_ref like ? || '/%')
                  and not exists (select 1 from best_practice_case c where c.innovation_id = i.id)
                  and not exists (select 1 from platform_batch_case c where c.innovation_id = i.id)
                  and not exists (select 1 from innovation_record r where r.library_id = i.id)
                order by i.id limit 1""", String.class, ftz, ftz);
    }
}
