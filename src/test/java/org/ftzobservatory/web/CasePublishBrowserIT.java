package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ftzobservatory.replication.InnovationRecord;
import org.ftzobservatory.replication.ReplicationService;
import org.ftzobservatory.replication.Requests;
import org.ftzobservatory.review.Candidate;
import org.ftzobservatory.review.Decision;
import org.ftzobservatory.review.IngestResult;
import org.ftzobservatory.review.ReviewService;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 18 / 13 §2 in the browser, zh and en: the national office completes the draft case of a nationally selected record
 * and publishes it; the case page shows where it came from and the record's history; search finds it. A curator completes
 * a review draft in English the same way. The English pages keep Chinese only inside lang="zh".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-casepub-browser", "ftz.db.embedded.clean=true"})
class CasePublishBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ReplicationService replication;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcTemplate jdbc;

    BrowserSession browser;
    Official admin;

    @BeforeEach
    void start() {
        BrowserSession.ensureOfficial(officials, encoder, "cpb-admin", Role.NATIONAL_ADMIN, null);
        admin = officials.byName("cpb-admin").orElseThrow().official();
        browser = BrowserSession.start(port);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theNationalOfficeCompletesAndPublishesARecordsCaseInChinese() throws Exception {
        InnovationRecord r = replication.record(admin, new Requests.NewRecord("henan/zhengzhou", "中欧班列保税维修联动", null, "trade",
                "郑州片区记录的改革", null, null));
        r = replication.move(admin, r.id(), new Requests.Move("submitted", r.version(), null, null, null, null));
        r = replication.move(admin, r.id(), new Requests.Move("under_evaluation", r.version(), null, null, null, null));
        r = replication.move(admin, r.id(), new Requests.Move("selected", r.version(), null, "national", 5,
                new Requests.EvaluationInput("已在片区全面落地", 5, "无", "向全国推广")));

        browser.signIn("cpb-admin");
        browser.open("/replication/records/" + r.id());
        assertThat(browser.text("#record-case-awaits")).contains("全国最佳实践案例");
        browser.driver.findElement(By.id("record-case-complete")).click();
        browser.waitFor(By.id("case-form"));
        assertThat(browser.driver.findElement(By.id("case-title-zh")).getAttribute("value")).isEqualTo("中欧班列保税维修联动");

        // Submitted incomplete first: the page names what is missing and keeps what was typed.
        browser.driver.findElement(By.id("case-publish")).click();
        browser.waitFor(By.id("case-errors"));
        assertThat(browser.all("#case-errors li")).extracting(e -> e.getAttribute("data-field")).contains("title_en", "tags", "summary_en");
        assertThat(browser.text("#case-errors")).contains("英文标题");

        browser.fillCaseForm("Zhengzhou: bonded maintenance on the China-Europe trains", "依托中欧班列开展保税维修，维修零部件随班列进出。",
                "Bonded maintenance linked to the China-Europe Railway Express.", "5", "1");
        browser.screenshot("casepub-record-form-zh");
        browser.driver.findElement(By.id("case-publish")).click();
        browser.waitFor(By.id("case-ledger"));
        String caseId = "ledger-" + r.id();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/innovations/" + caseId);
        assertThat(browser.text("#case-origin")).contains("复制推广台账").contains("第 " + r.id() + " 号创新记录");
        assertThat(browser.all("#case-history tr.case-step")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.text("#case-history")).contains("已入选").contains("发布为案例");
        assertThat(browser.text("#case-evaluations")).contains("已在片区全面落地");
        assertThat(browser.text("#case-metrics")).contains("通关时间");
        browser.screenshot("casepub-case-zh");

        browser.open("/innovations?q=" + java.net.URLEncoder.encode("保税维修", StandardCharsets.UTF_8));
        assertThat(browser.all("a[href='/innovations/" + caseId + "']")).isNotEmpty();

        // The record page now links to its case.
        browser.open("/replication/records/" + r.id());
        assertThat(browser.driver.findElement(By.id("record-case-link")).getAttribute("href")).endsWith("/innovations/" + caseId);

        // In English the case page keeps Chinese only inside lang="zh".
        browser.open("/innovations/" + caseId + "?lang=en");
        assertThat(browser.text("#case-ledger")).contains("Ledger record and evaluation").contains("selected");
        assertThat(browser.chineseOutsideZh()).as("case page in English mode: Chinese outside lang=zh").isEmpty();
        browser.screenshot("casepub-case-en");
    }

    @Test
    void aCuratorCompletesAReviewDraftInEnglish() throws Exception {
        String text = "2021 年，河南自贸试验区郑州片区推出改革。\n\n专栏 3-1 郑州片区中欧班列保税维修联动\n\n郑州片区实施了 18 项改革。\n附："
                + UUID.randomUUID() + "\n";
        IngestResult doc = review.ingest(text.getBytes(StandardCharsets.UTF_8), "notice.txt", admin.name(), admin.role().name(), s -> { });
        Candidate box = review.store().candidates(doc.document().id(), "case_box", null, 10).get(0);
        review.decide(admin, box.id(), new Decision.One("accept", null, box.version(), null));
        long draft = jdbc.queryForObject("select id from innovation_draft where candidate_id = ?", Long.class, box.id());

        browser.open("/?lang=en");
        browser.signIn("cpb-admin");
        browser.open("/review/facts?lang=en");
        browser.driver.findElement(By.cssSelector("a.draft-complete[href='/review/drafts/" + draft + "']")).click();
        browser.waitFor(By.id("case-form"));
        assertThat(browser.text("#draft-box")).contains("专栏 3-1");
        assertThat(browser.chineseOutsideZh()).as("draft page in English mode: Chinese outside lang=zh").isEmpty();
        browser.screenshot("casepub-draft-en");

        browser.fillCaseForm("Zhengzhou train maintenance case box", "郑州片区依托班列开展维修。", "Zhengzhou repairs parts carried by the trains.",
                "5", "2");
        browser.driver.findElement(By.id("case-publish")).click();
        browser.waitFor(By.id("case-origin"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/innovations/review-" + draft);
        assertThat(browser.text("#case-origin")).contains("review queue").contains("notice.txt");
        assertThat(browser.chineseOutsideZh()).as("published review case in English mode: Chinese outside lang=zh").isEmpty();

        browser.open("/review/drafts/" + draft + "?lang=en");
        assertThat(browser.text("#draft-published")).contains("published");
    }
}
