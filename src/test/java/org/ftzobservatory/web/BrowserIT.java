package org.ftzobservatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.ObjectMapper;

/**
 * Every main page in real headless Chromium (Debian's /usr/bin/chromium): content is visible, the language toggle works,
 * htmx filters update the list, and ECharts draws its canvases. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ftz.import-on-start=true", "ftz.db.embedded.dir=target/test-pg", "ftz.db.embedded.clean=true"})
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static WebDriver driver;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void startBrowser() {
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
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void homeShowsHeadlinesTimelineAndDrawsTheMap() throws Exception {
        open("/");
        assertThat(driver.getTitle()).isEqualTo("自贸试验区制度创新观测平台");
        assertThat(text("#headlines")).contains("2,130 亿元").contains("278");
        assertThat(text("#batch-timeline")).contains("2013").contains("上海").contains("2020");
        waitFor(By.cssSelector("#zone-map canvas"));
        screenshot("home");
    }

    @Test
    void zonePageSeparatesFiguresAboutTheZoneFromWiderAreasIncludingIt() throws Exception {
        open("/zones/guangdong?lang=zh");
        assertThat(text("#zone-statistics-about")).isEqualTo("仅关于本自贸试验区（含其片区）");
        assertThat(text("#zone-statistics-including")).isEqualTo("包含本自贸试验区的更大范围");
        String about = text("#zone-statistics");
        String wider = text("#zone-statistics-wider");
        assertThat(wider).contains("广东省深圳市全市");
        assertThat(about).contains("深圳前海蛇口片区、珠海横琴新区片区合计").doesNotContain("深圳市全市");
        open("/zones/guangdong?lang=en");
        assertThat(text("#zone-statistics-about")).isEqualTo("About this zone (and its areas) alone");
        assertThat(text("#zone-statistics-including")).isEqualTo("Wider areas including this zone");
        assertThat(text("#zone-statistics-wider")).contains("Shenzhen city as a whole (Guangdong)");
        assertThat(text("#zone-statistics")).contains("Shenzhen Qianhai-Shekou Area and Zhuhai Hengqin New Area together")
                .doesNotContain("city as a whole");
        open("/zones/sichuan?lang=en");
        assertThat(text("#zone-statistics-wider")).contains("Chongqing and Sichuan FTZs");
        open("/zones/guangdong?lang=zh");
    }

    @Test
    void zonePageThenSwitchToEnglish() throws Exception {
        open("/zones/guangdong");
        assertThat(text("#zone-name")).isEqualTo("中国（广东）自由贸易试验区");
        assertThat(text("#subzones")).contains("前海蛇口");
        driver.findElement(By.id("lang-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("zone-name"), "China (Guangdong) Pilot Free Trade Zone"));
        assertThat(text("nav")).contains("Free trade zones").contains("Documents");
        screenshot("zone-guangdong-en");
        open("/zones/guangdong?lang=zh");
        assertThat(text("#zone-name")).isEqualTo("中国（广东）自由贸易试验区");
    }

    @Test
    void zoneListFiltersWithHtmx() {
        List<Map<String, Object>> zones = DatasetFiles.zones();
        List<String> border = zones.stream().filter(z -> "border".equals(z.get("region"))).map(z -> (String) z.get("short_zh")).toList();
        List<String> other = zones.stream().filter(z -> !"border".equals(z.get("region"))).map(z -> (String) z.get("short_zh")).toList();
        assertThat(border).isNotEmpty();
        open("/zones?lang=zh");
        assertThat(rows("#zone-results tbody tr")).hasSize(zones.size());
        new Select(driver.findElement(By.id("filter-region"))).selectByValue("border");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> rows("#zone-results tbody tr").size() == border.size());
        String shown = text("#zone-results");
        assertThat(border).allSatisfy(name -> assertThat(shown).contains(name));
        assertThat(other).noneSatisfy(name -> assertThat(shown).contains(name));
        assertThat(driver.getCurrentUrl()).contains("region=border");
    }

    @Test
    void documentListFiltersAndOpensADocument() throws Exception {
        List<Map<String, Object>> documents = DatasetFiles.documents();
        long plans = documents.stream().filter(d -> "overall_plan".equals(d.get("type"))).count();
        open("/documents?lang=zh");
        assertThat(text("#document-count")).isEqualTo("共 " + documents.size() + " 份文件");
        new Select(driver.findElement(By.id("filter-type"))).selectByValue("overall_plan");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text("#document-count").equals("共 " + plans + " 份文件"));
        assertThat(text("#document-results")).contains("总体方案");
        open("/documents/guofa-2021-12");
        assertThat(text("#document-title")).contains("若干措施");
        assertThat(text("#parsed-number")).contains("国发").contains("2021").contains("12");
        screenshot("document");
    }

    @Test
    void chronicleShowsEveryEventOfTheDataset() throws Exception {
        List<Map<String, Object>> events = DatasetFiles.events();
        open("/chronicle?lang=zh");
        assertThat(rows("#chronicle > li")).hasSize(events.size());
        String shown = text("#chronicle");
        assertThat(events).allSatisfy(e -> assertThat(shown).contains((String) e.get("date")).contains((String) e.get("title_zh")));
        screenshot("chronicle");
    }

    @Test
    void caseLibrarySearchFacetAndCasePage() throws Exception {
        open("/innovations?lang=zh");
        WebElement box = driver.findElement(By.id("case-q"));
        box.sendKeys("保税维修");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !rows("#case-results mark").isEmpty());
        // the count shown is the number of cases the API finds for the same query
        int total = new LocalHttp(port, json).getJson("/api/v1/innovations?q=" + LocalHttp.enc("保税维修")).get("total").asInt();
        assertThat(text("#case-count")).startsWith("共 " + total + " 个案例");
        assertThat(text("#case-results section")).as("tags show their names, not ids").contains("保税监管创新").doesNotContain("bonded-regime");
        WebElement facet = driver.findElements(By.cssSelector("a.facet-zone")).get(0);
        String zone = facet.getAttribute("data-value");
        String zoneName = facet.getText();
        facet.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("zone=" + zone));
        // Hits name their zones (天津), never by id (tianjin).
        assertThat(rows(".case .tag").stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(zoneName).startsWith(t)).noneSatisfy(t -> assertThat(t).isEqualTo(zone));
        screenshot("case-library");
        driver.findElements(By.cssSelector("a.case-title")).get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("case-summary")));
        String id = driver.getCurrentUrl().replaceAll(".*/innovations/([^?#]+).*", "$1");
        // the case's tags, by name, in the order of its data file
        Map<String, Object> record = DatasetFiles.innovations().stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
        Map<Object, Object> tagNames = DatasetFiles.innovationTags().stream().collect(Collectors.toMap(t -> t.get("id"), t -> t.get("name_zh")));
        assertThat(rows("#case-tags a.tag").stream().map(WebElement::getText).toList())
                .isEqualTo(((List<?>) record.get("tags")).stream().map(tagNames::get).toList()).isNotEmpty();
        // the similar cases listed are the API's, in its order
        List<String> similar = new ArrayList<>();
        new LocalHttp(port, json).getJson("/api/v1/innovations/" + id).get("similar")
                .forEach(h -> similar.add(h.get("title").get("zh").asString()));
        assertThat(rows("#similar li > a").stream().map(WebElement::getText).toList()).isEqualTo(similar).isNotEmpty();
        screenshot("case");
    }

    @Test
    void unknownZoneShowsTheFriendly404() {
        open("/zones/atlantis?lang=zh");
        assertThat(text("h1")).isEqualTo("页面不存在");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    private List<WebElement> rows(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
