package cn.xinjiuye.portal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real, headless Chromium against the running portal. Skipped, with the reason, on a machine
 * without /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them). Selenium is given both paths, so it
 * never tries to download a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    @LocalServerPort
    protected int port;

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser journeys need Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver fonts-wqy-microhei)");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                // Bootstrap scrolls smoothly unless motion is reduced: chromedriver would compute a click point
                // before the scroll that brings the element into view has ended.
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile);
        // The console is kept, so a journey can see what the page refused (consoleViolations).
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Lets the browser save downloads into a fresh folder, which is returned. */
    protected Path allowDownloads() throws java.io.IOException {
        Path folder = Files.createTempDirectory("downloads");
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
        return folder;
    }

    /** Waits until one finished file is in the folder (Chromium writes *.crdownload first). */
    protected Path waitForDownload(Path folder) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(folder)) {
                var done =
                        files.filter(f -> !f.toString().endsWith(".crdownload")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download arrived in " + folder);
    }

    /**
     * The browser console's Content-Security-Policy refusals since the last call (reading the log empties it): an
     * inline style or script the page tried and the policy stopped.
     */
    protected List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    /** Moves the mouse over the element (scrolled into view) at an offset from its centre, as a hover. */
    protected void hover(WebElement element, int dx, int dy) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        new Actions(browser).moveToElement(element, dx, dy).perform();
    }

    /** A phone-sized window, as couriers and secretaries hold it. */
    protected void phoneSized() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    protected void signIn(String username, String password) {
        open("/login");
        waitFor(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        // Waits for the answer (a page, or /login?error): a navigation started before it arrives aborts the sign-in's
        // response and with it the session cookie, and the next page then asks for a sign-in again.
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
    }
}
