package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void anInvestorChecksTelecomInLingangWithTheFormAndSeesBothListsSideBySide() throws Exception {
        browser.open("/access?lang=en");
        new Select(browser.driver.findElement(By.id("location"))).selectByValue("shanghai/lingang");
        WebElement industry = browser.driver.findElement(By.id("industry"));
        industry.sendKeys("telecom");
        browser.waitFor(By.cssSelector("#industry-options option"));
        industry.clear();
        industry.sendKeys("6319");
        browser.driver.findElement(By.id("activity")).sendKeys("value-added telecom services");
        WebElement share = browser.driver.findElement(By.id("foreign_share"));
        share.clear();
        share.sendKeys("0.6");
        browser.driver.findElement(By.id("check")).click();
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
        assertThat(browser.text("#answer")).isEqualTo("Not allowed as proposed. Allowed if the foreign share is at most 50%.");
        assertThat(browser.text("#side-this")).contains("Pilot Free Trade Zones (2021 Edition)").contains("Measure 11");
        assertThat(browser.driver.getCurrentUrl()).contains("location=shanghai%2Flingang").contains("foreign_share=0.6");
        // A share outside 0–1 is answered with the field's problem, on the page.
        browser.open("/access?location=shanghai&industry=6319&foreign_share=1.5");
        assertThat(browser.text("#access-error")).contains("foreign_share");
        browser.open("/access?location=shanghai&industry=6319&foreign_share=0.5&date=2021-06-01&lang=en");
        assertThat(browser.text("#access-error")).startsWith("date:").contains("2021-06-01");
    }

    /** The three questions of issue 11 §5, in both languages: the answer's first sentence and the measure it rests on. */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            news agency, Beijing FTZ      | en | location=beijing&industry=8610&foreign_share=0.5 | prohibited | Not allowed: foreign investment is prohibited (measure 21). | Measure 21 | FTZ measure 21 = national measure 25; no known difference; confirm against the official text.
            news agency, Beijing FTZ      | zh | location=beijing&industry=8610&foreign_share=0.5 | prohibited | 不允许：外商投资禁止（第21条）。 | 第21条 | 自贸试验区清单第21条 = 全国清单第25条；无已知差异；请以官方文本为准。
            market research, Lingang 100% | en | location=shanghai%2Flingang&industry=7242&foreign_share=1 | permitted_with_conditions | Allowed as proposed. If the activity includes radio and TV audience surveys, the Chinese side must hold control. | Measure 14 | applies only in part
            market research, Lingang 100% | zh | location=shanghai%2Flingang&industry=7242&foreign_share=1 | permitted_with_conditions | 允许（按所述方案）。若活动涉及广播电视收听、收视调查，须由中方控股。 | 第14条 | 有条件适用
            hospital, Hainan 70%          | en | location=hainan&industry=8411&foreign_share=0.7 | unknown | No firm answer: the text of measures 18, 19, 20 was not found; check the official text. | Measure 18 | wording not found
            hospital, Hainan 70%          | zh | location=hainan&industry=8411&foreign_share=0.7 | unknown | 无法给出确定答复：第18、19、20条的原文未找到，请核对官方文本。 | 第18条 | 原文未找到
            """)
    void theThreeQuestionsAnswerFirstInPlainWords(String question, String lang, String query, String verdict, String answer,
                                                 String measure, String detail) throws Exception {
        browser.open("/access?" + query + "&date=2026-06-01&lang=" + lang);
        assertThat(browser.driver.findElement(By.id("answer")).getAttribute("data-verdict")).isEqualTo(verdict);
        assertThat(browser.text("#answer")).isEqualTo(answer);
        assertThat(browser.text("#side-this .measure-no")).isEqualTo(measure);
        assertThat(browser.text("#side-this")).contains(detail);
        assertThat(browser.text("#edition")).contains("2021").contains("2026-06-01");
        // The rule's parameters and codes are folded away until asked for.
        assertThat(browser.all("#side-this details.measure-details[open]")).isEmpty();
        if (lang.equals("en")) {
            String page = browser.text("main");
            for (WebElement quoted : browser.all("main [lang=zh]")) {
                page = page.replace(quoted.getText(), "");
            }
            assertThat(page).as("Chinese outside quoted legal text").doesNotContainPattern("\\p{IsHan}")
                    .doesNotContain("ftz-2021").doesNotContain("equity_cap").doesNotContain("../shared");
        }
        browser.screenshot("access-" + question.split(",")[0].replace(' ', '-') + "-" + lang);
    }

    @Test
    void theListsPageDrawsRestrictivenessAndHistoryAndAMeasureShowsItsHistory() throws Exception {
        browser.open("/negative-lists");
        assertThat(browser.text("#lists")).contains("31").contains("29").contains("27").contains("70");
        assertThat(browser.text("#list-hainan-cbs-2021")).contains("元数据");
        browser.waitFor(By.cssSelector("#restrictiveness-chart canvas"));
        browser.waitFor(By.cssSelector("#history-chart canvas"));
        assertThat(browser.text("#editions")).contains("尚无来源");
        // Education: only measures of unknown content reach it, so it is unknown, never 0 (open).
        assertThat(browser.text("#score-P")).contains("未知").doesNotContain("0.00");
        browser.open("/negative-lists?lang=en");
        String page = browser.text("main");
        for (WebElement quoted : browser.all("main [lang=zh]")) {
            page = page.replace(quoted.getText(), "");
        }
        assertThat(page).doesNotContainPattern("\\p{IsHan}").doesNotContain("../shared").doesNotContain("national-2021")
                .doesNotContain("unsourced");
        assertThat(browser.text("#score-P")).contains("unknown");
        browser.open("/negative-lists/national-2021?lang=zh");
        assertThat(browser.all("#measures tr[id^=m-]")).hasSize(31);
        assertThat(browser.text("#m-11")).contains("原文未找到");
        browser.open("/negative-lists/national-2024");
        assertThat(browser.all("#measures tr[id^=m-]")).hasSize(29);
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
