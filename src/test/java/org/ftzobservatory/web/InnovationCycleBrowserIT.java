package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole innovation cycle of issue 18 in one flow, in a real browser: a zone editor records an innovation, the province
 * evaluates and selects it, the national office promotes it to a national best practice, completes and publishes its
 * library case; search finds the case at once; the national office makes it part of a new best-practice batch and
 * publishes the batch; the province lands its task with a measured outcome; the case page shows the record's history, the
 * adoption matrix and the outcome in Chinese and English; the audit trail holds every step.
 * Every write goes through the pages' forms; only the audit trail and the task's outcome ids, which have no page, are
 * read from the API through the signed-in browser session.
 * Shares its Spring context and database with BestPracticeBatchBrowserIT and bestpractice.BestPracticeBatchIT (same
 * properties): batch 7 is used by neither (they use 5 and 10 and up), and nothing here depends on what they wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-batches", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-10-15"})
class InnovationCycleBrowserIT {

    /** The platform batch this flow makes: not the report's 4th, not BestPracticeBatchBrowserIT's 5, below BestPracticeBatchIT's 10+. */
    static final int BATCH = 7;
    /** A phrase of the record's title that no report case holds, so the search hits below are this flow's. */
    static final String PHRASE = "冷链药品跨境直通";

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;

