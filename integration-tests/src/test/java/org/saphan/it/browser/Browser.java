package org.saphan.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saphan.it.ItConfig;

/**
 * One person's browser: Debian's Chromium, headless, at a given window size and language, driven through Debian's
 * chromedriver (its path is given, so Selenium downloads nothing). Finds controls as a person would, by their
 * visible label, role and text, signs in through Keycloak's real login page, checks a page with axe-core and keeps
 * screenshots.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private Viewport viewport;
    private final String language;

    private Browser(ChromeDriver driver, Viewport viewport, String language) {
        this.driver = driver;
        this.viewport = viewport;
        this.language = language;
    }

    /** A new browser (its own profile, so its own cookies) at that size, reading that language first. */
    public static Browser open(Viewport viewport, String language) {
        return open(viewport, language, List.of());
    }

    /** The same, with more of Chromium's switches (a fake microphone for the session room's tests). */
    public static Browser open(Viewport viewport, String language, List<String> extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ItConfig.require("saphan.it.chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--mute-audio",
                "--window-size=" + viewport.width + "," + viewport.height, "--lang=" + language);
        options.addArguments(extraArguments);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + ",en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ItConfig.require("saphan.it.chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, viewport, language);
    }

    public WebDriver driver() {
        return driver;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** Opens a path of the application under test ("/", "/requester/"). */
    public Browser go(String path) {
        driver.get(ItConfig.app(path).toString());
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Signs in on Keycloak's own login page, which the page under test has sent this browser to. */
    public Browser signIn(String username) {
        WebElement user = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username); // demo realm: the password is the username
        driver.findElement(By.id("kc-login")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(ItConfig.require("saphan.it.app-url")));
        return this;
    }

    /** Waits until the browser is on that path of the application (after redirects). */
    public Browser waitForPath(String path) {
        waitFor(d -> path.equals(path()));
        return this;
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(condition, WAIT);
    }

    public <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        // a page that redraws live replaces elements under the condition's feet: look again rather than fail
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** The form control whose visible label (or aria-label) is exactly this text. */
    public WebElement field(String label) {
        String l = literal(label);
        return waitFor(d -> {
            List<WebElement> labels = d.findElements(By.xpath("//label[normalize-space(.)=" + l + "]"));
            for (WebElement label1 : labels) {
                String id = label1.getAttribute("for");
                if (id != null && !id.isEmpty()) {
                    List<WebElement> byId = d.findElements(By.id(id));
                    if (!byId.isEmpty()) {
                        return byId.get(0);
                    }
                }
                List<WebElement> inside = label1.findElements(By.xpath(".//input|.//select|.//textarea"));
                if (!inside.isEmpty()) {
                    return inside.get(0);
                }
            }
            List<WebElement> aria = d.findElements(By.xpath("//*[(self::input or self::select or self::textarea)"
                    + " and @aria-label=" + l + "]"));
            return aria.isEmpty() ? null : aria.get(0);
        });
    }

    /** A visible button (or a link styled as one) whose text or aria-label is exactly this. */
    public WebElement button(String name) {
        String n = literal(name);
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//button[normalize-space(.)=" + n + " or @aria-label=" + n + "]"
                        + "|//input[(@type='submit' or @type='button') and @value=" + n + "]")));
    }

    /** A visible link with exactly this text. */
    public WebElement link(String text) {
        String n = literal(text);
        return waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[normalize-space(.)=" + n + " or @aria-label=" + n + "]")));
    }

    /** A visible heading (h1..h3) with exactly this text. */
    public WebElement heading(String text) {
        String n = literal(text);
        return waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[(self::h1 or self::h2 or self::h3) and normalize-space(.)=" + n + "]")));
    }

    /** Waits until this text is visible somewhere on the page. */
    public WebElement text(String text) {
        String n = literal(text);
        return waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//body//*[not(self::script)][contains(normalize-space(.), " + n + ")][not(*[contains("
                        + "normalize-space(.), " + n + ")])]")));
    }

    /** The elements with this ARIA role (or its native element, for alert and status regions, by role only). */
    public List<WebElement> byRole(String role) {
        return driver.findElements(By.cssSelector("[role='" + role + "']"));
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Cuts or restores this browser's network (Chromium's own emulation: the page sees 'offline'). */
    public void network(boolean online) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(!online);
        driver.setNetworkConditions(conditions);
    }

    /** Asserts that axe-core finds no serious or critical violation on the page as it is now. */
    public Browser assertAccessible(String page) {
        List<String> violations = Axe.seriousViolations(driver);
        assertEquals(List.of(), violations, "axe-core on " + page + " at " + viewport.label());
        return this;
    }

    /** Saves a screenshot of the whole page (not only what the window shows) as target/screenshots/NAME-WxH.png. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        Path dir = Path.of(ItConfig.require("saphan.it.screenshots"));
        Path target = dir.resolve(name + "-" + viewport.label() + ".png");
        try {
            Files.createDirectories(dir);
            byte[] png;
            try {
                // Chromium's own capture beyond the viewport: the page as long as it is, at the window's width
                Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
                Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
                double width = ((Number) size.get("width")).doubleValue();
                double height = Math.min(((Number) size.get("height")).doubleValue(), 8000);
                Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                png = java.util.Base64.getDecoder().decode((String) shot.get("data"));
            } catch (RuntimeException e) {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Both checks every page gets: axe-core, then a screenshot. */
    public Browser check(String page) {
        screenshot(page);
        return assertAccessible(page);
    }

    /** Resizes the window (the page reflows; nothing reloads). */
    public Browser resize(Viewport size) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, size.height));
        this.viewport = size;
        return this;
    }

    /** Checks the page as it is now at both sizes, then goes back to this browser's own size. */
    public Browser checkBothSizes(String page) {
        Viewport own = viewport;
        for (Viewport size : Viewport.values()) {
            resize(size);
            check(page);
        }
        return resize(own);
    }

    public String language() {
        return language;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
