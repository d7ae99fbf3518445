package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ftzobservatory.powers.PowerService;
import org.ftzobservatory.security.Official;
import org.ftzobservatory.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /powers in a real browser, in Chinese and in English: the report's catalogue figures, the empty state for a zone with
 * nothing recorded, and — through the form — what was delegated to Nansha on a day (a power removed, then re-added) with
 * the zone's timeline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg-powers-browser", "ftz.db.embedded.clean=true",
        "ftz.clock.today=2021-12-31"})
class PowersBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    PowerService powers;
    @TempDir
    Path tmp;

    BrowserSession browser;

    @BeforeEach
    void start() throws Exception {
        browser = BrowserSession.start(port);
        if (powers.store().timeline("guangdong/nansha").isEmpty()) {
            Path file = Files.writeString(tmp.resolve("nansha.csv"), String.join(",", PowerService.COLUMNS) + "\n"
                    + "nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,add,2021-03-01\n"
                    + "nansha-third-batch,ns-2,外国人工作许可,省科技厅,licence,guangdong/nansha,one_window,add,2021-03-01\n"
                    + "nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,remove,2021-05-01\n"
                    + "nansha-third-batch,ns-1,船舶营业运输证配发,省交通运输厅,licence,guangdong/nansha,approval_bureau,add,2021-07-01\n",
                    StandardCharsets.UTF_8);
            powers.importFile(file, "nansha.csv", new Official(0, "pb-gd", Role.PROVINCE_REVIEWER, "guangdong"), m -> { });
        }
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void whatWasDelegatedToNanshaOnADayInChineseAndEnglish() throws Exception {
        browser.open("/powers?lang=zh");
        assertThat(browser.text("#catalogue-anhui-special-list .items")).isEqualTo("212");
        ask("guangdong/hengqin", "2021-06-30");
        assertThat(browser.text("#at-none")).contains("./ftz powers import");

        ask("guangdong/nansha", "2021-06-30");
        assertThat(browser.text("#delegated")).contains("外国人工作许可").contains("一窗受理").doesNotContain("船舶营业运输证配发");
        assertThat(browser.all("#timeline tr")).hasSize(4);
        assertThat(browser.text("#timeline")).contains("收回").contains("下放");
        browser.screenshot("powers-zh");

        browser.open("/powers?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Delegated powers");
        ask("guangdong/nansha", "2021-07-01");
        assertThat(browser.text("#delegated")).contains("In force since").contains("one-window intake").contains("licence")
                .contains("船舶营业运输证配发").contains("2021-07-01");
        assertThat(browser.text("#timeline")).contains("withdrawn").contains("delegated").doesNotContain("收回").doesNotContain("下放");
        assertThat(browser.text("#at-form")).doesNotContain("区域");
        browser.screenshot("powers-en");
    }

    /** Fills the form as a user would: the zone from the list, the date, then Show. */
    private void ask(String zone, String date) {
        new Select(browser.driver.findElement(By.id("at-zone"))).selectByValue(zone);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('at-date').value = arguments[0]", date);
        browser.driver.findElement(By.id("at-submit")).click();
        String query = "zone=" + java.net.URLEncoder.encode(zone, StandardCharsets.UTF_8) + "&date=" + date;
        browser.waiting().until(d -> d.getCurrentUrl().contains(query) && !d.findElements(By.cssSelector("#timeline, #at-none")).isEmpty());
    }
}