    BrowserSession browser;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
        BrowserSession.ensureHenanOfficials(officials, encoder, "ic");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anInnovationGoesFromRecordToLibraryToBatchToReplicationAndItsOutcomeComesBackToTheCase() throws Exception {
        // 1. The zone editor records the innovation in the replication ledger (form) and submits it (move form).
        browser.signIn("ic-editor");
        browser.open("/replication/records/new");
        browser.driver.findElement(By.id("title_zh")).sendKeys("郑州片区" + PHRASE + "试点");
        browser.driver.findElement(By.id("title_en")).sendKeys("Zhengzhou: direct cross-border transit of cold-chain medicines");
        browser.driver.findElement(By.id("record-submit")).click();
        browser.waitFor(By.id("record-state"));
        String recordUrl = browser.driver.getCurrentUrl();
        long recordId = Long.parseLong(recordUrl.replaceAll(".*/replication/records/(\\d+).*", "$1"));
        browser.awaitAttribute("record-state", "data-state", "recorded");
        browser.moveRecord("submitted");
        browser.signOut();

        // 2. The province reviewer takes it into evaluation and selects it at provincial level with the evaluation (move form).
        browser.signIn("ic-reviewer");
        browser.driver.get(recordUrl);
        browser.moveRecord("under_evaluation");
        browser.selectRecord("province", null, "郑州片区已常态化运行", "5");
        assertThat(browser.driver.findElement(By.id("record-state")).getAttribute("data-state")).isEqualTo("selected");
        assertThat(browser.all("#record-case-complete")).as("only a national selection awaits a library case").isEmpty();
        browser.signOut();

        // The national office promotes it to a national best practice of batch 7 (move form, selected → selected).
        browser.signIn("ic-admin");
        browser.driver.get(recordUrl);
        browser.selectRecord("national", BATCH, null, null);

        // 3. The national office completes the record's draft case and publishes it into the library (case form).
        assertThat(browser.text("#record-case-awaits")).contains("全国最佳实践案例");
        browser.driver.findElement(By.id("record-case-complete")).click();
        browser.waitFor(By.id("case-form"));
        assertThat(browser.driver.findElement(By.id("case-title-zh")).getAttribute("value")).contains(PHRASE);
        browser.fillCaseForm("Zhengzhou: direct cross-border transit of cold-chain medicines",
                "冷链药品进口实行提前申报、抵港直提，缩短在途时间。", "Cold-chain medicines are declared ahead and collected on arrival.", "3", "1");
        browser.driver.findElement(By.id("case-publish")).click();
        browser.waitFor(By.id("case-ledger"));
        String caseId = "ledger-" + recordId;
        String casePath = "/innovations/" + caseId;
        assertThat(browser.driver.getCurrentUrl()).endsWith(casePath);
        assertThat(browser.driver.findElement(By.id("case-origin")).getAttribute("data-origin")).isEqualTo("ledger");

        // 4. Search finds it at once: the site search and the case library's search, by a phrase of its title.
        String q = URLEncoder.encode(PHRASE, StandardCharsets.UTF_8);
        browser.open("/search?q=" + q);
        assertThat(browser.all("#group-innovation a[href='" + casePath + "']")).as("site search hit").isNotEmpty();
        browser.open("/innovations?q=" + q);
        assertThat(browser.all("a[href='" + casePath + "']")).as("case-library search hit").isNotEmpty();

        // 5. The national office opens batch 7, adds the ledger-made case (typed as its id) and publishes the batch (batch forms).
        browser.openBatch(BATCH, "创新闭环测试批次", "Innovation cycle test batch");
        browser.addCaseToBatch(caseId, caseId);
        browser.publishBatch("商自贸函〔2021〕77号");
        browser.signOut();
        browser.open("/best-practices/" + BATCH);
        WebElement row = browser.driver.findElement(By.xpath("//table[@id='batch-cases']//tr[.//a[@href='" + casePath + "']]"));
        assertThat(row.findElement(By.cssSelector(".tag")).getText()).isEqualTo("来自复制推广台账");
        browser.screenshot("innovation-cycle-batch-zh");

        // 6. The province: its task is on the case page's adoption matrix; the reviewer starts it, the zone editor lands it
        //    and records what it measured (task forms).
        browser.signIn("ic-reviewer");
        String taskUrl = browser.startTaskFromCase(casePath, "henan");
        long taskId = Long.parseLong(taskUrl.replaceAll(".*/replication/tasks/(\\d+).*", "$1"));
        browser.signOut();
        browser.signIn("ic-editor");
        browser.driver.get(taskUrl);
        browser.moveTask("landed");
        browser.recordOutcome("在途时间", "day", "3", "1");
        browser.signOut();

        // 7. Anyone: the case page shows the record's history, where it landed and the outcome, in Chinese and in English.
        browser.open(casePath + "?lang=zh");
        assertThat(browser.text("#case-history")).contains("已记录").contains("已报送").contains("评估中").contains("已入选");
        assertThat(browser.text("#case-evaluations")).contains("郑州片区已常态化运行").contains("5 / 5");
        assertThat(browser.driver.findElement(By.cssSelector("#case-adoption tr[data-region='henan']")).getAttribute("data-status")).isEqualTo("landed");
        assertThat(browser.text("#case-outcomes")).contains("复制推广后在河南省测得").contains("3 天").contains("1 天");
        assertThat(browser.text("#case-platform-batch")).contains(String.valueOf(BATCH));
        browser.screenshot("innovation-cycle-case-zh");
        browser.open(casePath + "?lang=en");
        assertThat(browser.text("#case-history")).contains("recorded").contains("submitted").contains("under evaluation").contains("selected");
        assertThat(browser.text("#case-outcomes")).contains("measured after replication in Henan").contains("3 days").contains("1 day")
                .doesNotContain("1 days");
        assertThat(browser.englishProblems()).as("the case page in English").isEmpty();
        browser.screenshot("innovation-cycle-case-en");
        browser.open("/best-practices/" + BATCH + "?lang=en");
        assertThat(browser.driver.findElement(By.xpath("//table[@id='batch-cases']//tr[.//a[@href='" + casePath + "']]"))
                .findElement(By.cssSelector(".tag")).getText()).isEqualTo("from the replication ledger");
        assertThat(browser.englishProblems()).as("the batch page in English").isEmpty();
        browser.open("/?lang=zh");

        // 8. The audit trail holds each step (API, read through a signed-in official's browser session: no page lists it).
        browser.signIn("ic-admin");
        assertThat(steps("/api/v1/audit/innovation_record/" + recordId)).containsSubsequence(
                "ic-editor create →recorded", "ic-editor transition recorded→submitted", "ic-reviewer transition submitted→under_evaluation",
                "ic-reviewer transition under_evaluation→selected", "ic-admin transition selected→selected", "ic-admin publish_case selected→selected");
        assertThat(steps("/api/v1/best-practice-batches/" + BATCH + "/history")).containsExactly(
                "ic-admin create →draft", "ic-admin add_case draft→draft", "ic-admin publish draft→published");
        assertThat(steps("/api/v1/audit/replication_task/" + taskId)).containsSubsequence(
                "ic-admin create →planned", "ic-reviewer transition planned→in_progress", "ic-editor transition in_progress→landed");
        JsonNode outcomes = json.readTree(browser.fetch("/api/v1/replication-tasks/" + taskId)).path("outcomes");
        assertThat(outcomes).hasSize(1);
        assertThat(steps("/api/v1/audit/replication_outcome/" + outcomes.get(0).path("id").asLong())).containsExactly("ic-editor create →");
        browser.signOut();
    }

    /** An audit trail as "actor action from→to" lines, oldest first. */
    private List<String> steps(String path) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : json.readTree(browser.fetch(path))) {
            out.add(e.path("actor").asString() + " " + e.path("action").asString() + " " + text(e.path("from_state")) + "→" + text(e.path("to_state")));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "" : n.asString();
    }
}
