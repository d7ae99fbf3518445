package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the browser tests, with the few page helpers they share. Screenshots go to target/screenshots. */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final int port;

    private BrowserSession(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    /** Starts Chromium, or skips the test class with a message when it is not installed (CI must install it). */
    static BrowserSession start(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "skipped: no /usr/bin/chromium or /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1800", "--lang=zh-CN");
        return new BrowserSession(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o), port);
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Creates the official {@link #signIn} signs in as (password {@code password-NAME}), unless it exists already. */
    static void ensureOfficial(org.ftzobservatory.security.OfficialStore officials,
                               org.springframework.security.crypto.password.PasswordEncoder encoder,
                               String name, org.ftzobservatory.security.Role role, String scope) {
        if (!officials.exists(name)) {
            officials.create(name, encoder.encode("password-" + name), role, scope);
        }
    }

    /**
     * The three officials of the replication flow, named PREFIX-editor (zone editor of Zhengzhou), PREFIX-reviewer (province
     * reviewer of Henan) and PREFIX-admin (national admin); each test class takes its own prefix.
     */
    static void ensureHenanOfficials(org.ftzobservatory.security.OfficialStore officials,
                                     org.springframework.security.crypto.password.PasswordEncoder encoder, String prefix) {
        ensureOfficial(officials, encoder, prefix + "-editor", org.ftzobservatory.security.Role.ZONE_EDITOR, "henan/zhengzhou");
        ensureOfficial(officials, encoder, prefix + "-reviewer", org.ftzobservatory.security.Role.PROVINCE_REVIEWER, "henan");
        ensureOfficial(officials, encoder, prefix + "-admin", org.ftzobservatory.security.Role.NATIONAL_ADMIN, null);
    }

    /** Signs in through the login form (test officials' passwords are {@code password-NAME}) and checks whose name the page shows. */
    void signIn(String name) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("password-" + name);
        driver.findElement(By.id("login-submit")).click();
        waitFor(By.id("signed-in-as"));
        assertThat(text("#signed-in-as")).isEqualTo(name);
    }

    /** Signs out with the layout's button; the sign-in link comes back. */
    void signOut() {
        driver.findElement(By.cssSelector("#sign-out button")).click();
        waitFor(By.id("sign-in"));
    }

    /** Waits for the page after a form post: the old page has the same element, so wait for its new value. */
    void awaitAttribute(String id, String attribute, String value) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> value.equals(d.findElement(By.id(id)).getAttribute(attribute)));
    }

    /** Moves the ledger record shown on the page with the move form's plain fields (no level, no evaluation). */
    void moveRecord(String to) {
        new Select(driver.findElement(By.id("move-to"))).selectByValue(to);
        driver.findElement(By.id("move-submit")).click();
        awaitAttribute("record-state", "data-state", to);
    }

    /**
     * Selects the ledger record shown on the page at a level (move form): a first selection carries the evaluation
     * (landing status, satisfaction), a national one its batch number; null leaves a field empty.
     */
    void selectRecord(String level, Integer batch, String landing, String satisfaction) {
        new Select(driver.findElement(By.id("move-to"))).selectByValue("selected");
        new Select(driver.findElement(By.id("move-level"))).selectByValue(level);
        if (batch != null) {
            driver.findElement(By.id("move-batch")).sendKeys(String.valueOf(batch));
        }
        if (landing != null) {
            driver.findElement(By.id("move-landing")).sendKeys(landing);
            driver.findElement(By.id("move-satisfaction")).sendKeys(satisfaction);
        }
        driver.findElement(By.id("move-submit")).click();
        awaitAttribute("record-level", "data-level", level);
    }

    /** Moves the replication task shown on the page. */
    void moveTask(String to) {
        new Select(driver.findElement(By.id("task-to"))).selectByValue(to);
        driver.findElement(By.id("task-move-submit")).click();
        awaitAttribute("task-status", "data-status", to);
    }

    /** Sets an input's value by script: date inputs take no typed ISO date in every locale. */
    void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(by), value);
    }

    /** Clears a field found by id and types the value. */
    void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    /**
     * Fills what a draft case form still misses, as a Zhengzhou trade case: zone, domain, one tag, English title, summaries,
     * year and one before/after figure (clearance time in days).
     */
    void fillCaseForm(String titleEn, String summaryZh, String summaryEn, String before, String after) {
        type("case-title-en", titleEn);
        new Select(driver.findElement(By.id("case-zones"))).selectByValue("henan/zhengzhou");
        new Select(driver.findElement(By.id("case-domain"))).selectByValue("trade");
        WebElement tag = driver.findElement(By.cssSelector("#case-tags input[value='proactive-service']"));
        if (!tag.isSelected()) {
            tag.click();
        }
        type("case-summary-zh", summaryZh);
        type("case-summary-en", summaryEn);
        type("case-year", "2026");
        List<WebElement> row = driver.findElements(By.cssSelector("#case-metrics .metric-row")).get(0).findElements(By.cssSelector("input, select"));
        row.get(0).clear();
        row.get(0).sendKeys("通关时间");
        row.get(1).clear();
        row.get(1).sendKeys("Clearance time");
        new Select(row.get(2)).selectByValue("day");
        row.get(3).clear();
        row.get(3).sendKeys(before);
        row.get(4).clear();
        row.get(4).sendKeys(after);
    }

    /** Opens a platform best-practice batch from /best-practices (issued on the tests' clock day, 2021-10-15); it starts as a draft. */
    void openBatch(int number, String summaryZh, String summaryEn) {
        open("/best-practices");
        driver.findElement(By.id("open-number")).sendKeys(String.valueOf(number));
        setValue(By.id("open-issued"), "2021-10-15");
        driver.findElement(By.id("open-summary-zh")).sendKeys(summaryZh);
        driver.findElement(By.id("open-summary-en")).sendKeys(summaryEn);
        driver.findElement(By.id("open-submit")).click();
        awaitAttribute("batch-state", "data-state", "draft");
    }

    /** Adds a case to the draft batch on the page by what an official would paste (an id or a case URL). */
    void addCaseToBatch(String typed, String caseId) {
        driver.findElement(By.id("add-case-id")).sendKeys(typed);
        driver.findElement(By.id("add-case-submit")).click();
        waitFor(By.cssSelector("#batch-cases a[href='/innovations/" + caseId + "']"));
    }

    /** Publishes the draft batch on the page under a 文号, with the tasks' deadline, unit, owner and output. */
    void publishBatch(String documentNo) {
        driver.findElement(By.id("publish-document")).sendKeys(documentNo);
        setValue(By.id("publish-deadline"), "2021-12-31");
        driver.findElement(By.id("publish-unit")).sendKeys("省自贸办");
        driver.findElement(By.id("publish-owner")).sendKeys("联络员");
        driver.findElement(By.id("publish-output")).sendKeys("工作方案");
        driver.findElement(By.id("publish-submit")).click();
        awaitAttribute("batch-state", "data-state", "published");
    }

    /**
     * From a case page's adoption matrix, opens the region's planned replication task and starts it (in progress); returns
     * the task page's URL. The official signed in must answer for the region.
     */
    String startTaskFromCase(String casePath, String region) {
        open(casePath);
        String row = "#case-adoption tr[data-region='" + region + "']";
        assertThat(driver.findElement(By.cssSelector(row)).getAttribute("data-status")).isEqualTo("planned");
        driver.findElement(By.cssSelector(row + " a.adoption-task")).click();
        waitFor(By.id("task-status"));
        String url = driver.getCurrentUrl();
        moveTask("in_progress");
        return url;
    }

    /** Records a measured outcome on the task page shown. */
    void recordOutcome(String quantity, String unit, String before, String after) {
        driver.findElement(By.id("outcome-quantity")).sendKeys(quantity);
        driver.findElement(By.id("outcome-unit")).sendKeys(unit);
        driver.findElement(By.id("outcome-before")).sendKeys(before);
        driver.findElement(By.id("outcome-after")).sendKeys(after);
        driver.findElement(By.cssSelector("#outcome-form button")).click();
        waitFor(By.id("outcomes"));
    }

    /**
     * GETs an API path with the browser's own session (its cookies: the official signed in) and returns the body; a
     * status other than 200 fails the test with the status and the body.
     */
    String fetch(String path) {
        Object r = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                  .then(r => r.text().then(t => done([r.status, t]))).catch(e => done([0, String(e)]));""", path);
        List<?> statusAndBody = (List<?>) r;
        assertThat(((Number) statusAndBody.get(0)).intValue()).as("GET %s: %s", path, statusAndBody.get(1)).isEqualTo(200);
        return (String) statusAndBody.get(1);
    }

    /** Visible Chinese outside lang="zh" elements, with a little context, as EnglishPagesBrowserIT checks every main page. */
    List<String> chineseOutsideZh() {
        String visible = (String) ((JavascriptExecutor) driver).executeScript(EnglishPagesBrowserIT.VISIBLE_TEXT, false);
        List<String> problems = new ArrayList<>();
        Matcher cjk = EnglishPagesBrowserIT.CJK.matcher(visible);
        while (cjk.find() && problems.size() < 8) {
            problems.add(visible.substring(Math.max(0, cjk.start() - 30), Math.min(visible.length(), cjk.end() + 20)));
        }
        return problems;
    }

    /** {@link #chineseOutsideZh()} and raw ids in the prose, the English-page check of EnglishPagesBrowserIT. */
    List<String> englishProblems() {
        List<String> problems = new ArrayList<>(chineseOutsideZh());
        String prose = (String) ((JavascriptExecutor) driver).executeScript(EnglishPagesBrowserIT.VISIBLE_TEXT, true);
        for (Pattern raw : EnglishPagesBrowserIT.RAW) {
            Matcher m = raw.matcher(prose);
            while (m.find()) {
                problems.add("raw: " + m.group());
            }
        }
        return problems;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
