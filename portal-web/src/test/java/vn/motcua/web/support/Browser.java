package vn.motcua.web.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, one fresh profile per person, so that each actor of a
 * journey has their own cookies.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration RELOAD_EVERY = Duration.ofMillis(500);

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("motcua-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1800", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public void click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value directly: date inputs take keystrokes in the browser's locale format. */
    public void setValue(String id, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(id), value);
    }

    /** The text of an element, read again when a page load replaced the element between finding and reading it. */
    public String text(String id) {
        return read(id, WebElement::getText);
    }

    /** The current value of a form field, read again when a page load replaced it. */
    public String value(String id) {
        return read(id, element -> element.getDomProperty("value"));
    }

    private String read(String id, java.util.function.Function<WebElement, String> reading) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> reading.apply(d.findElement(By.id(id))));
    }

    /** The path of the page once the browser has arrived at one that starts with the prefix (a click navigates later). */
    public String awaitPath(String prefix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String path = java.net.URI.create(d.getCurrentUrl()).getPath();
            return path.startsWith(prefix) ? path : null;
        });
    }

    /**
     * Waits until an element matching the CSS selector shows exactly the text, reading again across page loads (a node
     * of the page being left is either stale or, for Chromium's inspector, "does not belong to the document").
     */
    public void awaitText(String cssSelector, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector(cssSelector)).stream()
                        .anyMatch(e -> text.equals(String.valueOf(e.getDomProperty("textContent")).strip())));
    }

    /**
     * Reloads the page until the probe finds on it what an asynchronous step (an external call, the signing job) put
     * there, every half second for at most {@code atMost}; the driver is used from the test's own thread only.
     *
     * @param what      what is awaited, for the failure message
     * @param probe     reads the page
     * @param found     whether what the probe read is what is awaited
     * @param diagnosis what the page shows instead, for the failure message
     * @return what the probe read once found
     */
    public <T> T reloadUntil(String what, Duration atMost, Supplier<T> probe, Predicate<T> found,
            Supplier<String> diagnosis) {
        try {
            return await(what).atMost(atMost).pollDelay(Duration.ZERO).pollInterval(RELOAD_EVERY).pollInSameThread()
                    .until(() -> {
                        T value = probe.get();
                        if (!found.test(value)) {
                            driver.navigate().refresh();
                        }
                        return value;
                    }, found);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + what + " on " + driver.getCurrentUrl() + " after " + atMost.toSeconds()
                    + " s: " + diagnosis.get(), e);
        }
    }

    /** Logs in on the e-ID provider's page, where the portal has sent the browser. */
    public void logInAtEid(String username, String password) {
        type("username", username);
        type("password", password);
        click("login-submit");
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
