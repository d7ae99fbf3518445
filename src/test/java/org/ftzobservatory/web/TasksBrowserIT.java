package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ftzobservatory.security.OfficialStore;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A provincial reviewer imports a ledger file through the /tasks form; the rollup shows the tasks, then a second file
 * moves one to implemented and the bulletin counts it as done — checked in Chinese and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-tasks-browser", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-12-31"})
class TasksBrowserIT {

    static final String HEADER = "task_id,plan_id,plan_type,plan_title_zh,zone,domain,content_zh,content_en,responsible_unit,deadline,status,status_on\n";

    @LocalServerPort
    int port;
    @Autowired
    OfficialStore officials;
    @Autowired
    PasswordEncoder encoder;
    @TempDir
    Path tmp;

    BrowserSession browser;

    @BeforeEach
    void start() {
        browser = BrowserSession.start(port);
        BrowserSession.ensureOfficial(officials, encoder, "bt-henan", Role.PROVINCE_REVIEWER, "henan");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anImportThroughTheFormShowsInTheRollupAndTheBulletin() throws Exception {
        browser.open("/tasks");
        assertThat(browser.text("#tasks-empty")).contains("./ftz tasks import");
        browser.open("/tasks?lang=en");
        assertThat(browser.text("#tasks-empty")).contains("The ledger holds no tasks yet");
        assertThat(browser.text("#report-facts")).contains("3,400").contains("lines 708–710");

        browser.open("/tasks?lang=zh");
        browser.signIn("bt-henan");
        upload(Files.writeString(tmp.resolve("henan-q4.csv"), HEADER
                + "hn-1,hn-plan,deepening,河南深化方案,henan/zhengzhou,trade,任务一,Task one,郑州片区管委会,2022-03-31,in_progress,2021-10-01\n"
                + "hn-2,hn-plan,,,henan/kaifeng,finance,任务二,Task two,开封片区管委会,2021-11-30,not_started,\n", StandardCharsets.UTF_8));
        assertThat(browser.text("#import-done")).contains("2");
        assertThat(browser.text("#rollup-henan .total")).isEqualTo("2");
        assertThat(browser.text("#rollup-henan .overdue")).isEqualTo("1");
        assertThat(browser.text("#rollup-henan .completion")).isEqualTo("0.0%");

        // A bad file: refused with its row and column, nothing changes.
        upload(Files.writeString(tmp.resolve("bad.csv"), HEADER
                + "hn-3,hn-plan,,,shanghai,trade,任务三,,上海,2022-03-31,in_progress,\n", StandardCharsets.UTF_8));
        assertThat(browser.text("#import-problems")).contains("bad.csv:2: zone:").contains("shanghai");
        browser.open("/tasks");
        assertThat(browser.text("#rollup-henan .total")).isEqualTo("2");

        browser.open("/tasks/bulletin?zone=henan&period=2021-Q4&lang=zh");
        assertThat(browser.text("#bulletin-summary")).isEqualTo("落实 0 · 推进中 1 · 逾期 1 · 暂缓 0");
        upload(Files.writeString(tmp.resolve("henan-q4-update.csv"), HEADER
                + "hn-1,hn-plan,,,henan/zhengzhou,trade,任务一,Task one,郑州片区管委会,2022-03-31,implemented,2021-12-20\n", StandardCharsets.UTF_8));
        assertThat(browser.text("#rollup-henan .completion")).isEqualTo("50.0%");
        browser.open("/tasks/bulletin?zone=henan&period=2021-Q4");
        assertThat(browser.text("#bulletin-summary")).isEqualTo("落实 1 · 推进中 0 · 逾期 1 · 暂缓 0");
        browser.screenshot("tasks-bulletin-zh");
        browser.open("/tasks/bulletin?zone=henan&period=2021-Q4&lang=en");
        assertThat(browser.text("#bulletin-summary")).isEqualTo("done 1 · under way 0 · overdue 1 · suspended 0");
        assertThat(browser.text("#bulletin")).contains("Task one").doesNotContain("任务一").doesNotContain("已落地");
        browser.screenshot("tasks-bulletin-en");

        browser.open("/tasks/hn-1?lang=en");
        assertThat(browser.text("#task-status")).isEqualTo("implemented");
        assertThat(browser.text("#history")).contains("in progress → implemented").contains("bt-henan");
        browser.open("/tasks?lang=en");
        browser.waitFor(By.cssSelector("#ftz-chart canvas"));
        assertThat(browser.text("#rollup-henan")).contains("Henan").contains("50.0%");
        browser.screenshot("tasks-en");
    }

    private void upload(Path file) {
        browser.open("/tasks");
        browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.id("import-submit")).click();
        browser.waiting().until(d -> !d.findElements(By.id("import-done")).isEmpty() || !d.findElements(By.id("import-problems")).isEmpty());
    }
}
